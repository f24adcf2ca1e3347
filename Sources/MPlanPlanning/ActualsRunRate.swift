import MPlanLanguage
import MPlanSyntax

/// A run-rate goal (`baseline 100 leads per month  target 500 leads per month`, the SMART
/// article's "500 qualified leads a month") is met by a rate, not by a total: its actuals are the
/// results of the last complete month (week, quarter… as the target is written) by the "as
/// of" day, never everything counted since the baseline.
extension ActualsTracking {
  package struct RunRate {
    /// The span the rate was measured over; `complete` is false when it is the part so far
    /// from the baseline date, spread over its calendar share (no whole month since the
    /// baseline date yet, or a stated window that would reach back before it); `stated`
    /// when the goal gave its own `window`.
    package var window: CalendarPeriod
    package var complete: Bool
    package var stated = false
    /// The time the target is per (`month`), and the rate, the target and where a straight
    /// ramp from the baseline to the target stands on the "as of" day, all per that time.
    package var per: String
    package var rate: Double
    package var target: Double
    package var expected: Double
    /// The target's unit and display, so the rate prints as the target does.
    package var unit: Unit
    package var display: Quantity.Display

    /// The word for `per` in the reader's language ("a month"), never the English keyword.
    package var perWord: Message {
      switch per {
      case "day": Message("tracking-per-day")
      case "week": Message("tracking-per-week")
      case "quarter": Message("tracking-per-quarter")
      case "year": Message("tracking-per-year")
      default: Message("tracking-per-month")
      }
    }

    package var isReached: Bool { rate >= target }
    package var isBehind: Bool { rate < target && rate < expected }

    /// The rate as a value in the target's unit: `304 leads per month`.
    package func value(_ amount: Double) -> Value {
      let scale = if case .time(_, let scale) = display { scale } else { 1.0 }
      return .quantity(Quantity(amount / scale, unit: unit, display: display))
    }
  }

  /// The run rate of a goal whose target is per a time; nil for a total.
  package func runRate(
    of goal: PlanItem, target: Quantity, results: (Int, Int) -> Double, deadline: CalendarDay,
    from start: Int, asOf measured: CalendarDay
  ) -> RunRate? {
    guard target.unit.isPerTime else { return nil }
    let (per, scale) =
      if case .time(let name, let scale) = target.display { (name, scale) } else { ("month", 1.0) }
    let written = { (quantity: Quantity?) in (quantity?.magnitude.central ?? 0) * scale }
    // The rate is measured from the baseline date on (`start`): a month before it is not the goal's.
    let calendar = index.calendar
    let stated = goal.quantity("window").flatMap { Self.statedWindow($0, asOf: measured, in: calendar) }
    var window = stated ?? Self.lastComplete(per, asOf: measured, in: calendar)
    var complete = true
    var rate = 0.0
    if let whole = window, whole.start.dayNumber >= start {
      let share = stated == nil ? 1 : Self.share(per, from: whole.start, through: whole.end, in: calendar)
      rate = share > 0 ? results(whole.start.dayNumber, whole.end.dayNumber) / share : 0
    } else {
      // The window reaches back before the baseline date (the plan's start, else `since`),
      // where the goal had no results to count: the part so far, by its share of a month.
      let first = CalendarDay(dayNumber: start)
      window = CalendarPeriod(start: first, end: measured, granularity: .period)
      complete = false
      let share = Self.share(per, from: first, through: measured, in: calendar)
      rate = share > 0 ? results(start, measured.dayNumber) / share : 0
    }
    let baseline = goal.quantity("baseline").map { written($0) } ?? 0
    let goalTarget = written(target)
    var expected = goalTarget
    if let since = index.baselineDate(of: goal), deadline > since {
      let elapsed = Double(since.days(through: measured)) / Double(since.days(through: deadline))
      expected = baseline + (goalTarget - baseline) * min(max(elapsed, 0), 1)
    }
    return RunRate(
      window: window!, complete: complete, stated: stated != nil, per: per, rate: rate, target: goalTarget,
      expected: expected, unit: target.unit, display: target.display)
  }

  /// A goal's own `window` (`window 3 months`, `window 4 weeks`, `window 30 days`): that many
  /// whole months, ISO weeks or days, ending with the last whole one by `asOf`. Nil when it is
  /// not a whole positive duration (SMART-M says so).
  package static func statedWindow(
    _ duration: Quantity, asOf: CalendarDay, in calendar: CalendarSystem = .gregorian
  ) -> CalendarPeriod? {
    guard let length = duration.calendarDuration, length.isPositive, length.months == 0 || length.days == 0
    else { return nil }
    let unit = if case .time(let name, _) = duration.display { name } else { "month" }
    let end: CalendarDay
    let start: CalendarDay
    if length.months > 0 {
      end = lastComplete("month", asOf: asOf, in: calendar)!.end
      start = CalendarDay(dayNumber: end.dayNumber + 1).addingMonths(-length.months, in: calendar)
    } else if unit == "week", length.days % 7 == 0 {
      end = lastComplete("week", asOf: asOf)!.end
      start = CalendarDay(dayNumber: end.dayNumber - length.days + 1)
    } else {
      end = asOf
      start = CalendarDay(dayNumber: end.dayNumber - length.days + 1)
    }
    return .spanning(.day(start), .day(end))
  }

  /// The last whole day, ISO week, month, quarter or year that ends on or before `asOf`;
  /// months, quarters and years of `calendar`.
  package static func lastComplete(
    _ per: String, asOf: CalendarDay, in calendar: CalendarSystem = .gregorian
  ) -> CalendarPeriod? {
    let next = CalendarDay(dayNumber: asOf.dayNumber + 1)
    let (year, month, _) = calendar.components(of: next)
    switch per {
    case "day": return .day(asOf)
    case "week":
      let sunday = CalendarDay(dayNumber: next.dayNumber - next.weekday)
      let (isoYear, week) = sunday.isoWeek
      return .week(year: isoYear, week: week)
    case "quarter":
      let end = calendar.clampedDay(year: year, month: (month - 1) / 3 * 3 + 1, day: 1).dayNumber - 1
      let (endYear, endMonth, _) = calendar.components(of: CalendarDay(dayNumber: end))
      return .quarter(year: endYear, quarter: (endMonth - 1) / 3 + 1, in: calendar)
    case "year":
      return .spanning(
        .month(year: year - 1, month: 1, in: calendar), .month(year: year - 1, month: 12, in: calendar))
    default:
      let (endYear, endMonth, _) = calendar.components(
        of: CalendarDay(dayNumber: calendar.clampedDay(year: year, month: month, day: 1).dayNumber - 1))
      return .month(year: endYear, month: endMonth, in: calendar)
    }
  }

  /// How much of one `per` the days `first...last` are: days over 7 for weeks, calendar
  /// months over 1, 3 or 12.
  package static func share(
    _ per: String, from first: CalendarDay, through last: CalendarDay,
    in calendar: CalendarSystem = .gregorian
  ) -> Double {
    switch per {
    case "day": Double(first.days(through: last))
    case "week": Double(first.days(through: last)) / 7
    case "quarter": first.months(through: last, in: calendar) / 3
    case "year": first.months(through: last, in: calendar) / 12
    default: first.months(through: last, in: calendar)
    }
  }
}
