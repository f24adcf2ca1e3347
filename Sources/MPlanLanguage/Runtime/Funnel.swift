import MPlanSyntax

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A funnel: stages (units such as `visit`, `mql`) and the conversion rate from each to the
/// next. `need` works backwards from a target, `yield` forwards from an input (seed 001).
public struct Funnel: Sendable {
  public var name: String
  /// Stage units from the top of the funnel to the bottom.
  public var stages: [String]
  /// `rates[i]` converts `stages[i]` into `stages[i + 1]`.
  public var rates: [Magnitude]
  /// Where each rate is written, for checks that point at one stage.
  public var rateSpans: [SourceSpan] = []

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
    ([input] + rates).contains { if case .samples = $0 { true } else { false } }
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
        "`\(funnel.name).\(forward ? "yield" : "need")` takes \(UnitTable.countName(stage, plural: true)), not \(argument.typeDescription)",
        at: call.argumentSpan(0),
        fixIt: forward
          ? "give what enters the top of the funnel" : "give the target at the bottom of the funnel")
    }
    let stages = forward ? funnel.yield(amount.magnitude) : funnel.need(amount.magnitude)
    return .record(
      Record(
        stages.map { ($0.stage, Value.quantity(Quantity(magnitude: $0.amount, unit: Unit(base: $0.stage)))) })
    )
  }
}
