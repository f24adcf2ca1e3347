import Foundation
import Testing

/// `--digits` and a plan's `digits`, `language` and `calendar`: the same figures, written as
/// their readers write them; mplan's canonical output when none is asked for.
@Suite struct ReaderConventionTests {
  @Test func digitsNativeFollowsThePlansLanguage() throws {
    let plan = try RunMPlan.temporaryFile(
      "plan \"کارگاه\" { currency USD  language fa }\nprint 12345.5, $1,200.5, 12.5%, 10,000 visits\n")
    let result = try RunMPlan.run(["run", "--digits", "native", plan])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput == "۱۲٬۳۴۵٫۵ $۱٬۲۰۰٫۵۰ ۱۲٫۵٪ ۱۰٬۰۰۰ بازدید\n")
  }

  @Test func digitsArabicOnEval() throws {
    let result = try RunMPlan.run(["eval", "--digits", "arabic", "1234.5 * 2"])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput == "٢٬٤٦٩\n")
  }

  @Test func aPersianPlanPrintsPersianDatesInPersianDigits() throws {
    let plan = try RunMPlan.temporaryFile(
      "plan \"P\" { currency USD  calendar persian  digits native }\nprint 1406-06-31 + 1 day\n")
    let result = try RunMPlan.run(["run", plan])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput == "۱۴۰۶-۰۷-۰۱\n")
  }

  @Test func russianGroupsWithANoBreakSpaceAndACommaDecimal() throws {
    let plan = try RunMPlan.temporaryFile(
      "plan \"План\" { currency RUB  language ru }\nprint 1000.5, 800 ₽ * 2, 1.5%\n")
    let result = try RunMPlan.run(["run", plan])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput == "1\u{00A0}000,5 1\u{00A0}600\u{00A0}₽ 1,5%\n")
  }

  /// `show goals` writes its cells, fields included, as `print` does.
  @Test func showGoalsInAPersianPlan() throws {
    let plan = try RunMPlan.temporaryFile(
      """
      plan "P" { currency USD  period ۱۴۰۶-۰۱-۰۱ .. ۱۴۰۶-۱۲-۲۹  calendar persian  digits native  language fa }
      objective grow { owner "Ana" }
      goal followers { metric follower  baseline 100 followers  target 150 followers  by ۱۴۰۶-۰۶-۳۱  supports grow  owner "Ana" }
      show goals

      """)
    let result = try RunMPlan.run(["run", plan])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.contains("۱۰۰ دنبال‌کننده  ۱۵۰ دنبال‌کننده  ۱۴۰۶-۰۶-۳۱"))
    #expect(result.standardOutput.contains("T ✓"))
  }

  @Test func canonicalOutputIsUnchangedByDefault() throws {
    let result = try RunMPlan.run(["eval", "$1,200.5 + $1000"])
    #expect(result.standardOutput == "$2,200.50\n")
  }

  @Test func anUnknownDigitsChoiceIsRefused() throws {
    let result = try RunMPlan.run(["eval", "--digits", "roman", "1"])
    #expect(result.status == 64)
    #expect(result.standardError.contains("latin"))
  }
}
