/// A day of the proleptic Gregorian calendar as a count of days since 1970-01-01, so that
/// dates compare and subtract as integers. Literals (`2027-12-31`, `2027-03`, `2027-Q2`) are
/// read into these; the calendar stays out of `Foundation` to keep start-up light.
public struct CalendarDay: Sendable, Hashable, Comparable {
  public var dayNumber: Int

  public init(dayNumber: Int) { self.dayNumber = dayNumber }

  public init(year: Int, month: Int, day: Int) {
    // Howard Hinnant's days_from_civil.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let monthIndex = (month + 9) % 12
    let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    dayNumber = era * 146097 + dayOfEra - 719468
  }

  public var components: (year: Int, month: Int, day: Int) {
    let z = dayNumber + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let dayOfEra = z - era * 146097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  /// The days in an average month of the Gregorian calendar: only how a duration is stored
  /// (time is kept in months). Dates move and months are counted by the calendar itself
  /// (`CalendarDuration`), never by this figure.
  public static let averageDaysPerMonth = 365.25 / 12

  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// The same day of the month `count` months of `calendar` later, clamped to the month's
  /// last day (1406-06-31 + 1 month is 1406-07-30 in the Persian calendar).
  public func addingMonths(_ count: Int, in calendar: CalendarSystem = .gregorian) -> CalendarDay {
    let (year, month, day) = calendar.components(of: self)
    let total = year * 12 + (month - 1) + count
    let newYear = total >= 0 ? total / 12 : (total - 11) / 12
    let newMonth = total - newYear * 12 + 1
    return calendar.clampedDay(year: newYear, month: newMonth, day: day)
  }

  public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool { lhs.dayNumber < rhs.dayNumber }

  public var iso: String {
    let (year, month, day) = components
    return Self.paddedYear(year) + "-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
  }

  /// Four digits, as the literal was written (`0027-01`, not `27-01`).
  public static func paddedYear(_ year: Int) -> String {
    let digits = String(abs(year))
    return (year < 0 ? "-" : "") + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }
}
