import MPlanSyntax
import Testing

/// The catalogue format (docs/messages.md): a subset of Project Fluent, read with errors that
/// say where and what to write instead.
@Suite struct CatalogueTests {
  static let errors = """
    # comment
    errors = {$count ->
        [one] {$count} error
       *[other] {$count} errors
    }
    """

  func catalogue(_ text: String, language: String = "en") throws -> Catalogue {
    try Catalogue(language: language, file: "test.ftl", text: text)
  }

  @Test func pluralVariantsFollowTheLanguage() throws {
    let english = try catalogue(Self.errors)
    #expect(english.render(Message("errors", ["count": .count(1)])) == "1 error")
    #expect(english.render(Message("errors", ["count": .count(21)])) == "21 errors")
    #expect(english.render(Message("errors", ["count": .value("1.0")])) == "1.0 errors")
    let russian = try catalogue(
      """
      errors = {$count ->
          [one] {$count} ошибка
          [few] {$count} ошибки
          [many] {$count} ошибок
         *[other] {$count} ошибки
      }
      """, language: "ru")
    let forms = [1, 2, 5, 11, 21, 22, 25, 111].map {
      russian.render(Message("errors", ["count": .count($0)]))
    }
    #expect(
      forms == [
        "1 ошибка", "2 ошибки", "5 ошибок", "11 ошибок", "21 ошибка", "22 ошибки", "25 ошибок", "111 ошибок",
      ])
    #expect(russian.render(Message("errors", ["count": .value("1.5")])) == "1.5 ошибки")
  }

  /// A value is inserted exactly as mplan printed it, in every language: never re-grouped,
  /// never given other digits.
  @Test func valuesStayInTheirCanonicalForm() throws {
    let russian = try catalogue("cost = стоимость {$amount} к {$date}", language: "ru")
    #expect(
      russian.render(Message("cost", ["amount": .value("$12,000"), "date": .value("2027-03-31")]))
        == "стоимость $12,000 к 2027-03-31")
  }

  @Test func anExactNumberComesBeforeTheCategory() throws {
    let english = try catalogue(
      """
      items = {$count ->
          [0] nothing
          [one] one item
         *[other] {$count} items
      }
      """)
    #expect(english.render(Message("items", ["count": .count(0)])) == "nothing")
    #expect(english.render(Message("items", ["count": .count(1)])) == "one item")
    #expect(english.render(Message("items", ["count": .count(2)])) == "2 items")
  }

  @Test func aTextArgumentSelectsTheVariantOfItsWord() throws {
    let english = try catalogue(
      """
      place = {$severity ->
          [error] error {$code}
         *[warning] warning {$code}
      }
      """)
    #expect(
      english.render(Message("place", ["severity": .text("error"), "code": .text("E1")])) == "error E1")
    #expect(
      english.render(Message("place", ["severity": .text("note"), "code": .text("E1")])) == "warning E1")
  }

  /// Continued lines lose the indentation they share and keep the rest; blank lines inside
  /// stay; `{"{"}` is a literal brace; a message is rendered inside another.
  @Test func multilineTextKeepsItsRelativeIndentation() throws {
    let english = try catalogue(
      """
      example =
          budget b {"{"} total $5k {"}"}

            indented {$what}
          done
      outer = [{$inner}]
      """)
    #expect(
      english.render(Message("example", ["what": .text("x")]))
        == "budget b { total $5k }\n\n  indented x\ndone")
    #expect(
      english.render(Message("outer", ["inner": .message(Message("example", ["what": .text("y")]))]))
        == "[budget b { total $5k }\n\n  indented y\ndone]")
  }

  /// A key missing from a language falls back to English; a missing argument shows as written.
  @Test func missingTextFallsBackVisibly() throws {
    let persian = try catalogue("other = x", language: "fa")
    #expect(persian.render(Message("count-errors", ["count": .count(2)])) == "2 errors")
    #expect(persian.render(Message("no-such-key")) == "no-such-key")
    #expect(try catalogue("a = {$b} c").render(Message("a")) == "{$b} c")
  }

  @Test(arguments: [
    ("a = x\na = y", 2, 1, "the key `a` is defined twice"),
    ("a x", 1, 3, "expected `=` after the key `a`"),
    ("a = {$b ->\n   [one] x\n}", 3, 1, "the selector on `$b` needs a default variant: mark one `*[other]`"),
    ("a = {$b -> *[other] x}", 1, 12, "put each variant on a line of its own after `->`"),
    ("a = {$b ->\n  *[one] x\n  *[other] y\n}", 3, 3, "a selector has one default variant (`*[…]`), not two"),
    ("a = x } y", 1, 7, "a `}` in text: write `{\"}\"}` for a literal brace"),
    (
      "a = {b}", 1, 6,
      "terms, message references and functions are not supported: use `{$argument}` or `{\"text\"}`"
    ),
    ("a = {$b", 1, 8, "expected `}` to close the placeable"),
    ("a = {\"x}", 1, 9, "a string literal is not closed with `\"`"),
    (
      "a =\n    x\n    [y]", 3, 5,
      "a line of text cannot start with `[` (Fluent reads it as a variant): write {\"[\"}"
    ),
    ("a = x\n    .title = y", 2, 5, "attributes (`.name = …`) are not supported: make it a key of its own"),
    (
      "  a = x", 1, 1,
      "an indented line continues a message: indent it under a `key = …` line, or remove the spaces"
    ),
    ("a =", 1, 1, "the key `a` has no text"),
    ("= x", 1, 1, "expected a key (`name = text`) or a `#` comment at the start of the line"),
    ("a = {\"\\q\"}", 1, 8, "unknown escape in a string literal: use `\\\"`, `\\\\` or `\\uHHHH`"),
  ])
  func malformedCataloguesSayWhere(text: String, line: Int, column: Int, message: String) {
    #expect(throws: CatalogueError(file: "test.ftl", line: line, column: column, message: message)) {
      try Catalogue(language: "en", file: "test.ftl", text: text)
    }
  }

  @Test func stringLiteralsTakeFluentsEscapes() throws {
    let english = try catalogue(#"a = {"\"quoted\" \\ \u00e9"}"#)
    #expect(english.render(Message("a")) == #""quoted" \ é"#)
  }
}
