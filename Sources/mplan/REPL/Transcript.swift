import MPlanKit

/// The inputs of a session that succeeded, in order, and how to write them as a script that
/// `mplan run` reproduces: files loaded are copied in, definitions are kept as typed, and a
/// bare expression (which defines nothing) becomes a comment with the result it showed.
struct Transcript {
  enum Entry {
    /// An input as the script keeps it (what it typed, then what it made run again) and, for
    /// `:reload` to apply again, what it typed alone.
    case input(String, result: String?, typed: String)
    case file(path: String, text: String)
  }

  private(set) var entries: [Entry] = []
  /// The expression whose value `_` holds, already free of `_` itself.
  private var lastResultExpression: String?

  /// An input that succeeded, with the earlier statements its redefinitions made run again
  /// (saved after it, so the script recalculates as the prompt did).
  mutating func record(input text: String, recalculated: [String] = [], result: String?) {
    let typed = lastResultExpression.map { Session.replacingLastResult(in: text, with: $0) } ?? text
    let independent = ([typed] + recalculated).joined(separator: "\n")
    entries.append(.input(independent, result: result, typed: typed))
    if result != nil { lastResultExpression = independent }
  }

  mutating func record(file path: String, text: String) {
    entries.append(.file(path: path, text: text))
    lastResultExpression = nil
  }

  /// The entries with names the session redefined renamed in their earlier lives
  /// (`budget` → `budget_1`), since a script defines each name once: every value computed
  /// from the earlier one keeps it, as it did at the prompt.
  var entriesWithUniqueNames: [Entry] {
    var entries = self.entries
    let texts = entries.map { entry -> String in
      switch entry {
      case .input(let text, _, _): text
      case .file(_, let text): text
      }
    }
    var definedAt: [String: [Int]] = [:]
    for (index, text) in texts.enumerated() {
      for name in Set(Session.definedNames(in: text)) { definedAt[name, default: []].append(index) }
    }
    let taken = Set(texts.flatMap { Session.definedNames(in: $0) })
    for (name, places) in definedAt where places.count > 1 {
      var generation = 0
      for (start, end) in zip(places, places.dropFirst()) {
        generation += 1
        var alias = "\(name)_\(generation)"
        while taken.contains(alias) { alias += "_" }
        for index in start...end {
          let redefinition = index == end
          switch entries[index] {
          case .input(let text, let result, let typed):
            entries[index] = .input(
              Session.renaming(name, to: alias, in: text, onlyInItsRedefinition: redefinition),
              result: result,
              typed: typed)
          case .file(let path, let text):
            entries[index] = .file(
              path: path,
              text: Session.renaming(name, to: alias, in: text, onlyInItsRedefinition: redefinition))
          }
        }
      }
    }
    return entries
  }

  var script: String {
    var lines = ["# An mplan session saved with :save; run it with `mplan run`."]
    for entry in entriesWithUniqueNames {
      switch entry {
      case .file(let path, let text):
        lines.append("")
        lines.append("# --- loaded from \(path) ---")
        lines.append(text.hasSuffix("\n") ? String(text.dropLast()) : text)
        lines.append("# --- end of \(path) ---")
      case .input(let text, let result, _):
        if Session.isOnlyExpressions(text) {
          lines.append(
            contentsOf: text.split(separator: "\n", omittingEmptySubsequences: false).map { "# mplan> " + $0 }
          )
          if let result {
            lines.append(
              contentsOf: result.split(separator: "\n", omittingEmptySubsequences: false).map { "#   " + $0 })
          }
        } else {
          lines.append(text)
        }
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
