import MPlanSyntax

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

extension Interpreter {
  public mutating func evaluate(_ expression: Expr, locals: [String: Value]? = nil) throws -> Value {
    // Every nested evaluation is a stack frame, whether it comes from nesting in the source
    // (up to 200 levels) or from calls (up to 200 deep): this bounds the two together.
    evaluationDepth += 1
    defer { evaluationDepth -= 1 }
    if evaluationDepth > Self.maximumEvaluationDepth {
      throw Diagnostic.error(
        .recursionTooDeep,
        Message("interpreter-nesting-too-deep", ["levels": .count(Self.maximumEvaluationDepth)]),
        at: expression.span, fixIt: Message("interpreter-nesting-too-deep-fix"))
    }
    stepsLeft -= 1
    if stepsLeft < 0 { throw stepBudgetSpent(at: expression.span) }
    evaluationsSinceMemoryCheck += 1
    if evaluationsSinceMemoryCheck >= memoryCheckInterval { try checkMemory(at: expression.span) }
    switch expression.kind {
    case .literal(let literal):
      return literalValue(literal)
    case .quantity(let number, let unitName):
      let value = try evaluate(number, locals: locals)
      return try Self.finite(
        Arithmetic.attach(unitName, to: value, units: environment.units, span: expression.span), expression)
    case .name(let name):
      if let value = locals?[name] { return value }
      if let value = environment[name] { return value }
      if poisoned.contains(name) { throw Poisoned() }
      // `low.spend` where scenario `low` failed: reported once, where it failed.
      if !poisoned.isEmpty, poisoned.contains(Self.poisonKey(scenario: name)) { throw Poisoned() }
      // A unit's name that no binding shadows is one of the unit (numbat): `$0.80/visit`
      // is `$0.80 per visit`.
      if environment.units.lookup(name) != nil {
        return try Arithmetic.unitQuantity(Name(name, expression.span), units: environment.units)
      }
      let candidates = Array(environment.bindings.keys) + Array(locals?.keys ?? [:].keys)
      throw Diagnostic.error(
        .unknownName, Message("checker-unknown-name", ["name": .text(name)]), at: expression.span,
        fixIt: Suggestions.closest(to: name, among: candidates).map(Message.didYouMean))
    case .unary(let op, let operand):
      let value = try evaluate(operand, locals: locals)
      return try Self.finite(Arithmetic.unary(op, value, span: expression.span), expression)
    case .binary(.and, let left, let right), .binary(.or, let left, let right):
      return try evaluateLogical(expression, left, right, locals: locals)
    case .binary(let op, let left, let right):
      let lhs = try evaluate(left, locals: locals)
      let rhs = try evaluate(right, locals: locals)
      let result = try Self.finite(
        Arithmetic(environment: environment).binary(op, lhs, rhs, left: left.span, right: right.span),
        expression)
      if op == .multiply { warnIfMoneyTimesCount(result, lhs, rhs, expression) }
      return result
    case .per(let value, let unitName):
      let base = try evaluate(value, locals: locals)
      let unit = try Arithmetic.unitQuantity(unitName, units: environment.units)
      return try Self.finite(
        Arithmetic(environment: environment).binary(
          .divide, base, unit, left: value.span, right: unitName.span),
        expression)
    case .convert(let value, let unitName):
      let base = try evaluate(value, locals: locals)
      return try Self.finite(
        Arithmetic(environment: environment).convert(base, to: unitName, span: value.span), expression)
    case .call(let callee, let arguments):
      if !environment.scenarios.isEmpty, let value = try valueUnderScenario(expression) { return value }
      return try evaluateCall(expression, callee, arguments, locals: locals)
    case .member(let base, let memberName):
      if !environment.scenarios.isEmpty, let value = try valueUnderScenario(expression) { return value }
      return try Self.finite(
        member(of: try evaluate(base, locals: locals), memberName, base: base), expression)
    case .stageRate(let base, let from, let to):
      if !environment.scenarios.isEmpty, let value = try valueUnderScenario(expression) { return value }
      return try stageRate(try evaluate(base, locals: locals), from, to, span: expression.span)
    case .list(let elements):
      return try Self.boundedNesting(.list(try elements.map { try evaluate($0, locals: locals) }), expression)
    case .record(let entries):
      var fields: [(name: String, value: Value)] = []
      fields.reserveCapacity(entries.count)
      // Many keys are hashed, not each compared with every earlier one (160,000 keys took
      // 23 s); a few are compared, which costs less than a set.
      var keys: Set<String>? = entries.count > 16 ? [] : nil
      for (key, value) in entries {
        let isNew =
          if keys != nil { keys!.insert(key.text).inserted } else { !fields.contains { $0.name == key.text } }
        guard isNew else {
          throw Diagnostic.error(
            .duplicateName, Message("interpreter-record-field-twice", ["field": .text(key.text)]),
            at: key.span)
        }
        fields.append((key.text, try evaluate(value, locals: locals)))
      }
      return try Self.boundedNesting(.record(Record(fields)), expression)
    case .conditional(let condition, let thenBranch, let elseBranch):
      let test = try evaluate(condition, locals: locals)
      guard case .bool(let holds) = test else {
        throw Diagnostic.error(
          .typeMismatch, Message("interpreter-if-condition", ["type": .message(test.typeMessage)]),
          at: condition.span)
      }
      return try evaluate(holds ? thenBranch : elseBranch, locals: locals)
    case .period(let start, let end):
      return try period(try evaluate(start, locals: locals), try evaluate(end, locals: locals), expression)
    case .uncertain(let low, let high):
      let highValue = try evaluate(high, locals: locals)
      let lowValue = try dividingByTheSuffix(
        of: high, highValue, try evaluate(low, locals: locals), locals: locals)
      // Drawing samples is the one large allocation: make sure it fits before making it.
      try checkMemory(at: expression.span, needing: 3 * bytesPerSampledValue)
      var stream = drawStream(for: expression)
      let drawn = try Self.finite(
        Sampling.interval(
          lowValue, highValue, low: low.span, high: high.span, count: options.sampleCount, random: &stream),
        expression)
      warnIfRangeReachesZero(lowValue, highValue, expression)
      return drawn
    }
  }

  /// Common random numbers: each `a to b`, and each call of a distribution (`normal(…)`),
  /// draws from a stream of its own, seeded by the run's seed, what the statement drawing
  /// defines (`DrawPlaces.swift`), the draw site as written and how often that site has drawn
  /// before in the statement. A scenario, table cell or goal-seek step that leaves an
  /// uncertain input alone sees the same samples for it even when it removes or adds other
  /// draws, so differences between scenarios carry no sampling noise. Keyed by names and
  /// text, not the file and offset, so a saved session, or the same script run from another
  /// folder or in another order, draws the same numbers.
  package mutating func drawStream(for range: Expr) -> SeededGenerator {
    var key = drawOwnerHash()  // FNV-1a: the same on every run and machine
    for byte in ExprPrinter.print(range).utf8 { key = (key ^ UInt64(byte)) &* 0x100_0000_01B3 }
    let occurrence = draws[key, default: 0]
    draws[key] = occurrence + 1
    hasDrawn = true
    return SeededGenerator(seed: options.seed ^ (key &+ UInt64(occurrence) &* 0x9E37_79B9_7F4A_7C15))
  }

  /// `$50k to $70k per year`, `$4 to $6 per 1,000 impressions`: the `per` written once after
  /// the high end covers the low end too, so the low end is divided by the same amount.
  package mutating func dividingByTheSuffix(
    of high: Expr, _ highValue: Value, _ low: Value, locals: [String: Value]?
  )
    throws -> Value
  {
    let divisor: Value
    switch high.kind {
    case .per(_, let unitName):
      divisor = try Arithmetic.unitQuantity(unitName, units: environment.units)
    case .binary(.divide, _, let right):
      guard case .quantity = right.kind else { return low }
      divisor = try evaluate(right, locals: locals)
    default:
      return low
    }
    guard case .quantity(let lowQuantity) = low, case .quantity(let highQuantity) = highValue,
      case .quantity(let divisorQuantity) = divisor, !lowQuantity.unit.isDimensionless,
      lowQuantity.unit != highQuantity.unit, lowQuantity.unit / divisorQuantity.unit == highQuantity.unit
    else { return low }
    return try Arithmetic(environment: environment).binary(
      .divide, low, divisor, left: high.span, right: high.span)
  }

  /// Infinity and "not a number" are no answer a planner can use: an overflow (`10 ^ 400`)
  /// or an undefined operation (`sqrt(-1)`) stops here, at the expression that made it.
  /// The value, unless it is (or a record or list of it holds) a quantity that is infinite or
  /// not a number: E0307, sampled or not, wherever it was made.
  package static func finite(_ value: Value, _ expression: Expr) throws -> Value {
    switch value {
    case .quantity(let quantity):
      guard !quantity.magnitude.isAllFinite else { return value }
      try Self.reportNotFinite(quantity, expression)
    case .record(let record):
      for field in record.fields { _ = try Self.finite(field.value, expression) }
    case .list(let elements):
      for element in elements { _ = try Self.finite(element, expression) }
    default:
      break
    }
    return value
  }

  private static func reportNotFinite(_ quantity: Quantity, _ expression: Expr) throws {
    let message =
      quantity.magnitude.contains(where: \.isNaN)
      ? Message("interpreter-not-a-number") : Message("interpreter-infinite")
    throw Diagnostic.error(
      .invalidValue, message, at: expression.span,
      notes: quantity.magnitude.exactValue == nil ? [Message("interpreter-not-finite-samples-note")] : [],
      fixIt: Message("interpreter-not-finite-fix"))
  }

  package func literalValue(_ literal: Literal) -> Value {
    switch literal {
    case .number(let value): .number(value)
    case .percent(let value): .quantity(Quantity(value, display: .percent))
    case .money(let value, let currency): .quantity(Quantity(value, unit: Unit(base: currency)))
    case .date(let day): .time(.day(day))
    case .month(let year, let month): .time(.month(year: year, month: month, in: environment.calendar))
    case .quarter(let year, let quarter):
      .time(.quarter(year: year, quarter: quarter, in: environment.calendar))
    case .week(let year, let week): .time(.week(year: year, week: week))
    case .string(let text): .text(text)
    case .bool(let flag): .bool(flag)
    }
  }

  package mutating func evaluateLogical(
    _ expression: Expr, _ left: Expr, _ right: Expr, locals: [String: Value]?
  )
    throws
    -> Value
  {
    guard case .binary(let op, _, _) = expression.kind else { return .bool(false) }
    func truth(_ value: Value, _ span: SourceSpan) throws -> Bool {
      guard case .bool(let flag) = value else {
        throw Diagnostic.error(
          .typeMismatch,
          Message(
            "interpreter-logic-operand",
            ["operator": .text(op.rawValue), "type": .message(value.typeMessage)]),
          at: span)
      }
      return flag
    }
    let lhs = try truth(try evaluate(left, locals: locals), left.span)
    if op == .and, !lhs { return .bool(false) }
    if op == .or, lhs { return .bool(true) }
    return .bool(try truth(try evaluate(right, locals: locals), right.span))
  }

  package mutating func period(_ start: Value, _ end: Value, _ expression: Expr) throws -> Value {
    guard case .time(let first) = start, case .time(let last) = end,
      case .period(let startExpr, let endExpr) = expression.kind
    else {
      let culprit =
        if case .time = start, case .period(_, let endExpr) = expression.kind { endExpr.span } else {
          expression.span
        }
      throw Diagnostic.error(
        .typeMismatch, Message("interpreter-period-ends"), at: culprit,
        fixIt: Message("interpreter-period-ends-fix"))
    }
    guard first.start <= last.end else {
      throw Diagnostic.error(
        .invalidValue, Message("interpreter-period-backwards"), at: startExpr.span.joined(endExpr.span),
        secondary: [
          .init(span: endExpr.span, message: Message("label-ends", ["end": .value(last.description)]))
        ])
    }
    return .time(.spanning(first, last))
  }

  package mutating func evaluateCall(
    _ expression: Expr, _ callee: Expr, _ arguments: [Expr], locals: [String: Value]?
  )
    throws -> Value
  {
    if case .name("chance") = callee.kind, locals?["chance"] == nil, arguments.count == 1,
      case .binary(let op, let left, let right) = arguments[0].kind, Arithmetic.isComparison(op)
    {
      return try chance(op, left, right, locals: locals)
    }
    let target = try evaluate(callee, locals: locals)
    guard case .function(let function) = target else {
      throw Diagnostic.error(
        .typeMismatch, Message("interpreter-not-a-function", ["type": .message(target.typeMessage)]),
        at: callee.span)
    }
    let values = try arguments.map { try evaluate($0, locals: locals) }
    switch function.body {
    case .user(let parameters, let body):
      guard parameters.count == values.count else {
        throw Diagnostic.error(
          .wrongArgumentCount,
          Message(
            "interpreter-argument-count",
            [
              "function": .text(function.name), "expected": .count(parameters.count),
              "given": .count(values.count),
            ]),
          at: expression.span,
          fixIt: Message(
            "interpreter-argument-count-fix",
            ["call": .text("\(function.name)(\(parameters.joined(separator: ", ")))")]))
      }
      try stopIfAsked(at: expression.span)
      callDepth += 1
      defer { callDepth -= 1 }
      if callDepth > Self.maximumCallDepth {
        throw Diagnostic.error(
          .recursionTooDeep,
          Message(
            "interpreter-recursion-too-deep",
            ["function": .text(function.name), "depth": .count(Self.maximumCallDepth)]),
          at: expression.span, fixIt: Message("interpreter-recursion-too-deep-fix"))
      }
      var scope: [String: Value] = [:]
      for (parameter, value) in zip(parameters, values) { scope[parameter] = value }
      do {
        return try evaluate(body, locals: scope)
      } catch var diagnostic as Diagnostic {
        // An error inside a function (one of the standard library's, say) also shows the call.
        if !diagnostic.secondary.contains(where: { $0.span == expression.span }),
          diagnostic.secondary.count < 4
        {
          diagnostic.secondary.append(
            .init(
              span: expression.span,
              message: Message("label-in-this-call", ["function": .text(function.name)])))
        }
        throw diagnostic
      }
    case .native(let arity, let implementation):
      guard arity.contains(values.count) else {
        let message =
          arity.count == 1
          ? Message(
            "interpreter-argument-count",
            [
              "function": .text(function.name), "expected": .count(arity.lowerBound),
              "given": .count(values.count),
            ])
          : Message(
            "interpreter-argument-count-range",
            [
              "function": .text(function.name), "least": .count(arity.lowerBound),
              "most": .count(arity.upperBound),
              "given": .count(values.count),
            ])
        throw Diagnostic.error(.wrongArgumentCount, message, at: expression.span)
      }
      let call = NativeCall(
        span: expression.span, argumentSpans: arguments.map(\.span), sampleCount: options.sampleCount)
      return try Self.finite(implementation(values, call), expression)
    case .drawing(let draw):
      let parameters = DistributionArguments(
        function: function.name, span: expression.span, values: values, expressions: arguments,
        sampleCount: options.sampleCount)
      // As for `a to b`: make sure the samples fit before drawing them.
      try checkMemory(at: expression.span, needing: 3 * bytesPerSampledValue)
      var stream = drawStream(for: expression)
      return try Self.finite(draw(parameters, &stream), expression)
    }
  }

  /// The value, unless it nests lists and records more than `Value.maximumNesting` deep.
  package static func boundedNesting(_ value: Value, _ expression: Expr) throws -> Value {
    try Self.boundedNesting(value, at: expression.span)
  }

  package static func boundedNesting(_ value: Value, at span: SourceSpan) throws -> Value {
    guard value.nestingDepth() > Value.maximumNesting else { return value }
    throw Diagnostic.error(
      .recursionTooDeep, Message("interpreter-value-too-deep", ["levels": .count(Value.maximumNesting)]),
      at: span, fixIt: Message("interpreter-value-too-deep-fix"))
  }

  /// `chance(spend < $15k)`: the share of samples for which the comparison holds.
  package mutating func chance(_ op: BinaryOperator, _ left: Expr, _ right: Expr, locals: [String: Value]?)
    throws
    -> Value
  {
    let lhs = try evaluate(left, locals: locals)
    let rhs = try evaluate(right, locals: locals)
    guard case .quantity(let a) = lhs, case .quantity(var b) = rhs else {
      return try Arithmetic(environment: environment).binary(op, lhs, rhs, left: left.span, right: right.span)
    }
    b = try Arithmetic(environment: environment).sameUnit(
      a, b, verb: "compare", left: left.span, right: right.span)
    var holds = 0.0
    var total = 0.0
    if case .exact = a.magnitude, case .exact = b.magnitude {
      total = 1
      holds = Arithmetic.compare(op, a.magnitude.central, b.magnitude.central) ? 1 : 0
    } else {
      let outcomes = Magnitude.combine(a.magnitude, b.magnitude) { Arithmetic.compare(op, $0, $1) ? 1 : 0 }
      if case .samples(let samples) = outcomes {
        total = Double(samples.values.count)
        holds = samples.values.reduce(0, +)
      }
    }
    return .quantity(Quantity(total == 0 ? 0 : holds / total, display: .percent))
  }

  /// A block's fields, its name and title, and what the host computes from it.
  public func memberNames(of block: EvaluatedBlock) -> [String] {
    options.host?.memberNames(of: block) ?? (["name", "title"] + block.fields.map(\.name))
  }
}

extension Interpreter {
  /// `need.visit * $0.80` gives `10,667.2 USD·visit`: money times a count is almost always a
  /// price written without `per` (issue 12). Warned once a place; the value is kept.
  package mutating func warnIfMoneyTimesCount(_ result: Value, _ lhs: Value, _ rhs: Value, _ expression: Expr)
  {
    guard case .quantity(let product) = result,
      product.unit.factors.count == 2, product.unit.factors.allSatisfy({ $0.power == 1 }),
      let money = product.unit.factors.first(where: \.isCurrency),
      let count = product.unit.factors.first(where: { !$0.isCurrency && $0.base != UnitTable.timeBase }),
      !diagnostics.contains(where: {
        $0.code == DiagnosticCode.moneyTimesCount.rawValue && $0.span == expression.span
      })
    else { return }
    let countName = UnitTable.displayBase(count.base)
    let price: String
    if case .quantity(let quantity) = lhs, quantity.unit.currency != nil {
      price = Formatting.describe(quantity)
    } else if case .quantity(let quantity) = rhs, quantity.unit.currency != nil {
      price = Formatting.describe(quantity)
    } else {
      price = "$1"
    }
    diagnostics.append(
      .warning(
        .moneyTimesCount,
        Message(
          "interpreter-money-times-count",
          [
            "counts": .text(
              UnitTable.countName(count.base, plural: true, declaredPlural: count.declaredPlural)),
            "unit": .text("\(money.base)·\(countName)"),
          ]),
        at: expression.span,
        fixIt: Message(
          "interpreter-money-times-count-fix",
          [
            "count": .text(countName), "price": .value(price),
            "counts": .text(
              UnitTable.countName(count.base, plural: true, declaredPlural: count.declaredPlural)),
          ]))
    )
  }
}
