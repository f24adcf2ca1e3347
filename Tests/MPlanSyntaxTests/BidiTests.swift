import MPlanSyntax
import Testing

/// Right-to-left text in a left-to-right line (docs/languages.md): what is isolated, and what
/// is left where it was. ⟦ ⟧ stand for FSI … PDI in the expectations.
@Suite struct BidiTests {
  static func marked(_ text: String) -> String {
    String(text.map { $0 == Bidi.firstStrongIsolate ? "⟦" : $0 == Bidi.popDirectionalIsolate ? "⟧" : $0 })
  }

  static func stripped(_ text: String) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.filter { !Bidi.isMark($0) }))
  }

  @Test(arguments: [
    // A value is one isolate with its number, so it reads "10 عملاء" from the right, and the
    // arrow between two values keeps pointing from the first to the second.
    ("(10 عملاء → 2,000 عملاء in 1 month)", "(⟦10 عملاء⟧ → ⟦2,000 عملاء⟧ in 1 month)"),
    ("goal `عملاء_جدد` has no deadline", "goal `⟦عملاء_جدد⟧` has no deadline"),
    // A table row: each cell alone, in its column, the row's order kept.
    ("عملاء_جدد  زيادة المبيعات  10 عملاء  S ✓ M ✓", "⟦عملاء_جدد⟧  ⟦زيادة المبيعات⟧  ⟦10 عملاء⟧  S ✓ M ✓"),
    // A sentence that starts right to left is one isolate, its numbers and punctuation inside.
    ("  6 أخطاء، 22 تحذيرًا", "  ⟦6 أخطاء، 22 تحذيرًا⟧"),
    // Persian with its zero-width non-joiner stays one word.
    ("goal `افزایش` می‌شود", "goal `⟦افزایش⟧` ⟦می‌شود⟧"),
    ("metric визит: 100 visits", "metric визит: 100 visits"),
    ("$12,000 for 2027-03-31", "$12,000 for 2027-03-31"),
  ])
  func proseIsolatesNamesValuesAndSentences(line: String, expected: String) {
    #expect(Self.marked(Bidi.isolatingLine(line)) == expected)
  }

  /// A source line: every token keeps the cells it has in the file, so the caret line drawn
  /// for the file's columns stays under the same word.
  /// Only where the algorithm would join a word to what follows it (a number, or another
  /// right-to-left word across `=`): before a keyword a word stays in its cells unmarked.
  @Test(arguments: [
    (
      "  metric عميل  baseline 10 عملاء  target 2,000 عملاء  owner \"سارة علي\"",
      "  metric عميل  baseline 10 عملاء  target 2,000 عملاء  owner \"سارة علي\""
    ),
    ("plan \"نمو 2027\" {", "plan \"⟦نمو⟧ 2027\" {"),
    ("let عملاء = عملاء_جدد + 5", "let ⟦عملاء⟧ = ⟦عملاء_جدد⟧ + 5"),
  ])
  func codeKeepsEachWordInItsCells(line: String, expected: String) {
    let isolated = Bidi.isolatingLine(line, mode: .code)
    #expect(Self.marked(isolated) == expected)
    #expect(Self.stripped(isolated) == line)
  }

  /// A line with an isolate made where its text was (a message's argument) still gets the
  /// rest of its right-to-left text isolated around it.
  @Test func isolatesAlreadyThereAreKeptAndTheRestIsolated() {
    let line = "(10 عملاء → 2,000 عملاء) (\u{2067}السطر 8\u{2069})"
    #expect(Self.marked(Bidi.isolatingLine(line)) == "(⟦10 عملاء⟧ → ⟦2,000 عملاء⟧) (\u{2067}السطر 8⟧)")
  }

  @Test func textThatIsAlreadyIsolatedOrHasNoRightToLeftIsLeftAlone() {
    let isolated = "goal `\u{2068}عملاء\u{2069}`"
    #expect(Bidi.isolatingLine(isolated) == isolated)
    let english = "3 of 7 checks pass; 0 errors, 4 warnings"
    #expect(Bidi.isolatingLine(english) == english)
    #expect(Bidi.isolated("Ana") == "Ana")
  }

  @Test func aRightToLeftCatalogueIsolatesItsMessagesAndArguments() throws {
    let arabic = try Catalogue(
      language: "ar", file: "ar.ftl", text: "greet = مرحبا {$name}، لديك {$count} رسائل\n")
    let message = Message("greet", ["name": .text("Ana"), "count": .count(3)])
    #expect(arabic.render(message) == "مرحبا Ana، لديك 3 رسائل")
    #expect(
      arabic.isolating(.isolate).render(message)
        == "\u{2067}مرحبا Ana، لديك 3 رسائل\u{2069}")
    let english = try Catalogue(language: "en", file: "en.ftl", text: "greet = Hello {$name}, {$count}\n")
    let arabicName = Message("greet", ["name": .text("سارة"), "count": .count(3)])
    #expect(Self.marked(english.isolating(.isolate).render(arabicName)) == "Hello ⟦سارة⟧, 3")
    #expect(english.render(arabicName) == "Hello سارة, 3")
  }

  @Test(arguments: [
    ("abc", false), ("عملاء", true), ("`f` تأخذ", false), ("٣٠ عميل", true), ("10 визитов", false),
  ])
  func firstStrongCharacter(text: String, startsRightToLeft: Bool) {
    #expect(Bidi.startsRightToLeft(text) == startsRightToLeft)
  }
}
