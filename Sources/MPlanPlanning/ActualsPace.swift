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
    package var isReached: Bool { runRate?.isReached ?? (achieved >= target) }
    package var isBehind: Bool { runRate?.isBehind ?? (achieved < target && pace < needed) }
  }

  package struct BudgetLine {
    package var budget: PlanItem
    package var total: Double?
    package var plannedToDate: Double
    package var actual: Double
    package var landsAt: Double
  }

  /// The stage a goal's metric counts: `customer`, `lead` or `mql`, `sql`, `visit`.
  package static func stage(ofMetric metric: String) -> ActualsStage? {
    switch metric.lowercased() {
    case "visit", "visits", "click", "clicks": .visits
    case "lead", "leads", "mql", "mqls": .leads
    case "sql", "sqls": .sqls
    case "customer", "customers": .customers
    default: nil
    }
  }

  /// Each goal whose metric the actuals count, from its baseline plus what the actuals
  /// report since the baseline was taken.
  package var goals: [GoalPace] {
    var result: [GoalPace] = []
    let byDay = ledger.resultsByDay()
    func results(_ stage: ActualsStage, from first: Int, through last: Int) -> Double {
      guard let (firstDay, sums) = byDay else {
        return ledger.total(from: first, through: last).result(stage)
      }
      func sum(through day: Int) -> Double {
        let slot = min(max(day - firstDay + 1, 0), sums.count - 1)
        return sums[slot][stage.rawValue]
      }
      return last < first ? 0 : sum(through: last) - sum(through: first - 1)
    }
    for goal in index.goals {
      guard let metric = goal.word("metric"), let stage = Self.stage(ofMetric: metric),
        ledger.stages.contains(stage), let targetAmount = goal.quantity("target"),
        let deadline = index.deadline(of: goal)
      else { continue }
      let target = targetAmount.magnitude.central
      // Pace runs from the baseline date (`since`, else the plan's start), not from the first
      // row the file happens to hold: a quiet first week is part of the pace.
      let start = index.baselineDate(of: goal)?.dayNumber ?? ledger.firstDay
      let counted = results(stage, from: start, through: asOf.dayNumber)
      let achieved = (goal.quantity("baseline")?.magnitude.central ?? 0) + counted
      // Calendar months, a month in progress by its own days: all of January is one month.
      let monthsPassed = CalendarDay(dayNumber: start).months(through: asOf)
      let monthsLeft = CalendarDay(dayNumber: asOf.dayNumber + 1).months(through: deadline)
      let needed = monthsLeft > 0 ? max(target - achieved, 0) / monthsLeft : .infinity
      let runRate = runRate(
        of: goal, target: targetAmount, results: { results(stage, from: $0, through: $1) }, deadline: deadline
      )
      result.append(
        GoalPace(
          goal: goal, stage: stage, achieved: achieved, target: target, deadline: deadline,
          pace: monthsPassed > 0 ? counted / monthsPassed : 0, needed: needed, runRate: runRate))
    }
    return result
  }

  /// Each budget with actions the actuals name: spent to date against planned to date.
  package var budgets: [BudgetLine] {
    index.budgets.compactMap { budget in
      let funded = lines.filter { $0.action.word("from") == budget.name }
      guard !funded.isEmpty else { return nil }
      return BudgetLine(
        budget: budget, total: budget.quantity("total")?.magnitude.central,
        plannedToDate: funded.map(\.plannedToDate).reduce(0, +),
        actual: funded.map(\.actual.spend).reduce(0, +),
        landsAt: funded.map(\.landsAt).reduce(0, +))
    }
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
    let quarterly = line.budget.word("control")?.lowercased() == "quarterly"
    let (lastYear, lastMonth, _) = asOf.components
    let last = lastYear * 12 + lastMonth - 1
    let first =
      funded.flatMap { $0.months.map { $0.year * 12 + $0.month - 1 } }.min().map { min($0, last) } ?? last
    var buckets: [(months: Range<Int>, days: ClosedRange<Int>)] = []
    var month = first
    while month <= last {
      let span = quarterly ? 3 - month % 3 : 1
      let months = month..<min(month + span, last + 1)
      let start = CalendarDay(year: month / 12, month: month % 12 + 1, day: 1).dayNumber
      let end =
        CalendarDay(year: months.upperBound / 12, month: months.upperBound % 12 + 1, day: 1).dayNumber - 1
      buckets.append((months, start...min(end, asOf.dayNumber)))
      month += span
    }
    var funding = Array(repeating: false, count: ledger.keys.count)
    for action in funded {
      for key in action.keys { if let position = ledger.keyIndex[key] { funding[position] = true } }
    }
    let actuals = ledger.spend(ofKeys: funding, in: buckets.map(\.days))
    var result: [Checkpoint] = []
    var plannedSoFar = 0.0, actualSoFar = 0.0
    for (bucket, actual) in zip(buckets, actuals) {
      var planned = 0.0
      for action in funded {
        let share = action.months.isEmpty ? 0 : action.planned / Double(action.months.count)
        planned +=
          share * Double(action.months.filter { bucket.months.contains($0.year * 12 + $0.month - 1) }.count)
      }
      plannedSoFar += planned
      actualSoFar += actual
      let (year, number) = (bucket.months.lowerBound / 12, bucket.months.lowerBound % 12 + 1)
      let label =
        quarterly
        ? CalendarPeriod.quarter(year: year, quarter: (number - 1) / 3 + 1).description
        : CalendarPeriod.month(year: year, month: number).description
      result.append(
        Checkpoint(
          label: label, planned: planned, actual: actual, plannedSoFar: plannedSoFar, actualSoFar: actualSoFar
        ))
    }
    return result
  }
}
