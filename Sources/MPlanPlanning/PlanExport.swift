import MPlanLanguage
import MPlanSyntax

/// What a plan export holds, as data, in the order every format shows it (issue 8): the plan,
/// objectives, goals with their SMART letters, funnels with each stage's count and rate,
/// budgets with their accounts and pacing, actions, reports, every `compare` and data table of
/// the script, uncertain values, and the open items of the checklist. The exporters of `MPlanReport`
/// render it as Markdown, JSON, CSV, HTML and xlsx; none of them reads rendered text.
public struct PlanExport: Sendable {
  /// A field of a plan block as written: `owner "CMO"`, `cadence weekly`.
  public struct Field: Sendable {
    public var name: String
    public var value: Value
  }

  /// An objective or a report: its name, title and fields.
  public struct Item: Sendable {
    public var name: String
    public var title: String?
    public var fields: [Field]
  }

  /// One SMART letter and whether the goal meets it (`met` nil when not judged).
  public typealias SMARTMark = Table.Verdict

  public struct Goal: Sendable {
    public var name: String
    public var title: String?
    public var metric: String?
    public var baseline: Value?
    public var target: Value?
    public var deadline: CalendarDay?
    public var owners: [String]
    public var supports: [String]
    public var smart: [SMARTMark]
    /// Actions that serve the goal with `=>`.
    public var actions: [String]
    /// The share of outcomes in which its `forecast` meets its target, when either is
    /// uncertain (`PlanIndex.chanceMet`).
    public var chanceMet: Double? = nil
  }

  public struct FunnelStage: Sendable {
    public var name: String
    /// The rate from the stage before into this one; nil for the first stage.
    public var rate: Magnitude?
    /// How many the stage needs to reach `Funnel.countsFor`'s target; nil when no goal
    /// with a target names the funnel.
    public var count: Magnitude?
  }

  public struct Funnel: Sendable {
    public var name: String
    public var stages: [FunnelStage]
    /// The goal whose target the stage counts are worked back from.
    public var countsFor: String?
  }

  public struct Month: Sendable {
    public var year: Int
    public var month: Int
    public var amount: Double
    /// The whole month, first day to last, in the plan's calendar (a Persian month under
    /// `calendar persian`).
    public var period: CalendarPeriod
    /// `2027-03`.
    public var label: String { CalendarPeriod.month(year: year, month: month).description }
  }

  public struct Budget: Sendable {
    public var name: String
    public var title: String?
    public var currency: String
    /// Top-down (`total` given) or bottom-up (what the actions need).
    public var isTopDown: Bool
    public var isZeroBased: Bool
    /// `monthly`, `weekly`, `daily`, or nil.
    public var control: String?
    public var given: Quantity?
    public var committed: Quantity
    public var reserve: Quantity
    /// The reserve as a fraction (0.2), nil when none is kept.
    public var reserveShare: Double?
    /// True when the reserve is money held back (`reserve $5k`), in the budget's currency:
    /// then `reserve` is the input and `reserveShare` follows from it.
    public var reserveIsMoney: Bool = false
    /// Given − committed − reserve, for a top-down budget.
    public var available: Quantity?
    /// Committed + reserve: what a bottom-up budget asks for.
    public var needed: Quantity
    /// Committed spend by month, in calendar order, across the plan's period.
    public var months: [Month]
    /// Spend of actions with no period in a plan with no period.
    public var unscheduled: Double
    /// The share of outcomes in which the actions commit more than `given`, and the reserve
    /// that covers 90% of them, when what they commit is uncertain.
    public var chanceOver: Double? = nil
    public var reserveForNinety: Quantity? = nil
    /// The budget as `show budget` shows it: heading, accounts, pacing, what is left out.
    public var blocks: [PlanDocument.Block] = []
  }

  public struct Action: Sendable {
    public var name: String
    public var title: String?
    public var serves: [String]
    public var channel: String?
    public var cost: Value?
    public var owners: [String]
    public var period: CalendarPeriod?
    /// True when the action has no `period` of its own and runs through the plan's.
    public var periodIsPlans: Bool
    public var budget: String?
    /// The cost in `currency` over the action's months as budget pacing spreads it; empty when the cost
    /// is not money or has no months.
    public var months: [Month]
    public var currency: String?
  }

  /// One `compare` statement: a column a scenario, a row an expression.
  public struct Comparison: Sendable {
    public struct Row: Sendable {
      public var label: String
      public var values: [Value]
    }
    /// What a compared scenario changes: `cautious: inbound.visit->mql 2% → 1.5%`.
    public struct Change: Sendable {
      public var scenario: String
      /// The changed name, rate or field as written (`inbound.visit->mql`).
      public var target: String
      /// Its value in the plan as written; nil when it has none there.
      public var before: Value?
      /// Its value under the scenario; nil when that does not run, with `written` instead.
      public var after: Value?
      /// The scenario's expression as written (`base_cpc * 1.2`).
      public var written: String
    }

    public var scenarios: [String]
    public var rows: [Row]
    /// Each compared scenario's changes (its own and those of the scenarios it extends).
    public var changes: [Change]
    /// Where the `compare` statement is: what an export of it is kept by.
    public var span: SourceSpan

    public init(scenarios: [String], rows: [Row], changes: [Change] = [], span: SourceSpan = .unknown) {
      self.scenarios = scenarios
      self.rows = rows
      self.changes = changes
      self.span = span
    }
  }

  /// A `let` whose value is a quantity; uncertain ones carry their samples.
  public struct NamedValue: Sendable {
    public var name: String
    public var value: Quantity
    public var line: Int
  }

  /// An open item of the checklist.
  public struct OpenItem: Sendable {
    public var group: String
    public var severity: Diagnostic.Severity
    public var code: String
    /// What is wrong and what to do, as data: the writer says them in the reader's language.
    public var content: Message
    public var line: Int
    public var fixContent: Message?

    public var message: String { content.english }
    public var fix: String? { fixContent?.english }
  }

  /// What was exported: the whole plan, or one named item of it (`export new_customers to …`).
  public var subject: String?
  public var planTitle: String?
  public var period: CalendarPeriod?
  public var currency: String
  public var objectives: [Item] = []
  public var goals: [Goal] = []
  public var funnels: [Funnel] = []
  /// Each funnel's channels and what a customer costs through them (`show economics`).
  public var economics: [Economics] = []
  public var budgets: [Budget] = []
  public var actions: [Action] = []
  public var reports: [Item] = []
  public var comparisons: [Comparison] = []
  /// Every data table the script worked out (`table …` and `let NAME = table …`), in order.
  public var dataTables: [DataTable] = []
  /// Quantities exported by name that are exact (`export need to …` of a plain number).
  public var values: [NamedValue] = []
  /// Every uncertain quantity the script bound with `let`, in the order of the script.
  public var uncertainValues: [NamedValue] = []
  public var openItems: [OpenItem] = []
  /// How the plan's figures follow from its inputs, for formulas (xlsx).
  public var formulas = Formulas()
  /// Passed and total checks, for the summary line.
  public var checksPassed = 0
  /// The reader's language (`--lang`, else the plan's `language`, else the locale's), when one
  /// was chosen: a writer's `lang` and direction. Nil: the writer reads the plan's script.
  public var language: String?
  public var checksTotal = 0

  package init(currency: String) { self.currency = currency }

  /// The plan's name for a title and a file: its title, else "Plan".
  public var displayTitle: String { planTitle ?? "Plan" }

  /// The one data table this export holds when it is `export by_cpc to …`, else nil: the
  /// formats write such an export as the table alone.
  public var onlyDataTable: DataTable? {
    guard let subject, dataTables.count == 1, dataTables[0].name == subject else { return nil }
    return dataTables[0]
  }
}
