import MPlanLanguage
import MPlanSyntax

/// Goals and budgets under uncertainty (docs/uncertainty.md): how likely a goal is met when
/// its target or its `forecast` is uncertain, and how likely a budget runs over when what its
/// actions commit is.
extension PlanIndex {
  /// Below this chance of being met a goal fails Attainable, unless the plan sets
  /// `min_chance`. 80% is Crystal Ball's customary "certainty" for a plan one commits to: a goal
  /// missed one time in five is a bet, not a plan.
  public static let defaultMinimumChance = 0.8

  /// The plan's `min_chance`, or the documented default when it is missing or refused
  /// (`PlanChecker.checkMinimumChance` says why).
  public var minimumChance: Double {
    plan?["min_chance"].flatMap(Self.chanceBound) ?? Self.defaultMinimumChance
  }

  /// A `min_chance` as written, when it is one: a percentage from 0% (any risk is taken) to
  /// 100%. A plain number is refused rather than read: `80` could mean 80% or 8,000%.
  package static func chanceBound(_ value: Value) -> Double? {
    guard case .quantity(let bound) = value, bound.unit.isDimensionless, bound.display == .percent,
      let share = bound.magnitude.exactValue, share >= 0, share <= 1
    else { return nil }
    return share
  }

  /// The share of outcomes in which the goal's `forecast` reaches its target (stays at or
  /// below it for `direction down`), sample by sample: both draw from the same streams, so an
  /// input they share moves them together. Nil unless the goal has a forecast in the target's
  /// unit and one of the two is uncertain.
  package func chanceMet(_ goal: PlanItem, target: Quantity, fallingIsBetter: Bool) -> Double? {
    guard let forecast = goal.quantity("forecast"), forecast.unit == target.unit else { return nil }
    if case .exact = forecast.magnitude, case .exact = target.magnitude { return nil }
    let met = Magnitude.combine(forecast.magnitude, target.magnitude) { reached, aimed in
      (fallingIsBetter ? reached <= aimed : reached >= aimed) ? 1 : 0
    }
    guard case .samples(let outcomes) = met, !outcomes.values.isEmpty else { return nil }
    return outcomes.mean
  }
}

extension BudgetLedger {
  /// The share of outcomes in which the actions commit more than the budget's total; nil when
  /// the budget has no total or what it commits is exact.
  package var chanceOverBudget: Double? {
    guard let total = total?.magnitude.exactValue, case .samples(let samples) = committed.magnitude else {
      return nil
    }
    return samples.values.reduce(0) { $0 + ($1 > total ? 1 : 0) } / Double(max(1, samples.values.count))
  }

  /// The reserve to hold on top of the expected commitment so that 90% of outcomes fit: the
  /// 90th percentile of what the actions commit less its mean; nil when that is exact.
  package var reserveForNinetyPercent: Quantity? {
    guard case .samples(let samples) = committed.magnitude else { return nil }
    let ninety = samples.percentile(0.9)
    return Quantity(max(0, ninety - samples.mean), unit: committed.unit)
  }
}

extension SMARTRules {
  /// Attainable by chance: a goal whose forecast meets its target in fewer outcomes than the
  /// plan's `min_chance` (80% unless set) is a bet, not a plan. The fix-it names the target
  /// that would be met that often (the forecast's percentile), when the target is exact.
  package func attainableChance(of goal: PlanItem, target: Quantity, into result: inout Attainability) {
    let falling = direction(of: goal) == .down
    if let forecast = goal.quantity("forecast"), forecast.unit == target.unit,
      case .exact(let reached) = forecast.magnitude, case .exact(let aimed) = target.magnitude
    {
      attainableExactly(of: goal, reached: reached, aimed: aimed, falling: falling, into: &result)
      return
    }
    guard let chance = index.chanceMet(goal, target: target, fallingIsBetter: falling) else { return }
    result.judged = true
    result.unjudged = nil
    let bound = index.minimumChance
    guard chance < bound - 1e-12 else { return }
    var fixIt = Message("smart-chance-low-fix")
    if case .exact = target.magnitude, let forecast = goal.quantity("forecast"),
      case .samples(let samples) = forecast.magnitude
    {
      let percentile = samples.percentile(falling ? bound : 1 - bound)
      let reachable = falling ? percentile : Self.largestTarget(percentile, counting: isCount(target.unit))
      let arguments: [String: Message.Argument] = [
        "aim": .value(Formatting.describe(Quantity(reachable, unit: target.unit, display: target.display))),
        "chance": .value(Formatting.percent(bound)), "fix": .message(fixIt),
      ]
      fixIt =
        falling
        ? Message("smart-chance-aim-at-least-fix", arguments)
        : Message("smart-chance-aim-at-most-fix", arguments)
    }
    result.findings.append(
      .fail(
        .smart,
        .warning(
          .smartAttainable,
          Message(
            "smart-chance-low",
            [
              "goal": .text(goal.name), "chance": .value(Formatting.percent(chance)),
              "bound": .value(Formatting.percent(bound)),
            ]),
          at: goal.place("forecast"), fixIt: .attainable(fixIt))))
  }

  /// An exact forecast against an exact target is met in all outcomes or in none: judged as
  /// any chance is, so a plan that forecasts 20 leads for a target of 100 is not a plan.
  private func attainableExactly(
    of goal: PlanItem, reached: Double, aimed: Double, falling: Bool, into result: inout Attainability
  ) {
    result.judged = true
    result.unjudged = nil
    // A relative slack, so a forecast worked out as 0.1 + 0.2 meets a target of 0.3.
    let slack = 1e-9 * max(abs(aimed), abs(reached))
    let met = falling ? reached <= aimed + slack : reached >= aimed - slack
    guard !met, index.minimumChance > 0, let forecast = goal.quantity("forecast"),
      let target = goal.quantity("target")
    else { return }
    let reachable = falling ? reached : Self.largestTarget(reached, counting: isCount(target.unit))
    result.findings.append(
      .fail(
        .smart,
        .warning(
          .smartAttainable,
          Message(
            "smart-forecast-misses",
            [
              "goal": .text(goal.name), "forecast": .value(Formatting.describe(forecast)),
              "target": .value(Formatting.describe(target)),
            ]),
          at: goal.place("forecast"),
          fixIt: .attainable(
            Message(
              "smart-forecast-misses-fix",
              [
                "aim": .value(
                  Formatting.describe(Quantity(reachable, unit: target.unit, display: target.display)))
              ])
          ))))
  }
}
