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
      range = try parseRangeEnds(after: "`solve \(ExprPrinter.print(unknown)) from`")
    }
    guard matchWord("for") else {
      throw fail(
        "expected `for` and the result to reach",
        fixIt: "write `solve \(ExprPrinter.print(unknown)) for spend = $15k` (or `<=`, `>=`)")
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
        "`solve` needs a result and the value it should reach, joined by `=`, `<=` or `>=`",
        at: condition.span, fixIt: "write `solve \(ExprPrinter.print(unknown)) for spend = $15k`")
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
      throw fail(
        "expected `over` and the input to vary",
        fixIt: "write `table spend over cpc from $0.50 per visit to $2 per visit step $0.25 per visit`")
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
        "expected the values of `\(name)`: `from A to B step S` or `in [A, B, C]`",
        fixIt: "write `\(name) from 1% to 3% step 0.5%` or `\(name) in [1%, 2%, 3%]`")
    }
    let (low, high) = try parseRangeEnds(after: "`\(name) from`")
    guard matchWord("step") else {
      throw fail("expected `step` and the distance between values", fixIt: "add `step …` after the range")
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
      throw fail(
        "expected `over` and the inputs to vary", fixIt: "write `tornado spend over cpc, deal_size by 10%`")
    }
    var inputs: [TornadoInput] = []
    var spread: Expr?
    while true {
      let target = try parseExpression()
      var input = TornadoInput(target: target)
      if matchWord("from") {
        let (low, high) = try parseRangeEnds(after: "`\(ExprPrinter.print(target)) from`")
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

  /// `A to B` after `from`: read as one expression, whose `to` makes it a range.
  package mutating func parseRangeEnds(after context: String) throws -> (low: Expr, high: Expr) {
    let range = try parseExpression()
    guard case .uncertain(let low, let high) = range.kind else {
      throw fail(
        "expected `A to B` after \(context)", at: range.span, fixIt: "write both ends, as in `from 1% to 3%`")
    }
    return (low, high)
  }
}
