import MPlanKit
import MPlanSyntax
import Testing

@Suite struct ParserTests {
  func parse(_ text: String) -> Parser.Result {
    Parser.parse(SourceFile(name: "p", text: text))
  }

  /// The expression of a one-line `let`, printed back with every operation bracketed.
  func shape(_ expression: String) -> String {
    let result = parse("let x = \(expression)")
    guard result.diagnostics.isEmpty, case .letBinding(_, let value) = result.statements.first?.kind else {
      return "error: \(result.diagnostics.map(\.message))"
    }
    return ExprPrinter.print(value)
  }

  @Test(arguments: [
    ("1 + 2 * 3", "1 + (2 * 3)"),
    ("(1 + 2) * 3", "(1 + 2) * 3"),
    ("2 ^ 3 ^ 2", "2 ^ (3 ^ 2)"),
    ("-2 ^ 2", "-(2 ^ 2)"),
    ("-a * b", "(-a) * b"),
    ("a - b - c", "(a - b) - c"),
    ("not a and b", "(not a) and b"),
    ("not a == b", "not (a == b)"),
    ("a or b and c", "a or (b and c)"),
    ("$1.20 per visit * v", "(1.2 USD per visit) * v"),
    ("a + b as USD", "(a + b) as USD"),
    ("2027-01 .. 2027-12", "2027-01 .. 2027-12"),
    ("$18k to $30k", "18_000 USD to 30_000 USD"),
    ("inbound.visit->mql", "inbound.visit->mql"),
    ("f(1, 2).x", "f(1, 2).x"),
    ("10 customer", "10 customer"),
    ("$5 per 1,000 impressions", "5 USD / 1_000 impressions"),
    ("$5 per 1k impressions * n", "(5 USD / 1_000 impressions) * n"),
    ("$60k per year", "60_000 USD per year"),
  ])
  func precedence(expression: String, printed: String) {
    #expect(shape(expression) == printed)
  }

  @Test func aNewlineEndsAStatementUnlessTheLineIsUnfinished() {
    #expect(parse("let a = 1 +\n 2\nlet b = (1,\n").diagnostics.count == 1)
    let result = parse("let a = 1 +\n  2\nprint a\n")
    #expect(result.diagnostics.isEmpty)
    #expect(result.statements.count == 2)
  }

  /// The REPL asks for another line exactly where the parser reads on: each unfinished line
  /// here, with the rest on the next line, is one statement.
  @Test(arguments: [
    ("let g = $1 per", "visit"), ("let a = 1 +", "2"), ("let s = 0.25 as", "%"), ("let r = $1 to", "$2"),
    ("let c = if", "true then 1 else 2"), ("let n = not", "true"), ("print 1,", "2"),
    ("let p = 2027-01 ..", "2027-12"), ("action a => g1,", "g2 { owner \"Ana\" }"),
    ("let m = {a: 1}.", "a"),
  ])
  func unfinishedLinesGoOn(first: String, rest: String) {
    #expect(!Session.isComplete(first))
    let result = parse(first + "\n  " + rest)
    #expect(result.diagnostics.isEmpty)
    #expect(result.statements.count == 1)
  }

  @Test(arguments: [
    "$0.8 to $1.6 per visit * v", "x * 1 to 2", "1 to 2 + 3", "a - 5 to a", "1 + 2 to 3 * 4",
  ])
  func aRangeBesideArithmeticNeedsBrackets(expression: String) {
    #expect(parse("let x = \(expression)").diagnostics.map(\.code) == ["E0105"])
  }

  @Test(arguments: [
    ("-5 to 5", "-5 to 5"), ("$1 to $2 as USD", "(1 USD to 2 USD) as USD"),
    ("(1 to 2) * 3", "(1 to 2) * 3"), ("x * (1 to 2)", "x * (1 to 2)"), ("2 ^ 2 to 9", "2 ^ 2 to 9"),
  ])
  func rangesThatNeedNoBrackets(expression: String, printed: String) {
    #expect(shape(expression) == printed)
  }

  /// Each parse error says what to write instead, not one help for every case.
  @Test(arguments: [
    ("print \"total:\" $5", "separate the values with a comma: `\"total:\", $5`"),
    ("let x = 2 3", "an operator is missing between `2` and `3`"),
    ("let cpc = $1.20 visit", "write `$1.20 per visit`"),
    ("assert x = 2", "to compare two values write `==`"),
    ("let y = (1 + 2))", "this `)` closes nothing"),
    ("let z = 1 +* 2", "two operators in a row"),
    ("let w = if x = 2 then 1 else 2", "to compare, write `==`"),
    ("let v =\nlet u = 1", "the line above ends unfinished after `=`"),
    ("let u = 1 let t = 2", "put each statement on its own line"),
    ("report r { readers \"CMO\" \"Ana\" }", "separate the values of `readers` with a comma"),
    ("let 5 = 2", "write a name such as `total`"),
    ("budget m {\n  total = $60k\n}", "write `total $60k`"),
    ("scenario s {\n  a = 2  b = 3\n}", "one change per line: put `b = 3` on a line of its own"),
  ])
  func helpSaysWhatToWrite(text: String, help: String) {
    let fixIt = parse(text).diagnostics.first?.fixIt ?? ""
    #expect(fixIt.contains(help), "\(fixIt)")
  }

  @Test func planWordsAreKeywordsOnlyWhereAStatementStarts() {
    let result = parse("let budget = $60k\nbudget marketing { total budget }\nprint budget * 2")
    #expect(result.diagnostics.isEmpty)
    guard case .declaration(let declaration) = result.statements[1].kind else {
      Issue.record("expected a declaration")
      return
    }
    #expect(declaration.kind == .budget)
    #expect(declaration.field("total") != nil)
  }

  @Test func severalFieldsOnOneLine() {
    let result = parse(#"report weekly { author "Ana"  readers "CMO", "Head of sales"  acts "CMO" }"#)
    guard case .declaration(let report) = result.statements.first?.kind else {
      Issue.record("expected a report: \(result.diagnostics)")
      return
    }
    #expect(report.fields.map(\.name.text) == ["author", "readers", "acts"])
    #expect(report.field("readers")?.values.count == 2)
  }

  @Test func controlTakesAByQualifier() {
    let result = parse("budget b {\n  control monthly by \"CMO\"\n}")
    guard case .declaration(let budget) = result.statements.first?.kind else {
      Issue.record("expected a budget")
      return
    }
    #expect(budget.field("control")?.by != nil)
  }

  @Test func recoveryReportsEveryBrokenStatementAndKeepsTheRest() {
    let result = parse("let a = 1 +* 2\nlet b = 2\nlet = 3\nprint b")
    #expect(result.diagnostics.map(\.span.line) == [1, 3])
    #expect(result.statements.count == 2)
    #expect(result.namesOfBrokenStatements == ["a"])
  }

  @Test func aStrayBraceIsOneErrorAndParsingGoesOn() {
    let result = parse("}\nlet a = {b 1}\nlet c = 2")
    #expect(result.diagnostics.map(\.span.line) == [1, 2])
    #expect(result.statements.count == 1)
  }

  @Test func depthIsLimited() {
    let deep = String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000)
    let result = parse("let x = \(deep)")
    #expect(result.diagnostics.map(\.code) == ["E0102"])
  }

  /// Issue 12: the limits are the documented ones, 200 brackets and 1,000 operators.
  @Test func limitsAreTheDocumentedOnes() {
    func brackets(_ count: Int) -> String {
      "let x = " + String(repeating: "(", count: count) + "1" + String(repeating: ")", count: count)
    }
    #expect(parse(brackets(200)).diagnostics.isEmpty)
    #expect(parse(brackets(201)).diagnostics.map(\.code) == ["E0102"])
    #expect(parse("let x = " + String(repeating: "-", count: 200) + "1").diagnostics.isEmpty)
    #expect(parse("let x = " + String(repeating: "-", count: 201) + "1").diagnostics.map(\.code) == ["E0102"])
    func chain(_ operators: Int) -> String {
      "let x = " + Array(repeating: "1", count: operators + 1).joined(separator: " + ")
    }
    #expect(parse(chain(1_000)).diagnostics.isEmpty)
    #expect(parse(chain(1_001)).diagnostics.map(\.code) == ["E0102"])
  }

  @Test func spansCoverTheirText() {
    let source = SourceFile(name: "p", text: "let total = $5 + 3 visit")
    guard case .letBinding(_, let value) = Parser.parse(source).statements.first?.kind else {
      Issue.record("expected a let")
      return
    }
    #expect(source.text(of: value.span) == "$5 + 3 visit")
  }
}

@Suite struct LargeFileTests {
  @Test(arguments: ["plain ascii\nline two", "مرحبا\nбюджет 中文 ✓ 🚀\n", "", "\n\n", "é"])
  func sourceScalarsAndLinesMatchTheString(text: String) {
    let source = SourceFile(name: "s", text: text)
    #expect(source.scalars == Array(text.unicodeScalars))
    #expect(source.lineStarts.count == text.unicodeScalars.filter { $0 == "\n" }.count + 1)
  }

  /// A script over the parallel threshold parses in two halves; the result must be what one
  /// piece gives, statement for statement, and an error anywhere falls back to one piece.
  @Test func twoHalvesParseAsOne() {
    var lines: [String] = []
    var index = 0
    var size = 0
    while size < Parser.parallelThreshold + 1000 {
      let line =
        "let value\(index) = $\(index % 97).50 per visit * \(index) visit + $1  # padding to make it long"
      lines.append(line)
      size += line.count + 1
      index += 1
    }
    let source = SourceFile(name: "big", text: lines.joined(separator: "\n"))
    let parallel = Parser.parse(source)
    let sequential = Parser.parse(source, from: 0, to: source.scalars.count, line: 1)
    #expect(parallel.diagnostics.isEmpty)
    #expect(parallel.statements.count == lines.count)
    #expect(
      parallel.statements.map { ExprPrinter.print(Self.value(of: $0)) }
        == sequential.statements.map { ExprPrinter.print(Self.value(of: $0)) })
    #expect(parallel.statements.last?.span.line == lines.count)

    lines[lines.count - 3] = "let broken = (1 +"
    let broken = SourceFile(name: "big2", text: lines.joined(separator: "\n"))
    let withError = Parser.parse(broken)
    let oneWithError = Parser.parse(broken, from: 0, to: broken.scalars.count, line: 1)
    #expect(!withError.diagnostics.isEmpty)
    #expect(withError.diagnostics == oneWithError.diagnostics)
    #expect(withError.statements.count == oneWithError.statements.count)
  }

  /// A line ending in `,` goes on, even when the next starts with a plan word: the halves
  /// must not split there.
  @Test func twoHalvesNeverSplitAContinuedLine() {
    var lines: [String] = []
    var size = 0
    while size < Parser.parallelThreshold + 1000 {
      let pair = ["print \"a long label to make the file big\", \(lines.count),", "budget * \(lines.count)"]
      lines += pair
      size += pair.joined().count + 2
    }
    let source = SourceFile(name: "big3", text: lines.joined(separator: "\n"))
    let parallel = Parser.parse(source)
    #expect(parallel.diagnostics.isEmpty)
    #expect(parallel.statements.count == lines.count / 2)
  }

  static func value(of statement: Stmt) -> Expr {
    if case .letBinding(_, let value) = statement.kind { return value }
    return Expr(.literal(.bool(false)), statement.span)
  }
}

@Suite struct UnitDeclarationParsingTests {
  @Test func aUnitMayGiveItsPlural() {
    let result = Parser.parse(SourceFile(name: "p", text: "unit workshop, workshops\nunit trial"))
    #expect(result.diagnostics.isEmpty)
    guard case .unitDeclaration(let name, let plural, _) = result.statements.first?.kind,
      case .unitDeclaration(_, let none, _) = result.statements.last?.kind
    else {
      Issue.record("expected two unit declarations")
      return
    }
    #expect(name.text == "workshop")
    #expect(plural?.text == "workshops")
    #expect(none == nil)
  }

  @Test func perWithANumberNeedsAUnit() {
    let result = Parser.parse(SourceFile(name: "p", text: "let x = $5 per 1,000"))
    #expect(result.diagnostics.map(\.code) == ["E0101"])
  }
}
