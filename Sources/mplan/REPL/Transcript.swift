import MPlanKit

/// The inputs of a session that succeeded, in order, and how to write them as a script that
/// `mplan run` reproduces (`SessionScript`: the session's final state, a definition a name).
struct Transcript {
  enum Entry {
    /// An input as typed (with `_` replaced by what it stood for), the earlier statements it
    /// made run again, and the result a bare expression showed.
    case input(typed: String, recalculated: [String], result: String?)
    case file(path: String, text: String)
  }

  private(set) var entries: [Entry] = []
  /// The expression whose value `_` holds, already free of `_` itself.
  private var lastResultExpression: String?

  /// An input that succeeded, with the earlier statements its redefinitions made run again.
  mutating func record(input text: String, recalculated: [String] = [], result: String?) {
    let typed = lastResultExpression.map { Session.replacingLastResult(in: text, with: $0) } ?? text
    entries.append(.input(typed: typed, recalculated: recalculated, result: result))
    if result != nil { lastResultExpression = typed }
  }

  mutating func record(file path: String, text: String) {
    entries.append(.file(path: path, text: text))
    lastResultExpression = nil
  }

  /// The script of the session's final state, noting the scenario the prompt worked under.
  func script(activeScenario: String? = nil) -> String {
    SessionScript.script(
      of: entries.map { entry in
        switch entry {
        case .input(let typed, let recalculated, let result):
          .input(typed, recalculated: recalculated, result: result)
        case .file(let path, let text): .file(path: path, text: text)
        }
      },
      activeScenario: activeScenario)
  }
}
