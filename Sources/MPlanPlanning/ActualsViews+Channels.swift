import MPlanLanguage
import MPlanSyntax

/// The views by channel: plan versus actual summed by the actions' `channel`, and where the
/// next dollar goes between channels (`ActualsReallocation`).
extension PlanPresenter {
  /// `show variance by channel`: the actions' lines summed by their `channel`.
  package func varianceByChannel(_ ledger: ActualsLedger) -> View {
    guard let tracking = ActualsTracking(ledger: ledger, index: checker.index) else {
      return View([.line(summary(ledger)), .line("no rows: nothing to compare with the plan")])
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
      ledger: ledger, heading: "plan versus actual by channel as of \(tracking.asOf.iso) (\(ledger.name))")
  }

  /// The by-channel table of one block or of several added together.
  func channelTable(
    _ channels: [(String, (planned: Double, toDate: Double, actual: Double, landsAt: Double))],
    unplanned: (spend: Double, landsAt: Double), ledger: ActualsLedger, heading: String
  ) -> View {
    let money = { ledger.money($0, in: environment) }
    var table = Table(
      headings: [
        "channel", "planned", "to date", "actual [% of to date]", "variance", "remaining", "lands at",
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
        .text("not in the plan"), .text("—"), .text("—"), .value(money(unplanned.spend)),
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
          "actuals \(ledger.name): results alone (no `amount`); its counts rank the channels of `\(spend.name)` (`show reallocate \(spend.name)`)"
        )
      }
      return .line("actuals \(ledger.name): fewer than two channels with results; nothing to move between")
    }
    let money = { ledger.money($0, in: environment) }
    var ranking = Table(headings: ["channel", "spend", move.stage.heading, "average cost", "next one costs"])
    for channel in move.channels {
      let results = channel.totals.result(move.stage)
      ranking.add([
        .text(channel.name), .value(money(channel.totals.spend)), .value(.quantity(Quantity(results))),
        results > 0 ? .value(money(channel.totals.spend / results)) : .text("—"),
        channel.marginalCost.isFinite ? .value(money(channel.marginalCost)) : .text("nothing bought"),
      ])
    }
    var head: [View.Part] = [
      .line("where the next dollar goes (actuals \(ledger.name), \(move.stage.heading))"), .table(ranking),
    ]
    if !move.joined.isEmpty {
      head.append(
        .line(
          "results of actuals \(move.joined.map(\.name).joined(separator: ", ")) on the same days (\(CalendarDay(dayNumber: ledger.firstDay).iso) to \(CalendarDay(dayNumber: ledger.lastDay).iso)) joined by channel"
        ))
    }
    let heldBack = move.heldBack.map { "\($0.name) (\($0.reason))" }
    guard move.receiving != nil else {
      return View(head + [.line("no channel may take more: " + heldBack.joined(separator: "; "))])
    }
    guard move.gains else {
      let (gained, lost) = move.change(in: move.stage)
      return View(
        head + [
          .line(
            "no move buys more \(move.stage.heading): moving \(Formatting.money(move.amount, ledger.currency)) from \(move.weakest.name) to \(move.strongest.name) would lose \(Formatting.number(Self.rounded(lost - gained))) \(move.stage.heading); keep the spend where it is"
          ),
          .line(
            "assumes results ∝ spend^\(Formatting.number(move.elasticity)) (diminishing returns; set `elasticity` in the actuals block)"
          ),
        ])
    }
    var changes = Table(headings: ["", "from \(move.weakest.name)", "to \(move.strongest.name)", "net"])
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
          "move \(Formatting.money(move.amount, ledger.currency)) from \(move.weakest.name) to \(move.strongest.name):"
        ),
        .table(changes),
      ])
    if !heldBack.isEmpty {
      view.add(.line("not to " + heldBack.joined(separator: "; ") + ", though its next result costs less"))
    }
    let tracking = ActualsTracking(ledger: ledger, index: checker.index)
    // A run-rate goal is met by a month's rate, which a move of the whole spend does not say.
    for pace in tracking?.goals ?? [] where pace.runRate == nil && pace.hasActuals {
      let (gained, lost) = move.change(in: pace.stage)
      view.add(
        .line(
          "goal \(pace.goal.name): \(Formatting.number(Self.rounded(pace.achieved + gained - lost))) of \(Formatting.number(pace.target)) at today's results after the move (\(Formatting.number(Self.rounded(pace.achieved))) before)",
          indent: 1))
    }
    view.add(
      .line(
        "assumes results ∝ spend^\(Formatting.number(move.elasticity)) (diminishing returns; set `elasticity` in the actuals block)"
      ))
    return view
  }
}
