import MPlanLanguage
import MPlanSyntax

/// The views by channel: plan versus actual summed by the actions' `channel`, and where the
/// next dollar goes between channels (`ActualsReallocation`).
extension PlanPresenter {
  /// `show variance by channel`: the actions' lines summed by their `channel`.
  package func varianceByChannel(_ ledger: ActualsLedger) -> View {
    guard let tracking = ActualsTracking(ledger: ledger, index: checker.index) else {
      return View([.line(summary(ledger)), .line(Message("actuals-variance-no-rows").english)])
    }
    guard ledger.hasSpend else {
      // A block of results alone (a CRM's) spends nothing: a table of its channels would be empty.
      return .line(
        Message(
          "actuals-results-alone-by-channel", ["block": .text(ledger.name), "day": .value(tracking.asOf.iso)]
        ).english)
    }
    var order: [String] = []
    var sums: [String: (planned: Double, toDate: Double, actual: Double, landsAt: Double)] = [:]
    for line in tracking.lines {
      if sums[line.channel] == nil { order.append(line.channel) }
      var sum = sums[line.channel] ?? (0, 0, 0, 0)
      sum.planned += line.planned
      sum.toDate += line.plannedToDate
      sum.actual += line.actual.spend
      sum.landsAt += line.landsAt
      sums[line.channel] = sum
    }
    return channelTable(
      order.map { ($0, sums[$0]!) },
      unplanned: (
        tracking.unplanned.map(\.totals.spend).reduce(0, +), tracking.unplanned.map(\.landsAt).reduce(0, +)
      ),
      ledger: ledger,
      heading: Message(
        "actuals-variance-by-channel-heading",
        ["date": .value(tracking.asOf.iso), "blocks": .text(ledger.name)]
      ).english)
  }

  /// The by-channel table of one block or of several added together.
  func channelTable(
    _ channels: [(String, (planned: Double, toDate: Double, actual: Double, landsAt: Double))],
    unplanned: (spend: Double, landsAt: Double), ledger: ActualsLedger, heading: String
  ) -> View {
    let money = { ledger.money($0, in: environment) }
    var table = Table(
      headings: [
        "channel", "planned", Message("actuals-heading-to-date").english,
        Message("actuals-heading-actual-of-to-date").english, "variance", "remaining",
        Message("actuals-heading-lands-at").english,
      ])
    for (channel, sum) in channels {
      table.add([
        .text(channel), .value(money(sum.planned)), .value(money(sum.toDate)),
        .text(compact(sum.actual, of: sum.toDate, ledger)), .value(money(sum.actual - sum.toDate)),
        .value(money(sum.planned - sum.actual)), .value(money(sum.landsAt)),
      ])
    }
    if unplanned.spend > 0 {
      table.add([
        .said(Message("actuals-row-not-in-plan")), .text("—"), .text("—"),
        .value(money(unplanned.spend)),
        .value(money(unplanned.spend)), .text("—"), .value(money(unplanned.landsAt)),
      ])
    }
    return View([.line(heading), .table(table)])
  }

  /// `show reallocate`: channels ranked by the cost of one more result, and the move from
  /// the weakest to the strongest with what it changes (see `ActualsReallocation`).
  package func reallocation(_ ledger: ActualsLedger) -> View {
    let others = ActualsStore.ledgers(in: environment).filter { $0.name != ledger.name }
    // As the checks: the blocks in the plan's period, the spend blocks judged together.
    let combined = ActualsCombined.groups(ActualsTracking.all(index: checker.index), environment: environment)
      .first { group in group.trackings.contains { $0.ledger.name == ledger.name } }
    guard
      let move = ActualsReallocation(
        ledger: ledger, index: checker.index, joined: others.filter { !$0.hasSpend }, combined: combined)
    else {
      if !ledger.hasSpend, let spend = others.first(where: \.hasSpend) {
        // A CRM's MQLs have no spend of their own: they rank the channels of the blocks that do.
        return .line(
          Message(
            "actuals-reallocate-results-alone", ["block": .text(ledger.name), "spend": .text(spend.name)]
          )
          .english)
      }
      return .line(Message("actuals-reallocate-too-few", ["block": .text(ledger.name)]).english)
    }
    let money = { ledger.money($0, in: environment) }
    var ranking = Table(
      headings: [
        "channel", "spend", move.stage.heading, Message("actuals-heading-average-cost").english,
        Message("actuals-heading-next-one-costs").english,
      ])
    for channel in move.channels {
      let results = channel.totals.result(move.stage)
      ranking.add([
        .text(channel.name), .value(money(channel.totals.spend)), .value(.quantity(Quantity(results))),
        results > 0 ? .value(money(channel.totals.spend / results)) : .text("—"),
        channel.marginalCost.isFinite
          ? .value(money(channel.marginalCost)) : .said(Message("actuals-nothing-bought")),
      ])
    }
    var head: [View.Part] = [
      .line(
        Message(
          "actuals-reallocate-heading", ["block": .text(ledger.name), "stage": .text(move.stage.heading)]
        )
        .english),
      .table(ranking),
    ]
    if !move.joined.isEmpty {
      head.append(
        .line(
          Message(
            "actuals-reallocate-joined",
            [
              "blocks": .text(move.joined.map(\.name).joined(separator: ", ")),
              "first": .value(CalendarDay(dayNumber: ledger.firstDay).iso),
              "last": .value(CalendarDay(dayNumber: ledger.lastDay).iso),
            ]
          ).english))
    }
    let heldBack = Message.heldBack(move.heldBack)
    guard move.receiving != nil else {
      return View(
        head + [
          .line(
            Message("actuals-reallocate-none-may-take", ["held": .message(heldBack ?? .verbatim(""))]).english
          )
        ])
    }
    guard move.gains else {
      let (gained, lost) = move.change(in: move.stage)
      return View(
        head + [
          .line(
            Message(
              "actuals-reallocate-no-gain",
              [
                "stage": .text(move.stage.heading),
                "amount": .value(Formatting.money(move.amount, ledger.currency)),
                "from": .text(move.weakest.name), "to": .text(move.strongest.name),
                "lost": .value(Formatting.number(Self.rounded(lost - gained))),
              ]
            ).english),
          .line(Message.assumesElasticity(move.elasticity).english),
        ])
    }
    var changes = Table(
      headings: [
        "", Message("actuals-heading-from", ["channel": .text(move.weakest.name)]).english,
        Message("actuals-heading-to", ["channel": .text(move.strongest.name)]).english, "net",
      ])
    for stage in move.stages {
      let (gained, lost) = move.change(in: stage)
      changes.add([
        .text(stage.heading), .value(.quantity(Quantity(Self.rounded(-lost)))),
        .value(.quantity(Quantity(Self.rounded(gained)))),
        .value(.quantity(Quantity(Self.rounded(gained - lost)))),
      ])
    }
    var view = View(
      head + [
        .line(
          Message(
            "actuals-reallocate-move",
            [
              "amount": .value(Formatting.money(move.amount, ledger.currency)),
              "from": .text(move.weakest.name),
              "to": .text(move.strongest.name),
            ]
          ).english),
        .table(changes),
      ])
    if let heldBack {
      view.add(.line(Message("actuals-reallocate-not-to", ["held": .message(heldBack)]).english))
    }
    let tracking = ActualsTracking(ledger: ledger, index: checker.index)
    // A run-rate goal is met by a month's rate, which a move of the whole spend does not say.
    for pace in tracking?.goals ?? [] where pace.runRate == nil && pace.hasActuals {
      let (gained, lost) = move.change(in: pace.stage)
      view.add(
        .line(
          Message(
            "actuals-reallocate-goal-after",
            [
              "goal": .text(pace.goal.name),
              "after": .value(Formatting.number(Self.rounded(pace.achieved + gained - lost))),
              "target": .value(Formatting.number(pace.target)),
              "before": .value(Formatting.number(Self.rounded(pace.achieved))),
            ]
          ).english,
          indent: 1))
    }
    view.add(.line(Message.assumesElasticity(move.elasticity).english))
    return view
  }
}

extension Message {
  /// The reallocation's assumption: results grow as spend to the power `elasticity`.
  static func assumesElasticity(_ elasticity: Double) -> Message {
    Message("actuals-reallocate-assumes", ["elasticity": .value(Formatting.number(elasticity))])
  }

  /// The channels held back, each with why: "Search (`brand` is over its cost, PLAN-T01); …";
  /// nil for none.
  static func heldBack(_ channels: [(name: String, reason: Message)]) -> Message? {
    guard
      var list = channels.first.map({
        Message("actuals-held-back", ["channel": .text($0.name), "reason": .message($0.reason)])
      })
    else { return nil }
    for channel in channels.dropFirst() {
      list = Message(
        "actuals-held-back-more",
        [
          "list": .message(list),
          "next": .message(
            Message(
              "actuals-held-back", ["channel": .text(channel.name), "reason": .message(channel.reason)])),
        ])
    }
    return list
  }
}
