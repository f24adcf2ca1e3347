import MPlanKit
import MPlanLanguage
import MPlanPlanning
import MPlanReport
import MPlanSyntax
import Testing

/// The planning findings of the review of issue 5: each test fails without its fix.
@Suite struct PlanningReviewTests {
  static func environment(_ text: String) -> Environment {
    PlanningTests.environment(text)
  }

  static func diagnostics(_ text: String) -> [Diagnostic] {
    PlanChecker(environment: environment(text)).diagnostics()
  }

  static func findings(_ text: String) -> [PlanFinding] {
    PlanChecker(environment: environment(text)).run()
  }

  /// The annual-goals article's funnel: 10 customers need 10,000 visits.
  static let inbound = """
    funnel inbound {
      visit -> mql : 2%
      mql -> sql : 25%
      sql -> customer : 20%
    }

    """

  static let funded = """
    budget b { total $10k  reserve 20%  control monthly by "CMO" }
    report weekly { author "Ana"  readers "CMO"  acts "CMO" }

    """

  // #8: a percentage metric's fix-it names a percentage, not "at most 0%".
  @Test func theAttainableFixForAPercentageKeepsItsDecimals() throws {
    let found = Self.diagnostics(
      """
      goal conv "Site conversion 1.5% to 3%" { metric conversion_rate  baseline 1.5%  target 3%  within 1 month  supports growth }

      """)
    let attainable = try #require(found.first { $0.code == "SMART-A" })
    #expect(attainable.fixIt?.hasPrefix("aim for at most 2.25%,") == true, "\(attainable.fixIt ?? "")")
  }

  @Test func theAttainableFixForACountIsWholeThings() {
    #expect(SMARTRules.largestTarget(15.9, counting: true) == 15)
    #expect(SMARTRules.largestTarget(0.0225, counting: false) == 0.0225)
    #expect(SMARTRules.largestTarget(0.022_549, counting: false) == 0.0225)
  }

  // A change of one unit is flagged only when it is tiny next to the baseline; any change of
  // 1% or less is flagged however large the baseline.
  @Test(arguments: [
    (100.0, 101.0, true),  // the SMART article: "grow following" met by 100 → 101
    (100.5, 101.2, true),
    (1.0, 2.0, false),  // doubling
    (0.0, 1.0, false),  // a first customer
    (10.0, 11.0, false),  // +10%
    (50.0, 51.0, true),  // a change of one, 2%
    (10_000.0, 10_002.0, true),  // 0.02%
    (10_000.0, 10_200.0, false),  // the article's "sales +2%"
  ])
  func aChangeOfOneIsFlaggedOnlyWhenTiny(baseline: Double, target: Double, flagged: Bool) {
    #expect(SMARTRules.isMetByChance(from: baseline, to: target, counting: true) == flagged)
  }

  @Test func aFirstCustomerIsMeasurable() {
    let codes = Self.diagnostics(
      """
      goal first "Win our first customer" { metric customer  baseline 0 customers  target 1 customer  by 2027-06-30  supports growth }
      goal twice "Double from one customer" { metric customer  baseline 1 customer  target 2 customers  by 2027-06-30  supports growth }

      """
    ).map(\.code)
    #expect(!codes.contains("SMART-M"))
  }

  // #18: an empty string is nobody.
  @Test func emptyNamesAreNotPeople() {
    let found = Self.diagnostics(
      Self.funded + """
        goal g "Win 10 customers" { metric customer  baseline 0 customers  target 10 customers  by 2027-06-30  supports growth }
        action z => g { cost $5  owner ""  from b }
        report r2 { acts "  " }
        budget c { total $1k  reserve 20%  control monthly by "" }

        """)
    #expect(found.contains { $0.code == "PLAN-X01" && $0.message.contains("`z`") })
    #expect(found.contains { $0.code == "PLAN-R02" && $0.message.contains("`r2`") })
    #expect(
      found.contains {
        $0.code == "PLAN-R04" && $0.message == "report `r2` has no cadence, author or readers"
      })
    #expect(found.contains { $0.code == "PLAN-B07" && $0.message.contains("`c`") })
  }

  // #19: a currency is a three-capital-letter code.
  @Test func aLowercaseCurrencyIsAnError() throws {
    let session = Session(output: { _ in })
    _ = session.run(
      SourceFile(
        name: "plan.mplan",
        text: """
          plan "P" { currency usd  period 2027-01 .. 2027-12 }
          budget b { total $1k  reserve 20%  control monthly by "CMO" }
          budget e { total $1k  reserve 20%  control monthly by "CMO"  currency euro }

          """))
    let found = PlanChecker(environment: session.environment).diagnostics()
    let plan = try #require(found.first { $0.code == "PLAN-B10" })
    #expect(plan.message == "the plan's currency `usd` is not a currency code")
    #expect(plan.fixIt == "did you mean `USD`?")
    #expect(plan.severity == .error)
    #expect(found.contains { $0.code == "PLAN-B10" && $0.message.contains("budget `e`") })
    #expect(!found.contains { $0.code == "PLAN-B04" })
  }

  // #10: impossible budget values are errors, and do not pass as covered.
  @Test func impossibleBudgetValuesAreErrors() {
    let findings = Self.findings(
      """
      goal g "Win 10 customers" { metric customer  baseline 0 customers  target 10 customers  by 2027-06-30  supports growth }
      budget neg { total -$5  reserve 120%  control monthly by "C" }
      budget cnt { total 500 visits  reserve 20%  control monthly by "C" }
      budget nores { total $100  reserve 20%  control monthly by "C" }
      action a5 => g { cost $20  owner "A"  from nores }
      action a6 => g { cost -$50  owner "A"  from nores }
      action a7 => g { cost $0  owner "A"  from nores }

      """)
    let failed = findings.compactMap(\.diagnostic)
    #expect(
      failed.contains { $0.code == "PLAN-B08" && $0.message.contains("`neg`") && $0.severity == .error })
    #expect(failed.contains { $0.code == "PLAN-B08" && $0.message.contains("`cnt`") })
    #expect(failed.contains { $0.code == "PLAN-B09" && $0.message.contains("120%") })
    #expect(failed.contains { $0.code == "PLAN-X06" && $0.message.contains("`a6`") })
    #expect(failed.contains { $0.code == "PLAN-X06" && $0.message.contains("`a7`") })
    let passed = findings.filter(\.passed).map(\.message)
    #expect(!passed.contains { $0.contains("120%") || $0.contains("`cnt` is bottom-up") })
    #expect(passed.contains("budget `nores` covers its actions: $20 of $100"))
  }

  // #9: a budget with a cost it cannot convert still shows, and is not "covered".
  @Test func aBudgetWithNoRateStillShowsAndIsNotCovered() throws {
    let environment = Self.environment(
      Self.funded + """
        goal g "Win 10 customers" { metric customer  baseline 0 customers  target 10 customers  by 2027-06-30  supports growth }
        budget eur { total €5k  reserve 25%  control daily by "Bo" }
        rate EUR = 1.08 USD
        action a3 => g { cost £100  owner "B"  from eur }

        """)
    let findings = PlanChecker(environment: environment).run()
    #expect(!findings.contains { $0.passed && $0.message.contains("budget `eur` covers") })
    #expect(findings.filter { $0.diagnostic?.code == "PLAN-B04" }.count == 1)
    let view = ViewText().render(
      try PlanPresenter(environment: environment).show(
        words: [Name("budget", .unknown), Name("eur", .unknown)], groupedBy: nil))
    #expect(view.contains("  given      €5,000"))
    #expect(view.contains("not counted: `a3` costs £100: no rate converts GBP into EUR"))
  }

  // #23: the funnel a goal names must be fed by what the plan's other goals aim for.
  @Test func aFunnelGoalNeedsTheVisitsTheVisitGoalAimsFor() throws {
    let findings = Self.findings(
      Self.funded + Self.inbound + """
        goal customers "Win 10 customers" { metric customer  baseline 0 customers  target 10 customers  by 2027-12-31  supports growth  funnel inbound }
        goal traffic "5,000 visits" { metric visit  baseline 1,000 visits  target 5,000 visits  by 2027-12-31  supports growth }
        action ads => customers, traffic { cost $100  owner "Ana"  from b }

        """)
    let shortfall = try #require(findings.compactMap(\.diagnostic).first { $0.code == "SMART-A" })
    #expect(
      shortfall.message
        == "goal `customers` needs 10,000 visits through funnel `inbound`, but goal `traffic` aims for 5,000 visits"
    )
    #expect(!findings.contains { $0.passed && $0.message.contains("needs 10,000 visits at the top") })
  }

  @Test func aFunnelGoalSaysWhatTheTopNeedsEachMonth() {
    let findings = Self.findings(
      Self.funded + Self.inbound + """
        goal customers "Win 10 customers" { metric customer  baseline 0 customers  target 10 customers  within 10 months  supports growth  funnel inbound }

        """)
    #expect(
      findings.contains {
        $0.passed
          && $0.message
            == "goal `customers` needs 10,000 visits at the top of funnel `inbound`, about 1,000 a month"
      })
  }

  // #24: deadlines that are no deadline.
  @Test(arguments: [
    ("within 0 months", "has `within 0 months`: no time to reach its target"),
    ("by \"soon\"", "has `by \"soon\"`, which is not a date"),
    ("within 3 visits", "has `within 3 visits`, which is not a duration"),
    ("within 3 months  by 2027-02-01", "is due 2027-02-01 but also `within 3 months`, which ends 2027-03-31"),
  ])
  func deadlinesThatAreNoDeadline(fields: String, message: String) throws {
    let found = Self.diagnostics(
      """
      goal g "Win 10 customers" { metric customer  baseline 1 customers  target 2 customers  \(fields)  supports growth }

      """)
    let timeBound = try #require(found.first { $0.code == "SMART-T" })
    #expect(timeBound.message == "goal `g` " + message)
  }

  @Test func aByAndWithinThatAgreePass() {
    let found = Self.diagnostics(
      """
      goal g "Win 10 customers" { metric customer  baseline 1 customers  target 2 customers  within 3 months  by 2027-03-31  supports growth }

      """)
    #expect(!found.contains { $0.code == "SMART-T" })
  }

  // #15: JSON of a script that failed does not pass.
  @Test func jsonOfAFailedScriptDoesNotPass() {
    let error = Diagnostic.error(.unexpectedToken, "unexpected `}`", at: .unknown)
    let json = Checklist([]).json(file: "a.mplan", scriptDiagnostics: [error], scriptFailed: true)
    #expect(json.contains("\"passed\":false"))
    #expect(json.contains("\"scriptErrors\":1"))
    #expect(json.contains("\"text\":\"the script has 1 error; nothing was checked\""))
  }

  // D39: tables read like tables.
  @Test func tablesShowPeopleTitlesAndThePlanPeriod() throws {
    let environment = Self.environment(
      """
      report pipeline { cadence weekly  author "Ana"  readers "CMO", "Head of sales"  acts "CMO" }
      goal g "Win 10 customers" { metric customer  baseline 0 customers  target 10 customers  by 2027-06-30  supports growth }
      action a => g { cost $5  owner "Ana" }

      """)
    let presenter = PlanPresenter(environment: environment)
    func show(_ words: String..., by: String? = nil) throws -> String {
      ViewText().render(
        try presenter.show(words: words.map { Name($0, .unknown) }, groupedBy: by.map { Name($0, .unknown) }))
    }
    #expect(try show("reports").contains("CMO, Head of sales"))
    #expect(try show("objectives").contains("Grow"))
    #expect(try show("plan").hasPrefix("plan \"P\"\n"))
    #expect(try show("actions").contains("2027-01 .. 2027-12 (plan)"))
    #expect(throws: Diagnostic.self) { try show("actions", by: "ownr") }
  }

  @Test func aFunnelTableHasAHeadingForEveryColumn() throws {
    let environment = Self.environment(
      """
      funnel inbound {
        visit -> mql : 2%
        mql -> sql : 25%
      }

      """)
    let table = ViewText().render(
      try PlanPresenter(environment: environment).show(words: [Name("inbound", .unknown)], groupedBy: nil))
    let lines = table.split(separator: "\n").map(String.init)
    // The exports' stage table: each stage with the rate into it (and its count, when a goal
    // or a `need` gives one; none here).
    #expect(lines[0] == "funnel inbound", "\(table)")
    #expect(lines[1].hasPrefix("stage  rate from the stage before  count"), "\(table)")
    #expect(lines[3].hasPrefix("visit") && lines[3].hasSuffix("—"), "\(table)")
    #expect(lines[4].hasPrefix("MQL") && lines[4].contains("2%"), "\(table)")
  }
}
