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
        "unknown command `:\(name)`" + (guess.map { "; did you mean `:\($0)`?" } ?? "")
          + " (:help lists the commands)")
      return
    }
    switch command {
    case .help: help(argument)
    case .vars: listVariables()
    case .show: show(argument)
    case .scenario: switchScenario(argument)
    case .load:
      guard !argument.isEmpty else { return complain("`:load` needs a file: :load plan.mplan") }
      load(Self.path(from: argument), remember: true)
    case .reload: reload()
    case .save: save(to: Self.path(from: argument), force: forced)
    case .export: export(argument, force: forced)
    case .reset:
      startSession(files: [])
      Terminal.writeLine("Session reset.")
    case .check:
      var check = session.checkPlan()
      if !argument.isEmpty {
        guard let limited = check.only(argument) else {
          return complain(
            "`:check` takes a group of the checklist, not `\(argument)` ("
              + PlanCheck.groupNames.joined(separator: ", ") + ")")
        }
        check = limited
      }
      Terminal.writeLine(ViewText().render(check.checklist().view(catalogue: session.catalogue)))
    case .quit:
      // `:q extra` is more likely a typo than a wish to leave.
      guard argument.isEmpty else { return complain("`:quit` takes nothing after it") }
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
    complain(
      "no help on `\(topic)`" + (guess.map { "; did you mean `:help \($0)`?" } ?? "")
        + " (topics: " + ReplHelp.topics.joined(separator: ", ") + ")")
  }

  func listVariables() {
    let bindings = session.userBindings
    let scenarios = session.scenarios
    if bindings.isEmpty, scenarios.isEmpty { return Terminal.writeLine("Nothing defined yet.") }
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
    guard !name.isEmpty else { return complain("`:show` needs a name: :show marketing") }
    if session.environment[name] == nil, let scenario = session.scenarios.first(where: { $0.name == name }) {
      Terminal.writeLine("scenario \(name): the plan with")
      for change in scenario.changes { Terminal.writeLine("  " + change) }
      return Terminal.writeLine(
        "read its values as `\(name).NAME`; `compare base, \(name) on …` side by side")
    }
    guard let value = session.environment[name] else {
      let guess = Session.closest(
        to: name, among: session.userBindings.map(\.name) + session.scenarios.map(\.name))
      return complain("nothing is called `\(name)`" + (guess.map { "; did you mean `\($0)`?" } ?? ""))
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
      return Terminal.writeLine(
        "working under " + (session.activeScenario.map { "scenario `\($0)`" } ?? "the plan as written (base)")
          + (names.isEmpty ? "; no scenarios yet" : "; scenarios: " + names.joined(separator: ", ")))
    }
    if let problem = session.activateScenario(name) { return complain(problem) }
    Terminal.writeLine(
      name == "base"
        ? "Back to the plan as written." : "Working under scenario `\(name)`: values show as it has them.")
  }

  /// `:export plan.html`, `:export ledger.csv --table pacing`: the plan so far, written the
  /// way `mplan export` writes it.
  func export(_ argument: String, force: Bool) {
    var words = argument.split(separator: " ").map(String.init)
    var table: String?
    if let index = words.firstIndex(of: "--table") {
      guard index + 1 < words.count else { return complain("`--table` needs a view: --table goals") }
      table = words[index + 1]
      words.removeSubrange(index...(index + 1))
    }
    let path = Self.path(from: words.joined(separator: " "))
    guard !path.isEmpty else {
      return complain("`:export` needs a file: :export plan.html (\(Session.exportFormatList))")
    }
    do {
      let format = try session.export(
        ExportRequest(path: path, table: table, force: force, forceAdvice: "`:export! \(path)`"))
      let what = table.map { "`\($0)`" } ?? "the plan"
      if path != "-" { Terminal.writeLine("Exported \(what) to \(path) (\(format)).") }
    } catch {
      Terminal.report([error], session: session, color: settings.color)
    }
  }

  /// Writes the session as a script with `SafeWrite` (whole or not at all; only regular
  /// files; links followed; permissions kept; a read-only file only when `force`), then
  /// checks the script runs as `mplan run` would from where it was saved. The check writes
  /// nothing: the script's `export`s are checked, not run.
  func save(to path: String, force: Bool = false) {
    guard !path.isEmpty else { return complain("`:save` needs a file: :save session.mplan") }
    let script = transcript.script(activeScenario: session.activeScenario)
    do {
      try SafeWrite.write(script, to: path, force: force, forceAdvice: "`:save! \(path)`")
    } catch {
      return complain(error.description)
    }
    Terminal.writeLine("Saved \(transcript.entries.count) inputs to \(path).")
    if let first = Session.errorsRunningAsScript(script, name: path).first {
      let style = Terminal.styler(color: settings.color)
      Terminal.writeError(
        style("warning", .warning) + ": `mplan run \(path)` will stop at line \(first.span.line): "
          + first.message + "\n")
    }
  }
}
