import MPlanLanguage
import MPlanSyntax

/// The Tracking group: the plan against its actuals, when an `actuals` block read some
/// (the strategic-marketing article's control checkpoints: 20–30% of an online budget can leak away through
/// forgotten campaigns and click fraud).
extension PlanChecker {
  /// Days of spend without a single result before a campaign counts as forgotten; an
  /// `actuals` block may set its own with `idle_days`.
  package static let defaultIdleDays = 14
  /// How far ahead of the plan's pace spend may run before it is reported.
  package static let pacingTolerance = 0.1

  package func checkTracking() -> [PlanFinding] {
    var findings: [PlanFinding] = []
    // A goal several blocks credit (clicks from the ad platform, MQLs from the CRM) is
    // judged once.
    var goalsJudged: Set<String> = []
    let trackings = ActualsTracking.all(index: index)
    // Two ad platforms that pay for the same action: its cost and its budget are judged on
    // their sum, once, where the first of the blocks is judged.
    var combined: [String: ActualsCombined] = [:]
    // Every block's group, for the reallocation's hold-back, which goes by the same sums.
    var groupOf: [String: ActualsCombined] = [:]
    for group in ActualsCombined.groups(trackings, environment: index.environment) {
      combined[group.trackings[0].ledger.name] = group
      for member in group.trackings { groupOf[member.ledger.name] = group }
    }
    for tracking in trackings {
      let sums = combined[tracking.ledger.name]
      findings += (sums.map(checkSpend) ?? []) + checkUnplanned(tracking) + checkResultsReach(tracking.ledger)
      if tracking.ledger.hasSpend {
        findings += checkIdle(tracking.ledger, joined: trackings.map(\.ledger).filter { !$0.hasSpend })
      }
      findings += checkGoalPace(tracking, skipping: &goalsJudged)
      findings +=
        (sums.map(checkBudgetLanding) ?? [])
        + suggestReallocation(
          tracking, joined: trackings.map(\.ledger).filter { !$0.hasSpend },
          combined: groupOf[tracking.ledger.name])
    }
    return findings
  }

  /// PLAN-T01: an action spent more than its cost, or ran ahead of its months' pace.
  package func checkSpend(_ tracking: ActualsCombined) -> [PlanFinding] {
    let currency = tracking.currency
    let money = { Formatting.money($0, currency) }
    return tracking.actions.map { line in
      let name = line.action.name
      let spent = line.actual
      if spent > line.planned {
        return .fail(
          .tracking,
          .error(
            .trackingOverspend,
            Message(
              "tracking-overspend",
              ["action": .text(name), "spent": .value(money(spent)), "cost": .value(money(line.planned))]),
            at: line.action.place("cost"),
            notes: [
              Message(
                "tracking-as-of", ["blocks": .text(tracking.blockNames), "date": .value(tracking.asOf.iso)]
              )
            ],
            fixIt: Message("tracking-overspend-fix")))
      }
      if spent > line.plannedToDate * (1 + Self.pacingTolerance), line.plannedToDate > 0 {
        return .fail(
          .tracking,
          .warning(
            .trackingOverspend,
            Message(
              "tracking-ahead-of-pace",
              [
                "action": .text(name), "spent": .value(money(spent)), "date": .value(tracking.asOf.iso),
                "allowed": .value(money(line.plannedToDate)),
              ]),
            at: line.action.place("cost"),
            notes: [
              Message(
                "tracking-lands-at",
                ["landsAt": .value(money(line.landsAt)), "cost": .value(money(line.planned))]
              )
            ],
            fixIt: Message("tracking-ahead-of-pace-fix")))
      }
      return .pass(
        .tracking, Message("tracking-within-plan", ["action": .text(name)]), at: line.action.nameSpan)
    }
  }

  /// PLAN-T02: a campaign that kept spending for `idle_days` with no result at all: no
  /// count at a stage after visits (`ActualsDays.hasResult`); a block that maps only visits
  /// has no result to wait for. `joined`: blocks of results alone (a CRM's MQLs), whose
  /// results count for the campaigns that reach the same action.
  package func checkIdle(_ ledger: ActualsLedger, joined: [ActualsLedger] = []) -> [PlanFinding] {
    let joined = joined.filter { $0.stages.contains(where: { $0 != .visits }) }
    // "no lead or later result": the first stage that counts as one, and the rest.
    let results = Set((ledger.stages + joined.flatMap(\.stages)).filter { $0 != .visits }).sorted {
      $0.rawValue < $1.rawValue
    }
    guard !results.isEmpty else { return [] }
    let idleDays = Int(ledger.block.quantity("idle_days")?.magnitude.central ?? Double(Self.defaultIdleDays))
    let result =
      results.count == 1
      ? Message.name(results[0].singular)
      : Message("tracking-or-later-result", ["stage": .text(results[0].singular)])
    let quiet = joined.isEmpty ? ledger.quiet : quietSpells(ledger, joined: joined)
    var findings: [PlanFinding] = []
    for (position, key) in ledger.keys.enumerated() {
      let totals = ledger.totals[position]
      let (lastResultDay, spendSince) = quiet[position]
      let quietSince = lastResultDay == Int.min ? totals.firstDay - 1 : lastResultDay
      let quietDays = totals.lastDay - quietSince
      guard quietDays >= idleDays, spendSince > 0 else { continue }
      let spent: [String: Message.Argument] = [
        "key": .text(key), "spent": .value(Formatting.money(spendSince, ledger.currency)),
        "result": .message(result),
        "days": .count(quietDays),
      ]
      let message =
        lastResultDay == Int.min
        ? Message("tracking-idle-never", spent)
        : Message(
          "tracking-idle-since",
          spent.merging(["last": .value(CalendarDay(dayNumber: quietSince).iso)]) { $1 })
      findings.append(
        .fail(
          .tracking,
          .warning(
            .trackingIdleSpend, message, at: ledger.block.nameSpan,
            notes: [Message("tracking-idle-note")],
            fixIt: Message("tracking-idle-fix", ["key": .text(key)])))
      )
    }
    if findings.isEmpty {
      findings.append(
        .pass(
          .tracking, Message("tracking-not-idle", ["block": .text(ledger.name), "days": .count(idleDays)])))
    }
    return findings
  }

  /// Each key's quiet spell (`ActualsLedger.quiet`) with the results of the joined blocks
  /// counted too: a CRM row's result ends the spell of every campaign that reaches its action.
  func quietSpells(_ ledger: ActualsLedger, joined: [ActualsLedger]) -> [(
    lastResultDay: Int, spendSince: Double
  )] {
    let cost = { (action: PlanItem) in
      action.quantity("cost").flatMap { $0.unit.currency != nil ? $0.magnitude.central : nil }
    }
    var lastByAction = Array(repeating: Int.min, count: index.actions.count)
    for other in joined {
      let reach = ActualsReach(ledger: other, actions: index.actions, plannedCost: cost)
      for entry in 0..<other.days.count where other.days.hasResult(entry) {
        for (action, _) in reach.shares[other.days.key(entry)] {
          lastByAction[action] = max(lastByAction[action], other.days.day(entry))
        }
      }
    }
    let reach = ActualsReach(ledger: ledger, actions: index.actions, plannedCost: cost)
    var quiet = ledger.quiet.indices.map { position in
      (
        lastResultDay: reach.shares[position].reduce(ledger.quiet[position].lastResultDay) {
          max($0, lastByAction[$1.action])
        }, spendSince: 0.0
      )
    }
    for entry in 0..<ledger.days.count
    where ledger.days.day(entry) > quiet[ledger.days.key(entry)].lastResultDay {
      quiet[ledger.days.key(entry)].spendSince += ledger.days.spend[entry]
    }
    return quiet
  }

  /// Campaigns no action names that PLAN-T03 names one by one; one more finding counts the
  /// rest (an export of 100,000 campaigns against a plan of three gives a screen, not 100,000
  /// lines), as "did you mean" stops at the first 20 unknown names of a script.
  package static let unplannedNamedSingly = 20

  /// PLAN-T03: spend on a campaign no action of the plan names; the largest spenders first.
  package func checkUnplanned(_ tracking: ActualsTracking) -> [PlanFinding] {
    let names = index.actions.flatMap { [$0.name] + ($0.title.map { [$0] } ?? []) }
    let money = { Formatting.money($0, tracking.ledger.currency) }
    let bySpend = tracking.unplanned.filter { $0.refused == nil }.enumerated().sorted {
      ($0.element.totals.spend, $1.offset) > ($1.element.totals.spend, $0.offset)
    }.map(\.element)
    var findings: [PlanFinding] = tracking.unplanned.compactMap { line in
      line.refused.map { reason in
        .fail(
          .tracking,
          .warning(
            .trackingChannelNotSpread,
            Message(
              "tracking-channel-not-spread",
              [
                "key": .text(TextExcerpt.head(line.key)), "spent": .value(money(line.totals.spend)),
                "reason": .message(reason),
              ]),
            at: tracking.ledger.block.nameSpan,
            notes: [Message("tracking-channel-not-spread-note")],
            fixIt: Message("tracking-channel-not-spread-fix")))
      }
    }
    findings += bySpend.prefix(Self.unplannedNamedSingly).map { line in
      let key = line.key, totals = line.totals
      let shown = TextExcerpt.head(key)
      if let action = tracking.ledger.targets[line.position].action {
        // A rule sent the campaign to an action the plan does not have: the rule is wrong.
        return .fail(
          .tracking,
          .warning(
            .trackingUnplannedSpend,
            Message(
              "tracking-rule-unknown-action",
              [
                "key": .text(shown), "spent": .value(money(totals.spend)),
                "action": .text(TextExcerpt.head(action)),
              ]),
            at: tracking.ledger.block.nameSpan,
            fixIt: Suggestions.closest(to: action, among: index.actions.map(\.name)).map {
              Message("tracking-rule-did-you-mean-fix", ["name": .text($0)])
            } ?? Message("tracking-rule-unknown-action-fix")))
      }
      if let channel = tracking.ledger.targets[line.position].channel,
        !tracking.ledger.targets[line.position].byName
      {
        return .fail(
          .tracking,
          .warning(
            .trackingUnplannedSpend,
            Message(
              "tracking-rule-unknown-channel",
              [
                "key": .text(shown), "spent": .value(money(totals.spend)),
                "channel": .text(TextExcerpt.head(channel)),
              ]),
            at: tracking.ledger.block.nameSpan,
            fixIt: Message("tracking-rule-unknown-channel-fix", ["channel": .text(TextExcerpt.head(channel))])
          ))
      }
      return .fail(
        .tracking,
        .warning(
          .trackingUnplannedSpend,
          Message("tracking-unplanned", ["key": .text(shown), "spent": .value(money(totals.spend))]),
          at: tracking.ledger.block.nameSpan,
          fixIt: Suggestions.closest(to: key, among: names).map {
            Message("tracking-unplanned-did-you-mean-fix", ["name": .text($0)])
          }
            ?? Message(
              "tracking-unplanned-fix",
              ["action": .text(TextExcerpt.head(Self.word(key))), "key": .text(shown)])))
    }
    let rest = bySpend.dropFirst(Self.unplannedNamedSingly)
    if !rest.isEmpty {
      let spend = rest.reduce(0) { $0 + $1.totals.spend }
      findings.append(
        .fail(
          .tracking,
          .warning(
            .trackingUnplannedSpend,
            Message(
              "tracking-unplanned-more",
              ["count": .count(rest.count), "spent": .value(money(spend))]),
            at: tracking.ledger.block.nameSpan,
            fixIt: Message("tracking-unplanned-more-fix", ["block": .text(tracking.ledger.block.name)]))
        ))
    }
    return findings
  }

  /// PLAN-T03 for a block of results alone (a CRM's MQLs): campaigns that reach no action,
  /// so the join of its rows to the ad platform's is missing for them.
  package func checkResultsReach(_ ledger: ActualsLedger) -> [PlanFinding] {
    guard !ledger.hasSpend, !index.actions.isEmpty else { return [] }
    let unmatched = ledger.unmatched(index: index)
    guard !unmatched.isEmpty else { return [] }
    let names =
      .text(
        unmatched.prefix(5).map { "`\(TextExcerpt.head(ledger.keys[$0]))`" }.joined(separator: ", ")
          + (unmatched.count > 5 ? ", …" : "")) as Message.Argument
    let all = unmatched.count == ledger.keys.count
    return [
      .fail(
        .tracking,
        .warning(
          .trackingUnplannedSpend,
          all
            ? Message("tracking-no-campaign-reaches", ["block": .text(ledger.name), "names": names])
            : Message(
              "tracking-campaigns-reach-nothing",
              [
                "count": .count(unmatched.count), "total": .count(ledger.keys.count),
                "block": .text(ledger.name),
                "names": names,
              ]),
          at: ledger.block.nameSpan,
          notes: [Message("tracking-results-still-count")],
          fixIt: Message("tracking-campaigns-reach-nothing-fix")))
    ]
  }

  package static func word(_ key: String) -> String {
    let word = String(key.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "_" })
    return word.first?.isLetter == true ? word : "campaign_" + word
  }

  /// PLAN-T04: a goal whose results so far keep a slower pace than its deadline needs.
  package func checkGoalPace(_ tracking: ActualsTracking, skipping judged: inout Set<String>) -> [PlanFinding]
  {
    let goals = tracking.goals.filter { $0.hasActuals && !judged.contains($0.goal.name) }
    judged.formUnion(goals.map(\.goal.name))
    return goals.map { pace in
      let name = pace.goal.name
      guard pace.isBehind else {
        return .pass(
          .tracking, Message("tracking-goal-on-pace", ["goal": .text(name)]), at: pace.goal.nameSpan)
      }
      let perMonth = { Formatting.number(PlanPresenter.rounded($0)) }
      if let run = pace.runRate {
        return .fail(
          .tracking,
          .warning(
            .trackingGoalBehind,
            Message(
              "tracking-goal-behind-run-rate",
              [
                "goal": .text(name), "rate": .value(perMonth(run.rate)), "stage": .text(pace.stage.heading),
                "per": .message(run.perWord), "window": .value(run.window.description),
                "expected": .value(perMonth(run.expected)),
                "target": .value(perMonth(run.target)), "deadline": .value(pace.deadline.iso),
              ]),
            at: pace.goal.place("target"),
            fixIt: Message("tracking-goal-behind-fix", ["stage": .text(pace.stage.heading)])))
      }
      return .fail(
        .tracking,
        .warning(
          .trackingGoalBehind,
          Message(
            "tracking-goal-behind",
            [
              "goal": .text(name), "achieved": .value(Formatting.number(pace.achieved)),
              "target": .value(Formatting.number(pace.target)), "stage": .text(pace.stage.heading),
              "pace": .value(perMonth(pace.pace)),
              "needed": .value(pace.needed.isFinite ? perMonth(pace.needed) : "—"),
              "deadline": .value(pace.deadline.iso),
            ]),
          at: pace.goal.place("target"),
          fixIt: Message("tracking-goal-behind-fix", ["stage": .text(pace.stage.heading)])))
    }
  }

  /// PLAN-T05: a budget whose spend, at today's burn, lands over what it was given.
  package func checkBudgetLanding(_ tracking: ActualsCombined) -> [PlanFinding] {
    tracking.budgets.compactMap { line in
      guard let total = line.total else { return nil }
      guard line.landsAt > total else {
        return .pass(
          .tracking, Message("tracking-budget-lands-within", ["budget": .text(line.budget.name)]),
          at: line.budget.nameSpan)
      }
      let money = { Formatting.money($0, tracking.currency) }
      let unplanned = line.unplannedKeys.map { "`\(TextExcerpt.head($0))`" }.joined(separator: ", ")
      return .fail(
        .tracking,
        .warning(
          .trackingBudgetLands,
          Message(
            "tracking-budget-lands-over",
            [
              "budget": .text(line.budget.name), "landsAt": .value(money(line.landsAt)),
              "total": .value(money(total)),
            ]),
          at: line.budget.place("total"),
          notes: line.unplannedKeys.isEmpty
            ? []
            : [
              Message(
                "tracking-budget-lands-unplanned",
                ["landsAt": .value(money(line.unplannedLandsAt)), "keys": .text(unplanned)]
              )
            ],
          fixIt: line.unplannedKeys.isEmpty
            ? Message("tracking-budget-lands-over-fix") : Message("tracking-budget-lands-unplanned-fix")))
    }
  }

  /// PLAN-T06: a suggestion, not a fault: where the next dollar goes.
  package func suggestReallocation(
    _ tracking: ActualsTracking, joined: [ActualsLedger] = [], combined: ActualsCombined? = nil
  ) -> [PlanFinding] {
    let ledger = tracking.ledger
    guard
      let move = ActualsReallocation(
        ledger: ledger, index: index, tracking: tracking, joined: joined, combined: combined),
      move.receiving != nil, move.gains
    else { return [] }
    let (gained, lost) = move.change(in: move.stage)
    return [
      .fail(
        .tracking,
        Diagnostic(
          .note, code: PlanCode.trackingReallocate.rawValue,
          Message(
            "tracking-reallocate",
            [
              "amount": .value(Formatting.money(move.amount, ledger.currency)),
              "from": .text(move.weakest.name),
              "to": .text(move.strongest.name),
              "gain": .value(Formatting.number(PlanPresenter.rounded(gained - lost))),
              "stage": .text(move.stage.heading),
            ]),
          at: ledger.block.nameSpan,
          notes: [reallocationNote(move, currency: ledger.currency)],
          fixIt: Message("tracking-reallocate-fix")))
    ]
  }

  /// What the next result costs in the channel that gains and in the one that gives.
  private func reallocationNote(_ move: ActualsReallocation, currency: String) -> Message {
    let strongest: [String: Message.Argument] = [
      "stage": .text(move.stage.singular),
      "cost": .value(Formatting.money(move.strongest.marginalCost, currency)),
      "to": .text(move.strongest.name), "from": .text(move.weakest.name),
    ]
    guard move.weakest.marginalCost.isFinite else {
      return Message("tracking-reallocate-note-none", strongest)
    }
    return Message(
      "tracking-reallocate-note",
      strongest.merging(["fromCost": .value(Formatting.money(move.weakest.marginalCost, currency))]) { $1 })
  }
}
