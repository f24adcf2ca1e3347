import MPlanSyntax

/// Runs checked statements against an `Environment`. Expressions are in
/// `Interpreter+Expressions.swift`, unit arithmetic in `Arithmetic.swift`, declaration blocks
/// in `Interpreter+Blocks.swift`, funnels in `Interpreter+Funnels.swift`, scenario changes in
/// `Interpreter+Scenarios.swift`, replays for what-if in `Interpreter+Replay.swift`; what plan
/// statements mean (`show`, `check`, `compare`, computed members) comes from `options.host`.
///
/// Output is data: each `print`, `show`, `compare` and `check` is an `OutputEvent`.
///
/// A statement that fails is reported and the run goes on; a name whose definition failed is
/// poisoned, so what depends on it is skipped quietly instead of cascading into more errors.
public struct Interpreter {
  public struct Options: Sendable {
    /// Samples drawn for each uncertain value (`a to b`).
    public var sampleCount = 10_000
    public var seed: UInt64 = 2027
    /// Bytes that the values of one run may hold (samples above all) before it stops with
    /// `E0316`; `mplan --memory` raises it (docs/language.md, "Limits").
    public var memoryBudget = 2 << 30
    /// Evaluations one run may make before it stops with `E0319`: a computation that would
    /// never end (a function that calls itself twice a call) stops in seconds instead.
    /// `mplan --steps` raises it (docs/language.md, "Limits"). The largest benchmarks take
    /// under a million; a vectorised operation on samples is one step, however many.
    public var stepBudget = Interpreter.defaultStepBudget
    /// Asked before each statement and each function call: true stops the run with
    /// `E0309` (the REPL answers it from Ctrl-C, so a runaway computation can be abandoned).
    public var shouldStop: (@Sendable () -> Bool)?
    /// Supplies the plan statements; without one, `show`, `check` and `compare` are refused.
    public var host: (any StatementHost)?
    public init() {}
  }

  /// Thrown when an expression touches a name whose definition already failed.
  package struct Poisoned: Error {}

  public var environment: Environment
  /// The environment before the first statement, from which `compare` replays a scenario.
  public var initialEnvironment: Environment
  public let options: Options
  /// Weak: the session that loads modules holds this interpreter, and a strong reference
  /// back kept every session alive for the life of the process (`:reset`, each fuzz input).
  package weak var loader: (any ModuleLoader)?
  /// The changes in force for this run, keyed by what they change (`inbound.visit->mql`):
  /// a scenario's (at the prompt, the active one's) and a replay's (`ChangeReplay`).
  package var changes = Changes()
  /// The scenario the prompt works under (`:scenario low`), whose changes are in `changes`.
  public internal(set) var activeScenario: String?
  package var poisoned: Set<String> = []
  /// How many times each draw site (by its text) has drawn in the statement being run: see
  /// `drawStream`.
  package var draws: [UInt64: Int] = [:]
  /// What the statement being run defines, whose draws are keyed by it, and its hash once it
  /// drew (`startDrawing(as:)`).
  package var drawOwner: String?
  package var drawOwnerKey: UInt64?
  /// True once the run drew samples: what E0316's advice asks.
  package var hasDrawn = false
  /// The inputs `correlate` ties together, applied to each as it is bound (`Correlations`).
  package var correlations = Correlations()
  package var callDepth = 0
  package var evaluationDepth = 0
  package var evaluationsSinceMemoryCheck = 0
  /// Evaluations left of the step budget: one integer counted down per evaluation (no clock,
  /// no system call). A replay goes on from what its run has left.
  package var stepsLeft: Int
  /// Worked out once from the sample count (`Interpreter+Memory.swift`): this runs for every
  /// evaluation.
  package let memoryCheckInterval: Int
  package var output: (OutputEvent) -> Void
  /// Statements run so far, with what each defines and reads, so `compare` can run them again
  /// under a scenario and a change reruns what it reaches.
  public internal(set) var history: History
  /// What a `compare` or `table` statement worked out when it ran, by the statement's span,
  /// with how long the history was then and the scenario in force: an export writes these
  /// rather than running them again (the planning layer keeps its comparisons here).
  package var workedOut: [SourceSpan: WorkedOut] = [:]
  public internal(set) var diagnostics: [Diagnostic] = []
  /// The value of the last expression statement, for the REPL's echo and `_`.
  public private(set) var lastValue: Value?

  package static let maximumCallDepth = 200
  /// Expressions being evaluated inside one another, calls included: what really uses the
  /// stack. `Session` runs the interpreter on a thread whose stack holds this many in a debug
  /// build, with room to spare (docs/architecture.md, "Depth is bounded").
  package static let maximumEvaluationDepth = 10_000
  /// 100 million evaluations: some seconds of work (a release build), and a hundred times what
  /// the largest benchmark takes (100,000 `let`s: under a million; a check of 10,000 actions,
  /// a 100 × 100 data table, a model of 1 million samples: under 100,000 each).
  public static let defaultStepBudget = 100_000_000

  public init(
    environment: Environment, options: Options = Options(), loader: (any ModuleLoader)?,
    history: History = History(), output: @escaping (OutputEvent) -> Void
  ) {
    self.environment = environment
    self.history = history
    self.initialEnvironment = environment
    self.options = options
    self.loader = loader
    self.memoryCheckInterval = Self.memoryCheckInterval(sampleCount: options.sampleCount)
    self.stepsLeft = options.stepBudget
    self.output = output
  }

  /// Runs statements in order, on a thread with a large stack (`LargeStack`), except that in a
  /// script (a history where no name is defined twice) the statements that only read (`print`, `show`,
  /// `compare`, `check`, `assert`) run after all the others: plan blocks are declarations,
  /// and what a reader sees must not depend on where it sits. Returns the diagnostics this
  /// call added.
  @discardableResult
  public mutating func run(_ statements: [Stmt], recordHistory: Bool = true) -> [Diagnostic] {
    withUnsafeMutablePointer(to: &self) { interpreter in
      LargeStack.run { interpreter.pointee.runHere(statements, recordHistory: recordHistory) }
    }
  }

  private mutating func runHere(_ statements: [Stmt], recordHistory: Bool) -> [Diagnostic] {
    let before = diagnostics.count
    lastValue = nil
    // Data tables come first of the readers, so any reader sees them wherever they sit;
    // exports come last of all, so a plan export holds every `compare` of the script.
    let ordered =
      history.definesNamesAgain || !statements.contains(where: \.onlyReads)
      ? statements
      : statements.filter { !$0.onlyReads } + statements.filter(\.isTableBinding)
        + statements.filter { $0.onlyReads && !$0.isExport && !$0.isTableBinding }
        + statements.filter(\.isExport)
    for statement in statements {
      if case .declaration(let declaration) = statement.kind {
        environment.blocksAhead[declaration.name.text] = (declaration.kind, declaration.name)
      }
    }
    registerCorrelationsAhead(in: statements)
    defer {
      for statement in statements {
        if case .declaration(let declaration) = statement.kind {
          environment.blocksAhead[declaration.name.text] = nil
        }
      }
    }
    for statement in ordered {
      if case .declaration(let declaration) = statement.kind {
        environment.blocksAhead[declaration.name.text] = nil
      }
      do {
        try stopIfAsked(at: statement.span)
        try executeInPlace(statement)
        // Only what ran is replayed under a scenario: a statement that failed here would
        // fail there too and hide what the scenario changes.
        if recordHistory { history.append(statement) }
      } catch let diagnostic as Diagnostic {
        diagnostics.append(diagnostic)
        // A duplicate plan block leaves the first one standing, so its name stays usable.
        if diagnostic.code != DiagnosticCode.duplicateName.rawValue { poison(statement) }
        if Self.endsTheRun(diagnostic) { break }
      } catch {
        poison(statement)
      }
    }
    return Array(diagnostics[before...])
  }

  /// An interruption, or a budget spent (memory, steps): what comes after would not fare
  /// better, so the run stops there rather than report the same again for each statement.
  package static func endsTheRun(_ diagnostic: Diagnostic) -> Bool {
    diagnostic.code == DiagnosticCode.interrupted.rawValue
      || diagnostic.code == DiagnosticCode.memoryBudgetExceeded.rawValue
      || diagnostic.code == DiagnosticCode.stepBudgetExceeded.rawValue
  }

  /// A new input at the prompt starts with the whole step budget.
  public mutating func refillSteps() { stepsLeft = options.stepBudget }

  package func stepBudgetSpent(at span: SourceSpan) -> Diagnostic {
    .error(
      .stepBudgetExceeded,
      Message("interpreter-step-budget", ["steps": .value(Formatting.number(Double(options.stepBudget)))]),
      at: span, notes: [Message("interpreter-step-budget-note")],
      fixIt: Message("interpreter-step-budget-fix"))
  }

  package func stopIfAsked(at span: SourceSpan) throws {
    if let shouldStop = options.shouldStop, shouldStop() {
      throw Diagnostic.error(
        .interrupted, Message("interpreter-interrupted"), at: span,
        notes: [Message("interpreter-interrupted-note")])
    }
  }

  package mutating func poison(_ statement: Stmt) {
    if case .scenario(let name, _, _) = statement.kind {
      poisoned.insert(Self.poisonKey(scenario: name.text))
      return
    }
    guard statement.bindsValue, let name = statement.definedName else { return }
    poisoned.insert(name.text)
    // A broken plan block leaves an earlier one of its name standing (see `run`).
    if case .declaration = statement.kind { return }
    environment.bindings[name.text] = nil
  }

  public mutating func execute(_ statement: Stmt) throws {
    // A what-if statement's replays ask the history's dependency graph what reruns: brought up
    // to date once here, they share it.
    if statement.isWhatIf { history.updateDependencies() }
    switch statement.kind {
    case .letBinding(let name, let expression):
      let value =
        try changedValue(.binding(name.text))
        ?? evaluate(changedExpression(.binding(name.text)) ?? expression)
      environment.bind(
        name.text, correlations.reordered(value, as: name.text, seed: options.seed), at: name.span)
      if !poisoned.isEmpty { poisoned.remove(name.text) }
    case .function(let name, let parameters, let body):
      let function = Function(name: name.text, body: .user(parameters: parameters.map(\.text), body: body))
      environment.bind(name.text, .function(function), at: name.span)
      poisoned.remove(name.text)
    case .print(let expressions):
      printValues(try expressions.map { try evaluate($0) })
    case .assert(let condition, let message):
      try executeAssert(condition, message: message, span: statement.span)
    case .unitDeclaration(let name, let plural, let forms):
      environment.units.declare(name.text, plural: plural?.text, forms: Checker.forms(forms))
    case .rate(let currency, let expression):
      try executeRate(currency, expression)
    case .importFile(let path, let pathSpan):
      try executeImport(path, span: pathSpan)
    case .use(let module):
      try executeUse(module)
    case .funnel(let name, let stages):
      try executeFunnel(name, stages)
    case .declaration(let declaration):
      try executeDeclaration(declaration)
    case .scenario(let name, let parent, let changes):
      try executeScenario(name, extending: parent, changes, span: statement.span)
    case .compare(let scenarios, let expressions):
      let host = try planHost(for: "compare", at: statement.span)
      output(.view(try host.compare(scenarios, on: expressions, at: statement.span, in: &self)))
    case .show(let words, let groupedBy):
      let host = try planHost(for: "show", at: statement.span)
      output(.view(try host.show(words, groupedBy: groupedBy, in: environment)))
    case .check:
      let host = try planHost(for: "check", at: statement.span)
      output(.view(host.check(environment, at: statement.span)))
    case .solve(let seek):
      let host = try planHost(for: "solve", at: statement.span)
      output(.view(try host.solve(seek, at: statement.span, in: &self)))
    case .tornado(let result, let inputs, let spread):
      let host = try planHost(for: "tornado", at: statement.span)
      output(.view(try host.tornado(result, over: inputs, by: spread, at: statement.span, in: &self)))
    case .table(let outputs, let inputs):
      let host = try planHost(for: "table", at: statement.span)
      let table = try host.table(outputs, over: inputs, at: statement.span, in: &self)
      workedOut[statement.span] = WorkedOut(self, table)
      output(.view(table.view))
    case .sensitivity(let result):
      let host = try planHost(for: "sensitivity", at: statement.span)
      output(.view(try host.sensitivity(of: result, at: statement.span, in: &self)))
    case .correlate(let inputs, let coefficients):
      try executeCorrelate(inputs, by: coefficients, span: statement.span)
    case .tableBinding(let name, let outputs, let inputs):
      try executeTableBinding(name, outputs, inputs, span: statement.span)
    case .checkpoint(let day):
      let host = try planHost(for: "checkpoint", at: statement.span)
      guard case .time(let period) = try evaluate(day) else {
        throw Diagnostic.error(
          .typeMismatch, Message("interpreter-checkpoint-day"), at: day.span,
          fixIt: Message("interpreter-checkpoint-day-fix"))
      }
      output(.view(try host.checkpoint(period, at: day.span, in: environment)))
    case .export(let target, let path, let pathSpan):
      let host = try planHost(for: "export", at: statement.span)
      try host.export(target, to: path, pathSpan: pathSpan, at: statement.span, in: &self)
    case .expression(let expression):
      lastValue = try evaluate(expression)
    }
  }

  /// What a reader worked out, and when: see `workedOut`.
  package struct WorkedOut: Sendable {
    package var historyCount: Int
    package var scenario: String?
    package var result: any Sendable

    package init(_ interpreter: Interpreter, _ result: any Sendable) {
      (historyCount, scenario, self.result) = (interpreter.history.count, interpreter.activeScenario, result)
    }
  }

  /// What a replay does not run again (`runAgain`): nothing is shown in a replay; imports are
  /// in the history statement by statement; and a scenario (even a broken one) has no part in
  /// another scenario's run.
  package static func skipsInReplay(_ statement: Stmt) -> Bool {
    switch statement.kind {
    // A bare expression typed at the prompt (`low.spend`) defines nothing: run again inside a
    // replay, one that reads a scenario replayed a plan with no history and failed every cell
    // of every later table.
    case .print, .show, .check, .compare, .solve, .table, .tornado, .sensitivity, .checkpoint, .export,
      .assert,
      .importFile, .use, .scenario, .expression:
      true
    default: false
    }
  }

  /// The host of the plan statements, or an error at the statement that needs one.
  package func planHost(for statement: String, at span: SourceSpan) throws -> any StatementHost {
    guard let host = options.host else {
      throw Diagnostic.error(
        .misplacedStatement, Message("interpreter-needs-planning", ["statement": .text(statement)]), at: span)
    }
    return host
  }

  package mutating func executeAssert(_ condition: Expr, message: Expr?, span: SourceSpan) throws {
    let value = try evaluate(condition)
    guard case .bool(let holds) = value else {
      throw Diagnostic.error(
        .typeMismatch, Message("interpreter-assert-condition", ["type": .message(value.typeMessage)]),
        at: condition.span)
    }
    if holds { return }
    var notes: [Message] = []
    if case .binary(let op, let left, let right) = condition.kind,
      [.equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual].contains(op)
    {
      notes.append(
        Message("interpreter-assert-left-note", ["value": .value(Formatting.describe(try evaluate(left)))]))
      notes.append(
        Message("interpreter-assert-right-note", ["value": .value(Formatting.describe(try evaluate(right)))]))
    }
    var text = Message("interpreter-assertion-failed")
    if let message, case .text(let explanation) = try evaluate(message) {
      text = Message("interpreter-assertion-failed-because", ["explanation": .text(explanation)])
    }
    throw Diagnostic.error(.assertionFailed, text, at: condition.span, notes: notes)
  }

  package mutating func executeRate(_ currency: Name, _ expression: Expr) throws {
    guard UnitTable.looksLikeCurrencyCode(currency.text) else {
      throw Diagnostic.error(
        .unknownUnit, Message("interpreter-rate-not-currency", ["currency": .text(currency.text)]),
        at: currency.span,
        fixIt: environment.units.isCurrency(currency.text.uppercased())
          ? Message("interpreter-rate-capitals-fix", ["code": .text(currency.text.uppercased())])
          : Message("interpreter-rate-code-fix"))
    }
    // A rate states a currency: `rate XBT = 95,000 USD` makes XBT money (the checker has
    // already refused a name that is another unit).
    environment.units.declareCurrency(currency.text)
    let value = try evaluate(expression)
    guard case .quantity(let quantity) = value, let target = quantity.unit.currency,
      let factor = quantity.magnitude.exactValue
    else {
      throw Diagnostic.error(
        .typeMismatch, Message("interpreter-rate-not-money", ["type": .message(value.typeMessage)]),
        at: expression.span, fixIt: .write("rate \(currency.text) = 1.08 USD"))
    }
    guard target != currency.text, factor > 0 else {
      throw Diagnostic.error(
        .invalidValue, Message("interpreter-rate-invalid"), at: expression.span)
    }
    // Two rates for one pair of currencies must agree (within 1%), or conversions would depend
    // on which one a path happens to use.
    let stated = Arithmetic(environment: environment).rateBetween(currency.text, target)
    if let stated, abs(stated - factor) > 0.01 * stated {
      diagnostics.append(
        .warning(
          .conflictingRate,
          Message(
            "interpreter-conflicting-rate",
            [
              "currency": .text(currency.text), "rate": .value("\(Formatting.number(factor)) \(target)"),
              "stated": .value(Formatting.number(stated)),
            ]),
          at: expression.span, fixIt: Message("interpreter-conflicting-rate-fix")))
    }
    // The newer rate replaces one stated the other way round (`rate EUR = 1.08 USD`, then
    // `rate USD = 0.9 EUR`): a conversion uses the rate W0301 names, never either at random.
    if let reverse = environment.rates[target], reverse.currency == currency.text {
      environment.rates[target] = nil
    }
    environment.rates[currency.text] = (factor, target)
  }

  package mutating func executeImport(_ path: String, span: SourceSpan) throws {
    guard let loader else {
      throw Diagnostic.error(.importNotFound, Message("interpreter-no-files"), at: span)
    }
    let module = try loader.loadFile(path, from: span)
    if environment.usedModules.contains(module.key) { return }
    environment.usedModules.insert(module.key)
    try runModule(module, at: span)
  }

  package mutating func executeUse(_ module: Name) throws {
    if environment.usedModules.contains("stdlib:" + module.text) { return }
    guard let loader else {
      throw Diagnostic.error(.unknownModule, Message("interpreter-no-stdlib"), at: module.span)
    }
    let loaded = try loader.loadModule(module.text, from: module.span)
    environment.usedModules.insert(loaded.key)
    try runModule(loaded, at: module.span)
  }

  /// Runs an imported file or a module in this environment; its errors become one error at
  /// the `import` that brought them in, with the details as notes.
  package mutating func runModule(_ module: LoadedModule, at span: SourceSpan) throws {
    // The module's statements join the history themselves, so a scenario replays what an
    // imported file defined, and a `compare` inside the file sees what came before it.
    let failures = run(module.statements).filter { $0.severity == .error }
    if let first = failures.first {
      throw Diagnostic.error(
        .importNotFound,
        Message(
          "interpreter-module-failed",
          ["module": .text(module.displayName), "error": .message(first.content)]),
        at: span, notes: [Message.at(first.span)])
    }
  }
}

extension Message {
  /// A note that says where something happened: "at plan.mplan:3:5".
  package static func at(_ span: SourceSpan) -> Message { Message("note-at", ["place": .text("\(span)")]) }
}
