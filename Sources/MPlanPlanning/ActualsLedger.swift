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
  /// The last day a row had any result, and the spend since (in the rows' order, which is
  /// date order in every platform export we know): the forgotten-campaign check reads these.
  package var lastResultDay = Int.min
  package var spendSinceResult = 0.0

  package init() {}

  package mutating func add(_ other: ActualsTotals) {
    spend += other.spend
    results.add(other.results)
    revenue += other.revenue
    rows += other.rows
    firstDay = min(firstDay, other.firstDay)
    lastDay = max(lastDay, other.lastDay)
    if other.lastResultDay > lastResultDay {
      lastResultDay = other.lastResultDay
      spendSinceResult = other.spendSinceResult
    } else if other.lastResultDay == lastResultDay || other.firstDay > lastResultDay {
      // Spend with no result after this one's last result: still quiet.
      spendSinceResult += other.spendSinceResult
    }
  }

  package func result(_ stage: ActualsStage) -> Double {
    switch stage {
    case .visits: results.visits
    case .leads: results.leads
    case .sqls: results.sqls
    case .customers: results.customers
    }
  }
}

/// A count for each stage, stored inline: an array here was an allocation for every row.
package struct StageCounts: Sendable {
  package var visits = 0.0, leads = 0.0, sqls = 0.0, customers = 0.0

  package subscript(_ stage: Int) -> Double {
    get {
      switch stage {
      case 0: visits
      case 1: leads
      case 2: sqls
      default: customers
      }
    }
    set {
      switch stage {
      case 0: visits = newValue
      case 1: leads = newValue
      case 2: sqls = newValue
      default: customers = newValue
      }
    }
  }

  package var isZero: Bool { visits == 0 && leads == 0 && sqls == 0 && customers == 0 }

  package mutating func add(_ other: StageCounts) {
    visits += other.visits
    leads += other.leads
    sqls += other.sqls
    customers += other.customers
  }
}

/// The result columns an `actuals` block may map, in funnel order.
package enum ActualsStage: Int, CaseIterable, Sendable {
  case visits, leads, sqls, customers

  /// The field of the `actuals` block that names the column.
  package var field: String { ["visits", "leads", "sqls", "customers"][rawValue] }
  package var heading: String { ["visits", "leads", "SQLs", "customers"][rawValue] }
  /// "cost per lead": the singular, for derived columns.
  package var singular: String { ["visit", "lead", "SQL", "customer"][rawValue] }
}

/// One `actuals` block read: rows summed by key (the campaign or channel column) and by
/// month. Rows are never kept, so memory grows with the keys, not with the file.
package struct ActualsLedger: Sendable {
  package var block: PlanItem
  package var currency: String
  /// True when the key column is the channel (`channel "Source"`), not the action.
  package var keyIsChannel: Bool
  /// The result stages the block maps to a column.
  package var stages: [ActualsStage]
  package var hasRevenue: Bool
  package var keys: [String] = []
  package var keyIndex: [String: Int] = [:]
  package var totals: [ActualsTotals] = []
  /// The totals of each key's months, under `monthKey(position, year * 12 + month - 1)`: one
  /// flat table of integers hashes faster than a table per key (a million rows).
  package var monthTotals: [Int: ActualsTotals] = [:]
  package var rowsRead = 0
  package var rowsSkipped = 0
  package var firstDay = Int.max
  package var lastDay = Int.min

  package var name: String { block.name }

  /// The last day any row reports: the "as of" day of plan versus actual.
  package var asOf: CalendarDay? { lastDay == Int.min ? nil : CalendarDay(dayNumber: lastDay) }

  package func totals(of key: String) -> ActualsTotals? { keyIndex[key].map { totals[$0] } }

  /// Months are counted from year 0 and stay below 2^20 for any year a plan names.
  package static func monthKey(_ position: Int, _ month: Int) -> Int { position << 20 | month }

  /// A key's totals in one month (`year * 12 + month - 1`).
  package func totals(ofKeyAt position: Int, month: Int) -> ActualsTotals? {
    monthTotals[Self.monthKey(position, month)]
  }

  /// The sum over every key.
  package var grandTotal: ActualsTotals {
    var sum = ActualsTotals()
    for total in totals { sum.add(total) }
    return sum
  }

  package mutating func add(key: String, day: Int, row: ActualsTotals) {
    let index: Int
    if let known = keyIndex[key] {
      index = known
    } else {
      index = keys.count
      keyIndex[key] = index
      keys.append(key)
      totals.append(ActualsTotals())
    }
    totals[index].add(row)
    let (year, month, _) = CalendarDay(dayNumber: day).components
    monthTotals[Self.monthKey(index, year * 12 + month - 1), default: ActualsTotals()].add(row)
    rowsRead += 1
    firstDay = min(firstDay, day)
    lastDay = max(lastDay, day)
  }
}
