import MPlanLanguage
import MPlanSyntax

/// Time-bound: a deadline inside the plan's period, after the baseline was taken. A deadline
/// written as words (`by "1 September"`, as the SMART article puts it) gets the ISO date it
/// means within the plan's period as its fix-it.
extension SMARTRules {
  package func timeBoundFindings(for goal: PlanItem) -> [(Letter, PlanFinding)] {
    let deadline = index.deadline(of: goal)
    let baselineDate = index.baselineDate(of: goal)
    if let problem = deadlineProblem(of: goal, baselineDate: baselineDate) {
      return [
        (
          .timeBound,
          .fail(
            .smart,
            .warning(
              .smartTimeBound,
              problem.message,
              at: problem.place, fixIt: .timeBound(problem.fixIt)))
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
              .smartTimeBound, Message("smart-no-deadline", ["goal": .text(goal.name)]), at: goal.nameSpan,
              fixIt: .timeBound(
                Message(
                  "smart-no-deadline-fix",
                  [
                    "date": .message(
                      index.period.map { .amount(index.text(of: $0.end)) }
                        ?? Message("smart-placeholder-date"))
                  ]))
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
              Message(
                "smart-due-before-baseline",
                [
                  "goal": .text(goal.name), "deadline": .value(index.text(of: deadline)),
                  "baselineDate": .value(index.text(of: baselineDate)),
                ]),
              at: place, fixIt: Message("smart-due-before-baseline-fix")))
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
              Message(
                "smart-due-outside-period",
                [
                  "goal": .text(goal.name), "deadline": .value(index.text(of: deadline)),
                  "period": .value(index.text(of: period)),
                ]),
              at: place,
              fixIt: .timeBound(
                Message("smart-due-outside-period-fix", ["end": .value(index.text(of: period.end))]))))
        )
      ]
    }
    return []
  }

  /// A deadline written but unusable: `by "soon"`, `within 0 months`, `within 3 visits`, or a
  /// `by` and a `within` that name different days. Each message is a whole sentence about the
  /// goal, not a predicate joined to "goal `g`", which few languages can join the English way.
  package func deadlineProblem(of goal: PlanItem, baselineDate: CalendarDay?)
    -> (message: Message, place: SourceSpan, fixIt: Message)?
  {
    let example = Message(
      "smart-deadline-example", ["end": .value(index.period.map { index.text(of: $0.end) } ?? "2027-12-31")])
    for field in PlanIndex.deadlineFields {
      guard let value = goal[field] else { continue }
      guard case .time = value else {
        let written = if case .text(let text) = value { "\"\(text)\"" } else { Formatting.describe(value) }
        if case .text(let text) = value, let day = DeadlineWords.day(in: text, within: index.period) {
          return (
            Message("smart-by-not-a-date", ["goal": .text(goal.name), "written": .value(written)]),
            goal.place(field),
            Message("smart-by-words-fix", ["day": .value(index.text(of: day))])
          )
        }
        return (
          Message("smart-by-not-a-date", ["goal": .text(goal.name), "written": .value(written)]),
          goal.place(field),
          Message("smart-by-not-a-date-fix", ["example": .message(example)])
        )
      }
    }
    guard let within = goal["within"] else { return nil }
    guard case .quantity(let duration) = within, duration.unit.isTime else {
      if case .text(let text) = within, let written = DeadlineWords.duration(in: text) {
        return (
          Message(
            "smart-within-not-a-duration", ["goal": .text(goal.name), "written": .value("\"\(text)\"")]),
          goal.place("within"),
          Message("smart-within-words-fix", ["duration": .value(written)])
        )
      }
      return (
        Message(
          "smart-within-not-a-duration",
          ["goal": .text(goal.name), "written": .value(Formatting.describe(within))]),
        goal.place("within"),
        Message("smart-within-not-a-duration-fix", ["example": .message(example)])
      )
    }
    if duration.magnitude.central < 0 {
      let ahead = Formatting.describe(
        Quantity(magnitude: duration.magnitude.map { -$0 }, unit: duration.unit, display: duration.display))
      return (
        Message(
          "smart-within-negative", ["goal": .text(goal.name), "written": .value(Formatting.describe(within))]),
        goal.place("within"), Message("smart-within-negative-fix", ["ahead": .value(ahead)])
      )
    }
    if duration.magnitude.central == 0 {
      return (
        Message(
          "smart-within-zero", ["goal": .text(goal.name), "written": .value(Formatting.describe(within))]),
        goal.place("within"),
        Message("smart-within-zero-fix")
      )
    }
    guard let calendar = duration.calendarDuration else {
      return (
        Message(
          "smart-within-not-whole",
          ["goal": .text(goal.name), "written": .value(Formatting.describe(within))]),
        goal.place("within"), .verbatim(duration.wholeDurationAdvice)
      )
    }
    let by = PlanIndex.deadlineFields.lazy.compactMap { field -> CalendarDay? in
      if let by = goal.period(field) { return by.end }
      return nil
    }.first
    if let by, let start = baselineDate {
      let end = start.lastDay(within: calendar, in: index.calendar)
      if end != by {
        return (
          Message(
            "smart-two-deadlines",
            [
              "goal": .text(goal.name),
              "by": .value(index.text(of: by)), "within": .value(Formatting.describe(within)),
              "end": .value(index.text(of: end)),
            ]),
          goal.place("within"), Message("smart-two-deadlines-fix")
        )
      }
    }
    return nil
  }

  /// The goal's time in calendar months, from its baseline date to its deadline, both counted
  /// (a month in progress counts by its own days).
  package static func months(
    of goal: PlanItem, from start: CalendarDay, to deadline: CalendarDay, in calendar: CalendarSystem
  ) -> Double {
    start.months(through: deadline, in: calendar)
  }

  package static func describe(months: Double) -> Message {
    Message("smart-months", ["months": .value(Formatting.number(months, maximumDecimals: 1))])
  }
}
