import MPlanSyntax

/// A duration value read the way the calendar counts it. Time is stored in months (so
/// growth per month and `as weeks` stay one unit), but a duration written in days or weeks
/// is a count of days and one written in months, quarters or years a count of calendar
/// months: `90 days` is never 2.96 months of 30.44 days.
extension Quantity {
  /// The duration in whole calendar months and whole days, or nil when it is neither
  /// (`2.5 months`, `1.5 days`) or not a duration at all.
  package var calendarDuration: CalendarDuration? {
    guard unit.isTime, let months = magnitude.exactValue, !months.isNaN else { return nil }
    // Dates stay within ±10,000 years; a wilder duration lands at the edge, far outside any
    // plan's period, where the Time-bound check reports it.
    let limit = Arithmetic.largestShiftInMonths
    if abs(months) > limit { return CalendarDuration(months: Int(months < 0 ? -limit : limit)) }
    let totalDays = months * UnitTable.daysPerMonth
    if isCountOfDays, let days = Self.whole(totalDays) { return CalendarDuration(days: days) }
    if let whole = Self.whole(months) { return CalendarDuration(months: whole) }
    // Whole months and what is left in whole days, of either sign: `1 month + 3 days`,
    // `1 month - 1 day`, `2 months - 45 days`. The sum is stored in months, so the split is
    // the one with the fewest days, up to two months of them: further out, 16 months are
    // exactly 487 of the days a duration is counted in, and `1.5 days` would read as
    // 8 months - 242 days.
    var best: CalendarDuration?
    let near = Int(months.rounded(.towardZero))
    for count in (near - 2)...(near + 2) {
      guard let days = Self.whole((months - Double(count)) * UnitTable.daysPerMonth), abs(days) <= 62
      else { continue }
      if best == nil || abs(days) < abs(best!.days) { best = CalendarDuration(months: count, days: days) }
    }
    return best
  }

  /// Written in days or weeks (or worked out as days, like the difference of two dates).
  private var isCountOfDays: Bool {
    if case .time(let name, _) = display { return name == "day" || name == "week" }
    return false
  }

  private static func whole(_ value: Double) -> Int? {
    let rounded = value.rounded()
    return abs(value - rounded) < 1e-6 ? Int(rounded) : nil
  }

  /// What to write instead of a duration that is not whole months or whole days:
  /// "`2 months` or `3 months`, or the days: `76 days`".
  package var wholeDurationAdviceMessage: Message {
    let months = magnitude.central
    let days = (months * UnitTable.daysPerMonth).rounded()
    func whole(_ count: Double) -> Message.Argument { .value(Formatting.number(count, maximumDecimals: 0)) }
    if isCountOfDays {
      return Message("duration-whole-days-fix", ["days": whole(max(days, 1))])
    }
    return Message(
      "duration-whole-months-fix",
      ["below": whole(months.rounded(.down)), "above": whole(months.rounded(.up)), "days": whole(days)])
  }

  /// `wholeDurationAdviceMessage` in English, for the callers that still build text.
  package var wholeDurationAdvice: String { wholeDurationAdviceMessage.english }
}
