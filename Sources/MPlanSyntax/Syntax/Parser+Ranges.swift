/// `a to b` beside `+ - * /` without brackets: refused, with both bracketings shown, since the
/// two readings differ by orders of magnitude (docs/language.md, "Precedence").
extension Parser {
  /// `$0.8 to $1.6 per visit * visits` could be a range times the visits or a range up to a
  /// computed end, and the two differ by orders of magnitude: `to` next to `+ - * /` without
  /// brackets is refused, with both bracketings shown (see docs/language.md, "Precedence").
  package mutating func refuseArithmeticBeside(low: Expr, high: Expr) throws {
    var first = high
    var operatorAfterRange: BinaryOperator?
    while let (op, left, _) = unbracketedArithmetic(first) {
      operatorAfterRange = operatorAfterRange ?? op
      first = left
    }
    var last = low
    var operatorBeforeRange: BinaryOperator?
    while let (op, _, right) = unbracketedArithmetic(last) {
      operatorBeforeRange = operatorBeforeRange ?? op
      last = right
    }
    guard let op = operatorAfterRange ?? operatorBeforeRange else { return }
    let whole = low.span.joined(high.span)
    let range = last.span.joined(first.span)
    let rangeFirst =
      text(from: whole.start, to: range.start) + "(\(text(range)))" + text(from: range.end, to: whole.end)
    throw fail(
      Message("parser-ambiguous-range", ["operator": .text(op.rawValue)]), at: whole, code: .ambiguousRange,
      fixIt: Message(
        "parser-ambiguous-range-fix",
        [
          "range-first": .text(rangeFirst), "range": .text(text(range)),
          "ends-first": .text(
            "\(bracketed(low, operatorBeforeRange)) to \(bracketed(high, operatorAfterRange))"),
        ]))
  }

  package func bracketed(_ expression: Expr, _ arithmetic: BinaryOperator?) -> String {
    arithmetic == nil ? text(expression.span) : "(\(text(expression.span)))"
  }

  /// `a * b` as written, not inside brackets: a bracketed one's span starts at its `(`. A
  /// division written `per 1,000 impressions` is part of its amount, like `per visit`.
  package func unbracketedArithmetic(_ expression: Expr) -> (BinaryOperator, Expr, Expr)? {
    guard case .binary(let op, let left, let right) = expression.kind,
      [.add, .subtract, .multiply, .divide].contains(op), expression.span.start == left.span.start
    else { return nil }
    if op == .divide, text(from: left.span.end, to: right.span.start).contains("per") { return nil }
    return (op, left, right)
  }
}
