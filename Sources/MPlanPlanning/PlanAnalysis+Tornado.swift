import MPlanLanguage
import MPlanSyntax

/// The tornado: which inputs move a result most when each, alone, goes a share below and
/// above its value. Sorted by swing, widest first, with a bar per input, so the chart's shape
/// gives it its name.
extension PlanAnalysis {
  /// The width of the widest bar, in characters.
  package static let tornadoBarWidth = 24

  package static func tornado(
    _ resultExpression: Expr, over inputs: [Expr], by spread: Expr, at span: SourceSpan,
    in interpreter: inout Interpreter
  ) throws -> View {
    let share = try self.share(spread, in: &interpreter)
    let base = try number(of: resultExpression, in: &interpreter, statement: "tornado")
    struct Bar {
      var input: WhatIfInput
      var low: Quantity
      var high: Quantity
      var results: [Value?]
      var swing: Double
    }
    var bars: [Bar] = []
    for target in inputs {
      let input = try WhatIfInput(target, statement: "tornado", in: &interpreter)
      let value = input.current.magnitude.central
      let (low, high) = (input.value(value * (1 - share)), input.value(value * (1 + share)))
      let replay = interpreter.replay(changing: [input.key])
      let results = [low, high].map { trial -> Value? in
        var (run, failure) = replay.run(with: [input.key: .quantity(trial)])
        if failure != nil { return nil }
        return try? PlanAnalysis.number(of: resultExpression, in: &run, statement: "tornado")
          .magnitude.exactValue.map { .quantity(Quantity($0, unit: base.unit, display: base.display)) }
      }
      let numbers = results.compactMap { $0?.quantity?.magnitude.central }
      let swing = numbers.count == 2 ? abs(numbers[1] - numbers[0]) : 0
      bars.append(Bar(input: input, low: low, high: high, results: results, swing: swing))
    }
    bars.sort { $0.swing > $1.swing }
    let widest = bars.first?.swing ?? 0
    let resultName = ExprPrinter.print(resultExpression)
    var table = Table(
      [
        .init("input"), .init("low", .right), .init("high", .right), .init("\(resultName) at low", .right),
        .init("at high", .right), .init("swing", .right), .init(""),
      ])
    for bar in bars {
      let length = widest > 0 ? Int((bar.swing / widest * Double(tornadoBarWidth)).rounded()) : 0
      let cells: [Table.Cell] = [
        .text(bar.input.name), .value(.quantity(bar.low)), .value(.quantity(bar.high)),
        bar.results[0].map { .value($0) } ?? .text("—"), bar.results[1].map { .value($0) } ?? .text("—"),
        bar.results.contains { $0 == nil }
          ? .text("—") : .value(.quantity(Quantity(bar.swing, unit: base.unit, display: base.display))),
        .text(String(repeating: "█", count: max(length, bar.swing > 0 ? 1 : 0))),
      ]
      table.add(cells)
    }
    return View([
      .line(
        "\(resultName) = \(Formatting.describe(base)); each input \(Formatting.percent(share)) below and above its value"
      ),
      .table(table),
    ])
  }

  /// `by 10%`: a share above 0% and below 100%, so every input keeps its sign.
  package static func share(_ spread: Expr, in interpreter: inout Interpreter) throws -> Double {
    let value = try interpreter.evaluate(spread)
    guard case .quantity(let quantity) = value, quantity.unit.isDimensionless, quantity.display == .percent,
      let share = quantity.magnitude.exactValue, share > 0, share < 1
    else {
      throw Diagnostic.error(
        .invalidSpread,
        "a tornado moves each input by a percentage above 0% and below 100%, not \(Formatting.describe(value))",
        at: spread.span, fixIt: "write `by 10%`")
    }
    return share
  }
}
