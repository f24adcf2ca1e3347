import MPlanLanguage
import MPlanReport
import MPlanSyntax
import Testing

@testable import MPlanPlanning

/// Issue 18: the rest of the document's words — chart captions, the funnel's and the
/// uncertain values' column labels, what changed at the prompt — are messages, said in the
/// reader's language; English stays as it was.
@Suite struct DocumentWordsTests {
  static func catalogue(_ text: String) throws -> Catalogue {
    try Catalogue(language: "ru", file: "test.ftl", text: text)
  }

  @Test func aChartsTitleAndDescriptionAreSaidByTheCatalogue() throws {
    let russian = try Self.catalogue(
      """
      chart-channel-spend-title = Расходы по каналам ({$currency})
      chart-channel-spend-description = {$count ->
          [one] {$count} канал
          [few] {$count} канала
         *[many] {$count} каналов
      }
      """)
    let chart = Chart(
      title: Message("chart-channel-spend-title", ["currency": .text("USD")]),
      description: Message("chart-channel-spend-description", ["count": .count(3)]),
      kind: .bars(
        [.init(label: nil, bars: [.init(label: "Search", value: 1, text: "$1")])], scaledByGroup: false))
    var charts = HTMLCharts(catalogue: russian)
    let drawn = charts.chart(chart)
    #expect(drawn.contains(">Расходы по каналам (USD)</title>"), "\(drawn)")
    #expect(drawn.contains(">3 канала</desc>"), "\(drawn)")
    var english = HTMLCharts()
    let inEnglish = english.chart(chart)
    #expect(inEnglish.contains(">Spend by channel (USD)</title>") && inEnglish.contains(">3 channels</desc>"))
  }

  /// What changed since the last run: a new value, one gone, a data table's changed cells.
  @Test func whatChangedIsSaidByTheCatalogue() throws {
    let set = ChangeSet(changes: [
      Change("reach", before: nil, after: .number(5)), Change("old", before: .number(1), after: nil),
      Change("x", before: .number(1), after: .number(2)),
    ])
    #expect(ChangeText.lines(set) == ["reach is new: 5", "old is gone", "x 1 → 2 (+100%)"])
    let russian = try Self.catalogue(
      "change-new = {$name} — новое: {$value}\nchange-gone = {$name} удалено\n")
    #expect(
      ChangeText.lines(set, catalogue: russian) == ["reach — новое: 5", "old удалено", "x 1 → 2 (+100%)"])
  }
}
