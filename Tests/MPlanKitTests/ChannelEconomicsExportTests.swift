import Foundation
import MPlanKit
import MPlanLanguage
import MPlanPlanning
import MPlanReport
import MPlanSyntax
import SwiftCSV
import Testing

/// Unit economics travel through the document model: the CSV grid, the Markdown and the HTML
/// carry the figures the interpreter has for the channels of examples/channel-mix.mplan.
@Suite struct ChannelEconomicsExportTests {
  /// The example's worked year, recomputed by hand: 100,000 visits for 120 customers (search
  /// 60% at $0.45 a visit = $27,000; linkedin 20% = 20,000 visits, 2,000,000 impressions at
  /// $15 a thousand = $30,000, and 40 customers at its own rates; webinars 4 × $3,000 =
  /// $12,000; content the rest, 8,000 visits, $18,000): $87,000 ÷ 120 = $725 a customer.
  @Test func theCSVGridHoldsEachChannelsFiguresAsTheMembersGiveThem() throws {
    let session = try ExportTests.example("channel-mix.mplan")
    #expect(ExportTests.value("new_customers.cac", in: session) == 725)
    #expect(ExportTests.value("new_customers.spend", in: session) == 87_000)
    let text = try ExportTests.export(session, "csv", table: "economics")
    let csv = try CSV<Named>(string: text, delimiter: .comma)
    #expect(
      csv.header == [
        "funnel", "channel", "share", "top", "bottom", "spend", "cost_per_top", "cac", "spend_share",
        "payback_months", "ltv_cac", "romi",
      ])
    #expect(csv.rows.map { $0["channel"] } == ["search", "linkedin", "webinars", "content", "blended"])
    for row in csv.rows {
      let name = row["channel"] == "blended" ? "new_customers" : row["channel"]!
      for (column, member) in [
        ("spend", "spend"), ("cac", "cac"), ("spend_share", "spend_share"), ("romi", "romi"),
      ] {
        let member = try #require(ExportTests.value("\(name).\(member)", in: session))
        let cell = try #require(Double(row[column] ?? ""))
        #expect(abs(cell - member) < 0.005, "\(name) \(column): \(cell) against \(member)")
      }
    }
    let blended = try #require(csv.rows.last)
    // 100,000 visits; $87,000 ÷ 100,000 = $0.87 a visit; $87,000 ÷ $1,080,000 = 8.06%.
    #expect(blended["top"] == "100000")
    #expect(blended["cost_per_top"] == "0.87")
    #expect(blended["bottom"] == "120")
  }

  @Test func markdownAndHTMLShowTheUnitEconomicsSection() throws {
    let session = try ExportTests.example("channel-mix.mplan")
    let markdown = try ExportTests.export(session, "md")
    #expect(markdown.contains("## Unit economics"))
    // linkedin: $30,000 ÷ 40 customers = $750; 200 SQLs at its own 50% → $150 an SQL.
    #expect(
      markdown.contains(
        "| linkedin | 20% | 20,000 visits | 40 customers | $30,000 | $1.50 | $75 | $150 | $750 |"))
    let html = try ExportTests.export(session, "html")
    #expect(html.contains("<section id=\"economics\">"))
    #expect(html.contains("$725"))
  }
}
