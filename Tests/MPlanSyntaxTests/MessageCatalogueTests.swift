import Foundation
import MPlanSyntax
import Testing

/// The catalogues in `messages/` against the code: every key the code raises is in English,
/// every English key is raised somewhere, and another language's text for a key uses the
/// same arguments as English. The binary's embedded copy is the files' (scripts/embed-messages).
@Suite struct MessageCatalogueTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static func catalogueFiles() throws -> [String: String] {
    let folder = root.appendingPathComponent("messages")
    var files: [String: String] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".ftl")
    {
      files[String(name.dropLast(".ftl".count))] = try String(
        contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }
    return files
  }

  static func catalogues() throws -> [String: Catalogue] {
    var catalogues: [String: Catalogue] = [:]
    for (language, text) in try catalogueFiles() {
      catalogues[language] = try Catalogue(language: language, file: "messages/\(language).ftl", text: text)
    }
    return catalogues
  }

  /// The binary finds each message by a quick scan of its catalogue and parses it when it is
  /// first said: every key it finds that way must say what parsing the whole file says.
  @Test func messagesParsedWhenSaidAreTheWholeFilesMessages() throws {
    for (language, whole) in try Self.catalogues() {
      let embedded = try #require(Catalogue.named(language))
      #expect(embedded.keys.sorted() == whole.keys.sorted(), "messages/\(language).ftl")
      #expect(embedded.patterns == whole.patterns, "messages/\(language).ftl")
    }
  }

  /// Keys written as `Message("key"` in Sources/ (the literal may be on the next line),
  /// outside comments.
  static func keysInCode() throws -> [String: String] {
    var keys: [String: String] = [:]
    let sources = root.appendingPathComponent("Sources")
    let files = try #require(FileManager.default.enumerator(atPath: sources.path))
    for case let path as String in files where path.hasSuffix(".swift") {
      let text = try String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8)
      let code = text.split(separator: "\n").filter {
        !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//")
      }
      .joined(separator: "\n")
      var rest = Substring(code)
      while let call = rest.firstRange(of: "Message(") {
        rest = rest[call.upperBound...].drop { $0 == " " || $0 == "\n" }
        guard rest.first == "\"" else { continue }
        let key = rest.dropFirst().prefix { $0 != "\"" }
        if !key.isEmpty, key.allSatisfy({ $0.isLowercase || $0.isNumber || $0 == "-" }) {
          keys[String(key)] = path
        }
      }
    }
    return keys
  }

  @Test func embeddedCopyMatchesTheFiles() throws {
    let files = try Self.catalogueFiles()
    #expect(Set(files.keys) == Set(EmbeddedCatalogues.files.keys), "run scripts/embed-messages")
    for (language, text) in files {
      #expect(
        EmbeddedCatalogues.files[language]?.trimmingCharacters(in: .newlines)
          == text.trimmingCharacters(in: .newlines),
        "messages/\(language).ftl changed: run scripts/embed-messages")
    }
    #expect(Catalogue.named("en")?.keys.isEmpty == false)
    #expect(Catalogue.named("xx") == nil)
  }

  @Test func everyKeyInTheCodeIsInEnglishAndEveryEnglishKeyIsUsed() throws {
    let english = try #require(try Self.catalogues()["en"])
    let used = try Self.keysInCode()
    #expect(!used.isEmpty)
    for (key, file) in used.sorted(by: { $0.key < $1.key }) {
      #expect(english.keys.contains(key), "Sources/\(file) raises `\(key)`, which messages/en.ftl lacks")
    }
    for key in english.keys.sorted() where used[key] == nil {
      Issue.record("messages/en.ftl has `\(key)`, which no `Message(\"…\")` in Sources/ raises: remove it")
    }
  }

  @Test func translationsUseTheArgumentsOfEnglishAndTheirLanguagesCategories() throws {
    let catalogues = try Self.catalogues()
    let english = try #require(catalogues["en"])
    let categoryNames = Set(PluralCategory.allCases.map(\.rawValue))
    for (language, catalogue) in catalogues where language != "en" {
      let categories = Set(PluralRules(language: language).categories.map(\.rawValue))
      for key in catalogue.keys.sorted() {
        guard let original = english.patterns[key] else {
          Issue.record("messages/\(language).ftl has `\(key)`, which English lacks")
          continue
        }
        let pattern = try #require(catalogue.patterns[key])
        // An argument English only selects by may be left out; every other one is kept.
        let leftOut = original.argumentNames.subtracting(pattern.argumentNames)
        #expect(
          pattern.argumentNames.isSubset(of: original.argumentNames)
            && leftOut.isSubset(of: original.selectorOnlyNames),
          "messages/\(language).ftl `\(key)` uses \(pattern.argumentNames.sorted()), English \(original.argumentNames.sorted())"
        )
        for variant in pattern.variantKeys
        where categoryNames.contains(variant) && !categories.contains(variant) {
          Issue.record("messages/\(language).ftl `\(key)`: \(language) has no plural category `\(variant)`")
        }
      }
    }
    // The test is real only while there is something to compare.
    #expect(catalogues.count >= 4)
  }

  /// The files whose words all come from the catalogues. A sentence written into one of them
  /// again (a literal with two words in it) fails here; add a file once its slice is
  /// converted (docs/messages.md). `Checklist.count` still adds an English "s" for
  /// PlanTables, which the document model will replace.
  static let convertedFiles = [
    "mplan/REPL/ReplHelp.swift", "mplan/REPL/ReplHelp+Language.swift", "MPlanPlanning/Checklist.swift",
    "MPlanSyntax/Messages/Message+Lists.swift", "MPlanSyntax/Syntax/Lexer.swift",
    "MPlanLanguage/Actuals/CSVReader.swift",
    "MPlanLanguage/Output/DataTable.swift",
    "MPlanReport/Export/MarkdownExporter.swift",
    "MPlanLanguage/Output/StatementHost.swift",
    "MPlanLanguage/Runtime/Arithmetic+Conversion.swift",
    "MPlanLanguage/Runtime/Arithmetic.swift",
    "MPlanLanguage/Runtime/Formatting.swift",
    "MPlanLanguage/Runtime/Funnel.swift",
    "MPlanLanguage/Runtime/Interpreter+Blocks.swift",
    "MPlanLanguage/Runtime/Interpreter+Expressions.swift",
    "MPlanLanguage/Runtime/Interpreter+Funnels.swift",
    "MPlanLanguage/Runtime/Interpreter+Members.swift",
    "MPlanLanguage/Runtime/Interpreter+Memory.swift",
    "MPlanLanguage/Runtime/Interpreter+Scenarios.swift",
    "MPlanLanguage/Runtime/Interpreter.swift",
    "MPlanLanguage/Runtime/Natives.swift",
    "MPlanLanguage/Runtime/Quantity+Calendar.swift",
    "MPlanLanguage/Runtime/Sampling.swift",
    "MPlanLanguage/Runtime/Value.swift",
    "MPlanLanguage/Semantics/Checker+Imports.swift",
    "MPlanLanguage/Semantics/Checker+Statements.swift",
    "MPlanLanguage/Semantics/Checker+Tables.swift",
    "MPlanLanguage/Semantics/Checker.swift",
    "MPlanLanguage/Semantics/Units.swift",
    "MPlanSyntax/Diagnostics/Diagnostic.swift",
    "MPlanSyntax/Diagnostics/SourceLoader.swift",
    "MPlanSyntax/Diagnostics/Suggestions.swift",
    "MPlanSyntax/Syntax/ExportFormatNames.swift",
    "MPlanSyntax/Syntax/Formatter.swift",
    "MPlanSyntax/Syntax/Lexer+Numbers.swift",
    "MPlanSyntax/Syntax/Parser+Declarations.swift",
    "MPlanSyntax/Syntax/Parser+Expressions.swift",
    "MPlanSyntax/Syntax/Parser+Help.swift",
    "MPlanSyntax/Syntax/Parser+Ranges.swift",
    "MPlanSyntax/Syntax/Parser+Tokens.swift",
    "MPlanSyntax/Syntax/Parser+WhatIf.swift",
    "MPlanSyntax/Syntax/Parser.swift",
    "MPlanSyntax/Syntax/Token.swift",
    "MPlanPlanning/PlanChecker.swift", "MPlanPlanning/PlanChecker+Budgets.swift",
    "MPlanPlanning/PlanChecker+Actions.swift", "MPlanPlanning/PlanChecker+Tracking.swift",
    "MPlanPlanning/SMART.swift", "MPlanPlanning/SMART+Teaching.swift", "MPlanPlanning/SMART+Measurable.swift",
    "MPlanPlanning/SMART+Attainable.swift", "MPlanPlanning/SMART+TimeBound.swift",
    "MPlanPlanning/Cadence.swift",
    "MPlanPlanning/ActualsCurrency.swift", "MPlanPlanning/ActualsLoader+Cells.swift",
    "MPlanPlanning/ActualsLoader+Files.swift", "MPlanPlanning/ActualsLoader+Mapping.swift",
    "MPlanPlanning/ActualsLoader+Rules.swift", "MPlanPlanning/ActualsLoader.swift",
    "MPlanPlanning/ActualsRuleText.swift", "MPlanPlanning/ActualsRules.swift",
    "MPlanPlanning/ActualsMembers.swift", "MPlanPlanning/ActualsReallocation.swift",
    "MPlanPlanning/ActualsReview.swift", "MPlanPlanning/ActualsTargets.swift",
    "MPlanPlanning/ActualsTracking.swift", "MPlanPlanning/ActualsViews+Channels.swift",
    "MPlanPlanning/ActualsViews+Combined.swift", "MPlanPlanning/ActualsViews+Reading.swift",
    "MPlanPlanning/PlanIndex.swift", "mplan/REPL/REPL+Commands.swift", "mplan/REPL/REPL+Reload.swift",
    "mplan/Watch.swift", "mplan/CheckCommand.swift", "mplan/ExportCommand.swift", "mplan/FmtCommand.swift",
    "mplan/MPlan.swift", "mplan/REPL/HistoryFile.swift", "mplan/REPL/REPL.swift",
    "mplan/REPL/ReplCommand.swift",
    "mplan/RunCommand.swift", "mplan/Terminal.swift", "mplan/Said.swift",
    "MPlanKit/FormattedPlan.swift",
    "MPlanKit/SafeWrite.swift",
    "MPlanKit/Session+Export.swift",
    "MPlanKit/Session+REPL.swift",
    "MPlanKit/Session+Recalculation.swift",
    "MPlanKit/Session.swift",
    "MPlanKit/SessionScript.swift",
    "MPlanPlanning/ActualsViews.swift",
    "MPlanPlanning/Budget.swift",
    "MPlanPlanning/BudgetReserve.swift",
    "MPlanPlanning/GoalSeeker+Report.swift",
    "MPlanPlanning/PlanAnalysis+Inputs.swift",
    "MPlanPlanning/PlanAnalysis+Solve.swift",
    "MPlanPlanning/PlanAnalysis+Table.swift",
    "MPlanPlanning/PlanAnalysis+Tornado.swift",
    "MPlanPlanning/PlanAnalysis.swift",
    "MPlanPlanning/PlanHost.swift",
    "MPlanPlanning/PlanMembers.swift",
    "MPlanPlanning/PlanPresenter.swift",
    "MPlanPlanning/PlanTables.swift",
    "mplan/InternalFault.swift",
    "mplan/REPL/LibEditLineEditor.swift",
    "MPlanPlanning/Message+Headings.swift", "MPlanPlanning/ActualsViews+Notes.swift",
  ]

  @Test(arguments: convertedFiles)
  func convertedFilesHoldNoSentences(file: String) throws {
    let text = try String(contentsOf: Self.root.appendingPathComponent("Sources/" + file), encoding: .utf8)
    for literal in SentenceLiterals.find(in: text) {
      Issue.record("Sources/\(file):\(literal.line) writes \"\(literal.text)\": make it a message")
    }
  }
}
