/// Expressions, loosest binding first:
/// `if` < `as` < `..` < `to` < `or` < `and` < `not` < comparison < `+ -` < `* /` < unary `-`
/// < `^` < postfix (call, `.member`, `->`, `per UNIT`) < primary. A `to` with `+ - * /` in
/// either end without brackets is refused (`refuseArithmeticBeside`).
extension Parser {
  public mutating func parseExpression() throws -> Expr {
    recursionDepth += 1
    defer { recursionDepth -= 1 }
    if isNestedTooDeeply {
      throw fail(
        Message("parser-nested-too-deeply", ["levels": .count(Self.maximumDepth)]), code: .nestingTooDeep,
        fixIt: .splitIntoLets)
    }
    if check(.if) { return try parseConditional() }
    return try parseConversion()
  }

  package mutating func parseConditional() throws -> Expr {
    let start = advance().span
    let condition = try parseExpression()
    skipNewlines()
    guard match(.then) else {
      throw fail(
        Message("parser-if-then"),
        fixIt: check(.assign) ? Message("parser-if-then-compare-fix") : Message("parser-if-then-fix"))
    }
    skipNewlines()
    let thenBranch = try parseExpression()
    skipNewlines()
    guard match(.else) else {
      throw fail(Message("parser-if-else"), fixIt: Message("parser-if-else-fix"))
    }
    skipNewlines()
    let elseBranch = try parseExpression()
    return try node(
      .conditional(condition: condition, then: thenBranch, else: elseBranch), start.joined(elseBranch.span),
      children: condition, thenBranch, elseBranch)
  }

  package mutating func parseConversion() throws -> Expr {
    var value = try parsePeriod()
    while match(.as) {
      let unit = try parseUnitName(after: .as)
      value = try node(.convert(value, unit), value.span.joined(unit.span), children: value)
    }
    return value
  }

  package mutating func parsePeriod() throws -> Expr {
    let start = try parseUncertain()
    guard match(.range) else { return start }
    skipNewlines()
    let end = try parseUncertain()
    return try node(.period(start, end), start.span.joined(end.span), children: start, end)
  }

  package mutating func parseUncertain() throws -> Expr {
    let low = try parseOr()
    guard match(.to) else { return low }
    skipNewlines()
    let high = try parseOr()
    try refuseArithmeticBeside(low: low, high: high)
    return try node(.uncertain(low, high), low.span.joined(high.span), children: low, high)
  }

  /// `or` < `and` < `not` < comparison < `+ -` < `* /`, all left-associative, parsed by
  /// precedence climbing: one loop instead of a function a level, since every operand of
  /// every line passes through here.
  package mutating func parseOr() throws -> Expr {
    try parseBinary(minimum: Self.orPrecedence)
  }

  package static let orPrecedence = 1
  package static let notPrecedence = 3

  /// The binary operator at the current token and how tightly it binds.
  package func binaryOperator() -> (BinaryOperator, Int)? {
    switch tokens[bracketNesting == 0 ? index : tokenIndexOfCurrent].kind {
    case .keyword(.or): (.or, 1)
    case .keyword(.and): (.and, 2)
    case .symbol(.equal): (.equal, 4)
    case .symbol(.notEqual): (.notEqual, 4)
    case .symbol(.less): (.less, 4)
    case .symbol(.lessEqual): (.lessEqual, 4)
    case .symbol(.greater): (.greater, 4)
    case .symbol(.greaterEqual): (.greaterEqual, 4)
    case .symbol(.plus): (.add, 5)
    case .symbol(.minus): (.subtract, 5)
    case .symbol(.star): (.multiply, 6)
    case .symbol(.slash): (.divide, 6)
    default: nil
    }
  }

  package mutating func parseBinary(minimum: Int) throws -> Expr {
    var left: Expr
    if minimum <= Self.notPrecedence, check(.not) {
      let start = advance().span
      recursionDepth += 1
      defer { recursionDepth -= 1 }
      if isNestedTooDeeply {
        throw fail(Message("parser-too-many-nots"), code: .nestingTooDeep)
      }
      let operand = try parseBinary(minimum: Self.notPrecedence)
      left = try node(.unary(.not, operand), start.joined(operand.span), children: operand)
    } else {
      left = try parseUnary()
    }
    while let (op, precedence) = binaryOperator(), precedence >= minimum {
      advance()
      skipNewlines()
      let right = try parseBinary(minimum: precedence + 1)
      left = try node(.binary(op, left, right), left.span.joined(right.span), children: left, right)
    }
    return left
  }

  package mutating func parseUnary() throws -> Expr {
    if check(.minus) {
      let start = advance().span
      recursionDepth += 1
      defer { recursionDepth -= 1 }
      if isNestedTooDeeply { throw fail(Message("parser-too-many-signs"), code: .nestingTooDeep) }
      let operand = try parseUnary()
      return try node(.unary(.negate, operand), start.joined(operand.span), children: operand)
    }
    if isSignOfNumber {
      let start = advance().span
      let operand = try parsePower()
      return try node(.unary(.plus, operand), start.joined(operand.span), children: operand)
    }
    return try parsePower()
  }

  /// `target +25%`: a `+` written against a number, after something on the same line, is the
  /// number's sign (a goal's growth). At the start of a line it stays an error: a statement
  /// ends at the end of its line, so `+ $20` there is an unfinished sum, not a new value.
  package var isSignOfNumber: Bool {
    guard check(.plus), bracketNesting == 0, index + 1 < tokens.count, let last = lastWritten,
      last.span.line == current.span.line
    else { return false }
    let next = tokens[index + 1]
    switch next.kind {
    case .number, .percent, .money: return next.span.startOffset == current.span.endOffset
    default: return false
    }
  }

  package mutating func parsePower() throws -> Expr {
    let base = try parsePostfix()
    guard match(.caret) else { return base }
    // `^` is right-associative, so `2^2^2…` recurses here once a level.
    recursionDepth += 1
    defer { recursionDepth -= 1 }
    if isNestedTooDeeply {
      throw fail(Message("parser-too-many-powers"), code: .nestingTooDeep, fixIt: .splitIntoLets)
    }
    skipNewlines()
    let exponent = try parseUnary()
    return try node(
      .binary(.power, base, exponent), base.span.joined(exponent.span), children: base, exponent)
  }

  package mutating func parsePostfix() throws -> Expr {
    var value = try parsePrimary()
    while true {
      if check(.leftParen) {
        let open = advance()
        bracketNesting += 1
        var arguments: [Expr] = []
        var named: [(Name, Expr)] = []
        if !check(.rightParen) {
          repeat {
            if check(.rightParen) { break }
            if let name = try namedArgument() {
              named.append((name, try parseExpression()))
            } else if let (first, _) = named.first {
              throw fail(
                Message("parser-unnamed-after-named"),
                secondary: [.init(span: first.span, message: Message("parser-named-from-here"))],
                fixIt: Message("parser-unnamed-after-named-fix"))
            } else {
              arguments.append(try parseExpression())
            }
          } while match(.comma)
        }
        let close = try expectClosing(.rightParen, opened: open, Message("parser-context-close-call"))
        bracketNesting -= 1
        // `normal(p5: $8k, p95: $12k)`: named arguments are one record after the others, so
        // a function reads them as fields and the rest of mplan sees an ordinary call.
        if let (first, _) = named.first, let (_, last) = named.last {
          let depth = named.map { $0.1.depth }.max()! + 1
          arguments.append(Expr(.record(named), first.span.joined(last.span), depth: depth))
        }
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
        if case .number(let count) = current.kind {
          // `$5 per 1,000 impressions` (a CPM) is the amount divided by 1,000 impressions.
          let countToken = advance()
          let amount = try quantityIfUnitFollows(Expr(.literal(.number(count)), countToken.span))
          guard case .quantity = amount.kind else {
            throw fail(
              Message("parser-per-count-unit"), at: countToken.span,
              fixIt: Message("parser-per-count-unit-fix"))
          }
          value = try node(
            .binary(.divide, value, amount), value.span.joined(amount.span), children: value, amount)
          continue
        }
        let unit = try parseUnitName(after: .per)
        value = try node(.per(value, unit), value.span.joined(unit.span), children: value)
      } else {
        return value
      }
    }
  }

  /// After `.`, keywords are fine as member names: `plan.period`, `goal.by`.
  package mutating func expectMemberName(_ context: Message = .after(".")) throws -> Name {
    if case .keyword(let keyword) = current.kind {
      let token = advance()
      return Name(keyword.rawValue, token.span)
    }
    return try expectIdentifier(context)
  }

  package mutating func parseUnitName(after keyword: Keyword) throws -> UnitName {
    if check(.percent) {
      return Name("%", advance().span)
    }
    guard case .identifier(let text) = current.kind else {
      throw fail(
        Message(
          "parser-expected-unit",
          ["keyword": .text(keyword.rawValue), "found": .message(current.kind.described)]),
        fixIt: Message("parser-expected-unit-fix"))
    }
    return Name(text, advance().span)
  }

  package mutating func parsePrimary() throws -> Expr {
    let token = current
    switch token.kind {
    case .number(let value):
      advance()
      return try quantityIfUnitFollows(Expr(.literal(.number(value)), token.span))
    case .percent(let value):
      advance()
      return Expr(.literal(.percent(value)), token.span)
    case .money(let value, let symbol):
      advance()
      return Expr(.literal(.money(value, currency: Lexer.currencySymbols[symbol] ?? "USD")), token.span)
    case .date(let day):
      advance()
      return Expr(.literal(.date(day)), token.span)
    case .month(let year, let month):
      advance()
      return Expr(.literal(.month(year: year, month: month)), token.span)
    case .quarter(let year, let quarter):
      advance()
      return Expr(.literal(.quarter(year: year, quarter: quarter)), token.span)
    case .week(let year, let week):
      advance()
      return Expr(.literal(.week(year: year, week: week)), token.span)
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
      let close = try expectClosing(.rightParen, opened: token, Message("parser-context-close-bracket"))
      bracketNesting -= 1
      var grouped = inner
      grouped.span = token.span.joined(close.span)
      return grouped
    case .symbol(.leftBracket):
      return try parseList()
    case .symbol(.leftBrace):
      return try parseRecord()
    case .symbol(let symbol) where [.plus, .star, .slash, .caret].contains(symbol) && followsALine:
      // `let c = $100` then `* 2` on the next line: a statement ends at the end of its line.
      throw fail(.expectedValue(found: token.kind), fixIt: Self.continueLineHelp)
    default:
      throw fail(.expectedValue(found: token.kind), fixIt: helpForMissingValue())
    }
  }

  package static let continueLineHelp = Message("parser-continue-line-fix")

  /// True when the current token starts a line that has a line above it (an error path
  /// only, so looking back is cheap enough).
  package var followsALine: Bool {
    index > 0 && tokens[index - 1].kind == .newline
      && tokens[..<index].contains { if case .newline = $0.kind { false } else { true } }
  }

  /// `10 customer`, `24k USD`, `6 months`: a number followed on the same line by a unit name
  /// that is not a field of the block being read.
  package mutating func quantityIfUnitFollows(_ number: Expr) throws -> Expr {
    if case .symbol(.percent) = tokens[index].kind {
      let percentToken = advance()
      return try node(
        .quantity(number, Name("%", percentToken.span)), number.span.joined(percentToken.span),
        children: number)
    }
    guard case .identifier(let text) = tokens[index].kind, !fieldNames.contains(text) else { return number }
    // `a = 2  b = 3` in a scenario: `b` starts the next change, it is not a unit.
    switch tokens[index + 1].kind {
    case .symbol(.assign), .symbol(.dot): return number
    default: break
    }
    let unitToken = advance()
    return try node(
      .quantity(number, Name(text, unitToken.span)), number.span.joined(unitToken.span), children: number)
  }

  package mutating func parseList() throws -> Expr {
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
    let close = try expectClosing(.rightBracket, opened: open, Message("parser-context-close-list"))
    bracketNesting -= 1
    return Expr(.list(elements), open.span.joined(close.span), depth: depth)
  }

  /// `p5:` in `normal(p5: $8k, p95: $12k)`: the argument's name, consumed with its colon,
  /// or nil (and nothing consumed) for an argument without a name.
  package mutating func namedArgument() throws -> Name? {
    let at = tokenIndexOfCurrent
    guard case .identifier = tokens[at].kind, at + 1 < tokens.count,
      case .symbol(.colon) = tokens[at + 1].kind
    else { return nil }
    let name = try expectMemberName(Message("parser-context-argument-name"))
    try expect(.colon, Message("parser-context-after-argument-name", ["name": .text(name.text)]))
    return name
  }

  package mutating func parseRecord() throws -> Expr {
    let open = advance()
    bracketNesting += 1
    let savedFields = fieldNames
    fieldNames = []
    defer { fieldNames = savedFields }
    var entries: [(Name, Expr)] = []
    var depth = 1
    while !check(.rightBrace) {
      let key = try expectMemberName(Message("parser-context-record-field"))
      try expect(.colon, Message("parser-context-record-field-name", ["field": .text(key.text)]))
      let value = try parseExpression()
      depth = max(depth, value.depth + 1)
      entries.append((key, value))
      if !match(.comma) { break }
    }
    let close = try expectClosing(.rightBrace, opened: open, Message("parser-context-close-record"))
    bracketNesting -= 1
    return Expr(.record(entries), open.span.joined(close.span), depth: depth)
  }

  /// Builds a node one level deeper than its deepest child, refusing trees that are too deep:
  /// a chain like `1 + 1 + …` a million terms long is as deep as it is long.
  package mutating func node(_ kind: Expr.Kind, _ span: SourceSpan, children first: Expr) throws -> Expr {
    try node(kind, span, depth: first.depth + 1)
  }

  package mutating func node(_ kind: Expr.Kind, _ span: SourceSpan, children first: Expr, _ second: Expr)
    throws
    -> Expr
  {
    try node(kind, span, depth: max(first.depth, second.depth) + 1)
  }

  package mutating func node(
    _ kind: Expr.Kind, _ span: SourceSpan, children first: Expr, _ second: Expr, _ third: Expr
  )
    throws -> Expr
  {
    try node(kind, span, depth: max(first.depth, second.depth, third.depth) + 1)
  }

  package mutating func node(_ kind: Expr.Kind, _ span: SourceSpan, children: [Expr]) throws -> Expr {
    try node(kind, span, depth: (children.map(\.depth).max() ?? 0) + 1)
  }

  package mutating func node(_ kind: Expr.Kind, _ span: SourceSpan, depth: Int) throws -> Expr {
    // A leaf is depth 1, so a chain of n operators is n + 1 deep: the limit counts operators.
    if depth - 1 > Self.maximumTreeDepth {
      throw fail(
        Message("parser-too-long-or-deep", ["levels": .count(Self.maximumTreeDepth)]), at: span,
        code: .nestingTooDeep, fixIt: .splitIntoLets)
    }
    return Expr(kind, span, depth: depth)
  }
}

extension Parser {
  /// The statement's own expression is not a level of nesting: 200 brackets (or signs, `not`s,
  /// `^`s) are allowed, the 201st is not, as docs/language.md says.
  package var isNestedTooDeeply: Bool { recursionDepth - 1 > Self.maximumDepth }
}

extension Message {
  static let splitIntoLets = Message("parser-split-into-lets-fix")

  /// "expected a value, found `)`".
  package static func expectedValue(found: Token.Kind) -> Message {
    Message("parser-expected-value", ["found": .message(found.described)])
  }
}
