import MPlanLanguage
import MPlanPlanning
import MPlanSyntax

/// The plan as a GitHub-flavoured Markdown document: headings and pipe tables that read well
/// on a code host and in a chat message. Every text from the plan is escaped, so a name with
/// `|`, `*` or `<script>` stays text.
public struct MarkdownExporter: Exporter {
  /// How every file this exporter writes begins: recognised before replacing a file.
  public static let signature = "<!-- written by mplan export -->"

  public init() {}

  public func render(_ export: PlanExport) -> String { render(PlanDocument(export)) }

  /// The document as Markdown: each section a `##` heading, each block after a blank line.
  public func render(_ document: PlanDocument) -> String {
    // Markdown has no direction of its own: a right-to-left plan (by the reader's language,
    // else its script, as the HTML page decides) is wrapped in a `<div dir="rtl">`, which
    // GitHub and most renderers honour around Markdown separated from it by blank lines.
    let language = document.language ?? HTMLExporter.language(ofScript: document.planWords)
    let rightToLeft = Catalogue.named(language)?.isRightToLeft ?? (language == "he")
    var lines = [Self.signature]
    if rightToLeft { lines += ["<div dir=\"rtl\" lang=\"\(language)\">", ""] }
    lines += ["# " + Self.escape(document.title), ""]
    lines.append(document.facts.map { "\($0.label): " + Self.escape($0.value) }.joined(separator: " · "))
    for section in document.sections {
      lines += ["", "## " + Self.escape(section.title)]
      for block in section.blocks {
        let written = self.block(block)
        if !written.isEmpty { lines += [""] + written }
      }
    }
    if rightToLeft { lines += ["", "</div>"] }
    return lines.joined(separator: "\n") + "\n"
  }

  package func block(_ block: PlanDocument.Block) -> [String] {
    switch block {
    case .heading(let runs): ["### " + Self.text(runs)]
    case .subheading(let runs, let level):
      [level <= 3 ? "### " + Self.text(runs) : "**" + Self.text(runs) + "**"]
    case .note(let runs): [Self.text(runs)]
    case .table(let table): self.table(table)
    case .dataTable(let table): dataTable(table)
    case .chart: []
    case .findings(let items, let passed, let total): findings(items, passed: passed, total: total)
    }
  }

  /// A sentence: mplan's words and the plan's names alike escaped, values as printed.
  package static func text(_ runs: [PlanDocument.Run]) -> String {
    runs.map { run in
      switch run {
      case .text(let text), .name(let text): escape(text)
      case .value(let value): escape(Formatting.describe(value))
      }
    }.joined()
  }

  package func findings(_ items: [PlanExport.OpenItem], passed: Int, total: Int) -> [String] {
    var lines = items.map { item in
      var line = "- **\(item.severity.rawValue) \(item.code)**"
      if item.line > 0 { line += " (line \(item.line))" }
      line += ": " + Self.escape(item.message)
      if let fix = item.fix { line += " — fix: " + Self.escape(fix) }
      return line
    }
    if lines.isEmpty { lines.append("None: every check passes.") }
    return lines + ["", "\(passed) of \(total) checks pass."]
  }

  /// A grid as a pipe table: each column aligned as its type says, every cell escaped. A
  /// grid without labels still has the heading row Markdown needs, empty.
  package func table(_ table: Table) -> [String] {
    let table = table.shown
    let rule = table.columns.map { $0.alignment == .right ? "---:" : "---" }
    return [
      "| " + table.columns.map { Self.escape($0.heading) }.joined(separator: " | ") + " |",
      "| " + rule.joined(separator: " | ") + " |",
    ]
      + table.rows.map {
        "| " + $0.map { Self.escape(ViewText.cellText($0)) }.joined(separator: " | ") + " |"
      }
  }

  /// Text as Markdown shows it literally: characters with a meaning are escaped, angle
  /// brackets become entities (no HTML gets through), and line breaks become spaces so a
  /// table row stays one line.
  package static func escape(_ text: String) -> String {
    var result = ""
    let characters = Array(text)
    for (index, character) in characters.enumerated() {
      switch character {
      // `new_customers` stays as written: GitHub reads no emphasis inside a word.
      case "_"
      where index > 0 && index + 1 < characters.count && characters[index - 1].isLetterOrDigit
        && characters[index + 1].isLetterOrDigit:
        result.append(character)
      case "\\", "|", "*", "_", "`", "[", "]", "#", "~": result += "\\\(character)"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "&": result += "&amp;"
      case "\n", "\r", "\r\n": result += " "
      // An escape sequence from a file's cell reaches no terminal that shows the export.
      default: result += DiagnosticRenderer.visible(String(character))
      }
    }
    return result
  }
}

extension Character {
  package var isLetterOrDigit: Bool { isLetter || isNumber }
}
