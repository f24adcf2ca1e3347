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

  package init(environment: Environment) {
    self.rates = environment.rates
    self.units = environment.units
  }

  // MARK: - Units written in the source

  /// `10 customer`, `24k USD`, `6 months`, `50 %`.
  package static func attach(_ unitName: UnitName, to value: Value, units: UnitTable, span: SourceSpan) throws
    -> Value
  {
    guard case .quantity(var quantity) = value, quantity.unit.isDimensionless else {
      throw Diagnostic.error(.typeMismatch, "a unit follows a plain number", at: span)
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
    let fixIt: String
    if upper != name, units.isCurrency(upper) {
      fixIt = "currency codes are written in capitals: did you mean `\(upper)`?"
    } else if UnitTable.looksLikeCurrencyCode(name) {
      fixIt =
        "`\(name)` is not an ISO 4217 currency code; if it is your own currency, state its rate first, "
        + "such as `rate \(name) = 1.08 USD`"
    } else if let declared = units.declaredWithoutPlural(near: name) {
      fixIt =
        "`\(declared.singular)` was declared without a plural: write `\(declared.singular)`, or declare "
        + "`unit \(declared.singular), \(name)`"
    } else if let suggestion = Suggestions.closest(to: name, among: units.allNames) {
      fixIt = "did you mean `\(suggestion)`?"
    } else {
      fixIt = "declare it first with `unit \(UnitTable.singularGuess(name))`"
    }
    return Diagnostic.error(.unknownUnit, "unknown unit `\(name)`", at: unitName.span, fixIt: fixIt)
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
        .typeMismatch, "a `+` sign needs a number, not \(value.typeDescription)", at: span)
    case (.negate, _):
      throw Diagnostic.error(.typeMismatch, "cannot negate \(value.typeDescription)", at: span)
    case (.not, _):
      throw Diagnostic.error(
        .typeMismatch, "`not` needs true or false, not \(value.typeDescription)", at: span)
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
      .typeMismatch, "cannot apply `\(op.rawValue)` to \(lhs.typeDescription) and \(rhs.typeDescription)",
      at: left.joined(right),
      secondary: [
        .init(span: left, message: lhs.typeDescription), .init(span: right, message: rhs.typeDescription),
      ],
      fixIt: lhs.dataTable != nil || rhs.dataTable != nil
        ? "a data table is read, not computed with: `print` it, `compare … on` it, `export` it, or work the result out at one input directly"
        : nil)
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
          .divisionByZero, "division by zero", at: right, label: "this is \(Formatting.describe(b))",
          secondary: [.init(span: left, message: "dividing \(Formatting.describe(a))")])
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
        throw Diagnostic.error(.unitMismatch, "an exponent is a plain number", at: right)
      }
      if !a.unit.isDimensionless, exponent != exponent.rounded() {
        throw Diagnostic.error(
          .unitMismatch, "\(UnitTable.describe(a.unit)) can only be raised to a whole power", at: right)
      }
      if !a.unit.isDimensionless, !(abs(exponent) <= 64) {
        throw Diagnostic.error(
          .invalidValue, "a unit can be raised to a power between -64 and 64", at: right,
          label: "this is \(Formatting.describe(b))")
      }
      let unit = a.unit.isDimensionless ? Unit.none : a.unit.raised(to: Int(exponent))
      return .quantity(Quantity(magnitude: a.magnitude.map { pow($0, exponent) }, unit: unit))
    case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual:
      let b = try sameUnit(a, b, verb: "compare", left: left, right: right)
      guard let x = a.magnitude.exactValue, let y = b.magnitude.exactValue else {
        throw Diagnostic.error(
          .typeMismatch, "an uncertain value has no single answer to `\(op.rawValue)`",
          at: left.joined(right),
          fixIt: "ask how likely it is: `chance(\(op.rawValue == "<" ? "x < y" : "x \(op.rawValue) y"))`")
      }
      return .bool(Self.compare(op, x, y))
    case .and, .or:
      throw Diagnostic.error(
        .typeMismatch, "`\(op.rawValue)` needs true or false, not numbers", at: left.joined(right))
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
      ? "write the number as a percentage (`\(plain)%`) to \(verb) percentage points, or multiply to scale"
      : "write the number as a percentage (`\(Formatting.percent(number.magnitude.central))`); to grow a value "
        + "by a percentage, multiply it by `(100% + …)`"
    throw Diagnostic.error(
      .percentageAndNumber, "cannot \(verb) a percentage and a plain number", at: left.joined(right),
      secondary: [
        .init(span: left, message: a.display.isShare ? "a percentage" : "a plain number"),
        .init(span: right, message: b.display.isShare ? "a percentage" : "a plain number"),
      ],
      fixIt: fixIt)
  }

  /// Returns `b` in `a`'s unit, or throws a mismatch that points at both sides.
  package func sameUnit(_ a: Quantity, _ b: Quantity, verb: String, left: SourceSpan, right: SourceSpan)
    throws
    -> Quantity
  {
    if a.unit == b.unit { return b }
    func name(_ quantity: Quantity) -> String {
      quantity.unit.isDimensionless && quantity.display.isShare
        ? "a percentage" : UnitTable.describe(quantity.unit)
    }
    let leftName = name(a)
    let rightName = name(b)
    if let from = b.unit.currency, let to = a.unit.currency {
      let fixIt =
        rateBetween(from, to) != nil
        ? "convert one side first: `… as \(to)`"
        : "state a rate first, such as `rate \(to) = 1.08 \(from)`, then convert with `as \(from)`"
      throw Diagnostic.error(
        .missingRate, "cannot \(verb) \(to) and \(from) without converting", at: left,
        label: leftName, secondary: [.init(span: right, message: rightName)], fixIt: fixIt)
    }
    // `inbound.visit->mql > 1%`: a funnel rate shows as 2% but is MQLs per visit.
    let rateAgainstPercent =
      (a.display == .percent && b.unit.isDimensionless && !a.unit.isDimensionless)
      || (b.display == .percent && a.unit.isDimensionless && !b.unit.isDimensionless)
    throw Diagnostic.error(
      .unitMismatch, "cannot \(verb) \(leftName) and \(rightName)", at: left, label: leftName,
      secondary: [.init(span: right, message: rightName)],
      fixIt: rateAgainstPercent
        ? "a funnel rate is one stage per the other; read it as a plain percentage with `(… as %)`"
        : Self.growthFixIt(verb: verb, a, b)
          ?? (a.unit.isDimensionless || b.unit.isDimensionless
            ? "give both sides a unit, such as `10 visit` or `$10`" : nil))
  }

  /// `$1.8M + 15%` means "grow by 15%": multiply by `115%` (or `(100% + 15%)`).
  package static func growthFixIt(verb: String, _ a: Quantity, _ b: Quantity) -> String? {
    guard !a.unit.isDimensionless, b.unit.isDimensionless, b.display.isShare else { return nil }
    let share = b.magnitude.central
    let factor = verb == "add" ? 1 + share : 1 - share
    let sign = verb == "add" ? "+" : "-"
    let percent = Formatting.percent(share)
    return "to \(verb == "add" ? "grow" : "cut") \(Formatting.describe(a)) by \(percent), multiply: "
      + "`* \(Formatting.percent(factor))` or `* (100% \(sign) \(percent))`"
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
