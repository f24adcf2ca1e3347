import Foundation
import MPlanKit
import MPlanLanguage
import MPlanSyntax
import Testing

/// P(goal met) and P(over budget), in the plan export every format reads and in the checks.
@Suite struct PlanChanceTests {
  static func session(_ text: String) -> Session {
    var options = Session.Options(interactive: true)
    // 200,000 samples: a probability near 40% has a standard error of
    // sqrt(0.39·0.61/200k) = 0.0011, so 0.005 is over four of them.
    options.sampleCount = 200_000
    options.seed = 42
    let session = Session(options: options, output: { _ in })
    let outcome = session.run(SourceFile(name: "plan.mplan", text: text))
    #expect(!outcome.hasErrors, "\(outcome.diagnostics.map(\.message))")
    return session
  }

  static func plan(forecast: String, target: String, extra: String = "") -> String {
    """
    plan "Chances" {
      currency USD
      period 2027-01 .. 2027-12
      \(extra)
    }
    objective growth "Grow"
    goal leads "Reach the leads target by December" {
      metric lead
      baseline 150 leads
      target \(target)
      forecast \(forecast)
      by 2027-12-31
      supports growth
      owner "Ana"
    }
    """
  }

  /// A lognormal forecast with 90% interval 200 to 400 leads against 300: μ = (ln 200 +
  /// ln 400)/2, σ = ln 2/(2·1.6448536), P(met) = 1 − Φ((ln 300 − μ)/σ) = 0.38992989571212344
  /// (scipy.stats.norm.cdf, pasted).
  @Test func theChanceOfMeetingAGoalMatchesTheClosedForm() throws {
    let session = Self.session(
      Self.plan(forecast: "lognormal(p5: 200 leads, p95: 400 leads)", target: "300 leads"))
    let json = try ExportTests.json(session)
    let goal = try #require((json["goals"] as? [[String: Any]])?.first)
    let chance = try #require(goal["chanceMet"] as? Double)
    #expect(abs(chance - 0.38992989571212344) < 0.005, "\(chance)")
    // Below 80%: an Attainable finding at the forecast, naming the target met 80% of the time.
    let finding = try #require(
      session.checkPlan().diagnostics.first { $0.code == "SMART-A" && $0.message.contains("of outcomes") })
    // The chance it prints is the closed form's, to sampling noise (38.94% or 39.02% as the
    // samples fall, so read the figure rather than look for fixed digits).
    let printed = try #require(
      finding.message.split(separator: " ").first { $0.hasSuffix("%") }.flatMap { Double($0.dropLast()) })
    #expect(abs(printed / 100 - 0.38992989571212344) < 0.005, "\(finding.message)")
  }

  @Test func aPlanThatAcceptsTheRiskSaysSo() {
    let session = Self.session(
      Self.plan(
        forecast: "lognormal(p5: 200 leads, p95: 400 leads)", target: "300 leads", extra: "min_chance 30%"))
    #expect(!session.checkPlan().diagnostics.contains { $0.code == "SMART-A" })
  }

  /// Only the target uncertain, the forecast exact: the share of targets at or below it.
  /// A uniform target from 200 to 400 leads against a forecast of 350: (350 − 200)/200 = 75%.
  @Test func anUncertainTargetCountsToo() throws {
    let session = Self.session(Self.plan(forecast: "350 leads", target: "uniform(200 leads, 400 leads)"))
    let goal = try #require((try ExportTests.json(session)["goals"] as? [[String: Any]])?.first)
    let chance = try #require(goal["chanceMet"] as? Double)
    #expect(abs(chance - 0.75) < 0.005, "\(chance)")
  }

  /// What is committed is uniform from $10k to $14k against $12k given: P(over) = 50%; the
  /// 90th percentile is $13,600 and the mean $12,000, so the reserve for 90% is $1,600.
  @Test func aBudgetWithUncertainCostsShowsItsChanceOfRunningOver() throws {
    let session = Self.session(
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
    let budget = try #require((try ExportTests.json(session)["budgets"] as? [[String: Any]])?.first)
    let chance = try #require(budget["chanceOver"] as? Double)
    #expect(abs(chance - 0.5) < 0.005, "\(chance)")
    let reserve = try #require(ExportTests.number(budget["reserveForNinety"]))
    #expect(abs(reserve - 1600) < 1600 * 0.01, "\(reserve)")
    let markdown = try ExportTests.export(session, "md")
    #expect(markdown.contains("P(over budget)"))
  }

  /// A plan whose numbers are all exact shows no chances: the tables stay as they were.
  @Test func anExactPlanShowsNoChance() throws {
    let session = Self.session(Self.plan(forecast: "350 leads", target: "300 leads"))
    let goal = try #require((try ExportTests.json(session)["goals"] as? [[String: Any]])?.first)
    #expect(goal["chanceMet"] == nil)
    #expect(!(try ExportTests.export(session, "md")).contains("P(met)"))
  }
}
