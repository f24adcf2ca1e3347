import MPlanLanguage
import MPlanSyntax

/// How the SMART rules teach (issue 12): every letter shown, met or not, and fix-its built from
/// the goal's own metric and numbers rather than a stock example.
extension SMARTRules {
  /// `S ✓ M ✗ A ✓ R ✓ T ✓`: every letter, met or not.
  package static func letters(failed: [Letter]) -> String {
    Letter.allCases.map { "\($0.rawValue) \(failed.contains($0) ? "✗" : "✓")" }.joined(separator: " ")
  }

  /// "a, b and c".
  package static func list(_ parts: [String]) -> String {
    parts.count < 2 ? parts.joined() : parts.dropLast().joined(separator: ", ") + " and " + parts.last!
  }

  /// The unit a goal counts in, from its metric, baseline or target; nil when it names none.
  package func countedUnit(of goal: PlanItem) -> (unit: Unit, display: Quantity.Display)? {
    for field in ["baseline", "target"] {
      if case .quantity(let amount) = goal[field] ?? .bool(false) { return (amount.unit, amount.display) }
    }
    if let metric = goal.word("metric"), let definition = index.environment.units.lookup(metric) {
      return (definition.unit, .plain)
    }
    return nil
  }

  /// `125 leads`, `3%`, `$1,200`: an example amount in the goal's own unit.
  package func example(_ value: Double, for goal: PlanItem) -> String {
    guard let (unit, display) = countedUnit(of: goal) else { return "\(Formatting.number(value)) customers" }
    return Formatting.describe(value, unit, display)
  }

  /// The Specific fix-it for the first part a goal leaves unsaid: metric, target, action.
  package func specificFixIt(for goal: PlanItem) -> String {
    if goal["metric"] == nil {
      let metric = countedUnit(of: goal)?.unit.simpleBase ?? "customer"
      return "add `metric \(metric)`"
    }
    if goal["target"] == nil {
      return "add the target it moves to, such as `target \(suggestedTarget(for: goal))`"
    }
    if !(index.actionsByGoal[goal.name] ?? []).isEmpty {
      return "set a target that differs from the baseline, such as `target \(suggestedTarget(for: goal))`"
    }
    return
      "add the action that reaches it: `action instagram_posts => \(goal.name) { channel \"Instagram\" … }`"
  }

  /// A quarter more than the baseline (seed 003's "+25%"), in the baseline's unit; whole
  /// things for counts.
  package func suggestedTarget(for goal: PlanItem) -> String {
    guard case .quantity(let baseline) = goal["baseline"] ?? .bool(false), baseline.magnitude.central > 0
    else {
      return example(125, for: goal)
    }
    let quarterMore = baseline.magnitude.central * 1.25
    let value =
      isCount(baseline.unit) ? Funnel.roundUp(quarterMore) : Self.largestTarget(quarterMore, counting: false)
    return describe(value, like: baseline)
  }

  /// The Measurable fix-it, from the goal's own metric and numbers.
  package func measurableFixIt(for goal: PlanItem, missing fields: [String]) -> String {
    if fields.count == 2 {
      return "add where it stands today and where it aims: `baseline \(example(100, for: goal))` and "
        + "`target \(example(125, for: goal))`"
    }
    if fields == ["target"] { return "add `target \(suggestedTarget(for: goal))`, where it aims" }
    // A target but no baseline: an example a fifth below the target.
    guard case .quantity(let target) = goal["target"] ?? .bool(false), target.magnitude.central > 0 else {
      return "add `baseline \(example(100, for: goal))`, where it stands today"
    }
    let below = target.magnitude.central / 1.25
    let value = isCount(target.unit) ? Funnel.roundDown(below) : Self.largestTarget(below, counting: false)
    return "add where it stands today, such as `baseline \(describe(value, like: target))`"
  }

  /// A goal's metric is measured as a count (`500 MQLs`), a rate (`3%` conversion, CTR,
  /// retention), or a run rate (`500 MQLs per month`, seed 003; `45 clients a month`, seed 004).
  package static func measures(_ metric: String, _ target: Quantity) -> Bool {
    if target.display == .percent, target.unit.isDimensionless { return true }
    let counted = target.unit.factors.filter { $0.power > 0 }
    let perTime = target.unit.factors.filter { $0.power < 0 }
    return counted.count == 1 && counted[0].base == metric && counted[0].power == 1
      && perTime.allSatisfy { $0.base == UnitTable.timeBase && $0.power == -1 }
  }

  /// A run rate's `window`: whole months, weeks or days above zero over which its rate is
  /// measured, on a goal whose target is a rate; SMART-M otherwise.
  package static func windowProblem(of goal: PlanItem, named name: String) -> Diagnostic? {
    guard let window = goal["window"] else { return nil }
    let isRate = goal.quantity("target")?.unit.isPerTime ?? false
    if isRate, case .quantity(let duration) = window, let length = duration.calendarDuration,
      length.isPositive, length.months == 0 || length.days == 0
    {
      return nil
    }
    return .warning(
      .smartMeasurable,
      isRate
        ? "\(name) has `window \(Formatting.describe(window))`: a rate is measured over whole months, weeks or days above zero"
        : "\(name) has a `window`, which measures a run rate, but its target is a total",
      at: goal.place("window"),
      fixIt: isRate
        ? "write `window 3 months`, `window 4 weeks` or `window 30 days` (SMART: Measurable)"
        : "give the target per a time (`target 500 leads per month`), or drop `window` (SMART: Measurable)")
  }
}
