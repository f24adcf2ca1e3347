import MPlanSyntax
import Testing

@Suite struct LexerTests {
  func kinds(_ text: String) -> [Token.Kind] {
    Lexer.tokenize(SourceFile(name: "t", text: text)).tokens.map(\.kind).filter { $0 != .endOfFile }
  }

  @Test(arguments: [
    ("24k", 24_000.0), ("1.5M", 1_500_000), ("2B", 2_000_000_000), ("10_000", 10_000), ("10,000", 10_000),
    ("1,234,567.5", 1_234_567.5), ("٣٠", 30), ("۱۲٬۰۰۰", 12_000), ("٢٫٥", 2.5), ("0.25", 0.25),
    ("1.2", 1.2), ("0.1", 0.1), ("1234567890123456789", 1_234_567_890_123_456_768),
    ("0.12345678901234567", 0.12345678901234567), ("123456789012345.678", 123_456_789_012_345.678),
    ("000000000000000.5", 0.5),
  ])
  func numbers(text: String, value: Double) {
    #expect(kinds(text) == [.number(value)])
  }

  @Test func aCommaBeforeFewerThanThreeDigitsSeparatesListItems() {
    #expect(kinds("1,2") == [.number(1), .symbol(.comma), .number(2)])
    #expect(kinds("1,0000") == [.number(1), .symbol(.comma), .number(0)])
  }

  @Test func moneyPercentAndCalendar() {
    #expect(kinds("$24k") == [.money(24_000, symbol: "$")])
    #expect(kinds("€5,000") == [.money(5_000, symbol: "€")])
    #expect(kinds("2%") == [.percent(0.02)])
    #expect(kinds("2027-12-31") == [.date(CalendarDay(year: 2027, month: 12, day: 31))])
    #expect(kinds("2027-03") == [.month(year: 2027, month: 3)])
    #expect(kinds("2027-Q2") == [.quarter(year: 2027, quarter: 2)])
    #expect(kinds("2027 - 12") == [.number(2027), .symbol(.minus), .number(12)])
  }

  /// A CPM and a sub-cent price: what the parser needs for `per 1,000 impressions`, and a
  /// price that prints back as written.
  @Test func pricesAndCountsPerThousand() {
    #expect(kinds("$0.004") == [.money(0.004, symbol: "$")])
    #expect(
      kinds("$5 per 1,000 impressions") == [
        .money(5, symbol: "$"), .keyword(.per), .number(1_000), .identifier("impressions"),
      ])
    #expect(kinds("200 MQL") == [.number(200), .identifier("MQL")])
  }

  @Test func suffixOnlyWhenNotTheStartOfAName() {
    #expect(kinds("24kg") == [.number(24), .identifier("kg")])
  }

  @Test func unicodeNamesAndKeywords() {
    #expect(kinds("let ميزانية") == [.keyword(.let), .identifier("ميزانية")])
    #expect(kinds("бюджет_2027") == [.identifier("бюджет_2027")])
    #expect(kinds("بودجه‌ی") == [.identifier("بودجه‌ی")])
  }

  @Test func operatorsIncludingTypographicOnes() {
    #expect(
      kinds("=> -> .. == ⇒ → ×") == [
        .symbol(.fatArrow), .symbol(.arrow), .symbol(.range), .symbol(.equal), .symbol(.fatArrow),
        .symbol(.arrow),
        .symbol(.star),
      ])
  }

  @Test func stringEscapes() {
    #expect(kinds(#""a\tb\"c\u{2713}""#) == [.string("a\tb\"c✓")])
  }

  @Test func errorsAreReportedAndLexingGoesOn() {
    let (tokens, diagnostics) = Lexer.tokenize(SourceFile(name: "t", text: "1 @ 2\n\"open\n2027-13"))
    #expect(diagnostics.map(\.code) == ["E0002", "E0003", "E0004"])
    #expect(diagnostics.map(\.span.line) == [1, 2, 3])
    #expect(tokens.contains { $0.kind == .number(2) })
  }

  @Test func spansCarryLineAndColumn() {
    let tokens = Lexer.tokenize(SourceFile(name: "t", text: "let a = 1\n  print a")).tokens
    let printToken = tokens.first { $0.kind == .keyword(.print) }!
    #expect(printToken.span.line == 2)
    #expect(printToken.span.column == 3)
  }
}
