import MPlanKit

/// `:help` on the language itself, not only the commands: what a marketer at the prompt needs
/// to write a goal, a funnel, a budget or a scenario without leaving for the docs. Each topic
/// (`repl-help-topic-…` in messages/*.ftl) is a short example that runs as written, then the
/// rules that matter at the prompt.
extension ReplHelp {
  static let languageTopics = [
    "goal", "smart", "funnel", "budget", "scenario", "compare", "solve", "table", "tornado", "ranges",
  ]

  /// The topic's text, under its name or another a reader might type (`goals`, `goal seek`).
  static func languageMessage(for topic: String) -> Message? {
    switch topic {
    case "goal", "goals": Message("repl-help-topic-goal")
    case "smart": Message("repl-help-topic-smart")
    case "funnel", "funnels": Message("repl-help-topic-funnel")
    case "budget", "budgets": Message("repl-help-topic-budget")
    case "scenario", "scenarios": Message("repl-help-topic-scenario")
    case "compare": Message("repl-help-topic-compare")
    case "solve", "goal seek": Message("repl-help-topic-solve")
    case "table", "tables", "data table": Message("repl-help-topic-table")
    case "tornado", "sensitivity": Message("repl-help-topic-tornado")
    case "ranges", "range", "uncertain": Message("repl-help-topic-ranges")
    default: nil
    }
  }
}
