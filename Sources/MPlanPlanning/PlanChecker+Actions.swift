import MPlanLanguage
import MPlanSyntax

/// Goal ⇒ action and reporting rules (the strategic-marketing article): each goal maps to concrete actions, each
/// action has an owner, a cost and a period inside the plan; each goal is measured by a
/// report, and each report has someone who changes the activities based on it.
extension PlanChecker {
  package func checkActions() -> [PlanFinding] {
    var findings: [PlanFinding] = []
    for goal in index.goals where index.actionsByGoal[goal.name] == nil {
      findings.append(
        .fail(
          .actions,
          .warning(
            .goalWithoutAction, "goal `\(goal.name)` has no action serving it", at: goal.nameSpan,
            fixIt: "add the concrete activity that reaches it: \(smartRules.actionTemplate(for: goal))")))
    }
    // The strategic marketing article: every goal, like every action, has someone who answers for it.
    for goal in index.goals where goal.people("owner").isEmpty {
      findings.append(
        .fail(
          .actions,
          .warning(
            .goalNoOwner, "goal `\(goal.name)` has no owner", at: goal.nameSpan,
            fixIt:
              "add `owner \"<who>\"`, the person who answers for the goal: a goal nobody owns is nobody's "
              + "work")))
    }
    if !index.goals.isEmpty, findings.isEmpty {
      findings.append(
        .pass(.actions, "every goal has an owner and an action serving it (\(index.goals.count))"))
    }
    var failures = findings.count
    for action in index.actions {
      findings += checkServes(action)
      if action.people("owner").isEmpty {
        findings.append(
          .fail(
            .actions,
            .warning(
              .actionNoOwner, "action `\(action.name)` has no owner", at: action.nameSpan,
              fixIt: "add `owner \"NAME\"`: vague instructions to \"sell more\" produce nothing")))
      }
      if let cost = action.quantity("cost"), cost.magnitude.central <= 0 {
        findings.append(
          .fail(
            .actions,
            .error(
              .actionCostNotPositive,
              "action `\(action.name)` costs \(Formatting.describe(cost)): a cost is above zero",
              at: action.place("cost"),
              fixIt: "give what it will spend, even as an estimate: `cost $2k to $4k`")))
      } else if action["cost"] == nil {
        findings.append(
          .fail(
            .actions,
            .warning(
              .actionNoCost, "action `\(action.name)` has no cost", at: action.nameSpan,
              fixIt: "add `cost $…` so a budget can fund it, even when it is an estimate (`$2k to $4k`)")))
      }
      findings += checkPeriod(of: action)
    }
    failures = findings.count - failures
    if !index.actions.isEmpty, failures == 0 {
      findings.append(
        .pass(
          .actions, "every action serves a goal and has an owner and a cost (\(index.actions.count))"))
    }
    return findings
  }

  package func checkServes(_ action: PlanItem) -> [PlanFinding] {
    if action.serves.isEmpty {
      return [
        .fail(
          .actions,
          .warning(
            .actionServesNoGoal, "action `\(action.name)` serves no goal", at: action.nameSpan,
            fixIt: "name the goal it moves: `action \(action.name) => \(index.goals.first?.name ?? "GOAL")`"))
      ]
    }
    return action.serves.filter { index.goalsByName[$0.text] == nil }.map { goal in
      var fixIt = Suggestions.closest(to: goal.text, among: index.goalsByName.keys).map {
        "did you mean `\($0)`?"
      }
      if index.objectivesByName[goal.text] != nil {
        fixIt = "`\(goal.text)` is an objective: an action serves a goal that supports it"
      }
      return .fail(
        .actions,
        .error(
          .actionUnknownGoal,
          "action `\(action.name)` serves `\(goal.text)`, which is not a goal of this plan",
          at: goal.span, fixIt: fixIt ?? "declare the goal: `goal \(goal.text) \"…\" { … }`"))
    }
  }

  package func checkPeriod(of action: PlanItem) -> [PlanFinding] {
    guard let value = action["period"] else { return [] }
    guard case .time(let period) = value else {
      return [
        .fail(
          .actions,
          .error(
            .actionOutsidePlanPeriod,
            "action `\(action.name)`'s period is \(value.typeDescription), not months",
            at: action.place("period"), fixIt: "write months or quarters: `period 2027-Q1 .. 2027-Q2`"))
      ]
    }
    guard let plan = index.period, period.start < plan.start || period.end > plan.end else { return [] }
    return [
      .fail(
        .actions,
        .error(
          .actionOutsidePlanPeriod,
          "action `\(action.name)` runs \(period.description), outside the plan's period (\(plan.description))",
          at: action.place("period"), fixIt: "keep it inside the plan, or extend the plan's `period`"))
    ]
  }

  // MARK: - Reporting

  package func checkReporting() -> [PlanFinding] {
    var findings: [PlanFinding] = []
    for report in index.reports {
      for goal in report.words("measures") where index.goalsByName[goal] == nil {
        findings.append(
          .fail(
            .reporting,
            .error(
              .reportUnknownGoal,
              "report `\(report.name)` measures `\(goal)`, which is not a goal of this plan",
              at: report.place("measures"),
              fixIt: Suggestions.closest(to: goal, among: index.goalsByName.keys).map {
                "did you mean `\($0)`?"
              }
                ?? "name goals the plan declares")))
      }
      findings += checkCadence(of: report, field: "cadence")
      findings += checkCompleteness(of: report)
      if report.people("acts").isEmpty {
        findings.append(
          .fail(
            .reporting,
            .warning(
              .reportNobodyActs, "report `\(report.name)` has no one who acts on it", at: report.nameSpan,
              fixIt: "add `acts \"CMO\"`: who changes the activities when the numbers move")))
      } else {
        let cadence = Cadence(report["cadence"]).map { " \($0.name)" } ?? ""
        findings.append(
          .pass(
            .reporting,
            "report `\(report.name)`\(cadence) is acted on by \(report.people("acts").joined(separator: ", "))",
            at: report.nameSpan))
      }
    }
    for goal in index.goals { findings += checkCadence(of: goal, field: "measured") }
    guard !index.goals.isEmpty else { return findings }
    if index.reports.isEmpty {
      findings.append(
        .fail(
          .reporting,
          .warning(
            .goalNotReported, "no report measures the plan's goals", at: index.plan?.nameSpan ?? .unknown,
            fixIt:
              "add `report weekly { author \"Ana\"  readers \"CMO\"  acts \"CMO\" }`: how often, who writes, "
              + "who reads, who acts")))
    } else if !index.hasPlanWideReport {
      for goal in index.goals where !index.measuredGoals.contains(goal.name) {
        findings.append(
          .fail(
            .reporting,
            .warning(
              .goalNotReported, "no report measures goal `\(goal.name)`", at: goal.nameSpan,
              fixIt: "add it to a report's `measures`: `measures \(goal.name)`")))
      }
    }
    return findings
  }

  /// A report's `cadence`; `report weekly { … }` says it in its name.
  package static func cadence(of report: PlanItem) -> Cadence? {
    Cadence(report["cadence"]) ?? Cadence(word: report.name)
  }

  /// PLAN-R05: `cadence wekly` on a report, or `measured wekly` on a goal, is no cadence;
  /// without this check any word passed.
  package func checkCadence(of item: PlanItem, field: String) -> [PlanFinding] {
    guard let written = item[field], Cadence(written) == nil else { return [] }
    let text = Formatting.describe(written)
    let what = field == "measured" ? "is measured" : "comes out"
    return [
      .fail(
        .reporting,
        .warning(
          .unknownCadence, "\(item.kind.rawValue) `\(item.name)` \(what) `\(text)`, which is not a cadence",
          at: item.place(field), fixIt: Cadence.help(for: text)))
    ]
  }

  /// The strategic-marketing article's reporting questions: how often, who writes it, who reads it (who acts is
  /// PLAN-R02).
  package func checkCompleteness(of report: PlanItem) -> [PlanFinding] {
    var missing: [String] = []
    if report["cadence"] == nil, Self.cadence(of: report) == nil { missing.append("cadence") }
    if report.people("author").isEmpty { missing.append("author") }
    if report.people("readers").isEmpty { missing.append("readers") }
    guard !missing.isEmpty else { return [] }
    let list =
      missing.count == 1
      ? missing[0] : missing.dropLast().joined(separator: ", ") + " or " + missing[missing.count - 1]
    return [
      .fail(
        .reporting,
        .warning(
          .reportIncomplete, "report `\(report.name)` has no \(list)", at: report.nameSpan,
          fixIt: "say how often, who writes it and who reads it: `cadence weekly  author \"Ana\"  "
            + "readers \"CMO\"`"))
    ]
  }
}
