import MPlanLanguage
import MPlanSyntax

/// Spend spread over the calendar (design §3: "monthly/weekly/daily pacing"): the table a
/// budget's controller watches, since 20–30% of online spend can leak away unnoticed (the
/// strategic-marketing article). Each action's cost falls on its period's days as `SpendSpread` says (evenly by
/// calendar month, a part month by its days); months and weeks are summed from those days.
/// Every table is rounded to the cent so that its rows add up to what is committed, to the
/// cent.
package struct BudgetPacing {
  package struct Month {
    package var year: Int
    package var month: Int
    /// To the cent.
    package var amount: Double
    /// The least and the most of one day, in whole cents.
    package var dayRange: (least: Double, most: Double)
    /// The whole month, first day to last, in the plan's calendar.
    package var period: CalendarPeriod
    package var label: String { CalendarPeriod.month(year: year, month: month).description }
  }

  package struct Span {
    package var period: CalendarPeriod
    /// To the cent.
    package var amount: Double
  }

  /// Months in calendar order, each with what is committed to it.
  package var months: [Month] = []
  /// Spend of actions with no period in a plan with no period.
  package var unscheduled = 0.0
  /// What the actions commit to each day, as changes where an action starts or stops: the
  /// amount a day is this running sum over the day's month's days.
  private var changes: [Int: Double] = [:]
  /// The days the table covers: the plan's period and every action's.
  private var firstDay: CalendarDay?
  private var lastDay: CalendarDay?
  /// The plan's calendar: the months are its months (Shahrivar, not September, under
  /// `calendar persian`), and a day's share is one over its own month's days.
  private var calendar = CalendarSystem.gregorian

  package init(lines: [BudgetLedger.Line], index: PlanIndex) {
    // The plan's whole period shows, so a quiet month is visible as a zero.
    var exact: [Int: Double] = [:]
    calendar = index.calendar
    if let period = index.period { cover(period) }
    for month in index.period?.months(in: calendar) ?? [] { exact[month.year * 12 + month.month - 1] = 0 }
    for line in lines {
      let cost = line.cost.magnitude.central
      guard let spread = index.spread(of: line.action) else {
        unscheduled += cost
        continue
      }
      cover(spread.period)
      for (year, month, amount) in spread.months(of: cost) {
        exact[year * 12 + month - 1, default: 0] += amount
      }
      let perMonth = cost / spread.months
      changes[spread.period.start.dayNumber, default: 0] += perMonth
      changes[spread.period.end.dayNumber + 1, default: 0] -= perMonth
    }
    let keys = exact.keys.sorted()
    let rounded = Self.toTheCent(keys.map { exact[$0]! })
    months = zip(keys, rounded).map { key, amount in
      let whole = CalendarPeriod.month(year: key / 12, month: key % 12 + 1, in: calendar)
      let days = Self.toTheCent(amounts(from: whole.start, through: whole.end))
      return Month(
        year: key / 12, month: key % 12 + 1, amount: amount,
        dayRange: (days.min() ?? 0, days.max() ?? 0), period: whole)
    }
  }

  private mutating func cover(_ period: CalendarPeriod) {
    firstDay = min(firstDay ?? period.start, period.start)
    lastDay = max(lastDay ?? period.end, period.end)
  }

  /// The ISO weeks the table's days touch, each with the days' amounts it holds (a week
  /// across a month's end takes its days from each month), to the cent.
  package var weeks: [Span] {
    guard let firstDay, let lastDay else { return [] }
    var periods: [CalendarPeriod] = []
    var amounts: [Double] = []
    var day = firstDay
    while day <= lastDay {
      let (year, week) = day.isoWeek
      let period = CalendarPeriod.week(year: year, week: week)
      let end = min(period.end, lastDay)
      periods.append(period)
      amounts.append(self.amounts(from: day, through: end).reduce(0, +))
      day = CalendarDay(dayNumber: end.dayNumber + 1)
    }
    return zip(periods, Self.toTheCent(amounts)).map { Span(period: $0, amount: $1) }
  }

  /// What the actions commit to each day from `first` to `last`, exactly.
  package func amounts(from first: CalendarDay, through last: CalendarDay) -> [Double] {
    guard last >= first else { return [] }
    var perMonth = changes.lazy.filter { $0.key <= first.dayNumber }.map(\.value).reduce(0, +)
    return (first.dayNumber...last.dayNumber).map { number in
      if number > first.dayNumber { perMonth += changes[number] ?? 0 }
      let (year, month, _) = calendar.components(of: CalendarDay(dayNumber: number))
      return perMonth / Double(calendar.daysIn(month: month, year: year))
    }
  }

  /// Amounts rounded to whole cents so that every running total is the exact running total
  /// rounded to the cent: the rows add up to what is committed, and a week's running total
  /// agrees with a month's where the two end on the same day.
  package static func toTheCent(_ amounts: [Double]) -> [Double] {
    guard amounts.allSatisfy(\.isFinite) else { return amounts }
    var running = 0.0
    var roundedBefore = 0.0
    return amounts.map { amount in
      running += amount
      let rounded = (running * 100).rounded()
      defer { roundedBefore = rounded }
      return (rounded - roundedBefore) / 100
    }
  }
}
