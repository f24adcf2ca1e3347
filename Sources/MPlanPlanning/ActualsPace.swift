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
    package var isBehind: Bool { achieved < target && pace < needed }
  }

  package struct BudgetLine {
    package var budget: PlanItem
    package var total: Double?
    package var plannedToDate: Double
    package var actual: Double
    package var landsAt: Double
  }

  /// The stage a goal's metric counts: `customer`, `lead` or `mql`, `sql`, `visit`.
  static func stage(ofMetric metric: String) -> ActualsStage? {
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
    for goal in index.goals {
      guard let metric = goal.word("metric"), let stage = Self.stage(ofMetric: metric),
        ledger.stages.contains(stage), let target = goal.quantity("target")?.magnitude.central,
        let deadline = index.deadline(of: goal)
      else { continue }
      let start = max(index.baselineDate(of: goal)?.dayNumber ?? ledger.firstDay, ledger.firstDay)
      var counted = 0.0
      for (key, totals) in ledger.monthTotals where Self.monthEnd(key & 0xFFFFF) >= start {
        counted += totals.result(stage)
      }
      let achieved = (goal.quantity("baseline")?.magnitude.central ?? 0) + counted
      let monthsPassed = max(Double(asOf.dayNumber - start + 1) / CalendarDay.averageDaysPerMonth, 1 / 30)
      let monthsLeft = Double(deadline.dayNumber - asOf.dayNumber) / CalendarDay.averageDaysPerMonth
      let needed = monthsLeft > 0 ? max(target - achieved, 0) / monthsLeft : .infinity
      result.append(
        GoalPace(
          goal: goal, stage: stage, achieved: achieved, target: target, deadline: deadline,
          pace: counted / monthsPassed, needed: needed))
    }
    return result
  }

  static func monthEnd(_ month: Int) -> Int {
    let (year, number) = (month / 12, month % 12 + 1)
    return CalendarDay(year: year, month: number, day: CalendarDay.daysIn(month: number, year: year))
      .dayNumber
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
}
