import MPlanLanguage
import MPlanSyntax

/// How the SMART rules teach: fix-its built from the goal's own metric, numbers and words.
/// Where the goal does not say (how many, through which channel, who), the fix-it names what
/// to fill in (`target <how many> customers`) rather than inventing a number that would then
/// pass every letter.
extension SMARTRules {
  /// "a, b and c".
  package static func list(_ parts: [String]) -> String {
    parts.count < 2 ? parts.joined() : parts.dropLast().joined(separator: ", ") + " and " + parts.last!
  }

  /// The unit a goal counts in, from its metric, baseline or target; nil when it names none.
  package func countedUnit(of goal: PlanItem) -> (unit: Unit, display: Quantity.Display)? {
    for field in ["baseline", "target"] {
      if case .quantity(let amount) = goal[field] ?? .bool(false),
        !amount.unit.isDimensionless || amount.display.isShare
      {
        return (amount.unit, amount.display)
      }
    }
    if let metric = goal.word("metric"), let definition = index.environment.units.lookup(metric) {
      return (definition.unit, .plain)
    }
    return nil
  }

  /// `<how many> leads`, `<how much>%`, `$<how much>`: an amount to fill in, in the goal's unit.
  package func placeholder(for goal: PlanItem) -> String {
    guard let (unit, display) = countedUnit(of: goal) else { return "<how many> <what it counts>" }
    if display.isShare { return "<how much>%" }
    return Self.placeholderLike(Quantity(2, unit: unit, display: display))
  }

  /// The Specific fix-it for the first part a goal leaves unsaid: metric, target, action.
  package func specificFixIt(for goal: PlanItem) -> String {
    if goal["metric"] == nil {
      if let unit = countedUnit(of: goal)?.unit, isCount(unit), let base = unit.simpleBase {
        return "add `metric \(base)`"
      }
      return "add what it counts: `metric <what it counts>` (customer, mql, visit, conversion…)"
    }
    if goal["target"] == nil {
      return "add the target it moves to, such as `target \(suggestedTarget(for: goal))`"
    }
    if !(index.actionsByGoal[goal.name] ?? []).isEmpty {
      return "set a target that differs from the baseline, such as `target \(suggestedTarget(for: goal))`"
    }
    return "add the action that reaches it: \(actionTemplate(for: goal))"
  }

  /// An action for a goal, with what only its author knows left to fill in.
  package func actionTemplate(for goal: PlanItem) -> String {
    "`action <what you will do> => \(goal.name) { channel \"<which channel>\"  cost <how much>  owner \"<who>\" }`"
  }

  /// A quarter more than the baseline (the SMART article's "+25%"), in the baseline's unit;
  /// whole things for counts. With no baseline, a placeholder: mplan cannot know.
  package func suggestedTarget(for goal: PlanItem) -> String {
    guard case .quantity(let baseline) = goal["baseline"] ?? .bool(false), baseline.magnitude.central > 0,
      !baseline.unit.isDimensionless || baseline.display.isShare
    else {
      return placeholder(for: goal)
    }
    let quarterMore = baseline.magnitude.central * 1.25
    let value =
      isCount(baseline.unit) ? Funnel.roundUp(quarterMore) : Self.largestTarget(quarterMore, counting: false)
    return describe(value, like: baseline)
  }

  /// A title from the goal's own fields: "Customers from 10 to 20 through Paid search".
  package func suggestedTitle(for goal: PlanItem) -> String {
    var what = "<what>"
    if let base = countedUnit(of: goal)?.unit.simpleBase ?? goal.word("metric") {
      let plural = UnitTable.countName(
        base, plural: true, declaredPlural: index.environment.units.lookup(base)?.plural)
      what = plural.prefix(1).uppercased() + plural.dropFirst()
    }
    func amount(_ field: String) -> String {
      guard case .quantity(let quantity) = goal[field] ?? .bool(false) else { return "<how many>" }
      return quantity.display.isShare
        ? Formatting.describe(quantity) : Formatting.number(quantity.magnitude.central)
    }
    let channel = (index.actionsByGoal[goal.name] ?? []).lazy.compactMap { $0.people("channel").first }.first
    return "\(what) from \(amount("baseline")) to \(amount("target")) through \(channel ?? "<which channel>")"
  }

  /// The Measurable fix-it for a missing baseline or target, from the goal's own numbers.
  package func measurableFixIt(for goal: PlanItem, missing fields: [String]) -> String {
    if fields.count == 2 {
      return "add where it stands today and where it aims: `baseline \(placeholder(for: goal))` and "
        + "`target \(placeholder(for: goal))`"
    }
    if fields == ["target"] { return "add `target \(suggestedTarget(for: goal))`, where it aims" }
    // A target but no baseline: a percentage on a count is growth, which needs the baseline.
    if case .quantity(let target) = goal["target"] ?? .bool(false), target.display == .percent,
      let metric = goal.word("metric"), let definition = index.environment.units.lookup(metric),
      definition.kind == .count
    {
      let count = UnitTable.countName(definition.base, plural: true, declaredPlural: definition.plural)
      return "add where it stands today, `baseline <how many> \(count)`, and write the target as growth: "
        + "`target +\(Formatting.percent(target.magnitude.central))`"
    }
    return "add where it stands today: `baseline \(placeholder(for: goal))`"
  }

  /// Baseline and target in different units: a percentage on a count, a run rate against a
  /// total, a plain number, or two things.
  package func unitsFixIt(baseline: Quantity, target: Quantity) -> String {
    let central = (baseline.magnitude.central, target.magnitude.central)
    if target.display == .percent, target.unit.isDimensionless, !baseline.display.isShare {
      // `target 25%` on 100 followers: growth by a quarter, or a quarter of today.
      let grown = describe(central.0 * (1 + central.1), like: baseline)
      let share = describe(central.0 * central.1, like: baseline)
      let percent = Formatting.percent(central.1)
      return
        "if it grows by \(percent), write `target +\(percent)` (\(grown)); if it is to reach \(percent) of "
        + "today, `target \(share)`"
    }
    if target.unit.isDimensionless, !target.display.isShare {
      return "write the target in the baseline's unit: `target \(describe(central.1, like: baseline))`"
    }
    if baseline.unit.isDimensionless, !baseline.display.isShare {
      return "write the baseline in the target's unit: `baseline \(describe(central.0, like: target))`"
    }
    let counted = { (quantity: Quantity) in quantity.unit.factors.filter { $0.power > 0 }.map(\.base) }
    if counted(baseline) == counted(target) {
      // `30 customers per month` against `45 customers`: a run rate and a total.
      return "write both as run rates (`target \(describe(central.1, like: baseline))`) or both as totals "
        + "(`baseline \(Self.placeholderLike(target))`)"
    }
    return "give baseline and target in one unit: `target \(Self.placeholderLike(baseline))`, or "
      + "`baseline \(Self.placeholderLike(target))`"
  }

  /// The target in other things than the metric counts: plain numbers get the metric's unit.
  package func metricFixIt(_ metric: UnitDefinition, metricName: String, baseline: Quantity, target: Quantity)
    -> String
  {
    if target.unit.isDimensionless, !target.display.isShare {
      let unit = Unit(base: metric.base)
      return
        "write baseline and target in \(metricName): `baseline \(Formatting.describe(baseline.magnitude.central, unit, .plain))` "
        + "and `target \(Formatting.describe(target.magnitude.central, unit, .plain))`"
    }
    let other = target.unit.factors.first { $0.power > 0 && isCount(Unit(base: $0.base)) }?.base
    return
      "count the goal's \(metricName): `baseline <how many> \(metricName)` and `target <how many> \(metricName)`"
      + (other.map { ", or write `metric \($0)` if that is what it counts" } ?? "")
  }

  /// `<how many> visits`, `<how many> customers per month`: a placeholder in a quantity's unit.
  package static func placeholderLike(_ quantity: Quantity) -> String {
    if quantity.display.isShare { return "<how much>%" }
    // "2 customers" → "<how many> customers"; "$2" → "$<how much>".
    let text = Formatting.describe(2, quantity.unit, quantity.display)
    guard let digit = text.firstIndex(of: "2") else { return "<how many> " + text }
    let word = quantity.unit.currency == nil ? "<how many>" : "<how much>"
    return String(text[..<digit]) + word + String(text[text.index(after: digit)...])
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
