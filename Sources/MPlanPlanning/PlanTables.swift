import MPlanLanguage
import MPlanSyntax

/// The plan views a planning meeting looks at: the goals with their SMART letters, the
/// actions by owner, and a budget's accounts with its month-by-month pacing.
extension PlanPresenter {
  /// `show goals`: one row a goal; the SMART column shows each letter met (✓), not met (✗)
  /// or not judged (?), the same verdict as the checklist's. The same table as every
  /// export's (`PlanDocument.goalsTable`).
  package func goalsTable() -> View {
    let index = checker.index
    if index.goals.isEmpty { return .said(Message("show-no-goals")) }
    return View([.table(PlanDocument.goalsTable(PlanExport.goals(index, rules: checker.smartRules)))])
  }

  /// `show actions` and `show actions by owner` (or by channel, budget…): who does what,
  /// for which goal, at what cost, when, and paid from where. The same table as every
  /// export's (`PlanDocument.actionsTable`), less the column the groups are by.
  package func actionsTable(groupedBy field: String?) -> View {
    let actions = environment.planItems.filter { $0.kind == .action }
    if actions.isEmpty { return .said(Message("show-no-actions")) }
    let index = checker.index
    // `from` is the field an action names its budget with; the column says `budget`.
    let grouped = field == "from" ? "budget" : field
    func table(_ rows: [PlanItem]) -> View.Part {
      var table = PlanDocument.actionsTable(rows.map { PlanExport.action($0, index: index) })
      if let column = table.columns.firstIndex(where: { $0.heading == grouped }) {
        table.columns.remove(at: column)
        for row in table.rows.indices { table.rows[row].remove(at: column) }
      }
      return .table(table)
    }
    guard let field else { return View([table(actions)]) }
    return Self.grouped(actions, by: field, table)
  }

  /// `show budget NAME`: given, committed, reserve, available, then the pacing by month,
  /// with weekly or daily amounts when the budget is controlled at that pace.
  package func budgetView(_ budget: PlanItem) throws -> View {
    PlanDocument.view(of: try budgetBlocks(budget))
  }

  /// The budget as the document's blocks, which `show budget` and every export write: its
  /// heading with how it is kept, its accounts, its pacing and what it leaves out.
  package func budgetBlocks(_ budget: PlanItem) throws -> [PlanDocument.Block] {
    let index = checker.index
    // Costs with no rate are set aside, not thrown: the accounts still show, with the
    // actions left out named underneath (the check reports them as PLAN-B04).
    let ledger =
      try checker.ledgers[budget.name]
      ?? BudgetLedger(
        budget: budget, actions: index.actionsByBudget[budget.name] ?? [], environment: environment)
    return budgetBlocks(budget, ledger: ledger, pacing: BudgetPacing(lines: ledger.lines, index: index))
  }

  /// The same from a ledger and pacing already worked out (an export has them).
  package func budgetBlocks(_ budget: PlanItem, ledger: BudgetLedger, pacing: BudgetPacing)
    -> [PlanDocument.Block]
  {
    let index = checker.index
    // The runs keep the plan's names apart from mplan's words (each writer isolates a name).
    var heading: [PlanDocument.Run] = [
      .message(Message("show-budget-heading")), .text(" "), .name(budget.name),
    ]
    if let title = budget.title { heading += [.text(" — "), .name(title)] }
    var kinds = [ledger.isTopDown ? Message("show-budget-top-down") : Message("show-budget-bottom-up")]
    if budget.flag("zero_based") { kinds.append(Message("show-budget-zero-based")) }
    if let cadence = Cadence(budget["control"])?.name {
      kinds.append(
        budget["control_by"].map {
          Message(
            "show-budget-controlled-by", ["cadence": .text(cadence), "by": .value(Formatting.describe($0))])
        } ?? Message("show-budget-controlled", ["cadence": .text(cadence)]))
    }
    heading += [.text(" ("), .message(Message.list(kinds) ?? .verbatim("")), .text(")")]
    var accounts = Table(
      [.init("", key: "account"), .init("", .right, key: "amount"), .init("", key: "note")], indent: 1)
    accounts.add([
      .said(Message("show-budget-account-given")),
      ledger.total.map { .value(.quantity($0)) } ?? .empty,
      ledger.isTopDown ? .text("") : .said(Message("show-budget-bottom-up")),
    ])
    accounts.add([
      .said(Message("show-budget-account-committed")), .value(.quantity(ledger.committed)),
      .said(Message("show-budget-actions", ["count": .count(ledger.lines.count)])),
    ])
    accounts.add([
      .said(Message("show-budget-account-reserve")), .value(.quantity(ledger.reserved)),
      ledger.reserveShare.map { .text(Formatting.percent($0)) }
        ?? .said(Message("show-budget-reserve-none-kept")),
    ])
    if ledger.isTopDown {
      accounts.add([
        .said(Message("show-budget-account-available")), .value(.quantity(ledger.available)),
        .text(""),
      ])
    } else {
      accounts.add([
        .said(Message("show-budget-account-needed")), .value(.quantity(ledger.needed)),
        .said(Message("show-budget-needed-is")),
      ])
    }
    // What is committed is uncertain: how likely it runs over, and what reserve would hold.
    if let chance = ledger.chanceOverBudget {
      accounts.add([
        .said(Message("show-budget-account-chance-over")),
        .value(.quantity(Quantity(chance, display: .percent))),
        .said(Message("show-budget-chance-over-is")),
      ])
    }
    if let reserve = ledger.reserveForNinetyPercent {
      accounts.add([
        .said(Message("show-budget-account-reserve-for-ninety")), .value(.quantity(reserve)),
        .said(Message("show-budget-reserve-for-ninety-is")),
      ])
    }
    var blocks: [PlanDocument.Block] = [.heading(heading), .table(accounts)]
    func money(_ amount: Double) -> Table.Cell {
      .value(.quantity(Quantity(amount, unit: Unit(base: ledger.currency))))
    }
    if !pacing.months.isEmpty {
      // The pacing a controller keeps: weeks for `control weekly`, each month's days for
      // `control daily` (the least and the most of one day, in whole cents), else months.
      let cadence = Cadence(budget["control"])?.name
      let weekly = cadence == "weekly"
      var headings = [
        weekly ? Message("show-budget-heading-week") : Message("show-budget-heading-month"),
        Message("show-budget-account-committed"),
        Message("show-budget-heading-cumulative"),
      ]
      if cadence == "daily" { headings.append(Message("show-budget-heading-per-day")) }
      var table = Table(headings: headings, indent: 1)
      var cumulative = 0.0
      if weekly {
        for week in pacing.weeks {
          cumulative += week.amount
          table.add([.period(week.period, fromPlan: false), money(week.amount), money(cumulative)])
        }
      } else {
        for month in pacing.months {
          cumulative += month.amount
          var row: [Table.Cell] = [
            .period(month.period, fromPlan: false), money(month.amount),
            money(cumulative),
          ]
          if cadence == "daily" {
            let (least, most) = month.dayRange
            row.append(
              least == most
                ? money(least)
                : .said(
                  Message(
                    "show-budget-day-range",
                    [
                      "least": .value(Formatting.money(least, ledger.currency)),
                      "most": .value(Formatting.money(most, ledger.currency)),
                    ]
                  ))
            )
          }
          table.add(row)
        }
      }
      blocks.append(.table(table))
    }
    if pacing.unscheduled > 0 {
      blocks.append(
        .note([
          .message(Message("show-budget-unscheduled")), .text(" "),
          .value(.quantity(Quantity(pacing.unscheduled, unit: Unit(base: ledger.currency)))),
        ]))
    }
    let uncounted = (index.actionsByBudget[budget.name] ?? []).filter { action in
      action["cost"] != nil && !ledger.lines.contains { $0.action.name == action.name }
    }
    for action in uncounted {
      var reason = Message("show-budget-not-a-cost")
      if let cost = action.quantity("cost"), let from = cost.unit.currency,
        from != ledger.currency
      {
        reason = Message("conversion-no-rate", ["from": .text(from), "to": .text(ledger.currency)])
      }
      let cost = action["cost"].map(Table.fieldText) ?? "—"
      blocks.append(
        .note([
          .message(Message("show-budget-not-counted")), .text(" `"), .name(action.name),
          .message(
            Message("show-budget-not-counted-costs", ["cost": .value(cost), "reason": .message(reason)])),
        ]))
    }
    return blocks
  }
}

extension String {
  package func ifEmpty(_ replacement: String) -> String { isEmpty ? replacement : self }
}
