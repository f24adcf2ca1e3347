/// Looking at tokens, expecting them, and recovering after an error: what every part of
/// the parser uses, kept apart from the grammar itself.
extension Parser {
  package var current: Token {
    if bracketNesting == 0 { return tokens[index] }
    var probe = index
    if bracketNesting > 0 {
      while case .newline = tokens[probe].kind { probe += 1 }
    }
    return tokens[probe]
  }

  package var previous: Token { tokens[max(0, index - 1)] }

  /// The script's text between two offsets, for help that shows what to write.
  package func text(from start: Int, to end: Int) -> String {
    guard start <= end, end <= sourceScalars.count else { return "…" }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: sourceScalars[start..<end])
    return String(view)
  }

  package func text(_ span: SourceSpan) -> String { text(from: span.start, to: span.end) }

  @discardableResult
  package mutating func advance() -> Token {
    if bracketNesting > 0 {
      while case .newline = tokens[index].kind { index += 1 }
    }
    let token = tokens[index]
    if case .endOfFile = token.kind { return token }
    index += 1
    // A line that ends with an operator, `per`, `as`, `to`, `if`… goes on on the next line.
    if token.kind.continuesLine { skipNewlines() }
    return token
  }

  /// After a `,`: a line ending in `,` goes on on the next. True when another item follows;
  /// false for a trailing comma, before `closer` or, in a plan block, before the next field.
  package mutating func itemFollowsComma(before closer: Symbol?) throws -> Bool {
    let comma = previous
    skipNewlines()
    if let closer, case .symbol(closer) = tokens[index].kind { return false }
    if case .identifier(let word) = tokens[index].kind, fieldNames.contains(word) { return false }
    if case .endOfFile = tokens[index].kind {
      throw fail(
        Message("parser-item-after-comma"), at: comma.span, fixIt: Message("parser-item-after-comma-fix"))
    }
    if tokens[index].span.line != comma.span.line, startsStatement(at: index) {
      throw fail(
        Message("parser-comma-before-statement"), at: comma.span,
        fixIt: Message("parser-comma-before-statement-fix"))
    }
    return true
  }

  /// A word that can only start a statement: `let`, `print`, `goal NAME`, bare `check`…
  package func startsStatement(at position: Int) -> Bool {
    switch tokens[position].kind {
    case .keyword(.let), .keyword(.fn), .keyword(.print), .keyword(.assert): true
    default: contextualStatementKeyword(at: position) != nil
    }
  }

  /// Checked once per grammar level for every token, so it looks at the kind in place.
  package func check(_ symbol: Symbol) -> Bool {
    if case .symbol(let found) = tokens[bracketNesting == 0 ? index : tokenIndexOfCurrent].kind {
      return found == symbol
    }
    return false
  }

  package func check(_ keyword: Keyword) -> Bool {
    if case .keyword(let found) = tokens[bracketNesting == 0 ? index : tokenIndexOfCurrent].kind {
      return found == keyword
    }
    return false
  }

  package var atLineEnd: Bool {
    switch tokens[index].kind {
    case .newline, .endOfFile: true
    case .symbol(.semicolon), .symbol(.rightBrace): true
    default: false
    }
  }

  package mutating func match(_ symbol: Symbol) -> Bool {
    guard check(symbol) else { return false }
    advance()
    return true
  }

  package mutating func match(_ keyword: Keyword) -> Bool {
    guard check(keyword) else { return false }
    advance()
    return true
  }

  /// True at a token that can only start a statement: meeting one inside brackets means a
  /// bracket was left open on an earlier line.
  package var atStatementKeyword: Bool {
    if case .endOfFile = current.kind { return true }
    return startsStatement(at: tokenIndexOfCurrent)
  }

  package var tokenIndexOfCurrent: Int {
    var probe = index
    if bracketNesting > 0 {
      while case .newline = tokens[probe].kind { probe += 1 }
    }
    return probe
  }

  /// The statement a contextual keyword starts at `position`, judged by the token after it:
  /// `budget marketing {` is a budget, `budget * 2` is an expression.
  package func contextualStatementKeyword(at position: Int) -> Keyword? {
    // A declaration's word in another language (`цель`) is that declaration's keyword.
    guard case .identifier(let written) = tokens[position].kind,
      let keyword = Keyword(rawValue: PlanWords.declaration(written) ?? written),
      Keyword.contextual.contains(keyword), position + 1 < tokens.count
    else { return nil }
    let next = tokens[position + 1].kind
    switch keyword {
    case .on, .by, .for, .in:
      return nil
    case .check:
      switch next {
      case .newline, .endOfFile, .symbol(.semicolon), .symbol(.rightBrace): return keyword
      default: return nil
      }
    case .plan:
      switch next {
      case .string, .identifier: return keyword
      default: return nil
      }
    case .import:
      if case .string = next { return keyword }
      return nil
    case .checkpoint:
      // `checkpoint 2027-03-31`, `checkpoint 2027-03`, `checkpoint q1_end`.
      switch next {
      case .date, .month, .quarter, .week, .identifier: return keyword
      default: return nil
      }
    case .show:
      switch next {
      case .identifier: return keyword
      // `show and x` is a name `show` in an expression, not something to show.
      case .keyword(.and), .keyword(.or), .keyword(.to), .keyword(.as), .keyword(.per), .keyword(.then),
        .keyword(.else):
        return nil
      case .keyword: return keyword
      default: return nil
      }
    default:
      if case .identifier = next { return keyword }
      return nil
    }
  }

  /// Statement words that make a statement on their own: a bare `check` is always the plan
  /// checks, so a name `check` could never be read back alone; defining one is refused.
  package static let statementsOnTheirOwn = ["check"]

  /// Refuses a `let`, `fn` or plan block named after a statement that stands alone.
  package mutating func refuseStatementWord(_ name: Name) throws {
    guard Self.statementsOnTheirOwn.contains(name.text) else { return }
    throw fail(
      Message("parser-statement-word-as-name", ["name": .text(name.text)]), at: name.span,
      code: .reservedName,
      fixIt: .pickAnotherName(name.text))
  }

  package func checkWord(_ word: String) -> Bool {
    if case .identifier(let found) = current.kind { return found == word }
    return false
  }

  package mutating func matchWord(_ word: String) -> Bool {
    guard checkWord(word) else { return false }
    advance()
    return true
  }

  /// Expects the bracket that closes `open`; when the next statement comes first, says so at
  /// the bracket that was left open.
  @discardableResult
  package mutating func expectClosing(_ symbol: Symbol, opened open: Token, _ context: Message) throws
    -> Token
  {
    if !check(symbol), atStatementKeyword {
      bracketNesting = 0
      throw fail(
        Message("parser-never-closed", ["bracket": .text(open.kind.symbolText)]), at: open.span,
        fixIt: Message("parser-never-closed-fix", ["bracket": .text(symbol.rawValue)]))
    }
    return try expect(symbol, context)
  }

  @discardableResult
  /// The context is made only for a message: `let NAME` quotes the name, on every `let`.
  package mutating func expect(_ symbol: Symbol, _ context: @autoclosure () -> Message) throws -> Token {
    guard check(symbol) else {
      let context = context()
      let help =
        symbol == .assign && check(.equal)
        ? Message("parser-one-equals-fix")
        : Message(
          "parser-expected-symbol-fix", ["symbol": .text(symbol.rawValue), "context": .message(context)])
      throw fail(
        Message(
          "parser-expected-symbol",
          [
            "symbol": .text(symbol.rawValue), "context": .message(context),
            "found": .message(current.kind.described),
          ]),
        fixIt: help)
    }
    return advance()
  }

  package mutating func expectIdentifier(_ context: Message) throws -> Name {
    if case .identifier(let text) = current.kind {
      let token = advance()
      return Name(text, token.span)
    }
    if case .keyword(let keyword) = current.kind {
      throw fail(
        Message(
          "parser-keyword-as-name", ["keyword": .text(keyword.rawValue), "context": .message(context)]),
        code: .reservedName, fixIt: .pickAnotherName(keyword.rawValue))
    }
    throw fail(
      Message(
        "parser-expected-name", ["context": .message(context), "found": .message(current.kind.described)]),
      fixIt: Message("parser-expected-name-fix"))
  }

  package mutating func skipNewlines() {
    while case .newline = tokens[index].kind { index += 1 }
  }

  package mutating func skipSeparators() {
    while true {
      switch tokens[index].kind {
      case .newline, .symbol(.semicolon): index += 1
      default: return
      }
    }
  }

  package mutating func expectStatementEnd(after statement: Stmt) throws {
    switch tokens[index].kind {
    case .newline, .symbol(.semicolon): index += 1
    case .endOfFile, .symbol(.rightBrace): break
    // A block whose `}` was forgotten ends at the line that starts the next statement.
    case _ where index > 0 && tokens[index - 1].kind == .newline: break
    default:
      throw fail(
        Message("parser-expected-statement-end", ["found": .message(current.kind.described)]),
        fixIt: helpForLeftover(after: statement))
    }
  }

  /// Records an error at the current token and returns the error to throw.
  package mutating func fail(
    _ message: Message, code: DiagnosticCode = .unexpectedToken, secondary: [Diagnostic.Label] = [],
    fixIt: Message? = nil
  ) -> Failure {
    fail(message, at: failureSpan, code: code, secondary: secondary, fixIt: fixIt)
  }

  /// Where an error about the current token points: at the token, or, when the file ended,
  /// just after the last thing written, not on an empty line below it.
  package var failureSpan: SourceSpan {
    guard case .endOfFile = current.kind else { return current.span }
    var probe = min(index, tokens.count - 1) - 1
    while probe >= 0, case .newline = tokens[probe].kind { probe -= 1 }
    guard probe >= 0 else { return current.span }
    let last = tokens[probe].span
    let width = last.end - last.start
    return SourceSpan(
      file: last.file, start: last.end, end: last.end + 1, line: last.line, column: last.column + width)
  }

  package mutating func fail(
    _ message: Message, at span: SourceSpan, code: DiagnosticCode = .unexpectedToken,
    secondary: [Diagnostic.Label] = [], fixIt: Message? = nil
  ) -> Failure {
    if diagnostics.count < Diagnostic.maximumKeptPerStage {
      diagnostics.append(.error(code, message, at: span, secondary: secondary, fixIt: fixIt))
    } else {
      omittedDiagnostics += 1
    }
    return Failure()
  }

  /// After an error: skip to the end of the line, or past the block the error sits in, so the
  /// next statement parses cleanly.
  package mutating func synchronize() {
    bracketNesting = 0
    var braces = 0
    while true {
      let startsLine = index > 0 && tokens[index - 1].kind == .newline
      if startsLine, braces == 0 {
        switch tokens[index].kind {
        case .keyword(.let), .keyword(.fn), .keyword(.print), .keyword(.assert): return
        default: if contextualStatementKeyword(at: index) != nil { return }
        }
      }
      switch tokens[index].kind {
      case .endOfFile: return
      case .newline where braces == 0:
        index += 1
        return
      case .symbol(.leftBrace): braces += 1
      case .symbol(.rightBrace):
        if braces == 0, blockDepth > 0 { return }
        braces = max(0, braces - 1)
      default: break
      }
      index += 1
    }
  }
}

extension Message {
  /// The fix-it for a keyword or statement word written as a name: `{$name}_` is free.
  static func pickAnotherName(_ name: String) -> Message {
    Message("parser-pick-another-name", ["name": .text(name)])
  }
}
