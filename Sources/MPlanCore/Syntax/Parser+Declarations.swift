/// Plan blocks (`goal`, `budget`, `action`, …), funnels, scenarios and the statements that
/// present a plan (`compare`, `show`).
extension Parser {
  mutating func parseDeclaration() throws -> Stmt {
    let keywordToken = advance()
    guard case .identifier(let keyword) = keywordToken.kind, let kind = DeclarationKind(rawValue: keyword)
    else { throw fail("expected a declaration") }
    // `plan "Growth 2027" { … }` needs no name of its own: there is one plan.
    let name: Name
    if kind == .plan, case .string = current.kind {
      name = Name("plan", keywordToken.span)
    } else {
      name = try expectIdentifier("after `\(kind.rawValue)`")
    }
    var title: String?
    if case .string(let text) = current.kind {
      advance()
      title = text
    }
    var serves: [Name] = []
    if match(.fatArrow) {
      repeat {
        serves.append(try expectIdentifier("after `=>` (the goal this action serves)"))
      } while match(.comma)
    }
    // An action with no `=>` still parses: the plan checks report it (PLAN-X03) with the
    // rest of the plan, rather than a syntax error stopping everything.
    var fields: [Field] = []
    var end = previous.span
    if check(.leftBrace) {
      (fields, end) = try parseFieldBlock(kind)
    }
    let declaration = Declaration(
      kind: kind, name: name, title: title, serves: serves, fields: fields,
      span: keywordToken.span.joined(end))
    return Stmt(.declaration(declaration), declaration.span)
  }

  mutating func parseFieldBlock(_ kind: DeclarationKind) throws -> ([Field], SourceSpan) {
    advance()  // {
    let savedFields = fieldNames
    fieldNames = Set(kind.fieldNames)
    defer { fieldNames = savedFields }
    var fields: [Field] = []
    let close = try parseBlockLines(
      unclosed: "this `\(kind.rawValue)` block is not closed", fixIt: "add `}` after its last field"
    ) { parser in
      fields.append(try parser.parseField())
    }
    return (fields, close.span)
  }

  /// The lines of a `{ … }` block, up to and including its `}`: each is read by `line`, and
  /// a bad one is reported and skipped so the rest of the block is still read.
  mutating func parseBlockLines(
    unclosed message: String, fixIt: String, _ line: (inout Parser) throws -> Void
  ) throws -> Token {
    let savedNesting = bracketNesting
    bracketNesting = 0
    blockDepth += 1
    defer {
      bracketNesting = savedNesting
      blockDepth -= 1
    }
    while true {
      skipSeparators()
      if check(.rightBrace) { break }
      if case .endOfFile = current.kind { throw fail(message, fixIt: fixIt) }
      do {
        try line(&self)
      } catch {
        synchronizeInBlock()
      }
    }
    return advance()
  }

  mutating func parseField() throws -> Field {
    let name = try expectIdentifier("for a field")
    var values: [Expr] = []
    var qualifier: Expr?
    // A bare field such as `zero_based` may be followed by the next field on its line.
    let bare: Bool = {
      if case .identifier(let word) = tokens[index].kind { return fieldNames.contains(word) }
      return false
    }()
    if !atLineEnd, !bare {
      values.append(try parseExpression())
      while match(.comma) {
        skipNewlines()
        values.append(try parseExpression())
      }
      // Only `control monthly by "CMO"` takes a `by`; elsewhere `by` starts the next field
      // (`target 10 customers by 2027-06-30`) or is reported as a field the block lacks.
      if name.text == "control", matchWord("by") {
        qualifier = try parseExpression()
      }
    }
    if !atLineEnd, !startsNextField {
      throw fail(
        "expected the end of the field `\(name.text)`, found \(current.kind.description)",
        fixIt: "put each field on its own line")
    }
    let end = qualifier?.span ?? values.last?.span ?? name.span
    return Field(name: name, values: values, by: qualifier, span: name.span.joined(end))
  }

  /// A second field on the same line: `author "Ana"  readers "CMO"`.
  var startsNextField: Bool {
    if case .identifier = tokens[index].kind { return true }
    return false
  }

  mutating func expectLineEnd(of what: String) throws {
    if !atLineEnd { throw fail("expected the end of \(what), found \(current.kind.description)") }
  }

  mutating func synchronizeInBlock() {
    while true {
      switch tokens[index].kind {
      case .endOfFile, .symbol(.rightBrace): return
      case .newline:
        index += 1
        return
      default: index += 1
      }
    }
  }

  mutating func parseFunnel() throws -> Stmt {
    let start = advance().span
    let name = try expectIdentifier("after `funnel`")
    try expect(.leftBrace, "to open the funnel's stages")
    var stages: [FunnelStage] = []
    let close = try parseBlockLines(
      unclosed: "this funnel is not closed", fixIt: "add `}` after its last stage"
    ) {
      parser in
      let from = try parser.expectIdentifier("for a funnel stage, as in `visit -> mql : 2%`")
      try parser.expect(.arrow, "between two stages, as in `visit -> mql : 2%`")
      let to = try parser.expectIdentifier("after `->`")
      try parser.expect(.colon, "before the conversion rate, as in `visit -> mql : 2%`")
      let rate = try parser.parseExpression()
      stages.append(FunnelStage(from: from, to: to, rate: rate))
      try parser.expectLineEnd(of: "the stage")
    }
    return Stmt(.funnel(name, stages: stages), start.joined(close.span))
  }

  mutating func parseScenario() throws -> Stmt {
    let start = advance().span
    let name = try expectIdentifier("after `scenario`")
    try expect(.leftBrace, "to open the scenario's changes")
    var overrides: [Override] = []
    let close = try parseBlockLines(
      unclosed: "this scenario is not closed", fixIt: "add `}` after its last change"
    ) { parser in
      let target = try parser.parsePostfix()
      try parser.expect(.assign, "in a scenario change, as in `inbound.visit->mql = 1.5%`")
      let value = try parser.parseExpression()
      overrides.append(Override(target: target, value: value))
      try parser.expectLineEnd(of: "the change")
    }
    return Stmt(.scenario(name, overrides: overrides), start.joined(close.span))
  }

  mutating func parseCompare() throws -> Stmt {
    let start = advance().span
    var scenarios: [Name] = []
    repeat {
      scenarios.append(try expectIdentifier("for a scenario (`base` is the plan as written)"))
    } while match(.comma)
    guard matchWord("on") else {
      throw fail("expected `on` and what to compare", fixIt: "write `compare base, cautious on need.visit`")
    }
    var expressions = [try parseExpression()]
    while match(.comma) {
      skipNewlines()
      expressions.append(try parseExpression())
    }
    return Stmt(.compare(scenarios: scenarios, expressions: expressions), start.joined(previous.span))
  }

  mutating func parseShow() throws -> Stmt {
    let start = advance().span
    var words: [Name] = []
    var groupedBy: Name?
    while !atLineEnd {
      if matchWord("by") {
        groupedBy = try expectMemberName("after `by`")
        break
      }
      words.append(try expectMemberName("after `show`"))
    }
    if words.isEmpty {
      throw fail("expected what to show", fixIt: "write `show NAME`, `show goals` or `show actions by owner`")
    }
    return Stmt(.show(words: words, groupedBy: groupedBy), start.joined(previous.span))
  }
}
