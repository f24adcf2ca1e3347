import MPlanLanguage
import MPlanSyntax

/// What `solve` says: the answer as shown, the result there, what it means, and the cost.
extension GoalSeeker {
  package func noSolution(in range: (low: Double, high: Double)?, at span: SourceSpan) -> Diagnostic {
    let result = ExprPrinter.print(seek.result)
    let inputName = Message.Argument.text(input.name)
    let gaps = tried.map(\.gap)
    if let first = gaps.first, gaps.allSatisfy({ $0 == first }) {
      return .error(
        .resultIgnoresInput,
        Message(
          "solve-result-ignores-input",
          ["result": .text(result), "input": inputName, "value": .value(describeResult(first + target))]),
        at: seek.result.span,
        notes: [Message("solve-tried", ["count": .count(tried.count), "input": inputName])],
        fixIt: Message("solve-result-ignores-input-fix", ["result": .text(result)]))
    }
    let searched = tried.map(\.x)
    let low = range?.low ?? searched.min() ?? 0
    let high = range?.high ?? searched.max() ?? 0
    var notes: [Message] = []
    if let closest = tried.min(by: { abs($0.gap) < abs($1.gap) }) {
      notes.append(
        Message(
          "solve-closest",
          [
            "result": .text(result), "value": .value(describeResult(closest.gap + target)),
            "input": inputName,
            "at": .value(describeInput(closest.x)), "side": .text(closest.gap > 0 ? "above" : "below"),
          ]))
    }
    return .error(
      .noSolution,
      Message(
        "solve-no-solution",
        [
          "input": inputName, "low": .value(describeInput(low)), "high": .value(describeInput(high)),
          "result": .text(result), "relation": .text(seek.relation.rawValue),
          "target": .value(describeResult(target)),
        ]),
      at: span, notes: notes,
      fixIt: seek.range == nil
        ? Message("solve-no-solution-give-range", ["input": inputName]) : Message("solve-no-solution-widen"))
  }

  package func describeInput(_ x: Double) -> String { Formatting.describe(input.value(x)) }

  package func view(_ answer: Answer, target: Quantity) -> View {
    let resultName = ExprPrinter.print(seek.result)
    let chosen = answer.chosen
    let goal = "\(resultName) \(seek.relation.rawValue) \(Formatting.describe(target))"
    var meaning: Message
    if answer.holdsThroughout {
      let values = tried.map(\.x)
      let (low, high) = (values.min() ?? chosen.inside.x, values.max() ?? chosen.inside.x)
      meaning = Message(
        "solve-holds-throughout",
        [
          "input": .text(input.name), "low": .value(describeInput(low)), "high": .value(describeInput(high)),
          "goal": .text(goal),
        ])
    } else if seek.relation == .equal {
      meaning = equalMeaning(answer, target: target)
    } else {
      meaning = boundaryMeaning(answer, goal: goal)
    }
    if !chosen.printedAsFound {
      meaning = Message("solve-shown-rounded", ["meaning": .message(meaning), "input": .text(input.name)])
    }
    return View([
      .named(input.name, .quantity(input.value(chosen.inside.x))),
      .said(
        Message(
          "solve-answer",
          [
            "result": .text(resultName), "value": .value(describeResult(chosen.inside.gap + self.target)),
            "meaning": .message(meaning), "evaluations": .count(evaluations),
          ]), indent: 1),
    ])
  }

  /// `<=`, `>=`: the largest or smallest value that keeps the condition, when the condition
  /// holds on one stretch; else which of the boundaries this is, and every stretch.
  func boundaryMeaning(_ answer: Answer, goal: String) -> Message {
    let chosen = answer.chosen
    let stretches = self.stretches(answer)
    let inputName = Message.Argument.text(input.name)
    if stretches.count == 1, answer.turns == answer.boundaries.count {
      let side = chosen.inside.x <= chosen.outside.x ? "largest" : "smallest"
      let extreme = Message("solve-extreme", ["side": .text(side), "input": inputName, "goal": .text(goal)])
      guard answer.boundaries.count != 1 else { return extreme }
      return Message(
        "solve-extreme-holds",
        ["meaning": .message(extreme), "input": inputName, "stretch": .message(stretches[0])])
    }
    let which = Message(
      "solve-one-of-boundaries",
      ["turns": .count(answer.turns), "now": .value(Formatting.describe(input.current))])
    guard answer.turns == answer.boundaries.count else {
      return Message(
        "solve-several-stretches",
        [
          "which": .message(which), "goal": .text(goal), "input": inputName,
          "low": .value(describeInput(searched?.low ?? chosen.inside.x)),
          "high": .value(describeInput(searched?.high ?? chosen.inside.x)),
        ])
    }
    var joined = stretches.first ?? .verbatim("")
    for stretch in stretches.dropFirst() {
      joined = Message("solve-stretches-and", ["list": .message(joined), "next": .message(stretch)])
    }
    return Message(
      "solve-holds-for",
      ["which": .message(which), "goal": .text(goal), "input": inputName, "stretches": .message(joined)])
  }

  /// Where `<=` or `>=` holds, as `from A to B`: boundaries at their shown values, and the
  /// ends of the scan where the condition holds there.
  func stretches(_ answer: Answer) -> [Message] {
    var edges = answer.boundaries.map { (x: $0.inside.x, opens: $0.inside.x > $0.outside.x) }.sorted {
      $0.x < $1.x
    }
    if let searched {
      if answer.holdsAtLowEnd { edges.insert((searched.low, true), at: 0) }
      if answer.holdsAtHighEnd { edges.append((searched.high, false)) }
    }
    var stretches: [Message] = []
    var start: Double?
    for edge in edges {
      if edge.opens {
        start = edge.x
      } else if let from = start {
        stretches.append(
          Message(
            "solve-stretch", ["low": .value(describeInput(from)), "high": .value(describeInput(edge.x))]))
        start = nil
      }
    }
    return stretches
  }

  /// `=`: on target at the digits shown, a step over the target, or the nearer of the two
  /// shown values around it; and where else the result reaches the target.
  func equalMeaning(_ answer: Answer, target: Quantity) -> Message {
    let chosen = answer.chosen
    let goal = Message.Argument.value(Formatting.describe(target))
    let result = { (gap: Double) in Message.Argument.value(self.describeResult(gap + self.target)) }
    var meaning: Message
    if describeResult(chosen.inside.gap + self.target) == describeResult(self.target) {
      meaning = Message("solve-on-target")
    } else if chosen.isStep {
      let (a, b) = chosen.bracket
      let (low, high) = a.x <= b.x ? (a, b) : (b, a)
      meaning = Message("solve-steps", ["goal": goal, "low": result(low.gap), "high": result(high.gap)])
      if let (lower, upper) = chosen.shownNeighbours {
        meaning = Message(
          "solve-steps-between",
          [
            "meaning": .message(meaning), "lower": .value(describeInput(lower.x)),
            "upper": .value(describeInput(upper.x)),
          ])
      }
    } else if let (lower, upper) = chosen.shownNeighbours {
      meaning = Message(
        "solve-lies-between",
        [
          "goal": goal, "lowerResult": result(lower.gap), "lower": .value(describeInput(lower.x)),
          "upperResult": result(upper.gap), "upper": .value(describeInput(upper.x)),
        ])
    } else {
      meaning = Message("solve-nearest", ["goal": goal])
    }
    if answer.boundaries.count > 1 {
      let others = answer.boundaries.dropFirst().map { Message.verbatim(describeInput($0.inside.x)) }
      meaning = Message(
        "solve-also-crosses",
        [
          "meaning": .message(meaning), "goal": goal, "input": .text(input.name),
          "others": .message(Message.list(others) ?? .verbatim("")),
        ])
    } else if answer.turns > 1 {
      meaning = Message(
        "solve-crosses-times", ["meaning": .message(meaning), "goal": goal, "turns": .count(answer.turns)])
    }
    return meaning
  }
}
