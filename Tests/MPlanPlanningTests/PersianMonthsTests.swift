import MPlanPlanning
import MPlanSyntax
import Testing

/// Under `calendar persian` the actuals' months, quarters and years are Persian ones: a budget
/// controlled monthly is checked Farvardin, Ordibehesht, …, and a run rate "per month" is over
/// the last whole Persian month. Days from the jalaali-js algorithm (python3): 1 Farvardin 1406
/// is 2027-03-21, 1 Tir 1406 is 2027-06-22.
@Suite struct PersianMonthsTests {
  static func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDay {
    CalendarSystem.persian.day(year: year, month: month, day: day)!
  }

  @Test func persianDaysAreTheGregorianDaysOfTheTable() {
    #expect(Self.day(1406, 1, 1) == CalendarDay(year: 2027, month: 3, day: 21))
    #expect(Self.day(1406, 4, 1) == CalendarDay(year: 2027, month: 6, day: 22))
  }

  @Test func monthlyCheckpointsAreWholePersianMonths() {
    let periods = ActualsTracking.checkpointPeriods(
      "monthly", from: Self.day(1406, 1, 1), through: Self.day(1406, 3, 15), in: .persian)
    #expect(periods.map { $0.description(in: .persian) } == ["1406-01", "1406-02", "1406-03"])
    #expect(periods.last?.end == Self.day(1406, 3, 31))
  }

  @Test func quarterlyCheckpointsAreThreePersianMonths() {
    let periods = ActualsTracking.checkpointPeriods(
      "quarterly", from: Self.day(1406, 1, 1), through: Self.day(1406, 4, 2), in: .persian)
    #expect(periods.map(\.start) == [Self.day(1406, 1, 1), Self.day(1406, 4, 1)])
    #expect(periods.map(\.end) == [Self.day(1406, 3, 31), Self.day(1406, 6, 31)])
  }

  @Test func theLastWholeMonthQuarterAndYearArePersian() {
    let month = ActualsTracking.lastComplete("month", asOf: Self.day(1406, 2, 10), in: .persian)
    #expect(month?.start == Self.day(1406, 1, 1))
    #expect(month?.end == Self.day(1406, 1, 31))
    let quarter = ActualsTracking.lastComplete("quarter", asOf: Self.day(1406, 4, 5), in: .persian)
    #expect(quarter?.start == Self.day(1406, 1, 1))
    #expect(quarter?.end == Self.day(1406, 3, 31))
    // 1405 is a common year: Esfand has 29 days.
    let year = ActualsTracking.lastComplete("year", asOf: Self.day(1406, 1, 10), in: .persian)
    #expect(year?.start == Self.day(1405, 1, 1))
    #expect(year?.end == Self.day(1405, 12, 29))
  }

  @Test func aShareOfAMonthIsByThePersianMonthsDays() {
    // 15 of Mehr's 30 days; 15 of Esfand 1403's 30 (a leap year).
    #expect(
      ActualsTracking.share("month", from: Self.day(1406, 7, 1), through: Self.day(1406, 7, 15), in: .persian)
        == 0.5)
    #expect(
      ActualsTracking.share(
        "month", from: Self.day(1403, 12, 1), through: Self.day(1403, 12, 15), in: .persian) == 0.5)
    #expect(
      ActualsTracking.share(
        "quarter", from: Self.day(1406, 1, 1), through: Self.day(1406, 3, 31), in: .persian) == 1)
  }

  /// Every day of 1395–1420 moved by one Persian month keeps its day of the month (or the next
  /// month's last day), lands in the next month, and `within 1 month` ends the day before.
  @Test func aMonthOnIsTheNextPersianMonthForEveryDay() {
    let calendar = CalendarSystem.persian
    var day = Self.day(1395, 1, 1)
    while day < Self.day(1421, 1, 1) {
      let (year, month, dayOfMonth) = calendar.components(of: day)
      let next = day.addingMonths(1, in: calendar)
      let (nextYear, nextMonth, nextDay) = calendar.components(of: next)
      #expect(nextYear * 12 + nextMonth == year * 12 + month + 1)
      #expect(nextDay == min(dayOfMonth, calendar.daysIn(month: nextMonth, year: nextYear)))
      if dayOfMonth <= calendar.daysIn(month: nextMonth, year: nextYear) {
        #expect(
          day.lastDay(within: CalendarDuration(months: 1), in: calendar).dayNumber == next.dayNumber - 1)
      }
      #expect(next.addingMonths(-1, in: calendar) <= day)
      day = CalendarDay(dayNumber: day.dayNumber + 1)
    }
  }
}
