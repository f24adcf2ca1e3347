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
}

/// What the plan statements mean, handed to the interpreter (`Interpreter.Options.host`):
/// computed members of plan blocks, `show`, `check` and `compare`.
public final class PlanHost: StatementHost {
  public init() {}

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
    Checklist(PlanChecker(environment: environment).run()).view(mainFile: span.file)
  }

  public func compare(_ scenarios: [Name], on expressions: [Expr], in interpreter: inout Interpreter) throws
    -> View
  {
    try PlanAnalysis.compare(scenarios, on: expressions, in: &interpreter)
  }

  public func solve(_ seek: GoalSeek, at span: SourceSpan, in interpreter: inout Interpreter) throws -> View {
    try PlanAnalysis.solve(seek, at: span, in: &interpreter)
  }

  public func tornado(
    _ result: Expr, over inputs: [Expr], by spread: Expr, at span: SourceSpan,
    in interpreter: inout Interpreter
  ) throws -> View {
    try PlanAnalysis.tornado(result, over: inputs, by: spread, at: span, in: &interpreter)
  }

  public func table(
    _ outputs: [Expr], over inputs: [TableInput], at span: SourceSpan, in interpreter: inout Interpreter
  ) throws -> View {
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
}
