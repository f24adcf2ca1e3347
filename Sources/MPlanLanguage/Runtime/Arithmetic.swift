import MPlanSyntax

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Operators over values, with units checked like types: adding dollars to visits is an
/// error that points at both sides; `$240k / ($24k per customer)` is `10 customers`.
package struct Arithmetic {
  /// Only what operators need: copying a whole `Environment` for every `+` retained every
  /// table it holds.
  package let rates: [String: (factor: Double, currency: String)]
  package let units: UnitTable
  package let calendar: CalendarSystem

  package init(environment: Environment) {
    self.rates = environment.rates
    self.units = environment.units
    self.calendar = environment.calendar
  }

  // MARK: - Units written in the source

  /// `10 customer`, `24k USD`, `6 months`, `50 %`.
  package static func attach(_ unitName: UnitName, to value: Value, units: UnitTable, span: SourceSpan) throws
    -> Value
  {
    guard case .quantity(var quantity) = value, quantity.unit.isDimensionless else {
      throw Diagnostic.error(.typeMismatch, Message("arithmetic-unit-after-non-number"), at: span)
    }
    let unit = try unitQuantity(unitName, units: units)
    guard case .quantity(let unitValue) = unit else { return value }
    quantity.magnitude = quantity.magnitude.map { $0 * (unitValue.magnitude.exactValue ?? 1) }
    quantity.unit = unitValue.unit
    quantity.display = unitValue.display
    return .quantity(quantity)
  }

  /// One of a unit, as a quantity: `visit` is 1 visit, `week` is 7/30.4375 months shown in weeks.
  package static func unitQuantity(_ unitName: UnitName, units: UnitTable) throws -> Value {
    guard let definition = units.lookup(unitName.text) else {
      throw unknownUnit(unitName, units: units)
    }
    switch definition.kind {
    case .percent: return .quantity(Quantity(0.01, display: definition.singular == "pp" ? .points : .percent))
    case .currency, .count: return .quantity(Quantity(1, unit: definition.unit))
    case .time:
      return .quantity(
        Quantity(
          definition.scale, unit: Unit(base: definition.base),
          display: .time(name: definition.singular, scale: definition.scale)))
    }
  }

  package static func unknownUnit(_ unitName: UnitName, units: UnitTable) -> Diagnostic {
    let name = unitName.text
    let upper = name.uppercased()
    let fixIt: Message
    if upper != name, units.isCurrency(upper) {
      fixIt = Message("units-currency-capitals-fix", ["code": .text(upper)])
    } else if UnitTable.looksLikeCurrencyCode(name) {
      fixIt = Message("units-not-iso-fix", ["unit": .text(name)])
    } else if let declared = units.declaredWithoutPlural(near: name) {
      fixIt = Message("units-no-plural-fix", ["singular": .text(declared.singular), "unit": .text(name)])
    } else if let suggestion = Suggestions.closest(to: name, among: units.allNames) {
      fixIt = .didYouMean(suggestion)
    } else {
      fixIt = Message("units-declare-fix", ["singular": .text(UnitTable.singularGuess(name))])
    }
    return Diagnostic.error(
      .unknownUnit, Message("units-unknown-unit", ["unit": .text(name)]), at: unitName.span, fixIt: fixIt)
  }

  // MARK: - Operators

  package static func unary(_ op: UnaryOperator, _ value: Value, span: SourceSpan) throws -> Value {
    switch (op, value) {
    case (.negate, .quantity(var quantity)):
      quantity.magnitude = quantity.magnitude.map { -$0 }
      return .quantity(quantity)
    case (.plus, .quantity):
      return value
    case (.not, .bool(let flag)):
      return .bool(!flag)
    case (.plus, _):
      throw Diagnostic.error(
        .typeMismatch, Message("arithmetic-plus-sign", ["type": .message(value.typeMessage)]), at: span)
    case (.negate, _):
      throw Diagnostic.error(
        .typeMismatch, Message("arithmetic-negate", ["type": .message(value.typeMessage)]), at: span)
    case (.not, _):
      throw Diagnostic.error(
        .typeMismatch, Message("arithmetic-not", ["type": .message(value.typeMessage)]), at: span)
    }
  }

  package func binary(_ op: BinaryOperator, _ lhs: Value, _ rhs: Value, left: SourceSpan, right: SourceSpan)
    throws
    -> Value
  {
    switch (lhs, rhs) {
    case (.quantity(let a), .quantity(let b)):
      return try quantities(op, a, b, left: left, right: right)
    case (.time(let period), .quantity(let duration)) where op == .add || op == .subtract:
      return try shift(period, by: duration, negate: op == .subtract, left: left, right: right)
    case (.quantity(let duration), .time(let period)) where op == .add:
      return try shift(period, by: duration, negate: false, left: right, right: left)
    case (.time(let a), .time(let b)):
      return try times(op, a, b, left: left, right: right)
    case (.text(let a), .text(let b)):
      switch op {
      case .add: return .text(a + b)
      case .equal: return .bool(a == b)
      case .notEqual: return .bool(a != b)
      case .less: return .bool(a < b)
      case .greater: return .bool(a > b)
      case .lessEqual: return .bool(a <= b)
      case .greaterEqual: return .bool(a >= b)
      default: break
      }
    case (.bool(let a), .bool(let b)) where op == .equal || op == .notEqual:
      return .bool((a == b) == (op == .equal))
    case (.symbol(let a), .symbol(let b)) where op == .equal || op == .notEqual:
      return .bool((a == b) == (op == .equal))
    default:
      break
    }
    throw Diagnostic.error(
      .typeMismatch,
      Message(
        "arithmetic-cannot-apply",
        [
          "operator": .text(op.rawValue), "left": .message(lhs.typeMessage),
          "right": .message(rhs.typeMessage),
        ]),
      at: left.joined(right),
      secondary: [
        .init(span: left, message: lhs.typeMessage), .init(span: right, message: rhs.typeMessage),
      ],
      fixIt: lhs.dataTable != nil || rhs.dataTable != nil ? Message("arithmetic-data-table-fix") : nil)
  }

  package func quantities(
    _ op: BinaryOperator, _ a: Quantity, _ b: Quantity, left: SourceSpan, right: SourceSpan
  )
    throws
    -> Value
  {
    switch op {
    case .add, .subtract:
      try checkPercentagePoints(op, a, b, left: left, right: right)
      let b = try sameUnit(a, b, verb: op == .add ? "add" : "subtract", left: left, right: right)
      let magnitude = Magnitude.combine(a.magnitude, b.magnitude, op == .add ? (+) : (-))
      var display =
        a.display == b.display
        ? a.display : (a.display == .plain && a.unit.isDimensionless ? b.display : a.display)
      // 3% - 1.5% is 1.5 percentage points (a relative change would be -50%); a percentage
      // moved by points is a percentage again (1.5% + 1.5 pp is 3%).
      if a.unit.isDimensionless, a.display.isShare, b.display.isShare {
        display = op == .subtract && a.display == .percent && b.display == .percent ? .points : .percent
        if a.display == .points, b.display == .points { display = .points }
      }
      return .quantity(Quantity(magnitude: magnitude, unit: a.unit, display: display))
    case .multiply:
      let unit = a.unit * b.unit
      return .quantity(
        Quantity(
          magnitude: Magnitude.combine(a.magnitude, b.magnitude, *), unit: unit,
          display: productDisplay(a, b, unit)))
    case .divide:
      if b.magnitude.contains(where: { $0 == 0 }) {
        throw Diagnostic.error(
          .divisionByZero, Message("arithmetic-division-by-zero"), at: right, label: Message.thisIs(b),
          secondary: [
            .init(span: left, message: Message("label-dividing", ["value": .value(Formatting.describe(a))]))
          ])
      }
      let unit = a.unit / b.unit
      var display = Quantity.Display.plain
      if unit.isDimensionless, a.display.isShare, b.unit.isDimensionless, !b.display.isShare {
        display = a.display
      }
      if unit.isTime, case .time = a.display, b.unit.isDimensionless { display = a.display }
      // `$60k per year` stays per year; so does `$60k per year / 2`.
      if unit.isPerTime, case .time = b.display, b.unit.isTime { display = b.display }
      if unit.isPerTime, a.unit.isPerTime, case .time = a.display { display = a.display }
      return .quantity(
        Quantity(magnitude: Magnitude.combine(a.magnitude, b.magnitude, /), unit: unit, display: display))
    case .power:
      guard b.unit.isDimensionless, let exponent = b.magnitude.exactValue else {
        throw Diagnostic.error(.unitMismatch, Message("arithmetic-exponent-plain"), at: right)
      }
      if !a.unit.isDimensionless, exponent != exponent.rounded() {
        throw Diagnostic.error(
          .unitMismatch, Message("arithmetic-whole-power", ["unit": .message(UnitTable.described(a.unit))]),
          at: right)
      }
      if !a.unit.isDimensionless, !(abs(exponent) <= 64) {
        throw Diagnostic.error(
          .invalidValue, Message("arithmetic-power-range"), at: right, label: Message.thisIs(b))
      }
      let unit = a.unit.isDimensionless ? Unit.none : a.unit.raised(to: Int(exponent))
      return .quantity(Quantity(magnitude: a.magnitude.map { pow($0, exponent) }, unit: unit))
    case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual:
      let b = try sameUnit(a, b, verb: "compare", left: left, right: right)
      guard let x = a.magnitude.exactValue, let y = b.magnitude.exactValue else {
        throw Diagnostic.error(
          .typeMismatch, Message("arithmetic-uncertain-comparison", ["operator": .text(op.rawValue)]),
          at: left.joined(right),
          fixIt: Message("arithmetic-uncertain-comparison-fix", ["operator": .text(op.rawValue)]))
      }
      return .bool(Self.compare(op, x, y))
    case .and, .or:
      throw Diagnostic.error(
        .typeMismatch, Message("arithmetic-logic-on-numbers", ["operator": .text(op.rawValue)]),
        at: left.joined(right))
    }
  }

  package static func isComparison(_ op: BinaryOperator) -> Bool {
    [.equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual].contains(op)
  }

  /// Equal within the last bits of binary arithmetic, so `0.1 + 0.2 == 0.3` holds.
  package static func compare(_ op: BinaryOperator, _ x: Double, _ y: Double) -> Bool {
    let close = abs(x - y) <= 1e-9 * max(1, abs(x), abs(y))
    switch op {
    case .equal: return close
    case .notEqual: return !close
    case .less: return x < y && !close
    case .lessEqual: return x < y || close
    case .greater: return x > y && !close
    case .greaterEqual: return x > y || close
    default: return false
    }
  }

  package func productDisplay(_ a: Quantity, _ b: Quantity, _ unit: Unit) -> Quantity.Display {
    if unit.isPerTime {
      if a.unit.isPerTime, case .time = a.display { return a.display }
      if b.unit.isPerTime, case .time = b.display { return b.display }
    }
    guard unit.isDimensionless else {
      if unit.isTime, case .time = a.display { return a.display }
      if unit.isTime, case .time = b.display { return b.display }
      return .plain
    }
    if a.display == .points || b.display == .points {
      return a.display.isShare && b.display.isShare ? .plain : .points
    }
    return a.display == .percent || b.display == .percent ? .percent : .plain
  }

  /// `10% + 5` is 510% and `1 + 10%` is 110%: a plain number added to a percentage is almost
  /// always a slip for percentage points or for a growth factor, so it is refused with both fixes.
  package func checkPercentagePoints(
    _ op: BinaryOperator, _ a: Quantity, _ b: Quantity, left: SourceSpan, right: SourceSpan
  ) throws {
    guard a.unit.isDimensionless, b.unit.isDimensionless, a.display.isShare != b.display.isShare
    else { return }
    let verb = op == .add ? "add" : "subtract"
    let number = a.display.isShare ? b : a
    let plain = Formatting.number(number.magnitude.central)
    let fixIt =
      a.display.isShare
      ? Message("arithmetic-percentage-points-fix", ["percent": .value("\(plain)%"), "verb": .text(verb)])
      : Message(
        "arithmetic-percentage-growth-fix", ["percent": .value(Formatting.percent(number.magnitude.central))])
    func kind(_ quantity: Quantity) -> Message {
      quantity.display.isShare ? Message("value-type-percentage") : Message("unit-plain-number")
    }
    throw Diagnostic.error(
      .percentageAndNumber, Message("arithmetic-percentage-and-number", ["verb": .text(verb)]),
      at: left.joined(right),
      secondary: [.init(span: left, message: kind(a)), .init(span: right, message: kind(b))],
      fixIt: fixIt)
  }

  /// Returns `b` in `a`'s unit, or throws a mismatch that points at both sides.
  package func sameUnit(_ a: Quantity, _ b: Quantity, verb: String, left: SourceSpan, right: SourceSpan)
    throws
    -> Quantity
  {
    if a.unit == b.unit { return b }
    func name(_ quantity: Quantity) -> Message {
      quantity.unit.isDimensionless && quantity.display.isShare
        ? Message("value-type-percentage") : UnitTable.described(quantity.unit)
    }
    let leftName = name(a)
    let rightName = name(b)
    if let from = b.unit.currency, let to = a.unit.currency {
      let fixIt =
        rateBetween(from, to) != nil
        ? Message("arithmetic-convert-fix", ["to": .text(to)])
        : Message("arithmetic-state-rate-fix", ["to": .text(to), "from": .text(from)])
      throw Diagnostic.error(
        .missingRate,
        Message("arithmetic-missing-rate", ["verb": .text(verb), "to": .text(to), "from": .text(from)]),
        at: left,
        label: leftName, secondary: [.init(span: right, message: rightName)], fixIt: fixIt)
    }
    // `inbound.visit->mql > 1%`: a funnel rate shows as 2% but is MQLs per visit.
    let rateAgainstPercent =
      (a.display == .percent && b.unit.isDimensionless && !a.unit.isDimensionless)
      || (b.display == .percent && a.unit.isDimensionless && !b.unit.isDimensionless)
    throw Diagnostic.error(
      .unitMismatch,
      Message(
        "arithmetic-unit-mismatch",
        ["verb": .text(verb), "left": .message(leftName), "right": .message(rightName)]),
      at: left, label: leftName, secondary: [.init(span: right, message: rightName)],
      fixIt: rateAgainstPercent
        ? Message("arithmetic-funnel-rate-fix")
        : Self.growthFixIt(verb: verb, a, b)
          ?? (a.unit.isDimensionless || b.unit.isDimensionless ? Message("arithmetic-give-units-fix") : nil))
  }

  /// `$1.8M + 15%` means "grow by 15%": multiply by `115%` (or `(100% + 15%)`).
  package static func growthFixIt(verb: String, _ a: Quantity, _ b: Quantity) -> Message? {
    guard !a.unit.isDimensionless, b.unit.isDimensionless, b.display.isShare else { return nil }
    let share = b.magnitude.central
    let factor = verb == "add" ? 1 + share : 1 - share
    let arguments: [String: Message.Argument] = [
      "value": .value(Formatting.describe(a)), "percent": .value(Formatting.percent(share)),
      "factor": .value(Formatting.percent(factor)),
    ]
    return verb == "add"
      ? Message("arithmetic-grow-fix", arguments) : Message("arithmetic-cut-fix", arguments)
  }

  /// The price of one `from` in `to`, through the stated rates (either direction, any number
  /// of steps: EUR → USD → GBP).
  package func rateBetween(_ from: String, _ to: String) -> Double? {
    var edges: [String: [(String, Double)]] = [:]
    // In a fixed order, so that a conversion never depends on a dictionary's hashing.
    for (currency, rate) in rates.sorted(by: { $0.key < $1.key }) {
      edges[currency, default: []].append((rate.currency, rate.factor))
      edges[rate.currency, default: []].append((currency, 1 / rate.factor))
    }
    var frontier = [(from, 1.0)]
    var seen: Set<String> = [from]
    while !frontier.isEmpty {
      let (currency, factor) = frontier.removeFirst()
      if currency == to { return factor }
      for (next, rate) in edges[currency] ?? [] where !seen.contains(next) {
        seen.insert(next)
        frontier.append((next, factor * rate))
      }
    }
    return nil
  }
}

extension Message {
  /// A label under a value: "this is 0 visits".
  package static func thisIs(_ quantity: Quantity) -> Message {
    Message("label-this-is", ["value": .value(Formatting.describe(quantity))])
  }
}
