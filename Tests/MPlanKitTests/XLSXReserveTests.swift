import MPlanKit
import MPlanPlanning
import MPlanReport
import Testing

/// A budget's reserve in the workbook as a finance partner edits it: money held back
/// (`reserve $5k`) is an input that stays put when a cost changes; a share (`reserve 20%`)
/// follows what the budget is given or needs.
@Suite struct XLSXReserveTests {
  static let plan = """
    plan "P" { currency USD }
    rate EUR = 1.10 USD
    budget b1 { reserve $5k }
    budget b2 { total $20k  reserve €5k }
    budget b3 { reserve 20% }
    action a { cost $10k  from b1 }
    action c { cost $10k  from b2 }
    action d { cost $8k  from b3 }
    """

  /// The workbook worked out again as a spreadsheet does after an edit: every formula from
  /// the cells it reads, pass after pass until nothing changes (the formulas have no cycle).
  static func recalculated(_ workbook: Workbook) -> Workbook {
    var workbook = workbook
    for _ in 0..<10 {
      var changed = false
      for sheet in workbook.sheets.indices {
        for row in workbook.sheets[sheet].rows.indices {
          for column in workbook.sheets[sheet].rows[row].indices {
            guard let formula = workbook.sheets[sheet].rows[row][column].formula,
              let value = formula.value(in: workbook),
              value != workbook.sheets[sheet].rows[row][column].number
            else { continue }
            workbook.sheets[sheet].rows[row][column].content = .number(value)
            changed = true
          }
        }
      }
      if !changed { return workbook }
    }
    Issue.record("the formulas did not settle")
    return workbook
  }

  /// The number in `sheet` at (0-based) row and column, to a millionth (a division's last
  /// bit is no difference here).
  static func number(_ workbook: Workbook, _ sheet: String, _ row: Int, _ column: Int) -> Double? {
    workbook.cell(CellReference(sheet: sheet, row: row, column: column))?.number.map {
      ($0 * 1e6).rounded() / 1e6
    }
  }

  @Test func aMoneyReserveStaysPutWhenACostIsEdited() throws {
    let session = ExportTests.session(Self.plan)
    var workbook = PlanWorkbook.workbook(try session.planExport())
    let budgets = "Budgets"
    // Columns: E given (4), F reserve share (5), G committed (6), H reserve (7),
    // I available (8), J needed (9); rows b1 (1), b2 (2), b3 (3).
    // b1: needed 10,000 + 5,000 = 15,000, share 5,000 ÷ 15,000 = 1/3.
    #expect(Self.number(workbook, budgets, 1, 9) == 15_000 && Self.number(workbook, budgets, 1, 7) == 5_000)
    // b2: €5,000 × 1.10 = $5,500 held; available 20,000 − 10,000 − 5,500 = 4,500; needed 15,500.
    #expect(Self.number(workbook, budgets, 2, 7) == 5_500 && Self.number(workbook, budgets, 2, 8) == 4_500)
    #expect(Self.number(workbook, budgets, 2, 9) == 15_500)
    // The money held back is an input, not a formula.
    #expect(workbook.cell(CellReference(sheet: budgets, row: 1, column: 7))?.formula == nil)
    #expect(workbook.cell(CellReference(sheet: budgets, row: 2, column: 7))?.formula == nil)

    // A finance partner edits the costs (column F, the actions grid's `cost`): a → $20,000,
    // c → $12,000, d → $16,000.
    for (row, cost) in [(1, 20_000.0), (2, 12_000), (3, 16_000)] {
      let index = try #require(workbook.sheets.firstIndex { $0.name == "Actions" })
      workbook.sheets[index].rows[row][5].content = .number(cost)
    }
    workbook = Self.recalculated(workbook)
    // b1: 20,000 + 5,000 = 25,000 needed (not 20,000 ÷ (1 − 1/3) = 30,000); share 5,000 ÷ 25,000.
    #expect(Self.number(workbook, budgets, 1, 6) == 20_000)
    #expect(Self.number(workbook, budgets, 1, 7) == 5_000 && Self.number(workbook, budgets, 1, 9) == 25_000)
    #expect(Self.number(workbook, budgets, 1, 5) == 0.2)
    // b2: 12,000 + 5,500 = 17,500 needed; available 20,000 − 12,000 − 5,500 = 2,500.
    #expect(Self.number(workbook, budgets, 2, 7) == 5_500 && Self.number(workbook, budgets, 2, 9) == 17_500)
    #expect(Self.number(workbook, budgets, 2, 8) == 2_500)
    // b3 keeps its share: 16,000 ÷ (1 − 20%) = 20,000 needed, of which 4,000 reserve.
    #expect(Self.number(workbook, budgets, 3, 9) == 20_000 && Self.number(workbook, budgets, 3, 7) == 4_000)
  }
}
