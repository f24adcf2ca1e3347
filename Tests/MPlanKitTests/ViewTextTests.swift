import MPlanLanguage
import MPlanReport
import MPlanSyntax
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

  /// Issue 18: a line and a column heading given as messages are said in the writer's
  /// language, at the last step; a heading given as text is said as written in every language.
  @Test func aSaidLineAndAHeadingAreRenderedByTheCatalogue() throws {
    var table = Table([Table.Column(Message("heading-goal")), Table.Column("spend", .right)])
    table.add([.name("mqls"), .count(3)])
    let view = View([.said(Message("show-no-goals")), .table(table)])
    let russian = try Catalogue(
      language: "ru", file: "test.ftl", text: "show-no-goals = в плане нет целей\nheading-goal = цель\n")
    #expect(ViewText().render(view) == "no goals in this plan\ngoal  spend\n────  ─────\nmqls      3")
    #expect(
      ViewText(catalogue: russian).render(view) == "в плане нет целей\nцель  spend\n────  ─────\nmqls      3")
    // The writers that still take text read the heading in English.
    #expect(table.columns.map(\.heading) == ["goal", "spend"])
  }
}
