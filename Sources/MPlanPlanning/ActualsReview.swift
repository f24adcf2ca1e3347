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
        .unknownField, Message("actuals-review-grouping", ["word": .text(other)]), at: groupedBy!.span,
        fixIt: Message("actuals-review-grouping-fix"))
    }
    let index = checker.index
    var groups: [String: ActualsTotals] = [:]
    var order: [String] = []
    let channel = ledger.channels(index: index, markingUnplanned: true)
    let inPlan = index.actions.isEmpty ? { _ in true } : ledger.inPlan(index: index)
    for (position, key) in ledger.keys.enumerated() {
      let group =
        byCampaign
        ? (inPlan(position) ? key : Message("actuals-channel-not-in-plan", ["channel": .text(key)]).english)
        : channel(position)
      if groups[group] == nil { order.append(group) }
      groups[group, default: ActualsTotals()].add(ledger.totals[position])
    }
    // A block of results alone (a CRM's) is joined by channel to the spend of the blocks that
    // have it, over the same days: its cost per MQL is the ad platforms' spend over its MQLs.
    var spent: Set<String> = []
    let joined =
      ledger.hasSpend || byCampaign
      ? [] : spendJoined(to: ledger, into: &groups, order: &order, spent: &spent)
    // And the other way: a platform's spend by channel with the CRM's MQLs of the same days,
    // so its cost per MQL is the one the reallocation ranks by.
    var stages = ledger.stages
    var resultsFrom: [String] = []
    if ledger.hasSpend, !byCampaign {
      spent = Set(order)
      resultsFrom = resultsJoined(to: ledger, into: &groups, order: &order, stages: &stages)
    }
    let showsSpend = ledger.hasSpend || !joined.isEmpty
    // A group no block with spend reports (a CRM campaign the ad platforms do not have) has
    // results of unknown cost: not $0, and never the cheapest.
    let unknownSpend = joined.isEmpty && resultsFrom.isEmpty ? [] : Set(order).subtracting(spent)
    let rows = Self.reviewOrder(
      order.map { ($0, groups[$0]!) }, last: stages.last, unknownSpend: unknownSpend)
    let pairs = zip(stages, stages.dropFirst()).map { ($0, $1) }
    var headings =
      [byCampaign ? "campaign" : "channel"] + (showsSpend ? ["spend"] : []) + stages.map(\.heading)
    if showsSpend {
      headings += stages.filter { $0 != .visits }.map {
        $0 == .customers ? "CAC" : Message("actuals-heading-cost-per", ["stage": .text($0.singular)]).english
      }
    }
    headings += pairs.map { "\($0.singular)→\($1.singular)" }
    if ledger.hasRevenue { headings += showsSpend ? ["revenue", "ROMI"] : ["revenue"] }
    var table = Table(headings: headings)
    var total = ActualsTotals()
    var costed = ActualsTotals()
    for (name, totals) in rows {
      let known = !unknownSpend.contains(name)
      table.add(
        reviewRow(
          name, totals, ledger: ledger, stages: stages, pairs: pairs, showsSpend: showsSpend,
          spendKnown: known))
      total.add(totals)
      if known { costed.add(totals) }
    }
    if rows.count > 1 {
      table.add(
        reviewRow(
          "total", total, ledger: ledger, stages: stages, pairs: pairs, showsSpend: showsSpend,
          costs: unknownSpend.isEmpty ? nil : costed))
    }
    var notes = [View.Part.said(summaryContent(ledger))]
    notes.append(.table(table))
    let days: [String: Message.Argument] = [
      "first": .value(CalendarDay(dayNumber: ledger.firstDay).iso),
      "last": .value(CalendarDay(dayNumber: ledger.lastDay).iso),
    ]
    if !joined.isEmpty {
      notes.append(
        .line(
          Message(
            "actuals-review-spend-joined",
            days.merging(["blocks": .text(joined.joined(separator: ", "))]) { $1 }
          )
          .english))
    }
    if !resultsFrom.isEmpty {
      let added = stages.filter { !ledger.stages.contains($0) }.map(\.heading)
      notes.append(
        .line(
          Message(
            "actuals-review-results-joined",
            days.merging([
              "stages": added.isEmpty
                ? .message(Message("actuals-review-results")) : .text(added.joined(separator: ", ")),
              "blocks": .text(resultsFrom.joined(separator: ", ")),
            ]) { $1 }
          ).english))
    }
    if !unknownSpend.isEmpty {
      let names = rows.map(\.0).filter(unknownSpend.contains)
      notes.append(
        .line(
          Message(
            "actuals-review-unknown-spend",
            ["names": .text(names.joined(separator: ", ")), "count": .count(names.count)]
          )
          .english))
    }
    if let last = stages.last {
      notes.append(
        .line(
          Message("actuals-review-sorted", ["stage": .text(last.singular), "stages": .text(last.heading)])
            .english))
    }
    return View(notes)
  }

  /// Cheapest cost per final result first; those with no result or no known spend after,
  /// biggest spend first.
  package static func reviewOrder(
    _ rows: [(String, ActualsTotals)], last: ActualsStage?, unknownSpend: Set<String> = []
  ) -> [(String, ActualsTotals)] {
    guard let last else { return rows.sorted { $0.1.spend > $1.1.spend } }
    func costed(_ row: (String, ActualsTotals)) -> Double {
      unknownSpend.contains(row.0) ? 0 : row.1.result(last)
    }
    return rows.sorted { left, right in
      let (a, b) = (costed(left), costed(right))
      if (a > 0) != (b > 0) { return a > 0 }
      if a > 0 { return left.1.spend / a < right.1.spend / b }
      return left.1.spend > right.1.spend
    }
  }

  /// Adds to `groups` (by channel) the spend the blocks with spend report on the days of a
  /// block of results alone, and to `spent` the groups it reached; the names of the blocks joined.
  package func spendJoined(
    to ledger: ActualsLedger, into groups: inout [String: ActualsTotals], order: inout [String],
    spent: inout Set<String>
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
        spent.insert(group)
      }
      joined.append(other.name)
    }
    return joined
  }

  /// Adds to `groups` (by channel) the results the blocks of results alone report on the
  /// days of a block with spend, and their stages to `stages`; the names of the blocks joined.
  package func resultsJoined(
    to ledger: ActualsLedger, into groups: inout [String: ActualsTotals], order: inout [String],
    stages: inout [ActualsStage]
  ) -> [String] {
    var joined: [String] = []
    for other in ActualsStore.ledgers(in: environment) where !other.hasSpend && other.name != ledger.name {
      let totals = other.totalsByKey(from: ledger.firstDay, through: ledger.lastDay)
      guard totals.contains(where: { $0.rows > 0 }) else { continue }
      let channel = other.channels(index: checker.index, markingUnplanned: true)
      for position in other.keys.indices where totals[position].rows > 0 {
        let group = channel(position)
        if groups[group] == nil { order.append(group) }
        groups[group, default: ActualsTotals()].results.add(totals[position].results)
      }
      stages = ActualsStage.allCases.filter { stages.contains($0) || other.stages.contains($0) }
      joined.append(other.name)
    }
    return joined
  }

  package func reviewRow(
    _ name: String, _ totals: ActualsTotals, ledger: ActualsLedger, stages: [ActualsStage]? = nil,
    pairs: [(ActualsStage, ActualsStage)], showsSpend: Bool = true, spendKnown: Bool = true,
    costs: ActualsTotals? = nil
  ) -> [Table.Cell] {
    let stages = stages ?? ledger.stages
    var row: [Table.Cell] = [.text(name)]
    if showsSpend {
      row.append(spendKnown ? .value(ledger.money(totals.spend, in: environment)) : .text("—"))
    }
    row += stages.map { .value(.quantity(Quantity(totals.result($0)))) }
    // The total's costs are over the rows whose spend is known (`costs`), not all results.
    let costs = costs ?? totals
    for stage in stages where stage != .visits && showsSpend {
      let count = costs.result(stage)
      row.append(
        spendKnown && count > 0 ? .value(ledger.money(costs.spend / count, in: environment)) : .text("—"))
    }
    for (from, to) in pairs {
      let base = totals.result(from)
      row.append(base > 0 ? .value(Self.percent(totals.result(to) / base)) : .text("—"))
    }
    if ledger.hasRevenue {
      row.append(.value(ledger.money(totals.revenue, in: environment)))
      if showsSpend {
        row.append(
          spendKnown && costs.spend > 0
            ? .value(Self.percent((costs.revenue - costs.spend) / costs.spend)) : .text("—"))
      }
    }
    return row
  }
}
