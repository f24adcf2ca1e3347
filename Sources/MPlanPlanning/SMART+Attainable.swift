import MPlanLanguage
import MPlanSyntax

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Attainable: the growth a goal implies per month, the funnel that must feed it, and the
/// budget that must carry it. Only what one of these judged is met: a goal from zero, or one
/// that should fall, has no growth rate, and shows `A ?` unless its funnel judges it.
extension SMARTRules {
  package struct Attainability {
    package var findings: [PlanFinding] = []
    /// Some check could say whether the goal is attainable.
    package var judged = false
    /// Why nothing could, in the user's words, with what would let it; nil when another
    /// letter's finding already says what is missing (a target, a deadline).
    package var unjudged: (reason: Message, fixIt: Message)?
  }

  package func attainableFindings(for goal: PlanItem, measure: Measurement) -> Attainability {
    var result = Attainability()
    let deadline = index.deadline(of: goal)
    let baselineDate = index.baselineDate(of: goal)
    // A deadline already flagged (no time, not a date, two that disagree) gives no growth
    // rate worth a second finding.
    let usableDeadline =
      deadline != nil && baselineDate != nil && deadline! >= baselineDate!
      && deadlineProblem(of: goal, baselineDate: baselineDate) == nil
    if case .amounts(let baselineAmount, let targetAmount) = measure, usableDeadline,
      let deadline, let baselineDate
    {
      let baseline = baselineAmount.magnitude.central
      let target = targetAmount.magnitude.central
      let months = max(1, Self.months(of: goal, from: baselineDate, to: deadline, in: index.calendar))
      if direction(of: goal) == .down {
        result.unjudged = (Message("smart-not-judged-falls"), Message("smart-not-judged-falls-fix"))
      } else if target < baseline {
        // Measurable already says the target is below the baseline; nothing to judge yet.
      } else if baseline <= 0 {
        result.unjudged = (Message("smart-not-judged-from-zero"), Message("smart-not-judged-from-zero-fix"))
      } else if target > baseline {
        result.judged = true
        let growth = Self.monthlyGrowth(from: baseline, to: target, months: months)
        let bound = index.maximumMonthlyGrowth
        if growth > bound + 1e-9 {
          let reachable = Self.largestTarget(
            baseline * pow(1 + bound, months), counting: isCount(baselineAmount.unit))
          result.findings.append(
            .fail(
              .smart,
              .warning(
                .smartAttainable,
                Message(
                  "smart-growth-too-fast",
                  [
                    "goal": .text(goal.name), "growth": .value(Formatting.percent(growth)),
                    "baseline": .value(describe(baseline, like: baselineAmount)),
                    "target": .value(describe(target, like: baselineAmount)),
                    "months": .message(Self.describe(months: months)),
                    "allowed": .value(Formatting.percent(bound)),
                  ]),
                at: goal.place("target"),
                fixIt: .attainable(
                  Message(
                    "smart-growth-too-fast-fix",
                    ["reachable": .value(describe(reachable, like: baselineAmount))]))
              ))
          )
        }
      }
    } else if case .amounts = measure, deadline == nil || baselineDate == nil,
      deadlineProblem(of: goal, baselineDate: baselineDate) == nil, goal["by"] != nil || goal["within"] != nil
    {
      // A deadline but no day to count from: no growth a month to judge.
      result.unjudged = (Message("smart-not-judged-no-date"), Message("smart-not-judged-no-date-fix"))
    }

    // The funnel: another goal that aims for fewer of an upper stage than it needs starves it.
    if let funnelName = goal.word("funnel"), let funnel = index.environment[funnelName]?.funnel,
      let target = goal.quantity("target"), target.unit.simpleBase == funnel.stages[funnel.stages.count - 1]
    {
      let need = funnel.need(target.magnitude)
      let feeders = need.dropLast().contains { stage, _ in
        index.goals.contains { $0.name != goal.name && $0.quantity("target")?.unit.simpleBase == stage }
      }
      if feeders {
        result.judged = true
        result.unjudged = nil
      } else if let unjudged = result.unjudged, let top = need.first {
        let needed = Formatting.describe(Quantity(magnitude: top.amount, unit: Unit(base: top.stage)))
        result.unjudged = (
          Message(
            "smart-not-judged-unfed", ["reason": .message(unjudged.reason), "funnel": .text(funnelName)]),
          Message("smart-not-judged-unfed-fix", ["needed": .value(needed), "funnel": .text(funnelName)])
        )
      }
      result.findings += funnelShortfalls(of: goal, need: need)
    }

    // The budgets that carry the goal: its own `budget`, and those its actions spend.
    var funding = Set((index.actionsByGoal[goal.name] ?? []).compactMap { $0.word("from") })
    if let budget = goal.word("budget") {
      if index.budgetsByName[budget] == nil {
        result.findings.append(
          index.unknownBudget(
            budget, fundingWhat: Message("smart-funded-goal", ["goal": .text(goal.name)]),
            at: goal.place("budget")))
      } else {
        funding.insert(budget)
      }
    }
    if case .amounts(_, let target) = measure {
      attainableChance(of: goal, target: target, into: &result)
    }
    for budget in funding.sorted() where overCommittedBudgets.contains(budget) {
      result.findings.append(
        .fail(
          .smart,
          .warning(
            .smartAttainable,
            Message("smart-budget-over-committed", ["goal": .text(goal.name), "budget": .text(budget)]),
            at: goal.nameSpan, fixIt: .attainable(Message("smart-budget-over-committed-fix")))))
    }
    return result
  }

  /// Attainable through the funnel: a goal of 10 customers needs 10,000 visits; when another
  /// goal of the plan aims for fewer visits (or MQLs, SQLs) than that, the plan contradicts
  /// itself and the smaller goal cannot carry the larger one.
  package func funnelShortfalls(of goal: PlanItem, need: [(stage: String, amount: Magnitude)])
    -> [PlanFinding]
  {
    var findings: [PlanFinding] = []
    for (stage, amount) in need.dropLast() {
      for feeder in index.goals where feeder.name != goal.name {
        guard let aim = feeder.quantity("target"), aim.unit.simpleBase == stage,
          aim.magnitude.central + 1e-9 < amount.central
        else { continue }
        let needed = Formatting.describe(Quantity(magnitude: amount, unit: Unit(base: stage)))
        findings.append(
          .fail(
            .smart,
            .warning(
              .smartAttainable,
              Message(
                "smart-funnel-starved",
                [
                  "goal": .text(goal.name), "needed": .value(needed),
                  "funnel": .text(goal.word("funnel") ?? ""),
                  "feeder": .text(feeder.name), "aim": .value(Formatting.describe(aim)),
                ]),
              at: goal.place("funnel"),
              notes: [
                Message(
                  "smart-funnel-starved-note",
                  ["feeder": .text(feeder.name), "line": .count(feeder.place("target").line)]
                )
              ],
              fixIt: .attainable(
                Message(
                  "smart-funnel-starved-fix",
                  ["feeder": .text(feeder.name), "needed": .value(needed), "goal": .text(goal.name)])))))
      }
    }
    return findings
  }

  /// The largest target the growth bound allows: whole things for counts (rounded down, so
  /// the advice stays inside the bound), two decimals of a percent or unit otherwise.
  package static func largestTarget(_ reachable: Double, counting: Bool) -> Double {
    if counting { return Funnel.roundDown(reachable) }
    let scale = abs(reachable) < 1 ? 10_000.0 : 100.0
    return (reachable * scale + 1e-9).rounded(.down) / scale
  }

  /// Compound growth a month that turns `baseline` into `target` over `months`.
  package static func monthlyGrowth(from baseline: Double, to target: Double, months: Double) -> Double {
    pow(target / baseline, 1 / months) - 1
  }
}
