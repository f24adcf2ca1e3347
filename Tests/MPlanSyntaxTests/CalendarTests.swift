import MPlanLanguage
import MPlanSyntax
import Testing

@Suite struct CalendarTests {
  @Test(arguments: [(1970, 1, 1, 0), (2000, 3, 1, 11_017), (2027, 12, 31, 21_183), (1969, 12, 31, -1)])
  func dayNumbers(year: Int, month: Int, day: Int, number: Int) {
    let date = CalendarDay(year: year, month: month, day: day)
    #expect(date.dayNumber == number)
    #expect(date.components == (year, month, day))
  }

  @Test func addingMonthsClampsToTheMonthsEnd() {
    #expect(CalendarDay(year: 2027, month: 1, day: 31).addingMonths(1).iso == "2027-02-28")
    #expect(CalendarDay(year: 2028, month: 1, day: 31).addingMonths(1).iso == "2028-02-29")
    #expect(CalendarDay(year: 2027, month: 11, day: 15).addingMonths(3).iso == "2028-02-15")
    #expect(CalendarDay(year: 2027, month: 1, day: 15).addingMonths(-1).iso == "2026-12-15")
  }

  @Test func periodsListTheirMonths() {
    let year = CalendarPeriod.spanning(.quarter(year: 2027, quarter: 1), .quarter(year: 2027, quarter: 4))
    #expect(year.months().count == 12)
    #expect(year.description == "2027-Q1 .. 2027-Q4")
  }
}

/// `within N days/weeks/months` against counting the calendar one day at a time, from every
/// start day of 2024–2028 (two leap years, every month end): the walk knows nothing of day
/// numbers, only that the day after the last of a month is the 1st of the next.
@Suite struct CalendarWithinTests {
  struct Walk {
    var year: Int, month: Int, day: Int
    var monthIndex: Int { year * 12 + month - 1 }

    mutating func step() {
      let isLeap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
      let length = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
      if day < length {
        day += 1
      } else if month < 12 {
        (month, day) = (month + 1, 1)
      } else {
        (year, month, day) = (year + 1, 1, 1)
      }
    }
  }

  /// `N days` as a script writes it: a quantity of time, stored in months.
  static func duration(_ count: Int, _ unit: String) -> CalendarDuration {
    let scale = UnitTable.timeUnits[unit]!
    let quantity = Quantity(
      Double(count) * scale, unit: Unit(base: UnitTable.timeBase), display: .time(name: unit, scale: scale))
    return quantity.calendarDuration!
  }

  static let startDays: [CalendarDay] = {
    let first = CalendarDay(year: 2024, month: 1, day: 1).dayNumber
    let last = CalendarDay(year: 2028, month: 12, day: 31).dayNumber
    return (first...last).map { CalendarDay(dayNumber: $0) }
  }()

  @Test func everyStartDayOf2024To2028() {
    var checked = 0
    for start in Self.startDays {
      let (year, month, day) = start.components
      var walk = Walk(year: year, month: month, day: day)
      var previous = walk
      // The N-th day counted, the start being the first: `within N days` ends there, and
      // `within N weeks` on day 7N. `within N months` ends the day before the walk first
      // reaches N months on at or past the start's day of the month, or the month after.
      var months = 0
      for count in 1...800 {
        if count > 1 {
          previous = walk
          walk.step()
          let monthsOn = walk.monthIndex - (year * 12 + month - 1)
          if monthsOn > months, monthsOn > months + 1 || walk.day >= day {
            months += 1
            let expected = CalendarDay(year: previous.year, month: previous.month, day: previous.day)
            #expect(
              start.lastDay(within: Self.duration(months, "month")) == expected,
              "\(start.iso) + \(months) months")
            if months % 3 == 0 {
              #expect(start.lastDay(within: Self.duration(months / 3, "quarter")) == expected)
            }
            if months % 12 == 0 {
              #expect(start.lastDay(within: Self.duration(months / 12, "year")) == expected)
            }
            checked += 1
          }
        }
        let expected = CalendarDay(year: walk.year, month: walk.month, day: walk.day)
        #expect(
          start.lastDay(within: Self.duration(count, "day")) == expected, "\(start.iso) + \(count) days")
        if count % 7 == 0 {
          #expect(start.lastDay(within: Self.duration(count / 7, "week")) == expected)
        }
        checked += 1
      }
    }
    #expect(checked > 1_800 * 800)
  }

  @Test func monthsFromTheCalendar() {
    let january = CalendarDay(year: 2027, month: 1, day: 1)
    #expect(january.lastDay(within: CalendarDuration(months: 3)).iso == "2027-03-31")
    #expect(january.lastDay(within: CalendarDuration(days: 90)).iso == "2027-03-31")
    #expect(january.lastDay(within: CalendarDuration(days: 365)).iso == "2027-12-31")
    #expect(january.lastDay(within: CalendarDuration(days: 42)).iso == "2027-02-11")
    #expect(
      CalendarDay(year: 2027, month: 1, day: 31).lastDay(within: CalendarDuration(months: 1)).iso
        == "2027-02-28")
    #expect(
      CalendarDay(year: 2024, month: 2, day: 29).lastDay(within: CalendarDuration(months: 12)).iso
        == "2025-02-28")
    #expect(january.months(through: CalendarDay(year: 2027, month: 12, day: 31)) == 12)
    #expect(january.months(through: CalendarDay(year: 2027, month: 1, day: 31)) == 1)
    #expect(
      CalendarDay(year: 2027, month: 2, day: 1).months(through: CalendarDay(year: 2027, month: 2, day: 14))
        == 0.5)
    // A part month counts by its own days, whatever day the span starts on.
    #expect(
      CalendarDay(year: 2027, month: 1, day: 16).months(through: CalendarDay(year: 2027, month: 2, day: 28))
        == 16.0 / 31 + 1)
    #expect(
      CalendarDay(year: 2027, month: 1, day: 31).months(through: CalendarDay(year: 2027, month: 3, day: 15))
        == 1.0 / 31 + 1 + 15.0 / 31)
  }

  /// Months between two days against adding up each day's share of its own month, for spans
  /// from every day of 2027–2028 of up to 400 days.
  @Test func monthsAreEachDaysShareOfItsMonth() {
    let first = CalendarDay(year: 2027, month: 1, day: 1).dayNumber
    for start in stride(from: first, to: first + 731, by: 1) {
      var sum = 0.0
      for end in start..<(start + 400) {
        let (year, month, _) = CalendarDay(dayNumber: end).components
        sum += 1 / Double(CalendarDay.daysIn(month: month, year: year))
        let months = CalendarDay(dayNumber: start).months(through: CalendarDay(dayNumber: end))
        guard abs(months - sum) < 1e-9 else {
          Issue.record(
            "\(CalendarDay(dayNumber: start).iso) to \(CalendarDay(dayNumber: end).iso): \(months), not \(sum)"
          )
          return
        }
      }
    }
  }

  @Test(arguments: [(2026, 53), (2027, 52), (2020, 53), (2032, 53), (2028, 52)])
  func isoWeeksInAYear(year: Int, weeks: Int) {
    #expect(CalendarDay.isoWeeks(in: year) == weeks)
  }

  @Test func isoWeeks() {
    #expect(CalendarDay(year: 2027, month: 1, day: 1).isoWeek == (2026, 53))
    #expect(CalendarPeriod.week(year: 2027, week: 1).start.iso == "2027-01-04")
    #expect(CalendarPeriod.week(year: 2027, week: 5).description == "2027-W05")
    #expect(CalendarDay(year: 2027, month: 1, day: 4).weekday == 1)
  }
}
