import MPlanKit
import MPlanReport
import MPlanSyntax
import Testing

/// A diagnostic carries its words as messages to the renderer, which says them in its
/// catalogue's language; text not yet converted passes through as written.
@Suite struct DiagnosticMessagesTests {
  static func diagnostics(of text: String) -> (SourceFile, [Diagnostic]) {
    let source = SourceFile(name: "plan.mplan", text: text)
    let session = Session(output: { _ in })
    return (source, session.run(source).diagnostics)
  }

  @Test func theRendererSaysALexerErrorInItsLanguage() throws {
    let (source, diagnostics) = Self.diagnostics(of: "let s = \"open\n")
    let russian = try #require(Catalogue.named("ru"))
    let english = DiagnosticRenderer(sources: [source]).render(diagnostics)
    let translated = DiagnosticRenderer(sources: [source], catalogue: russian).render(diagnostics)
    #expect(english.contains("error[E0003]: unterminated string"))
    #expect(english.contains("= help: close the string with `\"` on the same line"))
    #expect(translated.contains("error[E0003]: незакрытая строка"))
    #expect(translated.contains("= help: закройте строку знаком `\"` на той же строке"))
    // The JSON and the exports still read the English text.
    #expect(diagnostics.first?.message == "unterminated string")
  }

  /// Russian counts arguments in three forms where English has two.
  @Test(arguments: [
    (1, "`f` принимает 1 аргумент, а не 0", "`f` takes 1 argument, not 0"),
    (2, "`f` принимает 2 аргумента, а не 0", "`f` takes 2 arguments, not 0"),
    (5, "`f` принимает 5 аргументов, а не 0", "`f` takes 5 arguments, not 0"),
  ])
  func theArgumentCountTakesEachLanguagesPlural(parameters: Int, russian: String, english: String) throws {
    let names = (1...parameters).map { "p\($0)" }
    let (source, diagnostics) = Self.diagnostics(
      of: "fn f(\(names.joined(separator: ", "))) = 1\nprint f()\n")
    let catalogue = try #require(Catalogue.named("ru"))
    let translated = DiagnosticRenderer(sources: [source], catalogue: catalogue).render(diagnostics)
    #expect(translated.contains("error[E0304]: " + russian), "\(translated)")
    #expect(translated.contains("= help: вызовите её так: `f(\(names.joined(separator: ", ")))`"))
    #expect(DiagnosticRenderer(sources: [source]).render(diagnostics).contains("error[E0304]: " + english))
  }

  @Test func textNotYetAMessageIsSaidAsWritten() throws {
    var diagnostic = Diagnostic.error(.unknownName, "unknown name `x`", at: .unknown, fixIt: "define it")
    #expect(diagnostic.content == .verbatim("unknown name `x`"))
    #expect(try #require(Catalogue.named("ru")).render(diagnostic.content) == "unknown name `x`")
    diagnostic.message = "cannot import `a.mplan`: " + diagnostic.message
    #expect(diagnostic.message == "cannot import `a.mplan`: unknown name `x`")
    #expect(diagnostic.fixIt == "define it")
  }
}
