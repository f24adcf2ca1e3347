import Foundation
import Testing

/// The guard of issue 18: no new sentence is written into the code of the upper targets. Every
/// file of MPlanPlanning, MPlanReport, MPlanKit and mplan may hold no string literal that reads
/// as a sentence (`SentenceLiterals`), except the files still being converted, each up to the
/// count it holds today. A new file starts at zero; a converted literal lowers its file's
/// count, and the test asks for the lower number so the allowance only ever shrinks.
@Suite struct UserFacingLiteralTests {
  static let targets = ["MPlanPlanning", "MPlanReport", "MPlanKit", "mplan"]

  /// Files whose words are not all messages yet, with how many sentence literals each still
  /// holds. Literals that are not words to a user belong in `SentenceLiterals.notSaid`.
  static let notYetConverted: [String: Int] = [:]

  /// Files the scan skips. `REPL/DiagnosticHelp.swift` is written by scripts/embed-diagnostics
  /// from docs/diagnostics.md, whose code tables `:help CODE` shows: its words are the docs',
  /// kept true by `DiagnosticCatalogTests` and translated with the docs. A key per table row
  /// would keep a second copy of every row in the catalogues, to drift from the docs.
  static let generated: Set<String> = ["mplan/REPL/DiagnosticHelp.swift"]

  static func sourceFiles() throws -> [String] {
    let sources = MessageCatalogueTests.root.appendingPathComponent("Sources")
    var files: [String] = []
    for target in targets {
      let folder = sources.appendingPathComponent(target)
      let walker = try #require(FileManager.default.enumerator(atPath: folder.path))
      for case let path as String in walker where path.hasSuffix(".swift") {
        if !generated.contains(target + "/" + path) { files.append(target + "/" + path) }
      }
    }
    return files.sorted()
  }

  @Test func noNewSentenceIsWrittenIntoTheCode() throws {
    let root = MessageCatalogueTests.root.appendingPathComponent("Sources")
    var seen: Set<String> = []
    for file in try Self.sourceFiles() {
      seen.insert(file)
      let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
      let sentences = SentenceLiterals.find(in: text)
      let allowed = Self.notYetConverted[file] ?? 0
      if sentences.count > allowed {
        let first = sentences.prefix(3).map { "line \($0.line): \"\($0.text)\"" }.joined(separator: "; ")
        Issue.record(
          "Sources/\(file) writes \(sentences.count) sentences, \(allowed) allowed (\(first)): declare a Message and put its words in messages/en.ftl"
        )
      } else if sentences.count < allowed {
        Issue.record(
          "Sources/\(file) writes \(sentences.count) sentences now: lower its allowance from \(allowed)")
      }
    }
    for file in Self.notYetConverted.keys.sorted() where !seen.contains(file) {
      Issue.record("notYetConverted lists Sources/\(file), which is gone: remove it")
    }
  }

  /// The heuristic on what it must catch and what it must let through.
  @Test func aSentenceIsTwoWordsOfTextOutsideCommentsAndPatterns() {
    let source = #"""
      // a comment with "quoted words" is not code
      let key = Message("plan-no-owner")
      let code = "PLAN-B02", path = "/mplan/history", format = "%d %s"
      let said = "goal `\(name)` has no owner"
      let nested = "\(list.map { "\($0) more items" })"
      let raw = #"write "\(x)" as it is"#
      switch word {
      case "goal seek": break
      }
      let twoLines = """
        the plan names no objectives
        """
      /* a block comment with "many words" */ let one = "Alignment"
      let markup = "<!-- written by mplan export --><a href=\"x\">"
      let style = """
        td bdi { unicode-bidi: isolate; }
        svg text { font: 12px system-ui, sans-serif; }
        """
      let open = "<xf numFmtId=\"\(id)\" fontId=\"0\""
      let css = "set the color: red { in words } now"
      """#
    let found = SentenceLiterals.find(in: source).map(\.text)
    #expect(
      found == [
        "goal `…` has no owner", "… more items", #"write "\(x)" as it is"#,
        "  the plan names no objectives\n  ", "set the color: red { in words } now",
      ])
  }
}
