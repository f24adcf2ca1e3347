import MPlanKit

/// The `:commands` and what `:help` says about them and about the keys.
enum ReplCommandName: String, CaseIterable {
  case help, vars, show, scenario, load, reload, save, export, reset, check, quit

  /// Other spellings people type out of habit from other REPLs.
  static let aliases: [String: ReplCommandName] = ["q": .quit, "exit": .quit, "h": .help, "?": .help]

  static var allNames: [String] { allCases.map { ":" + $0.rawValue } }

  var usage: String {
    switch self {
    case .help: ":help [topic]     this help, or help on a command or topic (goal, smart, budget…)"
    case .vars: ":vars             the names you have defined and their values"
    case .show: ":show NAME        a name's value, or a plan item as a table"
    case .scenario: ":scenario NAME    work under a scenario (the prompt shows it); :scenario base goes back"
    case .load: ":load FILE        run a script in this session (all of it, or none if it fails)"
    case .reload:
      ":reload           read loaded files again if one changed, keep what you typed, list what changed"
    case .save:
      ":save FILE        write this session as a script that `mplan run FILE` reproduces (:save! FILE replaces a read-only file)"
    case .export:
      ":export FILE       export the plan: \(Session.exportFormatList) (--table VIEW); :export! replaces"
    case .reset: ":reset            forget everything defined so far (the init file runs again)"
    case .check:
      ":check [smart]    check the plan so far: goals, funnel, budget, actions, reports (smart: only the goals' letters)"
    case .quit: ":quit             leave (Ctrl-D on an empty line does too)"
    }
  }

  /// More than a line, for `:help COMMAND`.
  var details: String? {
    switch self {
    case .reload:
      """
      When a file the session read (the init file, a script loaded with -i or :load, anything
      they or you imported) changed since it was read, :reload reads the files again and
      applies what you typed at the prompt again, after the files it followed, as a
      spreadsheet keeps your cells when its inputs change. Then it lists what changed:
        need.visit 13,334 visits → 20,000 visits (+49.99%)
      An input that no longer runs is dropped, with a warning that says why. A file that no
      longer loads (an error, or deleted) leaves the session as it was. The scenario you work
      under stays active if it still exists. With no file changed, nothing happens.
      """
    default: nil
    }
  }
}

enum ReplHelp {
  static let topics = ReplCommandName.allCases.map(\.rawValue) + ["keys", "units", "files"] + languageTopics

  static var overview: String {
    """
    Type a statement or an expression; results print with their units and `_` holds the last.
    A line that is clearly unfinished (open bracket, trailing operator) asks for more with `...>`.
    A line with an error changes nothing.

    \(ReplCommandName.allCases.map { "  " + $0.usage }.joined(separator: "\n"))

    The language: :help goal, smart, funnel, budget, scenario, compare, solve, table, tornado, units, ranges
    More: :help keys, :help files
    """
  }

  static func text(for topic: String) -> String? {
    if let code = codeText(for: topic) { return code }
    // Topics in any case: `:help SMART` is `:help smart`.
    let name = (topic.hasPrefix(":") ? String(topic.dropFirst()) : topic).lowercased()
    let command = ReplCommandName(rawValue: name) ?? ReplCommandName.aliases[name]
    // `:help scenario` is the language's scenarios and the `:scenario` command; `:help :scenario`
    // only the command.
    if let text = languageText(for: name), !topic.hasPrefix(":") {
      return text + (command.map { "\n" + $0.usage } ?? "")
    }
    if let command { return command.usage + (command.details.map { "\n\n" + $0 } ?? "") }
    switch name {
    case "keys":
      return """
        Tab        complete a name, keyword, member after `.`, :command, or a path after :load/import
        Up/Down    earlier and later lines;  Ctrl-R  search them
        Ctrl-C     drop the line (or the unfinished block) being typed; the session goes on
        Ctrl-D     leave, on an empty line; inside an unfinished block, drop the block
        Keys can be rebound in ~/.editrc (libedit's `bind`).
        """
    case "units":
      return """
        Money: $24k, 24k USD, €5,000, 1.2M EUR, $1.8m, 1.8 million   Percent: 2%, ٢٠٪
        Counts: 10 customer, 200 mql; `unit workshop, workshops` declares one (and its plural)
        Rates: $1.20 per visit, $0.80/visit, $5 per 1,000 impressions, 500 mql per month
        Dates: 2027-12-31, 2027-W05, 2027-03, 2027-Q2   Durations: 90 days, 6 weeks, 3 months
        (days and weeks count days, months count calendar months: 2027-01-31 + 1 month is 02-28)
        `x as unit` converts; adding money to visits is an error; grow by 15% with `* 115%`.
        """
    case "files":
      return """
        History:   $XDG_STATE_HOME/mplan/history (else ~/.mplan_history), newest 1000 lines
        Init file: $XDG_CONFIG_HOME/mplan/init.mplan (else ~/.config/mplan/init.mplan);
                   skip it with `mplan --no-init`
        `mplan -i plan.mplan` loads a script, then stays at the prompt.
        """
    default:
      return nil
    }
  }

  /// `:help SMART-M`, `:help e0301`: what a diagnostic's code means, with the example
  /// docs/diagnostics.md gives (embedded by scripts/embed-diagnostics).
  static func codeText(for topic: String) -> String? {
    let code = topic.uppercased()
    for row in DiagnosticHelp.rows.split(separator: "\n") {
      let cells = row.split(separator: "|", omittingEmptySubsequences: false).map {
        String($0).trimmingSpaces
      }
      guard cells.count >= 3, cells[1] == "`\(code)`" else { continue }
      var text = "\(code): \(cells[2])"
      if cells.count >= 4, !cells[3].isEmpty { text += "\n  for example: \(cells[3])" }
      if code.hasPrefix("SMART-") || code.hasPrefix("PLAN-") {
        text += "\n  `:help smart` has the letters; docs/planning.md gives each rule with its threshold."
      }
      return text
    }
    return nil
  }
}
