import Foundation
import MPlanKit
import MPlanLanguage
import MPlanPlanning
import MPlanReport
import MPlanSyntax
import SwiftCSV
import Testing

/// Exports read back as another program would read them: the JSON parsed and every figure
/// checked against the interpreter, the CSV read by a CSV library with every amount matching,
/// the HTML checked for its charts, its escaping and that it refers to nothing outside itself.
@Suite struct ExportTests {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()

  /// A session that ran `text`, at the prompt's pace so expressions can be asked after it.
  static func session(_ text: String, name: String = "plan.mplan") -> Session {
    let session = Session(options: .init(interactive: true), output: { _ in })
    let outcome = session.run(SourceFile(name: name, text: text))
    #expect(!outcome.hasErrors, "\(outcome.diagnostics.map(\.message))")
    return session
  }

  static func example(_ name: String) throws -> Session {
    let text = try String(
      contentsOf: repository.appendingPathComponent("examples/\(name)"), encoding: .utf8)
    return session(text, name: name)
  }

  static func value(_ expression: String, in session: Session) -> Double? {
    session.evaluate(expression).value?.quantity?.magnitude.central
  }

  static func export(_ session: Session, _ format: String, table: String? = nil) throws -> String {
    try session.exportText(ExportRequest(path: "-", format: format, table: table))
  }

  static func json(_ session: Session) throws -> [String: Any] {
    let text = try export(session, "json")
    return try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  /// `{"amount": …}` or `{"value": …}`: the number a JSON quantity holds.
  static func number(_ quantity: Any?) -> Double? {
    guard let object = quantity as? [String: Any] else { return nil }
    return (object["amount"] ?? object["value"]) as? Double
  }

  // MARK: - JSON

  @Test func jsonOfTheGrowthPlanHoldsEveryFigureTheInterpreterHas() throws {
    let session = try Self.example("growth-plan.mplan")
    let json = try Self.json(session)
    #expect(json["format"] as? String == "mplan-plan-export")
    #expect(json["version"] as? Int == 1)
    let plan = try #require(json["plan"] as? [String: Any])
    #expect(plan["title"] as? String == "Growth 2027")
    #expect(plan["currency"] as? String == "USD")
    let goals = try #require(json["goals"] as? [[String: Any]])
    #expect(goals.count == 6)
    for goal in goals {
      let name = try #require(goal["name"] as? String)
      #expect(Self.number(goal["target"]) == Self.value("\(name).target", in: session), "\(name)")
      #expect(Self.number(goal["baseline"]) == Self.value("\(name).baseline", in: session), "\(name)")
      #expect((goal["smart"] as? [String: Bool])?.values.allSatisfy { $0 } == true)
    }
    let conversion = try #require(goals.first { $0["name"] as? String == "conversion" })
    #expect((conversion["target"] as? [String: Any])?["percent"] as? Bool == true)
    #expect(Self.number(conversion["target"]) == 0.03)
    let budget = try #require((json["budgets"] as? [[String: Any]])?.first)
    // The language calls the reserve's amount `reserved` (`reserve` is the field, 20%).
    for (account, member) in [
      ("committed", "committed"), ("reserve", "reserved"), ("available", "available"), ("needed", "needed"),
    ] {
      #expect(Self.number(budget[account]) == Self.value("marketing.\(member)", in: session), "\(account)")
      #expect((budget[account] as? [String: Any])?["currency"] as? String == "USD")
    }
    let pacing = try #require(budget["pacing"] as? [[String: Any]])
    #expect(pacing.count == 12)
    let total = pacing.compactMap { $0["amount"] as? Double }.reduce(0, +)
    #expect(abs(total - Self.value("marketing.committed", in: session)!) < 1e-6)
    let funnel = try #require((json["funnels"] as? [[String: Any]])?.first)
    let stages = try #require(funnel["stages"] as? [[String: Any]])
    for stage in stages {
      let name = try #require(stage["name"] as? String)
      #expect(Self.number(stage["count"]) == Self.value("need.\(name)", in: session), "\(name)")
    }
    #expect(Self.number(stages[1]["rate"]) == 0.02)
    let actions = try #require(json["actions"] as? [[String: Any]])
    for action in actions {
      let name = try #require(action["name"] as? String)
      let months = try #require(action["months"] as? [[String: Any]])
      let spread = months.compactMap { $0["amount"] as? Double }.reduce(0, +)
      #expect(abs(spread - Self.value("\(name).cost", in: session)!) < 1e-6, "\(name)")
    }
    let checks = try #require(json["checks"] as? [String: Any])
    #expect((checks["open"] as? [Any])?.isEmpty == true)
    #expect(checks["passed"] as? Int == checks["total"] as? Int)
  }

  @Test func uncertainValuesCarryTheirPercentiles() throws {
    let session = try Self.example("uncertain-spend.mplan")
    let json = try Self.json(session)
    let uncertain = try #require(json["uncertain"] as? [[String: Any]])
    #expect(uncertain.map { $0["name"] as? String } == ["deal_size", "spend"])
    for entry in uncertain {
      let name = try #require(entry["name"] as? String)
      let value = try #require(entry["value"] as? [String: Any])
      #expect(value["uncertain"] as? Bool == true)
      for member in ["mean", "p5", "p50", "p95"] {
        let expected = try #require(Self.value("\(name).\(member)", in: session))
        let exported = try #require(value[member] as? Double)
        #expect(abs(exported - expected) <= 1e-9 * max(1, abs(expected)), "\(name).\(member)")
      }
    }
    let spend = try #require(uncertain.last?["value"] as? [String: Any])
    #expect(spend["currency"] as? String == "USD")
  }

  @Test func everyCompareOfTheScriptIsExportedWithItsDeltas() throws {
    let session = Self.session(
      """
      let price = $2 per visit
      let traffic = 1,000 visits
      let cost = price * traffic
      scenario dear { price = $3 per visit }
      compare base, dear on cost, traffic
      """)
    let comparisons = try #require(try Self.json(session)["comparisons"] as? [[String: Any]])
    #expect(comparisons.count == 1)
    let rows = try #require(comparisons[0]["rows"] as? [[String: Any]])
    #expect(comparisons[0]["scenarios"] as? [String] == ["base", "dear"])
    #expect(rows[0]["expression"] as? String == "cost")
    let values = try #require(rows[0]["values"] as? [Any])
    #expect(values.map(Self.number) == [2000, 3000])
    let delta = try #require((rows[0]["deltas"] as? [[String: Any]])?.first)
    #expect(delta["difference"] as? Double == 1000)
    #expect(delta["ratio"] as? Double == 0.5)
    let markdown = try Self.export(session, "md")
    #expect(markdown.contains("| cost | $2,000 | $3,000 | +50% |"))
  }

  @Test func exportingLeavesTheSessionAsItWas() throws {
    let session = try Self.example("uncertain-spend.mplan")
    let before = Self.value("spend.p95", in: session)
    _ = try Self.export(session, "html")
    #expect(Self.value("spend.p95", in: session) == before)
    #expect(try Self.export(session, "json") == (try Self.export(session, "json")))
  }

  // MARK: - CSV

  @Test func theLedgerReadsBackWithEveryAmountMatching() throws {
    let session = try Self.example("growth-plan.mplan")
    let text = try Self.export(session, "csv")
    #expect(text.hasPrefix("plan,budget,action,goals,channel,owner,month,amount,currency\r\n"))
    let csv = try CSV<Named>(string: text, delimiter: .comma)
    #expect(
      csv.header == ["plan", "budget", "action", "goals", "channel", "owner", "month", "amount", "currency"])
    var byAction: [String: Decimal] = [:]
    for row in csv.rows {
      #expect(row["plan"] == "Growth 2027")
      #expect(row["currency"] == "USD")
      let amount = try #require(row["amount"].flatMap { Decimal(string: $0) })
      byAction[row["action"]!, default: 0] += amount
    }
    #expect(byAction.count == 6)
    for (action, sum) in byAction {
      let cost = try #require(Self.value("\(action).cost", in: session))
      #expect(abs(NSDecimalNumber(decimal: sum).doubleValue - cost) < 0.005, "\(action)")
    }
    // blog_posts: $10,400 over 12 months does not divide into cents; the months still add up.
    #expect(byAction["blog_posts"] == Decimal(string: "10400.00"))
  }

  @Test(arguments: ["goals", "actions", "budgets", "pacing", "checks"])
  func everyTableReadsBack(table: String) throws {
    let session = try Self.example("flawed-plan.mplan")
    let text = try Self.export(session, "csv", table: table)
    let csv = try CSV<Enumerated>(string: text, delimiter: .comma)
    #expect(csv.header.count > 3)
    for row in csv.rows { #expect(row.count == csv.header.count) }
    if table == "checks" { #expect(!csv.rows.isEmpty) }
  }

  @Test func aTableIsRefusedForAnotherFormat() {
    let session = Self.session("let x = 1")
    #expect(throws: Diagnostic.self) { try Self.export(session, "md", table: "goals") }
    #expect(throws: Diagnostic.self) { try Self.export(session, "csv", table: "nope") }
    #expect(throws: Diagnostic.self) { try Self.export(session, "pdf") }
  }

  // MARK: - Hostile names

  static let hostile = "Q\"1, <script>alert(1)</script> ]]> | *x* \u{200F}مرحبا\u{200E} 🚀\nnext"
  static let hostilePlan = """
    plan "\(escapedForMPlan(hostile))" {
      currency USD
      period   2027-01 .. 2027-03
    }
    objective growth "\(escapedForMPlan(hostile))"
    goal leads "\(escapedForMPlan(hostile))" {
      metric   mql
      baseline 10 mql
      target   20 mql
      by       2027-03-31
      supports growth
      owner    "\(escapedForMPlan(hostile))"
    }
    budget money { total $9k }
    action ads => leads {
      channel "\(escapedForMPlan(hostile))"
      cost    $3,000
      owner   "=cmd|' /C calc'!A0"
      period  2027-01 .. 2027-03
      from    money
    }
    """

  static func escapedForMPlan(_ text: String) -> String {
    text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
      .replacingOccurrences(of: "\n", with: "\\n")
  }

  @Test func hostileNamesSurviveEveryFormat() throws {
    let session = Self.session(Self.hostilePlan)
    // JSON: the same strings back.
    let json = try Self.json(session)
    #expect((json["plan"] as? [String: Any])?["title"] as? String == Self.hostile)
    #expect((json["actions"] as? [[String: Any]])?.first?["channel"] as? String == Self.hostile)
    // The goals' and actions' records are the grids' rows: a name and a list of names each
    // escaped by the cell's type.
    let goal = (json["goals"] as? [[String: Any]])?.first
    #expect(goal?["title"] as? String == Self.hostile && goal?["owners"] as? [String] == [Self.hostile])
    // CSV: the same strings back; a formula is defused.
    let csv = try CSV<Named>(string: try Self.export(session, "csv"), delimiter: .comma)
    #expect(csv.rows.count == 3)
    #expect(csv.rows.first?["channel"] == Self.hostile)
    #expect(csv.rows.first?["plan"] == Self.hostile)
    #expect(csv.rows.first?["owner"] == "'=cmd|' /C calc'!A0")
    // Markdown: no HTML gets through, and each table row keeps its cells.
    let markdown = try Self.export(session, "md")
    #expect(!markdown.contains("<script"))
    #expect(markdown.contains("&lt;script&gt;"))
    // The goal table's ten columns: eleven pipes, none of them from the hostile title.
    for line in markdown.split(separator: "\n") where line.hasPrefix("| leads") {
      #expect(line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count == 11)
    }
    // HTML: escaped text, and nothing that could run or load.
    let html = try Self.export(session, "html")
    #expect(!html.contains("<script"))
    #expect(!html.contains("]]>"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; ]]&gt;"))
    #expect(html.contains("Q&quot;1"))
  }

  /// A text cell a spreadsheet would run as a formula starts with `=`, `+`, `-` or `@` (or a
  /// tab or carriage return that some readers strip first): each is written after a `'`.
  /// Amounts, which may well start with `-`, are numbers and stay as they are.
  @Test(arguments: ["=1+2", "+1+2", "-1+2", "@SUM(A1)", "\tx", "\rx"])
  func aTextCellThatASpreadsheetWouldRunIsDefused(owner: String) throws {
    let session = Self.session(
      """
      plan "Guard" { currency USD  period 2027-01 .. 2027-03 }
      objective growth
      goal leads { metric mql  baseline 10 mql  target 20 mql  by 2027-03-31  supports growth  owner "\(Self.escapedForMPlan(owner))" }
      budget money { total $1k }
      action ads => leads { channel "\(Self.escapedForMPlan(owner))"  cost $300  owner "\(Self.escapedForMPlan(owner))"  period 2027-01 .. 2027-03  from money }
      """)
    let ledger = try CSV<Named>(string: try Self.export(session, "csv"), delimiter: .comma)
    #expect(ledger.rows.count == 3)
    for row in ledger.rows {
      #expect(row["owner"] == "'" + owner)
      #expect(row["channel"] == "'" + owner)
    }
    let goals = try CSV<Named>(string: try Self.export(session, "csv", table: "goals"), delimiter: .comma)
    #expect(goals.rows.first?["owner"] == "'" + owner)
    // A negative amount is a number, not a formula: no quote before it.
    let actions = try CSV<Named>(string: try Self.export(session, "csv", table: "actions"), delimiter: .comma)
    #expect(actions.rows.first?["owner"] == "'" + owner)
    #expect(actions.rows.first?["cost"] == "300.00")
  }

  /// Amounts below zero in a CSV view are numbers: `-12000.00`, never `'-12000.00`.
  @Test func aNegativeAmountIsANumberNotAFormula() throws {
    let session = Self.session(
      """
      plan "Over" { currency USD  period 2027-01 .. 2027-03 }
      objective growth
      goal leads { metric mql  baseline 10 mql  target 20 mql  by 2027-03-31  supports growth  owner "Ana" }
      budget money { total $1k }
      action ads => leads { cost $13k  owner "Ana"  period 2027-01 .. 2027-03  from money }
      """)
    let budgets = try CSV<Named>(string: try Self.export(session, "csv", table: "budgets"), delimiter: .comma)
    // $1,000 given − $13,000 committed − no reserve = −$12,000 available.
    #expect(budgets.rows.first?["available"] == "-12000.00")
  }

  // MARK: - HTML

  static func count(_ needle: String, in text: String) -> Int {
    text.components(separatedBy: needle).count - 1
  }

  @Test func theHTMLReportHasItsChartsAndReachesNothingOutside() throws {
    let session = try Self.example("growth-plan.mplan")
    _ = session.evaluate("scenario dear { inbound.visit->mql = 1.5% }\ncompare base, dear on need.visit")
    let html = try Self.export(session, "html")
    #expect(
      html.hasPrefix("<!DOCTYPE html>\n<!-- written by mplan export -->\n<html lang=\"en\" dir=\"ltr\">"))
    for section in [
      "objectives", "goals", "funnels", "budgets", "actions", "reports", "comparisons", "checks",
    ] {
      #expect(html.contains("<section id=\"\(section)\">"), "\(section)")
    }
    // The funnel, the pacing of the one budget, spend by channel, and the comparison.
    #expect(Self.count("<svg ", in: html) == 4)
    #expect(html.contains("Funnel inbound"))
    #expect(html.contains("Spend by channel (USD)"))
    #expect(html.contains("Scenarios side by side: base, dear"))
    for index in 1...4 {
      #expect(html.contains("aria-labelledby=\"chart-\(index)-title chart-\(index)-desc\""))
      #expect(html.contains("<title id=\"chart-\(index)-title\">"))
    }
    // Readable on a phone, printable, and the SMART marks in order in either direction.
    #expect(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
    #expect(html.contains("@media print"))
    #expect(html.contains("<td class=\"smart\"><bdi dir=\"ltr\">"))
    // The numbers are in text too.
    #expect(html.contains("<bdi dir=\"ltr\">$35,800</bdi>"))
    for reference in [
      "http:", "https:", "src=", "href=", "url(", "@import", "<script", "<link", "<img", "<iframe",
    ] {
      #expect(!html.contains(reference), "\(reference)")
    }
  }

  @Test func uncertainValuesHaveADistribution() throws {
    let html = try Self.export(try Self.example("uncertain-spend.mplan"), "html")
    #expect(html.contains("Distribution of spend"))
    #expect(html.contains("Distribution of deal_size"))
    #expect(html.contains("p95 "))
  }

  @Test(arguments: [("خطة النمو", "ar"), ("برنامه رشد پاییز", "fa"), ("תוכנית צמיחה", "he")])
  func rightToLeftTitlesLayOutRightToLeft(title: String, language: String) throws {
    let session = Self.session("plan \"\(title)\" {\n  currency USD\n}\nobjective growth \"Grow\"")
    let html = try Self.export(session, "html")
    #expect(html.contains("<html lang=\"\(language)\" dir=\"rtl\">"))
    #expect(html.contains("<bdi>Currency <bdi dir=\"ltr\">USD</bdi></bdi>"))
    #expect(
      !(try Self.export(Self.session("plan \"Growth\" {\n  currency USD\n}"), "html")).contains("dir=\"rtl\"")
    )
  }
}

/// `export NAME to …` in a script: one goal, budget, funnel or value, written beside the
/// script.
@Suite struct ExportPartTests {
  @Test func eachPartHoldsWhatItNames() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "mplan-export-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let plan = try String(
      contentsOf: ExportTests.repository.appendingPathComponent("examples/growth-plan.mplan"), encoding: .utf8
    )
    let script = folder.appendingPathComponent("plan.mplan")
    let exports = """
      export marketing to "budget.json"
      export inbound to "funnel.json"
      export new_customers to "goal.json"
      export last_year to "value.json"
      """
    try Data((plan + "\n" + exports + "\n").utf8).write(to: script)
    let outcome = Session(output: { _ in }).runFile(path: script.path)
    #expect(!outcome.hasErrors, "\(outcome.diagnostics.map(\.message))")
    func read(_ name: String) throws -> [String: Any] {
      let data = try Data(contentsOf: folder.appendingPathComponent(name))
      return try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
    }
    func count(_ json: [String: Any], _ key: String) -> Int { (json[key] as? [Any])?.count ?? 0 }
    let budget = try read("budget.json")
    #expect(budget["subject"] as? String == "marketing")
    #expect(count(budget, "budgets") == 1)
    #expect(count(budget, "actions") == 6)
    #expect(count(budget, "goals") == 0)
    #expect(budget["checks"] == nil)
    let funnel = try read("funnel.json")
    #expect(count(funnel, "funnels") == 1)
    #expect(count(funnel, "budgets") == 0)
    let goal = try read("goal.json")
    #expect((goal["goals"] as? [[String: Any]])?.first?["name"] as? String == "new_customers")
    let value = try read("value.json")
    let values = try #require(value["values"] as? [[String: Any]])
    #expect(ExportTests.number(values.first?["value"]) == 2_400_000)
  }
}
