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
