import MPlanLanguage
import MPlanPlanning
import MPlanSyntax

/// The plan as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a
/// comma, a quote or a line break, UTF-8 without a byte-order mark). By default the ledger
/// finance imports, one row per action and month; `--table` picks another view.
///
/// Amounts are plain numbers with two decimals (`1000.00`); an action's months add up to its
/// cost to the cent (the last month takes the rounding). A text cell that a spreadsheet would
/// run as a formula (starting with `=`, `+`, `-`, `@`) is prefixed with `'`.
public struct CSVExporter: Exporter {
  /// Which of the document's grids the file holds.
  public enum View: String, CaseIterable, Sendable {
    case ledger, goals, actions, budgets, pacing, checks, scenarios, economics
  }

  public let view: View

  public init(view: View = .ledger) { self.view = view }

  /// The heading row of each view: how an exported CSV file is recognised. A grid's columns
  /// do not depend on the plan, so an empty plan's grid has them.
  public static func headingLine(of view: View) -> String {
    headings(PlanDocument.dataGrid(view.rawValue, of: PlanExport(currency: "USD"))!).joined(separator: ",")
  }

  /// Each column's fields: a quantity's unit and a period's end have fields of their own.
  package static func headings(_ grid: Table) -> [String] { grid.columns.flatMap(\.keys) }

  public func render(_ export: PlanExport) -> String {
    if let table = export.onlyDataTable { return Self.dataTable(table) }
    return Self.render(PlanDocument.dataGrid(view.rawValue, of: export)!)
  }

  /// A grid as CSV: every column written, empty or not, so the headings never change.
  package static func render(_ grid: Table) -> String {
    var text = headings(grid).joined(separator: ",") + "\r\n"
    for row in grid.rows {
      text += zip(grid.columns, row).flatMap { fields($1, count: $0.keys.count) }.map(\.csv).joined(
        separator: ",")
      text += "\r\n"
    }
    return text
  }

  /// A cell as plain data: an amount as a number (money to the cent, a percentage as its
  /// fraction) with its unit in the next field when the column has one, a period as its
  /// first and last day or as written, names joined by `; `, nothing as an empty field.
  package static func fields(_ cell: Table.Cell, count: Int) -> [Field] {
    var fields: [Field]
    switch cell {
    case .value(.quantity(let quantity)), .field(.quantity(let quantity)?):
      fields = [plainField(.quantity(quantity)), .text(unit(quantity))]
    case .period(let period, _), .value(.time(let period)), .field(.time(let period)?):
      fields =
        count > 1 ? [.number(period.start.iso), .number(period.end.iso)] : [.number(period.description)]
    case .date(let day): fields = [.number(day.iso)]
    case .count(let count): fields = [.number("\(count)")]
    case .names(let names): fields = [.text(names.joined(separator: "; "))]
    case .verdicts(let marks):
      fields = [.text(marks.map { $0.met == true ? $0.letter : $0.met == nil ? "?" : "-" }.joined())]
    case .empty, .field(nil): fields = []
    case .name(let text), .text(let text): fields = [.text(text)]
    case .said(let message): fields = [.text(message.english)]
    case .value(let value), .field(let value?): fields = [.text(Table.fieldText(value))]
    case .change: fields = [.number(ViewText.cellText(cell))]
    }
    fields = Array(fields.prefix(count))
    return fields + Array(repeating: .number(""), count: count - fields.count)
  }

  // MARK: - Numbers

  package static func amount(cents: Int64) -> String {
    let sign = cents < 0 ? "-" : ""
    let whole = abs(cents) / 100
    let fraction = abs(cents) % 100
    return sign + "\(whole)." + (fraction < 10 ? "0" : "") + "\(fraction)"
  }

  /// An amount with two decimals, the way finance imports it.
  package static func decimal(_ value: Double) -> String {
    value.isFinite ? amount(cents: Int64((value * 100).rounded())) : ""
  }

  package static func unit(_ quantity: Quantity) -> String {
    if quantity.display == .percent { return "percent (fraction)" }
    if quantity.unit.isDimensionless { return "" }
    return UnitTable.symbol(quantity.unit)
  }

  // MARK: - Fields

  package enum Field {
    case text(String)
    /// A number, a date or a month: never taken for a formula.
    case number(String)

    package var csv: String {
      switch self {
      case .number(let text): CSVExporter.quoted(text)
      case .text(let text):
        CSVExporter.quoted(text.first.map { "=+-@\t\r".contains($0) } == true ? "'" + text : text)
      }
    }
  }

  /// A field as RFC 4180 writes it: in quotes, with quotes doubled, when it holds a comma, a
  /// quote, a line break, or spaces at either end.
  package static func quoted(_ text: String) -> String {
    let needsQuotes =
      text.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
      || text.first == " " || text.last == " "
    guard needsQuotes else { return text }
    var result = "\""
    for character in text {
      if character == "\"" { result += "\"\"" } else { result.append(character) }
    }
    return result + "\""
  }
}
