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
            "action `\(name)` has spent \(money(spent)), over its cost of \(money(line.planned))",
            at: line.action.place("cost"),
            notes: ["actuals \(tracking.blockNames) as of \(tracking.asOf.iso)"],
            fixIt: "stop its campaigns, or raise its `cost` and say what pays for it"))
      }
      if spent > line.plannedToDate * (1 + Self.pacingTolerance), line.plannedToDate > 0 {
        return .fail(
          .tracking,
          .warning(
            .trackingOverspend,
            "action `\(name)` has spent \(money(spent)) by \(tracking.asOf.iso); its pace allows \(money(line.plannedToDate))",
            at: line.action.place("cost"),
            notes: ["at this burn it lands at \(money(line.landsAt)) of \(money(line.planned))"],
            fixIt: "slow its daily spend, or move its cost to the months it is really spent in (`period`)"))
      }
      return .pass(.tracking, "action `\(name)` spends within its plan", at: line.action.nameSpan)
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
    let result = results.count == 1 ? results[0].singular : "\(results[0].singular) or later result"
    let quiet = joined.isEmpty ? ledger.quiet : quietSpells(ledger, joined: joined)
    var findings: [PlanFinding] = []
    for (position, key) in ledger.keys.enumerated() {
      let totals = ledger.totals[position]
      let (lastResultDay, spendSince) = quiet[position]
      let quietSince = lastResultDay == Int.min ? totals.firstDay - 1 : lastResultDay
      let quietDays = totals.lastDay - quietSince
      guard quietDays >= idleDays, spendSince > 0 else { continue }
      let quiet =
        lastResultDay == Int.min
        ? "in its \(quietDays) days, with no \(result) at all"
        : "with no \(result) in the \(quietDays) days since its last (\(CalendarDay(dayNumber: quietSince).iso))"
      findings.append(
        .fail(
          .tracking,
          .warning(
            .trackingIdleSpend,
            "`\(key)` spent \(Formatting.money(spendSince, ledger.currency)) \(quiet)",
            at: ledger.block.nameSpan,
            notes: [
              "a forgotten campaign or click fraud: the strategic-marketing article's control checkpoints catch these"
            ],
            fixIt: "pause `\(key)`, or check its tracking; `idle_days` in the actuals block sets the window"))
      )
    }
    if findings.isEmpty {
      findings.append(
        .pass(.tracking, "every campaign of `\(ledger.name)` produced results within \(idleDays) days"))
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
            "`\(TextExcerpt.head(line.key))` spent \(money(line.totals.spend)) on a channel whose spend cannot be spread over its actions: \(reason)",
            at: tracking.ledger.block.nameSpan,
            notes: ["it is counted as spend not in the plan"],
            fixIt:
              "give each of the channel's actions a `cost` (and a `period` that covers the days it runs), or key the file by action (`action \"Campaign\"`) or by rules"
          ))
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
            "`\(shown)` spent \(money(totals.spend)), and a rule sends it to action `\(TextExcerpt.head(action))`, which the plan does not have",
            at: tracking.ledger.block.nameSpan,
            fixIt: Suggestions.closest(to: action, among: index.actions.map(\.name)).map {
              "did you mean `\($0)`? correct the rule"
            } ?? "correct the rule, or add the action"))
      }
      if let channel = tracking.ledger.targets[line.position].channel,
        !tracking.ledger.targets[line.position].byName
      {
        return .fail(
          .tracking,
          .warning(
            .trackingUnplannedSpend,
            "`\(shown)` spent \(money(totals.spend)), and a rule sends it to channel `\(TextExcerpt.head(channel))`, which no action of the plan has",
            at: tracking.ledger.block.nameSpan,
            fixIt: "give an action `channel \(TextExcerpt.head(channel))`, or correct the rule"))
      }
      return .fail(
        .tracking,
        .warning(
          .trackingUnplannedSpend,
          "`\(shown)` spent \(money(totals.spend)), and no action of the plan is called that",
          at: tracking.ledger.block.nameSpan,
          fixIt: Suggestions.closest(to: key, among: names).map {
            "did you mean `\($0)`? name the action after the campaign, or give it the campaign's name as its title"
          }
            ?? "add an action for it (`action \(TextExcerpt.head(Self.word(key))) \"\(shown)\" => GOAL { cost … }`), or stop it"
        ))
    }
    let rest = bySpend.dropFirst(Self.unplannedNamedSingly)
    if !rest.isEmpty {
      let spend = rest.reduce(0) { $0 + $1.totals.spend }
      findings.append(
        .fail(
          .tracking,
          .warning(
            .trackingUnplannedSpend,
            "… and \(Formatting.number(Double(rest.count))) more campaigns no action of the plan names spent \(money(spend)) in all",
            at: tracking.ledger.block.nameSpan,
            fixIt:
              "`show actuals \(tracking.ledger.block.name)` lists them; name the ones that matter in actions")
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
    let names = unmatched.prefix(5).map { "`\(TextExcerpt.head(ledger.keys[$0]))`" }.joined(separator: ", ")
    let all = unmatched.count == ledger.keys.count
    return [
      .fail(
        .tracking,
        .warning(
          .trackingUnplannedSpend,
          (all
            ? "no campaign of `\(ledger.name)` reaches an action of the plan: "
            : "\(unmatched.count) of the \(ledger.keys.count) campaigns of `\(ledger.name)` \(unmatched.count == 1 ? "reaches" : "reach") no action of the plan: ")
            + names + (unmatched.count > 5 ? ", …" : ""),
          at: ledger.block.nameSpan,
          notes: ["their results still count toward the goals of their stage"],
          fixIt:
            "name the campaigns as the actions are named, or add `rule`s that send them to an action (`show actuals unmatched` lists them)"
        ))
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
        return .pass(.tracking, "goal `\(name)` keeps the pace its deadline needs", at: pace.goal.nameSpan)
      }
      let perMonth = { Formatting.number(PlanPresenter.rounded($0)) }
      if let run = pace.runRate {
        return .fail(
          .tracking,
          .warning(
            .trackingGoalBehind,
            "goal `\(name)` is behind: it runs at \(perMonth(run.rate)) \(pace.stage.heading) a \(run.per) (\(run.window.description)) against the \(perMonth(run.expected)) a \(run.per) its ramp to \(perMonth(run.target)) by \(pace.deadline.iso) needs by now",
            at: pace.goal.place("target"),
            fixIt:
              "move money to the channel that buys \(pace.stage.heading) cheapest (`show reallocate`), or restate the target"
          ))
      }
      return .fail(
        .tracking,
        .warning(
          .trackingGoalBehind,
          "goal `\(name)` is behind: \(Formatting.number(pace.achieved)) of \(Formatting.number(pace.target)) \(pace.stage.heading), \(perMonth(pace.pace)) a month against the \(pace.needed.isFinite ? perMonth(pace.needed) : "—") a month it needs by \(pace.deadline.iso)",
          at: pace.goal.place("target"),
          fixIt:
            "move money to the channel that buys \(pace.stage.heading) cheapest (`show reallocate`), or restate the target"
        ))
    }
  }

  /// PLAN-T05: a budget whose spend, at today's burn, lands over what it was given.
  package func checkBudgetLanding(_ tracking: ActualsCombined) -> [PlanFinding] {
    tracking.budgets.compactMap { line in
      guard let total = line.total else { return nil }
      guard line.landsAt > total else {
        return .pass(
          .tracking, "budget `\(line.budget.name)` lands within its total", at: line.budget.nameSpan)
      }
      let money = { Formatting.money($0, tracking.currency) }
      let unplanned = line.unplannedKeys.map { "`\(TextExcerpt.head($0))`" }.joined(separator: ", ")
      return .fail(
        .tracking,
        .warning(
          .trackingBudgetLands,
          "budget `\(line.budget.name)` lands at \(money(line.landsAt)) at today's burn, over its \(money(total))",
          at: line.budget.place("total"),
          notes: line.unplannedKeys.isEmpty
            ? []
            : [
              "\(money(line.unplannedLandsAt)) of it is spend no action names (\(unplanned)), at its burn to the end of the plan's period"
            ],
          fixIt: line.unplannedKeys.isEmpty
            ? "slow the actions that run ahead (`show variance`)"
            : "stop the campaigns not in the plan, or add actions for them; slow the actions that run ahead (`show variance`)"
        ))
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
          "moving \(Formatting.money(move.amount, ledger.currency)) from \(move.weakest.name) to \(move.strongest.name) would buy \(Formatting.number(PlanPresenter.rounded(gained - lost))) more \(move.stage.heading)",
          at: ledger.block.nameSpan,
          notes: [
            "the next \(move.stage.singular) costs \(Formatting.money(move.strongest.marginalCost, ledger.currency)) in \(move.strongest.name)"
              + (move.weakest.marginalCost.isFinite
                ? ", \(Formatting.money(move.weakest.marginalCost, ledger.currency)) in \(move.weakest.name)"
                : "; \(move.weakest.name) bought none")
          ],
          fixIt:
            "see `show reallocate`; `move` and `elasticity` in the actuals block set the amount and the assumption"
        ))
    ]
  }
}
