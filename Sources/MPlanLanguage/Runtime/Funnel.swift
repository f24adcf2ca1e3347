import MPlanSyntax

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A funnel: stages (units such as `visit`, `mql`) and the conversion rate from each to the
/// next. `need` works backwards from a target, `yield` forwards from an input (the annual-goals article).
public struct Funnel: Sendable {
  public var name: String
  /// Stage units from the top of the funnel to the bottom.
  public var stages: [String]
  /// `rates[i]` converts `stages[i]` into `stages[i + 1]`.
  public var rates: [Magnitude]
  /// Where each rate is written, for checks that point at one stage.
  public var rateSpans: [SourceSpan] = []
  /// Plurals the plan gave its own stage units (`unit trial, trials`); none is invented.
  public var stagePlurals: [String: String] = [:]
  /// The stages as the funnel's statement writes them (`visit`, `MQLs`), so a replay can tell
  /// that it runs the same funnel again.
  package var writtenStages: [String] = []

  /// True when `stages` are the ones this funnel was made from.
  package func written(as stages: [FunnelStage]) -> Bool {
    guard writtenStages.count == stages.count + 1, rates.count == stages.count,
      rateSpans.count == stages.count, let first = stages.first, writtenStages[0] == first.from.text
    else { return false }
    for (index, stage) in stages.enumerated() where writtenStages[index + 1] != stage.to.text {
      return false
    }
    return true
  }

  /// One of a stage, read the way the plan declared it.
  public func unit(of stage: String) -> Unit {
    Unit(factor: Unit.Factor(base: stage, power: 1, declaredPlural: stagePlurals[stage]))
  }

  public func rate(from: String, to: String) -> Magnitude? {
    guard let index = stages.firstIndex(of: from), index + 1 < stages.count, stages[index + 1] == to else {
      return nil
    }
    return rates[index]
  }

  /// What each stage must hold for the last one to reach `target`. Counts are whole things,
  /// so each stage rounds up before the next is worked out (10 customers ÷ 20% = 50 SQLs ÷
  /// 25% = 200 MQLs ÷ 2% = 10,000 visits), as design §7 decides.
  ///
  /// Uncertain inputs stay unrounded: rounding every sample up would push the mean and the
  /// percentiles up by half a thing a stage, which is bias, not caution.
  public func need(_ target: Magnitude) -> [(stage: String, amount: Magnitude)] {
    let exact = !isUncertain(target)
    func round(_ value: Double) -> Double { exact ? Self.roundUp(value) : value }
    var amount = target.map(round)
    var result = [(stage: stages[stages.count - 1], amount: amount)]
    for index in stride(from: rates.count - 1, through: 0, by: -1) {
      amount = Magnitude.combine(amount, rates[index]) { round($0 / $1) }
      result.insert((stages[index], amount), at: 0)
    }
    return result
  }

  package func isUncertain(_ input: Magnitude) -> Bool {
    if case .samples = input { return true }
    return rates.contains { if case .samples = $0 { true } else { false } }
  }

  /// What each stage yields from `input` at the top. Partial things do not count, so each
  /// stage rounds down: a plan should not promise half a customer.
  public func yield(_ input: Magnitude) -> [(stage: String, amount: Magnitude)] {
    let exact = !isUncertain(input)
    func round(_ value: Double) -> Double { exact ? Self.roundDown(value) : value }
    var amount = input
    var result = [(stage: stages[0], amount: amount)]
    for index in rates.indices {
      amount = Magnitude.combine(amount, rates[index]) { round($0 * $1) }
      result.append((stages[index + 1], amount))
    }
    return result
  }

  /// Rounding that forgives the last bits of binary arithmetic: 10.000000000000002 is 10.
  package static func roundUp(_ value: Double) -> Double {
    let nearest = value.rounded()
    return abs(value - nearest) < 1e-9 * max(1, abs(value)) ? nearest : ceil(value)
  }

  package static func roundDown(_ value: Double) -> Double {
    let nearest = value.rounded()
    return abs(value - nearest) < 1e-9 * max(1, abs(value)) ? nearest : floor(value)
  }
}

/// `inbound.need(target)` and `inbound.yield(input)`, as functions bound to their funnel.
package enum FunnelMethods {
  package static let names = ["need", "yield", "stages"]

  package static func member(_ name: String, of funnel: Funnel) -> Value? {
    switch name {
    case "need", "yield":
      let forward = name == "yield"
      let method: NativeFunction = { arguments, call in
        try run(funnel, forward: forward, arguments[0], call)
      }
      return .function(Function(name: "\(funnel.name).\(name)", body: .native(arity: 1...1, method)))
    case "stages":
      return .list(funnel.stages.map { .text($0) })
    default:
      return nil
    }
  }

  package static func run(_ funnel: Funnel, forward: Bool, _ argument: Value, _ call: NativeCall) throws
    -> Value
  {
    let stage = forward ? funnel.stages[0] : funnel.stages[funnel.stages.count - 1]
    guard case .quantity(let amount) = argument,
      amount.unit.isDimensionless || amount.unit.simpleBase == stage
    else {
      throw Diagnostic.error(
        .unitMismatch,
        Message(
          "funnel-run-unit",
          [
            "call": .text("\(funnel.name).\(forward ? "yield" : "need")"),
            "counts": .text(UnitTable.countName(stage, plural: true)), "type": .message(argument.typeMessage),
          ]),
        at: call.argumentSpan(0),
        fixIt: forward ? Message("funnel-yield-fix") : Message("funnel-need-fix"))
    }
    let stages = forward ? funnel.yield(amount.magnitude) : funnel.need(amount.magnitude)
    return .record(
      Record(
        stages.map {
          ($0.stage, Value.quantity(Quantity(magnitude: $0.amount, unit: funnel.unit(of: $0.stage))))
        })
    )
  }
}

extension Funnel {
  /// The unit of the rate from stage `from` to stage `to`: MQLs per visit.
  public static func rateUnit(from: String, to: String) -> Unit { Unit(base: to) / Unit(base: from) }

  /// True when `unit` is `rateUnit(from:to:)`, told from its factors without building that
  /// unit: a table's cell or a goal seek's step checks a rate this way each time.
  package static func isRateUnit(_ unit: Unit, from: String, to: String) -> Bool {
    guard from != to, unit.factors.count == 2 else { return unit == rateUnit(from: from, to: to) }
    return unit.factors.allSatisfy { ($0.base == to && $0.power == 1) || ($0.base == from && $0.power == -1) }
  }

  /// A conversion rate as written where a funnel is declared or a scenario changes it: a
  /// percentage (`2%`) or the later stage per the earlier one (`0.02 mql per visit`), above
  /// 0% and at most 100%. A plain number is refused, since `2` would mean 200%.
  ///
  /// An uncertain rate (`60% to 95%`) is checked on its 90% interval; the few samples of its
  /// tail past 100% are taken as 100%, since no stage yields more than it is given.
  package static func conversionRate(_ value: Value, from: String, to: String, at span: SourceSpan) throws
    -> Magnitude
  {
    // Only for messages, so made only when one is: a table or a goal seek checks a funnel's
    // rates thousands of times. As a script writes it: `mql per visit`.
    var perFrom: String { "\(to) per \(from)" }
    guard case .quantity(let quantity) = value else {
      throw Diagnostic.error(
        .unitMismatch, Message("funnel-rate-not-percentage", ["type": .message(value.typeMessage)]), at: span,
        fixIt: Message("funnel-rate-write-fix", ["per": .text(perFrom)]))
    }
    let magnitude = quantity.magnitude
    let central = magnitude.central
    // A percentage, the usual case, needs no rate unit built to compare with.
    if !quantity.unit.isDimensionless, isRateUnit(quantity.unit, from: to, to: from) {
      throw Diagnostic.error(
        .unitMismatch,
        Message(
          "funnel-rate-wrong-way",
          [
            "from": .text(UnitTable.countName(from, plural: true)),
            "to": .text(UnitTable.countName(to, plural: false)),
          ]),
        at: span, label: Message("label-value", ["value": .value(Formatting.describe(quantity))]),
        fixIt: central > 0
          ? Message(
            "funnel-rate-did-you-mean-fix",
            [
              "rate": .value("\(Formatting.number(1 / central, maximumDecimals: 4)) \(perFrom)"),
              "percent": .value(Formatting.percent(1 / central)),
            ])
          : nil)
    }
    guard quantity.unit.isDimensionless || isRateUnit(quantity.unit, from: from, to: to) else {
      let fromName = UnitTable.countName(from, plural: false)
      let toName = UnitTable.countName(to, plural: true)
      throw Diagnostic.error(
        .unitMismatch,
        Message(
          "funnel-rate-unit",
          [
            "from": .text(UnitTable.countName(from, plural: true)), "to": .text(toName),
            "from-one": .text(fromName),
            "unit": .message(UnitTable.described(quantity.unit)),
          ]),
        at: span, fixIt: Message("funnel-rate-write-fix", ["per": .text(perFrom)]))
    }
    if quantity.unit.isDimensionless, quantity.display != .percent {
      throw Diagnostic.error(
        .unitMismatch, Message("funnel-rate-plain-number"), at: span,
        label: Message(
          "label-would-mean",
          ["number": .value(Formatting.describe(quantity)), "percent": .value(Formatting.percent(central))]),
        fixIt: .didYouMean("\(Formatting.number(central))%"))
    }
    return try share(magnitude, isRatio: !quantity.unit.isDimensionless, perFrom: perFrom, at: span)
  }

  /// The rate's amount: above 0% and at most 100%, with the tail of an uncertain one clipped.
  package static func share(
    _ magnitude: Magnitude, isRatio: Bool, perFrom: @autoclosure () -> String, at span: SourceSpan
  )
    throws
    -> Magnitude
  {
    // Most uncertain rates never pass 100%: then the largest sample is the bound, with no
    // percentile to sort for and no copy to clip.
    var largest = 0.0
    var upper = 0.0
    switch magnitude {
    case .exact(let value):
      upper = value
    case .samples(let samples):
      largest = samples.values.max() ?? 0
      upper = largest > 1 ? samples.percentiles([0.95])[0] : largest
    }
    if magnitude.contains(where: { !($0 > 0) }) || upper > 1 + 1e-9 {
      let asPercent = Formatting.describe(Quantity(magnitude: magnitude, unit: .none, display: .percent))
      let central = magnitude.central
      var fixIt = Message("funnel-rate-last-year-fix")
      if upper > 1 {
        fixIt =
          isRatio
          ? Message(
            "funnel-rate-did-you-mean-fix",
            [
              "rate": .value("\(Formatting.number(central / 100)) \(perFrom())"),
              "percent": .value("\(Formatting.number(central))%"),
            ])
          : Message("funnel-rate-over-100-fix")
      }
      throw Diagnostic.error(
        .invalidValue, Message("funnel-rate-range"), at: span,
        label: Message("label-this-is", ["value": .value(asPercent)]), fixIt: fixIt)
    }
    if case .samples = magnitude, largest <= 1 { return magnitude }
    return magnitude.map { min($0, 1) }
  }
}
