import MPlanSyntax

/// What a replay is given: the changes in force, as expressions (a scenario's, and under
/// `:scenario low` the active one's) or as values (a table's cell, a goal seek's step), looked
/// up under their `OverrideKey` as `let`s, funnels and blocks run; and, while a statement runs
/// again over its own earlier value, which of its parts (a block's fields, a funnel's stages
/// by the stage each leads to) to work out anew — nil: every one. This is all a run under
/// changes differs by: the interpreter does not know whether it is replaying.
public struct Changes: Sendable {
  public var expressions: [OverrideKey: Expr] = [:]
  public var values: [OverrideKey: Value] = [:]
  package var parts: [String]?

  public init(expressions: [OverrideKey: Expr] = [:], values: [OverrideKey: Value] = [:]) {
    (self.expressions, self.values) = (expressions, values)
  }
}

/// The one replay: the plan run again with some inputs changed, rerunning as little of it as
/// gives the same answer as a whole rerun. `compare`, `low.NAME` and `:scenario`
/// (`replaying(under:)`) run one once; goal seek, data tables and the tornado run one per
/// trial value. A table of 10,000 cells must not replay the whole plan 10,000 times.
///
/// Which statements rerun is the history's dependency graph's answer
/// (`DependencyGraph.reach(of:)`). In a script every name is defined once, before it is read,
/// so the plan after a change of values is the plan as run with only the statements the
/// change reaches run again, in order: `statements` are those; a statement's draws are its
/// own (`DrawPlaces.swift`), so a draw site draws the same samples as in a whole rerun. Where a name can be defined again (the prompt's history), or a scenario's
/// changes are expressions evaluated where they are used, `statements` is every statement
/// from the first one a change reaches, run from the state just before it.
public struct ChangeReplay {
  /// A statement to run again and, for a plan block, the fields a change reaches (nil: all
  /// of them).
  package typealias Entry = (statement: Stmt, fields: [String]?)

  package var start: Interpreter
  package var statements: [Entry]
  /// For each of `statements`, the changed inputs it depends on; nil when every statement
  /// after the first change is run again.
  package var dependsOn: [Set<OverrideKey>]?
  /// Values in force for every run (see `fixing`).
  package var fixed: [OverrideKey: Value] = [:]
  /// A statement that failed under the fixed values: every run fails with it.
  package var failure: Diagnostic?
  /// True when each statement joins the working history as it reruns, as it joined the
  /// run's: a scenario's replay, where a `let` that reads the scenario (`let x = low.spend`)
  /// replays the plan as it stood at that `let`, not the whole plan, which holds the `let`.
  package var recordsHistory = false
  /// The plan as the last `rerun` left it, where its results are read.
  package var working: Interpreter

  package init(
    start: Interpreter, statements: [Entry], dependsOn: [Set<OverrideKey>]?
  ) {
    self.start = start
    self.statements = statements
    self.dependsOn = dependsOn
    self.working = start
  }

  /// The plan after the statements run so far are run again with `values` in force; a
  /// statement that fails under them is the returned diagnostic.
  public func run(with values: [OverrideKey: Value]) -> (Interpreter, Diagnostic?) {
    var fresh = self
    fresh.working = start
    let failure = LargeStack.run { fresh.rerun(with: values, reusing: false) }
    return (fresh.working, failure)
  }

  /// `run(with:)` into `working`, which a table reads its cells from. In a script every name
  /// is defined once, before it is read, so the statements replayed overwrite all that the
  /// previous run changed and read nothing it left: the same working interpreter serves every
  /// run, and a cell costs no copy of the plan's state to make and free (a 100 × 100 table
  /// spent a third of its time on those). Otherwise each run starts from a fresh copy.
  public mutating func rerun(with values: [OverrideKey: Value]) -> Diagnostic? {
    rerun(with: values, reusing: dependsOn != nil)
  }

  private mutating func rerun(with values: [OverrideKey: Value], reusing: Bool) -> Diagnostic? {
    if !reusing { working = start }
    if let failure { return failure }
    working.changes.values = fixed
    for (key, value) in values { working.changes.values[key] = value }
    defer { working.changes.parts = nil }
    // By index: a copy of each entry (statement, fields) cost more than running a `let`.
    for index in statements.indices {
      working.changes.parts = statements[index].fields
      do {
        try working.runAgain(statements[index].statement)
        if recordsHistory { working.history.append(statements[index].statement) }
      } catch let diagnostic as Diagnostic {
        return diagnostic
      } catch {
        // A name that failed in the run: skipped here as it was there.
      }
    }
    return nil
  }

  /// The value of `expression` in the plan as the last `rerun` left it.
  public mutating func evaluate(_ expression: Expr) throws -> Value {
    try working.evaluate(expression)
  }

  /// This replay with `values` in force in every run, and the statements that depend on
  /// nothing else run once now: a table's row runs what depends only on the row's input
  /// once, not once per cell. Such a statement reads nothing the other inputs change, so
  /// running it ahead of them changes nothing.
  public func fixing(_ values: [OverrideKey: Value]) -> ChangeReplay {
    var next = self
    next.fixed.merge(values) { $1 }
    guard let dependsOn, failure == nil else { return next }
    next.start.changes.values = next.fixed
    next.statements = []
    next.dependsOn = []
    for (entry, keys) in zip(statements, dependsOn) {
      guard keys.isSubset(of: next.fixed.keys) else {
        next.statements.append(entry)
        next.dependsOn!.append(keys)
        continue
      }
      next.start.changes.parts = entry.fields
      defer { next.start.changes.parts = nil }
      do {
        try next.start.runAgain(entry.statement)
      } catch let diagnostic as Diagnostic {
        next.failure = diagnostic
        return next
      } catch {}
    }
    next.working = next.start
    return next
  }

  /// How many statements each run runs.
  public var statementCount: Int { statements.count }
}

extension Interpreter {
  /// Prepares the replay that changes `keys` (see `ChangeReplay`), with `scenario`'s changes
  /// in force in every run, on top of those already in force here (under `:scenario low`, or
  /// in a cell reading `low.spend`).
  public func replay(changing keys: Set<OverrideKey>, under scenario: [OverrideKey: Expr] = [:])
    -> ChangeReplay
  {
    var start = Interpreter(
      environment: initialEnvironment, options: options, loader: loader,
      history: History(definesNamesAgain: history.definesNamesAgain), output: { _ in })
    start.initialEnvironment = initialEnvironment
    // Known to the replay, so a `let` that reads `low.need.visit` runs there too.
    start.environment.scenarios = environment.scenarios
    start.correlations = correlations
    start.changes = changes
    start.changes.parts = nil
    if !scenario.isEmpty { start.changes.expressions.merge(scenario) { $1 } }
    start.stepsLeft = stepsLeft
    // What failed in the run is skipped quietly in the replay, as it was in the run.
    start.poisoned = poisoned
    // The whole plan, for a `let gap = low.spend - spend` in a cell: it replays the plan under
    // `low` (and the cell's own change), which needs every statement, not just those rerun.
    start.history = history
    let graph = history.dependencies
    let reach = graph.reach(of: keys.union(scenario.keys))
    return LargeStack.run {
      if history.definesNamesAgain || !scenario.isEmpty {
        let first = reach.firstIndex { $0 != nil } ?? history.endIndex
        if !scenario.isEmpty { start.history = History(prefix: first, of: history) }
        var failure: Diagnostic?
        for statement in history[..<first] where failure == nil {
          do { try start.runAgain(statement) } catch let diagnostic as Diagnostic {
            failure = diagnostic
          } catch {}
        }
        var replay = ChangeReplay(
          start: start,
          statements: history[first...].filter { !Self.skipsInReplay($0) }.map { ($0, nil) },
          dependsOn: nil)
        replay.failure = failure
        replay.recordsHistory = !scenario.isEmpty
        return replay
      }
      let reachByKey = keys.map { key in (key, graph.reach(of: [key]).map { $0 != nil }) }
      var statements: [ChangeReplay.Entry] = []
      var dependsOn: [Set<OverrideKey>] = []
      for (index, statement) in history.enumerated() {
        if let reached = reach[index], !Self.skipsInReplay(statement) {
          statements.append((statement, reached.fields))
          dependsOn.append(Set(reachByKey.filter { $0.1[index] }.map(\.0)))
        }
        try? start.runAgain(statement)
      }
      return ChangeReplay(start: start, statements: statements, dependsOn: dependsOn)
    }
  }

  /// The plan replayed under `overrides` (a scenario's changes), with nothing shown: what
  /// `compare`, `low.NAME` and `:scenario` read. A statement that fails under the changes is
  /// the returned diagnostic.
  public func replaying(under overrides: [OverrideKey: Expr]) -> (Interpreter, Diagnostic?) {
    replay(changing: Set(overrides.keys), under: overrides).run(with: [:])
  }

  /// Runs a statement of the history again, as a replay does: nothing is shown, so what only
  /// reads is not run at all, and a data table is bound without being worked out (a bare
  /// `t` or `let x = t` still finds it; `low.t` works it out when read).
  package mutating func runAgain(_ statement: Stmt) throws {
    switch statement.kind {
    case .tableBinding(let name, let outputs, let inputs):
      let definition = DataTable.Definition(outputs: outputs, inputs: inputs, span: statement.span)
      environment.bind(name.text, .table(.notWorkedOut(definition)), at: name.span)
    default:
      if Self.skipsInReplay(statement) { return }
      try stopIfAsked(at: statement.span)
      try executeInPlace(statement)
    }
  }
}
