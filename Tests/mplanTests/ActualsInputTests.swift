import Foundation
import Testing

/// Issue 27, cases 14, 15, 18 and 23: what an actuals file holds cannot take the memory, the
/// screen or the terminal. Damaged rows are skipped at their line, the rest is read.
@Suite struct ActualsInputTests {
  static let mapping = "{\n  date \"Day\"\n  action \"Campaign\"\n  amount \"Cost\"\n}\n"

  /// A plan reading `csv` as actuals `ads`, then `tail`; returns the plan's path.
  static func plan(csv: Data, head: String = "", tail: String = "show actuals\n") throws -> String {
    let path = try RunMPlan.temporaryFile(csv, name: "ads.csv")
    let plan = (path as NSString).deletingLastPathComponent + "/plan.mplan"
    try (head + "actuals ads from \"ads.csv\" " + mapping + tail).write(
      toFile: plan, atomically: true, encoding: .utf8)
    return plan
  }

  static func rows(_ count: Int, from first: Int = 0) -> String {
    (first..<(first + count)).map { "2027-01-\(String(format: "%02d", 1 + $0 % 28)),c\($0),1\n" }.joined()
  }

  @Test func aQuoteNeverClosedDamagesOneRowNotTheRestOfTheFile() throws {
    let csv = "Day,Campaign,Cost\n2027-01-01,first,1\n2027-01-02,\"broken,2\n" + Self.rows(100_000)
    let result = try RunMPlan.run(["run", try Self.plan(csv: Data(csv.utf8))], timeout: 60)
    #expect(result.status == 0, "\(result.standardError.prefix(500))")
    #expect(
      result.standardError.contains(
        "ads.csv:3:12: warning[W0801]: row skipped: a quote opened at column 12 is never closed"))
    #expect(
      result.standardOutput.contains("actuals ads: 100,001 rows"), "\(result.standardOutput.prefix(300))")
  }

  @Test func anEndlessLineDamagesOneRow() throws {
    let endless = String(repeating: "x", count: 3 << 20)
    let csv =
      "Day,Campaign,Cost\n2027-01-01,\(endless),1\n" + "2027-01-02,\"" + endless + "\n" + Self.rows(10)
    let result = try RunMPlan.run(["run", try Self.plan(csv: Data(csv.utf8))], timeout: 60)
    #expect(result.status == 0, "\(result.standardError.prefix(500))")
    #expect(
      result.standardError.contains("ads.csv:2:12: warning[W0801]: row skipped: field 2 is longer than 64 KB")
    )
    #expect(
      result.standardError.contains(
        "ads.csv:3:12: warning[W0801]: row skipped: a quote opened at column 12 is never closed"))
    #expect(result.standardOutput.contains("actuals ads: 10 rows"))
    #expect(result.standardError.utf8.count < 4_000)
  }

  /// Issue 20: a 100 MB cell, bare or quoted, in any column: a warning at its file, line and
  /// column, and every other row read.
  @Test(arguments: ["amount", "quoted name"])
  func aHundredMegabyteCellDamagesOneRow(_ column: String) throws {
    let cell = String(repeating: "9", count: 100 << 20)
    let row = column == "amount" ? "2027-01-02,big,\(cell)\n" : "2027-01-02,\"\(cell)\",1\n"
    let csv = "Day,Campaign,Cost\n2027-01-01,first,1\n" + row + Self.rows(10)
    let result = try RunMPlan.run(["run", try Self.plan(csv: Data(csv.utf8))], timeout: 120)
    #expect(result.status == 0, "\(result.standardError.prefix(500))")
    let at = column == "amount" ? "ads.csv:3:16:" : "ads.csv:3:12:"
    #expect(
      result.standardError.contains("\(at) warning[W0801]: row skipped: field "),
      "\(result.standardError.prefix(500))")
    #expect(result.standardOutput.contains("actuals ads: 11 rows"), "\(result.standardOutput.prefix(300))")
    #expect(result.standardError.utf8.count < 4_000)
  }

  @Test func aRowOfMillionsOfFieldsDamagesOneRow() throws {
    let csv = "Day,Campaign,Cost\n2027-01-01," + String(repeating: ",", count: 2 << 20) + "\n" + Self.rows(3)
    let result = try RunMPlan.run(["run", try Self.plan(csv: Data(csv.utf8))], timeout: 60)
    #expect(result.standardError.contains("ads.csv:2:"), "\(result.standardError.prefix(500))")
    #expect(result.standardError.contains("the row is longer than 1 MB"))
    #expect(result.standardOutput.contains("actuals ads: 3 rows"))
  }

  @Test func aLongCampaignNameIsCutInViewsAndWarnings() throws {
    let name = String(repeating: "n", count: 60_000)
    let csv = "Day,Campaign,Cost\n2027-01-01,\(name),1\n2027-01-02,short,2\n2027-01-03,\(name),x\n"
    let result = try RunMPlan.run(["run", try Self.plan(csv: Data(csv.utf8))], timeout: 60)
    #expect(result.status == 0, "\(result.standardError.prefix(500))")
    #expect(result.standardOutput.contains(String(repeating: "n", count: 99) + "…"))
    #expect(result.standardOutput.utf8.count < 2_000, "\(result.standardOutput.utf8.count) bytes")
    #expect(result.standardError.utf8.count < 2_000, "\(result.standardError.utf8.count) bytes")
  }

  static let hostile =
    "Day,Campaign,Cost\n2027-01-01,\"evil\u{1B}]0;owned\u{07}\u{1B}[2J\u{1B}[31mred\",5\n"
    + "2027-01-02,\"evil\u{1B}[2J\",x\n"

  @Test func controlCharactersOfANameNeverReachTheTerminal() throws {
    let plan = try Self.plan(
      csv: Data(Self.hostile.utf8), head: Self.plannedHead, tail: "show actuals\nshow review by action\n")
    let result = try RunMPlan.run(["run", plan])
    #expect(result.status == 0, "\(result.standardError)")
    for output in [result.standardOutput, result.standardError] {
      #expect(!output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(output)")
    }
    #expect(result.standardOutput.contains("evil␛]0;owned␇␛[2J␛[31mred"))
    let check = try RunMPlan.run(["check", plan])
    #expect(
      !check.standardOutput.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" },
      "\(check.standardOutput)")
    #expect(check.standardOutput.contains("evil␛"))
  }

  /// The name reaches an export in PLAN-T03's message (the CSV export has no checks).
  @Test(arguments: ["md", "html", "json"])
  func controlCharactersOfANameAreEscapedInExports(format: String) throws {
    let plan = try Self.plan(csv: Data(Self.hostile.utf8), head: Self.plannedHead, tail: "")
    let result = try RunMPlan.run(["export", plan, "--format", format, "-o", "-"])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.contains("evil"))
    #expect(!result.standardOutput.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" })
    if format == "json" { #expect(result.standardOutput.contains("evil\\u001b]0;owned\\u0007")) }
  }

  /// A plan with one action, so that `mplan check` runs the tracking checks.
  static let plannedHead = """
    plan "T" { currency USD  period 2027-01 .. 2027-12 }
    objective growth "Grow"
    goal customers "Win" { metric customer  baseline 0 customers  target 12 customers  by 2027-12-31  supports growth  owner Ana }
    budget marketing { total $20k }
    action search "Paid search" => customers { channel Search  cost $6k  owner Ana  from marketing  period 2027-01 .. 2027-06 }

    """

  @Test func checkNamesTwentyUnplannedCampaignsAndCountsTheRest() throws {
    let plan = try Self.plan(
      csv: Data(("Day,Campaign,Cost\n" + Self.rows(1_000)).utf8), head: Self.plannedHead, tail: "")
    let result = try RunMPlan.run(["check", plan], timeout: 60)
    let named = result.standardOutput.components(separatedBy: "\n").filter {
      $0.contains("no action of the plan is called that")
    }
    #expect(named.count == 20, "\(result.standardOutput.prefix(2_000))")
    #expect(
      result.standardOutput.contains("… and 980 more campaigns no action of the plan names spent $980 in all")
    )
  }
}
