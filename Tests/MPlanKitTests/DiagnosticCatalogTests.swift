import Foundation
import MPlanKit
import MPlanLanguage
import MPlanPlanning
import MPlanReport
import MPlanSyntax
import Testing

/// Every diagnostic code is documented in docs/diagnostics.md, and nothing documented is
/// missing from the code.
@Suite struct DiagnosticCatalogTests {
  static let catalog = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("docs/diagnostics.md")

  /// The language's codes and the plan checks'.
  static let allCodes = DiagnosticCode.allCases.map(\.rawValue) + PlanCode.allCases.map(\.rawValue)

  @Test func everyCodeIsDocumented() throws {
    let text = try String(contentsOf: Self.catalog, encoding: .utf8)
    for code in Self.allCodes {
      #expect(text.contains("`\(code)`"), "document \(code) in docs/diagnostics.md")
    }
  }

  @Test func codesAreUnique() {
    let codes = Self.allCodes
    #expect(Set(codes).count == codes.count)
  }

  @Test func rendererShowsCaretAndHelp() {
    let source = SourceFile(name: "plan.mplan", text: "let a = 1\nprint lastyear\n")
    let diagnostic = Diagnostic.error(
      .unknownName, "unknown name `lastyear`",
      at: SourceSpan(file: "plan.mplan", start: 16, end: 24, line: 2, column: 7),
      fixIt: "did you mean `last_year`?")
    let text = DiagnosticRenderer(sources: [source]).render(diagnostic)
    #expect(
      text == """
        plan.mplan:2:7: error[E0201]: unknown name `lastyear`
          |
        2 | print lastyear
          |       ^^^^^^^^
          = help: did you mean `last_year`?

        """)
  }

  @Test(arguments: [("deal", ["dael", "deals", "dial"]), ("visit", ["vist"])])
  func suggestions(expected: String, typos: [String]) {
    for typo in typos {
      #expect(Suggestions.closest(to: typo, among: [expected, "unrelated", "budget"]) == expected)
    }
  }

  @Test func noSuggestionForADifferentWord() {
    #expect(Suggestions.closest(to: "revenue", among: ["deal", "visit"]) == nil)
  }
}

@Suite struct RendererWidthTests {
  /// Wide characters take two cells, so the label under `5 visit` must move right with them.
  @Test func caretsStayUnderTheTextAfterWideCharacters() {
    let session = Session(output: { _ in })
    let outcome = session.run(SourceFile(name: "w", text: "let x = \"中文\" + 5 visit"))
    let text = session.renderer().render(outcome.diagnostics)
    let lines = text.split(separator: "\n").map(String.init)
    guard let source = lines.first(where: { $0.hasPrefix("1 | ") }),
      let label = lines.first(where: { $0.contains("└ visits") })
    else {
      Issue.record("no excerpt in \(text)")
      return
    }
    // "中文" is 4 scalars ("", 中, 文, "") but 6 cells; `5` sits after `" + `.
    let cellsBeforeFive = 4 + "let x = ".count + 6 + " + ".count
    #expect(source.contains("5 visit"))
    #expect(
      label.firstIndex(of: "└").map { label.distance(from: label.startIndex, to: $0) } == cellsBeforeFive)
  }
}
