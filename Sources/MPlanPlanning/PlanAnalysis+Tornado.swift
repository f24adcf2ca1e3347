import MPlanLanguage
import MPlanSyntax

/// The tornado: which inputs move a result most when each, alone, goes from a low to a high
/// value: a share below and above its value (`by 10%`), the ends written after it (`cpc from
/// $1 per visit to $1.50 per visit`), or else the range its value is written as (`let cpc =
/// $1 to $1.50 per visit`). Sorted by swing, widest first, with a bar per input, so the
/// chart's shape gives it its name.
extension PlanAnalysis {
  /// The width of the widest bar, in characters.
  package static let tornadoBarWidth = 24

  /// One input as the tornado varies it.
  struct TornadoSide {
    enum Source { case share(Double), given, range }

    var input: WhatIfInput
    var low: Quantity
    var high: Quantity
    var source: Source
    /// Where an uncertain input is held while the others vary: its median.
    var held: Quantity?
  }

  package static func tornado(
    _ resultExpression: Expr, over targets: [TornadoInput], by spread: Expr?, at span: SourceSpan,
    in interpreter: inout Interpreter
  ) throws -> View {
    let share = try spread.map { try self.share($0, in: &interpreter) }
    var sides: [TornadoSide] = []
    for target in targets {
      sides.append(try side(of: target, share: share, in: &interpreter))
    }
    var held: [OverrideKey: Value] = [:]
    for side in sides { if let value = side.held { held[side.input.key] = .quantity(value) } }
    let replay = interpreter.replay(changing: Set(sides.map(\.input.key)))
    let base: Quantity
    if held.isEmpty {
      base = try number(of: resultExpression, in: &interpreter, statement: "tornado")
    } else {
      var (run, failure) = replay.run(with: held)
      if let failure { throw failure }
      base = try number(of: resultExpression, in: &run, statement: "tornado")
    }
    struct Bar {
      var side: TornadoSide
      var results: [Value?]
      var swing: Double
    }
    var bars: [Bar] = []
    for side in sides {
      let results = [side.low, side.high].map { trial -> Value? in
        var (run, failure) = replay.run(with: held.merging([side.input.key: .quantity(trial)]) { $1 })
        if failure != nil { return nil }
        return try? PlanAnalysis.number(of: resultExpression, in: &run, statement: "tornado")
          .magnitude.exactValue.map { .quantity(Quantity($0, unit: base.unit, display: base.display)) }
      }
      let numbers = results.compactMap { $0?.quantity?.magnitude.central }
      let swing = numbers.count == 2 ? abs(numbers[1] - numbers[0]) : 0
      bars.append(Bar(side: side, results: results, swing: swing))
    }
    bars.sort { $0.swing > $1.swing }
    let widest = bars.first?.swing ?? 0
    let resultName = ExprPrinter.print(resultExpression)
    var table = Table(
      [
        .init(Message.Heading.input), .init(Message("tornado-heading-low"), .right),
        .init(Message("tornado-heading-high"), .right),
        .init(Message("tornado-heading-result-at-low", ["result": .text(resultName)]), .right),
        .init(Message("tornado-heading-at-high"), .right), .init(Message("tornado-heading-swing"), .right),
        .init(""),
      ])
    for bar in bars {
      let length = widest > 0 ? Int((bar.swing / widest * Double(tornadoBarWidth)).rounded()) : 0
      let cells: [Table.Cell] = [
        .text(bar.side.input.name), .value(.quantity(bar.side.low)), .value(.quantity(bar.side.high)),
        bar.results[0].map { .value($0) } ?? .text("—"), bar.results[1].map { .value($0) } ?? .text("—"),
        bar.results.contains { $0 == nil }
          ? .text("—") : .value(.quantity(Quantity(bar.swing, unit: base.unit, display: base.display))),
        .text(String(repeating: "█", count: max(length, bar.swing > 0 ? 1 : 0))),
      ]
      table.add(cells)
    }
    return View([.said(headline(resultName, base: base, sides: sides)), .table(table)])
  }

  /// How far one input goes: its own `from A to B` or `by X%`, else the tornado's `by`, else
  /// the 90% interval of its uncertain value.
  ///
  /// The range of an uncertain value is its 90% interval, and it is held at its median while
  /// the others vary (the low, base and high of a decision analyst's tornado). `a to b` means
  /// a 90% interval (as in Squiggle), so for a `let` written `a to b` these are the ends as
  /// written and the distribution's exact median. A value worked out from ranges (`base_cpc *
  /// (1 to 1.2)`) has no ends written: its 5th, 50th and 95th percentiles are read from the
  /// samples, rounded to the three significant figures an estimate is shown with (`≈ $1.22
  /// (90%: $1 to $1.50)`), the precision the samples have.
  static func side(of target: TornadoInput, share: Double?, in interpreter: inout Interpreter) throws
    -> TornadoSide
  {
    let input = try WhatIfInput(target.target, statement: "tornado", in: &interpreter, acceptingRange: true)
    var held: Quantity?
    var central = input.current.magnitude.central
    var range: (low: Double, high: Double)?
    if case .samples(let samples) = input.current.magnitude {
      let bounds = samples.percentiles([0.05, 0.5, 0.95])
      if let written = try writtenRange(of: input, sampled: (bounds[0], bounds[2]), in: &interpreter) {
        (range, central) = ((written.lower, written.upper), written.median)
      } else {
        let rounded = Formatting.roundedLikeTheInterval(
          bounds, from: bounds[0], to: bounds[2], input.current.unit, input.current.display)
        (range, central) = ((rounded[0], rounded[2]), rounded[1])
      }
      held = input.value(central)
    }
    func around(_ share: Double) -> TornadoSide {
      TornadoSide(
        input: input, low: input.value(central * (1 - share)), high: input.value(central * (1 + share)),
        source: .share(share), held: held)
    }
    switch target.spread {
    case .range(let low, let high):
      return TornadoSide(
        input: input, low: try input.conforming(try interpreter.evaluate(low), at: low.span),
        high: try input.conforming(try interpreter.evaluate(high), at: high.span), source: .given, held: held)
    case .share(let expression):
      return around(try self.share(expression, in: &interpreter))
    case nil:
      if let share { return around(share) }
      guard let range else {
        let name = input.name
        let value = Formatting.describe(input.current)
        let low = Formatting.describe(input.value(central * 0.9))
        let high = Formatting.describe(input.value(central * 1.1))
        throw Diagnostic.error(
          .tornadoInputWithoutRange,
          Message("tornado-input-without-range", ["name": .text(name), "value": .value(value)]),
          at: target.target.span,
          fixIt: Message(
            "tornado-input-without-range-fix",
            ["name": .text(name), "low": .value(low), "high": .value(high)]))
      }
      return TornadoSide(
        input: input, low: input.value(range.low), high: input.value(range.high), source: .range, held: held)
    }
  }

  /// The ends of the `a to b` a `let` input is written as, and its median; nil for another
  /// input, or when its value is no longer that range (a scenario changed it): the sampled
  /// 90% interval must agree with the ends to within a twentieth of the range's width.
  static func writtenRange(
    of input: WhatIfInput, sampled: (low: Double, high: Double), in interpreter: inout Interpreter
  ) throws -> (lower: Double, median: Double, upper: Double)? {
    guard case .binding(let name) = input.key,
      let statement = interpreter.history.last(where: {
        if case .letBinding(let defined, _) = $0.kind { defined.text == name } else { false }
      }),
      case .letBinding(_, let value) = statement.kind, case .uncertain(let low, let high) = value.kind
    else { return nil }
    let highValue = try interpreter.evaluate(high)
    let lowValue = try interpreter.dividingByTheSuffix(
      of: high, highValue, try interpreter.evaluate(low), locals: nil)
    let ends = try Sampling.ends(lowValue, highValue, low: low.span, high: high.span)
    let tolerance = (ends.upper - ends.lower) / 20
    guard ends.like.unit == input.current.unit, abs(sampled.low - ends.lower) <= tolerance,
      abs(sampled.high - ends.upper) <= tolerance
    else { return nil }
    return (ends.lower, Sampling.median(lower: ends.lower, upper: ends.upper), ends.upper)
  }

  /// `spend = $15,000; each input 10% below and above its value`, or, with ranges, what each
  /// input's low and high are and where the uncertain ones are held.
  static func headline(_ resultName: String, base: Quantity, sides: [TornadoSide]) -> Message {
    let result: [String: Message.Argument] = [
      "result": .text(resultName), "base": .value(Formatting.describe(base)),
    ]
    let shares = sides.compactMap { side -> Double? in if case .share(let x) = side.source { x } else { nil }
    }
    let held = sides.filter { $0.held != nil }.map(\.input.name)
    let heldArguments: [String: Message.Argument] = [
      "held": .message(Message.codeList(held) ?? .verbatim("")), "count": .count(held.count),
    ]
    if shares.count == sides.count, let share = shares.first, shares.allSatisfy({ $0 == share }) {
      let arguments = result.merging(heldArguments) { $1 }.merging([
        "share": .value(Formatting.percent(share))
      ]) {
        $1
      }
      return held.isEmpty
        ? Message("tornado-headline-share", arguments) : Message("tornado-headline-share-held", arguments)
    }
    let line =
      held.isEmpty
      ? Message("tornado-headline", result)
      : Message("tornado-headline-held", result.merging(heldArguments) { $1 })
    var parts: [Message] = []
    let names = { (include: (TornadoSide) -> Bool) -> Message.Argument in
      .message(Message.codeList(sides.filter(include).map(\.input.name)) ?? .verbatim(""))
    }
    if sides.contains(where: { if case .range = $0.source { true } else { false } }) {
      parts.append(
        Message("tornado-part-range", ["names": names { if case .range = $0.source { true } else { false } }])
      )
    }
    if sides.contains(where: { if case .given = $0.source { true } else { false } }) {
      parts.append(
        Message("tornado-part-given", ["names": names { if case .given = $0.source { true } else { false } }])
      )
    }
    for share in Set(shares).sorted() {
      parts.append(
        Message(
          "tornado-part-share",
          [
            "share": .value(Formatting.percent(share)),
            "names": names { if case .share(share) = $0.source { true } else { false } },
          ]))
    }
    var joined = parts.first ?? .verbatim("")
    for part in parts.dropFirst() {
      joined = Message("tornado-parts-more", ["list": .message(joined), "next": .message(part)])
    }
    return Message("tornado-headline-ends", ["line": .message(line), "parts": .message(joined)])
  }

  /// `by 10%`: a share above 0% and below 100%, so every input keeps its sign.
  package static func share(_ spread: Expr, in interpreter: inout Interpreter) throws -> Double {
    let value = try interpreter.evaluate(spread)
    guard case .quantity(let quantity) = value, quantity.unit.isDimensionless, quantity.display == .percent,
      let share = quantity.magnitude.exactValue, share > 0, share < 1
    else {
      throw Diagnostic.error(
        .invalidSpread,
        Message("tornado-invalid-spread", ["value": .value(Formatting.describe(value))]),
        at: spread.span, fixIt: Message.write("by 10%"))
    }
    return share
  }
}
