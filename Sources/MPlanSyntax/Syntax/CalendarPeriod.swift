/// A calendar period, inclusive of both ends, with how it was written.
public struct CalendarPeriod: Sendable, Hashable {
  public enum Granularity: Sendable, Hashable { case day, week, month, quarter, period }
  public var start: CalendarDay
  public var end: CalendarDay
  public var granularity: Granularity
  /// For periods: how the two ends were written (`2027-01 .. 2027-12`).
  public var startGranularity: Granularity
  public var endGranularity: Granularity

  public init(start: CalendarDay, end: CalendarDay, granularity: Granularity) {
    self.start = start
    self.end = end
    self.granularity = granularity
    self.startGranularity = granularity
    self.endGranularity = granularity
  }

  public static func day(_ day: CalendarDay) -> CalendarPeriod {
    CalendarPeriod(start: day, end: day, granularity: .day)
  }

  public static func month(year: Int, month: Int) -> CalendarPeriod {
    let start = CalendarDay(year: year, month: month, day: 1)
    let end = CalendarDay(year: year, month: month, day: CalendarDay.daysIn(month: month, year: year))
    return CalendarPeriod(start: start, end: end, granularity: .month)
  }

  /// ISO week `week` of `year`, Monday to Sunday (`2027-W05`).
  public static func week(year: Int, week: Int) -> CalendarPeriod {
    let monday = CalendarDay(dayNumber: CalendarDay.firstISOWeekMonday(of: year).dayNumber + (week - 1) * 7)
    return CalendarPeriod(
      start: monday, end: CalendarDay(dayNumber: monday.dayNumber + 6), granularity: .week)
  }

  public static func quarter(year: Int, quarter: Int) -> CalendarPeriod {
    let first = (quarter - 1) * 3 + 1
    let start = CalendarDay(year: year, month: first, day: 1)
    let end = CalendarDay(year: year, month: first + 2, day: CalendarDay.daysIn(month: first + 2, year: year))
    return CalendarPeriod(start: start, end: end, granularity: .quarter)
  }

  /// `a .. b`: from the start of the first to the end of the second, each end written as
  /// it was (a range's own first or last end, when `a` or `b` is a range).
  public static func spanning(_ first: CalendarPeriod, _ last: CalendarPeriod) -> CalendarPeriod {
    var period = CalendarPeriod(start: first.start, end: last.end, granularity: .period)
    period.startGranularity = first.granularity == .period ? first.startGranularity : first.granularity
    period.endGranularity = last.granularity == .period ? last.endGranularity : last.granularity
    return period
  }

  /// The day, ISO week, month or quarter that starts on `day`, written as `granularity` if
  /// it starts there (a quarter that does not is its month; a week or a month, the day).
  public static func starting(on day: CalendarDay, as granularity: Granularity) -> CalendarPeriod {
    let (year, month, dayOfMonth) = day.components
    switch granularity {
    case .week where day.weekday == 1: return .week(year: day.isoWeek.year, week: day.isoWeek.week)
    case .quarter where dayOfMonth == 1 && month % 3 == 1:
      return .quarter(year: year, quarter: (month + 2) / 3)
    case .month where dayOfMonth == 1, .quarter where dayOfMonth == 1: return .month(year: year, month: month)
    default: return .day(day)
    }
  }

  /// The day, ISO week, month or quarter that ends on `day`, written as `granularity` if it
  /// ends there (a quarter that does not is its month; a week or a month, the day).
  public static func ending(on day: CalendarDay, as granularity: Granularity) -> CalendarPeriod {
    let (year, month, dayOfMonth) = day.components
    let isMonthEnd = dayOfMonth == CalendarDay.daysIn(month: month, year: year)
    switch granularity {
    case .week where day.weekday == 7: return .week(year: day.isoWeek.year, week: day.isoWeek.week)
    case .quarter where isMonthEnd && month % 3 == 0: return .quarter(year: year, quarter: month / 3)
    case .month where isMonthEnd, .quarter where isMonthEnd: return .month(year: year, month: month)
    default: return .day(day)
    }
  }

  /// A month of `calendar` from its first day to its last. A Persian month is a span of days
  /// (`description(in: .persian)` writes it `1406-06`): `.month` is a Gregorian month.
  public static func month(year: Int, month: Int, in calendar: CalendarSystem) -> CalendarPeriod {
    guard calendar != .gregorian else { return .month(year: year, month: month) }
    return .spanning(
      .day(calendar.clampedDay(year: year, month: month, day: 1)),
      .day(calendar.clampedDay(year: year, month: month, day: calendar.daysIn(month: month, year: year))))
  }

  /// A quarter of `calendar`: a Persian quarter is three Persian months (`1406-Q1` is
  /// Farvardin to Khordad), a span of days as its months are.
  public static func quarter(year: Int, quarter: Int, in calendar: CalendarSystem) -> CalendarPeriod {
    guard calendar != .gregorian else { return .quarter(year: year, quarter: quarter) }
    let first = (quarter - 1) * 3 + 1
    return .spanning(
      .month(year: year, month: first, in: calendar), .month(year: year, month: first + 2, in: calendar))
  }

  /// Whole months of `calendar` touched by the period, first to last, as (year, month).
  public func months(in calendar: CalendarSystem = .gregorian) -> [(year: Int, month: Int)] {
    let (startYear, startMonth, _) = calendar.components(of: start)
    let (endYear, endMonth, _) = calendar.components(of: end)
    let count = (endYear * 12 + endMonth) - (startYear * 12 + startMonth) + 1
    return (0..<max(0, count)).map { offset in
      let total = startYear * 12 + startMonth - 1 + offset
      return (total / 12, total % 12 + 1)
    }
  }

  public var description: String {
    switch granularity {
    case .day: return start.iso
    case .week: return Self.render(start, .week)
    case .month: return Self.render(start, .month)
    case .quarter: return Self.render(start, .quarter)
    case .period:
      let endText = endGranularity == .day ? end.iso : Self.render(end, endGranularity)
      return Self.render(start, startGranularity) + " .. " + endText
    }
  }

  /// The period as `calendar` writes it. In the Persian calendar a Gregorian month, quarter
  /// or ISO week is not a period of its own, so it is written as its first and last days;
  /// a whole Persian month is written as the month (`1406-06`), a whole Persian quarter as
  /// the quarter (`1406-Q2`).
  public func description(in calendar: CalendarSystem) -> String {
    guard calendar == .persian else { return description }
    if start == end { return calendar.text(of: start) }
    let (year, month, day) = calendar.components(of: start)
    let (endYear, endMonth, endDay) = calendar.components(of: end)
    if day == 1, endYear == year, endDay == calendar.daysIn(month: endMonth, year: endYear) {
      if endMonth == month { return CalendarDay.paddedYear(year) + "-" + CalendarSystem.twoDigits(month) }
      if month % 3 == 1, endMonth == month + 2 {
        return CalendarDay.paddedYear(year) + "-Q\((month + 2) / 3)"
      }
    }
    return calendar.text(of: start) + " .. " + calendar.text(of: end)
  }

  package static func render(_ day: CalendarDay, _ granularity: Granularity) -> String {
    let (year, month, _) = day.components
    switch granularity {
    case .day, .period: return day.iso
    case .week:
      let (isoYear, week) = day.isoWeek
      return CalendarDay.paddedYear(isoYear) + "-W\(week < 10 ? "0" : "")\(week)"
    case .month: return CalendarDay.paddedYear(year) + "-\(month < 10 ? "0" : "")\(month)"
    case .quarter: return CalendarDay.paddedYear(year) + "-Q\((month - 1) / 3 + 1)"
    }
  }
}
