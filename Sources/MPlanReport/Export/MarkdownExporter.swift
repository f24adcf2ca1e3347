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
    let catalogue = Catalogue.first(of: [document.language])
    var lines = [Self.signature]
    if rightToLeft { lines += ["<div dir=\"rtl\" lang=\"\(language)\">", ""] }
    lines += ["# " + Self.escape(document.title), ""]
    lines.append(
      document.facts.map { catalogue.render($0.label) + ": " + Self.escape($0.value) }.joined(
        separator: " · "))
    for section in document.sections {
      lines += ["", "## " + Self.escape(catalogue.render(section.title))]
      for block in section.blocks {
        let written = self.block(block, catalogue: catalogue)
        if !written.isEmpty { lines += [""] + written }
      }
    }
    if rightToLeft { lines += ["", "</div>"] }
    return lines.joined(separator: "\n") + "\n"
  }

  package func block(_ block: PlanDocument.Block, catalogue: Catalogue = .english) -> [String] {
    switch block {
    case .heading(let runs): ["### " + Self.text(runs, catalogue)]
    case .subheading(let runs, let level):
      [level <= 3 ? "### " + Self.text(runs, catalogue) : "**" + Self.text(runs, catalogue) + "**"]
    case .note(let runs): [Self.text(runs, catalogue)]
    case .table(let table): self.table(table, catalogue: catalogue)
    case .dataTable(let table): dataTable(table)
    case .chart: []
    case .findings(let items, let passed, let total):
      findings(items, passed: passed, total: total, catalogue: catalogue)
    }
  }

  /// A sentence: mplan's words and the plan's names alike escaped, values as printed.
  package static func text(_ runs: [PlanDocument.Run], _ catalogue: Catalogue = .english) -> String {
    runs.map { run in
      switch run {
      case .text(let text), .name(let text): escape(text)
      case .value(let value): escape(Formatting.describe(value))
      case .message(let message): escape(catalogue.render(message))
      }
    }.joined()
  }

  /// The open items as a list, in the checklist's words (`error PLAN-B02`, `line 12`).
  package func findings(
    _ items: [PlanExport.OpenItem], passed: Int, total: Int, catalogue: Catalogue = .english
  ) -> [String] {
    var lines = items.map { item in
      var line = "- **" + catalogue.render(.severityAndCode(item)) + "**"
      if item.line > 0 {
        line += " (" + catalogue.render(Message("checklist-place-line", ["line": .count(item.line)])) + ")"
      }
      line += ": " + Self.escape(catalogue.render(item.content))
      if let fix = item.fixContent {
        line += " — " + catalogue.render(.exportFix) + ": " + Self.escape(catalogue.render(fix))
      }
      return line
    }
    if lines.isEmpty { lines.append(catalogue.render(.everyCheckPasses)) }
    return lines + ["", catalogue.render(.checksPass(passed, of: total)) + "."]
  }

  /// A grid as a pipe table: each column aligned as its type says, every cell escaped. A
  /// grid without labels still has the heading row Markdown needs, empty.
  package func table(_ table: Table, catalogue: Catalogue = .english) -> [String] {
    let table = table.shown
    let rule = table.columns.map { $0.alignment == .right ? "---:" : "---" }
    return [
      "| " + table.columns.map { Self.escape($0.heading(in: catalogue)) }.joined(separator: " | ") + " |",
      "| " + rule.joined(separator: " | ") + " |",
    ]
      + table.rows.map {
        "| "
          + $0.map { Self.escape(ViewText.cellText($0, conventions: .canonical, catalogue: catalogue)) }
          .joined(separator: " | ") + " |"
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

extension Message {
  /// `error PLAN-B02`: an open item's severity and code, as the checklist says them.
  package static func severityAndCode(_ item: PlanExport.OpenItem) -> Message {
    Message(
      "checklist-place-severity", ["severity": .text(item.severity.rawValue), "code": .text(item.code)])
  }

  /// `None: every check passes.`: the open items when there are none.
  package static let everyCheckPasses = Message("export-every-check-passes")
  /// `fix`: before an open item's fix-it.
  package static let exportFix = Message("export-fix")
}

extension Table.Column {
  /// The heading in the reader's language: its message rendered, else its text.
  package func heading(in catalogue: Catalogue) -> String { catalogue.render(content) }
}

extension Character {
  package var isLetterOrDigit: Bool { isLetter || isNumber }
}
