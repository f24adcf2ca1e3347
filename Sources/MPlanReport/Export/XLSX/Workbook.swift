/// A spreadsheet as data: sheets of typed cells, each with an optional formula and a number
/// format. Knows nothing of plans, so any report can be laid out as one; `WorkbookWriter`
/// turns it into an xlsx file.
package struct Workbook: Sendable {
  package var sheets: [Worksheet] = []
  /// Names for single cells (`cpc` → `Inputs!$B$2`), checked by `DefinedName`.
  package var names: [(name: String, cell: CellReference)] = []

  package init() {}

  /// Adds a sheet under a name spreadsheets accept, unique in the workbook (`SheetName`);
  /// gives the name it got.
  @discardableResult
  package mutating func add(_ sheet: Worksheet) -> String {
    var sheet = sheet
    sheet.name = SheetName.valid(sheet.name, taken: sheets.map(\.name))
    sheets.append(sheet)
    return sheet.name
  }

  /// The cell `reference` points at, or nil.
  package func cell(_ reference: CellReference) -> Cell? {
    guard let sheet = sheets.first(where: { $0.name == reference.sheet }),
      sheet.rows.indices.contains(reference.row), sheet.rows[reference.row].indices.contains(reference.column)
    else { return nil }
    return sheet.rows[reference.row][reference.column]
  }
}

package struct Worksheet: Sendable {
  /// At most 31 characters, none of `[]:*?/\` (see `SheetName`).
  package var name: String
  /// Rows from the first, each from column A; the first row is the heading row.
  package var rows: [[Cell]] = []
  /// Column widths in characters; a column not listed keeps the reader's default.
  package var widths: [Double] = []

  package init(name: String) { self.name = name }

  /// Where the next appended row goes (0-based).
  package var nextRow: Int { rows.count }
}

package struct Cell: Sendable {
  package enum Content: Sendable, Equatable {
    case empty
    case number(Double)
    case text(String)
    case bool(Bool)
  }

  /// What the cell holds; for a formula, the value it computes to, stored so that a reader
  /// that does not recalculate still shows it.
  package var content: Content
  package var formula: Formula?
  package var format: NumberFormat

  package init(_ content: Content, formula: Formula? = nil, format: NumberFormat = .general) {
    (self.content, self.formula, self.format) = (content, formula, format)
  }

  package static let empty = Cell(.empty)
  package static func text(_ text: String?, format: NumberFormat = .general) -> Cell {
    text.map { Cell(.text($0), format: format) } ?? .empty
  }
  package static func heading(_ text: String) -> Cell { Cell(.text(text), format: .heading) }
  package static func number(_ value: Double?, _ format: NumberFormat, formula: Formula? = nil) -> Cell {
    guard let value, value.isFinite else { return .empty }
    return Cell(.number(value), formula: formula, format: format)
  }

  /// The number the cell holds, for formulas that read it.
  package var number: Double? {
    if case .number(let value) = content { return value }
    return nil
  }
}

/// How a number reads: each is one style of `styles.xml`.
package enum NumberFormat: Sendable, Hashable {
  case general
  /// Bold heading text.
  case heading
  /// Money with its currency's symbol before (`$1,234.50`) or its code after (`1,234.50 CHF`).
  case money(symbol: String)
  /// A fraction shown as a percentage: 0.025 → 2.5%.
  case percent
  /// A whole count with thousands separators.
  case count
  /// A day, as a spreadsheet's serial number shown `2027-12-31`.
  case date
  /// Any other number: separators and up to four decimals.
  case decimal
}

/// A cell's address: its sheet, and its row and column from 0.
package struct CellReference: Sendable, Hashable {
  package var sheet: String
  package var row: Int
  package var column: Int

  package init(sheet: String, row: Int, column: Int) {
    (self.sheet, self.row, self.column) = (sheet, row, column)
  }

  /// `B7`; `$B$7` when `absolute`.
  package func a1(absolute: Bool = false) -> String {
    let dollar = absolute ? "$" : ""
    return dollar + Self.columnLetters(column) + dollar + String(row + 1)
  }

  /// `'Funnel stages'!B7`, or `B7` within `sheet`.
  package func formulaText(from sheet: String, absolute: Bool = false) -> String {
    sheet == self.sheet ? a1(absolute: absolute) : SheetName.quoted(self.sheet) + "!" + a1(absolute: absolute)
  }

  /// 0 → `A`, 25 → `Z`, 26 → `AA`.
  package static func columnLetters(_ column: Int) -> String {
    var number = column + 1
    var letters: [Character] = []
    while number > 0 {
      let digit = (number - 1) % 26
      letters.insert(Character(Unicode.Scalar(UInt8(65 + digit))), at: 0)
      number = (number - 1) / 26
    }
    return String(letters)
  }
}

/// Spreadsheet day serial numbers: days since 1899-12-30 (which absorbs Lotus's 1900 leap
/// day for every date from March 1900).
package enum SerialDay {
  /// 1899-12-30 counted from 1970-01-01.
  private static let epoch = -25_569

  package static func serial(dayNumber: Int) -> Double { Double(dayNumber - epoch) }
}
