import Foundation
import Testing

@testable import MPlanSyntax

/// Plan keywords in Arabic, Persian and Russian (docs/languages.md, "Plan words in each
/// language"): read where the English word is a keyword, and written by `fmt --keywords`.
@Suite struct PlanWordsTests {
  /// Every covered keyword and field, in a plan that passes its SMART letters.
  static let plan = """
    plan "Drill 2027" {
      currency USD
      period   2027-01 .. 2027-12
      language en
    }

    objective growth "Grow segment revenue 10%"

    goal followers "Followers from 100 to 125 through daily posts" {
      metric    follower
      direction up
      baseline  100 followers
      target    125 followers
      by        2027-06-30
      supports  growth
      owner     "Lina"
    }

    goal leap "2,000 customers next month through cold calls" {
      metric   customer
      baseline 10 customers
      target   2,000 customers
      within   1 month
      supports growth
      owner    "Sam"
    }

    budget marketing {
      total   $60k
      reserve 20%
      owner   "CMO"
    }

    action posts "Daily posts" => followers {
      channel "Instagram"
      cost    $500
      owner   "Lina"
      period  2027-01 .. 2027-06
      from    marketing
    }

    report weekly {
      cadence weekly
      author  "Ana"
    }

    """

  static func formatted(_ text: String, in language: String) -> MPlanSyntax.Formatter.Result {
    MPlanSyntax.Formatter.format(SourceFile(name: "plan.mplan", text: text), keywords: language)
  }

  @Test(arguments: ["ar", "fa", "ru"])
  func aPlanRoundTripsThroughAnotherLanguagesKeywords(language: String) throws {
    let there = Self.formatted(Self.plan, in: language)
    #expect(there.diagnostics.isEmpty, "\(there.diagnostics.map(\.message))")
    #expect(there.isChanged)
    // Every keyword of the covered list was rewritten: none of its English words is left at
    // the start of a line.
    for (english, _) in PlanWords.entries where PlanWords.words[language]?[english] != nil {
      let line = there.text.split(separator: "\n").first {
        $0.trimmingCharacters(in: .whitespaces).hasPrefix(english + " ")
      }
      #expect(line == nil, "`\(english)` left in English: \(line ?? "")")
    }
    let back = Self.formatted(there.text, in: "en")
    #expect(back.diagnostics.isEmpty)
    #expect(back.text == Self.plan)
  }

  @Test(arguments: ["ar", "fa", "ru"])
  func aPlanInAnotherLanguageParsesToItsEnglishTwinsStatements(language: String) throws {
    let there = Self.formatted(Self.plan, in: language).text
    let english = Parser.parse(SourceFile(name: "en.mplan", text: Self.plan))
    let translated = Parser.parse(SourceFile(name: "tr.mplan", text: there))
    #expect(translated.diagnostics.isEmpty)
    func outline(_ statements: [Stmt]) -> [String] {
      statements.compactMap { statement in
        guard case .declaration(let declaration) = statement.kind else { return nil }
        return "\(declaration.kind) \(declaration.name.text) "
          + declaration.fields.map(\.name.text).joined(separator: ",")
      }
    }
    #expect(outline(translated.statements) == outline(english.statements))
    #expect(outline(english.statements).count == 7)
  }

  /// An alias is read only where its English word would be a keyword: a user's own name that
  /// is spelt like one stays that name, and never the same name as the English word.
  @Test func aNameSpeltLikeAnAliasStaysTheUsersName() throws {
    let text = """
      let цель = 5
      let goal = 7
      let هدف = 2
      цель срок "Followers from 100 to 125 through daily posts" {
        метрика follower
        срок    2027-06-30
      }

      """
    let parsed = Parser.parse(SourceFile(name: "names.mplan", text: text))
    #expect(parsed.diagnostics.isEmpty)
    var lets: [String] = []
    var declarations: [String] = []
    for statement in parsed.statements {
      switch statement.kind {
      case .letBinding(let name, _): lets.append(name.text)
      case .declaration(let declaration):
        declarations.append("\(declaration.kind) \(declaration.name.text)")
        #expect(declaration.fields.map(\.name.text) == ["metric", "by"])
      default: break
      }
    }
    #expect(lets == ["цель", "goal", "هدف"])
    #expect(declarations == ["goal срок"])
    // fmt rewrites the keywords and leaves the names alone.
    let english = Self.formatted(text, in: "en").text
    #expect(english.contains("let цель = 5"))
    #expect(english.contains("goal срок \"Followers"))
    #expect(english.contains("  by     2027-06-30"))
  }

  /// An English keyword and an Arabic one in one block read as the same fields (allowed:
  /// docs/languages.md), and `fmt --keywords` makes the block one language again.
  @Test func englishAndArabicKeywordsMayMeetInOneBlock() throws {
    let mixed = "هدف g \"Win\" {\n  metric  customer\n  بحلول   2027-06-30\n}\n"
    let parsed = Parser.parse(SourceFile(name: "mixed.mplan", text: mixed))
    #expect(parsed.diagnostics.isEmpty)
    let arabic = Self.formatted(mixed, in: "ar").text
    #expect(arabic == "هدف g \"Win\" {\n  مقياس customer\n  بحلول 2027-06-30\n}\n")
  }

  /// An alias must say one thing where it is read: no two declarations, and no two fields
  /// of one kind, share a word in any language, nor does an alias spell another keyword.
  @Test func noAliasIsAmbiguous() throws {
    var declarationWords: [String: String] = [:]
    for (language, table) in PlanWords.words {
      #expect(table.count == PlanWords.entries.count, "messages/\(language).ftl lacks keywords")
      for (english, word) in table {
        #expect(!word.contains(" ") && !word.isEmpty, "\(language) `\(word)`")
        #expect(Keyword(rawValue: word) == nil && DeclarationKind(rawValue: word) == nil)
        guard PlanWords.declarationWords.contains(english) else { continue }
        #expect(declarationWords[word, default: english] == english, "`\(word)` is two declarations")
        declarationWords[word] = english
      }
    }
    for kind in DeclarationKind.allCases {
      var fieldWords: [String: String] = [:]
      for field in kind.fieldNames + ["by"] {
        for word in [field] + PlanWords.words.values.compactMap({ $0[field] }) {
          #expect(fieldWords[word, default: field] == field, "`\(word)` is two fields of \(kind)")
          fieldWords[word] = field
        }
      }
    }
  }
}
