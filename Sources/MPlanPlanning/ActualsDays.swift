/// Every row of an `actuals` block, one entry a row, in flat columns in the file's order:
/// the key's position, the day, the spend, the counts of the mapped stages and the revenue
/// when it is mapped. A million rows with three stages are 28 MB: no dictionary, no row
/// objects, nothing for a column the block does not map.
///
/// Counts are 32-bit floats: whole counts are exact up to 16 million in one row, and sums
/// are taken in 64 bits. Spend and revenue stay 64-bit, so money sums to the cent.
package struct ActualsDays: Sendable {
  private var keys: [UInt32] = []
  private var dayNumbers: [Int32] = []
  package private(set) var spend: [Double] = []
  private var counts: [Float] = []
  private var revenue: [Double] = []
  /// Where each stage's count sits in a row's counts, by `ActualsStage.rawValue`.
  private let slots: [Int?]
  /// The mapped stages' raw values in slot order: a row's counts are appended in this order.
  private let mapped: [Int]
  private let stageCount: Int
  private let hasRevenue: Bool

  /// The days a ledger can hold: 32-bit day numbers, ±5 million years around 1970.
  package static let dayRange = Int(Int32.min)...Int(Int32.max)

  package init(stages: [ActualsStage], hasRevenue: Bool) {
    var slots: [Int?] = Array(repeating: nil, count: ActualsStage.allCases.count)
    for (slot, stage) in stages.enumerated() { slots[stage.rawValue] = slot }
    self.slots = slots
    self.mapped = stages.map(\.rawValue)
    self.stageCount = stages.count
    self.hasRevenue = hasRevenue
  }

  package var count: Int { spend.count }

  package func key(_ entry: Int) -> Int { Int(keys[entry]) }
  package func day(_ entry: Int) -> Int { Int(dayNumbers[entry]) }

  /// Room for `rows` more rows at once: growing a column by doubling leaves the old copy
  /// behind in the heap, a third more memory at a million rows.
  package mutating func reserve(rows: Int) {
    let total = count + rows
    keys.reserveCapacity(total)
    dayNumbers.reserveCapacity(total)
    spend.reserveCapacity(total)
    counts.reserveCapacity(total * stageCount)
    if hasRevenue { revenue.reserveCapacity(total) }
  }

  package mutating func append(key: Int, day: Int, _ row: ActualsTotals) {
    keys.append(UInt32(key))
    dayNumbers.append(Int32(day))
    spend.append(row.spend)
    for stage in mapped { counts.append(Float(row.results[stage])) }
    if hasRevenue { revenue.append(row.revenue) }
  }

  /// Whether the row had a result: a count at a stage after the funnel's first. Visits
  /// (clicks) are what money buys, not what it produced: a campaign with clicks every day
  /// and no lead is forgotten, or fraud, not working.
  package func hasResult(_ entry: Int) -> Bool {
    let base = entry * stageCount
    let visits = slots[ActualsStage.visits.rawValue]
    for offset in 0..<stageCount where offset != visits && counts[base + offset] != 0 { return true }
    return false
  }

  package func count(_ stage: ActualsStage, _ entry: Int) -> Double {
    guard let slot = slots[stage.rawValue] else { return 0 }
    return Double(counts[entry * stageCount + slot])
  }

  /// The entry as totals of one row.
  package func totals(of entry: Int) -> ActualsTotals {
    var row = ActualsTotals()
    row.spend = spend[entry]
    for (stage, slot) in slots.enumerated() {
      if let slot { row.results[stage] = Double(counts[entry * stageCount + slot]) }
    }
    if hasRevenue { row.revenue = revenue[entry] }
    row.rows = 1
    row.firstDay = Int(dayNumbers[entry])
    row.lastDay = row.firstDay
    return row
  }
}

/// The campaigns' days the earlier files of a block gave, as sorted pairs: a binary search
/// each, and nothing kept at all for a block of one file.
package struct CoveredDays {
  private var pairs: [Int] = []

  package var isEmpty: Bool { pairs.isEmpty }

  private static func pair(_ key: Int, _ day: Int) -> Int { key << 32 | (day - Int(Int32.min)) }

  package mutating func add(_ days: ActualsDays, from first: Int) {
    pairs += (first..<days.count).map { Self.pair(days.key($0), days.day($0)) }
    pairs.sort()
  }

  package func contains(key: Int, day: Int) -> Bool {
    let wanted = Self.pair(key, day)
    var low = 0, high = pairs.count
    while low < high {
      let middle = (low + high) / 2
      if pairs[middle] < wanted { low = middle + 1 } else { high = middle }
    }
    return low < pairs.count && pairs[low] == wanted
  }
}
