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
  /// `REPL/DiagnosticHelp.swift` is generated from docs/diagnostics.md (scripts/embed-diagnostics)
  /// and is translated with the docs, not the catalogues. `InternalFault.swift`'s line is
  /// written from a signal handler, which may only write bytes fixed beforehand.
  static let notYetConverted: [String: Int] = [
    "MPlanKit/FormattedPlan.swift": 3,
    "MPlanKit/SafeWrite.swift": 13,
    "MPlanKit/Session+Export.swift": 22,
    "MPlanKit/Session+REPL.swift": 4,
    "MPlanKit/Session+Recalculation.swift": 8,
    "MPlanKit/Session.swift": 4,
    "MPlanKit/SessionScript.swift": 6,
    "MPlanPlanning/ActualsViews.swift": 22,
    "MPlanPlanning/Budget.swift": 4,
    "MPlanPlanning/BudgetReserve.swift": 2,
    "MPlanPlanning/Document/PlanDocument+Build.swift": 9,
    "MPlanPlanning/Document/PlanDocument+Data.swift": 3,
    "MPlanPlanning/GoalSeeker+Report.swift": 19,
    "MPlanPlanning/PlanAnalysis+Inputs.swift": 10,
    "MPlanPlanning/PlanAnalysis+Solve.swift": 3,
    "MPlanPlanning/PlanAnalysis+Table.swift": 8,
    "MPlanPlanning/PlanAnalysis+Tornado.swift": 13,
    "MPlanPlanning/PlanAnalysis.swift": 3,
    "MPlanPlanning/PlanHost.swift": 3,
    "MPlanPlanning/PlanMembers.swift": 3,
    "MPlanPlanning/PlanPresenter.swift": 7,
    "MPlanPlanning/PlanTables.swift": 12,
    "MPlanReport/ChangeText.swift": 3,
    "MPlanReport/DiagnosticRenderer.swift": 1,
    "MPlanReport/Export/DataTableExport.swift": 1,
    "MPlanReport/Export/HTMLCharts.swift": 1,
    "MPlanReport/Export/HTMLExporter.swift": 1,
    "MPlanReport/Export/PlanWorkbook.swift": 5,
    "MPlanReport/Export/XLSX/WorkbookWriter.swift": 2,
    "mplan/InternalFault.swift": 2,
    "mplan/REPL/DiagnosticHelp.swift": 1,
    "mplan/REPL/LibEditLineEditor.swift": 3,
  ]

  static func sourceFiles() throws -> [String] {
    let sources = MessageCatalogueTests.root.appendingPathComponent("Sources")
    var files: [String] = []
    for target in targets {
      let folder = sources.appendingPathComponent(target)
      let walker = try #require(FileManager.default.enumerator(atPath: folder.path))
      for case let path as String in walker where path.hasSuffix(".swift") {
        files.append(target + "/" + path)
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
      """#
    let found = SentenceLiterals.find(in: source).map(\.text)
    #expect(
      found == [
        "goal `…` has no owner", "… more items", #"write "\(x)" as it is"#,
        "  the plan names no objectives\n  ",
      ])
  }
}
