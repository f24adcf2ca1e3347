import MPlanKit
import MPlanReport
import MPlanSyntax
import Testing

/// A diagnostic's labels and notes are messages too: the renderer says them in its
/// catalogue's language, and `label`/`notes` still give the English text to JSON and exports.
@Suite struct DiagnosticLabelMessagesTests {
  static func rendered(_ text: String, in catalogue: Catalogue) -> (String, [Diagnostic]) {
    let source = SourceFile(name: "plan.mplan", text: text)
    let diagnostics = Session(output: { _ in }).run(source).diagnostics
    return (DiagnosticRenderer(sources: [source], catalogue: catalogue).render(diagnostics), diagnostics)
  }

  /// Only the keys under test, so everything else falls back to English.
  static let catalogue = """
    label-this-is = это {$value}
    label-dividing = делим {$value}
    interpreter-assert-left-note = слева: {$value}
    interpreter-assert-right-note = справа: {$value}
    """

  @Test func labelsAreSaidInTheCataloguesLanguage() throws {
    let russian = try Catalogue(language: "ru", file: "test.ftl", text: Self.catalogue)
    let (text, diagnostics) = Self.rendered("let x = $5 / 0\n", in: russian)
    #expect(text.contains("это 0"), "\(text)")
    #expect(text.contains("делим $5"), "\(text)")
    #expect(!text.contains("this is 0"))
    let diagnostic = try #require(diagnostics.first)
    #expect(diagnostic.label == "this is 0")
    #expect(diagnostic.secondary.first?.message == "dividing $5")
  }

  @Test func notesAreSaidInTheCataloguesLanguage() throws {
    let russian = try Catalogue(language: "ru", file: "test.ftl", text: Self.catalogue)
    let (text, diagnostics) = Self.rendered("assert 1 == 2\n", in: russian)
    #expect(text.contains("= note: слева: 1"), "\(text)")
    #expect(text.contains("= note: справа: 2"), "\(text)")
    #expect(diagnostics.first?.notes == ["left side: 1", "right side: 2"])
  }

  /// A label on another line than the error is shown as a note of its own, in the language too.
  @Test func aSecondaryLabelOnAnotherLineIsSaidInTheLanguage() throws {
    let russian = try Catalogue(
      language: "ru", file: "test.ftl", text: "label-first-defined-here = впервые здесь")
    let (text, _) = Self.rendered("let a = 1\nlet a = 2\n", in: russian)
    #expect(text.contains("note: впервые здесь"), "\(text)")
  }
}
