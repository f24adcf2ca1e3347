import MPlanKit
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where text goes and how it looks: results on standard output, diagnostics on standard
/// error, colour only when asked for or when standard error is a terminal and NO_COLOR is
/// unset.
enum Terminal {
  static func useColor(_ choice: ColorChoice) -> Bool {
    switch choice {
    case .always: return true
    case .never: return false
    case .auto:
      if let noColor = getenv("NO_COLOR"), noColor.pointee != 0 { return false }
      if let term = getenv("TERM"), String(cString: term) == "dumb" { return false }
      return isatty(STDERR_FILENO) != 0
    }
  }

  /// A sparkline after each printed uncertain value, only when standard output is a terminal
  /// (piped output and files stay plain); ASCII where the terminal cannot show block
  /// characters (`TERM=dumb`, a locale that is not UTF-8).
  static var sparklineGlyphs: Sparkline.Glyphs? {
    guard isatty(STDOUT_FILENO) != 0 else { return nil }
    if let term = getenv("TERM"), String(cString: term) == "dumb" { return .ascii }
    var locale = ""
    for name in ["LC_ALL", "LC_CTYPE", "LANG"] where locale.isEmpty {
      if let value = getenv(name) { locale = String(cString: value).uppercased() }
    }
    return locale.contains("UTF-8") || locale.contains("UTF8") ? .blocks : .ascii
  }

  static func styler(color: Bool) -> DiagnosticRenderer.Styler {
    guard color else { return { text, _ in text } }
    return { text, role in
      switch role {
      case .error: ANSIStyle.boldRed.apply(to: text)
      case .warning: ANSIStyle.boldYellow.apply(to: text)
      case .note: ANSIStyle.boldCyan.apply(to: text)
      case .help: ANSIStyle.boldGreen.apply(to: text)
      case .location: ANSIStyle.bold.apply(to: text)
      case .gutter: ANSIStyle.blue.apply(to: text)
      case .primaryMarker: ANSIStyle.boldRed.apply(to: text)
      case .secondaryMarker: ANSIStyle.boldBlue.apply(to: text)
      }
    }
  }

  /// Unbuffered writes, so results and diagnostics keep their order when both go to one pipe.
  static func writeError(_ text: String) {
    write(all: forDisplay(text), to: STDERR_FILENO)
  }

  static func writeLine(_ text: String) {
    write(all: forDisplay(text) + "\n", to: STDOUT_FILENO)
  }

  /// Set once the command line is read (`--bidi`): isolate right-to-left text in every line
  /// written, for a terminal with bidi support (docs/languages.md).
  static let bidi = Mutex<Bidi.Style?>(nil)

  /// Each line with its right-to-left text isolated (`Bidi.isolatingLine`) when asked for; a
  /// line already isolated where it was made (a diagnostic's source line) is kept.
  static func forDisplay(_ text: String) -> String {
    guard let style = bidi.withLock({ $0 }), Bidi.containsRightToLeft(text) else { return text }
    return text.split(separator: "\n", omittingEmptySubsequences: false).map {
      Bidi.isolatingLine(String($0), style: style)
    }.joined(separator: "\n")
  }

  /// Writes every byte; a failed write to standard output is remembered, so the process
  /// cannot end as a success with its results lost (see `exit`).
  static func write(all text: String, to descriptor: Int32) {
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeMutableBytes { buffer in
        Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
      }
      if written < 0, errno == EINTR { continue }
      guard written > 0 else {
        if descriptor == STDOUT_FILENO { noteOutputFailure(errno: written < 0 ? errno : EIO) }
        return
      }
      offset += written
    }
  }

  /// The first error a write to standard output met (0: none). Every result mplan prints goes
  /// through `write(all:to:)`, so this one flag covers every command.
  private static let outputFailure = Atomic<Int32>(0)

  /// Records that standard output lost text (the export to `-` writes on its own and says so).
  static func noteOutputFailure(errno code: Int32) {
    _ = outputFailure.compareExchange(expected: 0, desired: code, ordering: .relaxed)
  }

  /// Runs a script the command line names (`-` is standard input); nil, with the reason
  /// reported, when standard input cannot be read.
  static func runScript(_ file: String, in session: Session, color: Bool) -> Session.Outcome? {
    do {
      return try session.runScript(file)
    } catch {
      report([error], session: session, color: color)
      return nil
    }
  }

  /// Renders a session's diagnostics to standard error, errors and warnings alike.
  static func report(_ diagnostics: [Diagnostic], session: Session, color: Bool) {
    guard !diagnostics.isEmpty else { return }
    let renderer = session.renderer(style: styler(color: color))
    writeError(renderer.renderReport(diagnostics))
    let errors = diagnostics.reduce(0) { $0 + $1.errorCount }
    let warnings = diagnostics.count { $0.severity == .warning }
    // The count covers everything printed above it, warnings too ("6 errors, 17 warnings"),
    // and closes a single one as well ("1 error"), so every run ends the same way.
    guard errors + warnings > 0 else { return }
    var counts: [Message] = []
    if errors > 0 { counts.append(.errors(errors)) }
    if warnings > 0 { counts.append(.warnings(warnings)) }
    let role: DiagnosticRenderer.Role = errors > 0 ? .error : .warning
    let text = Message.list(counts).map(session.catalogue.render) ?? ""
    writeError("\n" + styler(color: color)(text, role) + "\n")
  }
}

extension Terminal {
  /// Ends the process (inside a ParsableCommand, `exit` names ArgumentParser's). A run that
  /// would succeed but could not write its results to standard output (a full disk, a closed
  /// pipe) says so and ends with 74 (EX_IOERR): `mplan fmt - < a > b && mv b a` must not
  /// replace a plan with nothing. So does a run whose answer was 1 ("something to fix": `fmt
  /// --check`'s list, `check`'s findings), since that answer is what could not be written;
  /// a status that reports a failure of its own (64–73) is kept.
  static func exit(_ status: Int32) -> Never {
    let failure = outputFailure.load(ordering: .relaxed)
    guard failure != 0 else { Glibc.exit(status) }
    writeError(
      Message("cli-output-failed", ["reason": .text(String(cString: strerror(failure)))]).said + "\n")
    Glibc.exit(status <= 1 ? ExitStatus.outputFailed.rawValue : status)
  }
}

/// The few terminal styles diagnostics and the checklist use, written as ANSI SGR codes.
/// (A colour library would bring Foundation, and with it ICU's data, into a binary that
/// otherwise needs neither; `useColor` above already decides when colour is wanted.)
enum ANSIStyle: String {
  case bold = "1"
  case blue = "34"
  case boldRed = "1;31"
  case boldGreen = "1;32"
  case boldYellow = "1;33"
  case boldBlue = "1;34"
  case boldCyan = "1;36"

  func apply(to text: String) -> String { "\u{1B}[\(rawValue)m\(text)\u{1B}[0m" }
}
