import MPlanSyntax

extension Interpreter {
  /// `0 to 10`, `-5% to 5%`: a range that reaches zero or below cannot be lognormal, so it is
  /// drawn as a normal with the same 90% interval, which puts 5% of its samples below the low
  /// end (below zero for `0 to 10`). Squiggle made this an error (its issue #1095) because the
  /// silent switch surprised people; mplan keeps the normal, since a change such as growth of
  /// `-5% to 5%` is meant that way, and says so once a place (W0309). The explicit forms are
  /// quiet: `normal(p5: …, p95: …)` for a symmetric amount, `uniform(a, b)` for one that stays
  /// between its ends.
  package mutating func warnIfRangeReachesZero(_ low: Value, _ high: Value, _ expression: Expr) {
    guard case .uncertain(let lowExpr, let highExpr) = expression.kind,
      let (like, lower, upper) = try? Sampling.ends(low, high, low: lowExpr.span, high: highExpr.span),
      lower <= 0,
      !diagnostics.contains(where: {
        $0.code == DiagnosticCode.rangeReachesZero.rawValue && $0.span == expression.span
      })
    else { return }
    func shown(_ number: Double) -> String {
      Formatting.describe(Quantity(number, unit: like.unit, display: like.display))
    }
    let (a, b) = (shown(lower), shown(upper))
    let arguments: [String: Message.Argument] = ["low": .value(a), "high": .value(b)]
    diagnostics.append(
      .warning(
        .rangeReachesZero,
        lower < 0
          ? Message("range-below-zero-normal", arguments) : Message("range-reaches-zero-normal", arguments),
        at: expression.span, fixIt: Message("range-reaches-zero-fix", arguments)))
  }
}
