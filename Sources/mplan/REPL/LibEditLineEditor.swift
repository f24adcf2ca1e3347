import CEditLine
import MPlanKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The terminal line editor: libedit (`histedit.h`) in emacs mode, with history, Tab
/// completion, Ctrl-R search and Ctrl-C that drops the line instead of ending the session.
///
/// libedit calls back into Swift through C function pointers that cannot capture anything, so
/// the editor passes itself as `EL_CLIENTDATA` and each callback fetches it from there; no
/// globals, which Swift 6 would reject anyway.
final class LibEditLineEditor: LineEditor {
  private let editLine: OpaquePointer
  private let historyList: OpaquePointer
  private var promptText: UnsafeMutablePointer<CChar>
  /// Set by the Ctrl-C binding while `el_gets` runs.
  private var wasInterrupted = false
  private var reportedWarnings = 0
  let historyFile: HistoryFile?
  var completer: Completer?

  /// Nil when libedit cannot take the terminal; the caller then reads lines plainly.
  /// `LibEditLineEditor.load()` must have succeeded first.
  init?(historyFile: HistoryFile?) {
    Self.chooseUTF8Locale()
    guard let editLine = mplan_el_init("mplan"), let historyList = mplan_history_init() else { return nil }
    self.editLine = editLine
    self.historyList = historyList
    self.historyFile = historyFile
    self.promptText = strdup("mplan> ")
    mplan_history_set_size(historyList, Int32(historyFile?.limit ?? HistoryFile.defaultLimit))
    mplan_history_set_unique(historyList, 1)
    mplan_el_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
    mplan_el_set_editor(editLine, "emacs")
    // Resizes and suspends are handled by libedit while it owns the terminal.
    mplan_el_set_signal(editLine, 1)
    mplan_el_set_history(editLine, historyList)
    mplan_el_set_prompt(editLine) { editLine in LibEditLineEditor.owner(of: editLine)?.promptText }
    // With ISIG off while editing, Ctrl-C arrives as a key we bind, not as a signal that
    // would end the process; evaluation runs in normal terminal mode, where Ctrl-C still stops
    // a runaway computation.
    mplan_el_setty(editLine, "-d", "-isig")
    mplan_el_add_function(editLine, "mplan-interrupt", Message("repl-key-interrupt").english) { editLine, _ in
      guard let editLine, let editor = LibEditLineEditor.owner(of: editLine) else { return UInt8(CC_ERROR) }
      editor.wasInterrupted = true
      _ = mplan_el_cursor(editLine, Int32.max / 2)
      return UInt8(CC_NEWLINE)
    }
    mplan_el_add_function(editLine, "mplan-complete", Message("repl-key-complete").english) { editLine, _ in
      guard let editLine, let editor = LibEditLineEditor.owner(of: editLine) else { return UInt8(CC_ERROR) }
      return editor.completeWord()
    }
    // With ISIG off, Ctrl-Z is a key too; sending the stop signal ourselves lets libedit's
    // handler put the terminal back first and redraw the line after `fg`.
    mplan_el_add_function(editLine, "mplan-suspend", Message("repl-key-suspend").english) { _, _ in
      kill(getpid(), SIGTSTP)
      // Running again after `fg`: draw the prompt and the line anew.
      return UInt8(CC_REDISPLAY)
    }
    mplan_el_bind(editLine, "^C", "mplan-interrupt")
    mplan_el_bind(editLine, "^Z", "mplan-suspend")
    mplan_el_bind(editLine, "^I", "mplan-complete")
    mplan_el_bind(editLine, "^R", "em-inc-search-prev")
    // ~/.editrc, for people who rebind keys everywhere libedit is used.
    mplan_el_source(editLine, nil)
    for entry in historyFile?.load() ?? [] { mplan_history_enter(historyList, entry) }
    reportHistoryProblems()
  }

  deinit {
    mplan_el_end(editLine)
    mplan_history_end(historyList)
    free(promptText)
  }

  func readLine(prompt: String) -> LineInput {
    if String(cString: promptText) != prompt {
      free(promptText)
      promptText = strdup(prompt)
    }
    wasInterrupted = false
    Self.stopLineBuffering()
    var count: Int32 = 0
    let line = mplan_el_gets(editLine, &count)
    if wasInterrupted {
      Terminal.write(all: "^C\n", to: STDOUT_FILENO)
      return .interrupted
    }
    guard let line else {
      if count < 0, errno == EINTR { return .interrupted }
      Terminal.write(all: "\n", to: STDOUT_FILENO)
      return .endOfInput
    }
    var text = String(cString: line)
    if text.hasSuffix("\n") { text.removeLast() }
    return .line(text)
  }

  func remember(_ line: String) {
    guard line.contains(where: { !$0.isWhitespace }) else { return }
    mplan_history_enter(historyList, line)
    historyFile?.append(line)
    reportHistoryProblems()
  }

  /// A history file that cannot be read or written is said once, and the session goes on.
  private func reportHistoryProblems() {
    guard let historyFile, historyFile.warnings.count > reportedWarnings else { return }
    for warning in historyFile.warnings[reportedWarnings...] {
      Terminal.writeError("warning: " + warning + "\n")
    }
    reportedWarnings = historyFile.warnings.count
  }

  /// Tab: one candidate is inserted, several are narrowed to what they share, or listed.
  private func completeWord() -> UInt8 {
    guard let completer, let info = mplan_el_line(editLine)?.pointee else { return UInt8(CC_ERROR) }
    let length = info.cursor - info.buffer
    let beforeCursor = info.buffer.withMemoryRebound(to: UInt8.self, capacity: length) {
      String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
    }
    let completion = completer.complete(before: beforeCursor)
    if completion.candidates.isEmpty { return UInt8(CC_REFRESH_BEEP) }
    let insertion = completion.insertion
    if !insertion.isEmpty {
      return mplan_el_insertstr(editLine, insertion) == 0 ? UInt8(CC_REFRESH) : UInt8(CC_ERROR)
    }
    Terminal.write(all: "\n" + Self.columns(completion.candidates) + "\n", to: STDOUT_FILENO)
    return UInt8(CC_REDISPLAY)
  }

  /// Candidates laid out in columns across the terminal's width, as shells list them.
  static func columns(_ words: [String]) -> String {
    var size = winsize()
    let width = ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : 80
    let cell = (words.map(\.count).max() ?? 0) + 2
    let perRow = max(1, width / cell)
    var rows: [String] = []
    var start = 0
    while start < words.count {
      let row = words[start..<min(start + perRow, words.count)]
      rows.append(row.map { $0 + String(repeating: " ", count: cell - $0.count) }.joined())
      start += perRow
    }
    return rows.map { String($0.reversed().drop { $0 == " " }.reversed()) }.joined(separator: "\n")
  }

  /// Debian's libedit draws the prompt first and switches the terminal to key-by-key mode
  /// only when it reads the first key. Keys typed in between (a paste, a fast typist, a test)
  /// met the line discipline instead: echoed twice, and Ctrl-C or Ctrl-D acted on by the
  /// kernel. Leaving canonical mode before `el_gets` closes that gap; libedit still sets its
  /// own modes and restores the user's settings when the line is done.
  static func stopLineBuffering() {
    var settings = termios()
    guard tcgetattr(STDIN_FILENO, &settings) == 0, settings.c_lflag & tcflag_t(ICANON) != 0 else { return }
    settings.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG | IEXTEN)
    withUnsafeMutableBytes(of: &settings.c_cc) { characters in
      characters[Int(VMIN)] = 1
      characters[Int(VTIME)] = 0
    }
    tcsetattr(STDIN_FILENO, TCSANOW, &settings)
  }

  /// The line editor for a person at a terminal: libedit, loaded first (saying why not when it
  /// cannot be); plain reads from a pipe or a dumb terminal, so they get no escapes. The REPL
  /// and the workshop both start here, so neither can reach libedit before it is loaded.
  static func atTerminal(history: HistoryFile?) -> any LineEditor {
    let dumbTerminal = ReplPaths.variable("TERM").map { $0 == "dumb" } ?? true
    guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0, !dumbTerminal else {
      return PlainLineEditor()
    }
    if let missing = load() {
      Terminal.writeError(missing.said + "\n")
      return PlainLineEditor()
    }
    return LibEditLineEditor(historyFile: history) ?? PlainLineEditor()
  }

  /// Loads libedit (only the interactive prompt needs it, so other commands start without
  /// its relocations): nil when it is ready, else the message saying why the REPL reads lines
  /// without it. `MPLAN_LIBEDIT` names another library file to load.
  static func load() -> Message? {
    guard let failure = mplan_editline_load(ReplPaths.variable("MPLAN_LIBEDIT")) else { return nil }
    return Message("repl-line-editor-missing", ["reason": .text(String(cString: failure))])
  }

  fileprivate static func owner(of editLine: OpaquePointer?) -> LibEditLineEditor? {
    guard let editLine, let data = mplan_el_get_clientdata(editLine) else { return nil }
    return Unmanaged<LibEditLineEditor>.fromOpaque(data).takeUnretainedValue()
  }

  /// libedit decodes keys with the C library's multibyte functions, so without a UTF-8
  /// `LC_CTYPE` Arabic, Persian and Russian input turns into garbage. The user's locale comes
  /// first; if it is not UTF-8 (often plain `C` in containers and CI), C.UTF-8 is used.
  static func chooseUTF8Locale() {
    setlocale(LC_CTYPE, "")
    if let codeset = nl_langinfo(nl_item(CODESET)), String(cString: codeset) == "UTF-8" { return }
    if setlocale(LC_CTYPE, "C.UTF-8") == nil { setlocale(LC_CTYPE, "en_US.UTF-8") }
  }
}
