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
    #expect(year.months.count == 12)
    #expect(year.description == "2027-Q1 .. 2027-Q4")
  }
}
