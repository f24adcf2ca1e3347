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
      return .said(Message("actuals-none-read"))
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

  package func summary(_ ledger: ActualsLedger) -> String { summaryContent(ledger).english }

  /// The first line of a block's views: its rows, days and currency, with what reading skipped.
  package func summaryContent(_ ledger: ActualsLedger) -> Message {
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
    let notes = [Self.skippedNote(ledger), Self.conversionNote(ledger)].compactMap { $0 }
    guard var joined = notes.first else { return said }
    for note in notes.dropFirst() {
      joined = Message("actuals-notes-more", ["list": .message(joined), "next": .message(note)])
    }
    return Message("actuals-summary-notes", ["summary": .message(said), "notes": .message(joined)])
  }

  /// Every key with its sums, in the order the file first named them.
  package func actualsTable(_ ledger: ActualsLedger) -> View {
    let keyHeading = ledger.keyIsChannel ? Message.Heading.channel : Message.Heading.campaign
    // A block of results alone (a CRM's) has no spend to show. Rules may send one campaign
    // to two places (by its rows' other columns): a column says where each went.
    let spend = ledger.hasSpend ? [Message.Heading.spend] : []
    let ruled = ledger.targets.contains { !$0.byName }
    var table = Table(
      headings: [keyHeading] + (ruled ? [Message("actuals-heading-rules-give")] : []) + spend
        + (ledger.hasSpend && !ledger.exported.isEmpty ? [Message("actuals-heading-as-exported")] : [])
        + ledger.stages.map { Message.verbatim($0.heading) }
        + (ledger.hasRevenue ? [Message.Heading.revenue] : [])
        + [Message("actuals-heading-first-day"), Message("actuals-heading-last-day")])
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
    return View([.said(summaryContent(ledger)), .table(table)])
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
      return View([.said(summaryContent(ledger)), .said(Message("actuals-variance-no-rows"))])
    }
    guard ledger.hasSpend else {
      // A block of results alone (a CRM's) has no spend to set against costs or budgets.
      var view = View([
        .said(
          Message("actuals-results-alone", ["block": .text(ledger.name), "date": .value(tracking.asOf.iso)]))
      ])
      if withGoals, let goals = goalsView(tracking) { view.append(goals) }
      return view
    }
    let hasRange = tracking.lines.contains { $0.plannedSamples != nil }
    var table = Table(
      headings: [
        Message.Heading.action, Message.Heading.channel, Message.Heading.planned,
        Message("actuals-heading-to-date"), Message.Heading.actual,
        Message("actuals-heading-actual-of-to-date"),
        Message.Heading.variance, Message.Heading.remaining, Message("actuals-heading-lands-at"),
      ] + (hasRange ? [Message("actuals-heading-in-range")] : []))
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
          .text(line.key),
          .text(
            (line.refused == nil ? Message("actuals-row-not-in-plan") : Message("actuals-row-not-spread"))
              .english),
          .text("—"),
          .text("—"),
          .value(money(line.totals.spend)), .text("—"), .value(money(line.totals.spend)), .text("—"),
          .value(money(line.landsAt)),
        ] + (hasRange ? [.text("—")] : []))
    }
    var view = View([
      .said(Message.varianceHeading(ledger, tracking, checkpoint: checkpoint != nil)),
      .table(table),
      .said(Message("actuals-variance-planned-to-date")),
    ])
    for (channel, phases) in tracking.channelsSpread {
      view.add(.said(Message.channelSpread(channel, phases)))
    }
    if !tracking.unplanned.isEmpty { view.add(.said(Message("actuals-variance-unplanned-note"))) }
    let budgets = tracking.budgets
    if !budgets.isEmpty {
      var budgetTable = Table(headings: [
        Message.Heading.budget, Message.Heading.given, Message("actuals-heading-to-date"),
        Message("actuals-heading-actual-of-to-date"), Message.Heading.remaining,
        Message("actuals-heading-lands-at"),
      ])
      for line in budgets {
        budgetTable.add([
          .text(line.budget.name), line.total.map { .value(money($0)) } ?? .text("—"),
          .value(money(line.plannedToDate)), .text(compact(line.actual, of: line.plannedToDate, ledger)),
          line.total.map { .value(money($0 - line.actual)) } ?? .text("—"), .value(money(line.landsAt)),
        ])
        if !line.unplanned.isEmpty {
          budgetTable.add([
            .said(.rowUnder(Message("actuals-row-not-in-plan"))), .text("—"), .text("—"),
            .value(money(line.unplannedSpend)),
            .text("—"),
            .value(money(line.unplannedLandsAt)),
          ])
        }
      }
      let unbudgeted = tracking.unbudgeted
      if !unbudgeted.isEmpty {
        budgetTable.add([
          .said(Message("actuals-row-in-no-budget")), .text("—"), .text("—"),
          .value(money(unbudgeted.reduce(0) { $0 + $1.totals.spend })), .text("—"),
          .value(money(unbudgeted.reduce(0) { $0 + $1.landsAt })),
        ])
      }
      view.append(View([.table(budgetTable)]))
      for line in budgets where line.budget.word("control") != nil {
        let checkpoints = tracking.checkpoints(of: line)
        guard !checkpoints.isEmpty else { continue }
        var table = Table(headings: [
          Message.Heading.checkpoint, Message.Heading.planned, Message("actuals-heading-actual-of-planned"),
          Message("actuals-heading-so-far-of-planned"),
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
            .said(
              Message(
                "actuals-checkpoints-heading",
                ["budget": .text(line.budget.name), "control": .text(line.budget.word("control") ?? "")])),
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
      Message.Heading.goal, Message.Heading.achieved, Message.Heading.target, Message.Heading.by,
      Message("actuals-heading-pace-a-month"), Message("actuals-heading-needed-a-month"),
      Message.verbatim(""),
    ])
    var notes: [View.Part] = []
    for pace in goals {
      guard pace.hasActuals else {
        goalTable.add([
          .text(pace.goal.name), .text("—"), .value(.quantity(Quantity(pace.target))),
          .text(pace.deadline.iso),
          .text("—"), .text("—"),
          .said(Message("actuals-goal-no-actuals", ["stage": .text(pace.stage.heading)])),
        ])
        continue
      }
      let status =
        (pace.isReached
          ? Message("actuals-goal-reached")
          : pace.isBehind ? Message("actuals-goal-behind") : Message("actuals-goal-on-pace"))
      if let run = pace.runRate {
        // A run rate is the rate of its last whole month, against the rate it aims at.
        goalTable.add([
          .text(pace.goal.name), .value(run.value(Self.rounded(run.rate))), .value(run.value(run.target)),
          .text(pace.deadline.iso), .text("—"), .text("—"), .said(status),
        ])
        notes.append(.said(Message.runRateNote(pace.goal.name, run)))
        continue
      }
      goalTable.add([
        .text(pace.goal.name), .value(.quantity(Quantity(pace.achieved))),
        .value(.quantity(Quantity(pace.target))),
        .text(pace.deadline.iso), .value(.quantity(Quantity(Self.rounded(pace.pace)))),
        pace.needed.isFinite
          ? .value(.quantity(Quantity(Self.rounded(pace.needed))))
          : .said(Message("actuals-goal-past-due")),
        .said(status),
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
    return [.said(Message("actuals-goals-counted", ["stages": .text(stages.joined(separator: "; "))]))]
  }

  package static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }

  /// "goal `mqls` is a run rate: achieved is its rate in 2027-03, the last whole month; a
  /// straight ramp to its target by the deadline stands at 433.33 today".
  package static func runRateNote(_ name: String, _ run: ActualsTracking.RunRate) -> String {
    Message.runRateNote(name, run).english
  }

  /// `$352 [88% of $400]`.
  package func compact(_ actual: Double, of planned: Double, _ ledger: ActualsLedger) -> String {
    let spent = Formatting.money(actual, ledger.currency)
    guard planned > 0 else { return spent }
    return Message(
      "actuals-compact",
      [
        "actual": .value(spent), "percent": .value("\(Int((actual / planned * 100).rounded()))%"),
        "planned": .value(Formatting.money(planned, ledger.currency)),
      ]
    ).english
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
      return .said(Message("actuals-checkpoint-none", ["date": .value(end.iso)]))
    }
    var view = View()
    for ledger in ledgers { view.append(variance(ledger, checkpoint: end, withGoals: ledgers.count == 1)) }
    view.append(combinedVariance(ledgers, checkpoint: end))
    if ledgers.count > 1 { view.append(goalsOnce(ledgers, checkpoint: end)) }
    return view
  }
}
