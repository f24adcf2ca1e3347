import MPlanLanguage
import MPlanSyntax

/// The analyses that read the plan under changes. `compare` (and a data table compared across
/// scenarios) replays the plan under each scenario with `Interpreter.replaying(under:)`; goal
/// seek, data tables and the tornado vary inputs through `Interpreter.replay(changing:)`,
/// which reruns only what the changed inputs reach.
public enum PlanAnalysis {
  /// `compare base, cautious on …`: one column a scenario (`base` is the plan as written).
  package static func compare(
    _ scenarioNames: [Name], on expressions: [Expr], in interpreter: inout Interpreter
  )
    throws -> View
  {
    let (values, tables) = splitTables(expressions, in: interpreter)
    var view = View()
    for table in tables {
      view.append(try compareTable(table, under: scenarioNames, in: interpreter))
    }
    guard !values.isEmpty else { return view }
    let comparison = try comparison(scenarioNames, on: values, in: &interpreter)
    view.append(
      PlanPresenter.comparison(
        headings: comparison.scenarios, rows: comparison.rows.map(\.label),
        columns: comparison.scenarios.indices.map { column in comparison.rows.map { $0.values[column] } }))
    return view
  }

  /// The same as data (what an export shows): a row an expression, a value a scenario.
  package static func comparison(
    _ scenarioNames: [Name], on expressions: [Expr], in interpreter: inout Interpreter
  ) throws -> PlanExport.Comparison {
    var columns: [[Value]] = []
    for scenario in scenarioNames {
      if scenario.text == "base" {
        columns.append(try expressions.map { try interpreter.evaluate($0) })
        continue
      }
      var replay = try replay(under: scenario, in: interpreter)
      columns.append(try expressions.map { try replay.evaluate($0) })
    }
    return PlanExport.Comparison(
      scenarios: scenarioNames.map(\.text),
      rows: expressions.enumerated().map { row, expression in
        .init(label: ExprPrinter.print(expression), values: columns.map { $0[row] })
      })
  }

  /// The plan run again under a scenario's changes; an unknown scenario, or one under which
  /// the plan does not run, is an error at its name.
  package static func replay(under scenario: Name, in interpreter: Interpreter) throws -> Interpreter {
    let scenarios = interpreter.environment.scenarios
    guard let definition = scenarios[scenario.text] else {
      throw Diagnostic.error(
        .unknownName, "unknown scenario `\(scenario.text)`", at: scenario.span,
        fixIt: Suggestions.closest(to: scenario.text, among: ["base"] + scenarios.keys).map {
          "did you mean `\($0)`?"
        })
    }
    var keyed: [OverrideKey: Expr] = [:]
    // Working out a change's key may evaluate (a field's block): on a copy, as a replay is.
    var reader = interpreter
    for change in definition.overrides { keyed[try reader.overrideKey(change.target)] = change.value }
    let (replay, failure) = interpreter.replaying(under: keyed)
    if let failure {
      throw Diagnostic.error(
        .invalidValue, "scenario `\(scenario.text)` does not run: \(failure.message)", at: scenario.span,
        notes: ["at \(failure.span)"])
    }
    return replay
  }
}
