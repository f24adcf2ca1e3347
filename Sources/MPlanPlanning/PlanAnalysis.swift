import MPlanLanguage
import MPlanSyntax

/// The analyses that read the plan under changes. `compare` (and a data table compared across
/// scenarios) replays the plan under each scenario with `Interpreter.replaying(under:)`; goal
/// seek, data tables and the tornado vary inputs through `Interpreter.replay(changing:)`,
/// which reruns only what the changed inputs reach.
public enum PlanAnalysis {
  /// What a `compare` worked out, kept with the run (`Interpreter.workedOut`) for the export:
  /// the values side by side, and each compared data table under each scenario but `base`.
  package struct Compared: Sendable {
    var comparison: PlanExport.Comparison?
    var tables: [DataTable]
  }

  /// `compare base, cautious on …`: one column a scenario (`base` is the plan as written).
  package static func compare(
    _ scenarioNames: [Name], on expressions: [Expr], at span: SourceSpan, in interpreter: inout Interpreter
  )
    throws -> View
  {
    let compared = try compared(scenarioNames, on: expressions, at: span, in: &interpreter)
    var view = View()
    for table in splitTables(expressions, in: interpreter).tables {
      let under = try tables(table, under: scenarioNames, in: interpreter)
      view.append(compareTable(table, under: scenarioNames, tables: under))
    }
    interpreter.workedOut[span] = .init(interpreter, compared)
    guard let comparison = compared.comparison else { return view }
    view.append(View([.table(PlanDocument.comparisonTable(comparison))]))
    return view
  }

  /// What a `compare` works out, as data: its values, and its tables under each scenario.
  package static func compared(
    _ scenarioNames: [Name], on expressions: [Expr], at span: SourceSpan, in interpreter: inout Interpreter
  ) throws -> Compared {
    let (values, tables) = splitTables(expressions, in: interpreter)
    let others = scenarioNames.filter { $0.text != "base" }
    var compared = Compared(comparison: nil, tables: [])
    for table in tables { compared.tables += try self.tables(table, under: others, in: interpreter) }
    if !values.isEmpty {
      compared.comparison = try comparison(scenarioNames, on: values, at: span, in: &interpreter)
    }
    return compared
  }

  /// The same as data (what an export shows): a row an expression, a value a scenario, and
  /// what each scenario changes.
  package static func comparison(
    _ scenarioNames: [Name], on expressions: [Expr], at span: SourceSpan, in interpreter: inout Interpreter
  ) throws -> PlanExport.Comparison {
    var columns: [[Value]] = []
    var changes: [PlanExport.Comparison.Change] = []
    for scenario in scenarioNames {
      if scenario.text == "base" {
        columns.append(try expressions.map { try interpreter.evaluate($0) })
        continue
      }
      var replay = try replay(under: scenario, in: interpreter)
      columns.append(try expressions.map { try replay.evaluate($0) })
      changes += self.changes(of: scenario.text, base: interpreter, replay: &replay)
    }
    return PlanExport.Comparison(
      scenarios: scenarioNames.map(\.text),
      rows: expressions.enumerated().map { row, expression in
        .init(label: ExprPrinter.print(expression), values: columns.map { $0[row] })
      }, changes: changes, span: span)
  }

  /// A scenario's changes, each with its value in the plan and under the scenario. A target
  /// that has no value of its own to read (a field of a block that failed) keeps what the
  /// scenario wrote.
  package static func changes(of scenario: String, base: Interpreter, replay: inout Interpreter)
    -> [PlanExport.Comparison.Change]
  {
    guard let definition = base.environment.scenarios[scenario] else { return [] }
    var reader = base
    // A change the scenario repeats from one it extends is shown once, as it stands.
    var latest: [String: Int] = [:]
    for (index, change) in definition.overrides.enumerated() {
      latest[ExprPrinter.print(change.target)] = index
    }
    return definition.overrides.enumerated().compactMap { index, change in
      guard latest[ExprPrinter.print(change.target)] == index else { return nil }
      return
        PlanExport.Comparison.Change(
          scenario: scenario, target: ExprPrinter.print(change.target),
          before: try? reader.evaluate(change.target), after: try? replay.evaluate(change.target),
          written: ExprPrinter.print(change.value))
    }
  }

  /// The plan run again under a scenario's changes; an unknown scenario, or one under which
  /// the plan does not run, is an error at its name.
  package static func replay(under scenario: Name, in interpreter: Interpreter) throws -> Interpreter {
    let scenarios = interpreter.environment.scenarios
    guard let definition = scenarios[scenario.text] else {
      throw Diagnostic.error(
        .unknownName, Message("compare-unknown-scenario", ["scenario": .text(scenario.text)]),
        at: scenario.span,
        fixIt: Suggestions.closest(to: scenario.text, among: ["base"] + scenarios.keys).map(
          Message.didYouMean))
    }
    var keyed: [OverrideKey: Expr] = [:]
    // Working out a change's key may evaluate (a field's block): on a copy, as a replay is.
    var reader = interpreter
    for change in definition.overrides { keyed[try reader.overrideKey(change.target)] = change.value }
    let (replay, failure) = interpreter.replaying(under: keyed)
    if let failure {
      throw Diagnostic.error(
        .invalidValue,
        Message(
          "scenario-does-not-run", ["scenario": .text(scenario.text), "error": .message(failure.content)]),
        at: scenario.span, notes: [Message("note-at", ["place": .text("\(failure.span)")])])
    }
    return replay
  }
}
