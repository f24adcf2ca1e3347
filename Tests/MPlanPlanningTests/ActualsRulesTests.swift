import MPlanLanguage
import MPlanSyntax
import Testing

@testable import MPlanPlanning

/// Campaign rules as written (`rule "…"`) and as a rules table's cells: what each test
/// matches, and what a rule that cannot be read says. The script tests in
/// Tests/Scripts/actuals (rules.mplan, rules_bad.mplan) run them through files end to end.
@Suite struct ActualsRulesTests {
  static func rule(_ text: String) throws -> ActualsRule {
    try ActualsRuleText.parse(
      text, span: .unknown, label: Message("actuals-rule-number", ["number": .count(1)]))
  }

  static func holds(_ text: String, _ cells: [String]) throws -> Bool {
    try rule(text).conditions.enumerated().allSatisfy { $0.element.holds(cells[$0.offset]) }
  }

  @Test func globsMatchTheWholeCellInAnyCase() {
    let pattern = Array("search | brand | *")
    #expect(ActualsRule.glob(pattern, matches: Array("search | brand | en | 2027q1")))
    #expect(!ActualsRule.glob(pattern, matches: Array("search | generic | en")))
    #expect(ActualsRule.glob(Array("a?c*"), matches: Array("abc")))
    #expect(!ActualsRule.glob(Array("a?c"), matches: Array("abcd")))
    #expect(ActualsRule.glob(Array("*x*y*"), matches: Array("aaxbbyy")))
  }

  @Test func eachTestOfARule() throws {
    #expect(try Self.holds("Campaign like 'Search | Brand | *' => action brand", ["SEARCH | Brand | DE"]))
    #expect(try Self.holds("Campaign ~ /^search [|] generic/ => action generic", ["Search | Generic | EN"]))
    #expect(try !Self.holds("Campaign ~ /^generic/ => action generic", ["Search | Generic | EN"]))
    #expect(try Self.holds("not Campaign ~ /test/ => channel Search", ["Search | Brand"]))
    #expect(try !Self.holds("not Campaign ~ /test/ => channel Search", ["Search | Test"]))
    #expect(try Self.holds("Clicks > 1000 => channel Search", ["1,200"]))
    #expect(try !Self.holds("Clicks > 1000 => channel Search", ["900"]))
    // A cell that is no number fails a comparison, and passes its negation.
    #expect(try !Self.holds("Clicks >= 0 => channel Search", ["n/a"]))
    #expect(try Self.holds("not Clicks >= 0 => channel Search", ["n/a"]))
    #expect(try Self.holds("Stage = mql => stage mqls", ["MQL"]))
    #expect(try Self.holds("Cost = 10 => stage mqls", ["10.00"]))
    #expect(try Self.holds("'Campaign name' like 'a*' and Clicks <= 5 => action a", ["abc", "5"]))
  }

  @Test func whatARuleAssigns() throws {
    let rule = try Self.rule("Campaign like 'x*' => action brand, channel Search, stage sqls")
    #expect(rule.action == "brand" && rule.channel == "Search" && rule.stage == .sqls)
    let bare = try Self.rule("'Search*' => channel Search")
    #expect(bare.conditions.first?.onKey == true)
  }

  @Test func aRuleThatCannotBeReadSaysWhere() {
    let cases: [(String, String)] = [
      ("Campaign like 'x*' action brand", "expected `and` or `=>`, at character 20"),
      ("Campaign ~ /Search (Brand/ => action brand", "at character 20"),
      ("Campaign ~ /a**/ => action brand", "at character 15"),
      ("Campaign like 'x* => action brand", "the quote opened here is not closed"),
      ("Campaign like 'x*' => stage deals", "`deals` is no stage"),
      ("Campaign like 'x*' => owner Ana", "assigns `action`, `channel` or `stage`, not `owner`"),
      ("Clicks > many => action brand", "`>` compares numbers; `many` is not one"),
    ]
    for (text, message) in cases {
      do {
        _ = try Self.rule(text)
        Issue.record("`\(text)` was read")
      } catch let diagnostic as Diagnostic {
        #expect(diagnostic.code == DiagnosticCode.actualsBadRule.rawValue, "\(text)")
        #expect(diagnostic.message.contains(message), "\(text): \(diagnostic.message)")
      } catch {
        Issue.record("\(error)")
      }
    }
  }

  @Test func aRulesTableCell() throws {
    #expect(try ActualsRuleText.cell("", column: "Campaign") == nil)
    let greater = try #require(try ActualsRuleText.cell(">100", column: "Clicks"))
    #expect(greater.holds("150") && !greater.holds("50"))
    let negated = try #require(try ActualsRuleText.cell("!Social*", column: "Campaign"))
    #expect(negated.holds("Search") && !negated.holds("social | x"))
    let regex = try #require(try ActualsRuleText.cell("/^search/", column: "Campaign"))
    #expect(regex.holds("Search | Brand"))
  }
}
