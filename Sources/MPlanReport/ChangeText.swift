import MPlanLanguage
import MPlanSyntax

/// One value that an input, a reload or a watched file's new run changed: a binding, or a
/// computed member of a plan block (`marketing.available`). No `before`: new; no `after`: gone.
public struct Change: Sendable {
  public var name: String
  public var before: Value?
  public var after: Value?

  public init(_ name: String, before: Value?, after: Value?) {
    (self.name, self.before, self.after) = (name, before, after)
  }
}

/// What changed, as data: values, then the plan findings that fail now and did not before,
/// and those that no longer fail. `ChangeText` renders it for the prompt, `--watch` and
/// `:reload` alike.
public struct ChangeSet: Sendable {
  public var changes: [Change] = []
  public var appeared: [Diagnostic] = []
  public var cleared: [Diagnostic] = []

  public init(changes: [Change] = [], appeared: [Diagnostic] = [], cleared: [Diagnostic] = []) {
    (self.changes, self.appeared, self.cleared) = (changes, appeared, cleared)
  }

  /// The findings of `after` that are not in `before` and those of `before` not in `after`;
  /// a finding is the same one when it has the same code and severity about the same thing
  /// (the first name in backquotes), whatever its amounts now say. The severity counts: an
  /// action ahead of its pace (PLAN-T01, a warning) whose cost is typed again under what it
  /// spent is now over its cost (PLAN-T01, an error), and the reply said nothing.
  public mutating func compareFindings(_ before: [Diagnostic], _ after: [Diagnostic]) {
    func key(_ finding: Diagnostic) -> String {
      "\(finding.code) \(finding.severity.rawValue) " + (Self.subject(of: finding) ?? finding.message)
    }
    let had = Set(before.map(key))
    let has = Set(after.map(key))
    appeared = after.filter { !had.contains(key($0)) }
    cleared = before.filter { !has.contains(key($0)) }
  }

  /// What a finding is about: the first name in backquotes (`budget \`b\` is over-committed`).
  public static func subject(of finding: Diagnostic) -> String? {
    let parts = finding.message.split(separator: "`", maxSplits: 2, omittingEmptySubsequences: false)
    return parts.count > 2 ? String(parts[1]) : nil
  }
}

/// A change set as lines: `need.visit 10,000 visits → 13,334 visits (+33.34%)`, `x is new: 5`,
/// `x is gone`, `new error PLAN-B02: …`, `cleared PLAN-B02: …`. A record or a plan block
/// gives a line per field that changed; a data table, how many cells changed.
public enum ChangeText {
  /// The lines as the reader's catalogue says them.
  public static func lines(_ set: ChangeSet, catalogue: Catalogue = .english) -> [String] {
    messages(set).map(catalogue.render)
  }

  /// The lines as messages: a value's change as it is printed (names and values, no words),
  /// the rest in the reader's language.
  public static func messages(_ set: ChangeSet) -> [Message] {
    var lines: [Message] = []
    for change in set.changes {
      switch (change.before, change.after) {
      case (let old?, let new?): lines += self.lines(change.name, from: old, to: new)
      case (nil, let new?):
        lines.append(
          Message("change-new", ["name": .text(change.name), "value": .value(Formatting.describe(new))]))
      case (_?, nil): lines.append(Message("change-gone", ["name": .text(change.name)]))
      case (nil, nil): break
      }
    }
    lines += set.appeared.map {
      Message(
        "change-finding-new",
        [
          "severity": .text($0.severity.rawValue), "code": .text("\($0.code)"),
          "message": .message($0.content),
        ])
    }
    lines += set.cleared.map {
      Message("change-finding-cleared", ["code": .text("\($0.code)"), "message": .message($0.content)])
    }
    return lines
  }

  /// A line per value that changed between `old` and `new`, under `name`.
  public static func lines(_ name: String, from old: Value, to new: Value) -> [Message] {
    switch (old, new) {
    case (.record(let a), .record(let b)):
      return b.fields.flatMap { field in
        a.fields.first { $0.name == field.name }.map {
          lines("\(name).\(field.name)", from: $0.value, to: field.value)
        }
          ?? []
      }
    case (.declaration(let a), .declaration(let b)):
      return b.fields.flatMap { field in
        a[field.name].map { lines("\(name).\(field.name)", from: $0, to: field.value) } ?? []
      }
    case (.function, _), (.funnel, _):
      return []
    case (.table(let a), .table(let b)):
      // Cells counted rather than listed: a table may have thousands.
      let before = a.cells.flatMap { $0.map { $0.map(Formatting.describe) } }
      let after = b.cells.flatMap { $0.map { $0.map(Formatting.describe) } }
      guard before.count == after.count, a.axes.map(\.name) == b.axes.map(\.name) else {
        return [Message("change-table-now", ["name": .text(name), "summary": .message(b.summaryMessage)])]
      }
      let changed = zip(before, after).count { $0 != $1 }
      guard changed > 0 else { return [] }
      return [
        Message(
          "change-table-cells",
          ["name": .text(name), "changed": .count(changed), "count": .count(after.count)])
      ]
    default:
      let (before, after) = (Formatting.describe(old), Formatting.describe(new))
      guard before != after else { return [] }
      let change = ViewText.change(from: old, to: new)
      return [
        .verbatim("\(name) \(before) → \(after)" + (change.isEmpty || change == "=" ? "" : " (\(change))"))
      ]
    }
  }
}
