import MPlanLanguage
import MPlanSyntax

/// Goal seek: `solve cpc for spend <= $15k`. The result is evaluated in replays of the plan
/// with the unknown changed (`ChangeReplay`): the search interval is scanned for every place
/// where the condition turns, each is bisected, and the answer is rounded to the digits it is
/// shown with on the side that keeps the condition (`GoalSeeker+Shown.swift`).
///
/// Bisection, not Newton or Brent's interpolation: funnels round counts up, so a result is
/// often a step function of its input, and bisection is the method that stays right on steps.
/// Precision: each boundary is found within a millionth of itself (or 1e-12) and to the digits
/// the unknown is shown with, in at most `maximumBisections` replays; the scan costs 9
/// replays with a range, 25 without.
extension PlanAnalysis {
  /// Replays one boundary's bisection may take: from a scan bracket (a factor of 4, or an
  /// eighth of a range) to a millionth takes about 22, and to cents on $10¹⁴ about 55.
  package static let maximumBisections = 60
  /// Past this many turns of the condition in the scan, only the one nearest the unknown's
  /// current value is bisected: the others are counted, not located.
  package static let maximumBoundaries = 4

  package static func solve(_ seek: GoalSeek, at span: SourceSpan, in interpreter: inout Interpreter) throws
    -> View
  {
    let input = try WhatIfInput(seek.unknown, statement: "solve", in: &interpreter)
    let result = try number(of: seek.result, in: &interpreter, statement: "solve")
    let target = try number(of: seek.target, in: &interpreter, statement: "solve")
    guard result.unit == target.unit else {
      throw Diagnostic.error(
        .goalUnitMismatch,
        Message(
          "solve-target-other-unit",
          [
            "result": .text(ExprPrinter.print(seek.result)),
            "unit": .message(UnitTable.described(result.unit)),
            "other": .message(UnitTable.described(target.unit)),
          ]),
        at: seek.target.span, label: UnitTable.described(target.unit),
        secondary: [
          .init(
            span: seek.result.span,
            message: Message("label-is", ["value": .value(Formatting.describe(result))]))
        ],
        fixIt: Message("solve-target-like", ["value": .value(Formatting.describe(result))]))
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
      replay: interpreter.replay(changing: [input.key]), reader: interpreter)
    let answer = try seeker.solve(in: range, at: span)
    return seeker.view(answer, target: target)
  }
}

/// A value of the unknown and the result minus the target there.
package typealias Trial = (x: Double, gap: Double)

/// One goal seek's state: the replays, how many ran, and every value tried.
package struct GoalSeeker {
  package let seek: GoalSeek
  package let input: WhatIfInput
  package let target: Double
  /// The result as the plan has it, for its unit and how it is shown.
  package let result: Quantity
  package let replay: ChangeReplay
  /// The plan as it stands, where a value as printed is read back (`GoalSeeker+Shown.swift`).
  package var reader: Interpreter
  /// Texts of the unknown read back, and the values they read as (nil: not a value of it).
  package var readings: [String: Double?] = [:]
  package var evaluations = 0
  package var tried: [Trial] = []
  /// The lowest and highest values the scan ran.
  package var searched: (low: Double, high: Double)?

  package init(
    seek: GoalSeek, input: WhatIfInput, target: Double, result: Quantity, replay: ChangeReplay,
    reader: Interpreter
  ) {
    (self.seek, self.input, self.target, self.result, self.replay) = (seek, input, target, result, replay)
    self.reader = reader
  }

  /// A place where the condition turns (or, for `=`, where the result meets or crosses the
  /// target).
  package struct Boundary {
    /// Meets the condition, or for `=` is the closer of the two sides; after rounding, the
    /// value as shown.
    package var inside: Trial
    /// Its neighbour across the boundary: fails the condition, or is the farther side.
    package var outside: Trial
    /// The two ends of the last bisection step, before rounding.
    package var bracket: (Trial, Trial)
    /// `=` only: the result jumps over the target here instead of passing through it.
    package var isStep = false
    /// `=` only: the shown values on either side of the answer, lower first, with their gaps.
    package var shownNeighbours: (Trial, Trial)?
    /// False when no value as printed could be found that keeps the condition (or the printed
    /// text does not read back): then `inside` is printed rounded, and the line says so.
    package var printedAsFound = true
  }

  package struct Answer {
    /// The one nearest the unknown's current value first, then the others in order of value.
    package var boundaries: [Boundary]
    /// How many times the condition turns between the values scanned (at least
    /// `boundaries.count`).
    package var turns: Int
    /// `<=` or `>=` held for every value tried: the boundary is the one nearest to the target.
    package var holdsThroughout = false
    /// The first scan point holds the condition, and the last: where stretches begin and end.
    package var holdsAtLowEnd = false
    package var holdsAtHighEnd = false
    package var chosen: Boundary { boundaries[0] }
  }

  /// A number in the result's unit, as the plan shows it.
  package func describeResult(_ number: Double) -> String {
    Formatting.describe(Quantity(number, unit: result.unit, display: result.display))
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

  /// The side of the boundary a gap is on: `<=` holds at or below the target; `>=` and `=`
  /// are bisected on "below the target".
  package func below(_ gap: Double) -> Bool {
    seek.relation == .atMost ? gap <= 0 : gap < 0
  }

  /// Whether `<=` or `>=` holds at this gap (for `=`, whether it is below the target).
  package func holds(_ gap: Double) -> Bool {
    seek.relation == .atLeast ? gap >= 0 : below(gap)
  }

  package mutating func solve(in range: (low: Double, high: Double)?, at span: SourceSpan) throws -> Answer {
    let scanned = try scan(in: range)
    searched = scanned.isEmpty ? nil : (scanned[0].x, scanned[scanned.count - 1].x)
    // For `=`, a value tried that gives the target exactly is an answer as it stands.
    let exact = seek.relation == .equal ? scanned.filter { $0.gap == 0 } : []
    var turns: [(below: Trial, above: Trial)] = []
    for (left, right) in zip(scanned, scanned.dropFirst()) where below(left.gap) != below(right.gap) {
      if seek.relation == .equal, left.gap == 0 || right.gap == 0 { continue }
      turns.append(below(left.gap) ? (left, right) : (right, left))
    }
    guard !turns.isEmpty || !exact.isEmpty else {
      // `<=` or `>=` that holds for every value tried: the boundary lies past the values
      // searched, and the answer is the one nearest to it, said as such (see `view`).
      if seek.relation != .equal, !tried.isEmpty, tried.allSatisfy({ holds($0.gap) }),
        let nearest = tried.max(by: { abs($0.gap) > abs($1.gap) })
      {
        let boundary = try shown(Boundary(inside: nearest, outside: nearest, bracket: (nearest, nearest)))
        return Answer(boundaries: [boundary], turns: 0, holdsThroughout: true)
      }
      throw noSolution(in: range, at: span)
    }
    // The boundary nearest the current value is the answer: "how far can `cpc` go from here".
    let current = input.current.magnitude.central
    func distance(_ low: Double, _ high: Double) -> Double {
      current < min(low, high) ? min(low, high) - current : max(0, current - max(low, high))
    }
    var located: [(distance: Double, boundary: Boundary)] = exact.map {
      (abs($0.x - current), Boundary(inside: $0, outside: $0, bracket: ($0, $0)))
    }
    let sorted = turns.sorted { distance($0.below.x, $0.above.x) < distance($1.below.x, $1.above.x) }
    for (index, turn) in sorted.enumerated()
    where index == 0 || turns.count + exact.count <= PlanAnalysis.maximumBoundaries {
      let boundary = try bisect(turn, at: span)
      located.append((abs(boundary.inside.x - current), boundary))
    }
    located.sort { $0.distance < $1.distance }
    let others = located.dropFirst().map(\.boundary).sorted { $0.inside.x < $1.inside.x }
    var boundaries = [located[0].boundary] + others
    for index in boundaries.indices { boundaries[index] = try shown(boundaries[index]) }
    return Answer(
      boundaries: boundaries, turns: turns.count + exact.count,
      holdsAtLowEnd: holds(scanned[0].gap), holdsAtHighEnd: holds(scanned[scanned.count - 1].gap))
  }

  /// Bisects one turn of the condition, keeping `a` below the target and `b` not.
  package mutating func bisect(_ turn: (below: Trial, above: Trial), at span: SourceSpan) throws -> Boundary {
    var (a, b) = turn
    var previousJump: Double?
    var steps = 0
    // Until a millionth apart, and further until both ends are shown as the same value or as
    // neighbours: then the shown value nearest the boundary is one of those two (`shown`).
    while steps < PlanAnalysis.maximumBisections,
      abs(b.x - a.x) > max(1e-6 * max(abs(a.x), abs(b.x)), 1e-12) || shownApart(a.x, b.x)
    {
      let middle = (a.x + b.x) / 2
      // Neighbouring doubles: digits finer than a double holds (cents on $10¹⁴) end here.
      if middle == a.x || middle == b.x { break }
      guard let gap = try gap(at: middle) else {
        throw Diagnostic.error(
          .noSolution,
          Message(
            "solve-plan-does-not-run",
            ["input": .text(input.name), "value": .value(Formatting.describe(input.value(middle)))]),
          at: span)
      }
      steps += 1
      previousJump = abs(b.gap - a.gap)
      if seek.relation == .equal, gap == 0 {
        return Boundary(inside: (middle, 0), outside: b, bracket: (a, b))
      }
      if below(gap) { a = (middle, gap) } else { b = (middle, gap) }
    }
    var boundary: Boundary
    switch seek.relation {
    case .atMost: boundary = Boundary(inside: a, outside: b, bracket: (a, b))
    case .atLeast: boundary = Boundary(inside: b, outside: a, bracket: (a, b))
    case .equal:
      boundary =
        abs(a.gap) <= abs(b.gap)
        ? Boundary(inside: a, outside: b, bracket: (a, b)) : Boundary(inside: b, outside: a, bracket: (a, b))
      // A smooth result's jump across the bracket halves with the bracket; a step's stays.
      // And a jump the result's own digits do not show is no step to speak of (`x³ = 7`).
      let jump = abs(b.gap - a.gap)
      boundary.isStep =
        previousJump.map { jump > 0.75 * $0 } ?? false
        && describeResult(a.gap + target) != describeResult(b.gap + target)
    }
    return boundary
  }

  /// The values a search tries before bisecting, lowest first, with their gaps. Without a
  /// range, outward from the current value by factors of 4 on both sides (a positive input
  /// stays positive), ten steps each way: a factor of a million; and a quarter and a half of
  /// it either side. With one, its ends and seven points between them. All of them, so that a
  /// result that turns back shows every turn.
  package mutating func scan(in range: (low: Double, high: Double)?) throws -> [Trial] {
    var points: [Double]
    if let range {
      points = (0...8).map { range.low + (range.high - range.low) * Double($0) / 8 }
      points[8] = range.high
    } else {
      let start = input.current.magnitude.central
      // Finer near the current value, where a price at its best profit has the condition
      // turn on both sides within a factor of 4.
      points = start > 0 ? [start / 2, start * 0.75, start, start * 1.25, start * 2] : [start]
      if start <= 0 {
        let scale = max(abs(start), 1)
        points += [start - scale / 2, start - scale / 4, start + scale / 4, start + scale / 2]
      }
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
    var scanned: [Trial] = []
    for x in Set(points).sorted() {
      if let gap = try gap(at: x) { scanned.append((x, gap)) }
    }
    return scanned
  }
}
