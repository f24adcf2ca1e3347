import MPlanLanguage
import MPlanSyntax

/// `compare base, cautious on by_cpc`: a data table worked out again under each scenario, from
/// the statement that made it, so each cell is the plan under the scenario with the table's
/// inputs set.
extension PlanAnalysis {
  /// The expressions of a `compare` that name a data table, apart from the others.
  package static func splitTables(_ expressions: [Expr], in interpreter: Interpreter) -> (
    values: [Expr], tables: [DataTable]
  ) {
    var values: [Expr] = []
    var tables: [DataTable] = []
    for expression in expressions {
      if case .name(let name) = expression.kind, let table = interpreter.environment[name]?.dataTable {
        tables.append(table)
      } else {
        values.append(expression)
      }
    }
    return (values, tables)
  }

  /// The table under each scenario, in order; under `base`, the table as the plan has it.
  package static func tables(_ table: DataTable, under scenarioNames: [Name], in interpreter: Interpreter)
    throws -> [DataTable]
  {
    try scenarioNames.map { scenario in
      guard scenario.text != "base" else { return table }
      var replay = try replay(under: scenario, in: interpreter)
      let definition = table.definition
      var under = try self.table(
        definition.outputs, over: definition.inputs, at: definition.span, in: &replay)
      (under.name, under.scenario) = (table.name, scenario.text)
      return under
    }
  }

  /// One input: one table with a column a result and scenario (and the change, for two
  /// scenarios), the way `compare` shows values side by side. A grid, or inputs whose values
  /// differ between scenarios (a range whose ends read the plan): the table under each
  /// scenario in turn.
  package static func compareTable(_ table: DataTable, under scenarioNames: [Name], tables: [DataTable])
    -> View
  {
    let names = scenarioNames.map(\.text)
    let axis = table.axes[0]
    let sameInputs =
      !table.isGrid
      && tables.allSatisfy { other in
        other.axes[0].values.map(\.magnitude.central) == axis.values.map(\.magnitude.central)
      }
    guard sameInputs else {
      var view = View()
      for (name, under) in zip(names, tables) {
        view.append(View([.line("\(table.name ?? table.title) under \(name)")]))
        view.append(under.view, separated: false)
      }
      return view
    }
    let showChange = tables.count == 2
    var headings = [axis.name]
    for output in table.outputs {
      headings += names.map { "\(output) (\($0))" } + (showChange ? ["change"] : [])
    }
    var grid = Table(headings: headings)
    for row in axis.values.indices {
      var cells: [Table.Cell] = [.value(.quantity(axis.values[row]))]
      for output in table.outputs.indices {
        let values = tables.map { $0.cells[row][output] }
        cells += values.map(DataTable.cell)
        if showChange {
          if let base = values[0], let other = values[1] {
            cells.append(.change(from: base, to: other))
          } else {
            cells.append(.text(""))
          }
        }
      }
      grid.add(cells)
    }
    var view = View([.line("\(table.title): \(names.joined(separator: " vs "))"), .table(grid)])
    for (name, under) in zip(names, tables) {
      if let line = under.failureLine { view.add(.line("\(name): \(line)")) }
    }
    return view
  }
}
