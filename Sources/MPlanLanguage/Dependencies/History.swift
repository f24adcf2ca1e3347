import MPlanSyntax

/// The statements that ran, in order, with their dependencies (`DependencyGraph`). The graph
/// is extended from where it stopped when it is asked for, not as each statement joins: a
/// script that asks nothing of it (100,000 `let`s) spent a tenth of its time building it.
/// The prompt's recalculation and each what-if statement bring it up to date
/// (`updateDependencies`), so the replays they make share it. Whether a name may be defined
/// again is the history's too: a script defines each name once; the inputs typed at a prompt
/// may define one again.
public struct History: RandomAccessCollection, Sendable {
  public private(set) var statements: [Stmt] = []
  /// The graph of the first `graph.statements.count` statements.
  private var graph = DependencyGraph()
  /// True for the inputs of a prompt, where a name (a `let`, a funnel, a plan block) may be
  /// defined again and each definition holds from there on; false for a script, where a plan
  /// block defined twice is an error and readers see the whole plan.
  public let definesNamesAgain: Bool

  public init(definesNamesAgain: Bool = false) {
    self.definesNamesAgain = definesNamesAgain
  }

  /// The first `count` statements of `history`.
  public init(prefix count: Int, of history: History) {
    self.init(definesNamesAgain: history.definesNamesAgain)
    statements = Array(history.statements[..<count])
  }

  public var startIndex: Int { statements.startIndex }
  public var endIndex: Int { statements.endIndex }
  public subscript(position: Int) -> Stmt { statements[position] }

  public mutating func append(_ statement: Stmt) {
    statements.append(statement)
  }

  /// The dependencies of every statement (extending a copy of the graph when some joined
  /// since it was last brought up to date).
  public var dependencies: DependencyGraph {
    if graph.statements.count == statements.count { return graph }
    var current = graph
    current.extend(with: statements)
    return current
  }

  /// Extends the graph to every statement, once, for what asks next.
  public mutating func updateDependencies() {
    graph.extend(with: statements)
  }
}
