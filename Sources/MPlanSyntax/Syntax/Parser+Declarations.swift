/// Plan blocks (`goal`, `budget`, `action`, …), funnels, scenarios and the statements that
/// present a plan (`compare`, `show`).
extension Parser {
  package mutating func parseDeclaration() throws -> Stmt {
    let keywordToken = advance()
    guard case .identifier(let written) = keywordToken.kind,
      let kind = DeclarationKind(rawValue: PlanWords.declaration(written) ?? written)
    else { throw fail(Message("parser-expected-declaration")) }
    // `plan "Growth 2027" { … }` needs no name of its own: there is one plan.
    let name: Name
    if kind == .plan, case .string = current.kind {
      name = Name("plan", keywordToken.span)
    } else {
      name = try expectIdentifier(.after(kind.rawValue))
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
        serves.append(try expectIdentifier(Message("parser-context-served-goal")))
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
    fieldNames = PlanWords.withAliases(kind.fieldNames + ["by"])
    defer { fieldNames = savedFields }
    var fields: [Field] = []
    let close = try parseBlockLines(
      opened: open, unclosed: Message("parser-block-not-closed", ["kind": .text(kind.rawValue)]),
      fixIt: Message("parser-block-not-closed-fix")
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
    opened open: Token, unclosed message: Message, fixIt: Message, _ line: (inout Parser) throws -> Void
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
      let openedHere = [Diagnostic.Label(span: open.span, message: Message("parser-block-opened-here"))]
      if case .endOfFile = current.kind {
        throw fail(message, code: .unclosedBlock, secondary: openedHere, fixIt: fixIt)
      }
      if startsStatementInBlock {
        _ = fail(
          Message(
            "parser-statement-in-open-block",
            ["found": .message(current.kind.described), "line": .count(open.span.line)]),
          at: current.span, code: .unclosedBlock, secondary: openedHere,
          fixIt: Message(
            "parser-fix-before-line", ["fix": .message(fixIt), "line": .count(current.span.line)]))
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
    var name = try expectIdentifier(Message("parser-context-field"))
    // A field named in another language (`метрика`) is its English field in the tree.
    if fieldNames.contains(name.text) { name.text = PlanWords.canonical(name.text) }
    if check(.assign) || check(.colon) {
      let sign = current
      throw fail(
        Message("parser-field-sign", ["sign": .text(sign.kind.symbolText)]), at: sign.span,
        fixIt: .write("\(name.text) \(restOfLine(after: index + 1))"))
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
        Message("parser-field-end", ["field": .text(name.text), "found": .message(current.kind.described)]),
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

  /// The end of a funnel's stage: one a line.
  package mutating func expectStageEnd() throws {
    if !atLineEnd {
      throw fail(
        Message("parser-stage-end", ["found": .message(current.kind.described)]),
        fixIt: Message("parser-stage-end-fix"))
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
    let name = try expectIdentifier(.after("funnel"))
    let open = try expect(.leftBrace, Message("parser-context-funnel-open"))
    var stages: [FunnelStage] = []
    let close = try parseBlockLines(
      opened: open, unclosed: Message("parser-funnel-not-closed"),
      fixIt: Message("parser-funnel-not-closed-fix")
    ) {
      parser in
      let from = try parser.expectIdentifier(Message("parser-context-stage"))
      try parser.expect(.arrow, Message("parser-context-stage-arrow"))
      let to = try parser.expectIdentifier(.after("->"))
      try parser.expect(.colon, Message("parser-context-stage-rate"))
      let rate = try parser.parseExpression()
      stages.append(FunnelStage(from: from, to: to, rate: rate))
      try parser.expectStageEnd()
    }
    return Stmt(.funnel(name, stages: stages), start.joined(close.span))
  }

  package mutating func parseScenario() throws -> Stmt {
    let start = advance().span
    let name = try expectIdentifier(.after("scenario"))
    var parent: Name?
    if matchWord("extends") { parent = try expectIdentifier(Message("parser-context-extends")) }
    let open = try expect(.leftBrace, Message("parser-context-scenario-open"))
    var overrides: [Override] = []
    let close = try parseBlockLines(
      opened: open, unclosed: Message("parser-scenario-not-closed"),
      fixIt: Message("parser-scenario-not-closed-fix")
    ) { parser in
      let target = try parser.parsePostfix()
      try parser.expect(.assign, Message("parser-context-scenario-change"))
      let value = try parser.parseExpression()
      overrides.append(Override(target: target, value: value))
      if !parser.atLineEnd {
        throw parser.fail(
          Message("parser-change-end", ["found": .message(parser.current.kind.described)]),
          fixIt: Message("parser-change-end-fix", ["rest": .text(parser.restOfLine(after: parser.index))]))
      }
    }
    return Stmt(.scenario(name, extends: parent, overrides: overrides), start.joined(close.span))
  }

  package mutating func parseCompare() throws -> Stmt {
    let start = advance().span
    var scenarios: [Name] = []
    repeat {
      scenarios.append(try expectIdentifier(Message("parser-context-compared-scenario")))
    } while try match(.comma) && itemFollowsComma(before: nil) && !checkWord("on")
    guard matchWord("on") else {
      throw fail(Message("parser-compare-on"), fixIt: Message("parser-compare-on-fix"))
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
        groupedBy = try expectMemberName(.after("by"))
        break
      }
      words.append(try expectMemberName(.after("show")))
    }
    if words.isEmpty {
      throw fail(Message("parser-show-what"), fixIt: Message("parser-show-what-fix"))
    }
    return Stmt(.show(words: words, groupedBy: groupedBy), start.joined(previous.span))
  }

  /// `export plan to "growth.html"`, `export NAME to "file.csv"`.
  package mutating func parseExport() throws -> Stmt {
    let start = advance().span
    let target = try expectIdentifier(Message("parser-context-export"))
    guard match(Keyword.to) else {
      throw fail(
        Message("parser-export-to", ["target": .text(target.text)]), at: target.span,
        fixIt: .exportFix(target.text))
    }
    guard case .string(let path) = current.kind else {
      throw fail(
        Message("parser-export-file", ["target": .text(target.text)]), at: previous.span,
        fixIt: .exportFix(target.text))
    }
    let pathToken = advance()
    return Stmt(.export(target: target, path: path, pathSpan: pathToken.span), start.joined(pathToken.span))
  }
}

extension Message {
  /// How to write an `export` of `target`, with the file extensions mplan writes.
  static func exportFix(_ target: String) -> Message {
    Message(
      "parser-export-fix",
      ["target": .text(target), "formats": .message(ExportFormatNames.alternatives(prefix: "."))])
  }
}
