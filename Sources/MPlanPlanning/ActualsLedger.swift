import MPlanLanguage
import MPlanSyntax

/// What happened to one campaign, channel or month: spend, results at each funnel stage and
/// revenue, summed from the rows of an `actuals` block.
package struct ActualsTotals: Sendable {
  package var spend = 0.0
  /// visits, leads, SQLs, customers (`ActualsStage.allCases`' order).
  package var results = StageCounts()
  package var revenue = 0.0
  package var rows = 0
  package var firstDay = Int.max
  package var lastDay = Int.min

  package init() {}

  package mutating func add(_ other: ActualsTotals) {
    spend += other.spend
    results.add(other.results)
    revenue += other.revenue
    rows += other.rows
    firstDay = min(firstDay, other.firstDay)
    lastDay = max(lastDay, other.lastDay)
  }

  /// Adds the `share` of `other` an action has of its channel's spend (its rows and days whole).
  package mutating func add(_ other: ActualsTotals, times share: Double) {
    spend += other.spend * share
    results.add(other.results, times: share)
    revenue += other.revenue * share
    rows += other.rows
    firstDay = min(firstDay, other.firstDay)
    lastDay = max(lastDay, other.lastDay)
  }

  package func result(_ stage: ActualsStage) -> Double {
    switch stage {
    case .visits: results.visits
    case .leads: results.leads
    case .mqls: results.mqls
    case .sqls: results.sqls
    case .customers: results.customers
    }
  }
}

/// A count for each stage, stored inline: an array here was an allocation for every row.
package struct StageCounts: Sendable {
  package var visits = 0.0, leads = 0.0, mqls = 0.0, sqls = 0.0, customers = 0.0

  package subscript(_ stage: Int) -> Double {
    get {
      switch stage {
      case 0: visits
      case 1: leads
      case 2: mqls
      case 3: sqls
      default: customers
      }
    }
    set {
      switch stage {
      case 0: visits = newValue
      case 1: leads = newValue
      case 2: mqls = newValue
      case 3: sqls = newValue
      default: customers = newValue
      }
    }
  }

  package var isZero: Bool { visits == 0 && leads == 0 && mqls == 0 && sqls == 0 && customers == 0 }

  package mutating func add(_ other: StageCounts) {
    visits += other.visits
    leads += other.leads
    mqls += other.mqls
    sqls += other.sqls
    customers += other.customers
  }

  package mutating func add(_ other: StageCounts, times share: Double) {
    visits += other.visits * share
    leads += other.leads * share
    mqls += other.mqls * share
    sqls += other.sqls * share
    customers += other.customers * share
  }
}

/// The result columns an `actuals` block may map, in funnel order. Each is its own stage: a
/// goal counted in MQLs is never credited with the leads column.
package enum ActualsStage: Int, CaseIterable, Sendable {
  case visits, leads, mqls, sqls, customers

  /// The field of the `actuals` block that names the column.
  package var field: String { ["visits", "leads", "mqls", "sqls", "customers"][rawValue] }
  package var heading: String { ["visits", "leads", "MQLs", "SQLs", "customers"][rawValue] }
  /// "cost per lead": the singular, for derived columns.
  package var singular: String { ["visit", "lead", "MQL", "SQL", "customer"][rawValue] }
}

/// One `actuals` block read: each row kept by campaign (or channel) and day in flat columns
/// (`ActualsDays`), and each key's totals over all its rows. Any span of days can be summed
/// from the columns (a checkpoint on any day, a `since` in mid-month, a week of a budget's
/// pacing), whatever order the file lists its rows in.
package struct ActualsLedger: Sendable {
  package var block: PlanItem
  package var currency: String
  /// True when the key column is the channel (`channel "Source"`), not the action.
  package var keyIsChannel: Bool
  /// The result stages the block maps to a column.
  package var stages: [ActualsStage]
  package var hasRevenue: Bool
  package var keys: [String] = []
  /// Each key's position, under `ActualsTarget.indexKey`: a campaign a rule sends to two
  /// actions on different rows is two keys of one name.
  package var keyIndex: [String: Int] = [:]
  /// What each key reaches in the plan besides an action of its name (`ActualsTarget`).
  package var targets: [ActualsTarget] = []
  /// Whether the block reads spend (`amount`): a CRM export of MQLs and SQLs has none, and
  /// says nothing of actions' costs or budgets.
  package var hasSpend = true
  package var totals: [ActualsTotals] = []
  /// Each key's last day with any result (`Int.min` for none) and its spend on the days
  /// after it: the forgotten-campaign check (PLAN-T02) reads these. Worked out from the days
  /// once every row is read, so a file listed newest first says the same as oldest first.
  package var quiet: [(lastResultDay: Int, spendSince: Double)] = []
  package var days: ActualsDays
  package var rowsRead = 0
  /// Damaged rows (W0801), a campaign's days an earlier file gave (W0802), days outside the
  /// block's `period` (W0803): every row read and not counted.
  package var rowsSkipped = 0
  package var rowsAlreadyRead = 0
  package var rowsOutsidePeriod = 0
  /// The amounts converted to `currency`, as the file gave them.
  package var exported = ExportedAmounts()
  package var firstDay = Int.max
  package var lastDay = Int.min

  package init(
    block: PlanItem, currency: String, keyIsChannel: Bool, stages: [ActualsStage], hasRevenue: Bool
  ) {
    self.block = block
    self.currency = currency
    self.keyIsChannel = keyIsChannel
    self.stages = stages
    self.hasRevenue = hasRevenue
    self.days = ActualsDays(stages: stages, hasRevenue: hasRevenue)
  }

  package var name: String { block.name }

  /// The last day any row reports: the "as of" day of plan versus actual.
  package var asOf: CalendarDay? { lastDay == Int.min ? nil : CalendarDay(dayNumber: lastDay) }

  package func totals(of key: String) -> ActualsTotals? { keyIndex[key].map { totals[$0] } }

  /// The sum over every key.
  package var grandTotal: ActualsTotals {
    var sum = ActualsTotals()
    for total in totals { sum.add(total) }
    return sum
  }

  /// The key's position, added when it is new.
  package mutating func position(of key: String, target: ActualsTarget = .byName) -> Int {
    let indexKey = target.indexKey(key)
    if let known = keyIndex[indexKey] { return known }
    keyIndex[indexKey] = keys.count
    keys.append(key)
    targets.append(target)
    totals.append(ActualsTotals())
    return keys.count - 1
  }

  /// A row read into its key; `convertedFrom` is the currency its spend was exported in when
  /// it was converted, and `exported` the amount in it.
  package mutating func add(
    keyAt position: Int, day: Int, row: ActualsTotals, convertedFrom currency: String?, exported: Double
  ) {
    if let currency {
      self.exported.add(key: position, currency: currency, amount: exported, convertedTo: row.spend)
    }
    add(keyAt: position, day: day, row: row)
  }

  package mutating func add(keyAt position: Int, day: Int, row: ActualsTotals) {
    totals[position].add(row)
    days.append(key: position, day: day, row)
    rowsRead += 1
    firstDay = min(firstDay, day)
    lastDay = max(lastDay, day)
  }

  /// Once every file is read: each key's quiet spell, from its days in date order.
  package mutating func finish() {
    quiet = Array(repeating: (Int.min, 0), count: keys.count)
    for entry in 0..<days.count where days.hasResult(entry) {
      let key = days.key(entry)
      quiet[key].lastResultDay = max(quiet[key].lastResultDay, days.day(entry))
    }
    for entry in 0..<days.count where days.day(entry) > quiet[days.key(entry)].lastResultDay {
      quiet[days.key(entry)].spendSince += days.spend[entry]
    }
  }

  /// Each key's totals over the days `from...through`.
  package func totalsByKey(from first: Int, through last: Int) -> [ActualsTotals] {
    var result = Array(repeating: ActualsTotals(), count: keys.count)
    for entry in 0..<days.count {
      let day = days.day(entry)
      guard day >= first, day <= last else { continue }
      result[days.key(entry)].add(days.totals(of: entry))
    }
    return result
  }

  /// The spend of each key with rows on the days `from...through`, day by day (the first
  /// day at 0): a month's daily burn from the day an action starts.
  package func dailySpendByKey(from first: Int, through last: Int) -> [Int: [Double]] {
    guard last >= first else { return [:] }
    var result: [Int: [Double]] = [:]
    for entry in 0..<days.count {
      let day = days.day(entry)
      guard day >= first, day <= last else { continue }
      result[days.key(entry), default: Array(repeating: 0, count: last - first + 1)][day - first] +=
        days.spend[entry]
    }
    return result
  }

  /// What every key gave on the days `from...through`.
  package func total(from first: Int, through last: Int) -> ActualsTotals {
    var sum = ActualsTotals()
    for entry in 0..<days.count {
      let day = days.day(entry)
      if day >= first, day <= last { sum.add(days.totals(of: entry)) }
    }
    return sum
  }

  /// Results of every key by day, summed from the first day: `results(from:through:)` is then
  /// two lookups, however many goals ask. Nil when the rows span more days than a plan
  /// could (a stray year 1 in the file); the caller then sums the rows.
  package func resultsByDay() -> (firstDay: Int, sums: [StageCounts])? {
    guard days.count > 0, lastDay - firstDay < 100_000 else { return nil }
    var sums = Array(repeating: StageCounts(), count: lastDay - firstDay + 2)
    for entry in 0..<days.count {
      let slot = days.day(entry) - firstDay + 1
      for stage in stages { sums[slot][stage.rawValue] += days.count(stage, entry) }
    }
    for slot in sums.indices.dropFirst() { sums[slot].add(sums[slot - 1]) }
    return (firstDay, sums)
  }

  /// The spend of the keys weighed in `keys` (an action's share of each) on the days of each
  /// of `spans` (sorted, apart): one pass over the rows for a budget's checkpoints, however many.
  package func spend(ofKeys keys: [Double], in spans: [ClosedRange<Int>]) -> [Double] {
    var result = Array(repeating: 0.0, count: spans.count)
    guard let first = spans.first?.lowerBound, let last = spans.last?.upperBound else { return result }
    for entry in 0..<days.count where keys[days.key(entry)] != 0 {
      let day = days.day(entry)
      guard day >= first, day <= last else { continue }
      // Binary search: a year of daily checkpoints is 365 spans.
      var low = 0, high = spans.count - 1
      while low < high {
        let middle = (low + high) / 2
        if spans[middle].upperBound < day { low = middle + 1 } else { high = middle }
      }
      if spans[low].contains(day) { result[low] += days.spend[entry] * keys[days.key(entry)] }
    }
    return result
  }
}
