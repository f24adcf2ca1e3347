import MPlanLanguage
import MPlanSyntax

/// One item of the checklist a seasoned marketing lead runs over a plan (domain.md §1–§6):
/// it passes or fails, with a reason and the line it is about.
public struct PlanFinding: Sendable {
  public enum Group: String, Sendable, CaseIterable {
    case alignment = "Alignment", smart = "SMART", funnel = "Funnel", budget = "Budget", actions = "Actions"
    case reporting = "Reporting", tracking = "Tracking"
  }

  public var group: Group
  public var passed: Bool
  /// What was checked, in the user's words, as data: "goal `someday` has a deadline".
  public var content: Message
  /// The message in English, for the readers that still take text.
  public var message: String { content.english }
  /// Where the item is; for a failed item, the diagnostic's span.
  public var span: SourceSpan
  /// For a failed item, the diagnostic with its code, span and fix-it.
  public var diagnostic: Diagnostic?

  public static func pass(_ group: Group, _ message: Message, at span: SourceSpan = .unknown) -> PlanFinding {
    PlanFinding(group: group, passed: true, content: message, span: span, diagnostic: nil)
  }

  public static func fail(_ group: Group, _ diagnostic: Diagnostic) -> PlanFinding {
    PlanFinding(
      group: group, passed: false, content: diagnostic.content, span: diagnostic.span, diagnostic: diagnostic)
  }

  public var isError: Bool { diagnostic?.severity == .error }
}

/// Runs every plan check over what a script declared. Each group of rules lives in its own
/// file (`PlanChecker+Goals.swift`, `+Budgets`, `+Actions`); all of them read one
/// `PlanIndex`, so the whole check is linear in the size of the plan.
public struct PlanChecker {
  package let index: PlanIndex
  /// Every budget's ledger, worked out once: goals, actions and `show` all read them.
  package let ledgers: [String: BudgetLedger]

  public init(environment: Environment) {
    let index = PlanIndex(environment: environment)
    self.index = index
    var ledgers: [String: BudgetLedger] = [:]
    for budget in index.budgets {
      ledgers[budget.name] = try? BudgetLedger(
        budget: budget, actions: index.actionsByBudget[budget.name] ?? [], environment: environment)
    }
    self.ledgers = ledgers
  }

  /// True when the script declared anything a plan check looks at. Actuals alone are a
  /// review of what happened, not a plan: they ask for no objectives or period.
  public var hasPlan: Bool { index.environment.planItems.contains { $0.kind != .actuals } }

  /// Every finding, passed and failed, in checklist order within each group.
  public func run() -> [PlanFinding] {
    guard hasPlan else { return [] }
    return checkAlignment() + checkGoals() + checkFunnels() + checkChannels() + checkBudgets()
      + checkActions()
      + checkReporting() + checkTracking()
  }

  /// `mplan check` of a file that declares nothing still says what a plan needs: objectives
  /// and a period (PLAN-A01, PLAN-A04), not "0 of 0 checks pass".
  public func runEvenWithoutPlan() -> [PlanFinding] {
    hasPlan ? run() : checkAlignment()
  }

  /// Only what failed, as diagnostics: what `mplan run` reports after a script.
  public func diagnostics() -> [Diagnostic] {
    run().compactMap(\.diagnostic)
  }

  package var smartRules: SMARTRules {
    SMARTRules(index: index, overCommittedBudgets: Set(ledgers.filter { $0.value.overrun != nil }.keys))
  }

  // MARK: - Alignment (the plan-gaps and annual-goals articles: the top 3–5 objectives)

  package func checkAlignment() -> [PlanFinding] {
    var findings: [PlanFinding] = []
    let objectives = index.objectives
    // A finding about the whole plan points at the plan block, or at nothing: never at the
    // first goal, which is not what it is about.
    let anchor = index.plan?.nameSpan ?? .unknown
    if objectives.isEmpty {
      findings.append(
        .fail(
          .alignment,
          .warning(
            .planNoObjectives, Message("plan-no-objectives"), at: anchor,
            fixIt: Message("plan-no-objectives-fix"))))
    } else if objectives.count > 5 {
      findings.append(
        .fail(
          .alignment,
          .warning(
            .planTooManyObjectives, Message("plan-too-many-objectives", ["count": .count(objectives.count)]),
            at: objectives[5].nameSpan, fixIt: Message("plan-too-many-objectives-fix"))))
    } else {
      findings.append(
        .pass(
          .alignment, Message("plan-objectives-focused", ["count": .count(objectives.count)]),
          at: objectives[0].nameSpan))
    }
    // The annual-goals article: goals are derived from the objectives; one that no goal serves is a wish.
    // With more than five, PLAN-A02 already asks to fold them together.
    if !index.goals.isEmpty, objectives.count <= 5 {
      let served = Set(index.goals.flatMap { $0.words("supports") })
      for objective in objectives where !served.contains(objective.name) {
        findings.append(
          .fail(
            .alignment,
            .warning(
              .objectiveUnserved, Message("plan-objective-unserved", ["objective": .text(objective.name)]),
              at: objective.nameSpan,
              fixIt: Message("plan-objective-unserved-fix", ["objective": .text(objective.name)]))))
      }
    }
    if index.period == nil {
      findings.append(
        .fail(
          .alignment,
          .warning(
            .planNoPeriod,
            index.plan == nil ? Message("plan-no-plan-block") : Message("plan-no-period"),
            at: anchor, fixIt: Message("plan-no-period-fix"))))
    } else {
      findings.append(
        .pass(
          .alignment, Message("plan-period", ["period": .value(index.text(of: index.period!))]), at: anchor))
    }
    return findings + checkLanguage() + checkMinimumChance()
  }

  /// `language fa`: a language mplan has messages in. Any other is said in English, which
  /// the plan's author did not ask for, so it is flagged rather than passed over.
  package func checkLanguage() -> [PlanFinding] {
    guard let plan = index.plan, let word = plan.word("language"), !Catalogue.languages.contains(word) else {
      return []
    }
    let languages = Catalogue.languages.joined(separator: ", ")
    let guess = Catalogue.languages.contains(word.lowercased()) ? word.lowercased() : nil
    return [
      .fail(
        .alignment,
        .warning(
          .planUnknownLanguage,
          Message("plan-unknown-language", ["language": .text(word), "languages": .text(languages)]),
          at: plan.place("language"),
          fixIt: guess.map { Message("plan-unknown-language-guess-fix", ["language": .text($0)]) }
            ?? Message("plan-unknown-language-fix", ["languages": .text(languages)]))
      )
    ]
  }

  /// `min_chance` that is no percentage from 0% to 100% (`150%`, `"high"`, a plain `80`):
  /// read as the default it would judge every goal against a bound nobody wrote.
  package func checkMinimumChance() -> [PlanFinding] {
    guard let plan = index.plan, let value = plan["min_chance"], PlanIndex.chanceBound(value) == nil else {
      return []
    }
    var fixIt = Message("plan-min-chance-fix")
    if case .quantity(let written) = value, written.unit.isDimensionless, written.display == .plain,
      let number = written.magnitude.exactValue, number > 1, number <= 100
    {
      let percent = Quantity(number / 100, display: .percent)
      fixIt = Message("plan-min-chance-percent-fix", ["percent": .value(Formatting.describe(percent))])
    }
    return [
      .fail(
        .alignment,
        .error(
          .invalidValue, Message("plan-min-chance-range", ["written": .value(Formatting.describe(value))]),
          at: plan.place("min_chance"), fixIt: fixIt))
    ]
  }

  // MARK: - Goals: SMART, and each goal served by an action

  package func checkGoals() -> [PlanFinding] {
    let rules = smartRules
    var findings: [PlanFinding] = []
    for goal in index.goals { findings += rules.check(goal).findings }
    return findings
  }

  // MARK: - Funnel (work the funnel backwards from revenue)

  package func checkFunnels() -> [PlanFinding] {
    let rules = smartRules
    var findings: [PlanFinding] = []
    for goal in index.goals {
      guard let name = goal.word("funnel") else { continue }
      guard let funnel = index.environment[name]?.funnel else {
        let funnels = index.environment.bindings.compactMap { entry -> String? in
          if case .funnel = entry.value.value { return entry.key }
          return nil
        }
        findings.append(
          .fail(
            .funnel,
            .error(
              .unknownFunnel,
              Message("plan-unknown-funnel", ["goal": .text(goal.name), "funnel": .text(name)]),
              at: goal.place("funnel"),
              fixIt: Suggestions.closest(to: name, among: funnels).map { .didYouMean($0) }
                ?? Message("plan-unknown-funnel-fix", ["funnel": .text(name)]))))
        continue
      }
      let bottom = funnel.stages[funnel.stages.count - 1]
      guard let target = goal.quantity("target"), target.unit.simpleBase == bottom
      else {
        findings.append(
          .fail(
            .funnel,
            .error(
              .funnelWrongStage,
              Message(
                "plan-funnel-wrong-stage",
                [
                  "goal": .text(goal.name), "stage": .text(UnitTable.countName(bottom, plural: true)),
                  "funnel": .text(name),
                ]),
              at: goal.place("funnel"),
              fixIt: Message(
                "plan-funnel-wrong-stage-fix", ["stage": .text(UnitTable.countName(bottom, plural: true))])
            )))
        continue
      }
      let need = funnel.need(target.magnitude)
      let top = need[0]
      let topAmount = Formatting.describe(Quantity(magnitude: top.amount, unit: Unit(base: top.stage)))
      var perMonth: String?
      if let deadline = index.deadline(of: goal), let start = index.baselineDate(of: goal), deadline >= start
      {
        let months = max(1, SMARTRules.months(of: goal, from: start, to: deadline, in: index.calendar))
        if months > 1 {
          perMonth = Formatting.number(Funnel.roundUp(top.amount.central / months), maximumDecimals: 0)
        }
      }
      // A starved funnel is an Attainable finding of the goal's (SMART group), not a pass here.
      if rules.funnelShortfalls(of: goal, need: need).isEmpty {
        let arguments: [String: Message.Argument] = [
          "goal": .text(goal.name), "need": .value(topAmount), "funnel": .text(name),
        ]
        let message =
          perMonth.map {
            Message("plan-funnel-needs-monthly", arguments.merging(["perMonth": .value($0)]) { $1 })
          }
          ?? Message("plan-funnel-needs", arguments)
        findings.append(.pass(.funnel, message, at: goal.place("funnel")))
      }
    }
    return findings
  }
}

extension Message {
  /// A fix-it that names the closest existing name to one that does not exist.
  static func didYouMean(_ name: String) -> Message { Message("plan-did-you-mean", ["name": .text(name)]) }

  /// A name or a field said as written, as an item of a list.
  static func name(_ name: String) -> Message { Message("plan-name", ["name": .text(name)]) }
}
