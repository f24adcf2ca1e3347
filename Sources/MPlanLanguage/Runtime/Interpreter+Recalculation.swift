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
  /// the old one gave. Which ones is the dependency graph's answer
  /// (`DependencyGraph.recalculation`): only statements that still define their name are
  /// rerun; each joins the history again, so a later replay runs it after the change too. A
  /// scenario that extends one typed again is itself defined again, on the new one.
  public mutating func recalculate(_ change: PromptChange, before boundary: Int) -> (
    statements: [Stmt], diagnostics: [Diagnostic]
  ) {
    history.updateDependencies()
    let rerun = history.dependencies.recalculation(after: change, before: boundary).map { history[$0] }
    guard !rerun.isEmpty else { return ([], []) }
    return (rerun, run(rerun))
  }
}
