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

  /// `a .. b`: from the start of the first to the end of the second.
  public static func spanning(_ first: CalendarPeriod, _ last: CalendarPeriod) -> CalendarPeriod {
    var period = CalendarPeriod(start: first.start, end: last.end, granularity: .period)
    period.startGranularity = first.granularity
    period.endGranularity = last.granularity
    return period
  }

  /// Whole months touched by the period, first to last, as (year, month).
  public var months: [(year: Int, month: Int)] {
    let (startYear, startMonth, _) = start.components
    let (endYear, endMonth, _) = end.components
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
