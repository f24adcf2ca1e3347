import MPlanKit
import MPlanLanguage
import MPlanPlanning
import MPlanReport
import Testing

/// Issue 18: the workbook's Pacing and Open items sheets are the document's `pacing` and
/// `checks` grids, column for column, as the CSV views write them; the pacing's cumulative
/// column is live, adding up each budget's months.
@Suite struct XLSXGridSheetsTests {
  static let plan = """
    plan "P" { currency USD  period 2027-01 .. 2027-03 }
    budget b1 { total $10k }
    budget b2 { total $10k }
    action a { cost $3k  period 2027-01 .. 2027-03  from b1 }
    action c { cost $1.2k  period 2027-02 .. 2027-03  from b2 }
    """

  @Test func pacingAndOpenItemsAreTheDocumentsGrids() throws {
    let export = try ExportTests.session(Self.plan).planExport()
    var workbook = PlanWorkbook.workbook(export)
    for (sheet, view) in [("Pacing", "pacing"), ("Open items", "checks")] {
      let grid = try #require(PlanDocument.dataGrid(view, of: export))
      let rows = try #require(workbook.sheets.first { $0.name == sheet }?.rows)
      #expect(rows.first?.map(\.content) == grid.columns.flatMap(\.keys).map { .text($0) }, "\(sheet)")
      #expect(rows.count == grid.rows.count + 1, "\(sheet)")
    }
    // b1: $1,000 a month, 1,000 → 2,000 → 3,000; b2 starts again: nothing in January, then
    // $600 a month (1,200 over February and March), 0 → 600 → 1,200.
    let cumulative = (1...6).map { XLSXReserveTests.number(workbook, "Pacing", $0, 3) }
    #expect(cumulative == [1_000, 2_000, 3_000, 0, 600, 1_200])
    // A changed month follows: b1's February at $1,500 puts March at 3,500.
    let february = CellReference(sheet: "Pacing", row: 2, column: 2)
    let sheet = workbook.sheets.firstIndex { $0.name == "Pacing" }!
    workbook.sheets[sheet].rows[2][2].content = .number(1_500)
    #expect(workbook.cell(february)?.number == 1_500)
    workbook = XLSXReserveTests.recalculated(workbook)
    #expect(
      (1...6).map { XLSXReserveTests.number(workbook, "Pacing", $0, 3) } == [
        1_000, 2_500, 3_500, 0, 600, 1_200,
      ])
  }
}
