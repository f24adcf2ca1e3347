import MPlanSyntax

/// The statements whose meaning a higher layer supplies. The language evaluates a plan block
/// (`goal`, `budget`, …) into an `EvaluatedBlock` of fields, and knows that `show`, `check`,
/// `compare` and `export` are statements; what a budget computes (`marketing.committed`), what a plan
/// check finds and how scenarios compare is the planning layer's, which implements this
/// protocol (`PlanHost`) and hands it to the interpreter. Without a host those statements
/// are refused.
///
/// Class-bound, so that the interpreter holding one stays a loadable value: an opaque
/// existential made `Interpreter` address-only, and every expression copied it (callgrind:
/// +70% instructions on the 100,000-line benchmark).
public protocol StatementHost: AnyObject, Sendable {
  /// A member the block computes rather than holds (`marketing.committed`), or nil.
  func member(_ name: String, of block: EvaluatedBlock, in environment: Environment, at span: SourceSpan)
    throws -> Value?
  /// Every member of a block, for "did you mean" and completion.
  func memberNames(of block: EvaluatedBlock) -> [String]
  /// `show goals`, `show budget marketing`, `show NAME`.
  func show(_ words: [Name], groupedBy: Name?, in environment: Environment) throws -> View
  /// `check`: the plan checklist.
  func check(_ environment: Environment, at span: SourceSpan) -> View
  /// `compare base, cautious on …`: the values under each scenario; `span` is the statement's.
  func compare(
    _ scenarios: [Name], on expressions: [Expr], at span: SourceSpan, in interpreter: inout Interpreter
  )
    throws -> View
  /// `solve cpc for spend <= $15k`: goal seek.
  func solve(_ seek: GoalSeek, at span: SourceSpan, in interpreter: inout Interpreter) throws -> View
  /// `tornado spend over cpc, deal_size by 10%`: the inputs sorted by how much they move it.
  func tornado(
    _ result: Expr, over inputs: [TornadoInput], by spread: Expr?, at span: SourceSpan,
    in interpreter: inout Interpreter
  )
    throws -> View
  /// `sensitivity spend`: the uncertain inputs by how much of the result's spread each explains.
  func sensitivity(of result: Expr, at span: SourceSpan, in interpreter: inout Interpreter) throws -> View
  /// `table spend over cpc from … step …`: a data table.
  func table(
    _ outputs: [Expr], over inputs: [TableInput], at span: SourceSpan, in interpreter: inout Interpreter
  )
    throws -> DataTable
  /// A block was just evaluated: what declaring it means beyond its fields (an `actuals`
  /// block reads its files). Returns warnings; throws an error that stops the block.
  func declared(_ block: EvaluatedBlock, in environment: Environment) throws -> [Diagnostic]
  /// `checkpoint 2027-03-31`: plan versus actual on that day.
  func checkpoint(_ day: CalendarPeriod, at span: SourceSpan, in environment: Environment) throws -> View
  /// `export plan to "growth.html"`: the plan (or one named part of it) written to a file.
  func export(
    _ target: Name, to path: String, pathSpan: SourceSpan, at span: SourceSpan,
    in interpreter: inout Interpreter
  ) throws
}

extension StatementHost {
  public func declared(_ block: EvaluatedBlock, in environment: Environment) throws -> [Diagnostic] { [] }

  public func checkpoint(_ day: CalendarPeriod, at span: SourceSpan, in environment: Environment) throws
    -> View
  {
    throw Diagnostic.error(.misplacedStatement, Message("host-checkpoint-needs-planning"), at: span)
  }
}
