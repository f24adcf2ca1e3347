import MPlanSyntax

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The primitives Swift supplies, registered in one table by name (as Lua's `luaL_Reg`
/// arrays do); everything expressible in mplan itself lives in `stdlib/`.
public enum Natives {
  public static let table: [(name: String, arity: ClosedRange<Int>, function: NativeFunction)] = [
    ("abs", 1...1, unaryMath(Swift.abs)),
    ("ceil", 1...1, unaryMath { $0.rounded(.up) }),
    ("floor", 1...1, unaryMath { $0.rounded(.down) }),
    ("round", 1...2, round),
    ("sqrt", 1...1, plainMath(sqrt)),
    ("ln", 1...1, plainMath(log)),
    ("exp", 1...1, plainMath(exp)),
    ("min", 1...64, extreme { $0 < $1 }),
    ("max", 1...64, extreme { $0 > $1 }),
    ("sum", 1...1, sum),
    ("len", 1...1, length),
    ("percentile", 2...2, percentile),
    ("chance", 1...1, chance),
    ("per_one", 1...1, perOne),
  ]

  public static func install(into environment: inout Environment) {
    for entry in table {
      environment.bind(
        entry.name, .function(Function(name: entry.name, body: .native(arity: entry.arity, entry.function))),
        at: nil)
    }
  }

  package static func quantity(_ value: Value, _ call: NativeCall, _ index: Int) throws -> Quantity {
    guard case .quantity(let quantity) = value else {
      throw Diagnostic.error(
        .typeMismatch, Message("natives-expected-number", ["type": .message(value.typeMessage)]),
        at: call.argumentSpan(index))
    }
    return quantity
  }

  package static func unaryMath(_ operation: @escaping @Sendable (Double) -> Double) -> NativeFunction {
    { arguments, call in
      var value = try quantity(arguments[0], call, 0)
      value.magnitude = value.magnitude.map(operation)
      return .quantity(value)
    }
  }

  package static func plainMath(_ operation: @escaping @Sendable (Double) -> Double) -> NativeFunction {
    { arguments, call in
      let value = try quantity(arguments[0], call, 0)
      guard value.unit.isDimensionless else {
        throw Diagnostic.error(
          .unitMismatch, Message("natives-plain-number", ["unit": .message(UnitTable.described(value.unit))]),
          at: call.argumentSpan(0))
      }
      return .quantity(Quantity(magnitude: value.magnitude.map(operation), unit: .none))
    }
  }

  package static let round: NativeFunction = { arguments, call in
    var value = try quantity(arguments[0], call, 0)
    var digits = 0.0
    if arguments.count > 1 {
      let given = try quantity(arguments[1], call, 1)
      // A count of digits: whole, exact, plain, and within what a double holds.
      guard given.unit.isDimensionless, given.display == .plain, let whole = given.magnitude.exactValue,
        whole == whole.rounded(), (-15...15).contains(whole)
      else {
        throw Diagnostic.error(
          .invalidValue,
          Message("natives-round-digits", ["value": .value(Formatting.describe(arguments[1]))]),
          at: call.argumentSpan(1), fixIt: Message("natives-round-digits-fix"))
      }
      digits = whole
    }
    let scale = pow(10, digits)
    value.magnitude = value.magnitude.map { ($0 * scale).rounded() / scale }
    return .quantity(value)
  }

  package static func extreme(_ better: @escaping @Sendable (Double, Double) -> Bool) -> NativeFunction {
    { arguments, call in
      var values = arguments
      if arguments.count == 1, case .list(let elements) = arguments[0] { values = elements }
      guard !values.isEmpty else {
        throw Diagnostic.error(.invalidValue, Message("natives-no-values"), at: call.span)
      }
      var best = try quantity(values[0], call, 0)
      for (index, value) in values.enumerated().dropFirst() {
        let candidate = try quantity(value, call, arguments.count == 1 ? 0 : index)
        guard candidate.unit == best.unit else {
          throw Diagnostic.error(
            .unitMismatch,
            Message(
              "arithmetic-unit-mismatch",
              [
                "verb": .text("compare"), "left": .message(UnitTable.described(best.unit)),
                "right": .message(UnitTable.described(candidate.unit)),
              ]),
            at: call.argumentSpan(arguments.count == 1 ? 0 : index))
        }
        best.magnitude = Magnitude.combine(best.magnitude, candidate.magnitude) { better($1, $0) ? $1 : $0 }
      }
      return .quantity(best)
    }
  }

  package static let sum: NativeFunction = { arguments, call in
    guard case .list(let elements) = arguments[0] else {
      throw Diagnostic.error(.typeMismatch, Message("natives-sum-list"), at: call.argumentSpan(0))
    }
    guard var total = try elements.first.map({ try quantity($0, call, 0) }) else { return .number(0) }
    for element in elements.dropFirst() {
      let next = try quantity(element, call, 0)
      guard next.unit == total.unit else {
        throw Diagnostic.error(
          .unitMismatch,
          Message(
            "natives-list-mixes",
            [
              "first": .message(UnitTable.described(total.unit)),
              "second": .message(UnitTable.described(next.unit)),
            ]),
          at: call.argumentSpan(0))
      }
      total.magnitude = Magnitude.combine(total.magnitude, next.magnitude, +)
    }
    return .quantity(total)
  }

  package static let length: NativeFunction = { arguments, call in
    switch arguments[0] {
    case .list(let elements): return .number(Double(elements.count))
    case .text(let text): return .number(Double(text.count))
    default: throw Diagnostic.error(.typeMismatch, Message("natives-len-list"), at: call.argumentSpan(0))
    }
  }

  package static let percentile: NativeFunction = { arguments, call in
    let value = try quantity(arguments[0], call, 0)
    let p = try quantity(arguments[1], call, 1).magnitude.central
    guard (0...1).contains(p) else {
      throw Diagnostic.error(.invalidValue, Message("natives-percentile-range"), at: call.argumentSpan(1))
    }
    guard case .samples(let samples) = value.magnitude else { return .quantity(value) }
    return .quantity(Quantity(samples.percentile(p), unit: value.unit, display: value.display))
  }

  /// `chance(x)` of a plain condition; `chance(spend < $15k)` over samples is evaluated by the
  /// interpreter, which sees the comparison before it collapses to one answer.
  package static let chance: NativeFunction = { arguments, call in
    guard case .bool(let holds) = arguments[0] else {
      throw Diagnostic.error(.typeMismatch, Message("natives-chance-condition"), at: call.argumentSpan(0))
    }
    return .quantity(Quantity(holds ? 1 : 0, display: .percent))
  }

  /// `per_one($100 per month)` is `$100`, `per_one($1,200 per customer)` is `$1,200`: the amount
  /// for one month or one of the thing (a rate per year gives a month's worth, as time is kept
  /// in months). `kpi` uses it so `ltv` and `payback` take a rate or an amount alike.
  package static let perOne: NativeFunction = { arguments, call in
    var value = try quantity(arguments[0], call, 0)
    value.unit = Unit(factors: value.unit.factors.filter { $0.power > 0 })
    if value.unit.isDimensionless, case .time = value.display { value.display = .plain }
    if !value.unit.isTime, case .time = value.display { value.display = .plain }
    return .quantity(value)
  }
}
