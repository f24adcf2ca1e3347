import Foundation
import MPlanKit
import MPlanLanguage
import MPlanSyntax
import Testing

/// A goal's `forecast` and the plan's `min_chance` are judged whatever their form: an exact
/// forecast, one in another unit, a `min_chance` that is no percentage in [0%, 100%].
@Suite struct PlanForecastTests {
  static func session(_ text: String) -> Session {
    var options = Session.Options(interactive: true)
    options.sampleCount = 20_000
    options.seed = 42
    let session = Session(options: options, output: { _ in })
    _ = session.run(SourceFile(name: "plan.mplan", text: text))
    return session
  }

  static func diagnostics(forecast: String, target: String, extra: String = "") -> [Diagnostic] {
    session(PlanChanceTests.plan(forecast: forecast, target: target, extra: extra)).checkPlan().diagnostics
  }

  /// 20 leads forecast against 100: met in none of the outcomes, so Attainable fails at the
  /// forecast; 120 leads meets it, and nothing is said.
  @Test func anExactForecastThatMissesFailsAttainable() throws {
    let missed = Self.diagnostics(forecast: "20 leads", target: "100 leads")
    let finding = try #require(missed.first { $0.code == "SMART-A" })
    #expect(finding.message.contains("20 leads"), "\(finding.message)")
    #expect(finding.span.line == 11, "at the forecast field")
    #expect(!Self.diagnostics(forecast: "120 leads", target: "100 leads").contains { $0.code == "SMART-A" })
  }

  /// A goal that falls (`direction down`) is met by a forecast at or below its target.
  @Test func anExactForecastOfAFallingGoalIsJudgedTheOtherWay() {
    let text = PlanChanceTests.plan(forecast: "90 leads", target: "100 leads")
      .replacingOccurrences(of: "metric lead", with: "metric lead\n  direction down")
    let findings = Self.session(text).checkPlan().diagnostics
    #expect(!findings.contains { $0.code == "SMART-A" && $0.message.contains("forecast") })
    let missed = PlanChanceTests.plan(forecast: "110 leads", target: "100 leads")
      .replacingOccurrences(of: "metric lead", with: "metric lead\n  direction down")
    #expect(Self.session(missed).checkPlan().diagnostics.contains { $0.code == "SMART-A" })
  }

  @Test(arguments: [
    ("lognormal(p5: 8,000 visits, p95: 14,000 visits)", "300 leads"),
    ("400 leads to 700 leads", "50 leads per month"),
    ("20 visits", "100 leads"),
  ])
  func aForecastInAnotherUnitIsSaid(forecast: String, target: String) throws {
    // A monthly target starts from a monthly baseline, so only the forecast's unit differs.
    let baseline = target.hasSuffix("per month") ? "20 leads per month" : "150 leads"
    let text = PlanChanceTests.plan(forecast: forecast, target: target)
      .replacingOccurrences(of: "baseline 150 leads", with: "baseline \(baseline)")
    let findings = Self.session(text).checkPlan().diagnostics
    let finding = try #require(findings.first { $0.code == "SMART-M" && $0.message.contains("forecast") })
    #expect(finding.span.line == 11, "at the forecast field")
  }

  @Test(arguments: ["150%", "-5%", "\"high\"", "80", "0.8", "$80"])
  func aMinimumChanceOutsideZeroToAHundredPercentIsRefused(written: String) throws {
    let findings = Self.diagnostics(
      forecast: "lognormal(p5: 200 leads, p95: 400 leads)", target: "300 leads",
      extra: "min_chance \(written)")
    let finding = try #require(findings.first { $0.code == "E0307" }, "\(findings.map(\.message))")
    #expect(finding.message.contains("min_chance"))
    #expect(finding.span.line == 4, "at the plan's field")
  }

  /// 0% accepts any risk: no chance is below it, so no finding, and no error.
  @Test(arguments: ["0%", "100%", "80%"])
  func aMinimumChanceFromZeroToAHundredPercentIsTaken(written: String) {
    let findings = Self.diagnostics(
      forecast: "lognormal(p5: 200 leads, p95: 400 leads)", target: "300 leads",
      extra: "min_chance \(written)")
    #expect(!findings.contains { $0.code == "E0307" })
    // P(met) ≈ 39% (PlanChanceTests): below 80% and 100%, above 0%.
    #expect(findings.contains { $0.code == "SMART-A" } == (written != "0%"))
  }
}

/// `a to b` with a unit at one end only: the bare end is in the other's unit, as people
/// write "$18k to 30k" (docs/language.md).
@Suite struct RangeUnitTests {
  @Test(arguments: [
    ("$1k to 2k", "$1k"), ("18k USD to 30k", "$1"), ("1,000 visits to 2,000", "1 visit"),
    ("18k to 30k USD", "$1"), ("$0.8 per visit to 1.6", "$1 per visit"), ("2 weeks to 6", "1 week"),
  ])
  func theBareEndTakesTheOtherEndsUnit(range: String, like: String) throws {
    let session = DistributionTests.session()
    let value = try #require(session.evaluate(range).value?.quantity)
    let unit = try #require(session.evaluate(like).value?.quantity?.unit)
    #expect(value.unit == unit, "\(range)")
  }

  /// `$1k to 2k` is lognormal from $1,000 to $2,000: median sqrt(1000·2000) = $1,414, and a
  /// week-scaled `2 weeks to 6` runs from 14 to 42 days (median sqrt(14·42) = 24.2 days).
  @Test func theBareEndIsReadInTheOtherEndsScale() throws {
    let session = DistributionTests.session()
    let p50 = try #require(session.evaluate("($1k to 2k).p50").value?.quantity?.magnitude.exactValue)
    #expect(abs(p50 - 1414.2) < 1414.2 * 0.01, "\(p50)")
    let weeks = try #require(
      session.evaluate("(2 weeks to 6).p50 / 1 day").value?.quantity?.magnitude.exactValue)
    #expect(abs(weeks - 24.25) < 24.25 * 0.01, "\(weeks)")
  }
}

/// Refusals that say what is really wrong.
@Suite struct DistributionRefusalTests {
  static func refusal(_ expression: String) throws -> Diagnostic {
    let outcome = DistributionTests.session().evaluate(expression)
    return try #require(outcome.diagnostics.first { $0.severity == .error }, "\(expression)")
  }

  /// No trials at all: the count is not too small for the successes, it is zero.
  @Test func zeroTrialsSaysTheTrialsMustBeAboveZero() throws {
    let refusal = try Self.refusal("beta(successes: 0, trials: 0)")
    #expect(!refusal.message.contains("at least as large"), "\(refusal.message)")
    #expect(refusal.message.contains("at least one"), "\(refusal.message)")
    #expect(try Self.refusal("beta(successes: 5, trials: 3)").message.contains("at least as large"))
  }

  /// Equal ends have no lower one to write first: they must differ.
  @Test(arguments: [
    "uniform(1, 1)", "pert(5, 5, 5)", "triangular($2, $2, $2)", "normal(p5: 3, p95: 3)", "3 to 3",
    "$2k to 2,000",
  ])
  func equalEndsSayTheyMustDiffer(expression: String) throws {
    let refusal = try Self.refusal(expression)
    let text = refusal.message + " " + (refusal.fixIt ?? "")
    #expect(!text.contains("lower value first"), "\(text)")
    #expect(text.contains("differ"), "\(text)")
  }

  /// The CSV budgets table carries the same two accounts as JSON, Markdown and HTML.
  @Test func theCSVBudgetsTableHasTheChanceOfRunningOver() throws {
    let session = PlanChanceTests.session(
      """
      plan "Chances" {
        currency USD
        period 2027-01 .. 2027-12
      }
      budget marketing {
        total $12k
        reserve 10%
      }
      action ads {
        cost uniform($10k, $14k)
        from marketing
      }
      """)
    let csv = try ExportTests.export(session, "csv", table: "budgets")
    let header = try #require(csv.split(separator: "\n").first)
    #expect(header.contains("chance_over"), "\(header)")
    #expect(header.contains("reserve_for_ninety"), "\(header)")
  }
}
