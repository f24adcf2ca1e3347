/// The what-if statements: `solve` (goal seek) and `table` (a data table).
extension Parser {
  /// The words that go on a what-if statement: after a number they are never its unit
  /// (`from 0 to 10 for …` is not ten `for`s).
  package static let clauseWords: Set<String> = ["for", "from", "step", "over", "in"]

  /// `solve UNKNOWN [from LOW to HIGH] for RESULT (= | <= | >=) TARGET`.
  package mutating func parseSolve() throws -> Stmt {
    let start = advance().span
    let outerFieldNames = fieldNames
    fieldNames = Self.clauseWords
    defer { fieldNames = outerFieldNames }
    let unknown = try parseExpression()
    var range: (low: Expr, high: Expr)?
    if matchWord("from") {
      range = try parseRangeEnds(after: "solve \(ExprPrinter.print(unknown)) from")
    }
    guard matchWord("for") else {
      throw fail(
        Message("parser-solve-for"),
        fixIt: Message("parser-solve-for-fix", ["unknown": .text(ExprPrinter.print(unknown))]))
    }
    let condition = try parseExpression()
    let (result, relation, target): (Expr, GoalSeek.Relation, Expr)
    if match(.assign) {
      (result, relation, target) = (condition, .equal, try parseExpression())
    } else if case .binary(let op, let left, let right) = condition.kind,
      let found = [
        BinaryOperator.equal: GoalSeek.Relation.equal, .lessEqual: .atMost, .greaterEqual: .atLeast,
      ][op]
    {
      (result, relation, target) = (left, found, right)
    } else {
      throw fail(
        Message("parser-solve-condition"), at: condition.span,
        fixIt: Message("parser-solve-condition-fix", ["unknown": .text(ExprPrinter.print(unknown))]))
    }
    let seek = GoalSeek(unknown: unknown, range: range, result: result, relation: relation, target: target)
    return Stmt(.solve(seek), start.joined(previous.span))
  }

  /// `table RESULT {, RESULT} over INPUT [, INPUT]`, each input `NAME from A to B step S` or
  /// `NAME in [A, B, …]`.
  package mutating func parseTable() throws -> Stmt {
    let start = current.span
    let (outputs, inputs) = try parseTableParts()
    return Stmt(.table(outputs: outputs, inputs: inputs), start.joined(previous.span))
  }

  /// The results and inputs of a `table`, from the word `table` on (also after `let NAME =`).
  package mutating func parseTableParts() throws -> (outputs: [Expr], inputs: [TableInput]) {
    advance()
    let outerFieldNames = fieldNames
    fieldNames = Self.clauseWords
    defer { fieldNames = outerFieldNames }
    var outputs = [try parseExpression()]
    while match(.comma), try itemFollowsComma(before: nil), !checkWord("over") {
      outputs.append(try parseExpression())
    }
    guard matchWord("over") else {
      throw fail(Message("parser-table-over"), fixIt: Message("parser-table-over-fix"))
    }
    var inputs = [try parseTableInput()]
    while match(.comma), try itemFollowsComma(before: nil) {
      inputs.append(try parseTableInput())
    }
    return (outputs, inputs)
  }

  package mutating func parseTableInput() throws -> TableInput {
    let target = try parseExpression()
    let name = ExprPrinter.print(target)
    if matchWord("in") {
      return TableInput(target: target, values: .list(try parseExpression()))
    }
    guard matchWord("from") else {
      throw fail(
        Message("parser-table-input-values", ["input": .text(name)]),
        fixIt: Message("parser-table-input-values-fix", ["input": .text(name)]))
    }
    let (low, high) = try parseRangeEnds(after: "\(name) from")
    guard matchWord("step") else {
      throw fail(Message("parser-table-step"), fixIt: Message("parser-table-step-fix"))
    }
    return TableInput(target: target, values: .range(from: low, to: high, step: try parseExpression()))
  }

  /// `tornado RESULT over INPUT [SPREAD] {, INPUT [SPREAD]} [by PERCENT]`, where an input's
  /// own SPREAD is `from A to B` or `by PERCENT`. A `by` after the last input is every
  /// input's that has none of its own, as it was before inputs could have their own; an
  /// input with neither varies over the range its value is written as.
  package mutating func parseTornado() throws -> Stmt {
    let start = advance().span
    let outerFieldNames = fieldNames
    fieldNames = Self.clauseWords.union(["by"])
    defer { fieldNames = outerFieldNames }
    let result = try parseExpression()
    guard matchWord("over") else {
      throw fail(Message("parser-tornado-over"), fixIt: Message("parser-tornado-over-fix"))
    }
    var inputs: [TornadoInput] = []
    var spread: Expr?
    while true {
      let target = try parseExpression()
      var input = TornadoInput(target: target)
      if matchWord("from") {
        let (low, high) = try parseRangeEnds(after: "\(ExprPrinter.print(target)) from")
        input.spread = .range(low: low, high: high)
      } else if matchWord("by") {
        let share = try parseExpression()
        if check(.comma) { input.spread = .share(share) } else { spread = share }
      }
      inputs.append(input)
      guard spread == nil, match(.comma), try itemFollowsComma(before: nil) else { break }
    }
    return Stmt(.tornado(result: result, inputs: inputs, by: spread), start.joined(previous.span))
  }

  /// `correlate cpc, deal_size by 0.6`; `correlate a, b, c by [[1, 0.6, 0.2], …]`.
  package mutating func parseCorrelate() throws -> Stmt {
    let start = advance().span
    var inputs: [Expr] = []
    repeat {
      let name = try expectIdentifier(.after("correlate"))
      inputs.append(Expr(.name(name.text), name.span))
    } while match(.comma)
    guard inputs.count >= 2 else {
      throw fail(Message("parser-correlate-two"), at: inputs[0].span, fixIt: Message("parser-correlate-fix"))
    }
    guard matchWord("by") else {
      throw fail(Message("parser-correlate-by"), fixIt: Message("parser-correlate-fix"))
    }
    let coefficients = try parseExpression()
    return Stmt(.correlate(inputs: inputs, by: coefficients), start.joined(coefficients.span))
  }

  /// `A to B` after `from`: read as one expression, whose `to` makes it a range.
  package mutating func parseRangeEnds(after code: String) throws -> (low: Expr, high: Expr) {
    let range = try parseExpression()
    guard case .uncertain(let low, let high) = range.kind else {
      throw fail(
        Message("parser-range-ends", ["code": .text(code)]), at: range.span,
        fixIt: Message("parser-range-ends-fix"))
    }
    return (low, high)
  }
}
