/// Recursive descent over the token list: statements here, expressions in
/// `Parser+Expressions.swift`, plan blocks in `Parser+Declarations.swift`.
///
/// A newline ends a statement unless the line is clearly unfinished: inside `( )` or `[ ]`,
/// or after a binary operator. A bad statement is reported and skipped to the end of its line,
/// so one run shows every syntax error.
public struct Parser {
  /// Deeper trees are refused with a diagnostic: 100,000 nested brackets must not overflow
  /// the stack while parsing, evaluating or freeing the tree.
  public static let maximumDepth = 200

  var tokens: [Token]
  var index = 0
  /// Inside `( )`, `[ ]` and record braces newlines are not statement ends.
  var bracketNesting = 0
  var recursionDepth = 0
  /// Field names of the block being parsed: they end a value (`author "Ana" readers "CMO"`).
  var fieldNames: Set<String> = []
  public private(set) var diagnostics: [Diagnostic] = []
  /// Names whose definitions did not parse.
  public private(set) var namesOfBrokenStatements: Set<String> = []

  struct Failure: Error {}

  public init(tokens: [Token]) {
    self.tokens = tokens
  }

  /// What parsing a file gives: the statements that parsed, the errors, and the names whose
  /// definitions did not parse.
  public struct Result: Sendable {
    public var statements: [Stmt]
    public var diagnostics: [Diagnostic]
    public var namesOfBrokenStatements: Set<String>
  }

  public static func parse(_ source: SourceFile) -> Result {
    let (tokens, lexical) = Lexer.tokenize(source)
    var parser = Parser(tokens: tokens)
    let statements = parser.parseProgram()
    // A bad character usually makes its line unparseable too; report the cause, not the echo.
    let linesWithLexicalErrors = Set(lexical.map(\.span.line))
    let syntax = parser.diagnostics.filter { !linesWithLexicalErrors.contains($0.span.line) }
    return Result(
      statements: statements, diagnostics: lexical + syntax,
      namesOfBrokenStatements: parser.namesOfBrokenStatements)
  }

  public mutating func parseProgram() -> [Stmt] {
    var statements: [Stmt] = []
    while true {
      skipSeparators()
      if case .endOfFile = current.kind { break }
      if let statement = parseStatementRecovering() {
        statements.append(statement)
      }
    }
    return statements
  }

  mutating func parseStatementRecovering() -> Stmt? {
    let start = index
    do {
      let statement = try parseStatement()
      try expectStatementEnd()
      return statement
    } catch {
      noteNameOfBrokenStatement(startingAt: start)
      synchronize()
      return nil
    }
  }

  /// `let list = [1,` fails to parse, but later lines that use `list` should not each report
  /// it as unknown: the checker treats these names as defined.
  mutating func noteNameOfBrokenStatement(startingAt start: Int) {
    guard start + 1 < tokens.count, case .keyword(let keyword) = tokens[start].kind,
      [.let, .fn, .funnel, .goal, .budget, .action, .objective, .report, .scenario].contains(keyword),
      case .identifier(let name) = tokens[start + 1].kind
    else { return }
    namesOfBrokenStatements.insert(name)
  }

  // MARK: - Token access

  var current: Token {
    if bracketNesting == 0 { return tokens[index] }
    var probe = index
    if bracketNesting > 0 {
      while case .newline = tokens[probe].kind { probe += 1 }
    }
    return tokens[probe]
  }

  var previous: Token { tokens[max(0, index - 1)] }

  @discardableResult
  mutating func advance() -> Token {
    if bracketNesting > 0 {
      while case .newline = tokens[index].kind { index += 1 }
    }
    let token = tokens[index]
    if case .endOfFile = token.kind { return token }
    index += 1
    return token
  }

  /// Checked once per grammar level for every token, so it looks at the kind in place.
  func check(_ symbol: Symbol) -> Bool {
    if case .symbol(let found) = tokens[bracketNesting == 0 ? index : tokenIndexOfCurrent].kind {
      return found == symbol
    }
    return false
  }

  func check(_ keyword: Keyword) -> Bool {
    if case .keyword(let found) = tokens[bracketNesting == 0 ? index : tokenIndexOfCurrent].kind {
      return found == keyword
    }
    return false
  }

  var atLineEnd: Bool {
    switch tokens[index].kind {
    case .newline, .endOfFile: true
    case .symbol(.semicolon), .symbol(.rightBrace): true
    default: false
    }
  }

  mutating func match(_ symbol: Symbol) -> Bool {
    guard check(symbol) else { return false }
    advance()
    return true
  }

  mutating func match(_ keyword: Keyword) -> Bool {
    guard check(keyword) else { return false }
    advance()
    return true
  }

  /// True at a token that can only start a statement: meeting one inside brackets means a
  /// bracket was left open on an earlier line.
  var atStatementKeyword: Bool {
    switch current.kind {
    case .keyword(.let), .keyword(.fn), .keyword(.print), .keyword(.assert), .endOfFile: return true
    default: return contextualStatementKeyword(at: tokenIndexOfCurrent) != nil
    }
  }

  var tokenIndexOfCurrent: Int {
    var probe = index
    if bracketNesting > 0 {
      while case .newline = tokens[probe].kind { probe += 1 }
    }
    return probe
  }

  /// The statement a contextual keyword starts at `position`, judged by the token after it:
  /// `budget marketing {` is a budget, `budget * 2` is an expression.
  func contextualStatementKeyword(at position: Int) -> Keyword? {
    guard case .identifier(let word) = tokens[position].kind, let keyword = Keyword(rawValue: word),
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
    case .show:
      switch next {
      case .identifier, .keyword: return keyword
      default: return nil
      }
    default:
      if case .identifier = next { return keyword }
      return nil
    }
  }

  func checkWord(_ word: String) -> Bool {
    if case .identifier(let found) = current.kind { return found == word }
    return false
  }

  mutating func matchWord(_ word: String) -> Bool {
    guard checkWord(word) else { return false }
    advance()
    return true
  }

  /// Expects the bracket that closes `open`; when the next statement comes first, says so at
  /// the bracket that was left open.
  @discardableResult
  mutating func expectClosing(_ symbol: Symbol, opened open: Token, _ context: String) throws -> Token {
    if !check(symbol), atStatementKeyword {
      bracketNesting = 0
      throw fail(
        "this `\(open.kind.symbolText)` is never closed", at: open.span,
        fixIt: "add `\(symbol.rawValue)` where the expression ends")
    }
    return try expect(symbol, context)
  }

  @discardableResult
  mutating func expect(_ symbol: Symbol, _ context: String) throws -> Token {
    guard check(symbol) else {
      throw fail("expected `\(symbol.rawValue)` \(context), found \(current.kind.description)")
    }
    return advance()
  }

  mutating func expectIdentifier(_ context: String) throws -> Name {
    if case .identifier(let text) = current.kind {
      let token = advance()
      return Name(text, token.span)
    }
    if case .keyword(let keyword) = current.kind {
      throw fail(
        "`\(keyword.rawValue)` is a keyword and cannot be used as a name \(context)",
        code: .reservedName, fixIt: "pick another name, such as `\(keyword.rawValue)_`")
    }
    throw fail("expected a name \(context), found \(current.kind.description)")
  }

  mutating func skipNewlines() {
    while case .newline = tokens[index].kind { index += 1 }
  }

  mutating func skipSeparators() {
    while true {
      switch tokens[index].kind {
      case .newline, .symbol(.semicolon): index += 1
      default: return
      }
    }
  }

  mutating func expectStatementEnd() throws {
    switch tokens[index].kind {
    case .newline, .symbol(.semicolon): index += 1
    case .endOfFile, .symbol(.rightBrace): break
    default:
      throw fail(
        "expected the end of the statement, found \(current.kind.description)",
        fixIt: "put each statement on its own line")
    }
  }

  /// Records an error at the current token and returns the error to throw.
  mutating func fail(_ message: String, code: DiagnosticCode = .unexpectedToken, fixIt: String? = nil)
    -> Failure
  {
    fail(message, at: current.span, code: code, fixIt: fixIt)
  }

  mutating func fail(
    _ message: String, at span: SourceSpan, code: DiagnosticCode = .unexpectedToken, fixIt: String? = nil
  )
    -> Failure
  {
    diagnostics.append(.error(code, message, at: span, fixIt: fixIt))
    return Failure()
  }

  /// After an error: skip to the end of the line, or past the block the error sits in, so the
  /// next statement parses cleanly.
  mutating func synchronize() {
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
        if braces == 0 { return }
        braces -= 1
      default: break
      }
      index += 1
    }
  }

  // MARK: - Statements

  mutating func parseStatement() throws -> Stmt {
    if let keyword = contextualStatementKeyword(at: index) {
      return try parseContextualStatement(keyword)
    }
    let start = current.span
    switch current.kind {
    case .keyword(.let):
      advance()
      let name = try expectIdentifier("after `let`")
      try expect(.assign, "after the name in `let \(name.text)`")
      skipNewlines()
      let value = try parseExpression()
      return Stmt(.letBinding(name, value), start.joined(value.span))
    case .keyword(.fn):
      return try parseFunction()
    case .keyword(.print):
      advance()
      var values = [try parseExpression()]
      while match(.comma) {
        skipNewlines()
        values.append(try parseExpression())
      }
      return Stmt(.print(values), start.joined(previous.span))
    case .keyword(.assert):
      advance()
      let condition = try parseExpression()
      var message: Expr?
      if match(.comma) { message = try parseExpression() }
      return Stmt(.assert(condition, message: message), start.joined(previous.span))
    default:
      let value = try parseExpression()
      if check(.assign) {
        throw fail(
          "`=` assigns only in `let` and in scenarios", code: .misplacedStatement,
          fixIt: "write `let NAME = …`, or `==` to compare")
      }
      return Stmt(.expression(value), value.span)
    }
  }

  /// Statements that start with a contextual keyword (see `Keyword.contextual`).
  mutating func parseContextualStatement(_ keyword: Keyword) throws -> Stmt {
    let start = current.span
    switch keyword {
    case .unit:
      advance()
      let name = try expectIdentifier("after `unit`")
      return Stmt(.unitDeclaration(name), start.joined(name.span))
    case .rate:
      advance()
      let currency = try expectIdentifier("after `rate` (a currency code such as EUR)")
      try expect(.assign, "in `rate \(currency.text) = 1.08 USD`")
      let value = try parseExpression()
      return Stmt(.rate(currency: currency, value: value), start.joined(value.span))
    case .import:
      advance()
      guard case .string(let path) = current.kind else {
        throw fail("expected a file name in quotes after `import`", fixIt: "write `import \"other.mplan\"`")
      }
      let pathToken = advance()
      return Stmt(.importFile(path: path, pathSpan: pathToken.span), start.joined(pathToken.span))
    case .use:
      advance()
      let module = try expectIdentifier("after `use` (a standard-library module such as `kpi`)")
      return Stmt(.use(module: module), start.joined(module.span))
    case .funnel:
      return try parseFunnel()
    case .plan, .objective, .goal, .budget, .action,
      .report:
      return try parseDeclaration()
    case .scenario:
      return try parseScenario()
    case .compare:
      return try parseCompare()
    case .show:
      return try parseShow()
    case .check:
      advance()
      return Stmt(.check, start)
    case .solve, .table, .export:
      throw fail(
        "`\(keyword.rawValue)` is part of the language design but not available in this version",
        code: .misplacedStatement, fixIt: "see docs/language.md for what this version runs")
    default:
      throw fail("expected a statement")
    }
  }

  mutating func parseFunction() throws -> Stmt {
    let start = advance().span
    let name = try expectIdentifier("after `fn`")
    try expect(.leftParen, "after the function name")
    bracketNesting += 1
    var parameters: [Name] = []
    if !check(.rightParen) {
      repeat {
        parameters.append(try expectIdentifier("for a parameter"))
      } while match(.comma)
    }
    try expect(.rightParen, "after the parameters")
    bracketNesting -= 1
    try expect(.assign, "before the body of `fn \(name.text)`")
    skipNewlines()
    let body = try parseExpression()
    return Stmt(.function(name, parameters: parameters, body: body), start.joined(body.span))
  }
}
