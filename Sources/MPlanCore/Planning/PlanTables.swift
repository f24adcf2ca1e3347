/// The plan views a planning meeting looks at: the goals with their SMART letters, the
/// actions by owner, and a budget's accounts with its month-by-month pacing.
extension PlanPresenter {
  /// `show goals`: one row a goal; the last column says which SMART letters it fails.
  func goalsTable() -> String {
    let checker = PlanChecker(environment: environment)
    let rules = checker.smartRules
    let index = checker.index
    if index.goals.isEmpty { return "no goals in this plan" }
    var table = TextTable(
      headings: ["goal", "metric", "baseline", "target", "due", "supports", "owner", "actions", "SMART"],
      alignments: [.left, .left, .right, .right, .left, .left, .left, .right, .left])
    for goal in index.goals {
      let failed = rules.check(goal).failed
      let smart =
        failed.isEmpty
        ? "✓" : "✗ " + SMARTRules.Letter.allCases.filter(failed.contains).map(\.rawValue).joined()
      table.add([
        goal.name, cell(goal["metric"]), cell(goal["baseline"]), cell(goal["target"]),
        index.deadline(of: goal)?.iso ?? "—", goal.words("supports").joined(separator: ", ").ifEmpty("—"),
        cell(goal["owner"]), "\(index.actionsByGoal[goal.name]?.count ?? 0)", smart,
      ])
    }
    return table.render()
  }

  /// `show actions` and `show actions by owner` (or by channel, budget…): who does what,
  /// for which goal, at what cost, when, and paid from where.
  func actionsTable(groupedBy field: String?) -> String {
    let actions = environment.planItems.filter { $0.kind == .action }
    if actions.isEmpty { return "no actions in this plan" }
    let columns: [String] = ["serves", "channel", "cost", "period", "from", "owner"].filter { $0 != field }
    // An action with no period runs through the plan's (docs/planning.md): say so, not "—".
    let planPeriod = PlanIndex(environment: environment).period
    func render(_ rows: [PlanItem]) -> String {
      var table = TextTable(
        headings: ["action"] + columns,
        alignments: [.left]
          + columns.map { column -> TextTable.Alignment in column == "cost" ? .right : .left })
      for action in rows {
        var row = [action.name]
        for column in columns {
          let served = action.serves.map(\.text).joined(separator: ", ")
          switch column {
          case "serves": row.append(served.ifEmpty("—"))
          case "period" where action[column] == nil:
            row.append(planPeriod.map { "\($0.description) (plan)" } ?? "—")
          default: row.append(cell(action[column]))
          }
        }
        table.add(row)
      }
      return table.render()
    }
    guard let field else { return render(actions) }
    var order: [String] = []
    var groups: [String: [PlanItem]] = [:]
    for action in actions {
      let key = action[field].map(Formatting.describe) ?? "(no \(field))"
      if groups[key] == nil { order.append(key) }
      groups[key, default: []].append(action)
    }
    return order.map { "\(field): \($0)\n" + render(groups[$0]!) }.joined(separator: "\n\n")
  }

  /// `show budget NAME`: given, committed, reserve, available, then the pacing by month,
  /// with weekly or daily amounts when the budget is controlled at that pace.
  func budgetView(_ budget: PlanItem) throws -> String {
    let index = PlanIndex(environment: environment)
    // Costs with no rate are set aside, not thrown: the accounts still show, with the
    // actions left out named underneath (the check reports them as PLAN-B04).
    let ledger = try BudgetLedger(
      budget: budget, actions: index.actionsByBudget[budget.name] ?? [], environment: environment)
    var heading = "budget \(budget.name)"
    if let title = budget.title { heading += " — \(title)" }
    var kinds = [ledger.isBottomUp ? "bottom-up" : "top-down"]
    if budget.flag("zero_based") { kinds.append("zero-based") }
    if let cadence = Cadence(budget["control"])?.name {
      kinds.append(
        "controlled \(cadence)" + (budget["control_by"].map { " by \(Formatting.describe($0))" } ?? ""))
    }
    var accounts = TextTable(headings: ["", "", ""], alignments: [.left, .right, .left])
    accounts.add(["given", ledger.total.map(Formatting.describe) ?? "—", ledger.isBottomUp ? "" : "top-down"])
    accounts.add([
      "committed", Formatting.describe(ledger.committed), Checklist.count(ledger.lines.count, "action"),
    ])
    accounts.add([
      "reserve", Formatting.describe(ledger.reserved),
      ledger.reserveShare.map(Formatting.percent) ?? "none kept",
    ])
    if ledger.isBottomUp {
      accounts.add(["available", Formatting.describe(ledger.available), ""])
    } else {
      accounts.add(["needed", Formatting.describe(ledger.needed), "committed + reserve"])
    }
    var text = heading + " (" + kinds.joined(separator: ", ") + ")\n" + accounts.render(indent: "  ")
    let pacing = BudgetPacing(lines: ledger.lines, index: index)
    if !pacing.months.isEmpty {
      let cadence = Cadence(budget["control"])?.name
      var headings = ["month", "committed", "cumulative"]
      if cadence == "weekly" { headings.append("per week") }
      if cadence == "daily" { headings.append("per day") }
      var table = TextTable(headings: headings)
      var cumulative = 0.0
      for month in pacing.months {
        cumulative += month.amount
        var row = [month.label, money(month.amount, ledger), money(cumulative, ledger)]
        if cadence == "weekly" { row.append(money(month.amount * 7 / Double(month.days), ledger)) }
        if cadence == "daily" { row.append(money(month.amount / Double(month.days), ledger)) }
        table.add(row)
      }
      text += "\n\n" + table.render(indent: "  ")
    }
    if pacing.unscheduled > 0 {
      text += "\n  unscheduled (no period): " + money(pacing.unscheduled, ledger)
    }
    let uncounted = (index.actionsByBudget[budget.name] ?? []).filter { action in
      action["cost"] != nil && !ledger.lines.contains { $0.action.name == action.name }
    }
    for action in uncounted {
      var reason = "not a cost above zero"
      if case .quantity(let cost) = action["cost"] ?? .bool(false), let from = cost.unit.currency,
        from != ledger.currency
      {
        reason = "no rate converts \(from) into \(ledger.currency)"
      }
      text += "\n  not counted: `\(action.name)` costs \(cell(action["cost"])): \(reason)"
    }
    return text
  }

  func money(_ amount: Double, _ ledger: BudgetLedger) -> String { Formatting.money(amount, ledger.currency) }

  /// A field as a table cell: a list of people reads `CMO, Head of sales`, not `["CMO", …]`.
  func cell(_ value: Value?) -> String {
    switch value {
    case nil: return "—"
    case .list(let values)?: return values.map(Formatting.describe).joined(separator: ", ").ifEmpty("—")
    case let value?: return Formatting.describe(value)
    }
  }
}

extension String {
  func ifEmpty(_ replacement: String) -> String { isEmpty ? replacement : self }
}
