import MPlanLanguage
import MPlanSyntax

/// How the SMART rules teach: fix-its built from the goal's own metric, numbers and words.
/// Where the goal does not say (how many, through which channel, who), the fix-it names what
/// to fill in (`target <how many> customers`) rather than inventing a number that would then
/// pass every letter.
extension SMARTRules {
  /// "a, b and c".
  package static func list(_ parts: [Message]) -> Message {
    guard parts.count >= 2 else { return parts[0] }
    return Message(
      "smart-both",
      ["first": .message(Message.list(Array(parts.dropLast()))!), "last": .message(parts.last!)])
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
  package func placeholder(for goal: PlanItem) -> Message {
    guard let (unit, display) = countedUnit(of: goal) else { return Message("smart-placeholder-anything") }
    if display.isShare { return Message("smart-placeholder-share") }
    return Self.placeholderLike(Quantity(2, unit: unit, display: display))
  }

  /// The Specific fix-it for the first part a goal leaves unsaid: metric, target, action.
  package func specificFixIt(for goal: PlanItem) -> Message {
    if goal["metric"] == nil {
      if let unit = countedUnit(of: goal)?.unit, isCount(unit), let base = unit.simpleBase {
        return Message("smart-add-metric", ["metric": .text(base)])
      }
      return Message("smart-add-metric-unknown")
    }
    if goal["target"] == nil {
      return Message("smart-add-target", ["target": .message(suggestedTarget(for: goal))])
    }
    if !(index.actionsByGoal[goal.name] ?? []).isEmpty {
      return Message("smart-target-differs", ["target": .message(suggestedTarget(for: goal))])
    }
    return Message("smart-add-action", ["template": .message(actionTemplate(for: goal))])
  }

  /// An action for a goal, with what only its author knows left to fill in.
  package func actionTemplate(for goal: PlanItem) -> Message {
    Message("smart-action-template", ["goal": .text(goal.name)])
  }

  /// A quarter more than the baseline (the SMART article's "+25%"), in the baseline's unit;
  /// whole things for counts. With no baseline, a placeholder: mplan cannot know.
  package func suggestedTarget(for goal: PlanItem) -> Message {
    guard case .quantity(let baseline) = goal["baseline"] ?? .bool(false), baseline.magnitude.central > 0,
      !baseline.unit.isDimensionless || baseline.display.isShare
    else {
      return placeholder(for: goal)
    }
    let quarterMore = baseline.magnitude.central * 1.25
    let value =
      isCount(baseline.unit) ? Funnel.roundUp(quarterMore) : Self.largestTarget(quarterMore, counting: false)
    return .amount(describe(value, like: baseline))
  }

  /// A title from the goal's own fields: "Customers from 10 to 20 through Paid search".
  package func suggestedTitle(for goal: PlanItem) -> Message {
    var what = Message("smart-placeholder-what")
    if let base = countedUnit(of: goal)?.unit.simpleBase ?? goal.word("metric") {
      let plural = UnitTable.countName(
        base, plural: true, declaredPlural: index.environment.units.lookup(base)?.plural)
      what = .name(plural.prefix(1).uppercased() + plural.dropFirst())
    }
    func amount(_ field: String) -> Message {
      guard case .quantity(let quantity) = goal[field] ?? .bool(false) else {
        return Message("smart-placeholder-how-many")
      }
      return .amount(
        quantity.display.isShare
          ? Formatting.describe(quantity) : Formatting.number(quantity.magnitude.central))
    }
    let channel = (index.actionsByGoal[goal.name] ?? []).lazy.compactMap { $0.people("channel").first }.first
    return Message(
      "smart-suggested-title",
      [
        "what": .message(what), "baseline": .message(amount("baseline")),
        "target": .message(amount("target")),
        "channel": .message(channel.map(Message.name) ?? Message("smart-placeholder-channel")),
      ])
  }

  /// The Measurable fix-it for a missing baseline or target, from the goal's own numbers.
  package func measurableFixIt(for goal: PlanItem, missing fields: [String]) -> Message {
    if fields.count == 2 {
      return Message("smart-add-baseline-and-target", ["amount": .message(placeholder(for: goal))])
    }
    if fields == ["target"] {
      return Message("smart-add-target-where-it-aims", ["target": .message(suggestedTarget(for: goal))])
    }
    // A target but no baseline: a percentage on a count is growth, which needs the baseline.
    if case .quantity(let target) = goal["target"] ?? .bool(false), target.display == .percent,
      let metric = goal.word("metric"), let definition = index.environment.units.lookup(metric),
      definition.kind == .count
    {
      let count = UnitTable.countName(definition.base, plural: true, declaredPlural: definition.plural)
      return Message(
        "smart-add-baseline-growth",
        ["unit": .text(count), "growth": .value(Formatting.percent(target.magnitude.central))])
    }
    return Message("smart-add-baseline", ["amount": .message(placeholder(for: goal))])
  }

  /// Baseline and target in different units: a percentage on a count, a run rate against a
  /// total, a plain number, or two things.
  package func unitsFixIt(baseline: Quantity, target: Quantity) -> Message {
    let central = (baseline.magnitude.central, target.magnitude.central)
    if target.display == .percent, target.unit.isDimensionless, !baseline.display.isShare {
      // `target 25%` on 100 followers: growth by a quarter, or a quarter of today.
      let grown = describe(central.0 * (1 + central.1), like: baseline)
      let share = describe(central.0 * central.1, like: baseline)
      let percent = Formatting.percent(central.1)
      return Message(
        "smart-percent-growth-or-share",
        ["percent": .value(percent), "grown": .value(grown), "share": .value(share)])
    }
    if target.unit.isDimensionless, !target.display.isShare {
      return Message("smart-target-in-baseline-unit", ["target": .value(describe(central.1, like: baseline))])
    }
    if baseline.unit.isDimensionless, !baseline.display.isShare {
      return Message("smart-baseline-in-target-unit", ["baseline": .value(describe(central.0, like: target))])
    }
    let counted = { (quantity: Quantity) in quantity.unit.factors.filter { $0.power > 0 }.map(\.base) }
    if counted(baseline) == counted(target) {
      // `30 customers per month` against `45 customers`: a run rate and a total.
      return Message(
        "smart-rates-or-totals",
        [
          "target": .value(describe(central.1, like: baseline)),
          "baseline": .message(Self.placeholderLike(target)),
        ])
    }
    return Message(
      "smart-one-unit",
      [
        "target": .message(Self.placeholderLike(baseline)),
        "baseline": .message(Self.placeholderLike(target)),
      ])
  }

  /// The target in other things than the metric counts: plain numbers get the metric's unit.
  package func metricFixIt(_ metric: UnitDefinition, metricName: String, baseline: Quantity, target: Quantity)
    -> Message
  {
    if target.unit.isDimensionless, !target.display.isShare {
      let unit = Unit(base: metric.base)
      return Message(
        "smart-write-in-metric",
        [
          "metric": .text(metricName),
          "baseline": .value(Formatting.describe(baseline.magnitude.central, unit, .plain)),
          "target": .value(Formatting.describe(target.magnitude.central, unit, .plain)),
        ])
    }
    let other = target.unit.factors.first { $0.power > 0 && isCount(Unit(base: $0.base)) }?.base
    let count = Message("smart-count-metric", ["metric": .text(metricName)])
    return other.map {
      Message("smart-count-metric-or-other", ["count": .message(count), "other": .text($0)])
    }
      ?? count
  }

  /// `<how many> visits`, `<how many> customers per month`: a placeholder in a quantity's unit.
  package static func placeholderLike(_ quantity: Quantity) -> Message {
    if quantity.display.isShare { return Message("smart-placeholder-share") }
    // "2 customers" → "<how many> customers"; "$2" → "$<how much>".
    let text = Formatting.describe(2, quantity.unit, quantity.display)
    guard let digit = text.firstIndex(of: "2") else {
      return Message("smart-placeholder-count", ["before": .text(""), "after": .text(" " + text)])
    }
    let parts: [String: Message.Argument] = [
      "before": .text(String(text[..<digit])), "after": .text(String(text[text.index(after: digit)...])),
    ]
    return quantity.unit.currency == nil
      ? Message("smart-placeholder-count", parts) : Message("smart-placeholder-amount", parts)
  }

  /// A run rate's `window`: whole months, weeks or days above zero over which its rate is
  /// measured, on a goal whose target is a rate; SMART-M otherwise.
  package static func windowProblem(of goal: PlanItem) -> Diagnostic? {
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
        ? Message(
          "smart-window-not-whole", ["goal": .text(goal.name), "window": .value(Formatting.describe(window))])
        : Message("smart-window-on-total", ["goal": .text(goal.name)]),
      at: goal.place("window"),
      fixIt: .measurable(
        isRate ? Message("smart-window-not-whole-fix") : Message("smart-window-on-total-fix")))
  }
}

extension Message {
  /// A value as mplan prints it, where a message stands (a suggested target).
  static func amount(_ value: String) -> Message { Message("smart-amount", ["amount": .value(value)]) }

  /// A fix-it that ends by naming the SMART letter it is for.
  static func specific(_ fix: Message) -> Message { Message("smart-fix-specific", ["fix": .message(fix)]) }
  static func measurable(_ fix: Message) -> Message {
    Message("smart-fix-measurable", ["fix": .message(fix)])
  }
  static func attainable(_ fix: Message) -> Message {
    Message("smart-fix-attainable", ["fix": .message(fix)])
  }
  static func relevant(_ fix: Message) -> Message { Message("smart-fix-relevant", ["fix": .message(fix)]) }
  static func timeBound(_ fix: Message) -> Message { Message("smart-fix-time-bound", ["fix": .message(fix)]) }
}
