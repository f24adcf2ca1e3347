import MPlanSyntax

/// What one statement of the history defines and reads, worked out once, when the statement
/// joins the history: asking what a change reaches then compares short lists of names
/// instead of walking every expression tree again on every call (a table asked it once per
/// input, the prompt once per input typed).
public struct StatementDependencies: Sendable {
  /// What the statement's name is, when it defines one.
  public enum Kind: Sendable {
    case value, function, funnel, block, scenario, table, other
  }

  /// A part of a statement that a replay can work out alone: a plan block's field (with its
  /// `by`), or a funnel's stage, named by the stage its rate leads to.
  public struct Part: Sendable {
    public var name: String
    public var reads: [String]
    /// True when the part holds a draw site: its draws must come in the order of a whole run.
    public var draws: Bool
  }

  public var kind: Kind
  /// The name the statement defines (a `let`, `fn`, funnel, plan block, scenario or data
  /// table), if any.
  public var name: String?
  /// True when the name holds a value (a scenario's name does not).
  public var bindsValue: Bool
  /// Every name the statement's expressions mention, once each: a superset of what it reads
  /// (a function's parameters are included, which only makes a replay more cautious).
  public var reads: [String]
  /// The names it reads a member of (`marketing.available`): what can read a plan block's
  /// computed amounts, as a word such as `from marketing` cannot.
  public var membersRead: [String]
  /// A plan block's fields or a funnel's stages, each with what it reads; empty otherwise.
  public var parts: [Part]
  /// The scenario a scenario extends.
  public var extends: String?
  /// Where the statement draws random samples (see `DrawSite`).
  public var drawSites: [SourceSpan]

  /// True when the statement reads the name it defines: its earlier life (`let b = b * 2`).
  public var readsItsOwnName: Bool { name.map(reads.contains) ?? false }

  init(_ statement: Stmt) {
    var reading = Reading()
    statement.forEachExpression { reading.visit($0) }
    (reads, membersRead, drawSites) = (reading.names, reading.members, reading.drawSites)
    name = statement.definedName?.text
    bindsValue = statement.bindsValue
    parts = []
    extends = nil
    switch statement.kind {
    case .letBinding: kind = .value
    case .function: kind = .function
    case .tableBinding: kind = .table
    case .funnel(_, let stages):
      kind = .funnel
      parts = stages.map { Self.part($0.to.text, [$0.rate]) }
    case .declaration(let declaration):
      kind = .block
      parts = declaration.fields.map { Self.part($0.name.text, $0.values + ($0.by.map { [$0] } ?? [])) }
    case .scenario(_, let parent, _):
      kind = .scenario
      extends = parent?.text
    default: kind = .other
    }
  }

  private static func part(_ name: String, _ expressions: [Expr]) -> Part {
    var reading = Reading()
    expressions.forEach { reading.visit($0) }
    return Part(name: name, reads: reading.names, draws: !reading.drawSites.isEmpty)
  }

  /// True when running the statement consults the change filed under `key`: a `let` of that
  /// name, the funnel of that rate, the block of that field.
  public func consults(_ key: OverrideKey) -> Bool {
    switch key {
    case .binding(let bound): kind == .value && name == bound
    case .funnelRate(let funnel, _, _): kind == .funnel && name == funnel
    case .field(let block, _): kind == .block && name == block
    }
  }

  /// One walk over an expression tree: the names, the members' bases, the draw sites.
  private struct Reading {
    var names: [String] = []
    var members: [String] = []
    var drawSites: [SourceSpan] = []
    /// The names so far, hashed once there are many: a scan of a few is cheaper than hashing,
    /// but a sum of 10,000 names must not compare each with all before it.
    var seen: Set<String> = []

    mutating func visit(_ expression: Expr) {
      switch expression.kind {
      case .name(let name):
        if names.count < 16 {
          if !names.contains(name) { names.append(name) }
        } else {
          if seen.isEmpty { seen = Set(names) }
          if seen.insert(name).inserted { names.append(name) }
        }
      case .member(let base, _):
        if case .name(let name) = base.kind, !members.contains(name) { members.append(name) }
      default: break
      }
      if expression.isDrawSite { drawSites.append(expression.span) }
      expression.forEachPart { visit($0) }
    }
  }
}

/// A draw site: a place in the plan that draws random samples each time it runs. Each one
/// draws from a stream of its own (`Interpreter.drawStream`), keyed by what its statement
/// defines, its text and how often that text has drawn before in the statement, so a replay
/// that reruns only part of the plan draws what a whole run draws, except that it must rerun
/// a plan block or funnel holding one whole, in the order of a whole run. A draw site is an `a to b` or a call of a distribution (`normal(…)`, `beta(…)`…);
/// a new function that draws becomes one by being named in `Distributions.names`, and every
/// replay keeps its common random numbers with no other change.
extension Expr {
  public var isDrawSite: Bool {
    if case .uncertain = kind { return true }
    if case .call(let callee, _) = kind, case .name(let name) = callee.kind {
      return Distributions.names.contains(name)
    }
    return false
  }

  /// True when the expression holds a draw site.
  package var drawsSamples: Bool { isDrawSite || parts.contains(where: \.drawsSamples) }
}

/// The history's dependencies: for each statement, what it defines and reads, in the order
/// the statements joined the history (`History.dependencies`). `compare`, `solve`, `table`,
/// `tornado`, `:scenario`, `:reload`, `--watch` and recalculation at the prompt ask it what a
/// set of changes reruns.
public struct DependencyGraph: Sendable {
  public private(set) var statements: [StatementDependencies] = []
  /// The names of the plan blocks the history declares.
  public private(set) var blockNames: Set<String> = []
  /// The names of the scenarios the history defines: what reads one (`low.spend`) replays
  /// the plan, so every change reaches it.
  public private(set) var scenarioNames: Set<String> = []
  /// How many statements define each name: only a name defined more than once has an
  /// earlier life a later definition can read.
  private var definitions: [String: Int] = [:]

  public init() {}

  /// Appends the statements of `history` past those the graph already has.
  public mutating func extend(with history: [Stmt]) {
    guard statements.count < history.count else { return }
    for statement in history[statements.count...] { append(statement) }
  }

  public mutating func append(_ statement: Stmt) {
    let node = StatementDependencies(statement)
    if let name = node.name {
      definitions[name, default: 0] += 1
      if node.kind == .block { blockNames.insert(name) }
      if node.kind == .scenario { scenarioNames.insert(name) }
    }
    statements.append(node)
  }

  /// What a walk over the statements in order has reached so far: the names redefined, and
  /// whether a plan block changed (then whatever names a block may read what it computes).
  private struct Walk {
    let graph: DependencyGraph
    var changedNames: Set<String> = []
    var aBlockChanged = false

    func reaches(_ names: [String]) -> Bool {
      names.contains {
        changedNames.contains($0) || graph.scenarioNames.contains($0)
          || (aBlockChanged && graph.blockNames.contains($0))
      }
    }

    /// `reaches`, where a changed block reaches only a statement that reads a member of a
    /// block.
    func reaches(_ names: [String], blocksThrough members: [String]) -> Bool {
      names.contains { changedNames.contains($0) || graph.scenarioNames.contains($0) }
        || (aBlockChanged && members.contains(where: graph.blockNames.contains))
    }

    mutating func passed(_ node: StatementDependencies) {
      if let name = node.name { changedNames.insert(name) }
      if node.kind == .block { aBlockChanged = true }
    }
  }

  /// A statement a change reaches, and which of its parts: nil fields, every one.
  public struct Reached: Sendable {
    public var fields: [String]?
  }

  /// What a change to `keys` reaches, statement by statement: nil for a statement it does not
  /// reach; for one it does, the fields (of a funnel, the stages) it reaches — those that read
  /// a changed input or name, or a block once a block changed, or that the change itself is
  /// filed under — or nil fields for every one (any other statement, and a block or funnel
  /// holding a draw site). A statement is reached when it consults a changed input or names
  /// something a reached statement defined; a changed plan block can change what any block
  /// computes (`marketing.spent` sums its actions), so then whatever names a block is reached
  /// too; and what reads the plan under a scenario (`low.need.visit`) is reached by any change.
  public func reach(of keys: Set<OverrideKey>) -> [Reached?] {
    var walk = Walk(graph: self)
    return statements.map { node in
      guard keys.contains(where: node.consults) || walk.reaches(node.reads) else { return nil }
      defer { walk.passed(node) }
      switch node.kind {
      case .funnel:
        if node.parts.contains(where: \.draws) { return Reached(fields: nil) }
        return Reached(fields: node.parts.filter { walk.reaches($0.reads) }.map(\.name))
      case .block:
        if node.parts.contains(where: \.draws) { return Reached(fields: nil) }
        return Reached(
          fields: node.parts.filter {
            keys.contains(.field(block: node.name!, field: $0.name)) || walk.reaches($0.reads)
          }.map(\.name))
      default:
        return Reached(fields: nil)
      }
    }
  }

  /// The index of the first statement a change to `keys` reaches, or the count when none is.
  public func firstReached(by keys: Set<OverrideKey>) -> Int {
    reach(of: keys).firstIndex { $0 != nil } ?? statements.count
  }

  /// For each statement, whether what it defines is still in force: the last definition of a
  /// name, and each earlier one that the next reads (`let b = b * 28%` reads the `b` before
  /// it, so a change to what that one read reaches the last `b` through it).
  public func liveDefinitions() -> [Bool] {
    var live = [Bool](repeating: false, count: statements.count)
    var readByTheNext: Set<String> = []
    var seen: Set<String> = []
    for index in statements.indices.reversed() {
      guard let name = statements[index].name else { continue }
      guard !seen.contains(name) || readByTheNext.contains(name) else { continue }
      seen.insert(name)
      live[index] = true
      if definitions[name]! > 1, statements[index].readsItsOwnName {
        readByTheNext.insert(name)
      } else {
        readByTheNext.remove(name)
      }
    }
    return live
  }

  /// At the prompt, after an input changed what `change` says: the indices, among the first
  /// `boundary` statements, of the live definitions (`liveDefinitions`) that depend on it and
  /// run again, in order. A scenario that extends one typed again is itself reached.
  public func recalculation(after change: PromptChange, before boundary: Int) -> [Int] {
    let live = liveDefinitions()
    var walk = Walk(graph: self)
    walk.changedNames = change.names
    walk.aBlockChanged = change.aBlockChanged || !change.names.isDisjoint(with: blockNames)
    // Blocks only added change no block's fields, only what the plan computes from them (a
    // budget's amounts), which is read through a member: `from marketing` is not reached.
    let blocksOnlyAdded = change.aBlockChanged && change.names.isDisjoint(with: blockNames)
    var rerunNames: Set<String> = []
    var rerun: [Int] = []
    for index in 0..<min(boundary, statements.count) where live[index] {
      let node = statements[index]
      guard let name = node.name else { continue }
      let reached: Bool
      if node.kind == .scenario, let parent = node.extends {
        reached = walk.changedNames.contains(parent)
      } else {
        // Its own name means its earlier life (`let b = b * 2`): reached when that reran.
        let names = node.reads.filter { $0 != name }
        let reachedByNames =
          blocksOnlyAdded ? walk.reaches(names, blocksThrough: node.membersRead) : walk.reaches(names)
        reached =
          node.bindsValue
          && (change.aRateChanged || reachedByNames || (node.readsItsOwnName && rerunNames.contains(name)))
      }
      guard reached else { continue }
      rerun.append(index)
      rerunNames.insert(name)
      walk.passed(node)
    }
    return rerun
  }
}
