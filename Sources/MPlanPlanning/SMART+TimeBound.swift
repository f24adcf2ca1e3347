import MPlanLanguage
import MPlanSyntax

/// Time-bound: a deadline inside the plan's period, after the baseline was taken. A deadline
/// written as words (`by "1 September"`, as the SMART article puts it) gets the ISO date it
/// means within the plan's period as its fix-it.
extension SMARTRules {
  package func timeBoundFindings(for goal: PlanItem) -> [(Letter, PlanFinding)] {
    let name = "goal `\(goal.name)`"
    let deadline = index.deadline(of: goal)
    let baselineDate = index.baselineDate(of: goal)
    if let problem = deadlineProblem(of: goal, baselineDate: baselineDate) {
      return [
        (
          .timeBound,
          .fail(
            .smart,
            .warning(
              .smartTimeBound, "\(name) \(problem.message)", at: problem.place,
              fixIt: problem.fixIt + " (SMART: Time-bound)"))
        )
      ]
    }
    guard let deadline else {
      return [
        (
          .timeBound,
          .fail(
            .smart,
            .warning(
              .smartTimeBound, "\(name) has no deadline", at: goal.nameSpan,
              fixIt:
                "add `by \(index.period.map { index.text(of: $0.end) } ?? "<date>")` or `within <how many> months` (SMART: Time-bound)"
            ))
        )
      ]
    }
    let place = PlanIndex.deadlineFields.lazy.compactMap { goal.span(of: $0) }.first ?? goal.place("within")
    if let baselineDate, deadline < baselineDate {
      return [
        (
          .timeBound,
          .fail(
            .smart,
            .error(
              .goalDeadlineBeforeBaseline,
              "\(name) is due \(index.text(of: deadline)), before its baseline was taken (\(index.text(of: baselineDate)))",
              at: place,
              fixIt: "put the deadline after the baseline date, or correct `since`"))
        )
      ]
    }
    if let period = index.period, deadline > period.end || deadline < period.start {
      return [
        (
          .timeBound,
          .fail(
            .smart,
            .warning(
              .smartTimeBound,
              "\(name) is due \(index.text(of: deadline)), outside the plan's period (\(index.text(of: period)))",
              at: place,
              fixIt:
                "move the deadline inside the plan, such as `by \(index.text(of: period.end))` (SMART: Time-bound)"
            ))
        )
      ]
    }
    return []
  }

  /// A deadline written but unusable: `by "soon"`, `within 0 months`, `within 3 visits`, or a
  /// `by` and a `within` that name different days.
  package func deadlineProblem(of goal: PlanItem, baselineDate: CalendarDay?)
    -> (message: String, place: SourceSpan, fixIt: String)?
  {
    let example = "`by \(index.period.map { index.text(of: $0.end) } ?? "2027-12-31")` or `within 6 months`"
    for field in PlanIndex.deadlineFields {
      guard let value = goal[field] else { continue }
      guard case .time = value else {
        let written = if case .text(let text) = value { "\"\(text)\"" } else { Formatting.describe(value) }
        if case .text(let text) = value, let day = DeadlineWords.day(in: text, within: index.period) {
          return (
            "has `by \(written)`, which is not a date", goal.place(field),
            "write the date as year-month-day: `by \(index.text(of: day))`"
          )
        }
        return (
          "has `by \(written)`, which is not a date", goal.place(field),
          "a deadline is a date, month or quarter: \(example)"
        )
      }
    }
    guard let within = goal["within"] else { return nil }
    guard case .quantity(let duration) = within, duration.unit.isTime else {
      if case .text(let text) = within, let written = DeadlineWords.duration(in: text) {
        return (
          "has `within \"\(text)\"`, which is not a duration", goal.place("within"),
          "write the duration as a number and a unit: `within \(written)`"
        )
      }
      return (
        "has `within \(Formatting.describe(within))`, which is not a duration", goal.place("within"),
        "give the time it has: \(example)"
      )
    }
    if duration.magnitude.central < 0 {
      let ahead = Formatting.describe(
        Quantity(magnitude: duration.magnitude.map { -$0 }, unit: duration.unit, display: duration.display))
      return (
        "has `within \(Formatting.describe(within))`, which counts back from its baseline date",
        goal.place("within"), "`within` counts forward from the baseline date: write `within \(ahead)`"
      )
    }
    if duration.magnitude.central == 0 {
      return (
        "has `within \(Formatting.describe(within))`: no time to reach its target", goal.place("within"),
        "give it the time it needs, counted forward from its baseline date, such as `within 6 months`"
      )
    }
    guard let calendar = duration.calendarDuration else {
      return (
        "has `within \(Formatting.describe(within))`, which is neither whole months nor whole days",
        goal.place("within"), duration.wholeDurationAdvice
      )
    }
    let by = PlanIndex.deadlineFields.lazy.compactMap { field -> CalendarDay? in
      if let by = goal.period(field) { return by.end }
      return nil
    }.first
    if let by, let start = baselineDate {
      let end = start.lastDay(within: calendar)
      if end != by {
        return (
          "is due \(index.text(of: by)) but also `within \(Formatting.describe(within))`, which ends \(index.text(of: end))",
          goal.place("within"), "keep one deadline: `by` a date or `within` a duration"
        )
      }
    }
    return nil
  }

  /// The goal's time in calendar months, from its baseline date to its deadline, both counted
  /// (a month in progress counts by its own days).
  package static func months(of goal: PlanItem, from start: CalendarDay, to deadline: CalendarDay) -> Double {
    start.months(through: deadline)
  }

  package static func describe(months: Double) -> String {
    let text = Formatting.number(months, maximumDecimals: 1)
    return text + (text == "1" ? " month" : " months")
  }
}
