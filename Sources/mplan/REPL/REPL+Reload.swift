import MPlanKit

/// `:reload`: what `mplan run --watch` does for a file saved in another editor, at the prompt.
///
/// Nothing happens unless a file the session read (the init file, a loaded script, anything
/// imported) changed since it was read. Then the session is built again from its transcript,
/// in the order it was made: each file read anew, each input typed at the prompt applied again
/// after the files it followed, as a spreadsheet keeps the user's cells when its inputs
/// change. The result is the session `:save` would have written had the files read this way
/// all along. The change is all or nothing: a file that no longer runs leaves the session as
/// it was; an input typed at the prompt that no longer runs is dropped, and the reload says
/// which and why.
extension REPL {
  /// What the rebuilt session prints: held back until the reload succeeds, silent while the
  /// typed inputs run again (they printed the first time), then straight to the terminal.
  final class HeldOutput {
    var lines: [String] = []
    var muted = false
    var passesThrough = false

    func receive(_ line: String) {
      if passesThrough {
        Terminal.writeLine(line)
      } else if !muted {
        lines.append(line)
      }
    }
  }

  /// What reading the transcript again gave.
  enum Rebuild {
    case done(dropped: [(input: String, reason: Message)], warnings: [Diagnostic])
    /// A file no longer loads (its diagnostics are reported).
    case fileFailed(String)
    case interrupted
  }

  func reload() {
    guard !fileStamps.isEmpty else {
      return complain(Message("repl-nothing-to-reload"))
    }
    let changed = fileStamps.keys.filter { FileStamp.of($0) != fileStamps[$0] }.sorted()
    guard !changed.isEmpty else {
      let files = loadedFiles.isEmpty ? fileStamps.keys.sorted() : loadedFiles
      return say(Message("repl-reload-nothing-changed", ["files": .text(files.joined(separator: ", "))]))
    }
    let kept = (session: session, transcript: transcript, loadedFiles: loadedFiles, fileStamps: fileStamps)
    let before = session.snapshot
    let output = HeldOutput()
    session = Self.makeSession(settings, output: { output.receive($0) })
    // The scripts' exports are written once the whole reload stands, not file by file.
    session.exportsHeld = true
    (transcript, loadedFiles, fileStamps) = (Transcript(), [], [:])
    let rebuild = rebuild(from: kept.transcript, loadedFiles: kept.loadedFiles, output: output)
    guard case .done(let dropped, let warnings) = rebuild else {
      (session, transcript, loadedFiles, fileStamps) = kept
      if case .fileFailed(let path) = rebuild {
        return complain(Message("repl-reload-file-fails", ["path": .text(path)]))
      }
      return complain(Message("repl-reload-interrupted"))
    }
    for line in output.lines { Terminal.writeLine(line) }
    Terminal.report(warnings, session: session, color: settings.color)
    session.exportsHeld = false
    let exportFailures = session.writeHeldExports()
    if !exportFailures.isEmpty { anyInputFailed = true }
    Terminal.report(exportFailures, session: session, color: settings.color)
    output.passesThrough = true
    let applied = transcript.entries.count { if case .input = $0 { true } else { false } }
    let typed = applied + dropped.count
    let files = Message.Argument.text(changed.joined(separator: ", "))
    say(
      typed == 0
        ? Message("repl-reloaded", ["files": files])
        : dropped.isEmpty
          ? Message("repl-reloaded-applied-all", ["files": files, "typed": .count(typed)])
          : Message(
            "repl-reloaded-applied-some",
            ["files": files, "applied": .count(applied), "typed": .count(typed)]))
    let style = Terminal.styler(color: settings.color)
    for (input, reason) in dropped {
      Terminal.writeError(
        style("warning", .warning) + ": "
          + ReaderLanguage.catalogue.render(
            Message("repl-reload-dropped", ["input": .text(Self.oneLine(input)), "reason": .message(reason)]))
          + "\n")
    }
    restoreScenario(kept.session.activeScenario)
    Watch.report(from: before, to: session.snapshot, since: Message("repl-since-last-load"))
  }

  /// Runs the entries of `transcript` again in this (fresh) session: files read anew, typed
  /// inputs silently. Ctrl-C stops the whole reload rather than dropping an input for it.
  func rebuild(from transcript: Transcript, loadedFiles: [String], output: HeldOutput) -> Rebuild {
    var dropped: [(input: String, reason: Message)] = []
    var warnings: [Diagnostic] = []
    Interruption.reset()
    for entry in transcript.entries {
      switch entry {
      case .file(let path, _):
        // The init file may have been deleted since: a session without one starts fine.
        if path == settings.initFile, !Self.fileExists(path) { continue }
        let outcome = loadAgain(path, remember: loadedFiles.contains(path), resettingInterruption: false)
        if Interruption.check() { return .interrupted }
        guard !outcome.hasErrors else {
          Terminal.report(outcome.diagnostics, session: session, color: settings.color)
          return .fileFailed(path)
        }
        warnings += outcome.diagnostics
      case .input(let typed, _, _):
        output.muted = true
        defer { output.muted = false }
        let outcome = session.evaluate(typed)
        if Interruption.check() { return .interrupted }
        if let error = outcome.diagnostics.first(where: { $0.severity == .error }) {
          dropped.append((typed, error.content))
          continue
        }
        self.transcript.record(
          input: typed, recalculated: outcome.recalculated, result: outcome.value.map(Session.describe))
        stampFilesRead()
      }
    }
    return .done(dropped: dropped, warnings: warnings)
  }

  /// The scenario the prompt worked under stays active when it still exists and runs.
  private func restoreScenario(_ name: String?) {
    guard let name else { return }
    guard session.scenarios.contains(where: { $0.name == name }) else {
      return say(Message("repl-reload-scenario-gone", ["scenario": .text(name)]))
    }
    if let problem = session.activateScenario(name) {
      say(Message("repl-reload-scenario-fails", ["problem": .message(problem)]))
    }
  }

  /// An input's first line, marked as cut when it has more.
  static func oneLine(_ text: String) -> String {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: true)
    return (lines.first.map(String.init) ?? "") + (lines.count > 1 ? " …" : "")
  }
}
