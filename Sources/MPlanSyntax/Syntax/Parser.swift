/// Recursive descent over the token list: statements here, expressions in
/// `Parser+Expressions.swift`, plan blocks in `Parser+Declarations.swift`.
///
/// A newline ends a statement unless the line is clearly unfinished: inside `( )` or `[ ]`,
/// after a `,` or a token that `Token.Kind.continuesLine` names. A bad statement is reported
/// and skipped to the end of its line, so one run shows every syntax error.
public struct Parser {
  /// Deeper trees are refused with a diagnostic: 100,000 nested brackets must not overflow
  /// the stack while parsing, evaluating or freeing the tree.
  public static let maximumDepth = 200
  /// A flat chain (`a + b + c + …`) is a tree as deep as it is long, but costs the parser
  /// no recursion; it may run to this many operators.
  public static let maximumTreeDepth = 1_000

  package var tokens: [Token]
  package var index = 0
  /// Inside `( )`, `[ ]` and record braces newlines are not statement ends.
  package var bracketNesting = 0
  package var recursionDepth = 0
  /// Inside a plan block, funnel or scenario a `}` ends the block; outside one, a `}` on the
  /// line of an error belongs to the broken statement (a record literal).
  package var blockDepth = 0
  /// Field names of the block being parsed: they end a value (`author "Ana" readers "CMO"`).
  package var fieldNames: Set<String> = []
  /// The text the tokens were read from, for help that quotes the script back (empty when
  /// the parser was given tokens alone).
  package var sourceScalars: [Unicode.Scalar] = []
  public internal(set) var diagnostics: [Diagnostic] = []
  /// Names whose definitions did not parse.
  public private(set) var namesOfBrokenStatements: Set<String> = []

  package struct Failure: Error {}
  /// Bytes the process may hold while parsing (`parse(_:memoryBudget:)`).
  package var memoryBudget = Int.max
  /// Diagnostics past `Diagnostic.maximumKeptPerStage`: counted, not kept.
  package var omittedDiagnostics = 0

  public init(tokens: [Token]) {
    self.tokens = tokens
  }

  /// What parsing a file gives: the statements that parsed, the errors, and the names whose
  /// definitions did not parse.
  public struct Result: Sendable {
    public var statements: [Stmt]
    public var diagnostics: [Diagnostic]
    public var namesOfBrokenStatements: Set<String>
    /// The calendar the file's dates were read in: its plan's `calendar`, else the one given.
    public var calendar = CalendarSystem.gregorian
    /// The file's plan's reading and printing settings; nil when the file has no plan.
    public var settings: PlanSettings?
  }

  /// `memoryBudget`: past this many bytes held by the process, parsing stops with E0316 (a
  /// 64 MB script of one-word statements would otherwise take gigabytes).
  /// `calendar`: how dates are read when the file's plan does not say (a REPL input reads
  /// them in the calendar of the plan it was given).
  public static func parse(
    _ source: SourceFile, calendar: CalendarSystem = .gregorian, memoryBudget: Int = .max
  ) -> Result {
    var result = parseInCalendar(source, calendar, memoryBudget: memoryBudget)
    // Dates are read as they are lexed, before the plan's `calendar` field is parsed: a plan
    // in another calendar has its file read again in it. Only such a plan pays the second read.
    let (settings, problems) = PlanSettings.read(from: result.statements)
    if let declared = settings?.calendar, declared != calendar {
      result = parseInCalendar(source, declared, memoryBudget: memoryBudget)
    }
    result.settings = settings
    result.diagnostics += problems
    return result
  }

  private static func parseInCalendar(_ source: SourceFile, _ calendar: CalendarSystem, memoryBudget: Int)
    -> Result
  {
    var result =
      parseHalvesInParallel(source, calendar: calendar, memoryBudget: memoryBudget)
      ?? parse(
        source, from: 0, to: source.scalars.count, line: 1, calendar: calendar, memoryBudget: memoryBudget)
    result.calendar = calendar
    return result
  }

  package static func parse(
    _ source: SourceFile, from start: Int, to end: Int, line: Int, calendar: CalendarSystem = .gregorian,
    memoryBudget: Int = .max
  ) -> Result {
    var lexer = Lexer(source: source, from: start, to: end, line: line)
    lexer.calendar = calendar
    lexer.memoryBudget = memoryBudget
    let tokens = lexer.tokenize()
    let lexical = lexer.diagnostics
    if let stop = lexical.last, stop.code == DiagnosticCode.memoryBudgetExceeded.rawValue {
      return Result(statements: [], diagnostics: [stop], namesOfBrokenStatements: [])
    }
    var parser = Parser(tokens: tokens)
    parser.sourceScalars = source.scalars
    parser.memoryBudget = memoryBudget
    let statements = parser.parseProgram()
    // A bad character usually makes its line unparseable too; report the cause, not the echo.
    let linesWithLexicalErrors = Set(lexical.filter { $0.severity == .error }.map(\.span.line))
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
      if case .symbol(.rightBrace) = current.kind {
        let brace = advance()
        _ = fail(
          Message("parser-brace-closes-nothing"), at: brace.span,
          fixIt: Message("parser-brace-closes-nothing-fix"))
        continue
      }
      let start = index
      if let statement = parseStatementRecovering() {
        statements.append(statement)
        if statements.count % 4096 == 0, memoryBudget < .max, ProcessMemory.residentBytes() > memoryBudget {
          diagnostics.append(
            .error(
              .memoryBudgetExceeded,
              Message(
                "parser-too-large-for-memory",
                [
                  "budget": .value(ProcessMemory.describe(memoryBudget)),
                  "statements": .count(statements.count),
                ]),
              at: statement.span, fixIt: Message("lexer-too-large-for-memory-fix")))
          break
        }
      }
      // Recovery must always move on, or one bad token would be reported forever.
      if index == start { advance() }
    }
    if omittedDiagnostics > 0, let last = diagnostics.last {
      diagnostics.append(.omitted(omittedDiagnostics, at: last.span, code: .unexpectedToken))
    }
    return statements
  }

  package mutating func parseStatementRecovering() -> Stmt? {
    let start = index
    do {
      let statement = try parseStatement()
      try expectStatementEnd(after: statement)
      return statement
    } catch {
      noteNameOfBrokenStatement(startingAt: start)
      synchronize()
      return nil
    }
  }

  /// `let list = [1,` fails to parse, but later lines that use `list` should not each report
  /// it as unknown: the checker treats these names as defined.
  package mutating func noteNameOfBrokenStatement(startingAt start: Int) {
    guard start + 1 < tokens.count, case .keyword(let keyword) = tokens[start].kind,
      [.let, .fn, .funnel, .goal, .budget, .action, .objective, .report, .scenario, .actuals, .channel]
        .contains(
          keyword),
      case .identifier(let name) = tokens[start + 1].kind
    else { return }
    namesOfBrokenStatements.insert(name)
  }

  // MARK: - Statements

  package mutating func parseStatement() throws -> Stmt {
    if let keyword = contextualStatementKeyword(at: index) {
      return try parseContextualStatement(keyword)
    }
    let start = current.span
    switch current.kind {
    case .keyword(.let):
      advance()
      let name = try expectIdentifier(.after("let"))
      try refuseStatementWord(name)
      try expect(.assign, Message("parser-context-let-name", ["name": .text(name.text)]))
      skipNewlines()
      if contextualStatementKeyword(at: index) == .table {
        let (outputs, inputs) = try parseTableParts()
        return Stmt(.tableBinding(name, outputs: outputs, inputs: inputs), start.joined(previous.span))
      }
      let value = try parseExpression()
      return Stmt(.letBinding(name, value), start.joined(value.span))
    case .keyword(.fn):
      return try parseFunction()
    case .keyword(.print):
      advance()
      var values = [try parseExpression()]
      while match(.comma), try itemFollowsComma(before: nil) {
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
          Message("parser-misplaced-assignment"), code: .misplacedStatement,
          fixIt: Self.assignmentHelp(value, newValue: restOfLine(after: index + 1)))
      }
      return Stmt(.expression(value), value.span)
    }
  }

  /// `few клиента, many клиентов`: a unit's forms, each after its CLDR plural category; nil
  /// when the first word after the comma is not a category followed by a form (a plain plural).
  package mutating func parseCategoryForms(of name: Name) throws -> [CategoryForm]? {
    guard case .identifier(let word) = current.kind, PluralCategory(rawValue: word) != nil,
      index + 1 < tokens.count, case .identifier = tokens[index + 1].kind
    else { return nil }
    var forms: [CategoryForm] = []
    repeat {
      let label = try expectIdentifier(Message("parser-context-unit-category", ["unit": .text(name.text)]))
      guard let category = PluralCategory(rawValue: label.text) else {
        _ = fail(
          Message("parser-not-a-plural-category", ["word": .text(label.text)]), at: label.span,
          fixIt: Message("parser-not-a-plural-category-fix"))
        throw Failure()
      }
      let form = try expectIdentifier(Message("parser-context-unit-form", ["category": .text(label.text)]))
      forms.append(CategoryForm(category: category, name: form))
    } while match(.comma)
    return forms
  }

  /// Statements that start with a contextual keyword (see `Keyword.contextual`).
  package mutating func parseContextualStatement(_ keyword: Keyword) throws -> Stmt {
    let start = current.span
    switch keyword {
    case .unit:
      advance()
      let name = try expectIdentifier(.after("unit"))
      // `unit workshop, workshops`: mplan invents no plural for a unit a plan declares.
      guard match(.comma) else { return Stmt(.unitDeclaration(name, plural: nil), start.joined(name.span)) }
      if let forms = try parseCategoryForms(of: name) {
        let other = forms.last { $0.category == .other }?.name
        return Stmt(.unitDeclaration(name, plural: other, forms: forms), start.joined(forms.last!.name.span))
      }
      let plural = try expectIdentifier(Message("parser-context-unit-plural", ["unit": .text(name.text)]))
      return Stmt(.unitDeclaration(name, plural: plural), start.joined(plural.span))
    case .rate:
      advance()
      let currency = try expectIdentifier(Message("parser-context-rate-currency"))
      try expect(.assign, Message("parser-context-rate-value", ["currency": .text(currency.text)]))
      let value = try parseExpression()
      return Stmt(.rate(currency: currency, value: value), start.joined(value.span))
    case .import:
      advance()
      guard case .string(let path) = current.kind else {
        throw fail(Message("parser-import-file"), fixIt: Message("parser-import-file-fix"))
      }
      let pathToken = advance()
      return Stmt(.importFile(path: path, pathSpan: pathToken.span), start.joined(pathToken.span))
    case .use:
      advance()
      let module = try expectIdentifier(Message("parser-context-use-module"))
      return Stmt(.use(module: module), start.joined(module.span))
    case .funnel:
      return try parseFunnel()
    case .plan, .objective, .goal, .budget, .action,
      .report, .actuals, .channel:
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
    case .solve:
      return try parseSolve()
    case .table:
      return try parseTable()
    case .tornado:
      return try parseTornado()
    case .correlate:
      return try parseCorrelate()
    case .sensitivity:
      advance()
      let result = try parseExpression()
      return Stmt(.sensitivity(result), start.joined(result.span))
    case .checkpoint:
      advance()
      let day = try parseExpression()
      return Stmt(.checkpoint(day), start.joined(day.span))
    case .export:
      return try parseExport()
    default:
      throw fail(Message("parser-expected-statement"))
    }
  }

  package mutating func parseFunction() throws -> Stmt {
    let start = advance().span
    let name = try expectIdentifier(.after("fn"))
    try refuseStatementWord(name)
    try expect(.leftParen, Message("parser-context-function-name"))
    bracketNesting += 1
    var parameters: [Name] = []
    if !check(.rightParen) {
      repeat {
        if check(.rightParen) { break }
        parameters.append(try expectIdentifier(Message("parser-context-parameter")))
      } while match(.comma)
    }
    try expect(.rightParen, Message("parser-context-parameters"))
    bracketNesting -= 1
    try expect(.assign, Message("parser-context-function-body", ["function": .text(name.text)]))
    skipNewlines()
    let body = try parseExpression()
    return Stmt(.function(name, parameters: parameters, body: body), start.joined(body.span))
  }
}

extension Message {
  /// Where a token was expected: after `{$code}`, a keyword or symbol just read.
  static func after(_ code: String) -> Message { Message("parser-context-after", ["code": .text(code)]) }
}
