import MPlanKit
import MPlanLanguage
import MPlanPlanning
import MPlanReport
import MPlanSyntax
import Testing

/// The goals' grid is laid out once: a column added to it reaches the terminal and every
/// export format, each writing the cell by its type, with no writer told about it.
@Suite struct DocumentGridTests {
  static let plan = """
    plan "P" { currency USD  period 2027-01 .. 2027-12 }
    goal signups {
      metric signup  baseline 100 signups  target 500 signups  by 2027-06-30  owner "CMO"
    }
    goal revenue { baseline $50,000  target $90,000  by 2027-12-31  owner "CFO" }
    budget b { total $10k }
    action ads => signups { channel "search"  owner "CMO"  cost $4,000  from b }
    """

  /// A column no writer knows: its cells name the goal, so each row's can be found.
  static let probe = PlanDocument.GridColumn<PlanExport.Goal>(Table.Column("probe", key: "probe_field")) {
    .name("probe of " + $0.name)
  }

  @Test func aColumnAddedToTheGoalsGridReachesEveryWriter() throws {
    let session = ExportTests.session(Self.plan)
    let export = try session.planExport()
    let document = PlanDocument(export, goalColumns: PlanDocument.goalColumns + [Self.probe])
    let goals = document.grids.goals

    // The terminal (`show goals` writes this grid): a heading, and a cell a goal.
    let terminal = ViewText().render(PlanDocument.view(of: [.table(goals)]))
    #expect(terminal.contains("probe") && terminal.contains("probe of signups"))

    let markdown = MarkdownExporter().render(document)
    #expect(markdown.contains("| probe |") && markdown.contains("| probe of revenue |"))

    let html = HTMLExporter().render(document)
    #expect(html.contains("<th>probe</th>") && html.contains("<td><bdi>probe of signups</bdi></td>"))

    let csv = CSVExporter.render(goals)
    #expect(csv.hasPrefix("goal,title,") && csv.contains(",probe_field\r\n"))
    #expect(csv.contains(",probe of signups\r\n") && csv.contains(",probe of revenue\r\n"))

    // JSON: a field of each goal's record, named by the column's key in camel case.
    let json = JSONExporter().render(export, grids: document.grids)
    #expect(json.contains(#""probeField": "probe of signups""#))
    #expect(json.contains(#""probeField": "probe of revenue""#))

    // xlsx: a column of the Goals sheet, under its key, a goal a row.
    let workbook = PlanWorkbook.workbook(export, grids: document.grids)
    let sheet = try #require(workbook.sheets.first { $0.name == "Goals" })
    let column = try #require(sheet.rows[0].firstIndex { $0.content == .text("probe_field") })
    #expect(sheet.rows[1][column].content == .text("probe of signups"))
    #expect(sheet.rows[2][column].content == .text("probe of revenue"))
  }

  /// Without the probe, the document's goals grid is the table `show goals` prints: the
  /// same headings in the same order.
  @Test func showGoalsAndTheExportsShareTheGrid() throws {
    var shown: [String] = []
    let session = Session(options: .init(interactive: true)) { event in
      if case .view(let view) = event {
        for case .table(let table) in view.parts { shown = table.columns.map(\.heading) }
      }
    }
    _ = session.run(SourceFile(name: "plan.mplan", text: Self.plan))
    _ = session.evaluate("show goals")
    let grid = PlanDocument(try session.planExport()).grids.goals
    #expect(!shown.isEmpty && shown == grid.columns.map(\.heading))
  }
}
