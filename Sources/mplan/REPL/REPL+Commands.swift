import MPlanKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The `:commands`. Each works the same at a terminal and from a pipe.
extension REPL {
  func runCommand(_ line: String) {
    let words = line.dropFirst().split(separator: " ", maxSplits: 1)
    var name = words.first.map(String.init) ?? ""
    // `:save! FILE` replaces a read-only file, as `:w!` does in vi; `:export! FILE` replaces a
    // file mplan did not write.
    let forced = name == "save!" || name == "export!"
    if forced { name.removeLast() }
    let argument = words.count > 1 ? String(words[1]).trimmingSpaces : ""
    guard let command = ReplCommandName(rawValue: name) ?? ReplCommandName.aliases[name] else {
      let guess = Session.closest(to: name, among: ReplCommandName.allCases.map(\.rawValue))
      complain(
        guess.map {
          Message("repl-unknown-command-did-you-mean", ["command": .text(name), "guess": .text($0)])
        }
          ?? Message("repl-unknown-command", ["command": .text(name)]))
      return
    }
    switch command {
    case .help: help(argument)
    case .vars: listVariables()
    case .show: show(argument)
    case .scenario: switchScenario(argument)
    case .load:
      guard !argument.isEmpty else { return complain(Message("repl-load-needs-file")) }
      load(Self.path(from: argument), remember: true)
    case .reload: reload()
    case .save: save(to: Self.path(from: argument), force: forced)
    case .export: export(argument, force: forced)
    case .reset:
      startSession(files: [])
      say(Message("repl-session-reset"))
    case .check:
      var check = session.checkPlan()
      if !argument.isEmpty {
        guard let limited = check.only(argument) else {
          return complain(
            Message(
              "repl-check-unknown-group",
              ["group": .text(argument), "groups": .text(PlanCheck.groupNames.joined(separator: ", "))]))
        }
        check = limited
      }
      Terminal.writeLine(session.viewText().render(check.checklist().view(catalogue: session.catalogue)))
    case .workshop:
      // The guided exercise in the session's language; its answers are not remembered as input.
      let catalogue = session.catalogue
      _ = WorkshopDialogue(
        catalogue: catalogue, read: { [editor] in editor.readLine(prompt: "> ") },
        say: { Terminal.writeLine($0) }
      ).run(
        WorkshopCommand.today(catalogue.language),
        file: argument.isEmpty ? "goal.mplan" : Self.path(from: argument))
    case .quit:
      // `:q extra` is more likely a typo than a wish to leave.
      guard argument.isEmpty else { return complain(Message("repl-quit-takes-nothing")) }
      wantsToQuit = true
    }
  }

  /// A path as typed: surrounding quotes dropped (for names with spaces) and `~/` expanded,
  /// as Tab completion offers them.
  static func path(from argument: String) -> String {
    var path = argument
    if path.count >= 2, let first = path.first, first == "\"" || first == "'", path.last == first {
      path = String(path.dropFirst().dropLast())
    }
    if path.hasPrefix("~/"), let home = ReplPaths.variable("HOME") { path = home + path.dropFirst() }
    return path
  }

  func help(_ topic: String) {
    if topic.isEmpty { return Terminal.writeLine(ReplHelp.overview(in: session.catalogue)) }
    if let text = ReplHelp.text(for: topic, in: session.catalogue) { return Terminal.writeLine(text) }
    let guess = Session.closest(to: topic, among: ReplHelp.topics)
    let topics = Message.Argument.text(ReplHelp.topics.joined(separator: ", "))
    complain(
      guess.map {
        Message("repl-no-help-did-you-mean", ["topic": .text(topic), "guess": .text($0), "topics": topics])
      }
        ?? Message("repl-no-help", ["topic": .text(topic), "topics": topics]))
  }

  func listVariables() {
    let bindings = session.userBindings
    let scenarios = session.scenarios
    if bindings.isEmpty, scenarios.isEmpty { return say(Message("repl-nothing-defined")) }
    let width = bindings.map(\.name.count).max() ?? 0
    for binding in bindings {
      let padding = String(repeating: " ", count: width - binding.name.count)
      Terminal.writeLine(binding.name + padding + " = " + Session.describe(binding.value))
    }
    for scenario in scenarios {
      Terminal.writeLine("scenario \(scenario.name) { \(scenario.changes.joined(separator: "; ")) }")
    }
  }

  /// Plan items, funnels and data tables print as tables through the language's `show`;
  /// other values plainly.
  func show(_ name: String) {
    guard !name.isEmpty else { return complain(Message("repl-show-needs-name")) }
    if session.environment[name] == nil, let scenario = session.scenarios.first(where: { $0.name == name }) {
      say(Message("repl-scenario-changes", ["scenario": .text(name)]))
      for change in scenario.changes { Terminal.writeLine("  " + change) }
      return say(Message("repl-scenario-read-values", ["scenario": .text(name)]))
    }
    guard let value = session.environment[name] else {
      let guess = Session.closest(
        to: name, among: session.userBindings.map(\.name) + session.scenarios.map(\.name))
      return complain(
        guess.map { Message("repl-unknown-name-did-you-mean", ["name": .text(name), "guess": .text($0)]) }
          ?? Message("repl-unknown-name", ["name": .text(name)]))
    }
    switch value {
    case .declaration, .funnel, .table:
      let outcome = session.evaluate("show " + name)
      report(outcome)
    default:
      Terminal.writeLine(name + " = " + Session.describe(value))
    }
  }

  /// `:scenario low`: what follows runs and shows under `low`; `:scenario base` goes back.
  func switchScenario(_ name: String) {
    guard !name.isEmpty else {
      let names = session.scenarios.map(\.name)
      let under =
        session.activeScenario.map { Message("repl-under-scenario", ["scenario": .text($0)]) }
        ?? Message("repl-under-base")
      return say(
        names.isEmpty
          ? Message("repl-working-under-no-scenarios", ["under": .message(under)])
          : Message(
            "repl-working-under",
            ["under": .message(under), "scenarios": .text(names.joined(separator: ", "))]))
    }
    if let problem = session.activateScenario(name) { return complain(problem) }
    say(
      name == "base"
        ? Message("repl-back-to-base") : Message("repl-now-under-scenario", ["scenario": .text(name)]))
  }

  /// `:export plan.html`, `:export ledger.csv --table pacing`: the plan so far, written the
  /// way `mplan export` writes it.
  func export(_ argument: String, force: Bool) {
    var words = argument.split(separator: " ").map(String.init)
    var table: String?
    if let index = words.firstIndex(of: "--table") {
      guard index + 1 < words.count else { return complain(Message("repl-table-needs-view")) }
      table = words[index + 1]
      words.removeSubrange(index...(index + 1))
    }
    let path = Self.path(from: words.joined(separator: " "))
    guard !path.isEmpty else {
      return complain(Message("repl-export-needs-file", ["formats": .message(Session.exportFormatList)]))
    }
    do {
      let format = try session.export(
        ExportRequest(path: path, table: table, force: force, forceAdvice: "`:export! \(path)`"))
      if path != "-" {
        say(
          table.map {
            Message(
              "repl-exported-table", ["table": .text($0), "path": .text(path), "format": .text(format)])
          } ?? Message("repl-exported-plan", ["path": .text(path), "format": .text(format)]))
      }
    } catch {
      Terminal.report([error], session: session, color: settings.color)
    }
  }

  /// Writes the session as a script with `SafeWrite` (whole or not at all; only regular
  /// files; links followed; permissions kept; a read-only file only when `force`), then
  /// checks the script runs as `mplan run` would from where it was saved. The check writes
  /// nothing: the script's `export`s are checked, not run.
  func save(to path: String, force: Bool = false) {
    guard !path.isEmpty else { return complain(Message("repl-save-needs-file")) }
    let script = transcript.script(activeScenario: session.activeScenario)
    do {
      try SafeWrite.write(script, to: path, force: force, forceAdvice: "`:save! \(path)`")
    } catch {
      return complain(error.description)
    }
    say(Message("repl-saved", ["count": .count(transcript.entries.count), "path": .text(path)]))
    if let first = Session.errorsRunningAsScript(script, name: path).first {
      let style = Terminal.styler(color: settings.color)
      Terminal.writeError(
        style("warning", .warning) + ": "
          + ReaderLanguage.catalogue.render(
            Message(
              "repl-saved-script-stops",
              ["path": .text(path), "line": .count(first.span.line), "error": .message(first.content)]))
          + "\n")
    }
  }
}
