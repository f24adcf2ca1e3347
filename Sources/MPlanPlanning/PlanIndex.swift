import MPlanLanguage
import MPlanSyntax

/// The plan's declarations sorted by kind and indexed by name, built once per check so every
/// rule looks things up in constant time: a plan of 10,000 actions is checked in one pass,
/// never action × goal.
public struct PlanIndex {
  /// A goal's actions through `=>`, a budget's actions through `from`, and so on.
  public typealias Links = [String: [PlanItem]]

  /// How much an implied growth rate may be, per month, before a goal is not Attainable,
  /// unless the plan sets `max_growth`. 50% a month still lets a team double a customer list
  /// in two months (the SMART article's Specific example) but refuses 10 → 2,000 customers in one.
  public static let defaultMaximumMonthlyGrowth = 0.5

  public let environment: Environment
  public let plan: PlanItem?
  public let objectives: [PlanItem]
  public let goals: [PlanItem]
  public let actions: [PlanItem]
  public let budgets: [PlanItem]
  public let reports: [PlanItem]
  /// `channel` blocks: where a funnel's top comes from (`ChannelMix`).
  public let channels: [PlanItem]
  public let objectivesByName: [String: PlanItem]
  public let goalsByName: [String: PlanItem]
  public let budgetsByName: [String: PlanItem]
  /// The actions that name each goal after `=>` (known goals only).
  public let actionsByGoal: Links
  /// The actions each budget funds through `from` (known budgets only).
  public let actionsByBudget: Links
  /// The goals some report names in `measures`.
  public let measuredGoals: Set<String>
  /// True when a report names no goals: it reports on the whole plan.
  public let hasPlanWideReport: Bool

  public init(environment: Environment) {
    self.environment = environment
    var plan: PlanItem?
    var byKind: [DeclarationKind: [PlanItem]] = [:]
    for item in environment.planItems {
      if item.kind == .plan { plan = item } else { byKind[item.kind, default: []].append(item) }
    }
    self.plan = plan
    objectives = byKind[.objective] ?? []
    goals = byKind[.goal] ?? []
    actions = byKind[.action] ?? []
    budgets = byKind[.budget] ?? []
    reports = byKind[.report] ?? []
    channels = byKind[.channel] ?? []
    objectivesByName = Self.byName(objectives)
    goalsByName = Self.byName(goals)
    budgetsByName = Self.byName(budgets)
    var actionsByGoal: Links = [:]
    var actionsByBudget: Links = [:]
    for action in actions {
      for goal in Set(action.serves.map(\.text)) where goalsByName[goal] != nil {
        actionsByGoal[goal, default: []].append(action)
      }
      if let budget = action.word("from"), budgetsByName[budget] != nil {
        actionsByBudget[budget, default: []].append(action)
      }
    }
    self.actionsByGoal = actionsByGoal
    self.actionsByBudget = actionsByBudget
    var measured: Set<String> = []
    var planWide = false
    for report in reports {
      let named = report.words("measures")
      if named.isEmpty { planWide = true }
      measured.formUnion(named)
    }
    measuredGoals = measured
    hasPlanWideReport = planWide
  }

  package static func byName(_ items: [PlanItem]) -> [String: PlanItem] {
    var index: [String: PlanItem] = [:]
    for item in items { index[item.name] = item }
    return index
  }

  // MARK: - The plan block

  /// The plan's `period`, from the start of its first month to the end of its last.
  public var period: CalendarPeriod? {
    if let period = plan?.period("period") { return period }
    return nil
  }

  /// The plan's `max_growth` (a percentage a month), or the documented default.
  public var maximumMonthlyGrowth: Double {
    if let bound = plan?.quantity("max_growth"), bound.unit.isDimensionless,
      let value = bound.magnitude.exactValue, value > 0
    {
      return value
    }
    return Self.defaultMaximumMonthlyGrowth
  }

  /// Below this share a budget's reserve is too thin for online spend, unless the plan sets
  /// `min_reserve`. The strategic-marketing article: 20–30% of an online budget can leak away; 10% is "far below".
  public static let defaultMinimumReserve = 0.1

  /// The plan's `min_reserve` (a percentage), or the documented default.
  public var minimumReserve: Double {
    if case .quantity(let bound) = plan?["min_reserve"] ?? .bool(false), bound.unit.isDimensionless,
      let value = bound.magnitude.exactValue, value >= 0, value < 1
    {
      return value
    }
    return Self.defaultMinimumReserve
  }

  public var currency: String { environment.planCurrency ?? "USD" }

  // MARK: - Dates of a goal

  /// When the goal's baseline was measured: `since`, else the plan's start.
  public func baselineDate(of goal: PlanItem) -> CalendarDay? {
    if let since = goal.period("since") { return since.start }
    return period?.start
  }

  /// The goal's deadline: the end of its `by` (on its own line or after the target), or its
  /// baseline date plus `within`.
  public func deadline(of goal: PlanItem) -> CalendarDay? {
    // `target 125 followers by 2027-06-30` reads as one sentence: its `by` is the deadline.
    for field in Self.deadlineFields {
      if let by = goal.period(field) { return by.end }
    }
    if let within = goal.quantity("within"), let duration = within.calendarDuration, duration.isPositive,
      let start = baselineDate(of: goal)
    {
      return start.lastDay(within: duration, in: calendar)
    }
    return nil
  }

  /// Where a deadline is written: the `by` field, on its own line or after the target or the
  /// `within` on one line (`within 3 months by 2027-03-31`), where it starts a field of its own.
  package static let deadlineFields = ["by"]

  // MARK: - When an action spends

  /// How an action's cost falls on the calendar: over its `period`, else the plan's; nil
  /// when neither is known, and the spend then goes unscheduled.
  package func spread(of action: PlanItem) -> SpendSpread? {
    (action.period("period") ?? period).flatMap { SpendSpread($0, in: calendar) }
  }
}

extension PlanIndex {
  /// The plan's `calendar`: the one its dates were read in, and are said in.
  public var calendar: CalendarSystem {
    plan?.word("calendar").flatMap(CalendarSystem.init(word:)) ?? .gregorian
  }

  /// A day as the plan's calendar writes it, for what the checks say.
  package func text(of day: CalendarDay) -> String { calendar.text(of: day) }

  package func text(of period: CalendarPeriod) -> String { period.description(in: calendar) }
}

extension PlanItem {
  /// A reference field's single word: `from marketing` → "marketing".
  public func word(_ field: String) -> String? {
    switch self[field] {
    case .symbol(let word): word
    case .text(let text): text
    default: nil
    }
  }

  /// A reference field's words, one or a list: `measures new_customers, followers`.
  public func words(_ field: String) -> [String] {
    switch self[field] {
    case .symbol(let word): [word]
    case .text(let text): [text]
    case .list(let values):
      values.compactMap {
        switch $0 {
        case .symbol(let word): word
        case .text(let text): text
        default: nil
        }
      }
    default: []
    }
  }

  /// A field that holds people: `readers "CMO", "Head of sales"`. An empty name (`owner ""`)
  /// is nobody.
  public func people(_ field: String) -> [String] {
    words(field).filter { !$0.allSatisfy(\.isWhitespace) }
  }

  /// A yes-or-no field: `zero_based` and `zero_based true` are on, `zero_based false` and no
  /// field at all are off.
  public func flag(_ field: String) -> Bool {
    if case .bool(true) = self[field] { return true }
    return false
  }

  /// The field's span, or the declaration's name when the field is missing.
  public func place(_ field: String) -> SourceSpan { span(of: field) ?? nameSpan }
}

extension PlanIndex {
  /// `from marketng`: a word that names no budget, said the same way wherever it is written.
  /// `who` is what names the budget: "action `search`", "goal `leads`".
  package func unknownBudget(_ budget: String, fundingWhat who: Message, at span: SourceSpan) -> PlanFinding {
    .fail(
      .budget,
      .error(
        .unknownBudget, Message("budget-unknown", ["who": .message(who), "budget": .text(budget)]), at: span,
        fixIt: Suggestions.closest(to: budget, among: budgetsByName.keys).map(Message.didYouMean)
          ?? Message("budget-unknown-fix", ["budget": .text(budget)])))
  }
}
