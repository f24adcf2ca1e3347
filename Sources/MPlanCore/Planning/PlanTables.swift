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
    func render(_ rows: [PlanItem]) -> String {
      var table = TextTable(
        headings: ["action"] + columns,
        alignments: [.left]
          + columns.map { column -> TextTable.Alignment in column == "cost" ? .right : .left })
      for action in rows {
        var row = [action.name]
        for column in columns {
          let served = action.serves.map(\.text).joined(separator: ", ")
          row.append(column == "serves" ? served.ifEmpty("—") : cell(action[column]))
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
    let ledger = try BudgetLedger(budget: budget, environment: environment)
    var heading = "budget \(budget.name)"
    if let title = budget.title { heading += " — \(title)" }
    var kinds = [ledger.isBottomUp ? "bottom-up" : "top-down"]
    if budget["zero_based"] != nil { kinds.append("zero-based") }
    if let cadence = budget.word("control") {
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
      let cadence = budget.word("control")
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
    return text
  }

  func money(_ amount: Double, _ ledger: BudgetLedger) -> String { Formatting.money(amount, ledger.currency) }

  func cell(_ value: Value?) -> String { value.map(Formatting.describe) ?? "—" }
}

extension String {
  func ifEmpty(_ replacement: String) -> String { isEmpty ? replacement : self }
}
