import Foundation
import MPlanKit
import SwiftCSV
import Testing

/// A data table exported alone (`export by_cpc to …`) or in the plan, read back as another
/// program would, every cell compared with the plan evaluated directly at that input.
extension ExportTests {
  static func tablePlan(cpc: String = "$1.20 per visit", rate: String = "2%") -> String {
    """
    let cpc = \(cpc)
    funnel inbound {
      visit -> mql      : \(rate)
      mql   -> sql      : 25%
      sql   -> customer : 20%
    }
    let need = inbound.need(10 customer)
    let spend = cpc * need.visit
    scenario cautious {
      inbound.visit->mql = 1.5%
    }

    """
  }

  /// `spend` and `need.visit` of the plan written with these inputs: direct evaluation.
  static func direct(cpc: Double, rate: Double = 0.02) throws -> (spend: Double, visits: Double) {
    let session = session(tablePlan(cpc: "$\(cpc) per visit", rate: "\(rate * 100)%"))
    return (
      try #require(value("spend", in: session)), try #require(value("need.visit", in: session))
    )
  }

  /// Runs the table plan with `statements` as a file in a new folder; returns the folder.
  static func runTablePlan(_ statements: String, twice: Bool = false) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "mplan-tables-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let script = folder.appendingPathComponent("plan.mplan")
    try Data((tablePlan() + statements + "\n").utf8).write(to: script)
    for _ in 0..<(twice ? 2 : 1) {
      let outcome = Session(output: { _ in }).runFile(path: script.path)
      #expect(!outcome.hasErrors, "\(outcome.diagnostics.map(\.message))")
    }
    return folder
  }

  static let cpcValues = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2]

  @Test func aTableExportsAloneAsCSVJSONAndMarkdownMatchingDirectEvaluation() throws {
    // Twice: the second run replaces the files the first wrote, without `--force`.
    let folder = try Self.runTablePlan(
      """
      let by_cpc = table spend, need.visit over cpc from $0.50 per visit to $2 per visit step $0.25 per visit
      export by_cpc to "by_cpc.csv"
      export by_cpc to "by_cpc.json"
      export by_cpc to "by_cpc.md"
      """, twice: true)
    let expected = try Self.cpcValues.map { try Self.direct(cpc: $0) }

    let text = try String(contentsOf: folder.appendingPathComponent("by_cpc.csv"), encoding: .utf8)
    let csv = try CSV<Enumerated>(string: text, delimiter: .comma)
    #expect(csv.header == ["cpc (USD per visit)", "spend (USD)", "need.visit (visit)"])
    #expect(csv.rows.count == Self.cpcValues.count)
    for (row, (cpc, direct)) in zip(csv.rows, zip(Self.cpcValues, expected)) {
      #expect(Double(row[0]) == cpc)
      #expect(abs(try #require(Double(row[1])) - direct.spend) < 0.005, "spend at \(cpc)")
      #expect(Double(row[2]) == direct.visits, "visits at \(cpc)")
    }

    let data = try Data(contentsOf: folder.appendingPathComponent("by_cpc.json"))
    let json = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(json["subject"] as? String == "by_cpc")
    let tables = try #require(json["tables"] as? [[String: Any]])
    #expect(tables.count == 1)
    #expect(tables[0]["outputs"] as? [String] == ["spend", "need.visit"])
    let rows = try #require(tables[0]["rows"] as? [[String: Any]])
    #expect(rows.count == Self.cpcValues.count)
    for (row, (cpc, direct)) in zip(rows, zip(Self.cpcValues, expected)) {
      let inputs = try #require(row["inputs"] as? [String: Any])
      let results = try #require(row["results"] as? [String: Any])
      #expect(Self.number(inputs["cpc"]) == cpc)
      #expect(Self.number(results["spend"]).map { abs($0 - direct.spend) < 1e-6 } == true)
      #expect((results["spend"] as? [String: Any])?["currency"] as? String == "USD")
      #expect(Self.number(results["need.visit"]) == direct.visits)
      #expect((results["need.visit"] as? [String: Any])?["unit"] as? String == "visit")
    }

    let markdown = try String(contentsOf: folder.appendingPathComponent("by_cpc.md"), encoding: .utf8)
    #expect(markdown.contains("### by_cpc"))
    #expect(markdown.contains("| $0.50 per visit | $5,000 | 10,000 visits |"))
    #expect(!markdown.contains("## Goals"))
  }

  @Test func aGridExportsInTheLongFormAPivotTableReads() throws {
    let folder = try Self.runTablePlan(
      """
      let grid = table spend over cpc in [$1 per visit, $2 per visit], inbound.visit->mql from 1% to 3% step 0.5%
      export grid to "grid.csv"
      """)
    let text = try String(contentsOf: folder.appendingPathComponent("grid.csv"), encoding: .utf8)
    let csv = try CSV<Enumerated>(string: text, delimiter: .comma)
    #expect(
      csv.header == ["cpc (USD per visit)", "inbound.visit->mql (fraction)", "result", "value", "unit"])
    let rates = [0.01, 0.015, 0.02, 0.025, 0.03]
    #expect(csv.rows.count == 2 * rates.count)
    for row in csv.rows {
      let cpc = try #require(Double(row[0]))
      let rate = try #require(Double(row[1]))
      #expect(row[2] == "spend")
      #expect(row[4] == "USD")
      let direct = try Self.direct(cpc: cpc, rate: rate)
      #expect(abs(try #require(Double(row[3])) - direct.spend) < 0.005, "spend at \(cpc), \(rate)")
    }
  }

  @Test func thePlanExportHoldsEveryTableAndTheirScenarios() throws {
    let folder = try Self.runTablePlan(
      """
      let by_cpc = table spend over cpc from $0.50 per visit to $2 per visit step $0.50 per visit
      table need.visit over inbound.visit->mql in [1%, 2%]
      compare base, cautious on by_cpc
      export plan to "plan.html"
      export plan to "plan.json"
      export cautious to "cautious.json"
      """)
    let html = try String(contentsOf: folder.appendingPathComponent("plan.html"), encoding: .utf8)
    #expect(html.contains("<section id=\"tables\">"))
    #expect(html.contains("<h3><bdi>by_cpc</bdi></h3>"))
    #expect(html.contains("<h3><bdi>by_cpc under cautious</bdi></h3>"))
    #expect(html.contains("<h3><bdi>table need.visit over inbound.visit-&gt;mql</bdi></h3>"))
    // A one-input table's first result as a line.
    #expect(html.contains("spend as cpc goes from $0.50 per visit to $2 per visit"))
    #expect(html.contains("<polyline class=\"line\""))
    let data = try Data(contentsOf: folder.appendingPathComponent("plan.json"))
    let json = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
    let tables = try #require(json["tables"] as? [[String: Any]])
    #expect(
      tables.map { $0["title"] as? String } == [
        "by_cpc", "table need.visit over inbound.visit->mql", "by_cpc under cautious",
      ])
    // Under `cautious` (1.5% from visit to MQL) each cell is the plan evaluated there.
    let rows = try #require(tables[2]["rows"] as? [[String: Any]])
    for row in rows {
      let cpc = try #require(Self.number((row["inputs"] as? [String: Any])?["cpc"]))
      let spend = try #require(Self.number((row["results"] as? [String: Any])?["spend"]))
      #expect(abs(spend - (try Self.direct(cpc: cpc, rate: 0.015)).spend) < 1e-6)
    }
    // The compare of a table adds no row of values.
    #expect((json["comparisons"] as? [Any])?.isEmpty == true)
    // A scenario's export holds the tables worked out under it.
    let scenario = try #require(
      JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("cautious.json")))
        as? [String: Any])
    #expect(
      (scenario["tables"] as? [[String: Any]])?.map { $0["title"] as? String } == ["by_cpc under cautious"])
  }

  /// At the prompt a table recalculates when what it reads is defined again; the export holds
  /// it once, with the new cells.
  @Test func aRecalculatedTableIsExportedOnceWithItsNewCells() throws {
    let session = Self.session(
      Self.tablePlan() + "let by_rate = table spend over inbound.visit->mql in [1%, 2%]\n")
    _ = session.evaluate("let cpc = $2 per visit")
    let tables = try #require(try Self.json(session)["tables"] as? [[String: Any]])
    #expect(tables.count == 1)
    let rows = try #require(tables.first?["rows"] as? [[String: Any]])
    let spends = rows.map { Self.number(($0["results"] as? [String: Any])?["spend"]) }
    #expect(spends == [try Self.direct(cpc: 2, rate: 0.01).spend, try Self.direct(cpc: 2).spend])
  }
}
