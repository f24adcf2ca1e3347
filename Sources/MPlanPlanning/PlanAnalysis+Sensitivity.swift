import MPlanLanguage
import MPlanSyntax

/// `sensitivity spend`: which uncertain inputs explain a result's spread. Where the tornado
/// moves one input at a time between two ends, this reads the samples the plan already drew:
/// each input's Spearman rank correlation with the result over all of them, and its share of
/// the variance as Crystal Ball reports it, r² over the sum of every input's r². Bands as
/// Guesstimate draws them: r² below 0.05 low, below 0.5 medium, else high.
extension PlanAnalysis {
  struct Sensitivity {
    var name: String
    var correlation: Double
    var share: Double
    var band: String { Self.band(correlation * correlation) }

    static func band(_ squared: Double) -> String {
      squared < 0.05 ? "low" : squared < 0.5 ? "medium" : "high"
    }
  }

  package static func sensitivity(
    of resultExpression: Expr, at span: SourceSpan, in interpreter: inout Interpreter
  )
    throws -> View
  {
    let value = try interpreter.evaluate(resultExpression)
    let resultName = ExprPrinter.print(resultExpression)
    guard case .quantity(let result) = value, case .samples(let samples) = result.magnitude else {
      throw Diagnostic.error(
        .notUncertain,
        Message(
          "sensitivity-exact", ["result": .text(resultName), "value": .value(Formatting.describe(value))]),
        at: resultExpression.span, fixIt: Message("sensitivity-exact-fix"))
    }
    let inputs = uncertainInputs(of: resultExpression, in: interpreter)
    let resultRanks = ranks(samples.values)
    var rows: [Sensitivity] = inputs.compactMap { name in
      guard case .quantity(let input)? = interpreter.environment[name],
        case .samples(let drawn) = input.magnitude,
        drawn.values.count == samples.values.count
      else { return nil }
      return Sensitivity(name: name, correlation: pearson(ranks(drawn.values), resultRanks), share: 0)
    }
    let total = rows.reduce(0) { $0 + $1.correlation * $1.correlation }
    for index in rows.indices where total > 0 {
      rows[index].share = rows[index].correlation * rows[index].correlation / total
    }
    rows.sort { abs($0.correlation) > abs($1.correlation) }
    var table = Table(
      [
        .init("input"),
        .init(Message("sensitivity-heading-correlation").english, .right, key: "rank_correlation"),
        .init(Message("sensitivity-heading-share").english, .right, key: "share_of_variance"), .init("band"),
        .init(""),
      ])
    for row in rows {
      let length = Int((row.share * Double(tornadoBarWidth)).rounded())
      table.add([
        .text(row.name), .value(.quantity(Quantity(Formatting.significant(row.correlation, digits: 2)))),
        .value(.quantity(Quantity(Formatting.significant(row.share, digits: 3), display: .percent))),
        .text(row.band), .text(String(repeating: "█", count: length)),
      ])
    }
    let headline = Message(
      "sensitivity-headline",
      [
        "result": .text(resultName), "value": .value(Formatting.describe(result)),
        "samples": .value(Formatting.number(Double(samples.values.count))),
      ]
    ).english
    guard !rows.isEmpty else {
      return View([.line(headline), .line(Message("sensitivity-no-inputs").english)])
    }
    return View([.line(headline), .table(table)])
  }

  /// The `let`s the result reads, directly or through other definitions, that hold a draw
  /// site (`a to b`, a distribution) and are uncertain: the plan's guesses behind it.
  static func uncertainInputs(of result: Expr, in interpreter: Interpreter) -> [String] {
    let graph = interpreter.history.dependencies
    var wanted: Set<String> = []
    result.collectNames(into: &wanted)
    var seen: Set<String> = []
    var inputs: [String] = []
    for node in graph.statements.reversed() {
      guard let name = node.name, wanted.contains(name), seen.insert(name).inserted else { continue }
      wanted.formUnion(node.reads)
      if node.kind == .value, !node.drawSites.isEmpty { inputs.append(name) }
    }
    return inputs.reversed()
  }

  /// Ranks from 0, ties given their average rank (a result clipped at zero has many).
  static func ranks(_ values: ContiguousArray<Double>) -> [Double] {
    var order = Array(values.indices)
    values.withUnsafeBufferPointer { values in order.sort { values[$0] < values[$1] } }
    var ranks = [Double](repeating: 0, count: values.count)
    var start = 0
    while start < order.count {
      var end = start
      while end + 1 < order.count, values[order[end + 1]] == values[order[start]] { end += 1 }
      let average = Double(start + end) / 2
      for position in start...end { ranks[order[position]] = average }
      start = end + 1
    }
    return ranks
  }

  static func pearson(_ x: [Double], _ y: [Double]) -> Double {
    let count = Double(x.count)
    let (meanX, meanY) = (x.reduce(0, +) / count, y.reduce(0, +) / count)
    var (xy, xx, yy) = (0.0, 0.0, 0.0)
    for index in x.indices {
      let (dx, dy) = (x[index] - meanX, y[index] - meanY)
      xy += dx * dy
      xx += dx * dx
      yy += dy * dy
    }
    return xx > 0 && yy > 0 ? xy / (xx * yy).squareRoot() : 0
  }
}
