import MPlanLanguage
import MPlanSyntax

/// The document's blocks as a terminal view: `show` and the exports write the same blocks, so
/// a table is laid out once for both.
extension PlanDocument {
  /// A heading as a line, a note as an indented line, a table as it is, with a blank line
  /// between two tables.
  package static func view(of blocks: [Block]) -> View {
    var view = View()
    var lastWasTable = false
    for block in blocks {
      switch block {
      case .heading(let runs): view.add(.said(message(runs)))
      case .subheading(let runs, _): view.add(.said(message(runs)))
      case .note(let runs): view.add(.said(message(runs), indent: 1))
      case .table(let table):
        if lastWasTable { view.add(.blank) }
        view.add(.table(table))
      case .chart, .findings, .dataTable: break
      }
      if case .table = block { lastWasTable = true } else { lastWasTable = false }
    }
    return view
  }

  /// A sentence's runs as one message, said in the reader's language where a run is a message
  /// and as written where it is a name or a value (`document-runs` joins two with nothing
  /// between them).
  package static func message(_ runs: [Run]) -> Message {
    let parts: [Message] = runs.map { run in
      switch run {
      case .text(let text), .name(let text): .verbatim(text)
      case .value(let value): .verbatim(Formatting.describe(value))
      case .message(let message): message
      }
    }
    guard var joined = parts.first else { return .verbatim("") }
    for part in parts.dropFirst() {
      joined = Message("document-runs", ["first": .message(joined), "second": .message(part)])
    }
    return joined
  }

  /// A sentence's runs as plain text: names as written, values as the language prints them.
  package static func text(_ runs: [Run]) -> String {
    runs.map { run in
      switch run {
      case .text(let text), .name(let text): text
      case .value(let value): Formatting.describe(value)
      case .message(let message): message.english
      }
    }.joined()
  }
}
