import MPlanLanguage
import MPlanPlanning
import MPlanSyntax

/// The plan as a workbook: a sheet per table, the plan's inputs in cells of their own, and
/// what mplan derives from them as live formulas (a funnel's stages, a budget's committed,
/// reserve, available and needed, an action's cost from the plan's inputs), each stored with
/// the value mplan worked out. A formula goes in only when it computes that value from the
/// cells it reads (`Formula.value(in:)`); otherwise the cell keeps the value alone.
package struct PlanWorkbook {
  package var workbook = Workbook()
  let export: PlanExport
  /// The document's grids the Goals and Actions sheets are laid out from.
  let grids: PlanDocument.Grids
  /// Formulas waiting for every sheet to be laid out, since they read across sheets.
  package var pending: [(cell: CellReference, formula: Formula)] = []
  /// Where the builder put what formulas read.
  var inputCells: [String: (name: String, cell: CellReference)] = [:]
  var targetCells: [String: CellReference] = [:]
  var stageCells: [String: [String: CellReference]] = [:]
  var takenNames: Set<String> = []

  static let inputsSheet = "Inputs"
  static let goalsSheet = "Goals"
  static let funnelsSheet = "Funnel stages"
  static let budgetsSheet = "Budgets"
  static let actionsSheet = "Actions"

  package init(_ export: PlanExport, grids: PlanDocument.Grids? = nil) {
    (self.export, self.grids) = (export, grids ?? PlanDocument.Grids(export))
  }

  package static func workbook(_ export: PlanExport, grids: PlanDocument.Grids? = nil) -> Workbook {
    var builder = PlanWorkbook(export, grids: grids)
    builder.build()
    return builder.workbook
  }

  mutating func build() {
    addPlan()
    if !export.formulas.inputs.isEmpty { addInputs() }
    if !export.goals.isEmpty { addGoals() }
    if !export.funnels.isEmpty { addFunnels() }
    let actions = export.actions.isEmpty ? nil : addActions()
    if !export.budgets.isEmpty { addBudgets(actions: actions) }
    if export.budgets.contains(where: { !$0.months.isEmpty }) { addPacing() }
    if !export.comparisons.isEmpty { addComparisons() }
    for table in export.dataTables { addDataTable(table) }
    if !export.openItems.isEmpty { addOpenItems() }
    settleFormulas()
  }

  // MARK: Sheets

  mutating func addPlan() {
    var sheet = Worksheet(name: "Plan")
    sheet.widths = [14, 40]
    sheet.rows = [
      [.heading("plan"), .text(export.displayTitle)],
      [.heading("period"), .text(export.period?.description)],
      [
        .heading("start"),
        .number(export.period.map { SerialDay.serial(dayNumber: $0.start.dayNumber) }, .date),
      ],
      [.heading("end"), .number(export.period.map { SerialDay.serial(dayNumber: $0.end.dayNumber) }, .date)],
      [.heading("currency"), .text(export.currency)],
      [.heading("checks passed"), .number(Double(export.checksPassed), .count)],
      [.heading("checks"), .number(Double(export.checksTotal), .count)],
    ]
    workbook.add(sheet)
  }

  mutating func addInputs() {
    var sheet = Worksheet(name: Self.inputsSheet)
    sheet.widths = [24, 16, 20]
    sheet.rows = [["name", "value", "unit"].map(Cell.heading)]
    for input in export.formulas.inputs {
      let reference = CellReference(sheet: sheet.name, row: sheet.nextRow, column: 1)
      let cell = quantityCell(input.value)
      sheet.rows.append([.text(input.name), cell, .text(unitText(input.value))])
      guard cell.number != nil else { continue }
      let name = DefinedName.valid(input.name, taken: takenNames)
      takenNames.insert(name.lowercased())
      workbook.names.append((name, reference))
      inputCells[input.name] = (name, reference)
      if let expression = input.expression, let formula = formula(for: expression) {
        pending.append((reference, formula))
      }
    }
    workbook.add(sheet)
  }

  /// The goals' grid; a target the plan's inputs give is a formula, which the funnels read.
  mutating func addGoals() {
    let (sheet, columns) = sheet(of: grids.goals, named: Self.goalsSheet)
    if let column = columns["target"] {
      for (index, goal) in export.goals.enumerated() where sheet.rows[index + 1][column].number != nil {
        let reference = CellReference(sheet: sheet.name, row: index + 1, column: column)
        targetCells[goal.name] = reference
        if let expression = export.formulas.targets[goal.name], let formula = formula(for: expression) {
          pending.append((reference, formula))
        }
      }
    }
    workbook.add(sheet)
  }

  mutating func addFunnels() {
    var sheet = Worksheet(name: Self.funnelsSheet)
    sheet.widths = [14, 14, 12, 14, 18]
    sheet.rows = [["funnel", "stage", "rate", "count", "counts for"].map(Cell.heading)]
    for funnel in export.funnels {
      let first = sheet.nextRow
      var cells: [String: CellReference] = [:]
      for stage in funnel.stages {
        let row = sheet.nextRow
        cells[stage.name] = CellReference(sheet: sheet.name, row: row, column: 3)
        sheet.rows.append([
          .text(funnel.name), .text(stage.name), .number(stage.rate?.central, .percent),
          .number(stage.count?.central, .count), .text(funnel.countsFor),
        ])
      }
      stageCells[funnel.name] = cells
      // Counts are worked back from the last stage, each rounded up to a whole thing, as
      // `need` does; uncertain counts are means, which no formula reproduces.
      let exact = funnel.stages.allSatisfy {
        ($0.count?.exactValue) != nil && ($0.rate.map { $0.exactValue != nil } ?? true)
      }
      guard exact, !funnel.stages.isEmpty else { continue }
      let last = first + funnel.stages.count - 1
      // Counts for a goal, or for `let need = inbound.need(GOAL.target)`: the goal's target.
      let goal = funnel.countsFor.map { name in
        export.formulas.needs[name].map { $0.funnel == funnel.name ? $0.goal : "" } ?? name
      }
      if let goal, let target = targetCells[goal] {
        pending.append(
          (CellReference(sheet: sheet.name, row: last, column: 3), Self.roundedUp(.cell(target))))
      }
      for row in stride(from: last - 1, through: first, by: -1) {
        let next = Formula.binary(
          .divide, .cell(CellReference(sheet: sheet.name, row: row + 1, column: 3)),
          .cell(CellReference(sheet: sheet.name, row: row + 1, column: 2)))
        pending.append((CellReference(sheet: sheet.name, row: row, column: 3), Self.roundedUp(next)))
      }
    }
    workbook.add(sheet)
  }

  /// Where the actions' sheet holds what a budget's committed sums (SUMIFS): its rows, and
  /// the columns of each action's budget, cost and the cost's currency.
  struct ActionColumns {
    var first: Int
    var last: Int
    var budget: Int
    var cost: Int
    var currency: Int
  }

  /// The actions' grid; a cost the plan's inputs give is a formula.
  mutating func addActions() -> ActionColumns? {
    let (sheet, columns) = sheet(of: grids.actions, named: Self.actionsSheet)
    if let column = columns["cost"] {
      for (index, action) in export.actions.enumerated() where sheet.rows[index + 1][column].number != nil {
        if let expression = export.formulas.costs[action.name], let formula = formula(for: expression) {
          pending.append((CellReference(sheet: sheet.name, row: index + 1, column: column), formula))
        }
      }
    }
    workbook.add(sheet)
    guard let budget = columns["budget"], let cost = columns["cost"], let currency = columns["currency"]
    else {
      return nil
    }
    return ActionColumns(first: 1, last: sheet.rows.count - 1, budget: budget, cost: cost, currency: currency)
  }

  mutating func addBudgets(actions: ActionColumns?) {
    var sheet = Worksheet(name: Self.budgetsSheet)
    sheet.widths = [16, 24, 22, 10, 14, 10, 14, 14, 14, 14]
    sheet.rows = [
      [
        "budget", "title", "method", "currency", "given", "reserve share", "committed", "reserve",
        "available", "needed",
      ]
      .map(Cell.heading)
    ]
    for budget in export.budgets {
      let row = sheet.nextRow
      let money = NumberFormat.money(symbol: Self.symbol(budget.currency))
      sheet.rows.append([
        .text(budget.name), .text(budget.title), .text(Self.kinds(budget)), .text(budget.currency),
        .number(budget.given?.magnitude.central, money), .number(budget.reserveShare, .percent),
        .number(budget.committed.magnitude.central, money), .number(budget.reserve.magnitude.central, money),
        .number(budget.available?.magnitude.central, money), .number(budget.needed.magnitude.central, money),
      ])
      func cell(_ column: Int) -> Formula {
        .cell(CellReference(sheet: sheet.name, row: row, column: column))
      }
      func at(_ column: Int) -> CellReference { CellReference(sheet: sheet.name, row: row, column: column) }
      if let actions, budget.committed.magnitude.exactValue != nil {
        pending.append((at(6), committed(budget, rows: actions)))
      }
      if budget.given != nil {
        pending.append((at(8), .binary(.subtract, .binary(.subtract, cell(4), cell(7)), cell(6))))
      }
      if budget.reserveIsMoney {
        // Money held back is the input: it stays what it is when a cost changes, and the
        // share is worked out from it (of the total, or of what is needed without one).
        pending.append((at(9), .binary(.add, cell(6), cell(7))))
        pending.append((at(5), .binary(.divide, cell(7), cell(budget.given != nil ? 4 : 9))))
        continue
      }
      // The share kept, as the ledger clamps it: none below 0, at most 99%.
      let kept = Formula.function("MIN", [.function("MAX", [cell(5), .number(0)]), .number(0.99)])
      pending.append((at(9), .binary(.divide, cell(6), .binary(.subtract, .number(1), kept))))
      if budget.given != nil {
        pending.append((at(7), .binary(.multiply, cell(4), kept)))
      } else {
        pending.append((at(7), .binary(.subtract, cell(9), cell(6))))
      }
    }
    workbook.add(sheet)
  }

  /// The sum of the costs of the budget's actions in its currency (a cost of zero or less is
  /// the checks' business and commits nothing), plus what costs in other currencies came to
  /// once converted, which enters as a number.
  func committed(_ budget: PlanExport.Budget, rows: ActionColumns) -> Formula {
    func column(_ index: Int) -> Formula {
      .range(
        CellReference(sheet: Self.actionsSheet, row: rows.first, column: index),
        CellReference(sheet: Self.actionsSheet, row: rows.last, column: index))
    }
    let sum = Formula.function(
      "SUMIFS",
      [
        column(rows.cost), column(rows.budget), .text(budget.name), column(rows.currency),
        .text(budget.currency),
        column(rows.cost), .text(">0"),
      ])
    let inCurrency = export.actions.reduce(0.0) { total, action in
      guard action.budget == budget.name, let cost = action.cost?.quantity,
        cost.unit.currency == budget.currency,
        cost.magnitude.central > 0
      else { return total }
      return total + cost.magnitude.central
    }
    let converted = budget.committed.magnitude.central - inCurrency
    return abs(converted) < 0.005 ? sum : .binary(.add, sum, .number(converted))
  }

  /// The document's pacing grid (the CSV view `pacing`), a row a budget and month: the
  /// cumulative column follows the month's committed, adding up within each budget.
  mutating func addPacing() {
    guard let grid = PlanDocument.dataGrid("pacing", of: export) else { return }
    let (sheet, columns) = sheet(of: grid, named: "Pacing")
    if let budget = columns["budget"], let committed = columns["committed"],
      let cumulative = columns["cumulative"]
    {
      for row in 1..<sheet.rows.count {
        func at(_ row: Int, _ column: Int) -> CellReference {
          CellReference(sheet: sheet.name, row: row, column: column)
        }
        let sameBudget = row > 1 && sheet.rows[row - 1][budget].content == sheet.rows[row][budget].content
        pending.append(
          (
            at(row, cumulative),
            sameBudget
              ? .binary(.add, .cell(at(row - 1, cumulative)), .cell(at(row, committed)))
              : .cell(at(row, committed))
          ))
      }
    }
    workbook.add(sheet)
  }

  mutating func addComparisons() {
    var sheet = Worksheet(name: "Comparisons")
    sheet.widths = [30] + Array(repeating: 16, count: export.comparisons.map(\.scenarios.count).max() ?? 0)
    for comparison in export.comparisons {
      if !sheet.rows.isEmpty { sheet.rows.append([]) }
      sheet.rows.append([.heading("value")] + comparison.scenarios.map(Cell.heading))
      for row in comparison.rows {
        sheet.rows.append([.text(row.label)] + row.values.map(valueCell))
      }
    }
    workbook.add(sheet)
  }

  /// A data table as values (what-if results are replays, not formulas), one row per
  /// combination of its inputs, in the long form a pivot table reads.
  mutating func addDataTable(_ table: DataTable) {
    let title = (table.name ?? "table") + (table.scenario.map { " under \($0)" } ?? "")
    var sheet = Worksheet(name: title)
    sheet.widths = Array(repeating: 16, count: table.axes.count + table.outputs.count)
    // Each heading with its unit, as the CSV writes it: `cpc (USD per visit)`, `spend (USD)`.
    let inputs = table.axes.map { CSVExporter.heading($0.name, $0.values.first.map(Value.quantity)) }
    let outputs = table.outputs.enumerated().map { index, name in
      CSVExporter.heading(name, table.cells.lazy.compactMap { $0[index] }.first)
    }
    sheet.rows = [(inputs + outputs).map(Cell.heading)]
    let columns = table.axes.count == 2 ? table.axes[1].values.count : 1
    for (index, results) in table.cells.enumerated() {
      var inputs = [quantityCell(table.axes[0].values[index / columns])]
      if table.axes.count == 2 { inputs.append(quantityCell(table.axes[1].values[index % columns])) }
      sheet.rows.append(inputs + results.map(valueCell))
    }
    workbook.add(sheet)
  }

  /// The document's checks grid (the CSV view `checks`): an item without a line leaves it empty.
  mutating func addOpenItems() {
    guard let grid = PlanDocument.dataGrid("checks", of: export) else { return }
    var (sheet, _) = sheet(of: grid, named: "Open items")
    sheet.widths = [14, 10, 10, 8, 60, 60]
    workbook.add(sheet)
  }

  /// Puts each formula in its cell when it computes the value stored there from the values
  /// of the cells it reads; one that does not (a unit it cannot convert, a rounding it does
  /// not make) is left out, and the cell keeps mplan's value. A bare number (`cost $2,000`)
  /// is an input, not a formula.
  package mutating func settleFormulas() {
    for (reference, formula) in pending {
      if case .number = formula { continue }
      guard let stored = workbook.cell(reference)?.number, let computed = formula.value(in: workbook),
        abs(computed - stored) <= 1e-9 * max(1, abs(stored))
      else { continue }
      let sheet = workbook.sheets.firstIndex { $0.name == reference.sheet }!
      workbook.sheets[sheet].rows[reference.row][reference.column].formula = formula
    }
  }

  /// `top-down, zero-based, controlled monthly`: the budget's kind as its sheet row says it.
  static func kinds(_ budget: PlanExport.Budget) -> String {
    var kinds = [budget.isTopDown ? "top-down" : "bottom-up"]
    if budget.isZeroBased { kinds.append("zero-based") }
    if let control = budget.control { kinds.append("controlled \(control)") }
    return kinds.joined(separator: ", ")
  }
}
