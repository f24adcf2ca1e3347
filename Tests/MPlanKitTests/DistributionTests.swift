import MPlanKit
import MPlanLanguage
import MPlanSyntax
import Testing

/// Each distribution against its analytic mean, 5th and 95th percentiles (docs/uncertainty.md).
@Suite struct DistributionTests {
  /// A million samples, as the issue asks (and as `scripts/bench` runs): the widest standard
  /// error here is beta(2, 5)'s 5th percentile, sqrt(0.05·0.95/1M) / f(0.0628) with
  /// f(0.0628) = 4.39 per unit, about 0.00005, or 0.08% of 0.0628; so 1% is over ten standard
  /// errors for every figure checked.
  static let sampleCount = 1_000_000

  static func session(seed: UInt64 = 42) -> Session {
    var options = Session.Options(interactive: true)
    options.sampleCount = sampleCount
    options.seed = seed
    return Session(options: options, output: { _ in })
  }

  static func number(_ expression: String, in session: Session) -> Double? {
    session.evaluate(expression).value?.quantity?.magnitude.central
  }

  /// Expected values from scipy.stats 1.17 (mean, ppf(0.05), ppf(0.95)), pasted:
  /// norm(10000, 2000); norm(10000, 2000/1.6448536); lognorm with σ² = ln(1 + 0.2²),
  /// μ = ln(10000) − σ²/2; lognorm with μ = (ln 8000 + ln 12000)/2, σ = ln(1.5)/(2·1.6448536);
  /// uniform(10, 10); triang((2−1)/5, loc 1, scale 5); beta(1.8, 4.2, loc 1, scale 5) for
  /// pert(1, 2, 6) (α = 1 + 4·1/5, β = 1 + 4·4/5); beta(2, 5); beta(13, 389) for 12 of 400.
  /// The mixture: a quarter from uniform(0, 10) and three quarters from uniform(10, 20) has
  /// mean 0.25·5 + 0.75·15 = 12.5, p5 at 0.05/0.25 of the first (2) and p95 at
  /// (0.95 − 0.25)/0.75 of the second (19.333…).
  @Test(arguments: [
    ("normal($10k, $2k)", 10000.0, 6710.292746097054, 13289.707253902945),
    ("normal(p5: $8k, p95: $12k)", 10000.0, 8000.0, 12000.0),
    ("normal(mean: $10k, sd: $2k)", 10000.0, 6710.292746097054, 13289.707253902945),
    ("lognormal($10k, $2k)", 10000.0, 7079.648819726279, 13581.725393769457),
    ("lognormal(p5: $8k, p95: $12k)", 9872.663769818995, 8000.0, 12000.0),
    ("uniform(10, 20)", 15.0, 10.5, 19.5),
    ("triangular(1, 2, 6)", 3.0, 1.5, 5.0),
    ("pert(1, 2, 6)", 2.5, 1.2948869380590862, 4.106383620080951),
    ("beta(2, 5)", 0.2857142857142857, 0.06284989170835438, 0.5818034092520259),
    ("beta(successes: 12, trials: 400)", 0.03233830845771144, 0.01928035002458323, 0.04803496287107202),
    ("mixture([uniform(0, 10), uniform(10, 20)], weights: [25%, 75%])", 12.5, 2.0, 19.0 + 1.0 / 3),
    // `a to b` above zero: the lognormal of lognormal(p5: $8k, p95: $12k).
    ("$8k to $12k", 9872.663769818995, 8000.0, 12000.0),
  ])
  func matchesItsAnalyticSummary(expression: String, mean: Double, p5: Double, p95: Double) throws {
    let session = Self.session()
    let outcome = session.run(SourceFile(name: "d.mplan", text: "let x = \(expression)"))
    #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics.map(\.message))")
    for (member, expected) in [("mean", mean), ("p5", p5), ("p95", p95)] {
      let found = try #require(Self.number("x.\(member)", in: session))
      #expect(
        abs(found - expected) <= 0.01 * abs(expected), "\(expression).\(member): \(found) vs \(expected)")
    }
  }

  @Test func unitsFlowThroughAsForPlainNumbers() {
    let session = Self.session()
    _ = session.run(
      SourceFile(
        name: "d.mplan",
        text:
          "let contract = normal($10k, $2k)\nlet rate = beta(successes: 12, trials: 400)\nlet cost = uniform($1, $2) per visit"
      ))
    #expect(session.evaluate("contract").value?.quantity?.unit.currency == "USD")
    #expect(session.evaluate("rate").value?.quantity?.display == .percent)
    #expect(session.evaluate("cost * 100 visit").value?.quantity?.unit.currency == "USD")
  }

  /// The same seed gives the same samples, byte for byte; another seed other samples.
  @Test func theSameSeedGivesTheSameOutput() {
    let text = """
      let a = normal($10k, $2k)
      let b = pert(1, 2, 6) * beta(2, 5)
      let c = mixture([a, lognormal($10k, $2k)])
      print a, b, c
      """
    func printed(seed: UInt64) -> [String] {
      var lines: [String] = []
      var options = Session.Options()
      options.seed = seed
      let session = Session(options: options, output: { lines.append($0) })
      _ = session.run(SourceFile(name: "d.mplan", text: text))
      return lines
    }
    #expect(printed(seed: 7) == printed(seed: 7))
    #expect(printed(seed: 7) != printed(seed: 8))
  }

  /// Common random numbers: a scenario that changes something else leaves a distribution's
  /// samples alone, so the difference it shows carries no sampling noise.
  @Test func aScenarioLeavesAnUnchangedDistributionsSamplesAlone() {
    let session = Self.session()
    let outcome = session.run(
      SourceFile(
        name: "d.mplan",
        text: """
          let fee = $500
          let contract = normal($10k, $2k)
          let spare = uniform(1, 2)
          let total = contract + fee
          scenario dearer { fee = $900 }
          """))
    #expect(!outcome.hasErrors)
    // Sample by sample the difference is the fee's $400 (to rounding): with fresh draws
    // for `deal` it would spread over thousands of dollars.
    let low = Self.number("(dearer.total - total).p5", in: session) ?? 0
    let high = Self.number("(dearer.total - total).p95", in: session) ?? 0
    #expect(abs(low - 400) < 1e-6 && abs(high - 400) < 1e-6, "\(low) to \(high)")
  }
}
