import MPlanLanguage
import MPlanPlanning
import MPlanSyntax

/// A renderer of a plan export into one file format. The formats differ in everything but
/// their input, so each is its own type: Markdown, JSON, CSV, HTML and xlsx.
public protocol Exporter: Sendable {
  /// The whole file, deterministic: the same plan gives the same bytes on every run.
  func render(_ export: PlanExport) -> String
  /// The file's bytes: the text in UTF-8, or a binary format's own (xlsx).
  func data(_ export: PlanExport) -> [UInt8]
}

extension Exporter {
  public func data(_ export: PlanExport) -> [UInt8] { Array(render(export).utf8) }
}

/// The formats `mplan export`, `:export` and the `export` statement write.
public enum ExportFormat: String, CaseIterable, Sendable {
  case markdown = "md", json, csv, html, xlsx

  /// The names `--format` takes and the extensions files get (`ExportFormatNames`).
  public var names: [String] { ExportFormatNames.all.first { $0[0] == rawValue } ?? [rawValue] }

  /// `md, json, csv, html or xlsx`: the formats for a message, with `prefix` before each.
  public static func list(prefix: String = "") -> String { ExportFormatNames.list(prefix: prefix) }

  /// The format a file name's extension names (`.md`, `.markdown`, `.json`, `.csv`,
  /// `.html`, `.htm`, `.xlsx`), or nil.
  public init?(path: String) {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
    self.init(name: String(name[name.index(after: dot)...]))
  }

  /// A format by any of its `names`, as `--format` takes them.
  public init?(name: String) {
    guard let format = Self.allCases.first(where: { $0.names.contains(name.lowercased()) }) else {
      return nil
    }
    self = format
  }

  /// The exporter for this format; `table` picks the CSV view (the ledger by default).
  public func exporter(table: CSVExporter.View = .ledger) -> any Exporter {
    switch self {
    case .markdown: MarkdownExporter()
    case .json: JSONExporter()
    case .csv: CSVExporter(view: table)
    case .html: HTMLExporter()
    case .xlsx: XLSXExporter()
    }
  }

  /// True when `text` (the start of an existing file) is a file mplan exported in this
  /// format, so exporting again may replace it without `--force`.
  public func isOwnFile(_ text: String) -> Bool {
    switch self {
    case .markdown: text.hasPrefix(MarkdownExporter.signature)
    case .html: text.hasPrefix(HTMLExporter.signature)
    case .json: text.hasPrefix(JSONExporter.signature)
    case .xlsx: text.hasPrefix(String(decoding: WorkbookWriter.signature, as: UTF8.self))
    case .csv:
      CSVExporter.View.allCases.contains { text.hasPrefix(CSVExporter.headingLine(of: $0) + "\r\n") }
    }
  }
}
