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
    let message =
      item.kind == .plan
      ? Message("budget-plan-currency-unknown", ["currency": .text(word)])
      : Message("budget-currency-unknown", ["budget": .text(item.name), "currency": .text(word)])
    let code = UnitTable.looksLikeCurrencyCode(upper) ? upper : "XBT"
    return [
      .fail(
        .budget,
        .error(
          .unknownCurrency, message, at: item.place("currency"),
          fixIt: units.isCurrency(upper)
            ? .didYouMean(upper) : Message("budget-currency-unknown-fix", ["code": .text(code)])))
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
            Message(
              "budget-total-not-money",
              ["budget": .text(budget.name), "total": .value(Formatting.describe(value))]),
            at: place, fixIt: Message("budget-total-not-money-fix")))
      ]
    }
    guard total.magnitude.central > 0 else {
      return [
        .fail(
          .budget,
          .error(
            .budgetTotalNotMoney,
            Message(
              "budget-total-not-positive",
              ["budget": .text(budget.name), "total": .value(Formatting.describe(total))]),
            at: place, fixIt: Message("budget-total-not-positive-fix")))
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
          Message(
            "budget-no-rate",
            ["budget": .text(budget.name), "currency": .text(currency), "planCurrency": .text(planCurrency)]),
          at: budget.place("total"),
          fixIt: Message(
            "budget-no-rate-fix", ["currency": .text(currency), "planCurrency": .text(planCurrency)])))
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
            Message("budget-reserve-unreadable", ["budget": .text(budget.name), "reserve": .value(written)]),
            at: budget.place("reserve"), fixIt: Message("budget-reserve-unreadable-fix")))
      ]
    case .none:
      return [
        .fail(
          .budget,
          .warning(
            .budgetNoReserve, Message("budget-no-reserve", ["budget": .text(budget.name)]),
            at: budget.nameSpan,
            fixIt: Message("budget-no-reserve-fix")))
      ]
    }
    guard fraction >= 0, fraction < 1 else {
      return [
        .fail(
          .budget,
          .error(
            .budgetReserveOutOfRange,
            Message("budget-reserve-out-of-range", ["budget": .text(budget.name), "reserve": .value(share)]),
            at: budget.place("reserve"), fixIt: Message("budget-reserve-out-of-range-fix")))
      ]
    }
    let minimum = index.minimumReserve
    if fraction < minimum - 1e-12 {
      return [
        .fail(
          .budget,
          .warning(
            .budgetReserveLow,
            Message(
              "budget-reserve-low",
              [
                "budget": .text(budget.name), "reserve": .value(share),
                "minimum": .value(Formatting.percent(minimum)),
              ]),
            at: budget.place("reserve"),
            fixIt: Message("budget-reserve-low-fix", ["reserve": .value(Formatting.percent(fraction))])))
      ]
    }
    return [
      .pass(
        .budget, Message("budget-reserve", ["budget": .text(budget.name), "reserve": .value(share)]),
        at: budget.place("reserve"))
    ]
  }

  package func checkControl(of budget: PlanItem) -> [PlanFinding] {
    let control = budget["control"]
    let cadence = Cadence(control)
    let controller = budget.people("control_by").first
    guard let cadence, let controller else {
      var problem = Message("budget-no-controller", ["budget": .text(budget.name)])
      var fixIt = Message("budget-no-controller-fix", ["cadence": .text(cadence?.name ?? "monthly")])
      if let control, cadence == nil {
        let written = Formatting.describe(control)
        problem = Message(
          "budget-control-not-a-pace", ["budget": .text(budget.name), "control": .value(written)])
        fixIt = Cadence.help(for: written)
      } else if control == nil {
        problem = Message("budget-no-control", ["budget": .text(budget.name)])
        fixIt = Message("budget-no-control-fix")
      }
      return [.fail(.budget, .warning(.budgetNoControl, problem, at: budget.place("control"), fixIt: fixIt))]
    }
    return [
      .pass(
        .budget,
        Message(
          "budget-controlled",
          ["budget": .text(budget.name), "cadence": .message(cadence.said), "controller": .text(controller)]),
        at: budget.place("control"))
    ]
  }

  package func checkCommitment(_ ledger: BudgetLedger) -> [PlanFinding] {
    let budget = ledger.budget
    guard let total = ledger.total else {
      return [
        .pass(
          .budget,
          Message(
            "budget-bottom-up",
            ["budget": .text(budget.name), "needed": .value(Formatting.describe(ledger.needed))]),
          at: budget.nameSpan)
      ]
    }
    guard let overrun = ledger.overrun else {
      return [
        .pass(
          .budget,
          Message(
            "budget-covers-actions",
            [
              "budget": .text(budget.name), "committed": .value(Formatting.describe(ledger.committed)),
              "total": .value(Formatting.describe(total)),
            ]), at: budget.place("total"))
      ]
    }
    let left = Formatting.money(total.magnitude.central - ledger.reserved.magnitude.central, ledger.currency)
    let room =
      ledger.reserved.magnitude.central > 0
      ? Message("budget-left-after-reserve", ["left": .value(left)])
      : Message("budget-room", ["total": .value(Formatting.describe(total))])
    let biggest = ledger.lines.sorted { $0.cost.magnitude.central > $1.cost.magnitude.central }
    var notes = biggest.prefix(10).map {
      Message(
        "budget-action-commits",
        ["action": .text($0.action.name), "cost": .value(Formatting.describe($0.cost))]
      )
    }
    if biggest.count > 10 {
      notes.append(Message("budget-more-actions", ["count": .count(biggest.count - 10)]))
    }
    if ledger.reserved.magnitude.central > 0 {
      notes.append(
        Message("budget-reserve-holds-back", ["reserve": .value(Formatting.describe(ledger.reserved))]))
    }
    return [
      .fail(
        .budget,
        .error(
          .budgetOverCommitted,
          Message(
            "budget-over-committed",
            [
              "budget": .text(budget.name), "overrun": .value(Formatting.money(overrun, ledger.currency)),
              "committed": .value(Formatting.describe(ledger.committed)), "room": .message(room),
            ]),
          at: budget.place("total"), notes: notes,
          fixIt: Message("budget-over-committed-fix", ["needed": .value(Formatting.describe(ledger.needed))]))
      )
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
              Message(
                "budget-zero-based-line-without-goal",
                ["action": .text(action.name), "budget": .text(ledger.budget.name)]),
              at: action.nameSpan,
              fixIt: Message("budget-zero-based-line-without-goal-fix", ["action": .text(action.name)]))))
      } else {
        justified += 1
      }
    }
    if findings.isEmpty {
      findings.append(
        .pass(
          .budget,
          Message("budget-zero-based", ["budget": .text(ledger.budget.name), "count": .count(justified)]),
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
            index.unknownBudget(
              budget, fundingWhat: Message("budget-funded-action", ["action": .text(action.name)]),
              at: action.place("from")))
        } else {
          funded += 1
        }
      } else if action["cost"] != nil {
        findings.append(
          .fail(
            .budget,
            .warning(
              .actionUnfunded, Message("budget-action-unfunded", ["action": .text(action.name)]),
              at: action.place("cost"),
              fixIt: Message(
                "budget-action-unfunded-fix", ["budget": .text(index.budgets.first?.name ?? "BUDGET")]))))
      }
    }
    if funded > 0, findings.isEmpty {
      findings.append(.pass(.budget, Message("budget-actions-funded", ["count": .count(funded)])))
    }
    return findings
  }
}
