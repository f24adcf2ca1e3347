import MPlanLanguage
import MPlanSyntax

/// Goals and budgets against the actuals: how far each goal has come, the pace it keeps and
/// the pace its deadline needs; what each budget has spent and where it lands.
extension ActualsTracking {
  package struct GoalPace {
    package var goal: PlanItem
    package var stage: ActualsStage
    package var achieved: Double
    package var target: Double
    package var deadline: CalendarDay
    /// Results a month so far, and a month still needed to reach the target by the deadline.
    package var pace: Double
    package var needed: Double
    /// For a goal whose target is a rate (`500 leads per month`): the rate it runs at.
    package var runRate: RunRate?
    /// No block tracked with the plan maps the goal's stage: nothing credits it, and it is
    /// not judged (never another stage's count in its place).
    package var hasActuals = true
    /// The day the pace is judged on, and the blocks that report the stage, each with the
    /// last day it counts (its own last day, or `asOf` when sooner).
    package var asOf = CalendarDay(dayNumber: 0)
    package var counted: [(block: String, through: CalendarDay)] = []
    package var isReached: Bool { hasActuals && (runRate?.isReached ?? (achieved >= target)) }
    package var isBehind: Bool { hasActuals && (runRate?.isBehind ?? (achieved < target && pace < needed)) }
  }

  package struct BudgetLine {
    package var budget: PlanItem
    package var total: Double?
    package var plannedToDate: Double
    /// Spend and landing with the spend no action names counted in (`unplanned`).
    package var actual: Double
    package var landsAt: Double
    /// Spend on campaigns no action names that this budget pays for: "not in the plan".
    package var unplanned: [UnplannedLine] = []
    package var unplannedSpend: Double { unplanned.reduce(0) { $0 + $1.totals.spend } }
    package var unplannedLandsAt: Double { unplanned.reduce(0) { $0 + $1.landsAt } }
  }

  /// The stage a goal's metric counts: `customer`, `lead`, `mql`, `sql`, `visit`. An MQL is
  /// not a lead: each is credited only from its own column.
  package static func stage(ofMetric metric: String) -> ActualsStage? {
    switch metric.lowercased() {
    case "visit", "visits", "click", "clicks": .visits
    case "lead", "leads": .leads
    case "mql", "mqls": .mqls
    case "sql", "sqls": .sqls
    case "customer", "customers": .customers
    default: nil
    }
  }

  /// The ledgers whose results credit the plan's goals: this one and every other block read
  /// over the plan's period (an ad platform's clicks, a CRM's MQLs and SQLs), joined by day.
  package var resultSources: [ActualsLedger] {
    guard let period = index.period else { return [ledger] }
    let others = ActualsStore.ledgers(in: index.environment).filter { other in
      other.name != ledger.name && other.lastDay >= period.start.dayNumber
        && other.firstDay <= period.end.dayNumber
    }
    return [ledger] + others
  }

  /// Each goal whose metric is a funnel stage, from its baseline plus what the blocks that
  /// map that stage's column report since the baseline was taken; a goal whose stage no
  /// block maps says so (`hasActuals` false) rather than taking another stage's count.
  package var goals: [GoalPace] {
    var result: [GoalPace] = []
    let sources = resultSources
    var byDay: [Int: (firstDay: Int, sums: [StageCounts])?] = [:]
    func results(_ stage: ActualsStage, from first: Int, through last: Int) -> Double {
      guard last >= first else { return 0 }
      var total = 0.0
      for (number, source) in sources.enumerated() where source.stages.contains(stage) {
        if byDay[number] == nil { byDay[number] = .some(source.resultsByDay()) }
        guard let (firstDay, sums) = byDay[number]! else {
          total += source.total(from: first, through: last).result(stage)
          continue
        }
        func sum(through day: Int) -> Double {
          let slot = min(max(day - firstDay + 1, 0), sums.count - 1)
          return sums[slot][stage.rawValue]
        }
        total += sum(through: last) - sum(through: first - 1)
      }
      return total
    }
    for goal in index.goals {
      guard let metric = goal.word("metric"), let stage = Self.stage(ofMetric: metric),
        let targetAmount = goal.quantity("target"), let deadline = index.deadline(of: goal)
      else { continue }
      let target = targetAmount.magnitude.central
      let counting = sources.filter { $0.stages.contains(stage) && $0.asOf != nil }
      guard let lastKnown = counting.map(\.lastDay).max() else {
        result.append(
          GoalPace(
            goal: goal, stage: stage, achieved: 0, target: target, deadline: deadline, pace: 0, needed: 0,
            hasActuals: false))
        continue
      }
      // One figure whichever block is shown or judged: each block that maps the stage counts
      // up to its own last day, and the pace is as of the latest of them (or the checkpoint,
      // when sooner). A block that ends sooner adds nothing for the days after it.
      let asOf = CalendarDay(dayNumber: min(checkpoint?.dayNumber ?? lastKnown, lastKnown))
      // Pace runs from the baseline date (`since`, else the plan's start), not from the first
      // row the file happens to hold: a quiet first week is part of the pace.
      let start = index.baselineDate(of: goal)?.dayNumber ?? counting.map(\.firstDay).min()!
      // A goal measured from a day the actuals do not reach yet has no pace yet, and is not
      // behind.
      guard start <= asOf.dayNumber else { continue }
      let counted = results(stage, from: start, through: asOf.dayNumber)
      let achieved = (goal.quantity("baseline")?.magnitude.central ?? 0) + counted
      // Calendar months, a month in progress by its own days: all of January is one month.
      let monthsPassed = CalendarDay(dayNumber: start).months(through: asOf, in: index.calendar)
      let monthsLeft = CalendarDay(dayNumber: asOf.dayNumber + 1).months(
        through: deadline, in: index.calendar)
      let needed = monthsLeft > 0 ? max(target - achieved, 0) / monthsLeft : .infinity
      let runRate = runRate(
        of: goal, target: targetAmount, results: { results(stage, from: $0, through: $1) },
        deadline: deadline,
        from: start, asOf: asOf)
      result.append(
        GoalPace(
          goal: goal, stage: stage, achieved: achieved, target: target, deadline: deadline,
          pace: monthsPassed > 0 ? counted / monthsPassed : 0, needed: needed, runRate: runRate, asOf: asOf,
          counted: counting.map { ($0.name, CalendarDay(dayNumber: min($0.lastDay, asOf.dayNumber))) }))
    }
    return result
  }

  /// Each budget with actions the actuals name, or spend no action names that it pays for:
  /// spent to date against planned to date.
  package var budgets: [BudgetLine] {
    let unplannedByBudget = unplannedBudgets()
    return index.budgets.compactMap { budget in
      let funded = lines.filter { $0.action.word("from") == budget.name }
      let unplanned = unplannedByBudget[budget.name] ?? []
      guard !funded.isEmpty || !unplanned.isEmpty else { return nil }
      return BudgetLine(
        budget: budget, total: ledger.amount(budget.quantity("total"), environment: index.environment),
        plannedToDate: funded.map(\.plannedToDate).reduce(0, +),
        actual: funded.map(\.actual.spend).reduce(0, +) + unplanned.reduce(0) { $0 + $1.totals.spend },
        landsAt: funded.map(\.landsAt).reduce(0, +) + unplanned.reduce(0) { $0 + $1.landsAt },
        unplanned: unplanned)
    }
  }

  /// The budget that pays for each campaign no action names: the one budget of the actions
  /// of its channel (a channel key, a rule's channel), else the plan's only budget. Spend
  /// that no budget can be said to pay for is in `unbudgeted`.
  package func unplannedBudgets() -> [String: [UnplannedLine]] {
    var result: [String: [UnplannedLine]] = [:]
    let only = index.budgets.count == 1 ? index.budgets[0].name : nil
    for line in unplanned {
      let channel = ledger.targets[line.position].channel ?? (ledger.keyIsChannel ? line.key : nil)
      var budget = only
      if let channel {
        let budgets = Set(
          index.actions.filter { $0.word("channel")?.lowercased() == channel.lowercased() }
            .compactMap { $0.word("from") })
        if budgets.count == 1 { budget = budgets.first }
      }
      if let budget { result[budget, default: []].append(line) }
    }
    return result
  }

  /// Spend no action names and no budget can be said to pay for (several budgets, and no
  /// channel to tell them apart).
  package var unbudgeted: [UnplannedLine] {
    let placed = Set(unplannedBudgets().values.flatMap { $0.map(\.position) })
    return unplanned.filter { !placed.contains($0.position) }
  }

  /// A budget's control checkpoints (`control monthly`, `control quarterly`): for each month
  /// or quarter up to the "as of" day, what its actions planned and spent in it, and the
  /// running totals.
  package struct Checkpoint {
    package var label: String
    package var planned: Double
    package var actual: Double
    package var plannedSoFar: Double
    package var actualSoFar: Double
  }

  package func checkpoints(of line: BudgetLine) -> [Checkpoint] {
    let funded = lines.filter { $0.action.word("from") == line.budget.name }
    let control = Cadence(line.budget["control"])?.name ?? "monthly"
    let spreads = funded.compactMap { action in action.spread.map { (spread: $0, cost: action.planned) } }
    let firstStart = spreads.map(\.spread.period.start).min()
    let calendar = index.calendar
    let firstMonth = firstStart.map {
      CalendarDay(dayNumber: $0.dayNumber - calendar.components(of: $0).day + 1)
    }
    let first = min(firstMonth ?? asOf, asOf)
    let periods = Self.checkpointPeriods(control, from: first, through: asOf, in: calendar)
    let days = periods.map { max($0.start, first).dayNumber...min($0.end, asOf).dayNumber }
    // What the actions plan for the days, as budget pacing spreads their costs.
    func planned(_ span: ClosedRange<Int>) -> Double {
      let first = CalendarDay(dayNumber: span.lowerBound), last = CalendarDay(dayNumber: span.upperBound)
      return spreads.reduce(0) { $0 + $1.cost * $1.spread.share(from: first, through: last) }
    }
    var funding = Array(repeating: 0.0, count: ledger.keys.count)
    for action in funded {
      for position in action.keys { funding[position] += 1 }
      for position in action.channelKeys { funding[position] += action.channelShare }
    }
    for unplanned in line.unplanned { funding[unplanned.position] = 1 }
    let actuals = ledger.spend(ofKeys: funding, in: days)
    let plans = BudgetPacing.toTheCent(days.map(planned))
    var result: [Checkpoint] = []
    var plannedSoFar = 0.0, actualSoFar = 0.0
    for ((period, span), (planned, actual)) in zip(zip(periods, days), zip(plans, actuals)) {
      plannedSoFar += planned
      actualSoFar += actual
      // A period the "as of" day cuts short says so: `2027-03 to 03-15`.
      let label =
        span.upperBound < period.end.dayNumber
        ? period.description(in: calendar) + " to "
          + String(calendar.text(of: CalendarDay(dayNumber: span.upperBound)).dropFirst(5))
        : period.description(in: calendar)
      result.append(
        Checkpoint(
          label: label, planned: planned, actual: actual, plannedSoFar: plannedSoFar, actualSoFar: actualSoFar
        ))
    }
    return result
  }
}

extension ActualsTracking {
  /// The periods a budget's control checks, from `first` to `last`: quarters, ISO weeks or
  /// months; `control daily` checks the months before the last one, then each of its days.
  /// Months and quarters are the plan's calendar's.
  package static func checkpointPeriods(
    _ control: String, from first: CalendarDay, through last: CalendarDay,
    in calendar: CalendarSystem = .gregorian
  ) -> [CalendarPeriod] {
    var periods: [CalendarPeriod] = []
    var day = first
    let (lastYear, lastMonth, _) = calendar.components(of: last)
    while day <= last {
      let (year, month, _) = calendar.components(of: day)
      let period: CalendarPeriod
      switch control {
      case "quarterly": period = .quarter(year: year, quarter: (month - 1) / 3 + 1, in: calendar)
      case "weekly":
        let (isoYear, week) = day.isoWeek
        period = .week(year: isoYear, week: week)
      case "daily" where year == lastYear && month == lastMonth: period = .day(day)
      default: period = .month(year: year, month: month, in: calendar)
      }
      periods.append(period)
      day = CalendarDay(dayNumber: period.end.dayNumber + 1)
    }
    return periods
  }
}
