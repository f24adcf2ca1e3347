import MPlanKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The read-evaluate-print loop: reads lines from a `LineEditor`, gathers an unfinished
/// statement across lines, runs `:commands`, and prints each result with its unit. Every input
/// is all or nothing (the session's promise); the loop remembers which inputs succeeded so
/// `:save` can write them as a script.
final class REPL {
  static let prompt = "mplan> "
  static let continuationPrompt = "  ...> "

  struct Settings {
    var color = false
    /// Scripts given with `-i`, loaded before the first prompt.
    var scripts: [String] = []
    /// The init file, unless `--no-init`.
    var initFile: String?
    /// Evaluations each input may make (`--steps`).
    var stepBudget = Session.Options().stepBudget
    /// `--lang` and the locale's language (docs/languages.md).
    var language: String?
    var localeLanguage: String?
  }

  let settings: Settings
  let editor: any LineEditor
  /// Replaced by `:reset` and `:reload`, so everything reaches it through this property.
  var session: Session
  var transcript = Transcript()
  /// Files loaded with `-i` or `:load`, in order, for `:reload`.
  var loadedFiles: [String] = []
  /// Every file the session read (the init file, scripts, what they and the prompt imported)
  /// as it was then: `:reload` reads them again only when one changed.
  var fileStamps: [String: FileStamp?] = [:]
  /// Any input that failed: piped runs then exit 65, like `mplan run`.
  var anyInputFailed = false
  var wantsToQuit = false

  init(editor: any LineEditor, settings: Settings) {
    self.editor = editor
    self.settings = settings
    self.session = Self.makeSession(settings)
    editor.completer = Completer(
      names: { [unowned self] in session.completionNames + session.environment.units.allNames },
      members: { [unowned self] in session.members(of: $0) },
      helpTopics: ReplHelp.topics)
  }

  static func makeSession(_ settings: Settings, output: @escaping (String) -> Void = Terminal.writeLine)
    -> Session
  {
    var options = Session.Options(interactive: true)
    options.stepBudget = settings.stepBudget
    options.language = settings.language
    options.localeLanguage = settings.localeLanguage
    options.shouldStop = Interruption.check
    return Session(options: options, sparklines: Terminal.sparklineGlyphs, output: output)
  }

  /// Loads the init file and `-i` scripts, then reads until end of input or `:quit`.
  func run() {
    // At a terminal only: through a pipe, Ctrl-C should still end the process.
    if !(editor is PlainLineEditor) {
      Interruption.install()
      Terminal.writeLine(Self.welcome)
    }
    startSession(files: settings.scripts)
    var pending = ""
    while !wantsToQuit {
      let prompt = session.activeScenario.map { "mplan[\($0)]> " } ?? Self.prompt
      switch editor.readLine(prompt: pending.isEmpty ? prompt : Self.continuationPrompt) {
      case .endOfInput:
        // A pipe that ends mid-statement still gets it evaluated (and its error reported).
        if !pending.isEmpty, editor is PlainLineEditor { evaluate(pending) }
        guard !pending.isEmpty, !(editor is PlainLineEditor) else { return }
        // At a terminal, Ctrl-D inside a block drops the block, says so, and stays: leaving
        // with half a funnel typed would lose it without a word.
        let lines = pending.split(separator: "\n", omittingEmptySubsequences: false).count
        let dropped = Message("repl-dropped-unfinished-input", ["lines": .count(lines)])
        Terminal.writeError("\n" + session.catalogue.render(dropped) + "\n")
        pending = ""
      case .interrupted:
        // The lines of a cancelled block are not kept in the history either.
        pending = ""
      case .line(let line):
        if pending.isEmpty {
          let trimmed = line.trimmingSpaces
          if trimmed.isEmpty { continue }
          if trimmed.hasPrefix(":") {
            editor.remember(line)
            runCommand(trimmed)
            continue
          }
        }
        pending += (pending.isEmpty ? "" : "\n") + line
        if Session.isComplete(pending) {
          // A block is one history entry: Up recalls all of its lines at once.
          editor.remember(pending)
          evaluate(pending)
          pending = ""
        }
      }
    }
  }

  /// The first line at a terminal: what this is, and how to get help and leave.
  static var welcome: String { Message("repl-welcome", ["version": .text(MPlan.version)]).said }

  /// A fresh session: the init file first, then the given scripts.
  func startSession(files: [String]) {
    session = Self.makeSession(settings)
    transcript = Transcript()
    loadedFiles = []
    fileStamps = [:]
    if let initFile = settings.initFile, Self.fileExists(initFile) { load(initFile, remember: false) }
    for file in files { load(file, remember: true) }
  }

  func evaluate(_ text: String) {
    // A pipe's bytes that are not UTF-8 arrive as U+FFFD: say so instead of evaluating a
    // line that is not what was sent.
    if text.unicodeScalars.contains("\u{FFFD}") {
      complain(Message("repl-input-not-utf8"))
      return
    }
    Interruption.reset()
    let letters = session.smartLines()
    let outcome = session.evaluate(text)
    report(outcome)
    guard !outcome.hasErrors else { return }
    reportGoalLetters(since: letters)
    // What the input made run again is saved after it, so the script recalculates as the
    // prompt did; the saved result is in mplan's own form, whoever reads the prompt.
    transcript.record(
      input: text, recalculated: outcome.recalculated, result: outcome.value.map(Session.display))
    stampFilesRead()
    if let value = outcome.value {
      Terminal.writeLine(session.echo(value, sparklines: Terminal.sparklineGlyphs))
    }
  }

  /// Runs a file as one input; `remember` puts it in the list `:reload` reruns.
  func load(_ path: String, remember: Bool) {
    let letters = session.smartLines()
    let outcome = loadAgain(path, remember: remember)
    report(outcome)
    // The init file is the user's own set-up, not a plan being written: no letters for it.
    if remember, !outcome.hasErrors { reportGoalLetters(since: letters) }
  }

  /// The SMART letters of each goal the input declared or changed (an action added can meet
  /// S), so a goal typed at the prompt gets its verdict without waiting for `:check`.
  func reportGoalLetters(since before: [(goal: String, declaredAt: String, letters: String)]) {
    var earlier: [String: (declaredAt: String, letters: String)] = [:]
    for line in before { earlier[line.goal] = (line.declaredAt, line.letters) }
    for line in session.smartLines() {
      if let was = earlier[line.goal], was.declaredAt == line.declaredAt, was.letters == line.letters {
        continue
      }
      let met = !line.letters.contains("✗") && !line.letters.contains("?")
      say(
        met
          ? Message("repl-goal-letters", ["goal": .text(line.goal), "letters": .text(line.letters)])
          : Message("repl-goal-letters-to-fix", ["goal": .text(line.goal), "letters": .text(line.letters)]))
    }
  }

  /// Runs a file as one input and gives what happened without reporting it (`:reload`
  /// reports a whole reload at once).
  func loadAgain(_ path: String, remember: Bool, resettingInterruption: Bool = true) -> Session.Outcome {
    if resettingInterruption { Interruption.reset() }
    // Stamped before reading: a save while it runs is then seen by the next `:reload`.
    let stamp = FileStamp.of(path)
    let outcome = session.load(path: path)
    // `:reload` reruns the scripts that loaded; one that failed would only fail again.
    if remember, !outcome.hasErrors { loadedFiles.append(path) }
    guard !outcome.hasErrors, let source = session.sources[path] else { return outcome }
    fileStamps[path] = stamp
    stampFilesRead()
    transcript.record(file: path, text: source.text)
    return outcome
  }

  /// Stamps the files imported since the last stamp, as they are now.
  func stampFilesRead() {
    for file in session.importedFiles where fileStamps[file] == nil { fileStamps[file] = FileStamp.of(file) }
  }

  func report(_ outcome: Session.Outcome) {
    Terminal.report(outcome.diagnostics, session: session, color: settings.color)
    if outcome.hasErrors { anyInputFailed = true }
  }

  /// A message of the REPL's own (not about the script), on standard error.
  /// A reply or an error said in the reader's language (`Session.catalogue`).
  func say(_ message: Message) { Terminal.writeLine(session.catalogue.render(message)) }
  func complain(_ message: Message) { complain(session.catalogue.render(message)) }

  func complain(_ message: String) {
    anyInputFailed = true
    let style = Terminal.styler(color: settings.color)
    let label = session.catalogue.render(Message("repl-error-label"))
    Terminal.writeError(style(label, .error) + ": " + message + "\n")
  }

  static func fileExists(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0
  }
}

extension String {
  var trimmingSpaces: String {
    String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
  }
}
