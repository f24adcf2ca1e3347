import MPlanSyntax

/// What an input at the prompt changed that earlier statements may have read: names defined
/// again (values, functions, funnels, blocks, scenarios), whether a plan block was declared or
/// typed again (a budget's amounts sum its actions), and whether a currency's rate was stated
/// again (then any amount of money may have changed).
public struct PromptChange: Sendable {
  public var names: Set<String> = []
  public var aBlockChanged = false
  public var aRateChanged = false

  public init(names: Set<String> = [], aBlockChanged: Bool = false, aRateChanged: Bool = false) {
    (self.names, self.aBlockChanged, self.aRateChanged) = (names, aBlockChanged, aRateChanged)
  }

  public var isEmpty: Bool { names.isEmpty && !aBlockChanged && !aRateChanged }
}

extension Interpreter {
  /// At the prompt, after an input changed what `change` says: the statements that ran before
  /// it (the first `boundary` of the history) and depend on it run again, in order, the way a
  /// spreadsheet recalculates, so `need` follows a funnel typed anew instead of keeping what
  /// the old one gave. Only statements that still define their name (`liveDefinitions`) are
  /// rerun; each joins
  /// the history again, so a later replay runs it after the change too. A scenario that
  /// extends one typed again is itself defined again, on the new one.
  public mutating func recalculate(_ change: PromptChange, before boundary: Int) -> (
    statements: [Stmt], diagnostics: [Diagnostic]
  ) {
    let live = Self.liveDefinitions(in: history)
    var reach = Reach(
      blockNames: Set(environment.blocks.map(\.name)), scenarios: Set(environment.scenarios.keys))
    reach.changedNames = change.names
    reach.aBlockChanged = change.aBlockChanged || !change.names.isDisjoint(with: reach.blockNames)
    // Blocks only added change no block's fields, only what the plan computes from them (a
    // budget's amounts), which is read through a member: `from marketing` is not reached.
    let blocksOnlyAdded = change.aBlockChanged && change.names.isDisjoint(with: reach.blockNames)
    var rerunNames: Set<String> = []
    var rerun: [Stmt] = []
    for (index, statement) in history[..<boundary].enumerated() where live[index] {
      guard let name = statement.definedName?.text else { continue }
      let reached: Bool
      if case .scenario(_, let parent?, _) = statement.kind {
        reached = reach.changedNames.contains(parent.text)
      } else {
        // Its own name means its earlier life (`let b = b * 2`): reached when that reran.
        var names = statement.namesRead
        let readsItself = names.remove(name) != nil
        let reachedByNames =
          blocksOnlyAdded
          ? reach.reaches(names, blocksThrough: statement.membersRead) : reach.reaches(names)
        reached =
          statement.bindsValue
          && (change.aRateChanged || reachedByNames || (readsItself && rerunNames.contains(name)))
      }
      guard reached else { continue }
      rerun.append(statement)
      rerunNames.insert(name)
      reach.passed(statement)
    }
    guard !rerun.isEmpty else { return ([], []) }
    return (rerun, run(rerun))
  }
}

extension Interpreter {
  /// For each statement of `history`, whether what it defines is still in force: the last
  /// definition of a name, and each earlier one that the next reads (`let b = b * 28%` reads
  /// the `b` before it, so a change to what that one read reaches the last `b` through it).
  package static func liveDefinitions(in history: [Stmt]) -> [Bool] {
    var live = [Bool](repeating: false, count: history.count)
    var definitions: [String: Int] = [:]
    for statement in history {
      if let name = statement.definedName?.text { definitions[name, default: 0] += 1 }
    }
    var readByTheNext: Set<String> = []
    var seen: Set<String> = []
    for index in history.indices.reversed() {
      guard let name = history[index].definedName?.text else { continue }
      guard !seen.contains(name) || readByTheNext.contains(name) else { continue }
      seen.insert(name)
      live[index] = true
      // Only a name defined more than once has an earlier life to read.
      if definitions[name]! > 1, history[index].namesRead.contains(name) {
        readByTheNext.insert(name)
      } else {
        readByTheNext.remove(name)
      }
    }
    return live
  }
}
