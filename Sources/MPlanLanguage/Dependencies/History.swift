import MPlanSyntax

/// The statements that ran, in order, with their dependencies (`DependencyGraph`) kept up to
/// date as each one joins. Whether a name may be defined again is the history's too: a
/// script defines each name once; the inputs typed at a prompt may define one again.
public struct History: RandomAccessCollection, Sendable {
  public private(set) var statements: [Stmt] = []
  public private(set) var dependencies = DependencyGraph()
  /// True for the inputs of a prompt, where a name (a `let`, a funnel, a plan block) may be
  /// defined again and each definition holds from there on; false for a script, where a plan
  /// block defined twice is an error and readers see the whole plan.
  public let definesNamesAgain: Bool

  public init(definesNamesAgain: Bool = false) {
    self.definesNamesAgain = definesNamesAgain
  }

  /// The first `count` statements of `history`, with their dependencies.
  public init(prefix count: Int, of history: History) {
    self.init(definesNamesAgain: history.definesNamesAgain)
    for statement in history.statements[..<count] { append(statement) }
  }

  public var startIndex: Int { statements.startIndex }
  public var endIndex: Int { statements.endIndex }
  public subscript(position: Int) -> Stmt { statements[position] }

  public mutating func append(_ statement: Stmt) {
    statements.append(statement)
    dependencies.append(statement)
  }
}
