import MPlanLanguage
import MPlanSyntax

/// Spend spread over the calendar (design §3: "monthly/weekly/daily pacing"): the table a
/// budget's controller watches, since 20–30% of online spend can leak away unnoticed (the
/// strategic-marketing article). Each action's cost is spread evenly over its calendar months, and a month's share
/// evenly over that month's days; weeks and days are summed from those days. Every table is
/// rounded to the cent so that its rows add up to what is committed, to the cent.
package struct BudgetPacing {
  package struct Month {
    package var year: Int
    package var month: Int
    /// To the cent.
    package var amount: Double
    package var days: Int { CalendarDay.daysIn(month: month, year: year) }
    package var label: String { CalendarPeriod.month(year: year, month: month).description }
    /// The month's amount in whole cents over its days: the least and the most of one day.
    package var dayRange: (least: Double, most: Double) {
      let cents = Int((amount * 100).rounded())
      let least = cents / days
      return (Double(least) / 100, Double(least + (cents % days == 0 ? 0 : 1)) / 100)
    }
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
  /// The exact amount of each month, under `year * 12 + month - 1`.
  private var exact: [Int: Double] = [:]

  package init(lines: [BudgetLedger.Line], index: PlanIndex) {
    // The plan's whole period shows, so a quiet month is visible as a zero.
    for month in index.period?.months ?? [] { exact[month.year * 12 + month.month - 1] = 0 }
    for line in lines {
      let spread = index.months(of: line.action)
      let cost = line.cost.magnitude.central
      if spread.isEmpty {
        unscheduled += cost
        continue
      }
      let share = cost / Double(spread.count)
      for month in spread { exact[month.year * 12 + month.month - 1, default: 0] += share }
    }
    let keys = exact.keys.sorted()
    let amounts = Self.toTheCent(keys.map { exact[$0]! })
    months = zip(keys, amounts).map { key, amount in
      Month(year: key / 12, month: key % 12 + 1, amount: amount)
    }
  }

  /// The ISO weeks the months touch, each with the days' amounts it holds (a week across a
  /// month's end takes its days from each month), to the cent.
  package var weeks: [Span] {
    guard let first = months.first, let last = months.last else { return [] }
    let start = CalendarDay(year: first.year, month: first.month, day: 1)
    let end = CalendarDay(year: last.year, month: last.month, day: last.days)
    var periods: [CalendarPeriod] = []
    var amounts: [Double] = []
    var day = start
    while day <= end {
      let (year, week) = day.isoWeek
      let period = CalendarPeriod.week(year: year, week: week)
      var sum = 0.0
      while day <= end, day <= period.end {
        sum += amount(on: day)
        day = CalendarDay(dayNumber: day.dayNumber + 1)
      }
      periods.append(period)
      amounts.append(sum)
    }
    return zip(periods, Self.toTheCent(amounts)).map { Span(period: $0, amount: $1) }
  }

  /// What the actions commit to one day: their month's share over the month's days.
  package func amount(on day: CalendarDay) -> Double {
    let (year, month, _) = day.components
    return (exact[year * 12 + month - 1] ?? 0) / Double(CalendarDay.daysIn(month: month, year: year))
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
