import MPlanKit

/// The `:commands` and what `:help` says about them and about the keys. The words are the
/// catalogue's (`repl-help-…` in messages/*.ftl); this file only chooses which to show.
enum ReplCommandName: String, CaseIterable {
  case help, vars, show, scenario, load, reload, save, export, reset, check, workshop, quit

  /// Other spellings people type out of habit from other REPLs.
  static let aliases: [String: ReplCommandName] = ["q": .quit, "exit": .quit, "h": .help, "?": .help]

  static var allNames: [String] { allCases.map { ":" + $0.rawValue } }

  /// The command's line in `:help`: its form and what it does.
  var usage: Message {
    switch self {
    case .help: Message("repl-help-command-help")
    case .vars: Message("repl-help-command-vars")
    case .show: Message("repl-help-command-show")
    case .scenario: Message("repl-help-command-scenario")
    case .load: Message("repl-help-command-load")
    case .reload: Message("repl-help-command-reload")
    case .save: Message("repl-help-command-save")
    case .export: Message("repl-help-command-export", ["formats": .message(Session.exportFormatList)])
    case .reset: Message("repl-help-command-reset")
    case .check: Message("repl-help-command-check")
    case .workshop: Message("repl-help-command-workshop")
    case .quit: Message("repl-help-command-quit")
    }
  }

  /// More than a line, for `:help COMMAND`.
  var details: Message? {
    switch self {
    case .reload: Message("repl-help-command-reload-details")
    default: nil
    }
  }
}

enum ReplHelp {
  static let topics = ReplCommandName.allCases.map(\.rawValue) + ["keys", "units", "files"] + languageTopics

  /// `catalogue` is the reader's (`Session.catalogue`: `--lang`, the plan's, the locale's).
  static func overview(in catalogue: Catalogue) -> String {
    let commands = ReplCommandName.allCases.map { "  " + catalogue.render($0.usage) }.joined(separator: "\n")
    return catalogue.render(Message("repl-help-overview", ["commands": .text(commands)]))
  }

  static func text(for topic: String, in catalogue: Catalogue) -> String? {
    if let code = codeText(for: topic, in: catalogue) { return code }
    // Topics in any case: `:help SMART` is `:help smart`.
    let name = (topic.hasPrefix(":") ? String(topic.dropFirst()) : topic).lowercased()
    let command = ReplCommandName(rawValue: name) ?? ReplCommandName.aliases[name]
    // `:help scenario` is the language's scenarios and the `:scenario` command; `:help :scenario`
    // only the command.
    if let message = languageMessage(for: name), !topic.hasPrefix(":") {
      return catalogue.render(message) + (command.map { "\n" + catalogue.render($0.usage) } ?? "")
    }
    if let command {
      return catalogue.render(command.usage) + (command.details.map { "\n\n" + catalogue.render($0) } ?? "")
    }
    let message: Message? =
      switch name {
      case "keys": Message("repl-help-topic-keys")
      case "units": Message("repl-help-topic-units")
      case "files": Message("repl-help-topic-files")
      default: nil
      }
    return message.map(catalogue.render)
  }

  /// `:help SMART-M`, `:help e0301`: what a diagnostic's code means, with the example
  /// docs/diagnostics.md gives (embedded by scripts/embed-diagnostics).
  static func codeText(for topic: String, in catalogue: Catalogue) -> String? {
    let code = topic.uppercased()
    for row in DiagnosticHelp.rows.split(separator: "\n") {
      let cells = row.split(separator: "|", omittingEmptySubsequences: false).map {
        String($0).trimmingSpaces
      }
      guard cells.count >= 3, cells[1] == "`\(code)`" else { continue }
      var text = catalogue.render(
        Message("repl-help-code", ["code": .text(code), "meaning": .text(cells[2])]))
      if cells.count >= 4, !cells[3].isEmpty {
        text += "\n  " + catalogue.render(Message("repl-help-code-example", ["example": .text(cells[3])]))
      }
      if code.hasPrefix("SMART-") || code.hasPrefix("PLAN-") {
        text += "\n  " + catalogue.render(Message("repl-help-code-planning"))
      }
      return text
    }
    return nil
  }
}
