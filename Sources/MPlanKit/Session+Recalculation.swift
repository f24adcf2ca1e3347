import MPlanLanguage
import MPlanReport
import MPlanSyntax

/// Live recalculation at the prompt: an input that defines a name again (a `let`, a funnel,
/// a plan block) reruns what depends on it and shows what changed, as a spreadsheet does:
/// `need.visit 10,000 visits → 13,334 visits (+33.34%)`.
extension Session {
  func recalculate(after statements: [Stmt], from before: Interpreter, into outcome: inout Outcome) {
    let redefined = Set(
      statements.compactMap { statement -> String? in
        guard statement.bindsValue, let name = statement.definedName?.text,
          before.environment.bindings[name] != nil
        else { return nil }
        return name
      })
    guard !redefined.isEmpty else { return }
    let value = outcome.value
    let (rerun, diagnostics) = interpreter.recalculate(
      dependentsOf: redefined, before: before.history.count)
    if let failure = diagnostics.first(where: { $0.severity == .error }) {
      let name = rerun.first {
        $0.span.file == failure.span.file && $0.span.start <= failure.span.start
          && failure.span.end <= $0.span.end
      }?.definedName?.text
      var refusal = failure
      refusal.notes.append(
        "this input changes \(redefined.sorted().map { "`\($0)`" }.joined(separator: ", ")), and "
          + (name.map { "`\($0)`, which depends on it, " } ?? "what depends on it ")
          + "no longer runs; nothing was changed")
      outcome.diagnostics.append(refusal)
      return
    }
    outcome.diagnostics += diagnostics
    outcome.value = value
    outcome.recalculated = rerun.map { sourceText(of: $0.span) }
    var lines: [String] = []
    for statement in rerun {
      guard let name = statement.definedName?.text, let old = before.environment.bindings[name]?.value,
        let new = interpreter.environment.bindings[name]?.value
      else { continue }
      lines += Self.changes(name, from: old, to: new)
    }
    if !lines.isEmpty { events(.view(View(lines.map { .line($0) }))) }
  }

  /// What changed from one set of values to another (two runs of a watched file, a session
  /// before and after `:reload`): a line per value that changed, then `x is new: …` and
  /// `x is gone`. `_`, the prompt's last result, is left out.
  public static func changes(from old: [UserBinding], to new: [UserBinding]) -> [String] {
    let before = Dictionary(old.map { ($0.name, $0.value) }) { first, _ in first }
    var lines: [String] = []
    for binding in new where binding.name != "_" {
      if let value = before[binding.name] {
        lines += changes(binding.name, from: value, to: binding.value)
      } else {
        lines.append("\(binding.name) is new: \(describe(binding.value))")
      }
    }
    let names = Set(new.map(\.name))
    lines += old.filter { $0.name != "_" && !names.contains($0.name) }.map { "\($0.name) is gone" }
    return lines
  }

  /// `need.visit 10,000 visits → 13,334 visits (+33.34%)`, a line per value that changed.
  public static func changes(_ name: String, from old: Value, to new: Value) -> [String] {
    switch (old, new) {
    case (.record(let a), .record(let b)):
      return b.fields.flatMap { field in
        a.fields.first { $0.name == field.name }.map {
          changes("\(name).\(field.name)", from: $0.value, to: field.value)
        }
          ?? []
      }
    case (.declaration(let a), .declaration(let b)):
      return b.fields.flatMap { field in
        a[field.name].map { changes("\(name).\(field.name)", from: $0, to: field.value) } ?? []
      }
    case (.function, _), (.funnel, _):
      return []
    case (.table(let a), .table(let b)):
      // Cells counted rather than listed: a table may have thousands.
      let before = a.cells.flatMap { $0.map { $0.map(Formatting.describe) } }
      let after = b.cells.flatMap { $0.map { $0.map(Formatting.describe) } }
      guard before.count == after.count, a.axes.map(\.name) == b.axes.map(\.name) else {
        return ["\(name) is now \(b.summary)"]
      }
      let changed = zip(before, after).count { $0 != $1 }
      guard changed > 0 else { return [] }
      return ["\(name): \(changed) of \(after.count) \(after.count == 1 ? "cell" : "cells") changed"]
    default:
      let (before, after) = (Formatting.describe(old), Formatting.describe(new))
      guard before != after else { return [] }
      let change = ViewText.change(from: old, to: new)
      return ["\(name) \(before) → \(after)" + (change.isEmpty || change == "=" ? "" : " (\(change))")]
    }
  }

  /// The text a statement was read from, for a saved session.
  func sourceText(of span: SourceSpan) -> String {
    guard let source = sources[span.file] else { return "" }
    var text = String.UnicodeScalarView()
    text.append(contentsOf: source.scalars[span.start..<min(span.end, source.scalars.count)])
    return String(text)
  }
}
