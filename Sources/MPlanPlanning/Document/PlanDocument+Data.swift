import MPlanLanguage
import MPlanSyntax

/// Comparisons, and the grids the CSV views write (the ledger finance imports, the budgets'
/// accounts in one row each, the pacing, the checks, what scenarios change).
extension PlanDocument {
  /// `compare base, cautious on …` as the terminal shows it: one column a scenario, and the
  /// change when there are two.
  package static func comparisonTable(_ comparison: PlanExport.Comparison) -> Table {
    let showChange = comparison.scenarios.count == 2
    var table = Table(
      headings: [.verbatim("")] + comparison.scenarios.map(Message.verbatim)
        + (showChange ? [Message("document-comparison-change")] : []))
    for row in comparison.rows {
      var cells: [Table.Cell] = [.text(row.label)] + row.values.map { .value($0) }
      if showChange { cells.append(.change(from: row.values[0], to: row.values[1])) }
      table.add(cells)
    }
    return table
  }

  /// A comparison: its scenarios, what each changes (`cautious: inbound.visit->mql 2% → 1.5%`),
  /// the values side by side as bars on one axis through zero, and as a table.
  static func comparison(_ comparison: PlanExport.Comparison) -> [Block] {
    var blocks: [Block] = [
      .heading(
        comparison.scenarios.enumerated().flatMap { index, name -> [Run] in
          index == 0
            ? [.name(name)] : [.text(" "), .message(Message("document-versus")), .text(" "), .name(name)]
        })
    ]
    for change in comparison.changes { blocks.append(.note(changeRuns(change))) }
    let groups = comparison.rows.map { row in
      Chart.Group(
        label: row.label,
        bars: zip(comparison.scenarios, row.values).map { scenario, value in
          Chart.Bar(
            label: scenario, value: value.quantity?.magnitude.central ?? 0, text: Formatting.describe(value))
        })
    }
    blocks.append(
      .chart(
        Chart(
          title: Message(
            "chart-scenarios-title", ["scenarios": .text(comparison.scenarios.joined(separator: ", "))]),
          description: Message("chart-scenarios-description", ["count": .count(comparison.rows.count)]),
          kind: .bars(groups, scaledByGroup: true))))
    blocks.append(.table(comparisonTable(comparison)))
    return blocks
  }

  /// `cautious: inbound.visit->mql 2% → 1.5%`; what the scenario wrote when a value is missing.
  static func changeRuns(_ change: PlanExport.Comparison.Change) -> [Run] {
    var runs: [Run] = [.name(change.scenario), .text(": "), .name(change.target), .text(" ")]
    if let before = change.before { runs += [.value(before), .text(" → ")] }
    runs.append(change.after.map(Run.value) ?? .name(change.written))
    return runs
  }

  // MARK: - Data grids

  /// One row an action and month, the amounts in whole cents that add up to the action's cost
  /// (the last month takes the rounding).
  static func ledger(_ export: PlanExport) -> Table {
    var table = Table([
      .init("plan"), .init("budget"), .init("action"), .init("goals"), .init("channel"), .init("owner"),
      .init("month"), .init("amount", .right), .init("currency"),
    ])
    let plan = export.planTitle.map(Table.Cell.name) ?? .empty
    for action in export.actions where !action.months.isEmpty {
      let total = action.months.reduce(0) { $0 + $1.amount }
      let cents = Self.cents(action.months.map(\.amount), total: total)
      for (month, amount) in zip(action.months, cents) {
        table.add([
          plan, action.budget.map(Table.Cell.name) ?? .empty, .name(action.name), .names(action.serves),
          action.channel.map(Table.Cell.name) ?? .empty, .names(action.owners),
          .period(month.period, fromPlan: false),
          .value(
            .quantity(Quantity(Double(amount) / 100, unit: Unit(base: action.currency ?? export.currency)))),
          action.currency.map(Table.Cell.name) ?? .empty,
        ])
      }
    }
    return table
  }

  /// Amounts in whole cents that add up to `total` rounded to the cent: each month rounded,
  /// the last taking what the rounding left.
  package static func cents(_ amounts: [Double], total: Double) -> [Int64] {
    guard amounts.allSatisfy(\.isFinite), total.isFinite else { return amounts.map { _ in 0 } }
    var result = amounts.map { Int64(($0 * 100).rounded()) }
    let wanted = Int64((total * 100).rounded())
    result[result.count - 1] += wanted - result.reduce(0, +)
    return result
  }

  /// The budgets' accounts, one row a budget.
  static func budgetSummary(_ budgets: [PlanExport.Budget]) -> Table {
    var table = Table([
      .init("budget"), .init("title"), .init("method"), .init("currency"), .init("given", .right),
      .init("committed", .right), .init("reserve", .right), .init("reserve_share", .right),
      .init("available", .right), .init("needed", .right),
      .init("chance_over", .right, optional: true), .init("reserve_for_ninety", .right, optional: true),
    ])
    func money(_ quantity: Quantity?) -> Table.Cell { quantity.map { .value(.quantity($0)) } ?? .empty }
    for budget in budgets {
      table.add([
        .name(budget.name), budget.title.map(Table.Cell.name) ?? .empty,
        .text(budget.isTopDown ? "top-down" : "bottom-up"), .name(budget.currency), money(budget.given),
        money(budget.committed), money(budget.reserve),
        budget.reserveShare.map {
          .value(.quantity(Quantity(magnitude: .exact($0), unit: .none, display: .percent)))
        }
          ?? .empty,
        money(budget.available), money(budget.needed),
        budget.chanceOver.map { .value(.quantity(Quantity($0, display: .percent))) } ?? .empty,
        money(budget.reserveForNinety),
      ])
    }
    return table
  }

  /// Every budget's committed spend by month, with the running total.
  static func pacing(_ budgets: [PlanExport.Budget]) -> Table {
    var table = Table([
      .init("budget"), .init("month"), .init("committed", .right), .init("cumulative", .right),
      .init("currency"),
    ])
    for budget in budgets {
      var cumulative = 0.0
      for month in budget.months {
        cumulative += month.amount
        table.add([
          .name(budget.name), .period(.month(year: month.year, month: month.month), fromPlan: false),
          .value(.quantity(Quantity(month.amount, unit: Unit(base: budget.currency)))),
          .value(.quantity(Quantity(cumulative, unit: Unit(base: budget.currency)))), .name(budget.currency),
        ])
      }
    }
    return table
  }

  static func checks(_ items: [PlanExport.OpenItem]) -> Table {
    var table = Table([
      .init("group"), .init("severity"), .init("code"), .init("line", .right), .init("message"), .init("fix"),
    ])
    for item in items {
      table.add([
        .text(item.group), .text(item.severity.rawValue), .text(item.code),
        item.line > 0 ? .count(item.line) : .empty,
        .name(item.message), item.fix.map(Table.Cell.name) ?? .empty,
      ])
    }
    return table
  }

  /// What each compared scenario changes, from the plan's value to the scenario's.
  static func scenarioChanges(_ comparisons: [PlanExport.Comparison]) -> Table {
    var table = Table([
      .init("scenario"), .init("changes"), .init("base", .right, keys: ["base", "base_unit"]),
      .init(Message("document-changes-under-scenario"), .right, keys: ["value", "unit"]), .init("written"),
    ])
    var seen: Set<String> = []
    for change in comparisons.flatMap(\.changes)
    where seen.insert(change.scenario + "\u{0}" + change.target).inserted {
      table.add([
        .name(change.scenario), .name(change.target), change.before.map(Table.Cell.value) ?? .empty,
        change.after.map(Table.Cell.value) ?? .empty, .name(change.written),
      ])
    }
    return table
  }
}
