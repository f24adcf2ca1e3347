import Foundation
import MPlanKit
import MPlanLanguage
import MPlanPlanning
import MPlanSyntax
import Testing

@testable import MPlanPlanning

/// Reading actuals from files that change and files with many damaged rows; the script tests
/// in Tests/Scripts/actuals cover the views and the findings end to end.
@Suite struct ActualsTests {
  static func folder() throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("actuals-" + UUID().uuidString)
      .path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  static let block = """
    actuals spend from "ads.csv" { date "Day"  action "Campaign"  amount "Cost"  leads "Leads" }

    """

  static func run(in folder: String) -> (ledger: ActualsLedger?, diagnostics: [Diagnostic]) {
    let session = Session(output: { _ in })
    let outcome = session.run(SourceFile(name: folder + "/plan.mplan", text: block))
    return (ActualsStore.ledgers(in: session.environment).first, outcome.diagnostics)
  }

  @Test func anExportThatGrewIsReadAgainWithoutCountingARowTwice() throws {
    let folder = try Self.folder()
    let file = folder + "/ads.csv"
    try "Day,Campaign,Cost,Leads\n2027-01-01,search,10,1\n2027-01-02,search,20,1\n".write(
      toFile: file, atomically: true, encoding: .utf8)
    #expect(Self.run(in: folder).ledger?.grandTotal.spend == 30)
    // The platform appends a day; the next run reads the file afresh.
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: file))
    handle.seekToEndOfFile()
    handle.write(Data("2027-01-03,search,40,2\n".utf8))
    try handle.close()
    let again = try #require(Self.run(in: folder).ledger)
    #expect(again.grandTotal.spend == 70)
    #expect(again.rowsRead == 3)
    #expect(again.grandTotal.result(.leads) == 4)
  }

  @Test func manyDamagedRowsAreReportedFiveThenCounted() throws {
    let folder = try Self.folder()
    var text = "Day,Campaign,Cost,Leads\n2027-01-01,search,10,1\n"
    for day in 2...9 { text += "2027-01-0\(day),search,oops,1\n" }
    try text.write(toFile: folder + "/ads.csv", atomically: true, encoding: .utf8)
    let (ledger, diagnostics) = Self.run(in: folder)
    let skipped = diagnostics.filter { $0.code == "W0801" }
    #expect(skipped.count == 6)
    #expect(skipped.prefix(5).map(\.span.line) == [3, 4, 5, 6, 7])
    #expect(skipped.last?.message.hasPrefix("8 damaged rows") == true)
    #expect(ledger?.rowsRead == 1)
    #expect(ledger?.rowsSkipped == 8)
  }

  @Test func aRefundLowersTheSpend() throws {
    let folder = try Self.folder()
    try "Day,Campaign,Cost,Leads\n2027-01-01,search,$100.00,1\n2027-01-02,search,($25.50),0\n".write(
      toFile: folder + "/ads.csv", atomically: true, encoding: .utf8)
    #expect(Self.run(in: folder).ledger?.grandTotal.spend == 74.5)
  }

  @Test func aSuggestionStaysANoteUnderStrictAndIsCountedApart() {
    let note = Diagnostic(.note, code: "PLAN-T06", "moving $300 from Display to Search", at: .unknown)
    let warning = Diagnostic(.warning, code: "PLAN-T02", "a forgotten campaign", at: .unknown)
    let checklist = Checklist([.fail(.tracking, note), .fail(.tracking, warning)], strict: true)
    #expect(checklist.errorCount == 1)
    #expect(checklist.noteCount == 1)
    #expect(checklist.summary == "0 of 2 checks pass; 1 error, 0 warnings, 1 suggestion")
  }
}

/// The ledger kept by campaign and day answers the same whatever order the file lists its
/// rows in, and any span of days sums to what the rows of that span hold.
@Suite struct ActualsDailyLedgerTests {
  struct Row {
    var day: CalendarDay, campaign: String, cost: Int, leads: Int
  }

  /// Three campaigns over January to March 2027, one going quiet, from a fixed seed.
  static let rows: [Row] = {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    var rows: [Row] = []
    let first = CalendarDay(year: 2027, month: 1, day: 1).dayNumber
    for offset in 0..<90 {
      let day = CalendarDay(dayNumber: first + offset)
      for campaign in ["search", "social", "retarget"] where next(5) > 0 {
        let quiet = campaign == "retarget" && offset > 40
        rows.append(Row(day: day, campaign: campaign, cost: 5 + next(50), leads: quiet ? 0 : next(4)))
      }
    }
    return rows
  }()

  static func ledger(_ rows: [Row]) throws -> ActualsLedger {
    let folder = try ActualsTests.folder()
    let text = rows.map { "\($0.day.iso),\($0.campaign),\($0.cost),\($0.leads)" }.joined(separator: "\n")
    try ("Day,Campaign,Cost,Leads\n" + text + "\n").write(
      toFile: folder + "/ads.csv", atomically: true, encoding: .utf8)
    return try #require(ActualsTests.run(in: folder).ledger)
  }

  @Test func anyOrderGivesTheSameLedger() throws {
    let oldestFirst = try Self.ledger(Self.rows)
    let newestFirst = try Self.ledger(Self.rows.reversed())
    var state = 7
    let shuffled = try Self.ledger(
      Self.rows.sorted { _, _ in
        state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
        return state % 2 == 0
      })
    for ledger in [newestFirst, shuffled] {
      for key in oldestFirst.keys {
        let position = try #require(ledger.keyIndex[key])
        let expected = oldestFirst.quiet[oldestFirst.keyIndex[key]!]
        #expect(ledger.quiet[position].lastResultDay == expected.lastResultDay)
        #expect(ledger.quiet[position].spendSince == expected.spendSince)
      }
    }
    let retarget = oldestFirst.quiet[oldestFirst.keyIndex["retarget"]!]
    #expect(CalendarDay(dayNumber: retarget.lastResultDay) <= CalendarDay(year: 2027, month: 2, day: 10))
  }

  @Test func everySpanSumsItsRows() throws {
    let ledger = try Self.ledger(Self.rows.reversed())
    let first = CalendarDay(year: 2027, month: 1, day: 1).dayNumber
    for (from, through) in [(0, 89), (14, 14), (31, 58), (45, 120), (-5, 3)] {
      let byKey = ledger.totalsByKey(from: first + from, through: first + through)
      for key in ledger.keys {
        let rows = Self.rows.filter {
          $0.campaign == key && $0.day.dayNumber >= first + from && $0.day.dayNumber <= first + through
        }
        let totals = byKey[ledger.keyIndex[key]!]
        #expect(totals.spend == Double(rows.map(\.cost).reduce(0, +)))
        #expect(totals.result(.leads) == Double(rows.map(\.leads).reduce(0, +)))
        #expect(totals.rows == rows.count)
      }
    }
  }
}
