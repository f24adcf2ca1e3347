import MPlanLanguage
import MPlanSyntax

/// What `solve` says: the answer as shown, the result there, what it means, and the cost.
extension GoalSeeker {
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
        "the closest is \(result) = \(describeResult(closest.gap + target)) at `\(input.name)` = \(describeInput(closest.x)), \(side) the target everywhere tried"
      )
    }
    return .error(
      .noSolution,
      "no value of `\(input.name)` from \(describeInput(low)) to \(describeInput(high)) makes \(result) \(seek.relation.rawValue) \(describeResult(target))",
      at: span, notes: notes,
      fixIt: seek.range == nil
        ? "give a range to search: `solve \(input.name) from A to B for …`" : "widen the range after `from`")
  }

  package func describeInput(_ x: Double) -> String { Formatting.describe(input.value(x)) }

  package func view(_ answer: Answer, target: Quantity) -> View {
    let resultName = ExprPrinter.print(seek.result)
    let chosen = answer.chosen
    let goal = "\(resultName) \(seek.relation.rawValue) \(Formatting.describe(target))"
    var meaning: String
    if answer.holdsThroughout {
      let values = tried.map(\.x)
      let (low, high) = (values.min() ?? chosen.inside.x, values.max() ?? chosen.inside.x)
      meaning =
        "every `\(input.name)` tried from \(describeInput(low)) to \(describeInput(high)) keeps \(goal); this one comes closest to the target"
    } else if seek.relation == .equal {
      meaning = equalMeaning(answer, target: target)
    } else {
      meaning = boundaryMeaning(answer, goal: goal)
    }
    if !chosen.printedAsFound {
      meaning += "; `\(input.name)` is shown rounded, and the result is the one before rounding"
    }
    let count = "\(evaluations) evaluation\(evaluations == 1 ? "" : "s")"
    return View([
      .named(input.name, .quantity(input.value(chosen.inside.x))),
      .line(
        "\(resultName) = \(describeResult(chosen.inside.gap + self.target)): \(meaning) (\(count))", indent: 1
      ),
    ])
  }

  /// `<=`, `>=`: the largest or smallest value that keeps the condition, when the condition
  /// holds on one stretch; else which of the boundaries this is, and every stretch.
  func boundaryMeaning(_ answer: Answer, goal: String) -> String {
    let chosen = answer.chosen
    let stretches = self.stretches(answer)
    if stretches.count == 1, answer.turns == answer.boundaries.count {
      let side = chosen.inside.x <= chosen.outside.x ? "largest" : "smallest"
      let only = answer.boundaries.count == 1 ? "" : "; it holds for `\(input.name)` \(stretches[0])"
      return "the \(side) `\(input.name)` with \(goal)\(only)"
    }
    let which =
      "one of \(answer.turns) boundaries, the nearest to \(Formatting.describe(input.current)) now"
    guard answer.turns == answer.boundaries.count else {
      let low = describeInput(searched?.low ?? chosen.inside.x)
      let high = describeInput(searched?.high ?? chosen.inside.x)
      return
        "\(which); \(goal) holds on several stretches of `\(input.name)` from \(low) to \(high), and this is the edge of one of them"
    }
    return "\(which); \(goal) holds for `\(input.name)` \(stretches.joined(separator: " and "))"
  }

  /// Where `<=` or `>=` holds, as `from A to B`: boundaries at their shown values, and the
  /// ends of the scan where the condition holds there.
  func stretches(_ answer: Answer) -> [String] {
    var edges = answer.boundaries.map { (x: $0.inside.x, opens: $0.inside.x > $0.outside.x) }.sorted {
      $0.x < $1.x
    }
    if let searched {
      if answer.holdsAtLowEnd { edges.insert((searched.low, true), at: 0) }
      if answer.holdsAtHighEnd { edges.append((searched.high, false)) }
    }
    var stretches: [String] = []
    var start: Double?
    for edge in edges {
      if edge.opens {
        start = edge.x
      } else if let from = start {
        stretches.append("from \(describeInput(from)) to \(describeInput(edge.x))")
        start = nil
      }
    }
    return stretches
  }

  /// `=`: on target at the digits shown, a step over the target, or the nearer of the two
  /// shown values around it; and where else the result reaches the target.
  func equalMeaning(_ answer: Answer, target: Quantity) -> String {
    let chosen = answer.chosen
    let goal = Formatting.describe(target)
    var meaning: String
    if describeResult(chosen.inside.gap + self.target) == describeResult(self.target) {
      meaning = "on target"
    } else if chosen.isStep {
      let (a, b) = chosen.bracket
      let (low, high) = a.x <= b.x ? (a, b) : (b, a)
      meaning =
        "no value gives exactly \(goal): it steps from \(describeResult(low.gap + self.target)) to \(describeResult(high.gap + self.target))"
      if let (lower, upper) = chosen.shownNeighbours {
        meaning += " between \(describeInput(lower.x)) and \(describeInput(upper.x))"
      }
    } else if let (lower, upper) = chosen.shownNeighbours {
      meaning =
        "\(goal) lies between \(describeResult(lower.gap + self.target)) at \(describeInput(lower.x)) and \(describeResult(upper.gap + self.target)) at \(describeInput(upper.x)), and this is the nearer at the digits shown"
    } else {
      meaning = "the nearest to \(goal) found"
    }
    if answer.boundaries.count > 1 {
      let others = answer.boundaries.dropFirst().map { describeInput($0.inside.x) }
      meaning += "; the result also crosses \(goal) at `\(input.name)` = \(others.joined(separator: ", "))"
    } else if answer.turns > 1 {
      meaning += "; the result crosses \(goal) \(answer.turns) times in the values searched"
    }
    return meaning
  }
}
