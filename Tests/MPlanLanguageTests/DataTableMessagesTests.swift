import MPlanLanguage
import MPlanSyntax
import Testing

/// A data table's summary and failure line count results, rows and cells with the language's
/// plural rules, not an English "s".
@Suite struct DataTableMessagesTests {
  static func table(outputs: Int, rows: Int, columns: Int? = nil) -> DataTable {
    let axis = { (name: String, count: Int) in
      DataTable.Axis(name: name, values: (0..<count).map { Quantity(Double($0)) })
    }
    let axes = [axis("cpc", rows)] + (columns.map { [axis("rate", $0)] } ?? [])
    return DataTable(
      outputs: (0..<outputs).map { "out\($0)" }, axes: axes, cells: [],
      definition: .init(outputs: [], inputs: [], span: .unknown))
  }

  @Test(arguments: [
    (1, 1, nil, "a data table (1 result over cpc, 1 row)"),
    (2, 7, nil, "a data table (2 results over cpc, 7 rows)"),
    (1, 3, 4, "a data table (1 result over cpc and rate, 3 × 4)"),
  ])
  func theSummaryCountsInEnglish(outputs: Int, rows: Int, columns: Int?, expected: String) {
    #expect(Self.table(outputs: outputs, rows: rows, columns: columns).summary == expected)
  }

  @Test func theFailureLineCountsCells() {
    var table = Self.table(outputs: 1, rows: 3)
    table.firstFailure = "division by zero"
    table.failureCount = 1
    #expect(table.failureLine == "— the plan does not run there (1 cell): division by zero")
    table.failureCount = 2
    #expect(table.failureLine == "— the plan does not run there (2 cells): division by zero")
  }

  /// Russian has three forms for whole numbers: 1 строка, 2 строки, 5 строк.
  @Test(arguments: [(1, "1 строка"), (2, "2 строки"), (5, "5 строк"), (21, "21 строка")])
  func rowsTakeEachLanguagesPlural(rows: Int, russian: String) throws {
    let catalogue = try Catalogue(
      language: "ru", file: "test.ftl",
      text: """
        table-summary-rows = {$rows ->
            [one] {$rows} строка
            [few] {$rows} строки
           *[many] {$rows} строк
        }
        """)
    let summary = Self.table(outputs: 1, rows: rows).summaryMessage
    guard case .message(let size)? = summary.arguments["size"] else {
      Issue.record("no size in \(summary)")
      return
    }
    #expect(catalogue.render(size) == russian)
  }
}
