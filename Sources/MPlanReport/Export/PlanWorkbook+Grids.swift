import MPlanLanguage
import MPlanPlanning
import MPlanSyntax

/// The document's grids as sheets: a column a field, under the names CSV gives them
/// (`target`, `unit`; `start`, `end`), a cell's type its number format. The sheet follows
/// the grid, so a column added to the goals' grid is a column of the Goals sheet; formulas
/// find their cells by these names.
extension PlanWorkbook {
  /// The grid laid out as a sheet named `name`, and the column of each field.
  func sheet(of grid: Table, named name: String) -> (sheet: Worksheet, columns: [String: Int]) {
    var sheet = Worksheet(name: name)
    let keys = grid.columns.flatMap(\.keys)
    sheet.rows = [keys.map(Cell.heading)]
    for row in grid.rows {
      sheet.rows.append(zip(grid.columns, row).flatMap { cells($1, count: $0.keys.count) })
    }
    sheet.widths = keys.indices.map { column in
      let longest =
        sheet.rows.prefix(200).map { row -> Int in
          guard column < row.count, case .text(let text) = row[column].content else { return 10 }
          return text.count
        }.max() ?? 10
      return Double(min(40, max(10, longest + 2)))
    }
    let columns = Dictionary(keys.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    return (sheet, columns)
  }

  /// A cell as typed data, in `count` cells: a quantity a number formatted by its unit (with
  /// the unit's name after it when the column has a field for it), a period its first and last
  /// days, a date a date, names joined by `; `, SMART letters as `SMA-T` (`-` not met, `?` not
  /// judged).
  func cells(_ cell: Table.Cell, count: Int) -> [Cell] {
    var cells: [Cell]
    switch cell {
    case .value(.quantity(let quantity)), .field(.quantity(let quantity)?):
      cells = [quantityCell(quantity), .text(unitText(quantity))]
    case .period(let period, _), .value(.time(let period)), .field(.time(let period)?):
      cells =
        count > 1
        ? [period.start, period.end].map { .number(SerialDay.serial(dayNumber: $0.dayNumber), .date) }
        : [valueCell(.time(period))]
    case .date(let day): cells = [.number(SerialDay.serial(dayNumber: day.dayNumber), .date)]
    case .count(let number): cells = [.number(Double(number), .count)]
    case .names(let names): cells = [.text(list(names))]
    case .verdicts(let marks):
      cells = [.text(marks.map { $0.met == true ? $0.letter : $0.met == nil ? "?" : "-" }.joined())]
    case .empty, .field(nil): cells = []
    case .name(let text), .text(let text): cells = [.text(text)]
    case .said(let message): cells = [.text(message.english)]
    case .value(let value), .field(let value?): cells = [valueCell(value)]
    case .change: cells = [.text(ViewText.cellText(cell))]
    }
    cells = Array(cells.prefix(count))
    return cells + Array(repeating: .empty, count: count - cells.count)
  }
}
