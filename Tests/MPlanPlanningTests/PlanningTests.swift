import Foundation
import MPlanKit
import MPlanLanguage
import MPlanPlanning
import MPlanReport
import MPlanSyntax
import Testing

/// The pieces of the planning model: growth arithmetic, deadlines, ledgers, pacing, the
/// checklist and its JSON. The script tests in Tests/Scripts/planning cover the rules end to end.
@Suite struct PlanningTests {
  static let header = """
    plan "P" { currency USD  period 2027-01 .. 2027-12 }
    objective growth "Grow"

    """

  /// Runs a plan in a fresh session and returns its environment.
  static func environment(_ text: String) -> Environment {
    let session = Session(output: { _ in })
    let outcome = session.run(SourceFile(name: "plan.mplan", text: header + text))
    #expect(!outcome.hasErrors, "\(outcome.diagnostics.map(\.message))")
    return session.environment
  }

  static func codes(_ text: String) -> [String] {
    PlanChecker(environment: environment(text)).diagnostics().map(\.code)
  }

  @Test(arguments: [
    (100.0, 200.0, 12.0, 0.0595),  // the SMART article: double site visits in 12 months
    (10.0, 2_000.0, 1.0, 199.0),  // the SMART article: 10 → 2,000 customers next month
    (100.0, 125.0, 1.0, 0.25),  // the SMART article: following +25%, tracked monthly
  ])
  func growthPerMonth(baseline: Double, target: Double, months: Double, expected: Double) {
    let growth = SMARTRules.monthlyGrowth(from: baseline, to: target, months: months)
    #expect(abs(growth - expected) < 0.0005)
  }

  @Test func theDefaultGrowthBoundLetsACustomerListDoubleInTwoMonths() {
    let growth = SMARTRules.monthlyGrowth(from: 150, to: 300, months: 2)
    #expect(growth < PlanIndex.defaultMaximumMonthlyGrowth)
    #expect(PlanIndex.defaultMaximumMonthlyGrowth == 0.5)
  }

  @Test func deadlinesComeFromByOrWithin() {
    let environment = Self.environment(
      """
      goal six "x" { within 6 months }
      goal fortnight "x" { within 2 weeks }
      goal dated "x" { by 2027-Q3 }
      goal measured_later "x" { since 2027-03-01  within 1 month }

      """)
    let index = PlanIndex(environment: environment)
    func deadline(_ name: String) -> String? { index.deadline(of: index.goalsByName[name]!)?.iso }
    #expect(deadline("six") == "2027-06-30")
    #expect(deadline("fortnight") == "2027-01-14")
    #expect(deadline("dated") == "2027-09-30")
    #expect(deadline("measured_later") == "2027-03-31")
  }

  @Test func aTopDownLedgerKeepsItsReserve() throws {
    let environment = Self.environment(
      """
      budget marketing { total $60k  reserve 20% }
      action search => g { cost $12k  from marketing }

      """)
    let index = PlanIndex(environment: environment)
    let ledger = try BudgetLedger(budget: index.budgetsByName["marketing"]!, environment: environment)
    #expect(ledger.reserved.magnitude.central == 12_000)
    #expect(ledger.available.magnitude.central == 36_000)
    #expect(ledger.overrun == nil)
  }

  @Test func aBottomUpLedgerSaysWhatToAskFor() throws {
    let environment = Self.environment(
      """
      budget events { reserve 20% }
      action webinar => g { cost $8k  from events }

      """)
    let index = PlanIndex(environment: environment)
    let ledger = try BudgetLedger(budget: index.budgetsByName["events"]!, environment: environment)
    #expect(!ledger.isTopDown)
    #expect(ledger.needed.magnitude.central == 10_000)
  }

  @Test func spendSpreadsEvenlyOverAnActionsMonths() throws {
    let environment = Self.environment(
      """
      budget marketing { total $60k  reserve 20% }
      action search => g { cost $12k  period 2027-Q1 .. 2027-Q4  from marketing }
      action launch => g { cost $3k  period 2027-02 .. 2027-04  from marketing }

      """)
    let index = PlanIndex(environment: environment)
    let ledger = try BudgetLedger(budget: index.budgetsByName["marketing"]!, environment: environment)
    let pacing = BudgetPacing(lines: ledger.lines, index: index)
    #expect(pacing.months.count == 12)
    #expect(pacing.months.map(\.amount).prefix(5) == [1_000, 2_000, 2_000, 2_000, 1_000])
    #expect(pacing.months.map(\.amount).reduce(0, +) == 15_000)
  }

  @Test func everyGoodGoalPassesAndEachBadLetterFails() {
    let good = """
      goal g "Twice the followers through Instagram" {
        metric follower  baseline 100 followers  target 200 followers  by 2027-12-31  supports growth  owner "Lina"
      }
      action a => g { cost $100  owner "Ana"  from b }
      budget b { total $1k  reserve 20%  control monthly by "CMO" }
      report weekly { author "Ana"  readers "CMO"  acts "CMO" }

      """
    #expect(Self.codes(good) == [])
    #expect(Self.codes(good.replacingOccurrences(of: "target 200", with: "target 101")) == ["SMART-M"])
    #expect(Self.codes(good.replacingOccurrences(of: "metric follower  ", with: "")) == ["SMART-S"])
    // With no goal left supporting it, objective `growth` is unserved too (PLAN-A05).
    #expect(
      Self.codes(good.replacingOccurrences(of: "  supports growth", with: "")) == ["PLAN-A05", "SMART-R"])
    #expect(Self.codes(good.replacingOccurrences(of: "by 2027-12-31", with: "")) == ["SMART-T"])
    #expect(
      Self.codes(
        good.replacingOccurrences(
          of: "target 200 followers  by 2027-12-31", with: "target 20,000 followers  within 1 month"))
        == ["SMART-A"])
  }

  @Test func checksFindActionsByNameInOnePass() {
    // 2,000 actions across 200 goals: every goal is served, no action is unknown.
    var text = "budget b { total $10M  reserve 20%  control monthly by \"CMO\" }\n"
    text += "report weekly { author \"Ana\"  readers \"CMO\"  acts \"CMO\" }\n"
    for goal in 0..<200 {
      text +=
        "goal g\(goal) \"12 customers from referrals\" { metric customer  baseline 10 customers  target 12 customers  by 2027-12-31  supports growth  owner Ana }\n"
    }
    for action in 0..<2_000 {
      text += "action a\(action) => g\(action % 200) { cost $10  owner \"Ana\"  from b }\n"
    }
    #expect(Self.codes(text) == [])
  }

  @Test func strictTurnsWarningsIntoErrors() {
    let findings = PlanChecker(environment: Self.environment("budget b { total $1k }\n")).run()
    let relaxed = Checklist(findings)
    let strict = Checklist(findings, strict: true)
    #expect(relaxed.errorCount == 0 && relaxed.warningCount == strict.errorCount)
    #expect(!relaxed.hasErrors && strict.hasErrors)
    #expect(strict.summary.hasSuffix("errors, 0 warnings"))
  }

  @Test(arguments: [("zero_based", true), ("zero_based true", true), ("zero_based false", false)])
  func zeroBasedMeansWhatItSays(field: String, zeroBased: Bool) throws {
    let environment = Self.environment(
      """
      budget b { total $10k  reserve 20%  \(field)  control monthly by "CMO" }
      action old => last_year { cost $1k  owner "Bo"  from b }

      """)
    let table = ViewText().render(
      try PlanPresenter(environment: environment).show(words: [Name("b", .unknown)], groupedBy: nil))
    #expect(table.contains("zero-based") == zeroBased, "\(table)")
    let codes = PlanChecker(environment: environment).diagnostics().map(\.code)
    #expect(codes.contains(PlanCode.zeroBasedLineWithoutGoal.rawValue) == zeroBased)
  }

  @Test(arguments: [
    ("daily", "daily"), ("Weekly", "weekly"), ("biweekly", "fortnightly"), ("FORTNIGHTLY", "fortnightly"),
    ("monthly", "monthly"), ("quarterly", "quarterly"), ("annually", "yearly"), ("yearly", "yearly"),
  ])
  func cadencesAreOneTable(word: String, name: String) {
    #expect(Cadence(word: word)?.name == name)
  }

  @Test func aDurationIsACadenceAndAMisspellingIsNot() {
    let twoWeeks = Quantity(
      magnitude: .exact(14 / UnitTable.daysPerMonth), unit: Unit(base: UnitTable.timeBase),
      display: .time(name: "week", scale: 7 / UnitTable.daysPerMonth))
    #expect(Cadence(.quantity(twoWeeks))?.name == "every 2 weeks")
    #expect(Cadence(.symbol("fortnigthly")) == nil)
    #expect(Cadence.help(for: "fortnigthly").english == "did you mean `fortnightly`?")
  }

  @Test(arguments: [
    (Value.quantity(Quantity(0.02, display: .percent)), true),
    (.quantity(Quantity(0.02, unit: Unit(base: "mql") / Unit(base: "visit"))), true),
    (.quantity(Quantity(1, display: .percent)), true),
    (.quantity(Quantity(2)), false),
    (.quantity(Quantity(0.02)), false),
    (.quantity(Quantity(1.2, display: .percent)), false),
    (.quantity(Quantity(50, unit: Unit(base: "visit") / Unit(base: "mql"))), false),
    (.text("2%"), false),
  ])
  func aConversionRateIsAShareOfTheStageBefore(rate: MPlanLanguage.Value, accepted: Bool) {
    let result = Result { try Funnel.conversionRate(rate, from: "visit", to: "mql", at: .unknown) }
    #expect(((try? result.get()) != nil) == accepted)
  }

  @Test func aFunnelRateHasTheUnitOfItsStages() {
    let environment = Self.environment(
      "funnel f { visit -> mql : 2% }\nlet converted = 1,000 visit * f.visit->mql\n")
    guard case .quantity(let mqls) = environment["converted"] ?? .bool(false) else {
      Issue.record("no mqls")
      return
    }
    #expect(Formatting.describe(mqls) == "20 MQLs")
  }

  @Test func jsonTextEscapes() {
    #expect(JSONText.quote("a \"b\"\n\\ 3–5") == "\"a \\\"b\\\"\\n\\\\ 3–5\"")
    #expect(JSONText.quote("\u{01}") == "\"\\u0001\"")
  }
}
