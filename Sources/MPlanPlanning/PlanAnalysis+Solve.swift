import MPlanLanguage
import MPlanSyntax

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Goal seek: `solve cpc for spend <= $15k`. The result is evaluated in replays of the plan
/// with the unknown changed (`ChangeReplay`); a bracket is found, then bisected.
///
/// Bisection, not Newton or Brent's interpolation: funnels round counts up, so a result is
/// often a step function of its input, and bisection is the method that stays right on steps.
/// Precision: the answer is within a millionth of itself (or 1e-12) of the boundary, in at
/// most `maximumEvaluations` replays.
extension PlanAnalysis {
  package static let maximumEvaluations = 60

  package static func solve(_ seek: GoalSeek, at span: SourceSpan, in interpreter: inout Interpreter) throws
    -> View
  {
    let input = try WhatIfInput(seek.unknown, statement: "solve", in: &interpreter)
    let result = try number(of: seek.result, in: &interpreter, statement: "solve")
    let target = try number(of: seek.target, in: &interpreter, statement: "solve")
    guard result.unit == target.unit else {
      throw Diagnostic.error(
        .goalUnitMismatch,
        "`\(ExprPrinter.print(seek.result))` is \(UnitTable.describe(result.unit)), and the target is \(UnitTable.describe(target.unit))",
        at: seek.target.span, label: UnitTable.describe(target.unit),
        secondary: [.init(span: seek.result.span, message: "is \(Formatting.describe(result))")],
        fixIt: "give a target like \(Formatting.describe(result))")
    }
    var range: (low: Double, high: Double)?
    if let ends = seek.range {
      let low = try input.conforming(try interpreter.evaluate(ends.low), at: ends.low.span)
      let high = try input.conforming(try interpreter.evaluate(ends.high), at: ends.high.span)
      range = (
        min(low.magnitude.central, high.magnitude.central), max(low.magnitude.central, high.magnitude.central)
      )
      // A conversion rate is above 0% and at most 100%: a range written past either end is
      // searched where the plan runs, so 100% itself is tried.
      if case .funnelRate = input.key, let written = range, written.high > 0.000_001, written.low < 1 {
        range = (max(written.low, 0.000_001), min(written.high, 1))
      }
    } else if case .funnelRate = input.key {
      range = (0.000_001, 1)
    }
    var seeker = GoalSeeker(
      seek: seek, input: input, target: target.magnitude.central, result: result,
      replay: interpreter.replay(changing: [input.key]))
    let answer = try seeker.solve(in: range, at: span)
    return seeker.view(answer, result: result, target: target)
  }
}

/// One goal seek's state: the replays, how many ran, and the closest result seen.
package struct GoalSeeker {
  package let seek: GoalSeek
  package let input: WhatIfInput
  package let target: Double
  /// The result as the plan has it, for its unit and how it is shown.
  package let result: Quantity
  package let replay: ChangeReplay
  package var evaluations = 0
  package var tried: [(x: Double, gap: Double)] = []

  package init(seek: GoalSeek, input: WhatIfInput, target: Double, result: Quantity, replay: ChangeReplay) {
    (self.seek, self.input, self.target, self.result, self.replay) = (seek, input, target, result, replay)
  }

  /// A number in the result's unit, as the plan shows it.
  package func describeResult(_ number: Double) -> String {
    Formatting.describe(Quantity(number, unit: result.unit, display: result.display))
  }

  /// The boundary found: `inside` meets the condition (or is the closer side of a step for
  /// `=`), `outside` is its neighbour across the boundary.
  package struct Answer {
    package var inside: (x: Double, gap: Double)
    package var outside: (x: Double, gap: Double)
    /// `<=` or `>=` held for every value tried: `inside` is the one nearest the boundary.
    package var holdsThroughout = false
  }

  /// The result minus the target with the unknown at `x`, or nil when the plan fails there.
  package mutating func gap(at x: Double) throws -> Double? {
    evaluations += 1
    var (run, failure) = replay.run(with: [input.key: .quantity(input.value(x))])
    if failure != nil { return nil }
    let value = try PlanAnalysis.number(of: seek.result, in: &run, statement: "solve").magnitude.central
    tried.append((x, value - target))
    return value - target
  }

  /// The side of the boundary the condition holds on, as a test of the gap: `<=` holds at or
  /// below the target; `>=` and `=` are bisected on "below the target".
  package func below(_ gap: Double) -> Bool {
    seek.relation == .atMost ? gap <= 0 : gap < 0
  }

  package mutating func solve(in range: (low: Double, high: Double)?, at span: SourceSpan) throws -> Answer {
    guard var (a, b) = try bracket(in: range) else {
      // `<=` or `>=` that holds for every value tried: the boundary lies past the values
      // searched, and the answer is the one nearest to it, said as such (see `view`).
      if seek.relation != .equal, !tried.isEmpty,
        tried.allSatisfy({ below($0.gap) == (seek.relation == .atMost) }),
        let nearest = tried.max(by: { abs($0.gap) > abs($1.gap) })
      {
        return Answer(inside: nearest, outside: nearest, holdsThroughout: true)
      }
      throw noSolution(in: range, at: span)
    }
    // Bisect, keeping `a` below the target and `b` not.
    while evaluations < PlanAnalysis.maximumEvaluations,
      abs(b.x - a.x) > max(1e-6 * max(abs(a.x), abs(b.x)), 1e-12)
    {
      let middle = (a.x + b.x) / 2
      guard let gap = try gap(at: middle) else {
        throw Diagnostic.error(
          .noSolution,
          "the plan does not run with `\(input.name)` = \(Formatting.describe(input.value(middle)))",
          at: span)
      }
      if below(gap) { a = (middle, gap) } else { b = (middle, gap) }
    }
    var answer: Answer
    switch seek.relation {
    case .atMost: answer = Answer(inside: a, outside: b)
    case .atLeast: answer = Answer(inside: b, outside: a)
    case .equal:
      answer = abs(a.gap) <= abs(b.gap) ? Answer(inside: a, outside: b) : Answer(inside: b, outside: a)
    }
    return try rounded(answer)
  }

  /// The answer to six significant digits (its precision): the nearest such value if it
  /// still meets the condition, else the one towards the side that does; `$1.50 per visit`,
  /// not `$1.4999999 per visit`.
  package mutating func rounded(_ answer: Answer) throws -> Answer {
    let x = answer.inside.x
    guard x != 0, x.isFinite else { return answer }
    // Divided by a whole power of ten, so $1.50 comes out as exactly 1.5.
    let scale = pow(10, 5 - floor(log10(abs(x))))
    let towardsInside: FloatingPointRoundingRule = answer.outside.x > x ? .down : .up
    for rule in [FloatingPointRoundingRule.toNearestOrAwayFromZero, towardsInside] {
      let candidate = (x * scale).rounded(rule) / scale
      if candidate == x { return answer }
      guard let gap = try gap(at: candidate) else { continue }
      // On `=`, an exact hit always does; otherwise the value stays on its side of a step.
      let meets =
        seek.relation == .equal && gap == 0
        || below(gap) == below(answer.inside.gap)
          && (seek.relation != .equal || abs(gap) <= abs(answer.inside.gap))
      if meets { return Answer(inside: (candidate, gap), outside: answer.outside) }
    }
    return answer
  }

  /// Two values of the unknown on either side of the boundary, or nil when none was found.
  /// Without a range, the search goes out from the current value by factors of 4 on both
  /// sides (a positive input stays positive), ten steps each way: a factor of a million.
  package mutating func bracket(in range: (low: Double, high: Double)?) throws
    -> ((x: Double, gap: Double), (x: Double, gap: Double))?
  {
    var points: [Double]
    if let range {
      // The ends, then inside them, so a result that turns back is still bracketed.
      points =
        [range.low, range.high] + (1..<8).map { range.low + (range.high - range.low) * Double($0) / 8 }
    } else {
      let start = input.current.magnitude.central
      points = [start]
      for step in 1...10 {
        let factor = Double(1 << (2 * step))
        if start > 0 {
          points += [start * factor, start / factor]
        } else {
          let scale = max(abs(start), 1)
          points += [start + scale * (factor / 4), start - scale * (factor / 4)]
        }
      }
    }
    var seen: [(x: Double, gap: Double)] = []
    for x in points {
      guard let gap = try gap(at: x) else { continue }
      if seek.relation == .equal, gap == 0 { return ((x, gap), (x, gap)) }
      let point = (x: x, gap: gap)
      // The nearest point already seen on the other side of the boundary.
      let across = seen.filter { below($0.gap) != below(gap) }.min { abs($0.x - x) < abs($1.x - x) }
      if let across { return below(gap) ? (point, across) : (across, point) }
      seen.append(point)
    }
    return nil
  }

  package func noSolution(in range: (low: Double, high: Double)?, at span: SourceSpan) -> Diagnostic {
    let result = ExprPrinter.print(seek.result)
    let gaps = tried.map(\.gap)
    if let first = gaps.first, gaps.allSatisfy({ $0 == first }) {
      return .error(
        .resultIgnoresInput,
        "`\(result)` does not change with `\(input.name)`: it is \(describeResult(first + target)) for every value tried",
        at: seek.result.span, notes: ["tried \(tried.count) values of `\(input.name)`"],
        fixIt: "solve for an input that `\(result)` depends on")
    }
    let searched = tried.map(\.x)
    let low = range?.low ?? searched.min() ?? 0
    let high = range?.high ?? searched.max() ?? 0
    var notes: [String] = []
    if let closest = tried.min(by: { abs($0.gap) < abs($1.gap) }) {
      let side = closest.gap > 0 ? "above" : "below"
      notes.append(
        "the closest is \(result) = \(describeResult(closest.gap + target)) at `\(input.name)` = \(Formatting.describe(input.value(closest.x))), \(side) the target everywhere tried"
      )
    }
    return .error(
      .noSolution,
      "no value of `\(input.name)` from \(Formatting.describe(input.value(low))) to \(Formatting.describe(input.value(high))) makes \(result) \(seek.relation.rawValue) \(describeResult(target))",
      at: span, notes: notes,
      fixIt: seek.range == nil
        ? "give a range to search: `solve \(input.name) from A to B for …`" : "widen the range after `from`")
  }

  package func view(_ answer: Answer, result: Quantity, target: Quantity) -> View {
    let resultName = ExprPrinter.print(seek.result)
    let found = Quantity(answer.inside.gap + self.target, unit: result.unit, display: result.display)
    let goal = "\(resultName) \(seek.relation.rawValue) \(Formatting.describe(target))"
    let side = answer.inside.x <= answer.outside.x ? "largest" : "smallest"
    let tolerance = max(abs(self.target) * 1e-6, 1e-9)
    let meaning: String
    switch seek.relation {
    case _ where answer.holdsThroughout:
      let values = tried.map(\.x)
      let (low, high) = (values.min() ?? answer.inside.x, values.max() ?? answer.inside.x)
      meaning =
        "every `\(input.name)` tried from \(Formatting.describe(input.value(low))) to \(Formatting.describe(input.value(high))) keeps \(goal); this one comes closest to the target"
    case .atMost, .atLeast: meaning = "the \(side) `\(input.name)` with \(goal)"
    case .equal where abs(answer.inside.gap) <= tolerance: meaning = "on target"
    case .equal:
      let other = Quantity(answer.outside.gap + self.target, unit: result.unit, display: result.display)
      meaning =
        "no value gives exactly \(Formatting.describe(target)): it steps from \(Formatting.describe(found)) to \(Formatting.describe(other)) here"
    }
    return View([
      .named(input.name, .quantity(input.value(answer.inside.x))),
      .line(
        "\(resultName) = \(Formatting.describe(found)): \(meaning) (\(evaluations) evaluation\(evaluations == 1 ? "" : "s"))",
        indent: 1),
    ])
  }
}
