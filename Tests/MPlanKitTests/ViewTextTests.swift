import MPlanLanguage
import MPlanReport
import Testing

/// Printing views as text.
@Suite struct ViewTextTests {
  /// A large table's cells are written out on every processor in runs of rows: the text is
  /// the same as one cell after another, in the same places.
  @Test func aLargeTableReadsTheSameWrittenInParts() {
    let rows: [[Table.Cell]] = (0..<400).map { row in
      (0..<8).map { column in
        switch column {
        case 0: .text("row \(row)")
        case 1: .value(.quantity(Quantity(Double(row) * 1_234.5, unit: Unit(base: "USD"))))
        case 2: .value(.number(Double(row * column) / 7))
        default: .value(.quantity(Quantity(Double(row + column), unit: Unit(base: "visit"))))
        }
      }
    }
    let inParts = ViewText.cellTexts(rows)
    #expect(inParts == rows.map { $0.map(ViewText.cellText) })
    #expect(inParts[399][1] == "$492,565.50")
  }
}
