/// The calendar a plan's dates are read and printed in (`plan … { calendar persian }`). Every
/// date is still one `CalendarDay`, a count of days: a calendar only says how a day is written.
public enum CalendarSystem: String, Sendable, CaseIterable {
  case gregorian, persian

  /// The plan's `calendar` field as written: the system, or nil for a word that names none.
  public init?(word: String) {
    self.init(rawValue: word.lowercased())
  }

  /// The days of a month of the calendar.
  public func daysIn(month: Int, year: Int) -> Int {
    switch self {
    case .gregorian: CalendarDay.daysIn(month: month, year: year)
    case .persian: SolarHijri.daysIn(month: month, year: year)
    }
  }

  /// The day written `year-month-day` in this calendar, or nil when the calendar has no such
  /// day (`1404-12-30`: Esfand of a common year has 29 days).
  public func day(year: Int, month: Int, day: Int) -> CalendarDay? {
    guard (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day) else { return nil }
    switch self {
    case .gregorian: return CalendarDay(year: year, month: month, day: day)
    case .persian: return SolarHijri.day(year: year, month: month, day: day)
    }
  }

  /// The day `day` of a month (1–12), or the month's last day when it is shorter: where a
  /// month moved by months lands.
  public func clampedDay(year: Int, month: Int, day: Int) -> CalendarDay {
    let dayOfMonth = min(day, daysIn(month: month, year: year))
    switch self {
    case .gregorian: return CalendarDay(year: year, month: month, day: dayOfMonth)
    case .persian: return SolarHijri.day(year: year, month: month, day: dayOfMonth)
    }
  }

  /// A day's year, month and day of the month in this calendar.
  public func components(of day: CalendarDay) -> (year: Int, month: Int, day: Int) {
    switch self {
    case .gregorian: day.components
    case .persian: SolarHijri.components(of: day)
    }
  }

  /// `1406-06-31`: the day as this calendar writes it, year-month-day as ISO does.
  public func text(of day: CalendarDay) -> String {
    switch self {
    case .gregorian: return day.iso
    case .persian:
      let (year, month, dayOfMonth) = SolarHijri.components(of: day)
      return CalendarDay.paddedYear(year) + "-" + Self.twoDigits(month) + "-" + Self.twoDigits(dayOfMonth)
    }
  }

  static func twoDigits(_ number: Int) -> String { (number < 10 ? "0" : "") + String(number) }
}

/// The Solar Hijri (Persian) calendar by the 33-year arithmetic rule that ICU and ICU4X use,
/// with ICU4X's table of the years after 1501 where that rule and the astronomical calendar
/// part. Between 1206 and 1498 the rule alone agrees with the University of Tehran's table;
/// the 2820-year rule (Birashk) does not, and gets 1403 and 1404 wrong, so it is not used.
///
/// Months 1–6 have 31 days, 7–11 have 30, and Esfand (12) has 29, or 30 in a leap year.
public enum SolarHijri {
  /// 1 Farvardin of year 1 (19 March 622 in the Julian calendar) as a day number since
  /// 1970-01-01: ICU's Julian day 1948320 less the Julian day of 1970-01-01, 2440588.
  static let epoch = -492_268

  /// Years the 33-year rule calls leap that are not; the year after each is leap instead
  /// (ICU4X's `NON_LEAP_CORRECTION`, checked by it against the astronomical rule to 3000).
  static let nonLeapCorrections: [Int] = [
    1502, 1601, 1634, 1667, 1700, 1733, 1766, 1799, 1832, 1865, 1898, 1931, 1964, 1997, 2030, 2059,
    2063, 2096, 2129, 2158, 2162, 2191, 2195, 2224, 2228, 2257, 2261, 2290, 2294, 2323, 2327, 2356,
    2360, 2389, 2393, 2422, 2426, 2455, 2459, 2488, 2492, 2521, 2525, 2554, 2558, 2587, 2591, 2620,
    2624, 2653, 2657, 2686, 2690, 2719, 2723, 2748, 2752, 2756, 2781, 2785, 2789, 2818, 2822, 2847,
    2851, 2855, 2880, 2884, 2888, 2913, 2917, 2921, 2946, 2950, 2954, 2979, 2983, 2987,
  ]

  private static func isCorrected(_ year: Int) -> Bool {
    year >= nonLeapCorrections[0] && nonLeapCorrections.contains(year)
  }

  public static func isLeap(_ year: Int) -> Bool {
    if isCorrected(year) { return false }
    if isCorrected(year - 1) { return true }
    return floorModulo(25 * year + 11, 33) < 8
  }

  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 1...6: 31
    case 7...11: 30
    default: isLeap(year) ? 30 : 29
    }
  }

  /// 1 Farvardin (Nowruz) of `year`.
  public static func firstDay(of year: Int) -> CalendarDay {
    var days = epoch + 365 * (year - 1) + floorDivide(8 * year + 21, 33)
    if isCorrected(year - 1) { days -= 1 }
    return CalendarDay(dayNumber: days)
  }

  /// The day written `year-month-day`; the caller checks that the month has the day.
  public static func day(year: Int, month: Int, day: Int) -> CalendarDay {
    let daysBeforeMonth = month <= 7 ? 31 * (month - 1) : 30 * (month - 1) + 6
    return CalendarDay(dayNumber: firstDay(of: year).dayNumber + daysBeforeMonth + day - 1)
  }

  public static func components(of day: CalendarDay) -> (year: Int, month: Int, day: Int) {
    // The rule's estimate of the year is exact without corrections; a corrected year moves
    // its last day (or the next year's first) across, which the checks below settle.
    var year = 1 + floorDivide(33 * (day.dayNumber - epoch) + 3, 12053)
    while day < firstDay(of: year) { year -= 1 }
    while day >= firstDay(of: year + 1) { year += 1 }
    let dayOfYear = day.dayNumber - firstDay(of: year).dayNumber
    let month = dayOfYear < 186 ? dayOfYear / 31 + 1 : (dayOfYear - 6) / 30 + 1
    let daysBeforeMonth = month <= 7 ? 31 * (month - 1) : 30 * (month - 1) + 6
    return (year, month, dayOfYear - daysBeforeMonth + 1)
  }

  /// Month 1–12 by its name in the reader's language (for messages about a date): فروردین …
  /// اسفند in Persian, Farvardin … Esfand in English, each language's own spelling in the others.
  public static func monthName(_ month: Int) -> Message {
    switch month {
    case 1: Message("persian-month-farvardin")
    case 2: Message("persian-month-ordibehesht")
    case 3: Message("persian-month-khordad")
    case 4: Message("persian-month-tir")
    case 5: Message("persian-month-mordad")
    case 6: Message("persian-month-shahrivar")
    case 7: Message("persian-month-mehr")
    case 8: Message("persian-month-aban")
    case 9: Message("persian-month-azar")
    case 10: Message("persian-month-dey")
    case 11: Message("persian-month-bahman")
    case 12: Message("persian-month-esfand")
    default: Message("persian-month-esfand")
    }
  }

  private static func floorDivide(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }
  private static func floorModulo(_ a: Int, _ b: Int) -> Int { a - floorDivide(a, b) * b }
}
