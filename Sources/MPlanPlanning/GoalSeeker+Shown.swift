import MPlanLanguage
import MPlanSyntax

/// The answer as it is shown. `solve` prints the unknown at the digits `Formatting` gives it
/// (`2.89%`, `$1.4999 per visit`), and what it promises — that the value meets the condition,
/// and that the result printed beside it is the result there — must hold for the value
/// printed, not for the unrounded one a few millionths away. So the printed text is read
/// back as mplan (a printed value reads back as itself: PrintedValueProperties), and the plan
/// is run at that value. Reading the text, rather than a copy of the formatter's rounding
/// rules, keeps the two from drifting apart, for every unit a plan can have.
extension GoalSeeker {
  /// The value `x` is printed as, read back; nil when the text does not read back as a value
  /// of the unknown (then `x` itself is kept, and shown as best the formatter can). The value
  /// read must print as text that reads back as itself: `$1.5 per visit` (from 1.499999) is
  /// $1.50, printed `$1.50 per visit`, and it is that value `solve` then prints.
  package mutating func readBack(_ x: Double) -> Double? {
    guard let value = read(Formatting.describe(input.value(x))),
      read(Formatting.describe(input.value(value))) == value
    else { return nil }
    return value
  }

  /// A value of the unknown written as mplan, evaluated in the plan (which knows its units).
  /// Remembered by text: the search for a neighbour reads the same few texts many times.
  mutating func read(_ text: String) -> Double? {
    if let known = readings[text] { return known }
    var lexer = Lexer(source: SourceFile(name: "solve", text: text))
    let tokens = lexer.tokenize()
    var parser = Parser(tokens: tokens)
    var number: Double?
    if lexer.diagnostics.isEmpty, let expression = try? parser.parseExpression(), parser.diagnostics.isEmpty,
      let value = try? reader.evaluate(expression)
    {
      number = (try? input.conforming(value, at: input.span))?.magnitude.exactValue
    }
    readings[text] = .some(number)
    return number
  }

  /// The next value the unknown can be shown as after `shown`, going up (`direction` > 0) or
  /// down: the formatter's step is not known here, so it is found by doubling a nudge until the
  /// text changes, which first happens at the neighbouring printed value as long as the first
  /// nudge is at most half a step (`from`: how far a value shown as `shown` was from it).
  package mutating func nextShown(after shown: Double, direction: Double, from: Double = 0) -> Double? {
    var nudge = max(abs(from), abs(shown) * 1e-12, 1e-12)
    for _ in 0..<80 {
      if let next = readBack(shown + direction * nudge), (next - shown) * direction > 0 { return next }
      nudge *= 2
    }
    return nil
  }

  /// Whether `x` and `y` are shown as values with others between them.
  package mutating func shownApart(_ x: Double, _ y: Double) -> Bool {
    guard let shownX = readBack(x), let shownY = readBack(y), shownX != shownY else { return false }
    return nextShown(after: shownX, direction: shownY > shownX ? 1 : -1) != shownY
  }

  /// `boundary` with its `inside` moved to a value as shown. For `<=` and `>=`, the shown
  /// value nearest the boundary that still meets the condition: the nearest one when it does,
  /// else the next towards the side that holds. For `=`, the shown values on either side of
  /// the answer, and of those the one whose result prints as the target, or else is nearer.
  package mutating func shown(_ boundary: Boundary) throws -> Boundary {
    var boundary = boundary
    let x = boundary.inside.x
    guard x.isFinite, let nearest = readBack(x) else {
      boundary.printedAsFound = false
      return boundary
    }
    if seek.relation == .equal {
      guard boundary.inside.gap != 0 || nearest != x else { return boundary }
      // The answer lies between the bracket's ends, a millionth apart: the shown value nearest
      // to them is on one side of it, and its neighbour towards the answer on the other.
      let (low, high) = (
        min(boundary.bracket.0.x, boundary.bracket.1.x), max(boundary.bracket.0.x, boundary.bracket.1.x)
      )
      if nearest >= low, nearest <= high {
        // Shown to finer digits than the bisection went: the shown value is as near as any.
        if let gap = try gap(at: nearest) { boundary.inside = (nearest, gap) }
        return boundary
      }
      guard let neighbour = nextShown(after: nearest, direction: nearest < low ? 1 : -1, from: nearest - x),
        let nearestGap = try gap(at: nearest), let neighbourGap = try gap(at: neighbour)
      else { return boundary }
      let here: Trial = (nearest, nearestGap)
      let there: Trial = (neighbour, neighbourGap)
      let pair: (Trial, Trial) = nearest < neighbour ? (here, there) : (there, here)
      boundary.shownNeighbours = pair
      // One whose result prints as the target is on target as far as anyone can see; else the
      // nearer.
      let goal = describeResult(target)
      let onTarget: [Trial] = [pair.0, pair.1].filter { describeResult($0.gap + target) == goal }
      let candidates: [Trial] = onTarget.isEmpty ? [pair.0, pair.1] : onTarget
      boundary.inside = candidates.min { abs($0.gap) < abs($1.gap) }!
      return boundary
    }
    let known = nearest == x ? boundary.inside.gap : try gap(at: nearest)
    if let gap = known, holds(gap) {
      boundary.inside = (nearest, gap)
      // The next shown value towards the boundary may hold too, if it is not past the value
      // the bisection saw fail.
      let towards: Double = boundary.outside.x > nearest ? 1 : -1
      if let next = nextShown(after: nearest, direction: towards, from: nearest - x),
        (boundary.outside.x - next) * towards > 0, let gap = try self.gap(at: next), holds(gap)
      {
        boundary.inside = (next, gap)
      }
      return boundary
    }
    // The nearest shown value is across the boundary: the next one on the side that holds
    // (a step function may need a second).
    let direction: Double = boundary.inside.x >= boundary.outside.x ? 1 : -1
    var candidate = nearest
    for _ in 0..<3 {
      guard let next = nextShown(after: candidate, direction: direction, from: nearest - x) else { break }
      candidate = next
      if let gap = try gap(at: candidate), holds(gap) {
        boundary.inside = (candidate, gap)
        return boundary
      }
    }
    boundary.printedAsFound = false
    return boundary
  }
}
