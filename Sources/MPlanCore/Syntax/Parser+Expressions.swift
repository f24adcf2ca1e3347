/// Expressions, loosest binding first:
/// `if` < `as` < `..` < `to` < `or` < `and` < `not` < comparison < `+ -` < `* /` < unary `-`
/// < `^` < postfix (call, `.member`, `->`, `per UNIT`) < primary.
extension Parser {
  public mutating func parseExpression() throws -> Expr {
    recursionDepth += 1
    defer { recursionDepth -= 1 }
    if recursionDepth > Self.maximumDepth {
      throw fail(
        "this expression is nested too deeply (more than \(Self.maximumDepth) levels)", code: .nestingTooDeep,
        fixIt: "split it into several `let` lines")
    }
    if check(.if) { return try parseConditional() }
    return try parseConversion()
  }

  mutating func parseConditional() throws -> Expr {
    let start = advance().span
    let condition = try parseExpression()
    skipNewlines()
    guard match(.then) else { throw fail("expected `then` after the condition of `if`") }
    skipNewlines()
    let thenBranch = try parseExpression()
    skipNewlines()
    guard match(.else) else {
      throw fail("expected `else`: an `if` must give a value either way", fixIt: "add `else …`")
    }
    skipNewlines()
    let elseBranch = try parseExpression()
    return try node(
      .conditional(condition: condition, then: thenBranch, else: elseBranch), start.joined(elseBranch.span),
      children: condition, thenBranch, elseBranch)
  }

  mutating func parseConversion() throws -> Expr {
    var value = try parsePeriod()
    while match(.as) {
      let unit = try parseUnitName(after: "`as`")
      value = try node(.convert(value, unit), value.span.joined(unit.span), children: value)
    }
    return value
  }

  mutating func parsePeriod() throws -> Expr {
    let start = try parseUncertain()
    guard match(.range) else { return start }
    skipNewlines()
    let end = try parseUncertain()
    return try node(.period(start, end), start.span.joined(end.span), children: start, end)
  }

  mutating func parseUncertain() throws -> Expr {
    let low = try parseOr()
    guard match(.to) else { return low }
    skipNewlines()
    let high = try parseOr()
    return try node(.uncertain(low, high), low.span.joined(high.span), children: low, high)
  }

  mutating func parseOr() throws -> Expr {
    var left = try parseAnd()
    while match(.or) {
      skipNewlines()
      let right = try parseAnd()
      left = try node(.binary(.or, left, right), left.span.joined(right.span), children: left, right)
    }
    return left
  }

  mutating func parseAnd() throws -> Expr {
    var left = try parseNot()
    while match(.and) {
      skipNewlines()
      let right = try parseNot()
      left = try node(.binary(.and, left, right), left.span.joined(right.span), children: left, right)
    }
    return left
  }

  mutating func parseNot() throws -> Expr {
    if check(.not) {
      let start = advance().span
      recursionDepth += 1
      defer { recursionDepth -= 1 }
      if recursionDepth > Self.maximumDepth { throw fail("too many `not`s in a row", code: .nestingTooDeep) }
      let operand = try parseNot()
      return try node(.unary(.not, operand), start.joined(operand.span), children: operand)
    }
    return try parseComparison()
  }

  static let comparisons: [Symbol: BinaryOperator] = [
    .equal: .equal, .notEqual: .notEqual, .less: .less, .lessEqual: .lessEqual, .greater: .greater,
    .greaterEqual: .greaterEqual,
  ]

  mutating func parseComparison() throws -> Expr {
    var left = try parseAdditive()
    while case .symbol(let symbol) = current.kind, let op = Self.comparisons[symbol] {
      advance()
      skipNewlines()
      let right = try parseAdditive()
      left = try node(.binary(op, left, right), left.span.joined(right.span), children: left, right)
    }
    return left
  }

  mutating func parseAdditive() throws -> Expr {
    var left = try parseMultiplicative()
    while true {
      let op: BinaryOperator
      if check(.plus) { op = .add } else if check(.minus) { op = .subtract } else { break }
      advance()
      skipNewlines()
      let right = try parseMultiplicative()
      left = try node(.binary(op, left, right), left.span.joined(right.span), children: left, right)
    }
    return left
  }

  mutating func parseMultiplicative() throws -> Expr {
    var left = try parseUnary()
    while true {
      let op: BinaryOperator
      if check(.star) { op = .multiply } else if check(.slash) { op = .divide } else { break }
      advance()
      skipNewlines()
      let right = try parseUnary()
      left = try node(.binary(op, left, right), left.span.joined(right.span), children: left, right)
    }
    return left
  }

  mutating func parseUnary() throws -> Expr {
    if check(.minus) {
      let start = advance().span
      recursionDepth += 1
      defer { recursionDepth -= 1 }
      if recursionDepth > Self.maximumDepth { throw fail("too many signs in a row", code: .nestingTooDeep) }
      let operand = try parseUnary()
      return try node(.unary(.negate, operand), start.joined(operand.span), children: operand)
    }
    return try parsePower()
  }

  mutating func parsePower() throws -> Expr {
    let base = try parsePostfix()
    guard match(.caret) else { return base }
    skipNewlines()
    let exponent = try parseUnary()
    return try node(
      .binary(.power, base, exponent), base.span.joined(exponent.span), children: base, exponent)
  }

  mutating func parsePostfix() throws -> Expr {
    var value = try parsePrimary()
    while true {
      if check(.leftParen) {
        let open = advance()
        bracketNesting += 1
        var arguments: [Expr] = []
        if !check(.rightParen) {
          repeat {
            if check(.rightParen) { break }
            arguments.append(try parseExpression())
          } while match(.comma)
        }
        let close = try expectClosing(.rightParen, opened: open, "to close the call")
        bracketNesting -= 1
        value = try node(
          .call(value, arguments), value.span.joined(close.span), children: [value] + arguments)
      } else if check(.dot) {
        advance()
        let member = try expectMemberName()
        if check(.arrow) {
          advance()
          let target = try expectMemberName()
          value = try node(
            .stageRate(value, from: member, to: target), value.span.joined(target.span), children: value)
        } else {
          value = try node(.member(value, member), value.span.joined(member.span), children: value)
        }
      } else if check(.per) {
        advance()
        let unit = try parseUnitName(after: "`per`")
        value = try node(.per(value, unit), value.span.joined(unit.span), children: value)
      } else {
        return value
      }
    }
  }

  /// After `.`, keywords are fine as member names: `plan.period`, `goal.by`.
  mutating func expectMemberName() throws -> Name {
    if case .keyword(let keyword) = current.kind {
      let token = advance()
      return Name(keyword.rawValue, token.span)
    }
    return try expectIdentifier("after `.`")
  }

  mutating func parseUnitName(after context: String) throws -> UnitName {
    if check(.percent) {
      return Name("%", advance().span)
    }
    guard case .identifier(let text) = current.kind else {
      throw fail(
        "expected a unit after \(context), found \(current.kind.description)",
        fixIt: "write a unit such as `visit`, `customer`, `USD` or `month`")
    }
    return Name(text, advance().span)
  }

  mutating func parsePrimary() throws -> Expr {
    let token = current
    switch token.kind {
    case .number(let value):
      advance()
      return try quantityIfUnitFollows(Expr(.literal(.number(value)), token.span))
    case .percent(let value):
      advance()
      return Expr(.literal(.percent(value)), token.span)
    case .money(let value, let currency):
      advance()
      return Expr(.literal(.money(value, currency: currency)), token.span)
    case .date(let year, let month, let day):
      advance()
      return Expr(.literal(.date(CalendarDay(year: year, month: month, day: day))), token.span)
    case .month(let year, let month):
      advance()
      return Expr(.literal(.month(year: year, month: month)), token.span)
    case .quarter(let year, let quarter):
      advance()
      return Expr(.literal(.quarter(year: year, quarter: quarter)), token.span)
    case .string(let text):
      advance()
      return Expr(.literal(.string(text)), token.span)
    case .keyword(.true), .keyword(.false):
      advance()
      return Expr(.literal(.bool(token.kind == .keyword(.true))), token.span)
    case .identifier(let name):
      advance()
      return Expr(.name(name), token.span)
    case .symbol(.leftParen):
      advance()
      bracketNesting += 1
      let inner = try parseExpression()
      let close = try expectClosing(.rightParen, opened: token, "to close `(`")
      bracketNesting -= 1
      var grouped = inner
      grouped.span = token.span.joined(close.span)
      return grouped
    case .symbol(.leftBracket):
      return try parseList()
    case .symbol(.leftBrace):
      return try parseRecord()
    case .endOfFile, .newline:
      throw fail("expected a value, found \(token.kind.description)")
    default:
      throw fail("expected a value, found \(token.kind.description)")
    }
  }

  /// `10 customer`, `24k USD`, `6 months`: a number followed on the same line by a unit name
  /// that is not a field of the block being read.
  mutating func quantityIfUnitFollows(_ number: Expr) throws -> Expr {
    if case .symbol(.percent) = tokens[index].kind {
      let percentToken = advance()
      return try node(
        .quantity(number, Name("%", percentToken.span)), number.span.joined(percentToken.span),
        children: number)
    }
    guard case .identifier(let text) = tokens[index].kind, !fieldNames.contains(text) else { return number }
    let unitToken = advance()
    return try node(
      .quantity(number, Name(text, unitToken.span)), number.span.joined(unitToken.span), children: number)
  }

  mutating func parseList() throws -> Expr {
    let open = advance()
    bracketNesting += 1
    var elements: [Expr] = []
    var depth = 1
    while !check(.rightBracket) {
      let element = try parseExpression()
      depth = max(depth, element.depth + 1)
      elements.append(element)
      if !match(.comma) { break }
    }
    let close = try expectClosing(.rightBracket, opened: open, "to close the list")
    bracketNesting -= 1
    return Expr(.list(elements), open.span.joined(close.span), depth: depth)
  }

  mutating func parseRecord() throws -> Expr {
    let open = advance()
    bracketNesting += 1
    let savedFields = fieldNames
    fieldNames = []
    defer { fieldNames = savedFields }
    var entries: [(Name, Expr)] = []
    var depth = 1
    while !check(.rightBrace) {
      let key = try expectMemberName()
      try expect(.colon, "after the field name `\(key.text)`")
      let value = try parseExpression()
      depth = max(depth, value.depth + 1)
      entries.append((key, value))
      if !match(.comma) { break }
    }
    let close = try expectClosing(.rightBrace, opened: open, "to close the record")
    bracketNesting -= 1
    return Expr(.record(entries), open.span.joined(close.span), depth: depth)
  }

  /// Builds a node one level deeper than its deepest child, refusing trees that are too deep:
  /// a chain like `1 + 1 + …` a million terms long is as deep as it is long.
  mutating func node(_ kind: Expr.Kind, _ span: SourceSpan, children: Expr...) throws -> Expr {
    try node(kind, span, children: children)
  }

  mutating func node(_ kind: Expr.Kind, _ span: SourceSpan, children: [Expr]) throws -> Expr {
    let depth = (children.map(\.depth).max() ?? 0) + 1
    if depth > Self.maximumDepth {
      throw fail(
        "this expression is nested too deeply (more than \(Self.maximumDepth) levels)", at: span,
        code: .nestingTooDeep, fixIt: "split it into several `let` lines")
    }
    return Expr(kind, span, depth: depth)
  }
}
