import MPlanLanguage
import MPlanSyntax

/// The plan as a document: sections of blocks — headings, sentences, typed grids (`Table`),
/// charts as data, and the checklist's findings — laid out once in the planning layer.
/// Markdown, HTML and CSV are writers of it (MPlanReport/Export), as the terminal is of the
/// same grids in `show`; none lays out a table of its own or reads rendered text. A new writer
/// (xlsx) is one more function of a `PlanDocument`: a grid a sheet, a cell's type its number
/// format. After hledger's `Spreadsheet` (one typed grid under ODS and HTML) and numbat's
/// `Markup` (text in semantic parts, formatted at the last step).
public struct PlanDocument: Sendable {
  /// A run of a sentence: mplan's own words, a name from the plan (which a writer isolates
  /// and escapes), or a value with its unit.
  public enum Run: Sendable {
    case text(String)
    case name(String)
    case value(Value)
    /// mplan's words as a message, rendered in the reader's language.
    case message(Message)
  }

  public enum Block: Sendable {
    /// A heading under the section's (`budget marketing (top-down, controlled monthly)`).
    case heading([Run])
    /// A smaller heading, for a group of a grouped table (`By owner`, then `CMO`).
    case subheading([Run], level: Int)
    /// A sentence beside a table (`Stage counts from new_customers.`).
    case note([Run])
    case table(Table)
    /// A data table the script worked out (`table …`), written as each format writes one.
    case dataTable(DataTable)
    case chart(Chart)
    /// The checklist's open items, and how many checks pass.
    case findings([PlanExport.OpenItem], passed: Int, total: Int)
  }

  public struct Section: Sendable {
    /// A stable name for links and ids: `goals`, `comparisons`.
    public var id: String
    public var title: Message
    public var blocks: [Block]
  }

  /// A column of a grid and how a row's item fills it: the one place a column is declared.
  public struct GridColumn<Item>: Sendable {
    public var column: Table.Column
    public var cell: @Sendable (Item) -> Table.Cell

    public init(_ column: Table.Column, cell: @escaping @Sendable (Item) -> Table.Cell) {
      (self.column, self.cell) = (column, cell)
    }
  }

  /// The grids the data formats (JSON, xlsx, CSV) write whole, a row an item, laid out once
  /// with the tables the sections show.
  public struct Grids: Sendable {
    /// A row a goal, in the plan's order (`PlanExport.goals`).
    public var goals: Table
    /// A row an action, in the plan's order (`PlanExport.actions`).
    public var actions: Table

    public init(_ export: PlanExport, goalColumns: [GridColumn<PlanExport.Goal>] = PlanDocument.goalColumns) {
      goals = PlanDocument.goalsTable(export.goals, columns: goalColumns)
      actions = PlanDocument.actionsTable(export.actions)
    }
  }

  /// What the header says: the plan's title (and the part exported).
  public var title: String
  /// `Period 2027-01 .. 2027-12`, `Currency USD`: a label and its value.
  public var facts: [(label: Message, value: String)]
  public var sections: [Section]
  public var grids: Grids
  /// The plan's own words, for a writer that picks a direction or a language by them.
  public var planWords: [String]
  /// The reader's language, when one was chosen (`PlanExport.language`): it outranks the
  /// plan's script.
  public var language: String?
}

/// A chart as data: bars in groups on one axis that runs through zero, so a negative value
/// is drawn to the left of the zero line; or a month-by-month pacing, or a distribution.
public struct Chart: Sendable {
  public struct Bar: Sendable {
    public var label: String
    public var value: Double
    /// The value as it is written beside the bar (`−$30,000`).
    public var text: String
  }

  /// Bars under one label (a compared value's scenarios), or one bar each (a channel).
  public struct Group: Sendable {
    public var label: String?
    public var bars: [Bar]
  }

  public enum Kind: Sendable {
    /// Horizontal bars; each group scaled on its own when `scaledByGroup` (compared values
    /// in different units).
    case bars([Group], scaledByGroup: Bool)
    /// A funnel: each stage's share of the top, with its count and rate.
    case funnel(PlanExport.Funnel)
    /// Committed spend by month against the budget.
    case pacing(PlanExport.Budget)
    /// A histogram of an uncertain value's samples.
    case distribution(PlanExport.NamedValue)
  }

  /// What the chart shows, and its numbers in a line: messages, said in the reader's language.
  public var title: Message
  public var description: Message
  public var kind: Kind
}

extension Chart.Group {
  /// The lowest and highest values of the bars, with zero always inside: the axis.
  public static func axis(_ groups: [Chart.Group]) -> (low: Double, high: Double) {
    let values = groups.flatMap { $0.bars.map(\.value) }.filter(\.isFinite)
    return (min(0, values.min() ?? 0), max(0, values.max() ?? 0))
  }
}
