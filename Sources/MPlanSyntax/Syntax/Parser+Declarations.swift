/// Plan blocks (`goal`, `budget`, `action`, …), funnels, scenarios and the statements that
/// present a plan (`compare`, `show`).
extension Parser {
  package mutating func parseDeclaration() throws -> Stmt {
    let keywordToken = advance()
    guard case .identifier(let keyword) = keywordToken.kind, let kind = DeclarationKind(rawValue: keyword)
    else { throw fail("expected a declaration") }
    // `plan "Growth 2027" { … }` needs no name of its own: there is one plan.
    let name: Name
    if kind == .plan, case .string = current.kind {
      name = Name("plan", keywordToken.span)
    } else {
      name = try expectIdentifier("after `\(kind.rawValue)`")
      try refuseStatementWord(name)
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
      } while try match(.comma) && itemFollowsComma(before: .leftBrace)
    }
    // An action with no `=>` still parses: the plan checks report it (PLAN-X03) with the
    // rest of the plan, rather than a syntax error stopping everything.
    var fields: [Field] = []
    var end = previous.span
    if kind == .actuals, case .identifier("from") = current.kind {
      // `actuals spend from "ads.csv" { … }`: the files may come before the block, as the
      // sentence reads; it is the same `from` field as inside it.
      let word = advance()
      var files = [try parseExpression()]
      while match(.comma) { files.append(try parseExpression()) }
      end = files[files.count - 1].span
      fields.append(Field(name: Name("from", word.span), values: files, by: nil, span: word.span.joined(end)))
    }
    if check(.leftBrace) {
      let (blockFields, blockEnd) = try parseFieldBlock(kind)
      fields += blockFields
      end = blockEnd
    }
    let declaration = Declaration(
      kind: kind, name: name, title: title, serves: serves, fields: fields,
      span: keywordToken.span.joined(end))
    return Stmt(.declaration(declaration), declaration.span)
  }

  package mutating func parseFieldBlock(_ kind: DeclarationKind) throws -> ([Field], SourceSpan) {
    let open = advance()
    let savedFields = fieldNames
    // `by` always ends a value, even in a block that has no deadline (the checker says so).
    fieldNames = Set(kind.fieldNames + ["by"])
    defer { fieldNames = savedFields }
    var fields: [Field] = []
    let close = try parseBlockLines(
      opened: open, unclosed: "this `\(kind.rawValue)` block is not closed",
      fixIt: "add `}` after its last field"
    ) { parser in
      fields.append(try parser.parseField())
    }
    return (fields, close.span)
  }

  /// The lines of a `{ … }` block, up to and including its `}`: each is read by `line`, and
  /// a bad one is reported and skipped so the rest of the block is still read. A line that
  /// starts a statement (`let`, `goal NAME`, …) means the `}` was forgotten: that is said where
  /// the block opened, and the block ends there, so the lines below are not read as its fields.
  package mutating func parseBlockLines(
    opened open: Token, unclosed message: String, fixIt: String, _ line: (inout Parser) throws -> Void
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
      let openedHere = [Diagnostic.Label(span: open.span, message: "this block opened here")]
      if case .endOfFile = current.kind {
        throw fail(message, code: .unclosedBlock, secondary: openedHere, fixIt: fixIt)
      }
      if startsStatementInBlock {
        _ = fail(
          "\(current.kind.description) starts a new statement, but the block opened on line "
            + "\(open.span.line) is not closed",
          at: current.span, code: .unclosedBlock, secondary: openedHere,
          fixIt: "\(fixIt), before line \(current.span.line)")
        var last = index - 1
        while last > 0, case .newline = tokens[last].kind { last -= 1 }
        return tokens[last]
      }
      do {
        try line(&self)
      } catch {
        synchronizeInBlock()
      }
    }
    return advance()
  }

  package mutating func parseField() throws -> Field {
    let name = try expectIdentifier("for a field")
    if check(.assign) || check(.colon) {
      let sign = current
      throw fail(
        "a field takes its value without `\(sign.kind.symbolText)`", at: sign.span,
        fixIt: "write `\(name.text) \(restOfLine(after: index + 1))`")
    }
    var values: [Expr] = []
    var qualifier: Expr?
    // A bare field such as `zero_based` may be followed by the next field on its line.
    let bare: Bool = {
      if case .identifier(let word) = tokens[index].kind { return fieldNames.contains(word) }
      return false
    }()
    if !atLineEnd, !bare {
      values.append(try parseExpression())
      while match(.comma), try itemFollowsComma(before: .rightBrace) {
        values.append(try parseExpression())
      }
      // Only `control monthly by "CMO"` names someone with `by`; everywhere else `by` is the
      // deadline, a field of its own even on the line of another (`owner "Ana"  by 2027-06-30`).
      if name.text == "control", matchWord("by") {
        qualifier = try parseExpression()
      }
    }
    if !atLineEnd, !startsNextField {
      throw fail(
        "expected the end of the field `\(name.text)`, found \(current.kind.description)",
        fixIt: helpForFieldLeftover(name))
    }
    let end = qualifier?.span ?? values.last?.span ?? name.span
    return Field(name: name, values: values, by: qualifier, span: name.span.joined(end))
  }

  /// A line in a block that can only be a statement: `goal next {` or `let x = …`, but not a
  /// goal's own `budget marketing` field (`budget marketing {` is a budget again).
  package var startsStatementInBlock: Bool {
    guard startsStatement(at: index) else { return false }
    guard case .identifier(let word) = tokens[index].kind, fieldNames.contains(word),
      index + 2 < tokens.count
    else { return true }
    switch tokens[index + 2].kind {
    case .symbol(.leftBrace), .symbol(.fatArrow), .string: return true
    default: return false
    }
  }

  /// A second field on the same line: `author "Ana"  readers "CMO"`.
  package var startsNextField: Bool {
    if case .identifier = tokens[index].kind { return true }
    return false
  }

  /// The script's text from token `start` to the end of its line, without a comment.
  package func restOfLine(after start: Int) -> String {
    var end = start
    while end < tokens.count - 1 {
      switch tokens[end].kind {
      case .newline, .endOfFile, .symbol(.rightBrace), .symbol(.semicolon): break
      default:
        end += 1
        continue
      }
      break
    }
    guard end > start else { return "…" }
    return text(from: tokens[start].span.start, to: tokens[end - 1].span.end)
  }

  package mutating func expectLineEnd(of what: String) throws {
    if !atLineEnd {
      throw fail(
        "expected the end of \(what), found \(current.kind.description)",
        fixIt: "put each \(what.dropFirst(4)) on a line of its own")
    }
  }

  package mutating func synchronizeInBlock() {
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

  package mutating func parseFunnel() throws -> Stmt {
    let start = advance().span
    let name = try expectIdentifier("after `funnel`")
    let open = try expect(.leftBrace, "to open the funnel's stages")
    var stages: [FunnelStage] = []
    let close = try parseBlockLines(
      opened: open, unclosed: "this funnel is not closed", fixIt: "add `}` after its last stage"
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

  package mutating func parseScenario() throws -> Stmt {
    let start = advance().span
    let name = try expectIdentifier("after `scenario`")
    let parent =
      matchWord("extends") ? try expectIdentifier("after `extends` (the scenario this one builds on)") : nil
    let open = try expect(.leftBrace, "to open the scenario's changes")
    var overrides: [Override] = []
    let close = try parseBlockLines(
      opened: open, unclosed: "this scenario is not closed", fixIt: "add `}` after its last change"
    ) { parser in
      let target = try parser.parsePostfix()
      try parser.expect(.assign, "in a scenario change, as in `inbound.visit->mql = 1.5%`")
      let value = try parser.parseExpression()
      overrides.append(Override(target: target, value: value))
      if !parser.atLineEnd {
        throw parser.fail(
          "expected the end of the change, found \(parser.current.kind.description)",
          fixIt: "a scenario takes one change per line: put `\(parser.restOfLine(after: parser.index))` "
            + "on a line of its own")
      }
    }
    return Stmt(.scenario(name, extends: parent, overrides: overrides), start.joined(close.span))
  }

  package mutating func parseCompare() throws -> Stmt {
    let start = advance().span
    var scenarios: [Name] = []
    repeat {
      scenarios.append(try expectIdentifier("for a scenario (`base` is the plan as written)"))
    } while try match(.comma) && itemFollowsComma(before: nil) && !checkWord("on")
    guard matchWord("on") else {
      throw fail("expected `on` and what to compare", fixIt: "write `compare base, cautious on need.visit`")
    }
    var expressions = [try parseExpression()]
    while match(.comma), try itemFollowsComma(before: nil) {
      expressions.append(try parseExpression())
    }
    return Stmt(.compare(scenarios: scenarios, expressions: expressions), start.joined(previous.span))
  }

  package mutating func parseShow() throws -> Stmt {
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

  /// `export plan to "growth.html"`, `export NAME to "file.csv"`.
  package mutating func parseExport() throws -> Stmt {
    let start = advance().span
    let target = try expectIdentifier(
      "after `export` (`plan`, or the name of a goal, budget, funnel or value)")
    guard match(Keyword.to) else {
      throw fail(
        "expected `to` and a file name after `export \(target.text)`", at: target.span,
        fixIt: "write `export \(target.text) to \"plan.html\"` (\(ExportFormatNames.list(prefix: ".")))")
    }
    guard case .string(let path) = current.kind else {
      throw fail(
        "expected a file name in quotes after `export \(target.text) to`", at: previous.span,
        fixIt: "write `export \(target.text) to \"plan.html\"` (\(ExportFormatNames.list(prefix: ".")))")
    }
    let pathToken = advance()
    return Stmt(.export(target: target, path: path, pathSpan: pathToken.span), start.joined(pathToken.span))
  }
}
