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

/// What the text formats share: how a value reads, and the plan's accounts of a budget.
package enum ExportText {
  /// A value as the language prints it; a missing one as `—`.
  package static func describe(_ value: Value?) -> String {
    guard let value else { return "—" }
    return Table.fieldText(value)
  }

  package static func money(_ quantity: Quantity?) -> String {
    guard let quantity else { return "—" }
    return Formatting.describe(.quantity(quantity))
  }

  package static func names(_ names: [String]) -> String {
    names.isEmpty ? "—" : names.joined(separator: ", ")
  }

  /// `S ✓ M ✓ A ✗ R ✓ T ✓`.
  package static func smart(_ marks: [PlanExport.SMARTMark]) -> String {
    marks.map { "\($0.letter) \($0.mark)" }.joined(separator: " ")
  }

  package static func period(_ action: PlanExport.Action) -> String {
    guard let period = action.period else { return "—" }
    return period.description + (action.periodIsPlans ? " (plan)" : "")
  }

  /// The budget's accounts as (label, amount, note) rows, as `show budget` lists them.
  package static func accounts(_ budget: PlanExport.Budget) -> [(String, String, String)] {
    var rows = [
      ("given", money(budget.given), budget.isTopDown ? "" : "bottom-up"),
      ("committed", money(budget.committed), ""),
      ("reserve", money(budget.reserve), budget.reserveShare.map(Formatting.percent) ?? "none kept"),
    ]
    if let available = budget.available {
      rows.append(("available", money(available), ""))
    }
    rows.append(("needed", money(budget.needed), "committed + reserve"))
    return rows
  }

  package static func kinds(_ budget: PlanExport.Budget) -> String {
    var kinds = [budget.isTopDown ? "top-down" : "bottom-up"]
    if budget.isZeroBased { kinds.append("zero-based") }
    if let control = budget.control { kinds.append("controlled \(control)") }
    return kinds.joined(separator: ", ")
  }

  /// Actions in groups by owner or channel, in the order each group first appears.
  package static func grouped(_ actions: [PlanExport.Action], by key: (PlanExport.Action) -> [String])
    -> [(String, [PlanExport.Action])]
  {
    var order: [String] = []
    var groups: [String: [PlanExport.Action]] = [:]
    for action in actions {
      for group in key(action).ifEmpty(["(none)"]) {
        if groups[group] == nil { order.append(group) }
        groups[group, default: []].append(action)
      }
    }
    return order.map { ($0, groups[$0]!) }
  }

  /// The change from one scenario's value to another's, as `compare` shows it.
  package static func change(_ row: PlanExport.Comparison.Row) -> String {
    guard row.values.count == 2 else { return "" }
    return ViewText.change(from: row.values[0], to: row.values[1])
  }

  /// Mean and the 5th, 50th and 95th percentiles of a quantity, each with its unit.
  package static func summary(_ quantity: Quantity) -> (mean: String, p5: String, p50: String, p95: String) {
    func text(_ number: Double) -> String {
      Formatting.describe(
        .quantity(Quantity(magnitude: .exact(number), unit: quantity.unit, display: quantity.display)))
    }
    guard case .samples(let samples) = quantity.magnitude else {
      let value = text(quantity.magnitude.central)
      return (value, value, value, value)
    }
    let points = samples.percentiles([0.05, 0.5, 0.95])
    return (text(samples.mean), text(points[0]), text(points[1]), text(points[2]))
  }
}

extension Array {
  package func ifEmpty(_ replacement: [Element]) -> [Element] { isEmpty ? replacement : self }
}
