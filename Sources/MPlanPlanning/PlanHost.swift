import MPlanLanguage
import MPlanSyntax

/// A plan item is a declaration block the language evaluated (`goal`, `budget`, …), read by
/// the planning layer through the typed accessors in `PlanIndex.swift`.
public typealias PlanItem = EvaluatedBlock

extension Environment {
  /// The plan's declarations, in the order they were made.
  public var planItems: [PlanItem] { blocks }

  /// The currency of the `plan` block, for checks that compare budgets across currencies.
  public var planCurrency: String? {
    guard let plan = blocks.last(where: { $0.kind == .plan }), case .symbol(let currency)? = plan["currency"]
    else { return nil }
    return currency
  }

  /// The language the `plan` block asks its readers be spoken to in (`language fa`), as written.
  public var planLanguage: String? {
    guard let plan = blocks.last(where: { $0.kind == .plan }), let language = plan.word("language") else {
      return nil
    }
    return language
  }
}

/// What the plan statements mean, handed to the interpreter (`Interpreter.Options.host`):
/// computed members of plan blocks, `show`, `check` and `compare`.
public final class PlanHost: StatementHost {
  /// Writes what an `export` statement exports: the session supplies it (the formats are
  /// rendered and files written above this layer).
  public typealias ExportWriter =
    @Sendable (_ export: PlanExport, _ path: String, _ pathSpan: SourceSpan, _ span: SourceSpan) throws ->
    Void

  package let writer: ExportWriter?
  /// `--lang` and the locale's language: with the plan's `language` between them, they choose
  /// the catalogue the `check` statement speaks in.
  package let language: String?
  package let localeLanguage: String?
  package let bidi: Bidi.Style?

  public init(
    writer: ExportWriter? = nil, language: String? = nil, localeLanguage: String? = nil,
    bidi: Bidi.Style? = nil
  ) {
    self.writer = writer
    self.language = language
    self.localeLanguage = localeLanguage
    self.bidi = bidi
  }

  public func member(
    _ name: String, of block: EvaluatedBlock, in environment: Environment, at span: SourceSpan
  )
    throws -> Value?
  {
    try PlanMembers(environment: environment).member(name, of: block, at: span)
  }

  public func memberNames(of block: EvaluatedBlock) -> [String] { PlanMembers.names(of: block) }

  public func show(_ words: [Name], groupedBy: Name?, in environment: Environment) throws -> View {
    try PlanPresenter(environment: environment).show(words: words, groupedBy: groupedBy)
  }

  public func check(_ environment: Environment, at span: SourceSpan) -> View {
    let catalogue = Catalogue.first(of: [language, environment.planLanguage, localeLanguage])
      .isolating(bidi)
    return Checklist(PlanChecker(environment: environment).run()).view(
      mainFile: span.file, catalogue: catalogue)
  }

  public func compare(
    _ scenarios: [Name], on expressions: [Expr], at span: SourceSpan, in interpreter: inout Interpreter
  ) throws -> View {
    try PlanAnalysis.compare(scenarios, on: expressions, at: span, in: &interpreter)
  }

  public func solve(_ seek: GoalSeek, at span: SourceSpan, in interpreter: inout Interpreter) throws -> View {
    try PlanAnalysis.solve(seek, at: span, in: &interpreter)
  }

  public func tornado(
    _ result: Expr, over inputs: [TornadoInput], by spread: Expr?, at span: SourceSpan,
    in interpreter: inout Interpreter
  ) throws -> View {
    try PlanAnalysis.tornado(result, over: inputs, by: spread, at: span, in: &interpreter)
  }

  public func sensitivity(of result: Expr, at span: SourceSpan, in interpreter: inout Interpreter) throws
    -> View
  {
    try PlanAnalysis.sensitivity(of: result, at: span, in: &interpreter)
  }

  public func table(
    _ outputs: [Expr], over inputs: [TableInput], at span: SourceSpan, in interpreter: inout Interpreter
  ) throws -> DataTable {
    try PlanAnalysis.table(outputs, over: inputs, at: span, in: &interpreter)
  }

  public func checkpoint(_ day: CalendarPeriod, at span: SourceSpan, in environment: Environment) throws
    -> View
  {
    try PlanPresenter(environment: environment).checkpoint(day, at: span)
  }

  public func declared(_ block: EvaluatedBlock, in environment: Environment) throws -> [Diagnostic] {
    block.kind == .actuals ? try ActualsStore.load(block, in: environment) : []
  }

  public func export(
    _ target: Name, to path: String, pathSpan: SourceSpan, at span: SourceSpan,
    in interpreter: inout Interpreter
  ) throws {
    guard let writer else {
      throw Diagnostic.error(
        .misplacedStatement, Message("export-refused-here"), at: span)
    }
    let whole = try PlanExport(interpreter: &interpreter)
    guard target.text != "plan" else { return try writer(whole, path, pathSpan, span) }
    guard let part = whole.only(target.text, in: interpreter.environment) else {
      throw Diagnostic.error(
        .exportWhat, Message("export-what", ["name": .text(target.text)]), at: target.span,
        fixIt: Message("export-what-fix"))
    }
    try writer(part, path, pathSpan, span)
  }
}
