import Foundation
import Testing

@testable import MPlanCore

/// Every diagnostic code is documented in docs/diagnostics.md, and nothing documented is
/// missing from the code.
@Suite struct DiagnosticCatalogTests {
  static let catalog = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("docs/diagnostics.md")

  @Test func everyCodeIsDocumented() throws {
    let text = try String(contentsOf: Self.catalog, encoding: .utf8)
    for code in DiagnosticCode.allCases {
      #expect(
        text.contains("`\(code.rawValue)`"), "document \(code.rawValue) (\(code)) in docs/diagnostics.md")
    }
  }

  @Test func codesAreUnique() {
    let codes = DiagnosticCode.allCases.map(\.rawValue)
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
