import MPlanLanguage
import MPlanSyntax

/// What happened to one campaign, channel or month: spend, results at each funnel stage and
/// revenue, summed from the rows of an `actuals` block.
package struct ActualsTotals: Sendable {
  package var spend = 0.0
  /// visits, leads, SQLs, customers (`ActualsStage.allCases`' order).
  package var results: [Double] = [0, 0, 0, 0]
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
    for stage in results.indices { results[stage] += other.results[stage] }
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

  package func result(_ stage: ActualsStage) -> Double { results[stage.rawValue] }
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
  /// Per key, the totals of each month (`year * 12 + month - 1`).
  package var months: [[Int: ActualsTotals]] = []
  package var rowsRead = 0
  package var rowsSkipped = 0
  package var firstDay = Int.max
  package var lastDay = Int.min

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

  package mutating func add(key: String, day: Int, row: ActualsTotals) {
    let index: Int
    if let known = keyIndex[key] {
      index = known
    } else {
      index = keys.count
      keyIndex[key] = index
      keys.append(key)
      totals.append(ActualsTotals())
      months.append([:])
    }
    totals[index].add(row)
    let (year, month, _) = CalendarDay(dayNumber: day).components
    months[index][year * 12 + month - 1, default: ActualsTotals()].add(row)
    rowsRead += 1
    firstDay = min(firstDay, day)
    lastDay = max(lastDay, day)
  }
}
