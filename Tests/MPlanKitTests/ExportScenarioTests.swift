import Foundation
import MPlanKit
import MPlanLanguage
import MPlanSyntax
import SwiftCSV
import Testing

/// What a comparison's export holds beside its values: what each scenario changes, in every
/// format; bars that run left of a zero line for values below zero; and the values the run
/// worked out, or worked out again once the prompt has changed what they read.
struct ExportScenarioTests {
  static let plan = """
    plan "Scenarios" { currency USD  period 2027-01 .. 2027-06 }
    objective growth
    let price = $1.50 per visit
    funnel inbound {
      visit -> lead     : 5%
      lead  -> customer : 20%
    }
    goal customers "Win 10 customers through search" {
      metric customer  baseline 0 customers  target 10 customers  by 2027-06-30  supports growth
      owner "Sales"  funnel inbound
    }
    let need = inbound.need(customers.target)
    budget ads "Ads" { total $20k  reserve 10%  control monthly by "CMO" }
    action search => customers { channel "Search"  cost price * need.visit  owner "Ana"  from ads }
    scenario cautious { inbound.visit->lead = 4% }
    scenario dear extends cautious { price = $48 per visit }
    compare base, cautious, dear on ads.available, ads.committed
    """

  @Test func everyFormatSaysWhatEachScenarioChanges() throws {
    let session = ExportTests.session(Self.plan)
    // Under `dear` the funnel needs 10 / 20% / 4% = 1,250 visits: 1,250 × $48 = $60,000
    // committed; available = $20,000 − $60,000 − $2,000 reserve = −$42,000.
    let markdown = try ExportTests.export(session, "md")
    #expect(markdown.contains("cautious: inbound.visit-&gt;lead 5% → 4%"))
    #expect(markdown.contains("dear: inbound.visit-&gt;lead 5% → 4%"))
    #expect(markdown.contains("dear: price $1.50 per visit → $48 per visit"))
    #expect(markdown.contains("| ads.available | $16,500 | $16,125 | -$42,000 |"))
    let html = try ExportTests.export(session, "html")
    #expect(
      html.contains(
        "<bdi>dear</bdi>: <bdi>price</bdi> <bdi dir=\"ltr\">$1.50 per visit</bdi> → <bdi dir=\"ltr\">$48 per visit</bdi>"
      ))
    let comparison = try #require((try ExportTests.json(session)["comparisons"] as? [[String: Any]])?.first)
    let changes = try #require(comparison["changes"] as? [[String: Any]])
    #expect(changes.map { $0["scenario"] as? String } == ["cautious", "dear", "dear"])
    #expect(
      changes.map { $0["target"] as? String } == ["inbound.visit->lead", "inbound.visit->lead", "price"])
    #expect(ExportTests.number(changes[2]["before"]) == 1.5)
    #expect(ExportTests.number(changes[2]["after"]) == 48)
    let csv = try CSV<Named>(
      string: try ExportTests.export(session, "csv", table: "scenarios"), delimiter: .comma)
    #expect(csv.header == ["scenario", "changes", "base", "base_unit", "value", "unit", "written"])
    #expect(csv.rows.count == 3)
    #expect(csv.rows[0]["base"] == "0.05" && csv.rows[0]["value"] == "0.04")
    // A price a visit is a rate, not an amount of money: a plain number, its unit beside it.
    #expect(csv.rows[2]["changes"] == "price" && csv.rows[2]["base"] == "1.5" && csv.rows[2]["value"] == "48")
    #expect(csv.rows[2]["unit"] == "USD per visit")
  }

  /// The bars of `ads.available`: base and cautious start at the zero line and run right;
  /// dear's −$42,000 ends at it, as long as 42,000 / (42,000 + 16,500) of the axis.
  @Test func aNegativeValueRunsLeftOfTheZeroLine() throws {
    let html = try ExportTests.export(ExportTests.session(Self.plan), "html")
    let figure = try #require(html.components(separatedBy: "Scenarios side by side").dropFirst().first)
    let zeroLine = try #require(Self.attributes("line class=\"zero\"", in: figure).first)
    let zero = try #require(zeroLine["x1"])
    let bars = Self.attributes("rect class=", in: figure).prefix(3)
    #expect(bars.count == 3)
    let (base, dear) = (bars[bars.startIndex], bars[bars.startIndex + 2])
    #expect(base["x"] == zero)
    #expect(try #require(dear["x"]) < zero)
    #expect(abs(try #require(dear["x"]) + (try #require(dear["width"])) - zero) < 0.11)
    let baseWidth = try #require(base["width"])
    let dearWidth = try #require(dear["width"])
    #expect(abs(dearWidth / (baseWidth + dearWidth) - 42_000.0 / 58_500) < 0.01)
  }

  /// At the prompt a comparison the history has moved past is worked out again for the
  /// export: after `let price = $3 per visit`, committed is 1,000 visits × $3 = $3,000.
  @Test func theExportShowsTheComparisonAsThePlanNowStands() throws {
    let session = ExportTests.session(Self.plan)
    #expect(!session.run(SourceFile(name: "<input>", text: "let price = $3 per visit")).hasErrors)
    let comparison = try #require((try ExportTests.json(session)["comparisons"] as? [[String: Any]])?.first)
    let committed = try #require((comparison["rows"] as? [[String: Any]])?[1]["values"] as? [Any])
    #expect(ExportTests.number(committed[0]) == 3_000)
  }

  /// `show goals`, Markdown and HTML have one goal table, and `show budget` and the exports
  /// one budget heading: the terminal and the exports are writers of the same blocks.
  @Test func theTerminalAndTheExportsShowTheSameTables() throws {
    var printed: [String] = []
    let session = Session(options: .init(interactive: true), output: { printed.append($0) })
    #expect(
      !session.run(SourceFile(name: "plan.mplan", text: Self.plan + "\nshow goals\nshow budget ads"))
        .hasErrors)
    let terminal = printed.joined(separator: "\n").split(separator: "\n").map(String.init)
    let goalHeadings = try #require(terminal.first { $0.hasPrefix("goal ") })
      .split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    #expect(
      goalHeadings == [
        "goal", "title", "metric", "baseline", "target", "deadline", "owner", "supports", "SMART", "actions",
      ])
    let markdown = try ExportTests.export(session, "md").split(separator: "\n").map(String.init)
    let markdownHeadings = try #require(markdown.first { $0.hasPrefix("| goal |") })
      .split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    #expect(markdownHeadings == goalHeadings)
    let html = try ExportTests.export(session, "html")
    let goalsSection = try #require(html.components(separatedBy: "<section id=\"goals\">").dropFirst().first)
    let htmlHeadings = goalsSection.components(separatedBy: "</thead>")[0].components(separatedBy: "<th")
      .dropFirst()
      .map { $0.drop { $0 != ">" }.dropFirst().prefix { $0 != "<" } }.map(String.init).filter { !$0.isEmpty }
    #expect(htmlHeadings == goalHeadings)
    let csv = try ExportTests.export(session, "csv", table: "goals").split(separator: "\r\n").first.map(
      String.init)
    #expect(csv == "goal,title,metric,baseline,target,unit,deadline,owner,supports,smart,actions,chance_met")
    // The budget: show budget's heading, with its controller, is the exports' heading.
    let budgetHeading = "budget ads — Ads (top-down, controlled monthly by CMO)"
    #expect(terminal.contains(budgetHeading))
    #expect(markdown.contains("### " + budgetHeading))
    #expect(terminal.contains { $0.hasPrefix("  committed") && $0.hasSuffix("1 action") })
    #expect(markdown.contains("| committed | $1,500 | 1 action |"))
  }

  /// The numbers of every `name="…"` attribute of each element that starts with `prefix`.
  static func attributes(_ prefix: String, in text: String) -> [[String: Double]] {
    text.components(separatedBy: "<" + prefix).dropFirst().map { element in
      let tag = element.prefix { $0 != ">" }
      var values: [String: Double] = [:]
      for pair in tag.split(separator: " ") {
        let parts = pair.split(separator: "=", maxSplits: 1)
        guard parts.count == 2 else { continue }
        let value = parts[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"/"))
        if let number = Double(value) { values[String(parts[0])] = number }
      }
      return values
    }
  }
}
