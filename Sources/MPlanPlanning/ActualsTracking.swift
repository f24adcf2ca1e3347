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
    /// The spend at the end of the action's period if the daily burn of the month so far
    /// (from the action's start, when it started that month; up to the last day with rows)
    /// goes on.
    package var landsAt: Double
    /// The keys of the actuals that name the action, and how its cost falls on the calendar
    /// (nil when neither it nor the plan has a period).
    package var keys: [String] = []
    package var spread: SpendSpread?
    /// Planned − actual: what the action has still to spend (a budget's `available` is
    /// another figure: given − committed − reserve).
    package var remaining: Double { planned - actual.spend }
    /// Where the projected spend falls in the plan's range, 0–1 (nil without a range).
    package var percentileInRange: Double? {
      guard let samples = plannedSamples, !samples.values.isEmpty else { return nil }
      return Double(samples.values.filter { $0 <= landsAt }.count) / Double(samples.values.count)
    }
  }

  package let ledger: ActualsLedger
  package let index: PlanIndex
  package let asOf: CalendarDay
  /// The last day the figures know: `asOf`, or the actuals' last day when a checkpoint comes
  /// after it. Burn, pace and run rates stop here: the days after it are unknown, not zero.
  package let measured: CalendarDay
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
    // Each key's spend by day in the month of the last day with rows, for its daily burn: a
    // checkpoint after the actuals end knows nothing of the days between, which are not
    // days of no spend.
    let measured = CalendarDay(dayNumber: min(asOf.dayNumber, ledger.lastDay))
    self.measured = measured
    let monthStart = max(measured.dayNumber - measured.components.day + 1, fromDay)
    let thisMonth = Burn(
      from: monthStart, through: measured.dayNumber,
      spend: ledger.dailySpendByKey(from: monthStart, through: measured.dayNumber))
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
      // A cost in another currency than the actuals' is compared at the plan's rate.
      let magnitude = ledger.inLedgerCurrency(cost, environment: index.environment)
      let planned = magnitude.central
      var samples: Samples?
      if case .samples(let values) = magnitude { samples = values }
      let spread = index.spread(of: action)
      let plannedShare = spread.map { $0.share(from: $0.period.start, through: asOf) } ?? 0
      lines.append(
        ActionLine(
          action: action, channel: action.word("channel") ?? "—", planned: planned, plannedSamples: samples,
          plannedToDate: plannedShare * planned, actual: actual,
          landsAt: thisMonth.projection(
            actual, keys: keys.compactMap { ledger.keyIndex[$0] }, spread: spread),
          keys: keys,
          spread: spread))
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

  /// The spend of the current month so far, by key and day: what an action's daily burn is
  /// measured on.
  package struct Burn {
    package var from: Int
    package var through: Int
    package var spend: [Int: [Double]]

    /// Spend so far plus the daily burn for every day of the action's period after the last
    /// one measured: where the spend lands if nothing changes. The burn counts the month's
    /// days from the action's start, when it started this month: a campaign that began on
    /// the 15th burns over its own days, not the month's.
    package func projection(_ actual: ActualsTotals, keys: [Int], spread: SpendSpread?) -> Double {
      guard let spread else { return actual.spend }
      let first = max(from, spread.period.start.dayNumber)
      let last = min(through, spread.period.end.dayNumber)
      guard last >= first else { return actual.spend }
      var spent = 0.0
      for key in keys {
        guard let days = spend[key] else { continue }
        for day in first...last { spent += days[day - from] }
      }
      let dailyBurn = spent / Double(last - first + 1)
      return actual.spend + dailyBurn * Double(spread.daysLeft(after: CalendarDay(dayNumber: through)))
    }
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
