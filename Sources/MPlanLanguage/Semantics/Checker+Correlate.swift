import MPlanSyntax

extension Checker {
  /// `correlate a, b by 0.6`: the inputs are names defined before it, each named once and, in
  /// a script, in one `correlate` (a script's correlations hold from its start, so two that
  /// share an input would both claim its samples' order). At the prompt a `correlate` over
  /// the same inputs replaces the earlier one, and the interpreter refuses one that overlaps.
  package mutating func checkCorrelate(_ inputs: [Expr], _ coefficients: Expr, at span: SourceSpan) {
    var seen: Set<String> = []
    let names = inputs.compactMap { input -> String? in
      if case .name(let name) = input.kind { return name }
      return nil
    }
    for input in inputs {
      check(input, locals: [])
      guard case .name(let name) = input.kind else { continue }
      if !seen.insert(name).inserted {
        report(
          .error(
            .duplicateName, Message("correlate-input-twice", ["name": .text(name)]), at: input.span,
            fixIt: Message("correlate-input-twice-fix")))
      } else if !options.allowsRedefinition, let earlier = correlatedInputs[name] {
        report(
          .error(
            .notUncertain,
            Message(
              "correlate-twice",
              [
                "name": .text(name), "others": .text(earlier.others.joined(separator: ", ")),
                "place": .text("\(earlier.span)"),
              ]),
            at: input.span, fixIt: Message("correlate-twice-fix")))
      }
    }
    if !options.allowsRedefinition {
      for name in names where correlatedInputs[name] == nil { correlatedInputs[name] = (names, span) }
    }
    check(coefficients, locals: [])
  }
}
