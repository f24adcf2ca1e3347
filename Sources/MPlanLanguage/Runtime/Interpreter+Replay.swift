import MPlanSyntax

/// A replay prepared for changes to some inputs (a goal seek's unknown, a table's inputs), so
/// that each trial value reruns as little of the plan as gives the same answer as a whole
/// rerun. A table of 10,000 cells must not replay the whole plan 10,000 times.
///
/// In a script every name is defined once, before it is read, so the plan after a change is
/// the plan as run with only the statements that depend on the change run again, in order:
/// `statements` are those, each with the count of draws (`Interpreter.draws`) as it stood
/// before it, so an uncertain value draws the same samples as in a whole rerun. At the prompt a name can be
/// defined again, and then `statements` is every statement from the first one a changed input
/// affects, run from the state just before it.
public struct ChangeReplay {
  /// A statement to run again, with the count of draws before it and, for a plan block, the
  /// fields a change reaches (nil: all of them).
  package typealias Entry = (statement: Stmt, draws: [UInt64: Int]?, fields: [String]?)

  package var start: Interpreter
  package var statements: [Entry]
  /// For each of `statements`, the changed inputs it depends on; nil at the prompt, where
  /// every statement after the first change is run again.
  package var dependsOn: [Set<OverrideKey>]?
  /// Values in force for every run (see `fixing`).
  package var fixed: [OverrideKey: Value] = [:]
  /// A statement that failed under the fixed values: every run fails with it.
  package var failure: Diagnostic?
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
    let failure = fresh.rerun(with: values, reusing: false)
    return (fresh.working, failure)
  }

  /// `run(with:)` into `working`, which a table reads its cells from. In a script every name
  /// is defined once, before it is read, so the statements replayed overwrite all that the
  /// previous run changed and read nothing it left: the same working interpreter serves every
  /// run, and a cell costs no copy of the plan's state to make and free (a 100 × 100 table
  /// spent a third of its time on those). At the prompt, where a name can be defined again,
  /// each run starts from a fresh copy.
  public mutating func rerun(with values: [OverrideKey: Value]) -> Diagnostic? {
    rerun(with: values, reusing: dependsOn != nil)
  }

  private mutating func rerun(with values: [OverrideKey: Value], reusing: Bool) -> Diagnostic? {
    if !reusing { working = start }
    if let failure { return failure }
    working.overrideValues = fixed
    for (key, value) in values { working.overrideValues[key] = value }
    working.draws = start.draws
    defer { working.recomputedFields = nil }
    // By index: a copy of each entry (statement, draws, fields) cost more than running a `let`.
    for index in statements.indices {
      if let draws = statements[index].draws { working.draws = draws }
      working.recomputedFields = statements[index].fields
      do {
        try working.execute(statements[index].statement)
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
    next.start.overrideValues = next.fixed
    next.statements = []
    next.dependsOn = []
    for (entry, keys) in zip(statements, dependsOn) {
      guard keys.isSubset(of: next.fixed.keys) else {
        next.statements.append(entry)
        next.dependsOn!.append(keys)
        continue
      }
      if let draws = entry.draws { next.start.draws = draws }
      do {
        try next.start.execute(entry.statement)
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
  /// Prepares replays that change only `keys` (see `ChangeReplay`).
  public func replay(changing keys: Set<OverrideKey>) -> ChangeReplay {
    var start = Interpreter(
      environment: initialEnvironment, options: options, loader: loader, output: { _ in })
    start.initialEnvironment = initialEnvironment
    start.environment.scenarios = environment.scenarios
    start.overrides = overrides
    start.isReplay = true
    start.stepsLeft = stepsLeft
    start.poisoned = poisoned
    // The whole plan, for a `let gap = low.spend - spend` in a cell: it replays the plan under
    // `low` (and the cell's own change), which needs every statement, not just those rerun.
    start.history = history
    if options.allowsRedefinition {
      let first =
        history.firstIndex { statement in keys.contains { Self.reads(statement, $0) } } ?? history.endIndex
      start.run(Array(history[..<first]), recordHistory: false)
      return ChangeReplay(start: start, statements: history[first...].map { ($0, nil, nil) }, dependsOn: nil)
    }
    let scenarioNames = Set(environment.scenarios.keys)
    let dependentByKey = keys.map { ($0, Self.dependents(of: [$0], in: history, scenarios: scenarioNames)) }
    let fieldsReached = Self.fieldsReached(by: keys, in: history, scenarios: scenarioNames)
    var statements: [ChangeReplay.Entry] = []
    var dependsOn: [Set<OverrideKey>] = []
    for (index, statement) in history.enumerated() {
      let inputs = Set(dependentByKey.filter { $0.1[index] }.map(\.0))
      if !inputs.isEmpty, !Self.skipsInReplay(statement) {
        statements.append((statement, start.draws, fieldsReached[index]))
        dependsOn.append(inputs)
      }
      start.run([statement], recordHistory: false)
    }
    return ChangeReplay(start: start, statements: statements, dependsOn: dependsOn)
  }

  /// For each statement of `history`, whether a change to `keys` can change what it does:
  /// it reads a changed input, or names something such a statement defined. A plan block
  /// that changes can change what any block computes (`marketing.spent` sums its actions),
  /// so then everything that names a block depends on it too; and what reads the plan under a
  /// scenario (`low.need.visit`) depends on everything.
  package static func dependents(
    of keys: Set<OverrideKey>, in history: [Stmt], scenarios: Set<String> = []
  ) -> [Bool] {
    reach(of: keys, in: history, scenarios: scenarios).map(\.depends)
  }

  /// For each plan block of `history` that a change to `keys` reaches (see `dependents`),
  /// the fields it reaches: those that read a changed input or name, or a block once a block
  /// changed, or that the change itself is filed under; for a funnel, the stages whose rate
  /// reads one, each named by the stage it leads to. Nil for other statements, and for a
  /// block or funnel with an uncertain value, whose draws must come in the order of a whole run.
  package static func fieldsReached(
    by keys: Set<OverrideKey>, in history: [Stmt], scenarios: Set<String>
  ) -> [[String]?] {
    reach(of: keys, in: history, scenarios: scenarios).map(\.fields)
  }

  /// `dependents` and `fieldsReached` in one walk over the history.
  private static func reach(of keys: Set<OverrideKey>, in history: [Stmt], scenarios: Set<String>)
    -> [(depends: Bool, fields: [String]?)]
  {
    var reach = Reach(blockNames: Set(history.compactMap(\.blockName)), scenarios: scenarios)
    return history.map { statement in
      guard keys.contains(where: { reads(statement, $0) }) || reach.reaches(statement.namesRead) else {
        return (false, nil)
      }
      defer { reach.passed(statement) }
      func reaches(_ expressions: [Expr]) -> Bool {
        var names: Set<String> = []
        for expression in expressions { expression.collectNames(into: &names) }
        return reach.reaches(names)
      }
      switch statement.kind {
      case .funnel(_, let stages):
        // A change filed under a stage's rate is seen when the funnel runs (`executeFunnel`).
        if stages.contains(where: \.rate.drawsSamples) { return (true, nil) }
        return (true, stages.filter { reaches([$0.rate]) }.map(\.to.text))
      case .declaration(let declaration):
        var fields: [String] = []
        for field in declaration.fields {
          let expressions = field.values + (field.by.map { [$0] } ?? [])
          if expressions.contains(where: \.drawsSamples) { return (true, nil) }
          if keys.contains(.field(block: declaration.name.text, field: field.name.text))
            || reaches(expressions)
          {
            fields.append(field.name.text)
          }
        }
        return (true, fields)
      default:
        return (true, nil)
      }
    }
  }

  /// True when running `statement` consults the change filed under `key`.
  package static func reads(_ statement: Stmt, _ key: OverrideKey) -> Bool {
    switch (key, statement.kind) {
    case (.binding(let name), .letBinding(let bound, _)): name == bound.text
    case (.funnelRate(let funnel, _, _), .funnel(let name, _)): funnel == name.text
    case (.field(let block, _), .declaration(let declaration)): block == declaration.name.text
    default: false
    }
  }
}

extension Stmt {
  /// Every name the statement's expressions mention (a superset of what it reads: a
  /// function's parameters are included, which only makes a replay more cautious).
  package var namesRead: Set<String> {
    var names: Set<String> = []
    forEachExpression { $0.collectNames(into: &names) }
    return names
  }

  /// The names the statement reads a member of (`marketing.available`): what can read a plan
  /// block's computed amounts, as a word such as `from marketing` cannot.
  package var membersRead: Set<String> {
    var names: Set<String> = []
    func visit(_ expression: Expr) {
      if case .member(let base, _) = expression.kind, case .name(let name) = base.kind { names.insert(name) }
      expression.parts.forEach(visit)
    }
    forEachExpression(visit)
    return names
  }

  /// Calls `body` with each expression written in the statement.
  package func forEachExpression(_ visit: (Expr) -> Void) {
    switch kind {
    case .letBinding(_, let value), .rate(_, let value), .expression(let value): visit(value)
    case .function(_, _, let body): visit(body)
    case .print(let values): values.forEach(visit)
    case .assert(let condition, let message):
      visit(condition)
      message.map(visit)
    case .funnel(_, let stages): stages.forEach { visit($0.rate) }
    case .declaration(let declaration):
      for field in declaration.fields {
        field.values.forEach(visit)
        field.by.map(visit)
      }
    case .scenario(_, _, let overrides):
      overrides.forEach {
        visit($0.target); visit($0.value)
      }
    case .compare(_, let values): values.forEach(visit)
    case .solve(let seek): [seek.unknown, seek.result, seek.target].forEach(visit)
    case .tornado(let result, let inputs, let spread):
      ([result, spread].compactMap { $0 } + inputs.flatMap(\.expressions)).forEach(visit)
    case .table(let outputs, let inputs), .tableBinding(_, let outputs, let inputs):
      outputs.forEach(visit)
      inputs.forEach { visit($0.target) }
    case .checkpoint(let day): visit(day)
    case .export: break
    case .unitDeclaration, .importFile, .use, .show, .check: break
    }
  }
}

/// What a change has reached so far, on a walk over statements in order: the names it
/// redefined, and whether a plan block changed (then whatever names a block may read what it
/// computes). What reads a scenario is reached by every change, since it replays the plan.
struct Reach {
  let blockNames: Set<String>
  let scenarios: Set<String>
  var changedNames: Set<String> = []
  var aBlockChanged = false

  init(blockNames: Set<String>, scenarios: Set<String>) {
    (self.blockNames, self.scenarios) = (blockNames, scenarios)
  }

  func reaches(_ names: Set<String>) -> Bool {
    !names.isDisjoint(with: changedNames) || (aBlockChanged && !names.isDisjoint(with: blockNames))
      || !names.isDisjoint(with: scenarios)
  }

  /// `reaches`, where a changed block reaches only a statement that reads a member of a block
  /// (`membersRead`).
  func reaches(_ names: Set<String>, blocksThrough membersRead: Set<String>) -> Bool {
    !names.isDisjoint(with: changedNames) || (aBlockChanged && !membersRead.isDisjoint(with: blockNames))
      || !names.isDisjoint(with: scenarios)
  }

  /// `statement` was reached: what it defines has changed too.
  mutating func passed(_ statement: Stmt) {
    if let name = statement.definedName { changedNames.insert(name.text) }
    if case .declaration = statement.kind { aBlockChanged = true }
  }
}

extension Stmt {
  /// The name of the plan block the statement declares, if it declares one.
  fileprivate var blockName: String? {
    if case .declaration(let declaration) = kind { return declaration.name.text }
    return nil
  }
}

extension Expr {
  /// The expressions this one is made of, one level down.
  package var parts: [Expr] {
    switch kind {
    case .literal, .name: []
    case .quantity(let inner, _), .unary(_, let inner), .per(let inner, _), .convert(let inner, _),
      .member(let inner, _), .stageRate(let inner, _, _):
      [inner]
    case .binary(_, let left, let right), .period(let left, let right), .uncertain(let left, let right):
      [left, right]
    case .call(let function, let arguments): [function] + arguments
    case .list(let items): items
    case .record(let fields): fields.map(\.1)
    case .conditional(let condition, let then, let otherwise): [condition, then, otherwise]
    }
  }

  /// True when the expression holds a draw site: an `a to b` or a call of a distribution.
  package var drawsSamples: Bool {
    if case .uncertain = kind { return true }
    if case .call(let callee, _) = kind, case .name(let name) = callee.kind,
      Distributions.names.contains(name)
    {
      return true
    }
    return parts.contains(where: \.drawsSamples)
  }

  package func collectNames(into names: inout Set<String>) {
    if case .name(let name) = kind { names.insert(name) }
    for part in parts { part.collectNames(into: &names) }
  }
}
