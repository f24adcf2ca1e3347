import MPlanLanguage
import MPlanPlanning
import MPlanReport
import MPlanSyntax
import Testing

/// Issue 18: a cell that holds mplan's words holds them as a message. The formats people read
/// (the terminal, Markdown, HTML) say it in the reader's language; the data formats (CSV,
/// JSON, xlsx), which scripts read, keep the English, a value `--lang` does not change.
@Suite struct CellMessageTests {
  static let russian = Catalogue.named("ru")

  func table() -> Table {
    var table = Table([Table.Column(Message("heading-goal")), Table.Column("status")])
    table.add([.name("leads"), .said(Message("actuals-goal-on-pace"))])
    return table
  }

  @Test func peopleReadTheWordsInTheirLanguage() throws {
    let russian = try #require(Self.russian)
    #expect(ViewText(catalogue: russian).render(View([.table(table())])).hasSuffix("leads  в темпе"))
    #expect(ViewText().render(View([.table(table())])).hasSuffix("leads  on pace"))
    #expect(MarkdownExporter().table(table(), catalogue: russian).last == "| leads | в темпе |")
    #expect(HTMLExporter().table(table(), catalogue: russian).contains("<td><bdi>в темпе</bdi></td>"))
  }

  @Test func dataKeepsTheEnglish() {
    let cell = Table.Cell.said(Message("actuals-goal-on-pace"))
    #expect(CSVExporter.fields(cell, count: 1).map(\.csv) == ["on pace"])
    #expect(JSONExporter.json(cell) == "\"on pace\"")
  }
}
