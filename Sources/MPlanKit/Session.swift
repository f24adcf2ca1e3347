import MPlanLanguage
import MPlanPlanning
import MPlanReport
import MPlanSyntax

/// The one object a script run or a REPL talks to. It keeps the bindings between inputs,
/// loads imports and standard-library modules, and makes each input all-or-nothing: an input
/// with an error leaves the session as it was. It wires the layers together: the interpreter
/// of `MPlanLanguage` gets the plan statements of `MPlanPlanning` (`PlanHost`), and what it
/// shows is rendered by `MPlanReport`.
public final class Session: ModuleLoader {
  public struct Options: Sendable {
    /// REPL inputs may redefine names and print the value of a bare expression.
    public var interactive = false
    package var interpreter = Interpreter.Options()
    public init(interactive: Bool = false) { self.interactive = interactive }

    /// Samples drawn for each uncertain value (`a to b`).
    public var sampleCount: Int {
      get { interpreter.sampleCount }
      set { interpreter.sampleCount = newValue }
    }

    /// Seed of the sampler: the same seed gives the same numbers.
    public var seed: UInt64 {
      get { interpreter.seed }
      set { interpreter.seed = newValue }
    }

    /// Bytes the values of one run may hold before it stops with a diagnostic (E0316).
    public var memoryBudget: Int {
      get { interpreter.memoryBudget }
      set { interpreter.memoryBudget = newValue }
    }

    /// Evaluations one input (a script, a prompt's input) may make before it stops (E0319).
    public var stepBudget: Int {
      get { interpreter.stepBudget }
      set { interpreter.stepBudget = newValue }
    }

    /// Asked before each statement and each function call; true stops the input (Ctrl-C).
    public var shouldStop: (@Sendable () -> Bool)? {
      get { interpreter.shouldStop }
      set { interpreter.shouldStop = newValue }
    }

    /// Folders a script's `export` may write under, besides its own folder and the current
    /// one (`mplan run --allow-write DIR`).
    public var allowedWriteFolders: [String] = []

    /// The reader's language asked for on the command line (`--lang ar`): it outranks the
    /// plan's `language`, which outranks `localeLanguage` (docs/languages.md).
    public var language: String?
    /// The language of the reader's locale (`LC_ALL`, `LC_MESSAGES`, `LANG`), when mplan
    /// has a catalogue for it.
    public var localeLanguage: String?
    /// `--digits`: the digits values are printed in, over the plan's `digits`.
    public var digits: DigitChoice?
    /// Isolate right-to-left text for a terminal with bidi support (`--bidi`,
    /// docs/languages.md).
    public var bidi: Bidi.Style?
  }

  /// What one input did.
  public struct Outcome: Sendable {
    public var diagnostics: [Diagnostic] = []
    /// The value of the input's last bare expression (the REPL shows it and binds `_`).
    public var value: Value?
    /// Set when the input itself could not be read (exit 66 rather than 65).
    public var inputFailed = false
    /// At the prompt: the earlier statements the input's redefinitions made run again, as
    /// written, so a saved session (`:save`) reruns them after the change too.
    public var recalculated: [String] = []

    public var hasErrors: Bool { inputFailed || diagnostics.contains { $0.severity == .error } }
  }

  public let options: Options
  /// Every text the session has seen, by name, for rendering diagnostics.
  public private(set) var sources: [String: SourceFile] = [:]
  var interpreter: Interpreter!
  var modules: [String: LoadedModule] = [:]
  /// Where relative `import`s are looked up from: the folder of the file being run.
  var importBase = "."
  var inputCount = 0
  /// Receives what each statement shows, as data.
  public var events: (OutputEvent) -> Void
  /// Bumped by every input that changes the session, so `checkPlan` is worked out once per
  /// state.
  var revision = 0
  var cachedCheck: (revision: Int, check: PlanCheck)?
  /// The goals' SMART letters, worked out once per state: the prompt reads them before and
  /// after every input.
  var cachedSmartLines: (revision: Int, lines: [(goal: String, declaredAt: String, letters: String)])?
  /// Where a script's `export` may write.
  let exportPolicy: ExportPolicy
  /// The plan's `calendar`, `digits` and `language`, from the last input that declared a
  /// plan: later inputs and imports read their dates in its calendar.
  public private(set) var planSettings = PlanSettings()
  /// The reader's language for numbers (`ru`: `1 000,5`), over the plan's `language`: the
  /// command line's language selection sets it.
  public var language: String?

  /// How this session writes numbers and dates for its reader: canonical unless the plan or
  /// the command line asks otherwise.
  public var displayConventions: DisplayConventions {
    let calendar = planSettings.calendar ?? .gregorian
    let language = language ?? planSettings.language ?? "en"
    let choice = options.digits ?? planSettings.digits ?? .latin
    let system = choice.system(language: self.language ?? planSettings.language, calendar: calendar)
    return DisplayConventions(
      numbers: .of(language: language, digits: system), calendar: calendar, language: language)
  }

  /// A value as this session's reader reads it (`--digits`, the plan's `calendar`).
  public func display(_ value: Value) -> String { Formatting.describe(value, in: displayConventions) }

  /// A value as the prompt echoes it to its reader: as `print` shows it (the reader's
  /// conventions, and an uncertain value's sparkline in `sparklines`), a data table on lines
  /// of its own.
  public func echo(_ value: Value, sparklines: Sparkline.Glyphs?) -> String {
    let text = viewText(sparklines: sparklines)
    guard let table = value.dataTable else { return text.render(.printed([value])) }
    return text.render(table.view)
  }

  /// The calendar new text is read in.
  var readingCalendar: CalendarSystem { planSettings.calendar ?? .gregorian }
  /// True to hold back what `export` statements write until `writeHeldExports()`: a check
  /// that a script runs writes nothing, and `:reload` writes only once the whole reload
  /// stands. At the prompt each input's exports are written once it has run without error.
  public var exportsHeld = false {
    didSet { exportPolicy.holds = options.interactive || exportsHeld }
  }

  /// A session whose output arrives as events (values and views), for callers that render
  /// them themselves.
  public init(options: Options = Options(), events: @escaping (OutputEvent) -> Void) {
    var options = options
    let exportPolicy = ExportPolicy(allowedFolders: options.allowedWriteFolders)
    exportPolicy.holds = options.interactive
    options.interpreter.host = PlanHost(
      writer: Self.writer(policy: exportPolicy), language: options.language,
      localeLanguage: options.localeLanguage, bidi: options.bidi)
    self.exportPolicy = exportPolicy
    self.options = options
    self.events = events
    var environment = Environment()
    Natives.install(into: &environment)
    Distributions.install(into: &environment)
    var interpreter = Interpreter(
      environment: environment, options: options.interpreter, loader: nil, output: { _ in })
    if let prelude = try? loadModule("prelude", from: .unknown) {
      interpreter.run(prelude.statements, recordHistory: false)
      interpreter.environment.usedModules.insert(prelude.key)
    }
    // At the prompt a name may be defined again, each definition holding from there on.
    self.interpreter = Interpreter(
      environment: interpreter.environment, options: options.interpreter, loader: self,
      history: History(definesNamesAgain: options.interactive),
      output: { [unowned self] event in self.events(event) })
  }

  /// A session whose output arrives as plain text, a line or a view at a time, in the
  /// reader's language and conventions.
  public convenience init(
    options: Options = Options(), sparklines: Sparkline.Glyphs? = nil,
    output: @escaping (String) -> Void = { print($0) }
  ) {
    self.init(options: options, events: { _ in })
    events = { [unowned self] in output(self.viewText(sparklines: sparklines).render($0)) }
  }

  /// What renders this session's views and values: the reader's catalogue and conventions,
  /// asked again at each use since a plan can state its language, calendar or digits at any
  /// input.
  public func viewText(
    style: @escaping DiagnosticRenderer.Styler = { text, _ in text }, sparklines: Sparkline.Glyphs? = nil
  ) -> ViewText {
    ViewText(style: style, catalogue: catalogue, conventions: displayConventions, sparklines: sparklines)
  }

  public var environment: Environment { interpreter.environment }

  /// A renderer that knows every source this session has read, in the reader's language.
  public func renderer(style: @escaping DiagnosticRenderer.Styler = { text, _ in text }) -> DiagnosticRenderer
  {
    DiagnosticRenderer(sources: Array(sources.values), style: style, catalogue: catalogue)
  }

  /// The reader's catalogue: `--lang`, else the plan's `language`, else the locale's, else
  /// English. Asked again at each use, since a plan can state its language at any input.
  public var catalogue: Catalogue {
    Catalogue.first(of: [options.language, environment.planLanguage, options.localeLanguage])
      .isolating(options.bidi)
  }

  /// Runs a script file; relative imports resolve from its folder.
  public func runFile(path: String) -> Outcome {
    let source: SourceFile
    do {
      source = try SourceLoader.read(path: path)
    } catch {
      if case .input = error { return Outcome(diagnostics: [error.diagnostic], inputFailed: true) }
      return Outcome(diagnostics: [error.diagnostic])
    }
    importBase = SourceLoader.directory(of: path)
    exportPolicy.scriptFolder = importBase
    return run(source, key: SourceLoader.canonical(path))
  }

  /// Runs a whole text: parse, check, then evaluate if nothing failed before evaluation.
  public func run(_ source: SourceFile, key: String? = nil) -> Outcome {
    sources[source.name] = source
    let parsed = Parser.parse(source, calendar: readingCalendar, memoryBudget: options.memoryBudget)
    let statements = parsed.statements
    let syntaxErrors = parsed.diagnostics
    if let settings = parsed.settings, !syntaxErrors.contains(where: { $0.severity == .error }) {
      planSettings = settings
    }
    // Set on every run, not only when a plan block is read: a failed line at the prompt puts
    // the environment back, and the calendar must still follow the plan's settings.
    interpreter.environment.calendar = readingCalendar
    var checker = Checker(
      scope: interpreter.environment.scope,
      options: .init(allowsRedefinition: options.interactive), loader: self,
      importStack: [key ?? source.name])
    checker.assumeDefined(parsed.namesOfBrokenStatements)
    checker.check(statements)
    // In source order, this file's first, however the stages found them.
    let staticDiagnostics = (syntaxErrors + checker.diagnostics).enumerated().sorted { left, right in
      let a = left.element.span
      let b = right.element.span
      let aHere = a.file == source.name
      let bHere = b.file == source.name
      if aHere != bHere { return aHere }
      if a.line != b.line { return a.line < b.line }
      if a.column != b.column { return a.column < b.column }
      return left.offset < right.offset
    }.map(\.element)
    if staticDiagnostics.contains(where: { $0.severity == .error }) {
      return Outcome(diagnostics: staticDiagnostics)
    }
    let snapshot = interpreter!
    let heldBefore = exportPolicy.held.count
    revision += 1
    interpreter.refillSteps()
    let runtime = interpreter.run(statements)
    var outcome = Outcome(diagnostics: staticDiagnostics + runtime, value: interpreter.lastValue)
    if options.interactive, !outcome.hasErrors {
      recalculate(after: statements, from: snapshot, into: &outcome)
      reapplyActiveScenario(after: statements, into: &outcome)
    }
    if options.interactive {
      // The input's files are written only once it has run whole (an input, or a `:load`, that
      // fails writes nothing), and all or none of them: one that cannot be written fails the
      // input.
      if outcome.hasErrors {
        exportPolicy.held.removeSubrange(heldBefore...)
      } else if !exportsHeld {
        outcome.diagnostics += writeHeldExports(from: heldBefore)
      }
      if outcome.hasErrors {
        interpreter = snapshot
      } else if let value = outcome.value {
        interpreter.environment.bind("_", value, at: nil)
      }
    }
    outcome.value = options.interactive ? outcome.value : nil
    return outcome
  }

  /// One REPL input (possibly several lines); on error every binding stays as it was.
  public func evaluate(_ text: String) -> Outcome {
    inputCount += 1
    return run(SourceFile(name: "<input:\(inputCount)>", text: text))
  }

  /// True when the text is a finished statement; false when the REPL should ask for more:
  /// an open bracket or block, or a line that ends with an operator.
  public static func isComplete(_ text: String) -> Bool {
    let (tokens, _) = Lexer.tokenize(SourceFile(name: "<input>", text: text))
    var depth = 0
    var last: Token.Kind?
    for token in tokens {
      switch token.kind {
      case .symbol(.leftParen), .symbol(.leftBracket), .symbol(.leftBrace): depth += 1
      case .symbol(.rightParen), .symbol(.rightBracket), .symbol(.rightBrace): depth -= 1
      case .newline, .endOfFile: continue
      default: break
      }
      last = token.kind
    }
    if depth > 0 { return false }
    guard let last else { return true }
    return !last.continuesLine && last != .symbol(.comma)
  }

  /// Names a REPL can complete: bindings, keywords, and units.
  public var completionNames: [String] {
    Array(interpreter.environment.bindings.keys) + Keyword.allCases.map(\.rawValue)
  }

  /// Members of a value for completion after `.`: record and block fields, funnel methods.
  public func members(of name: String) -> [String] {
    switch interpreter.environment[name] {
    case .record(let record): record.fields.map(\.name)
    case .declaration(let item): interpreter.memberNames(of: item)
    case .funnel: FunnelMethods.names
    case .quantity: Sampling.memberNames
    default: []
    }
  }

  // MARK: - ModuleLoader

  public func loadFile(_ path: String, from span: SourceSpan) throws -> LoadedModule {
    let base =
      span.file.hasPrefix("<") || span.file.isEmpty ? importBase : SourceLoader.directory(of: span.file)
    let resolved = path.hasPrefix("/") ? path : (base == "." ? path : base + "/" + path)
    let key = SourceLoader.canonical(resolved)
    if let cached = modules[key] { return cached }
    let source: SourceFile
    do {
      source = try SourceLoader.read(path: resolved)
    } catch {
      var diagnostic = error.diagnostic
      diagnostic.code = DiagnosticCode.importNotFound.rawValue
      diagnostic.content = Message(
        "import-cannot", ["path": .text(path), "error": .message(diagnostic.content)])
      diagnostic.span = span
      throw diagnostic
    }
    return try parseModule(source, key: key, displayName: path, span: span)
  }

  public func loadModule(_ name: String, from span: SourceSpan) throws -> LoadedModule {
    let key = "stdlib:" + name
    if let cached = modules[key] { return cached }
    guard let text = EmbeddedStdlib.modules[name] else {
      throw Diagnostic.error(
        .unknownModule, Message("import-unknown-module", ["name": .text(name)]), at: span,
        fixIt: Suggestions.closest(to: name, among: EmbeddedStdlib.modules.keys).map(Message.didYouMean)
          ?? Message(
            "import-modules", ["modules": .text(EmbeddedStdlib.modules.keys.sorted().joined(separator: ", "))]
          ))
    }
    return try parseModule(
      SourceFile(name: "stdlib/\(name).mplan", text: text), key: key, displayName: name, span: span)
  }

  func parseModule(_ source: SourceFile, key: String, displayName: String, span: SourceSpan) throws
    -> LoadedModule
  {
    sources[source.name] = source
    let parsed = Parser.parse(source, calendar: readingCalendar, memoryBudget: options.memoryBudget)
    let statements = parsed.statements
    if let first = parsed.diagnostics.first(where: { $0.severity == .error }) {
      throw Diagnostic.error(
        .importNotFound,
        Message("import-has-errors", ["name": .text(displayName), "error": .message(first.content)]),
        at: span,
        notes: [Message("note-at", ["place": .text("\(first.span)")])])
    }
    let module = LoadedModule(key: key, displayName: displayName, source: source, statements: statements)
    modules[key] = module
    return module
  }
}
