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

  static let sources = catalog.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
    "Sources")

  /// Every `DiagnosticCode("…")` declared in Sources/, by the file that declares it: each
  /// layer extends `DiagnosticCode` with its own codes, so no one list holds them all.
  static func declaredCodes() throws -> [(code: String, file: String)] {
    var codes: [(code: String, file: String)] = []
    let files = try #require(FileManager.default.enumerator(atPath: sources.path))
    for case let path as String in files where path.hasSuffix(".swift") {
      let text = try String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8)
      for match in text.matches(of: /DiagnosticCode\("([EW][0-9]{4})"\)/) {
        codes.append((String(match.output.1), path))
      }
    }
    return codes
  }

  /// The language's codes, every layer's, and the plan checks'.
  static func allCodes() throws -> [String] {
    try declaredCodes().map(\.code) + PlanCode.allCases.map(\.rawValue)
  }

  /// A layer's codes are declared in that layer: the export file codes in the façade, the
  /// what-if and actuals codes in the planning layer, not in MPlanSyntax below them.
  @Test func eachLayerDeclaresTheCodesItRaises() throws {
    let declared = Dictionary(try Self.declaredCodes().map { ($0.code, $0.file) }) { first, _ in first }
    #expect(declared[DiagnosticCode.exportFormat.rawValue]?.hasPrefix("MPlanKit/") == true)
    #expect(declared[DiagnosticCode.exportWhat.rawValue]?.hasPrefix("MPlanPlanning/") == true)
    #expect(declared[DiagnosticCode.noSolution.rawValue]?.hasPrefix("MPlanPlanning/") == true)
    #expect(declared[DiagnosticCode.actualsRowsSkipped.rawValue]?.hasPrefix("MPlanPlanning/") == true)
    #expect(declared[DiagnosticCode.tableReadTooEarly.rawValue]?.hasPrefix("MPlanLanguage/") == true)
    #expect(declared[DiagnosticCode.unknownName.rawValue]?.hasPrefix("MPlanSyntax/") == true)
    for (code, file) in declared where file.hasPrefix("MPlanSyntax/") {
      #expect(
        !["E06", "E07", "E08", "W08"].contains(String(code.prefix(3))), "\(code) is declared in \(file)")
    }
  }

  @Test func everyCodeIsDocumented() throws {
    let text = try String(contentsOf: Self.catalog, encoding: .utf8)
    for code in try Self.allCodes() {
      #expect(text.contains("`\(code)`"), "document \(code) in docs/diagnostics.md")
    }
  }

  @Test func codesAreUnique() throws {
    let codes = try Self.allCodes()
    // The declarations were found: every layer's groups are there.
    #expect(codes.count > 80)
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
