import MPlanSyntax

/// How an action's cost falls on the calendar: evenly by calendar month over its period, a
/// month the period covers in part by the share of that month's days it covers, and each
/// month's share evenly over the period's days in it. A day's share is so one over its
/// month's days, over the period's months: `2027-02-15 .. 2027-03-10` is half of February
/// and 10 of March's 31 days, 0.82 months, and no spend falls on 1–14 February. A period of
/// whole months (`2027-01 .. 2027-03`) gives each month the same share.
package struct SpendSpread: Sendable {
  package var period: CalendarPeriod
  /// The calendar months of the period, a part month by its own days.
  package var months: Double
  /// The plan's calendar, whose months the cost is spread over.
  package var calendar: CalendarSystem

  package init?(_ period: CalendarPeriod, in calendar: CalendarSystem = .gregorian) {
    guard period.end >= period.start else { return nil }
    self.period = period
    self.calendar = calendar
    months = period.start.months(through: period.end, in: calendar)
  }

  /// The share of the cost that falls on the days `first...last` (both counted).
  package func share(from first: CalendarDay, through last: CalendarDay) -> Double {
    let from = max(first, period.start)
    let to = min(last, period.end)
    guard to >= from, months > 0 else { return 0 }
    return from.months(through: to, in: calendar) / months
  }

  /// The share of the cost that falls on `day`.
  package func share(on day: CalendarDay) -> Double {
    guard day >= period.start, day <= period.end, months > 0 else { return 0 }
    let (year, month, _) = calendar.components(of: day)
    return 1 / Double(calendar.daysIn(month: month, year: year)) / months
  }

  /// The calendar months the period touches, in order, each with the amount of `cost` in it.
  package func months(of cost: Double) -> [(year: Int, month: Int, amount: Double)] {
    period.months(in: calendar).map { year, month in
      let whole = CalendarPeriod.month(year: year, month: month, in: calendar)
      let part = max(whole.start, period.start).months(through: min(whole.end, period.end), in: calendar)
      // Multiplied before divided: $20,000 over three whole months is 6,666.666666666667 each,
      // as the cost over the count of months always was.
      return (year, month, cost * part / months)
    }
  }

  /// The days of the period after `day`: those a burn rate still has to run.
  package func daysLeft(after day: CalendarDay) -> Int {
    max(0, period.end.dayNumber - max(day.dayNumber, period.start.dayNumber - 1))
  }
}
