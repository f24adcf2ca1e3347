#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// What one request for a line gave.
enum LineInput: Equatable {
  case line(String)
  /// Ctrl-C: the line being typed is dropped; the session goes on.
  case interrupted
  /// Ctrl-D on an empty line, or the end of piped input.
  case endOfInput
}

/// Where the REPL's lines come from: libedit at a terminal, plain reads from a pipe.
protocol LineEditor: AnyObject {
  func readLine(prompt: String) -> LineInput
  /// Remembers an input line for Up/Down and Ctrl-R, and in the history file.
  func remember(_ line: String)
  /// Words Tab offers, given the text before the cursor.
  var completer: Completer? { get set }
}

/// Reads standard input line by line with no prompt and no escape codes: a pipe, a file, CI.
/// Bytes that are not UTF-8 become U+FFFD, so the session sees them as an error, not a crash.
final class PlainLineEditor: LineEditor {
  var completer: Completer?
  /// A person typing into a terminal while standard output goes to a pipe still wants a
  /// prompt; it goes to standard error so the pipe gets results only.
  let promptsOnStandardError: Bool

  init() {
    promptsOnStandardError = isatty(STDIN_FILENO) != 0 && isatty(STDERR_FILENO) != 0
  }

  func readLine(prompt: String) -> LineInput {
    if promptsOnStandardError { Terminal.writeError(prompt) }
    guard let line = Swift.readLine(strippingNewline: true) else { return .endOfInput }
    return .line(line)
  }

  func remember(_ line: String) {}
}
