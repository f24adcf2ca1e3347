import MPlanLanguage
import MPlanSyntax

/// A budget's accounts: what it was given, what its actions commit, what the leakage reserve
/// holds back, and what is left (the plan-gaps and strategic-marketing articles).
///
/// - Top-down (the "affordable" method): `total` is what the team was given from above
///   [$800]; the actions must fit inside it after the reserve. The strategic-marketing article calls this budget
///   "bottom-up" in a literal translation; English textbooks call it top-down.
/// - Bottom-up (the "objective-and-task" method): no `total`; `needed` is what the actions
///   cost with the reserve on top, the amount to go and ask for.
package struct BudgetLedger {
  package struct Line {
    package var action: PlanItem
    /// The action's cost in the budget's currency.
    package var cost: Quantity
  }

  package let budget: PlanItem
  package let currency: String
  package let total: Quantity?
  /// The leakage reserve as a fraction (0.2 for `reserve 20%`), nil when none is kept.
  package let reserveShare: Double?
  /// True when the reserve is money held back (`reserve $5k`): a fixed amount, which the
  /// share above only describes.
  package let reserveIsMoney: Bool
  package let committed: Quantity
  package let reserved: Quantity
  package let available: Quantity
  /// What the actions need with the reserve on top: committed ÷ (1 − reserve).
  package let needed: Quantity
  package let lines: [Line]
  /// Costs that could not be turned into the budget's currency (no `rate`).
  package private(set) var unconvertible: [Diagnostic]

  /// The ledger `marketing.committed` reads: it finds the budget's actions itself and fails
  /// on a cost it cannot convert.
  package init(budget: PlanItem, environment: Environment) throws {
    let actions = environment.blocks.filter { $0.kind == .action && $0.word("from") == budget.name }
    try self.init(budget: budget, actions: actions, environment: environment)
    if let failure = unconvertible.first { throw failure }
  }

  /// The ledger the plan checks read: costs it cannot convert are set aside and reported.
  package init(budget: PlanItem, actions: [PlanItem], environment: Environment) throws {
    // Worked out again for every `marketing.spent` a data table's cell reads: what only a
    // conversion or a message needs is made only then.
    self.budget = budget
    var total: Quantity?
    if let given = budget.quantity("total"), given.unit.currency != nil {
      total = given
    }
    self.total = total
    let currency = total?.unit.currency ?? environment.planCurrency ?? "USD"
    self.currency = currency
    let money = total?.unit ?? environment.units.lookup(currency)?.unit ?? Unit(base: currency)
    var lines: [Line] = []
    var failures: [Diagnostic] = []
    var sum = Magnitude.exact(0)
    for action in actions {
      // A cost of zero or less is reported by the checks (PLAN-X06); it must not lower what
      // the other actions commit.
      guard let cost = action.quantity("cost"), cost.magnitude.central > 0 else {
        continue
      }
      do {
        let converted =
          cost.unit.currency == currency
          ? cost : try Self.inCurrency(cost, currency, Arithmetic(environment: environment), for: action)
        lines.append(Line(action: action, cost: converted))
        sum = Magnitude.combine(sum, converted.magnitude, +)
      } catch let diagnostic as Diagnostic {
        failures.append(diagnostic)
      }
    }
    self.lines = lines
    self.unconvertible = failures
    self.committed = Quantity(magnitude: sum, unit: money)
    var share: Double?
    switch BudgetReserve(of: budget) {
    case .share(let written): share = written
    case .money(let written):
      switch BudgetReserve.amount(written, in: currency, of: budget, environment: environment) {
      case .success(let held):
        // Money held back: on top of the actions in a bottom-up budget, out of the total in a
        // top-down one; its share is what the minimum reserve (PLAN-B12) is checked against.
        let needed = Magnitude.combine(sum, held, +)
        let base = total?.magnitude.central ?? needed.central
        self.reserveShare = base > 0 ? held.central / base : nil
        self.reserveIsMoney = true
        self.needed = Quantity(magnitude: needed, unit: money)
        self.reserved = Quantity(magnitude: held, unit: money)
        let left = total.map { Magnitude.combine(Magnitude.combine($0.magnitude, held, -), sum, -) }
        self.available = Quantity(magnitude: left ?? .exact(0), unit: money)
        return
      case .failure(let diagnostic):
        self.unconvertible.append(diagnostic)
      }
    case .none, .unreadable: break
    }
    self.reserveShare = share
    self.reserveIsMoney = false
    let keep = min(max(share ?? 0, 0), 0.99)
    let needed = sum.map { $0 / (1 - keep) }
    self.needed = Quantity(magnitude: needed, unit: money)
    if let total {
      let reserved = total.magnitude.map { $0 * keep }
      self.reserved = Quantity(magnitude: reserved, unit: money)
      let afterReserve = Magnitude.combine(total.magnitude, reserved, -)
      self.available = Quantity(magnitude: Magnitude.combine(afterReserve, sum, -), unit: money)
    } else {
      self.reserved = Quantity(magnitude: Magnitude.combine(needed, sum, -), unit: money)
      self.available = Quantity(0, unit: money)
    }
  }

  /// A fixed amount given from above (`total`), not one built up from the actions' costs.
  package var isTopDown: Bool { total != nil }

  /// How far the actions overrun what is left after the reserve; nil when they fit.
  package var overrun: Double? {
    guard total != nil else { return nil }
    let short = -available.magnitude.central
    return short > 0.005 ? short : nil
  }

  package static func inCurrency(
    _ cost: Quantity, _ currency: String, _ arithmetic: Arithmetic, for action: PlanItem
  )
    throws -> Quantity
  {
    var span: SourceSpan { action.place("cost") }
    guard let from = cost.unit.currency else {
      throw Diagnostic.error(
        .unitMismatch, Message("budget-cost-not-money", ["unit": .message(UnitTable.described(cost.unit))]),
        at: span, fixIt: Message("budget-cost-not-money-fix"))
    }
    if from == currency { return cost }
    do {
      guard
        case .quantity(let converted) = try arithmetic.convert(
          .quantity(cost), to: Name(currency, span), span: span)
      else { return cost }
      return converted
    } catch {
      throw Diagnostic.error(
        .budgetNoRate,
        Message(
          "budget-action-no-rate",
          ["action": .text(action.name), "currency": .text(from), "planCurrency": .text(currency)]),
        at: span, fixIt: Message.stateTheRate(from, currency))
    }
  }
}

extension Message {
  /// "state the rate once: `rate JPY = 1.08 USD` (your finance team's figure)": the fix-it of
  /// every amount in a currency the plan has no rate from.
  static func stateTheRate(_ from: String, _ to: String) -> Message {
    Message("budget-no-rate-fix", ["currency": .text(from), "planCurrency": .text(to)])
  }
}
