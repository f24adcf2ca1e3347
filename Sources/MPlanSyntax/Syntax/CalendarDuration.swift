/// A length of time as the calendar counts it: whole calendar months (months, quarters,
/// years) and whole days (days, weeks). The two never convert into each other here: a month
/// is as long as the month it lands in, so `+ 1 month` from 31 January is 28 February and
/// `+ 30 days` is 2 March. A month is the month of the plan's calendar: under
/// `calendar persian`, 1406-01-15 + 1 month is 1406-02-15, and a Persian month's share of a
/// span is counted by that month's own days.
public struct CalendarDuration: Sendable, Hashable {
  public var months: Int
  public var days: Int

  public init(months: Int = 0, days: Int = 0) {
    self.months = months
    self.days = days
  }

  public var isPositive: Bool { months >= 0 && days >= 0 && (months > 0 || days > 0) }
}

extension CalendarDay {
  /// The day `duration` later: calendar months first (clamped to the month's end, so
  /// 2027-01-31 + 1 month is 2027-02-28), then days.
  public func adding(_ duration: CalendarDuration, in calendar: CalendarSystem = .gregorian) -> CalendarDay {
    CalendarDay(dayNumber: addingMonths(duration.months, in: calendar).dayNumber + duration.days)
  }

  /// The last day of `within duration` counted from this day, this day being the first:
  /// `within 90 days` from 2027-01-01 is 2027-03-31, `within 3 months` is the day before the
  /// same day three months on (2027-03-31), and from 31 January `within 1 month` ends on the
  /// last day of February, the day before "the 31st" would come round again.
  public func lastDay(within duration: CalendarDuration, in calendar: CalendarSystem = .gregorian)
    -> CalendarDay
  {
    CalendarDay(dayNumber: dayBefore(monthsOn: duration.months, in: calendar).dayNumber + duration.days)
  }

  /// The day before this day of the month recurs `count` months on; where the month is too
  /// short for that day, its last day.
  private func dayBefore(monthsOn count: Int, in calendar: CalendarSystem) -> CalendarDay {
    let (year, month, day) = calendar.components(of: self)
    let first = calendar.clampedDay(year: year, month: month, day: 1).addingMonths(count, in: calendar)
    if day == 1 { return CalendarDay(dayNumber: first.dayNumber - 1) }
    let (targetYear, targetMonth, _) = calendar.components(of: first)
    return calendar.clampedDay(year: targetYear, month: targetMonth, day: day - 1)
  }

  /// The calendar months from this day to the end of `last`, both counted: each calendar
  /// month the span covers whole counts 1, and a month it covers in part the share of that
  /// month's own days it covers. All of 2027 is 12 months; 2027-01-01 to 2027-01-31 is 1;
  /// 2027-02-01 to 2027-02-14 is 0.5; 2027-01-16 to 2027-02-28 is 16/31 + 1.
  public func months(through last: CalendarDay, in calendar: CalendarSystem = .gregorian) -> Double {
    guard last >= self else { return 0 }
    let (year, month, day) = calendar.components(of: self)
    let (lastYear, lastMonth, lastDayOfMonth) = calendar.components(of: last)
    let firstLength = calendar.daysIn(month: month, year: year)
    if year == lastYear, month == lastMonth {
      return Double(lastDayOfMonth - day + 1) / Double(firstLength)
    }
    let between = (lastYear * 12 + lastMonth) - (year * 12 + month) - 1
    let firstPart = Double(firstLength - day + 1) / Double(firstLength)
    let lastPart = Double(lastDayOfMonth) / Double(calendar.daysIn(month: lastMonth, year: lastYear))
    return firstPart + Double(between) + lastPart
  }

  /// Days from this day to `last`, both counted.
  public func days(through last: CalendarDay) -> Int { last.dayNumber - dayNumber + 1 }

  // MARK: - ISO weeks

  /// Monday is 1, Sunday 7 (ISO 8601).
  public var weekday: Int {
    // 1970-01-01 was a Thursday.
    let remainder = (dayNumber + 3) % 7
    return (remainder < 0 ? remainder + 7 : remainder) + 1
  }

  /// The Monday of ISO week 1 of `year`: the week with the year's first Thursday.
  public static func firstISOWeekMonday(of year: Int) -> CalendarDay {
    let fourth = CalendarDay(year: year, month: 1, day: 4)
    return CalendarDay(dayNumber: fourth.dayNumber - (fourth.weekday - 1))
  }

  /// 52 or 53: a year has week 53 when it starts on a Thursday, or is a leap year starting
  /// on a Wednesday (2026, 2032).
  public static func isoWeeks(in year: Int) -> Int {
    (firstISOWeekMonday(of: year + 1).dayNumber - firstISOWeekMonday(of: year).dayNumber) / 7
  }

  /// The ISO year and week of this day: 2027-01-01 is in week 53 of 2026.
  public var isoWeek: (year: Int, week: Int) {
    var year = components.year + 1
    while firstISOWeekMonday(of: year) > self { year -= 1 }
    return (year, (dayNumber - Self.firstISOWeekMonday(of: year).dayNumber) / 7 + 1)
  }

  private func firstISOWeekMonday(of year: Int) -> CalendarDay { Self.firstISOWeekMonday(of: year) }
}
