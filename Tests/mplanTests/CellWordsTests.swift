import Foundation
import Testing

/// Issue 18: words mplan writes inside a table's cells (`on pace`, `not in the plan`, a
/// budget's `committed`) are said in the reader's language, as its headings are.
@Suite struct CellWordsTests {
  /// The goals' pace says "on pace" in Russian under `--lang ru`, beside the Russian headings;
  /// 274 leads in January against 3,000 by year end is on pace (pace.mplan works it out).
  @Test func aGoalsPaceIsSaidInTheReadersLanguage() throws {
    let result = try RunMPlan.run(
      ["run", "--lang", "ru", "Tests/Scripts/actuals/pace.mplan"], environment: LanguageChoiceTests.noLocale)
    let pace = result.standardOutput.split(separator: "\n").first { $0.hasPrefix("leads ") }
    #expect(pace?.hasSuffix("в темпе") == true, "\(result.standardOutput)")
    let english = try RunMPlan.run(
      ["run", "Tests/Scripts/actuals/pace.mplan"], environment: LanguageChoiceTests.noLocale)
    #expect(english.standardOutput.contains("247.82  on pace"), "\(english.standardOutput)")
  }
}
