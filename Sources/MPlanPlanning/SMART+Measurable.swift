import MPlanLanguage
import MPlanSyntax

/// Measurable: a baseline and a target in the metric's own terms, moving the way the goal
/// says (`direction`), far enough apart to mean something.
extension SMARTRules {
  package enum Measurement {
    /// The fields a goal lacks: `baseline`, `target`, or both.
    case missing([String])
    case notAmount(String)
    case unitsDiffer(Quantity, Quantity)
    case metricDiffers(UnitDefinition, baseline: Quantity, target: Quantity)
    case amounts(baseline: Quantity, target: Quantity)
  }

  package func measurement(of goal: PlanItem) -> Measurement {
    let missing = ["baseline", "target"].filter { goal[$0] == nil }
    guard missing.isEmpty else { return .missing(missing) }
    guard case .quantity(let baseline) = goal["baseline"]! else { return .notAmount("baseline") }
    guard case .quantity(let target) = goal["target"]! else { return .notAmount("target") }
    guard baseline.unit == target.unit else { return .unitsDiffer(baseline, target) }
    if let metric = goal.word("metric"), let definition = index.environment.units.lookup(metric),
      definition.kind == .count, !Self.measures(definition.base, target)
    {
      return .metricDiffers(definition, baseline: baseline, target: target)
    }
    return .amounts(baseline: baseline, target: target)
  }

  /// Which way a goal's number should move: up unless it says `direction down` (costs, CAC,
  /// churn, a search rank).
  package enum Direction: String { case up, down }

  package func direction(of goal: PlanItem) -> Direction? {
    guard let word = goal.word("direction") else { return .up }
    return Direction(rawValue: word.lowercased())
  }

  /// A change no larger than this share of the baseline is noise, not a result: 100 → 101
  /// followers (1%), 10,000 → 10,002 (0.02%). The SMART article's own "sales +2%" passes.
  package static let smallestMeaningfulShare = 0.01
  /// …and a count that moves by one thing is flagged up to this share of its baseline, so a
  /// first customer (0 → 1) or a doubling (1 → 2) is real growth while 50 → 51 is chance.
  package static let smallestMeaningfulChange = 0.05

  package static func isMetByChance(from baseline: Double, to target: Double, counting: Bool) -> Bool {
    let change = abs(target - baseline)
    guard baseline > 0, change > 0 else { return false }
    if change / baseline <= smallestMeaningfulShare + 1e-12 { return true }
    return counting && change <= 1 && change / baseline < smallestMeaningfulChange
  }

  package func measurableFindings(for goal: PlanItem, measure: Measurement) -> [(Letter, PlanFinding)] {
    let goalName = Message.Argument.text(goal.name)
    func warning(_ message: Message, at place: SourceSpan, _ fixIt: Message) -> (Letter, PlanFinding) {
      (.measurable, .fail(.smart, .warning(.smartMeasurable, message, at: place, fixIt: .measurable(fixIt))))
    }
    var findings: [(Letter, PlanFinding)] = []
    if goal["direction"] != nil, direction(of: goal) == nil {
      let written = goal.word("direction") ?? Formatting.describe(goal["direction"]!)
      findings.append(
        warning(
          Message("smart-unknown-direction", ["goal": goalName, "written": .text(written)]),
          at: goal.place("direction"),
          Suggestions.closest(to: written, among: ["up", "down"]).map {
            Message("smart-unknown-direction-did-you-mean-fix", ["direction": .text($0)])
          } ?? Message("smart-unknown-direction-fix")))
    }
    switch measure {
    case .missing(let fields):
      findings.append(
        warning(
          fields.count == 2
            ? Message("smart-no-baseline-nor-target", ["goal": goalName])
            : Message("smart-no-field", ["goal": goalName, "field": .text(fields[0])]),
          at: goal.nameSpan, measurableFixIt(for: goal, missing: fields)))
    case .notAmount(let field):
      findings.append(
        warning(
          Message("smart-not-an-amount", ["goal": goalName, "field": .text(field)]), at: goal.place(field),
          Message(
            "smart-not-an-amount-fix", ["field": .text(field), "amount": .message(placeholder(for: goal))])))
    case .unitsDiffer(let baseline, let target):
      findings.append(
        warning(
          Message(
            "smart-units-differ",
            [
              "goal": goalName, "baseline": .message(Self.unitWords(baseline)),
              "target": .message(Self.unitWords(target)),
            ]
          ),
          at: goal.place("target"), unitsFixIt(baseline: baseline, target: target)))
    case .metricDiffers(let metric, let baseline, let target):
      let metricName = UnitTable.countName(metric.base, plural: true, declaredPlural: metric.plural)
      findings.append(
        warning(
          Message(
            "smart-metric-differs",
            ["goal": goalName, "metric": .text(metricName), "target": .message(Self.unitWords(target))]),
          at: goal.place("target"),
          metricFixIt(metric, metricName: metricName, baseline: baseline, target: target)))
    case .amounts(let baselineAmount, let targetAmount):
      findings += amountFindings(goal, baselineAmount, targetAmount).map { (.measurable, $0) }
      // A forecast is compared with the target outcome by outcome; in another unit (visits
      // for leads, a total for a monthly rate) it cannot be, and dropping it would hide that.
      if let forecast = goal.quantity("forecast"), forecast.unit != targetAmount.unit {
        let target = Message.Argument.message(Self.unitWords(targetAmount))
        findings.append(
          warning(
            Message(
              "smart-forecast-unit",
              ["goal": goalName, "forecast": .message(Self.unitWords(forecast)), "target": target]),
            at: goal.place("forecast"), Message("smart-forecast-unit-fix", ["target": target])))
      }
    }
    return findings
  }

  /// The findings of a goal whose baseline and target are amounts in one unit.
  private func amountFindings(_ goal: PlanItem, _ baselineAmount: Quantity, _ targetAmount: Quantity)
    -> [PlanFinding]
  {
    let goalName = Message.Argument.text(goal.name)
    let baseline = baselineAmount.magnitude.central
    let target = targetAmount.magnitude.central
    func say(_ value: Double) -> Message.Argument { .value(describe(value, like: baselineAmount)) }
    func warning(_ message: Message, _ fixIt: Message) -> PlanFinding {
      .fail(.smart, .warning(.smartMeasurable, message, at: goal.place("target"), fixIt: .measurable(fixIt)))
    }
    if target <= 0 {
      return [
        .fail(
          .smart,
          .error(
            .goalTargetNotPositive,
            Message("smart-target-not-positive", ["goal": goalName, "target": say(target)]),
            at: goal.place("target"),
            fixIt: Message("smart-target-not-positive-fix", ["target": .message(suggestedTarget(for: goal))]))
        )
      ]
    }
    if target == baseline {
      return [
        warning(
          Message("smart-target-is-baseline", ["goal": goalName, "target": say(target)]),
          Message("smart-target-is-baseline-fix", ["target": .message(suggestedTarget(for: goal))]))
      ]
    }
    let counting = isCount(baselineAmount.unit)
    if direction(of: goal) == .down, target > baseline {
      let lower =
        counting ? Funnel.roundDown(baseline * 0.75) : Self.largestTarget(baseline * 0.75, counting: false)
      return [
        warning(
          Message("smart-should-fall", ["goal": goalName, "baseline": say(baseline), "target": say(target)]),
          Message("smart-should-fall-fix", ["lower": say(lower)]))
      ]
    }
    if direction(of: goal) != .down, target < baseline {
      // "25 more clients next quarter" written as `target 25 customers`: the increase, not the total.
      let total = say(baseline + target)
      let fix =
        baselineAmount.display.isShare
        ? Message(
          "smart-increase-of-share-fix",
          [
            "target": say(target), "total": total, "points": .value(Formatting.number(target * 100)),
            "grown": say(baseline * (1 + target)),
          ])
        : Message("smart-increase-fix", ["target": say(target), "total": total])
      return [
        warning(
          Message(
            "smart-target-below-baseline",
            ["goal": goalName, "target": say(target), "baseline": say(baseline)]), fix)
      ]
    }
    if Self.isMetByChance(from: baseline, to: target, counting: counting) {
      let change = Formatting.percent(abs(target - baseline) / baseline)
      let grown = describe(
        counting ? Funnel.roundUp(baseline * 1.25) : Self.largestTarget(baseline * 1.25, counting: false),
        like: baselineAmount)
      let lead =
        counting && abs(target - baseline) <= 1
        ? Message(
          "smart-met-by-one",
          [
            "goal": goalName,
            "unit": .text(UnitTable.countName(baselineAmount.unit.simpleBase ?? "", plural: false)),
            "baseline": say(baseline), "target": say(target),
          ])
        : Message(
          "smart-moves-only",
          ["goal": goalName, "change": .value(change), "baseline": say(baseline), "target": say(target)])
      return [
        warning(
          lead,
          Message(
            "smart-met-by-chance-fix",
            [
              "target": .value(baselineAmount.display.isShare ? grown : "+25%"), "baseline": say(baseline),
              "grown": .value(grown),
            ]))
      ]
    }
    return []
  }

  package func isCount(_ unit: Unit) -> Bool {
    guard let base = unit.simpleBase else { return false }
    return index.environment.units.lookup(base)?.kind == .count
  }

  /// A number shown the way the goal wrote its baseline (`3%`, `125 followers`).
  package func describe(_ value: Double, like quantity: Quantity) -> String {
    Formatting.describe(value, quantity.unit, quantity.display)
  }

  /// "customers", "customers per month", "a percentage", "a plain number".
  package static func unitWords(_ quantity: Quantity) -> Message {
    if quantity.display.isShare && quantity.unit.isDimensionless { return Message("smart-unit-percentage") }
    // UnitTable.describe says a plain number in words ("a plain number"); the other units are names.
    guard quantity.unit.currency == nil, !quantity.unit.isDimensionless else {
      return .verbatim(UnitTable.describe(quantity.unit))
    }
    // "clients per month", not "client per month": the things counted, as a user says them.
    let text = Formatting.describe(2, quantity.unit, .plain)
    return .name(text.hasPrefix("2 ") ? String(text.dropFirst(2)) : UnitTable.describe(quantity.unit))
  }

  /// A goal's metric is measured as a count (`500 MQLs`), a rate (`3%` conversion, CTR,
  /// retention), or a run rate (`500 MQLs per month` in the SMART article, `45 clients a month`
  /// in the strategic marketing article).
  package static func measures(_ metric: String, _ target: Quantity) -> Bool {
    if target.display == .percent, target.unit.isDimensionless { return true }
    let counted = target.unit.factors.filter { $0.power > 0 }
    let perTime = target.unit.factors.filter { $0.power < 0 }
    return counted.count == 1 && counted[0].base == metric && counted[0].power == 1
      && perTime.allSatisfy { $0.base == UnitTable.timeBase && $0.power == -1 }
  }
}
