import MPlanLanguage
import MPlanSyntax

/// `show variance` over several blocks of spend: after each block's own tables, the sums over
/// the blocks that pay for the same actions and budgets, which are what PLAN-T01 and PLAN-T05
/// judge (`ActualsCombined`).
extension PlanPresenter {
  /// One view for each group of two or more blocks of spend; none when a block is alone, as its
  /// own tables are already its sums.
  package func combinedVariance(
    _ ledgers: [ActualsLedger], checkpoint: CalendarDay? = nil, byChannel: Bool = false
  ) -> View {
    // As the checks: only blocks with rows in the plan's period (not last year's review).
    let period = checker.index.period
    let trackings = ledgers.filter { ledger in
      period.map { ledger.lastDay >= $0.start.dayNumber && ledger.firstDay <= $0.end.dayNumber } ?? true
    }.compactMap { ActualsTracking(ledger: $0, index: checker.index, checkpoint: checkpoint) }
    var view = View()
    for combined in ActualsCombined.groups(trackings, environment: environment)
    where combined.trackings.count > 1 {
      view.append(byChannel ? varianceByChannel(combined) : variance(combined))
    }
    return view
  }

  /// `show variance by channel` over the blocks added together: the summed action lines by
  /// their `channel`, and the spend no action names in any of the blocks.
  func varianceByChannel(_ combined: ActualsCombined) -> View {
    let ledger = combined.trackings[0].ledger
    var order: [String] = []
    var sums: [String: (planned: Double, toDate: Double, actual: Double, landsAt: Double)] = [:]
    for line in combined.actions {
      if sums[line.channel] == nil { order.append(line.channel) }
      var sum = sums[line.channel] ?? (0, 0, 0, 0)
      sum.planned += line.planned
      sum.toDate += line.plannedToDate
      sum.actual += line.actual
      sum.landsAt += line.landsAt
      sums[line.channel] = sum
    }
    var unplanned = 0.0, unplannedLandsAt = 0.0
    for (tracking, factor) in zip(combined.trackings, combined.factors) {
      unplanned += tracking.unplanned.map(\.totals.spend).reduce(0, +) * factor
      unplannedLandsAt += tracking.unplanned.map(\.landsAt).reduce(0, +) * factor
    }
    return channelTable(
      order.map { ($0, sums[$0]!) }, unplanned: (unplanned, unplannedLandsAt), ledger: ledger,
      heading: Message(
        "actuals-combined-by-channel-heading",
        ["date": .value(combined.asOf.iso), "blocks": .text(combined.blockNames)]
      ).english
    )
  }

  func variance(_ combined: ActualsCombined) -> View {
    let ledger = combined.trackings[0].ledger
    let money = { ledger.money($0, in: environment) }
    let compact = { (actual: Double, planned: Double) in self.compact(actual, of: planned, ledger) }
    var actions = Table(headings: [
      Message.Heading.action, Message.Heading.channel, Message.Heading.planned,
      Message("actuals-heading-to-date"),
      Message("actuals-heading-actual-of-to-date"), Message.Heading.variance, Message.Heading.remaining,
      Message("actuals-heading-lands-at"),
    ])
    for line in combined.actions {
      actions.add([
        .text(line.action.name), .text(line.channel), .value(money(line.planned)),
        .value(money(line.plannedToDate)), .text(compact(line.actual, line.plannedToDate)),
        .value(money(line.actual - line.plannedToDate)), .value(money(line.remaining)),
        .value(money(line.landsAt)),
      ])
    }
    var view = View([
      .said(
        Message(
          "actuals-combined-heading",
          ["date": .value(combined.asOf.iso), "blocks": .text(combined.blockNames)])),
      .table(actions),
    ])
    guard !combined.budgets.isEmpty else { return view }
    var budgets = Table(headings: [
      Message.Heading.budget, Message.Heading.given, Message("actuals-heading-to-date"),
      Message("actuals-heading-actual-of-to-date"), Message.Heading.remaining,
      Message("actuals-heading-lands-at"),
    ])
    for line in combined.budgets {
      budgets.add([
        .text(line.budget.name), line.total.map { .value(money($0)) } ?? .text("—"),
        .value(money(line.plannedToDate)), .text(compact(line.actual, line.plannedToDate)),
        line.total.map { .value(money($0 - line.actual)) } ?? .text("—"), .value(money(line.landsAt)),
      ])
      if !line.unplannedKeys.isEmpty {
        budgets.add([
          .said(.rowUnder(Message("actuals-row-not-in-plan"))), .text("—"), .text("—"),
          .value(money(line.unplannedSpend)), .text("—"),
          .value(money(line.unplannedLandsAt)),
        ])
      }
    }
    view.append(View([.table(budgets)]))
    for line in combined.budgets where line.budget.word("control") != nil {
      let checkpoints = combined.checkpoints(of: line.budget)
      guard !checkpoints.isEmpty else { continue }
      var table = Table(
        headings: [
          Message.Heading.checkpoint, Message.Heading.planned, Message("actuals-heading-actual-of-planned"),
          Message("actuals-heading-so-far-of-planned"),
        ])
      for point in checkpoints {
        table.add([
          .text(point.label), .value(money(point.planned)), .text(compact(point.actual, point.planned)),
          .text(compact(point.actualSoFar, point.plannedSoFar)),
        ])
      }
      view.append(
        View([
          .said(
            Message(
              "actuals-combined-checkpoints",
              ["budget": .text(line.budget.name), "control": .text(line.budget.word("control") ?? "")])),
          .table(table),
        ]))
    }
    return view
  }
}
