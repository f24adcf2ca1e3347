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
            .goalWithoutAction, Message("plan-goal-without-action", ["goal": .text(goal.name)]),
            at: goal.nameSpan,
            fixIt: Message(
              "plan-goal-without-action-fix", ["template": .message(smartRules.actionTemplate(for: goal))]))))
    }
    // The strategic marketing article: every goal, like every action, has someone who answers for it.
    for goal in index.goals where goal.people("owner").isEmpty {
      findings.append(
        .fail(
          .actions,
          .warning(
            .goalNoOwner, Message("plan-goal-no-owner", ["goal": .text(goal.name)]), at: goal.nameSpan,
            fixIt: Message("plan-goal-no-owner-fix"))))
    }
    if !index.goals.isEmpty, findings.isEmpty {
      findings.append(
        .pass(.actions, Message("plan-goals-owned-and-served", ["count": .count(index.goals.count)])))
    }
    var failures = findings.count
    for action in index.actions {
      findings += checkServes(action)
      if action.people("owner").isEmpty {
        findings.append(
          .fail(
            .actions,
            .warning(
              .actionNoOwner, Message("plan-action-no-owner", ["action": .text(action.name)]),
              at: action.nameSpan,
              fixIt: Message("plan-action-no-owner-fix"))))
      }
      if let cost = action.quantity("cost"), cost.magnitude.central <= 0 {
        findings.append(
          .fail(
            .actions,
            .error(
              .actionCostNotPositive,
              Message(
                "plan-action-cost-not-positive",
                ["action": .text(action.name), "cost": .value(Formatting.describe(cost))]),
              at: action.place("cost"), fixIt: Message("plan-action-cost-not-positive-fix"))))
      } else if action["cost"] == nil {
        findings.append(
          .fail(
            .actions,
            .warning(
              .actionNoCost, Message("plan-action-no-cost", ["action": .text(action.name)]),
              at: action.nameSpan,
              fixIt: Message("plan-action-no-cost-fix"))))
      }
      findings += checkPeriod(of: action)
    }
    failures = findings.count - failures
    if !index.actions.isEmpty, failures == 0 {
      findings.append(
        .pass(
          .actions, Message("plan-actions-complete", ["count": .count(index.actions.count)])))
    }
    return findings
  }

  package func checkServes(_ action: PlanItem) -> [PlanFinding] {
    if action.serves.isEmpty {
      return [
        .fail(
          .actions,
          .warning(
            .actionServesNoGoal, Message("plan-action-serves-no-goal", ["action": .text(action.name)]),
            at: action.nameSpan,
            fixIt: Message(
              "plan-action-serves-no-goal-fix",
              ["action": .text(action.name), "goal": .text(index.goals.first?.name ?? "GOAL")])))
      ]
    }
    return action.serves.filter { index.goalsByName[$0.text] == nil }.map { goal in
      var fixIt = Suggestions.closest(to: goal.text, among: index.goalsByName.keys).map(Message.didYouMean)
      if index.objectivesByName[goal.text] != nil {
        fixIt = Message("plan-action-serves-objective-fix", ["objective": .text(goal.text)])
      }
      return .fail(
        .actions,
        .error(
          .actionUnknownGoal,
          Message("plan-action-unknown-goal", ["action": .text(action.name), "goal": .text(goal.text)]),
          at: goal.span, fixIt: fixIt ?? Message("plan-action-unknown-goal-fix", ["goal": .text(goal.text)])))
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
            Message(
              "plan-action-period-not-months",
              ["action": .text(action.name), "type": .text(value.typeDescription)]),
            at: action.place("period"), fixIt: Message("plan-action-period-not-months-fix")))
      ]
    }
    guard let plan = index.period, period.start < plan.start || period.end > plan.end else { return [] }
    return [
      .fail(
        .actions,
        .error(
          .actionOutsidePlanPeriod,
          Message(
            "plan-action-outside-period",
            [
              "action": .text(action.name), "period": .value(index.text(of: period)),
              "plan": .value(index.text(of: plan)),
            ]),
          at: action.place("period"), fixIt: Message("plan-action-outside-period-fix")))
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
              Message("plan-report-unknown-goal", ["report": .text(report.name), "goal": .text(goal)]),
              at: report.place("measures"),
              fixIt: Suggestions.closest(to: goal, among: index.goalsByName.keys).map(Message.didYouMean)
                ?? Message("plan-report-unknown-goal-fix"))))
      }
      findings += checkCadence(of: report, field: "cadence")
      findings += checkCompleteness(of: report)
      if report.people("acts").isEmpty {
        findings.append(
          .fail(
            .reporting,
            .warning(
              .reportNobodyActs, Message("plan-report-nobody-acts", ["report": .text(report.name)]),
              at: report.nameSpan, fixIt: Message("plan-report-nobody-acts-fix"))))
      } else {
        let people = Message.list(report.people("acts").map(Message.name))!
        let message =
          Cadence(report["cadence"]).map {
            Message(
              "plan-report-acted-on-cadence",
              ["report": .text(report.name), "cadence": .message($0.said), "people": .message(people)])
          } ?? Message("plan-report-acted-on", ["report": .text(report.name), "people": .message(people)])
        findings.append(.pass(.reporting, message, at: report.nameSpan))
      }
    }
    for goal in index.goals { findings += checkCadence(of: goal, field: "measured") }
    guard !index.goals.isEmpty else { return findings }
    if index.reports.isEmpty {
      findings.append(
        .fail(
          .reporting,
          .warning(
            .goalNotReported, Message("plan-goals-not-reported"), at: index.plan?.nameSpan ?? .unknown,
            fixIt: Message("plan-goals-not-reported-fix"))))
    } else if !index.hasPlanWideReport {
      for goal in index.goals where !index.measuredGoals.contains(goal.name) {
        findings.append(
          .fail(
            .reporting,
            .warning(
              .goalNotReported, Message("plan-goal-not-reported", ["goal": .text(goal.name)]),
              at: goal.nameSpan,
              fixIt: Message("plan-goal-not-reported-fix", ["goal": .text(goal.name)]))))
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
    return [
      .fail(
        .reporting,
        .warning(
          .unknownCadence,
          Message(
            "plan-unknown-cadence",
            [
              "kind": .message(item.kind.noun), "item": .text(item.name), "field": .text(field),
              "cadence": .value(text),
            ]),
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
    let fields = missing.map(Message.name)
    let list =
      fields.count == 1
      ? fields[0]
      : Message(
        "plan-either-or",
        ["first": .message(Message.list(Array(fields.dropLast()))!), "last": .message(fields.last!)])
    return [
      .fail(
        .reporting,
        .warning(
          .reportIncomplete,
          Message("plan-report-incomplete", ["report": .text(report.name), "fields": .message(list)]),
          at: report.nameSpan, fixIt: Message("plan-report-incomplete-fix")))
    ]
  }
}
