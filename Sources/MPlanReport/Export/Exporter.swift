import MPlanLanguage
import MPlanPlanning
import MPlanSyntax

/// A renderer of a plan export into one file format. The formats differ in everything but
/// their input, so each is its own type: Markdown, JSON, CSV and HTML.
public protocol Exporter: Sendable {
  /// The whole file, deterministic: the same plan gives the same bytes on every run.
  func render(_ export: PlanExport) -> String
}

/// The formats `mplan export`, `:export` and the `export` statement write.
public enum ExportFormat: String, CaseIterable, Sendable {
  case markdown = "md", json, csv, html

  /// The format a file name's extension names (`.md`, `.markdown`, `.json`, `.csv`,
  /// `.html`, `.htm`), or nil.
  public init?(path: String) {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
    let suffix = name[name.index(after: dot)...].lowercased()
    switch suffix {
    case "md", "markdown": self = .markdown
    case "json": self = .json
    case "csv": self = .csv
    case "html", "htm": self = .html
    default: return nil
    }
  }

  /// `md`, `markdown`, `json`, `csv`, `html` as `--format` takes them.
  public init?(name: String) {
    switch name.lowercased() {
    case "md", "markdown": self = .markdown
    case "json": self = .json
    case "csv": self = .csv
    case "html", "htm": self = .html
    default: return nil
    }
  }

  /// The exporter for this format; `table` picks the CSV view (the ledger by default).
  public func exporter(table: CSVExporter.View = .ledger) -> any Exporter {
    switch self {
    case .markdown: MarkdownExporter()
    case .json: JSONExporter()
    case .csv: CSVExporter(view: table)
    case .html: HTMLExporter()
    }
  }

  /// True when `text` (the start of an existing file) is a file mplan exported in this
  /// format, so exporting again may replace it without `--force`.
  public func isOwnFile(_ text: String) -> Bool {
    switch self {
    case .markdown: text.hasPrefix(MarkdownExporter.signature)
    case .html: text.hasPrefix(HTMLExporter.signature)
    case .json: text.hasPrefix(JSONExporter.signature)
    case .csv:
      CSVExporter.View.allCases.contains { text.hasPrefix(CSVExporter.headingLine(of: $0) + "\r\n") }
    }
  }
}
