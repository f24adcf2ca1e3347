import MPlanLanguage
import MPlanSyntax

/// Budget rules (the plan-gaps and strategic-marketing articles): top-down budgets must hold their actions, every budget
/// keeps a leakage reserve and has someone who controls it, zero-based lines trace to a goal,
/// and money in another currency needs a stated rate.
extension PlanChecker {
  package func checkBudgets() -> [PlanFinding] {
    var findings: [PlanFinding] = []
    findings += checkCurrencyCode(of: index.plan)
    for budget in index.budgets {
      findings += checkCurrencyCode(of: budget)
      let total = checkTotal(of: budget)
      findings += total
      findings += checkCurrency(of: budget)
      findings += checkReserve(of: budget)
      findings += checkControl(of: budget)
      guard let ledger = ledgers[budget.name] else { continue }
      findings += ledger.unconvertible.map { .fail(.budget, $0) }
      // A total that is not money, or costs that could not be counted, leave nothing to
      // compare: saying the budget "covers its actions" would be a guess.
      if total.isEmpty, ledger.unconvertible.isEmpty { findings += checkCommitment(ledger) }
      if budget.flag("zero_based") { findings += checkZeroBased(ledger) }
    }
    findings += checkFunding()
    return findings
  }

  /// `currency USD`: a three-capital-letter code, as the plan and every amount write it.
  package func checkCurrencyCode(of item: PlanItem?) -> [PlanFinding] {
    guard let item, let value = item["currency"] else { return [] }
    let word = item.word("currency") ?? Formatting.describe(value)
    let units = index.environment.units
    if units.isCurrency(word) { return [] }
    let upper = word.uppercased()
    let what = item.kind == .plan ? "the plan's currency" : "budget `\(item.name)`'s currency"
    return [
      .fail(
        .budget,
        .error(
          .unknownCurrency, "\(what) `\(word)` is not a currency code", at: item.place("currency"),
          fixIt: units.isCurrency(upper)
            ? "did you mean `\(upper)`?"
            : "write an ISO 4217 code in capitals, such as `currency USD`, or state a rate for your own "
              + "currency first: `rate \(UnitTable.looksLikeCurrencyCode(upper) ? upper : "XBT") = 95,000 USD`"
        ))
    ]
  }

  /// `total` is the money a top-down budget was given: an amount of money above zero.
  package func checkTotal(of budget: PlanItem) -> [PlanFinding] {
    guard let value = budget["total"] else { return [] }
    let place = budget.place("total")
    guard case .quantity(let total) = value, total.unit.currency != nil else {
      return [
        .fail(
          .budget,
          .error(
            .budgetTotalNotMoney,
            "budget `\(budget.name)`'s total is \(Formatting.describe(value)), not money", at: place,
            fixIt: "give what the budget was given, such as `total $800`, or leave `total` out for a "
              + "bottom-up budget"))
      ]
    }
    guard total.magnitude.central > 0 else {
      return [
        .fail(
          .budget,
          .error(
            .budgetTotalNotMoney,
            "budget `\(budget.name)`'s total is \(Formatting.describe(total)): a budget gives more than nothing",
            at: place, fixIt: "give what the budget was given, such as `total $800`"))
      ]
    }
    return []
  }

  package func checkCurrency(of budget: PlanItem) -> [PlanFinding] {
    guard let total = budget.quantity("total"), let currency = total.unit.currency,
      let planCurrency = index.environment.planCurrency, currency != planCurrency,
      index.environment.units.isCurrency(planCurrency)
    else { return [] }
    let rates = index.environment.rates
    let converts = rates[currency]?.currency == planCurrency || rates[planCurrency]?.currency == currency
    if converts { return [] }
    return [
      .fail(
        .budget,
        .error(
          .budgetNoRate,
          "budget `\(budget.name)` is in \(currency) but the plan counts \(planCurrency), and no rate converts them",
          at: budget.place("total"),
          fixIt: "state the rate once: `rate \(currency) = 1.08 \(planCurrency)` (your finance team's figure)"
        ))
    ]
  }

  package func checkReserve(of budget: PlanItem) -> [PlanFinding] {
    let fraction: Double, share: String
    switch BudgetReserve(of: budget) {
    case .share(let written):
      fraction = written
      share = Formatting.percent(written)
    case .money(let written):
      // Money held back is checked by its share of the budget, as `reserve 20%` is.
      let ledger = try? BudgetLedger(
        budget: budget, actions: index.actions.filter { $0.word("from") == budget.name },
        environment: index.environment)
      guard let ledger, let part = ledger.reserveShare else { return [] }
      fraction = part
      share = "\(Formatting.describe(written)) (\(Formatting.percent(part)))"
    case .unreadable(let written):
      return [
        .fail(
          .budget,
          .error(
            .budgetReserveOutOfRange,
            "budget `\(budget.name)` keeps a reserve of \(written): a reserve is a share of the budget or an amount of money",
            at: budget.place("reserve"), fixIt: "write `reserve 20%` or `reserve $5k`"))
      ]
    case .none:
      return [
        .fail(
          .budget,
          .warning(
            .budgetNoReserve, "budget `\(budget.name)` keeps no reserve", at: budget.nameSpan,
            fixIt:
              "add `reserve 20%`: online, 20–30% of a budget can leak away (forgotten campaigns, click fraud)"
          ))
      ]
    }
    guard fraction >= 0, fraction < 1 else {
      return [
        .fail(
          .budget,
          .error(
            .budgetReserveOutOfRange,
            "budget `\(budget.name)` keeps a \(share) reserve: a reserve is a share from 0% up to, not "
              + "including, 100%",
            at: budget.place("reserve"), fixIt: "keep 20–30% back for online spend: `reserve 20%`"))
      ]
    }
    let minimum = index.minimumReserve
    if fraction < minimum - 1e-12 {
      return [
        .fail(
          .budget,
          .warning(
            .budgetReserveLow,
            "budget `\(budget.name)` keeps a \(share) reserve, below the plan's \(Formatting.percent(minimum)) minimum",
            at: budget.place("reserve"),
            fixIt:
              "online, 20–30% of a budget can leak away (the strategic-marketing article): `reserve 20%`, or set "
              + "`min_reserve \(Formatting.percent(fraction))` in the plan if this budget's spend cannot leak"
          ))
      ]
    }
    return [.pass(.budget, "budget `\(budget.name)` keeps a \(share) reserve", at: budget.place("reserve"))]
  }

  package func checkControl(of budget: PlanItem) -> [PlanFinding] {
    let control = budget["control"]
    let cadence = Cadence(control)
    let controller = budget.people("control_by").first
    guard let cadence, let controller else {
      var problem = "budget `\(budget.name)` does not say who controls it"
      var fixIt = "add who watches it: `control \(cadence?.name ?? "monthly") by \"CMO\"`"
      if let control, cadence == nil {
        let written = Formatting.describe(control)
        problem = "budget `\(budget.name)` is controlled `\(written)`, which is not a pace"
        fixIt = Cadence.help(for: written)
      } else if control == nil {
        problem = "budget `\(budget.name)` has no control"
        fixIt = "add `control monthly by \"CMO\"` (daily, weekly, monthly…): set the pace and who watches it"
      }
      return [.fail(.budget, .warning(.budgetNoControl, problem, at: budget.place("control"), fixIt: fixIt))]
    }
    return [
      .pass(
        .budget, "budget `\(budget.name)` is controlled \(cadence.name) by \(controller)",
        at: budget.place("control"))
    ]
  }

  package func checkCommitment(_ ledger: BudgetLedger) -> [PlanFinding] {
    let budget = ledger.budget
    guard let total = ledger.total else {
      return [
        .pass(
          .budget,
          "budget `\(budget.name)` is bottom-up: its actions need \(Formatting.describe(ledger.needed))",
          at: budget.nameSpan)
      ]
    }
    guard let overrun = ledger.overrun else {
      return [
        .pass(
          .budget,
          "budget `\(budget.name)` covers its actions: \(Formatting.describe(ledger.committed)) of "
            + "\(Formatting.describe(total))", at: budget.place("total"))
      ]
    }
    let left = Formatting.money(total.magnitude.central - ledger.reserved.magnitude.central, ledger.currency)
    let room =
      ledger.reserved.magnitude.central > 0
      ? "the \(left) left after the reserve" : Formatting.describe(total)
    let biggest = ledger.lines.sorted { $0.cost.magnitude.central > $1.cost.magnitude.central }
    var notes = biggest.prefix(10).map { "`\($0.action.name)` commits \(Formatting.describe($0.cost))" }
    if biggest.count > 10 { notes.append("… and \(biggest.count - 10) more actions") }
    if ledger.reserved.magnitude.central > 0 {
      notes.append("the reserve holds back \(Formatting.describe(ledger.reserved))")
    }
    return [
      .fail(
        .budget,
        .error(
          .budgetOverCommitted,
          "budget `\(budget.name)` is over-committed by \(Formatting.money(overrun, ledger.currency)): its actions "
            + "commit \(Formatting.describe(ledger.committed)) of \(room)",
          at: budget.place("total"), notes: notes,
          fixIt: "raise `total` to \(Formatting.describe(ledger.needed)), or cut or "
            + "move the actions it funds"))
    ]
  }

  /// Zero-based (the plan-gaps article): every line starts from zero and is justified by the goal it
  /// serves; a line copied from last year traces to no goal of this plan.
  package func checkZeroBased(_ ledger: BudgetLedger) -> [PlanFinding] {
    var findings: [PlanFinding] = []
    var justified = 0
    for action in index.actionsByBudget[ledger.budget.name] ?? [] {
      let goals = action.serves.compactMap { index.goalsByName[$0.text] }
      if goals.isEmpty {
        findings.append(
          .fail(
            .budget,
            .error(
              .zeroBasedLineWithoutGoal,
              "`\(action.name)` is a line of zero-based budget `\(ledger.budget.name)` but traces to no goal",
              at: action.nameSpan,
              fixIt:
                "justify it with the goal it serves (`action \(action.name) => GOAL`) or drop it: copying last "
                + "year's lines is what zero-based budgeting forbids")))
      } else {
        justified += 1
      }
    }
    if findings.isEmpty {
      findings.append(
        .pass(
          .budget, "every line of zero-based budget `\(ledger.budget.name)` traces to a goal (\(justified))",
          at: ledger.budget.place("zero_based")))
    }
    return findings
  }

  /// Actions with a cost must say which budget pays; the budget they name must exist.
  package func checkFunding() -> [PlanFinding] {
    var findings: [PlanFinding] = []
    var funded = 0
    for action in index.actions {
      if let budget = action.word("from") {
        if index.budgetsByName[budget] == nil {
          findings.append(
            index.unknownBudget(budget, fundingWhat: "action `\(action.name)`", at: action.place("from")))
        } else {
          funded += 1
        }
      } else if action["cost"] != nil {
        findings.append(
          .fail(
            .budget,
            .warning(
              .actionUnfunded, "action `\(action.name)` has a cost but no budget pays for it",
              at: action.place("cost"),
              fixIt: "add `from \(index.budgets.first?.name ?? "BUDGET")`, the budget it spends")))
      }
    }
    if funded > 0, findings.isEmpty {
      findings.append(.pass(.budget, "every action with a cost is funded from a budget (\(funded))"))
    }
    return findings
  }
}
