import MPlanLanguage
import MPlanSyntax

/// `show review`: spend and results by channel or campaign, the cost of each stage and the
/// conversion between stages; a block of results alone joined to the spend of the others.
extension PlanPresenter {
  /// Last year's review (the plan-gaps and marketing-performance articles): per channel or per campaign, spend and results, the
  /// cost of each stage, conversion between stages and the return on revenue; the channels
  /// that bought customers cheapest first.
  package func review(_ ledger: ActualsLedger, groupedBy: Name?) throws -> View {
    let byCampaign: Bool
    switch groupedBy?.text {
    case nil, "channel": byCampaign = false
    case "action", "campaign": byCampaign = true
    case let other?:
      throw Diagnostic.error(
        .unknownField, "the review groups by `channel` or `action`, not `\(other)`", at: groupedBy!.span,
        fixIt: "write `show review` (by channel) or `show review by action`")
    }
    let index = checker.index
    var groups: [String: ActualsTotals] = [:]
    var order: [String] = []
    let channel = ledger.channels(index: index, markingUnplanned: true)
    for (position, key) in ledger.keys.enumerated() {
      let group = byCampaign ? key : channel(position)
      if groups[group] == nil { order.append(group) }
      groups[group, default: ActualsTotals()].add(ledger.totals[position])
    }
    // A block of results alone (a CRM's) is joined by channel to the spend of the blocks that
    // have it, over the same days: its cost per MQL is the ad platforms' spend over its MQLs.
    let joined = ledger.hasSpend || byCampaign ? [] : spendJoined(to: ledger, into: &groups, order: &order)
    let showsSpend = ledger.hasSpend || !joined.isEmpty
    let rows = Self.reviewOrder(order.map { ($0, groups[$0]!) }, last: ledger.stages.last)
    let stages = ledger.stages
    let pairs = zip(stages, stages.dropFirst()).map { ($0, $1) }
    var headings =
      [byCampaign ? "campaign" : "channel"] + (showsSpend ? ["spend"] : []) + stages.map(\.heading)
    if showsSpend {
      headings += stages.filter { $0 != .visits }.map { $0 == .customers ? "CAC" : "per \($0.singular)" }
    }
    headings += pairs.map { "\($0.singular)→\($1.singular)" }
    if ledger.hasRevenue { headings += showsSpend ? ["revenue", "ROMI"] : ["revenue"] }
    var table = Table(headings: headings)
    var total = ActualsTotals()
    for (name, totals) in rows {
      table.add(reviewRow(name, totals, ledger: ledger, pairs: pairs, showsSpend: showsSpend))
      total.add(totals)
    }
    if rows.count > 1 {
      table.add(reviewRow("total", total, ledger: ledger, pairs: pairs, showsSpend: showsSpend))
    }
    var notes = [View.Part.line(summary(ledger))]
    notes.append(.table(table))
    if !joined.isEmpty {
      notes.append(
        .line(
          "spend from actuals \(joined.joined(separator: ", ")) on the same days (\(CalendarDay(dayNumber: ledger.firstDay).iso) to \(CalendarDay(dayNumber: ledger.lastDay).iso)), joined by channel"
        ))
    }
    if let last = stages.last {
      notes.append(
        .line(
          "sorted by cost per \(last.singular), cheapest first; rows with no \(last.heading) last, by spend"))
    }
    return View(notes)
  }

  /// Cheapest cost per final result first; those with no result after, biggest spend first.
  package static func reviewOrder(_ rows: [(String, ActualsTotals)], last: ActualsStage?) -> [(
    String, ActualsTotals
  )] {
    guard let last else { return rows.sorted { $0.1.spend > $1.1.spend } }
    return rows.sorted { left, right in
      let (a, b) = (left.1.result(last), right.1.result(last))
      if (a > 0) != (b > 0) { return a > 0 }
      if a > 0 { return left.1.spend / a < right.1.spend / b }
      return left.1.spend > right.1.spend
    }
  }

  /// Adds to `groups` (by channel) the spend the blocks with spend report on the days of a
  /// block of results alone; the names of the blocks joined.
  package func spendJoined(
    to ledger: ActualsLedger, into groups: inout [String: ActualsTotals], order: inout [String]
  ) -> [String] {
    var joined: [String] = []
    for other in ActualsStore.ledgers(in: environment) where other.hasSpend && other.name != ledger.name {
      let totals = other.totalsByKey(from: ledger.firstDay, through: ledger.lastDay)
      guard totals.contains(where: { $0.rows > 0 }) else { continue }
      let channel = other.channels(index: checker.index, markingUnplanned: true)
      for position in other.keys.indices where totals[position].rows > 0 {
        let group = channel(position)
        if groups[group] == nil { order.append(group) }
        groups[group, default: ActualsTotals()].spend += totals[position].spend
      }
      joined.append(other.name)
    }
    return joined
  }

  package func reviewRow(
    _ name: String, _ totals: ActualsTotals, ledger: ActualsLedger, pairs: [(ActualsStage, ActualsStage)],
    showsSpend: Bool = true
  ) -> [Table.Cell] {
    var row: [Table.Cell] = [.text(name)]
    if showsSpend { row.append(.value(ledger.money(totals.spend, in: environment))) }
    row += ledger.stages.map { .value(.quantity(Quantity(totals.result($0)))) }
    for stage in ledger.stages where stage != .visits && showsSpend {
      let count = totals.result(stage)
      row.append(count > 0 ? .value(ledger.money(totals.spend / count, in: environment)) : .text("—"))
    }
    for (from, to) in pairs {
      let base = totals.result(from)
      row.append(base > 0 ? .value(Self.percent(totals.result(to) / base)) : .text("—"))
    }
    if ledger.hasRevenue {
      row.append(.value(ledger.money(totals.revenue, in: environment)))
      if showsSpend {
        row.append(
          totals.spend > 0 ? .value(Self.percent((totals.revenue - totals.spend) / totals.spend)) : .text("—")
        )
      }
    }
    return row
  }
}
