import MPlanLanguage
import MPlanSyntax

/// The plan set against its actuals, as of the last day the actuals report: for each action
/// what was planned, what was planned to date, what was spent, and where the spend lands at
/// the end of the action's period at the current burn rate. The views (`show variance`) and
/// the Tracking checks (PLAN-T01…T06) read this one computation.
package struct ActualsTracking {
  package struct ActionLine {
    package var action: PlanItem
    package var channel: String
    /// The action's cost: its central value, and its samples when the plan gave a range.
    package var planned: Double
    package var plannedSamples: Samples?
    package var plannedToDate: Double
    package var actual: ActualsTotals
    /// The spend at the end of the action's period if the current month's daily burn goes on.
    package var landsAt: Double
    /// The keys of the actuals that name the action, and the months its cost is spread over.
    package var keys: [String] = []
    package var months: [(year: Int, month: Int)] = []
    package var available: Double { planned - actual.spend }
    /// Where the projected spend falls in the plan's range, 0–1 (nil without a range).
    package var percentileInRange: Double? {
      guard let samples = plannedSamples, !samples.values.isEmpty else { return nil }
      return Double(samples.values.filter { $0 <= landsAt }.count) / Double(samples.values.count)
    }
  }

  package let ledger: ActualsLedger
  package let index: PlanIndex
  package let asOf: CalendarDay
  package var lines: [ActionLine] = []
  /// Keys of the actuals no action of the plan names: spend the plan does not know.
  package var unplanned: [(key: String, totals: ActualsTotals)] = []

  /// Rows before the plan's period: spent, but not against this plan.
  package var rowsBeforePlan = 0

  /// As of the last day of the actuals, or of a checkpoint (any day): the rows up to it.
  /// Only the days of the plan's period count against it.
  package init?(ledger: ActualsLedger, index: PlanIndex, checkpoint: CalendarDay? = nil) {
    guard let last = ledger.asOf else { return nil }
    let asOf = checkpoint ?? last
    self.ledger = ledger
    self.index = index
    self.asOf = asOf
    let fromDay = index.period?.start.dayNumber ?? Int.min
    var totalsThrough = ledger.totals
    if checkpoint != nil || fromDay > ledger.firstDay {
      totalsThrough = ledger.totalsByKey(from: fromDay, through: asOf.dayNumber)
      if fromDay > ledger.firstDay { rowsBeforePlan = ledger.total(from: Int.min, through: fromDay - 1).rows }
    }
    // The current month's spend of each key, for its daily burn.
    let (year, month, _) = asOf.components
    let monthStart = max(CalendarDay(year: year, month: month, day: 1).dayNumber, fromDay)
    let thisMonth = ledger.totalsByKey(from: monthStart, through: asOf.dayNumber)
    func totals(of key: String) -> ActualsTotals { totalsThrough[ledger.keyIndex[key]!] }
    var matched: Set<String> = []
    // Keys by their lower-case spelling, once: matching each action against every key was
    // quadratic (2,700 campaigns: 7 million comparisons).
    var keysByName: [String: [String]] = [:]
    for key in ledger.keys { keysByName[key.lowercased(), default: []].append(key) }
    for action in index.environment.planItems where action.kind == .action {
      let keys = ledger.keyIsChannel ? [] : Self.keys(naming: action, in: keysByName)
      matched.formUnion(keys)
      var actual = ActualsTotals()
      for key in keys { actual.add(totals(of: key)) }
      let cost = action.quantity("cost")
      guard let cost, cost.unit.currency != nil || !keys.isEmpty else { continue }
      let planned = cost.magnitude.central
      var samples: Samples?
      if case .samples(let values) = cost.magnitude { samples = values }
      let months = index.months(of: action)
      lines.append(
        ActionLine(
          action: action, channel: action.word("channel") ?? "—", planned: planned, plannedSamples: samples,
          plannedToDate: Self.share(of: months, through: asOf) * planned, actual: actual,
          landsAt: Self.projection(
            actual, keys: keys, ledger: ledger, thisMonth: thisMonth, months: months, asOf: asOf),
          keys: keys,
          months: months))
    }
    for (position, key) in ledger.keys.enumerated() where !matched.contains(key) && !ledger.keyIsChannel {
      if totalsThrough[position].rows > 0 { unplanned.append((key, totalsThrough[position])) }
    }
  }

  /// The keys of the actuals that name an action: its name or its title, in any case.
  package static func keys(naming action: PlanItem, in keysByName: [String: [String]]) -> [String] {
    var names = [action.name.lowercased()]
    if let title = action.title?.lowercased(), title != names[0] { names.append(title) }
    return names.flatMap { keysByName[$0] ?? [] }
  }

  /// The share of an action's months (spread evenly, as `BudgetPacing` spreads them) that
  /// has passed by the end of `day`; a month in progress counts by its days.
  package static func share(of months: [(year: Int, month: Int)], through day: CalendarDay) -> Double {
    guard !months.isEmpty else { return 0 }
    var passed = 0.0
    let (year, month, dayOfMonth) = day.components
    for (y, m) in months {
      if (y, m) < (year, month) {
        passed += 1
      } else if (y, m) == (year, month) {
        passed += Double(dayOfMonth) / Double(CalendarDay.daysIn(month: m, year: y))
      }
    }
    return passed / Double(months.count)
  }

  /// Spend so far plus the current month's daily burn for every day left in the action's
  /// months: where the spend lands if nothing changes.
  package static func projection(
    _ actual: ActualsTotals, keys: [String], ledger: ActualsLedger, thisMonth: [ActualsTotals],
    months: [(year: Int, month: Int)], asOf: CalendarDay
  ) -> Double {
    let (year, month, dayOfMonth) = asOf.components
    var spentThisMonth = 0.0
    for key in keys { spentThisMonth += thisMonth[ledger.keyIndex[key]!].spend }
    let dailyBurn = spentThisMonth / Double(dayOfMonth)
    var daysLeft = 0
    for (y, m) in months {
      if (y, m) > (year, month) {
        daysLeft += CalendarDay.daysIn(month: m, year: y)
      } else if (y, m) == (year, month) {
        daysLeft += CalendarDay.daysIn(month: m, year: y) - dayOfMonth
      }
    }
    return actual.spend + dailyBurn * Double(daysLeft)
  }

  /// Every ledger set against the plan: those with rows inside the plan's `period`. Actuals
  /// that end before it starts are a review of the past (last year's), not the plan running,
  /// and a script with no period is a review alone (PLAN-A04 asks for the period).
  package static func all(index: PlanIndex) -> [ActualsTracking] {
    guard let period = index.period else { return [] }
    return ActualsStore.ledgers(in: index.environment).filter { ledger in
      ledger.lastDay >= period.start.dayNumber && ledger.firstDay <= period.end.dayNumber
    }.compactMap { ActualsTracking(ledger: $0, index: index) }
  }
}

extension ActualsLedger {
  /// The channel a key belongs to: itself when the key column is the channel, else the
  /// `channel` of the action it names, else the key (a campaign the plan does not know).
  /// Read once for many keys: the actions' names and titles in one table.
  package func channels(index: PlanIndex) -> (String) -> String {
    if keyIsChannel { return { $0 } }
    var byName: [String: String] = [:]
    for action in index.actions.reversed() {
      guard let channel = action.word("channel") else { continue }
      byName[action.name.lowercased()] = channel
      if let title = action.title { byName[title.lowercased()] = channel }
    }
    return { key in byName[key.lowercased()] ?? key }
  }

  /// Money in the ledger's currency, as a value a table cell shows with its unit.
  package func money(_ amount: Double, in environment: Environment) -> Value {
    .quantity(Quantity(amount, unit: environment.units.lookup(currency)?.unit ?? Unit(base: currency)))
  }
}
