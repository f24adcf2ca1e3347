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

  @Test func textNotYetAMessageIsSaidAsWritten() throws {
    var diagnostic = Diagnostic.error(.unknownName, "unknown name `x`", at: .unknown, fixIt: "define it")
    #expect(diagnostic.content == .verbatim("unknown name `x`"))
    #expect(try #require(Catalogue.named("ru")).render(diagnostic.content) == "unknown name `x`")
    diagnostic.message = "cannot import `a.mplan`: " + diagnostic.message
    #expect(diagnostic.message == "cannot import `a.mplan`: unknown name `x`")
    #expect(diagnostic.fixIt == "define it")
  }
}
