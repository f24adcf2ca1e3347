import MPlanLanguage
import MPlanSyntax

/// The analysis API: the plan evaluated under changes. `compare` uses it today; goal seek,
/// data tables and sensitivity are built on `evaluate(_:under:in:)` next.
public enum PlanAnalysis {
  /// The values of `expressions` after the statements run so far are replayed with
  /// `changes` in force (each a `let`, a funnel rate or a plan block's field, as a scenario
  /// writes it). Throws the first statement that fails under the changes.
  public static func evaluate(
    _ expressions: [Expr], under changes: [Override], in interpreter: inout Interpreter
  ) throws -> [Value] {
    var keyed: [OverrideKey: Expr] = [:]
    for change in changes { keyed[try interpreter.overrideKey(change.target)] = change.value }
    return try evaluate(expressions, under: keyed, in: interpreter)
  }

  /// The same, with changes already keyed.
  public static func evaluate(
    _ expressions: [Expr], under changes: [OverrideKey: Expr], in interpreter: Interpreter
  ) throws -> [Value] {
    var (replay, failure) = interpreter.replaying(under: changes)
    if let failure { throw failure }
    return try expressions.map { try replay.evaluate($0) }
  }

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
