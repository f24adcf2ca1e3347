import MPlanLanguage
import MPlanSyntax

/// `show actuals`, `show review`, `show variance`: what happened, read as tables of values.
extension PlanPresenter {
  package static let actualsViews: Set<String> = ["actuals", "review", "variance", "reallocate"]

  package func showActuals(_ word: Name, named name: Name?, groupedBy: Name?) throws -> View {
    var ledgers = ActualsStore.ledgers(in: environment)
    if word.text == "actuals", let name, name.text == "unmatched",
      !ledgers.contains(where: { $0.name == "unmatched" })
    {
      var view = View()
      for ledger in ledgers { view.append(unmatchedTable(ledger)) }
      return view
    }
    if let name {
      ledgers = ledgers.filter { $0.name == name.text }
      if ledgers.isEmpty { throw unknown(name, kind: .actuals) }
    }
    guard !ledgers.isEmpty else {
      return .line(Message("actuals-none-read").english)
    }
    var view = View()
    for ledger in ledgers {
      switch word.text {
      case "actuals": view.append(actualsTable(ledger))
      case "review": view.append(try review(ledger, groupedBy: groupedBy))
      case "reallocate": view.append(reallocation(ledger))
      case "variance":
        switch groupedBy?.text {
        case nil, "action": view.append(variance(ledger, withGoals: ledgers.count == 1))
        case "channel": view.append(varianceByChannel(ledger))
        case let other?:
          throw Diagnostic.error(
            .unknownField, Message("actuals-variance-grouping", ["word": .text(other)]),
            at: groupedBy!.span,
            fixIt: Message("actuals-variance-grouping-fix"))
        }
      default: view.append(variance(ledger))
      }
    }
    if word.text == "variance", name == nil {
      view.append(combinedVariance(ledgers, byChannel: groupedBy?.text == "channel"))
      if ledgers.count > 1, groupedBy?.text != "channel" { view.append(goalsOnce(ledgers)) }
    }
    return view
  }

  package func summary(_ ledger: ActualsLedger) -> String {
    let rows: [String: Message.Argument] = [
      "block": .text(ledger.name), "rows": .count(ledger.rowsRead),
      "shown": .value(Formatting.grouped(Double(ledger.rowsRead))), "currency": .text(ledger.currency),
    ]
    let said =
      ledger.asOf.map {
        Message(
          "actuals-summary-dated",
          rows.merging(["first": .value(CalendarDay(dayNumber: ledger.firstDay).iso), "last": .value($0.iso)])
          {
            $1
          })
      } ?? Message("actuals-summary", rows)
    return said.english + Self.readingNote(ledger)
  }

  /// Every key with its sums, in the order the file first named them.
  package func actualsTable(_ ledger: ActualsLedger) -> View {
    let keyHeading = ledger.keyIsChannel ? "channel" : "campaign"
    // A block of results alone (a CRM's) has no spend to show. Rules may send one campaign
    // to two places (by its rows' other columns): a column says where each went.
    let spend = ledger.hasSpend ? ["spend"] : []
    let ruled = ledger.targets.contains { !$0.byName }
    var table = Table(
      headings: [keyHeading] + (ruled ? [Message("actuals-heading-rules-give").english] : []) + spend
        + (ledger.hasSpend && !ledger.exported.isEmpty
          ? [Message("actuals-heading-as-exported").english] : [])
        + ledger.stages.map(\.heading) + (ledger.hasRevenue ? ["revenue"] : [])
        + [Message("actuals-heading-first-day").english, Message("actuals-heading-last-day").english])
    for (position, key) in ledger.keys.enumerated() {
      let totals = ledger.totals[position]
      let target = ledger.targets[position]
      let gives =
        target.byName ? "—" : target.action.map { "action \($0)" } ?? "channel \(target.channel ?? "")"
      table.add(
        [.text(key)] + (ruled ? [.text(gives)] : [])
          + (ledger.hasSpend ? [.value(ledger.money(totals.spend, in: environment))] : [])
          + (ledger.hasSpend && !ledger.exported.isEmpty ? [asExported(ledger, position)] : [])
          + ledger.stages.map { .value(.quantity(Quantity(totals.result($0)))) }
          + (ledger.hasRevenue ? [.value(ledger.money(totals.revenue, in: environment))] : [])
          + [
            .text(CalendarDay(dayNumber: totals.firstDay).iso),
            .text(CalendarDay(dayNumber: totals.lastDay).iso),
          ])
    }
    return View([.line(summary(ledger)), .table(table)])
  }

  package static func percent(_ fraction: Double) -> Value {
    .quantity(Quantity(fraction, unit: .none, display: .percent))
  }

  /// Plan versus actual per action, as of the last day of the actuals, in hledger's compact
  /// form (`$352 [88% of $400]`) with what remains to spend on every line (planned − actual:
  /// "remaining", not "available", which is a budget's given − committed − reserve).
  /// `withGoals` false leaves the goals out, for a view of several blocks that shows them once.
  package func variance(_ ledger: ActualsLedger, checkpoint: CalendarDay? = nil, withGoals: Bool = true)
    -> View
  {
    guard let tracking = ActualsTracking(ledger: ledger, index: checker.index, checkpoint: checkpoint) else {
      return View([.line(summary(ledger)), .line(Message("actuals-variance-no-rows").english)])
    }
    guard ledger.hasSpend else {
      // A block of results alone (a CRM's) has no spend to set against costs or budgets.
      var view = View([
        .line(
          Message("actuals-results-alone", ["block": .text(ledger.name), "date": .value(tracking.asOf.iso)])
            .english
        )
      ])
      if withGoals, let goals = goalsView(tracking) { view.append(goals) }
      return view
    }
    let hasRange = tracking.lines.contains { $0.plannedSamples != nil }
    var table = Table(
      headings: [
        "action", "channel", "planned", Message("actuals-heading-to-date").english, "actual",
        Message("actuals-heading-actual-of-to-date").english, "variance", "remaining",
        Message("actuals-heading-lands-at").english,
      ] + (hasRange ? [Message("actuals-heading-in-range").english] : []))
    let money = { ledger.money($0, in: environment) }
    for line in tracking.lines {
      var row: [Table.Cell] = [
        .text(line.action.name), .text(line.channel), .value(money(line.planned)),
        .value(money(line.plannedToDate)), .value(money(line.actual.spend)),
        .text(compact(line.actual.spend, of: line.plannedToDate, ledger)),
        .value(money(line.actual.spend - line.plannedToDate)), .value(money(line.remaining)),
        .value(money(line.landsAt)),
      ]
      if hasRange {
        row.append(line.percentileInRange.map { .text("p\(Int(($0 * 100).rounded()))") } ?? .text("—"))
      }
      table.add(row)
    }
    for line in tracking.unplanned {
      table.add(
        [
          .text(line.key), .text(line.refused == nil ? "not in the plan" : "not spread"), .text("—"),
          .text("—"),
          .value(money(line.totals.spend)), .text("—"), .value(money(line.totals.spend)), .text("—"),
          .value(money(line.landsAt)),
        ] + (hasRange ? [.text("—")] : []))
    }
    var view = View([
      .line(
        (checkpoint == nil ? "plan versus actual as of " : "checkpoint ")
          + "\(tracking.asOf.iso) (\(ledger.name))"
          + (tracking.asOf.dayNumber > ledger.lastDay
            ? "; the actuals end on \(CalendarDay(dayNumber: ledger.lastDay).iso)" : "")
          + (tracking.rowsBeforePlan > 0
            ? "; \(tracking.rowsBeforePlan) \(tracking.rowsBeforePlan == 1 ? "row" : "rows") before the plan's period \(tracking.rowsBeforePlan == 1 ? "is" : "are") not counted"
            : "")),
      .table(table),
      .line(
        "planned to date spreads each action's cost evenly over its months; it lands at today's daily burn"),
    ])
    for (channel, phases) in tracking.channelsSpread {
      func shares(_ actions: [(name: String, share: Double)]) -> String {
        actions.map { "`\($0.name)` \(Formatting.number(Self.rounded($0.share * 100)))%" }.joined(
          separator: ", ")
      }
      if phases.count == 1 {
        view.add(
          .line(
            "\(channel)'s spend is spread over its actions by their planned share: \(shares(phases[0].actions))"
          ))
      } else {
        let spans = phases.map { phase in
          "\(CalendarDay(dayNumber: phase.days.lowerBound).iso) .. \(CalendarDay(dayNumber: phase.days.upperBound).iso) \(shares(phase.actions))"
        }
        view.add(
          .line(
            "\(channel)'s spend is spread over the actions running each day by their planned spend that day: \(spans.joined(separator: "; "))"
          ))
      }
    }
    if !tracking.unplanned.isEmpty {
      view.add(
        .line(
          "not in the plan: spend no action names, counted in its budget; it lands at today's burn to the end of the plan's period"
        ))
    }
    let budgets = tracking.budgets
    if !budgets.isEmpty {
      var budgetTable = Table(headings: [
        "budget", "given", "to date", "actual [% of to date]", "remaining", "lands at",
      ])
      for line in budgets {
        budgetTable.add([
          .text(line.budget.name), line.total.map { .value(money($0)) } ?? .text("—"),
          .value(money(line.plannedToDate)), .text(compact(line.actual, of: line.plannedToDate, ledger)),
          line.total.map { .value(money($0 - line.actual)) } ?? .text("—"), .value(money(line.landsAt)),
        ])
        if !line.unplanned.isEmpty {
          budgetTable.add([
            .text("  not in the plan"), .text("—"), .text("—"), .value(money(line.unplannedSpend)),
            .text("—"),
            .value(money(line.unplannedLandsAt)),
          ])
        }
      }
      let unbudgeted = tracking.unbudgeted
      if !unbudgeted.isEmpty {
        budgetTable.add([
          .text("in no budget"), .text("—"), .text("—"),
          .value(money(unbudgeted.reduce(0) { $0 + $1.totals.spend })), .text("—"),
          .value(money(unbudgeted.reduce(0) { $0 + $1.landsAt })),
        ])
      }
      view.append(View([.table(budgetTable)]))
      for line in budgets where line.budget.word("control") != nil {
        let checkpoints = tracking.checkpoints(of: line)
        guard !checkpoints.isEmpty else { continue }
        var table = Table(headings: [
          "checkpoint", "planned", "actual [% of planned]", "so far [% of planned]",
        ])
        for point in checkpoints {
          table.add([
            .text(point.label), .value(money(point.planned)),
            .text(compact(point.actual, of: point.planned, ledger)),
            .text(compact(point.actualSoFar, of: point.plannedSoFar, ledger)),
          ])
        }
        view.append(
          View([
            .line("budget \(line.budget.name): control \(line.budget.word("control") ?? "") checkpoints"),
            .table(table),
          ]))
      }
    }
    if withGoals, let goals = goalsView(tracking) { view.append(goals) }
    return view
  }

  /// The goals of several blocks, once: every block's results count in them, so they are
  /// not any one block's (`ActualsTracking.goals`).
  func goalsOnce(_ ledgers: [ActualsLedger], checkpoint: CalendarDay? = nil) -> View {
    let period = checker.index.period
    let inPeriod = ledgers.filter { ledger in
      period.map { ledger.lastDay >= $0.start.dayNumber && ledger.firstDay <= $0.end.dayNumber } ?? true
    }
    guard let ledger = inPeriod.first ?? ledgers.first,
      let tracking = ActualsTracking(ledger: ledger, index: checker.index, checkpoint: checkpoint),
      let goals = goalsView(tracking)
    else { return View() }
    return goals
  }

  /// Each goal of a funnel stage: achieved, target, the pace so far and the pace needed.
  package func goalsView(_ tracking: ActualsTracking) -> View? {
    let goals = tracking.goals
    guard !goals.isEmpty else { return nil }
    var goalTable = Table(headings: [
      "goal", "achieved", "target", "by", "pace a month", "needed a month", "",
    ])
    var notes: [View.Part] = []
    for pace in goals {
      guard pace.hasActuals else {
        goalTable.add([
          .text(pace.goal.name), .text("—"), .value(.quantity(Quantity(pace.target))),
          .text(pace.deadline.iso),
          .text("—"), .text("—"),
          .text(Message("actuals-goal-no-actuals", ["stage": .text(pace.stage.heading)]).english),
        ])
        continue
      }
      let status =
        pace.isReached ? "reached" : pace.isBehind ? "behind" : Message("actuals-goal-on-pace").english
      if let run = pace.runRate {
        // A run rate is the rate of its last whole month, against the rate it aims at.
        goalTable.add([
          .text(pace.goal.name), .value(run.value(Self.rounded(run.rate))), .value(run.value(run.target)),
          .text(pace.deadline.iso), .text("—"), .text("—"), .text(status),
        ])
        notes.append(.line(Self.runRateNote(pace.goal.name, run)))
        continue
      }
      goalTable.add([
        .text(pace.goal.name), .value(.quantity(Quantity(pace.achieved))),
        .value(.quantity(Quantity(pace.target))),
        .text(pace.deadline.iso), .value(.quantity(Quantity(Self.rounded(pace.pace)))),
        pace.needed.isFinite
          ? .value(.quantity(Quantity(Self.rounded(pace.needed))))
          : .text(Message("actuals-goal-past-due").english),
        .text(status),
      ])
    }
    return View([.table(goalTable)] + notes + countedNote(goals))
  }

  /// Which blocks the goals count and to which day, when more than one block is read: "the
  /// goals count every block's results, each to its last day: MQLs from `crm` (to
  /// 2027-02-16), judged as of 2027-02-16".
  func countedNote(_ goals: [ActualsTracking.GoalPace]) -> [View.Part] {
    guard ActualsStore.ledgers(in: environment).count > 1 else { return [] }
    var stages: [String] = []
    var seen: Set<String> = []
    for pace in goals where pace.hasActuals && seen.insert(pace.stage.heading).inserted {
      let blocks = pace.counted.map { "`\($0.block)` (to \($0.through.iso))" }
      let list =
        blocks.count > 1 ? blocks.dropLast().joined(separator: ", ") + " and " + blocks.last! : blocks[0]
      stages.append(
        Message(
          "actuals-goals-counted-stage",
          ["stage": .text(pace.stage.heading), "blocks": .text(list), "day": .value(pace.asOf.iso)]
        ).english)
    }
    guard !stages.isEmpty else { return [] }
    return [
      .line(Message("actuals-goals-counted", ["stages": .text(stages.joined(separator: "; "))]).english)
    ]
  }

  package static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }

  /// "goal `mqls` is a run rate: achieved is its rate in 2027-03, the last whole month; a
  /// straight ramp to its target by the deadline stands at 433.33 today".
  package static func runRateNote(_ name: String, _ run: ActualsTracking.RunRate) -> String {
    let partSoFar = "from \(run.window.start.iso) to \(run.window.end.iso), by its share of a \(run.per)"
    let window =
      switch (run.stated, run.complete) {
      case (true, true):
        "over \(run.window.description), the window it states, by its calendar share of a \(run.per)"
      case (true, false): partSoFar + " (the window it states reaches back before its baseline date)"
      case (false, true): "in \(run.window.description), the last whole \(run.per)"
      case (false, false): partSoFar + " (no whole \(run.per) yet)"
      }
    return
      "goal `\(name)` is a run rate: achieved is its rate \(window); a straight ramp from its baseline to its target stands at \(Formatting.number(rounded(run.expected))) a \(run.per) today"
  }

  /// `$352 [88% of $400]`.
  package func compact(_ actual: Double, of planned: Double, _ ledger: ActualsLedger) -> String {
    let spent = Formatting.money(actual, ledger.currency)
    guard planned > 0 else { return spent }
    return
      "\(spent) [\(Int((actual / planned * 100).rounded()))% of \(Formatting.money(planned, ledger.currency))]"
  }

  /// `checkpoint 2027-03-15` (or a month, a quarter: its last day): plan versus actual on
  /// that day, for every actuals block with rows by then (the strategic-marketing article's control checkpoints).
  package func checkpoint(_ day: CalendarPeriod, at span: SourceSpan) throws -> View {
    let end = day.end
    if let period = checker.index.period, end < period.start || end > period.end {
      throw Diagnostic.error(
        .invalidValue,
        Message(
          "actuals-checkpoint-outside", ["date": .value(end.iso), "period": .value(period.description)]),
        at: span,
        fixIt: Message(
          "actuals-checkpoint-outside-fix",
          ["first": .value(period.start.iso), "last": .value(period.end.iso)]))
    }
    let ledgers = ActualsStore.ledgers(in: environment).filter { $0.firstDay <= end.dayNumber }
    guard !ledgers.isEmpty else {
      return .line(Message("actuals-checkpoint-none", ["date": .value(end.iso)]).english)
    }
    var view = View()
    for ledger in ledgers { view.append(variance(ledger, checkpoint: end, withGoals: ledgers.count == 1)) }
    view.append(combinedVariance(ledgers, checkpoint: end))
    if ledgers.count > 1 { view.append(goalsOnce(ledgers, checkpoint: end)) }
    return view
  }
}
