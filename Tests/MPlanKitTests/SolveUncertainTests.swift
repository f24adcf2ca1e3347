import MPlanKit
import MPlanLanguage
import MPlanSyntax
import Testing

/// `solve` on a percentile or a chance of an uncertain result (docs/whatif.md): the search
/// replays the plan with common random numbers, so the result is a fixed function of the
/// unknown and the answer printed meets its condition on the very samples the plan holds.
@Suite struct SolveUncertainTests {
  final class Answers: @unchecked Sendable { var values: [Value] = [] }

  static let plan = """
    let traffic = lognormal(p5: 8,000 visit, p95: 14,000 visit)
    let cpc = $1 per visit
    let spend = cpc * traffic
    """

  /// Runs `plan` and `solve`, and returns the session and the value the solve printed.
  static func solve(_ statement: String, samples: Int = 50_000) throws -> (Session, Double) {
    var options = Session.Options(interactive: true)
    options.sampleCount = samples
    let answers = Answers()
    let session = Session(
      options: options,
      events: { event in
        guard case .view(let view) = event else { return }
        for part in view.parts { if case .named(_, let value) = part { answers.values.append(value) } }
      })
    let outcome = session.run(SourceFile(name: "s.mplan", text: plan + "\n" + statement))
    #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics.map(\.message))")
    let answer = try #require(answers.values.first?.quantity?.magnitude.exactValue)
    return (session, answer)
  }

  static func number(_ expression: String, in session: Session) throws -> Double {
    try #require(session.evaluate(expression).value?.quantity?.magnitude.exactValue)
  }

  /// The traffic's 90th percentile is exp(μ + σ·z₉₀) with μ = (ln 8,000 + ln 14,000)/2,
  /// σ = ln(14,000/8,000)/(2·1.644854) = 0.170111 and z₉₀ = 1.281552: 13,160.97 visits
  /// (python3, statistics.NormalDist), so spend.p90 = $60k at cpc = 60,000/13,160.97 = $4.5589
  /// and chance(spend < $15k) = 90% at 15,000/13,160.97 = $1.1397. The 25th percentile is
  /// 9,435.80 (z₂₅ = −0.674490): spend.p25 ≥ $20k from 20,000/9,435.80 = $2.1196. At 50,000
  /// samples a sample percentile's relative standard error is σ·√(q(1 − q)/n)/φ(z_q): 0.13%
  /// at the 90th (φ = 0.1755), 0.12% at the 25th (φ = 0.3178); 1% is over seven of them,
  /// and the answer is printed to the cent, a further 0.2% at most.
  @Test(arguments: [
    ("solve cpc for spend.p90 = $60k", 4.558934588922296),
    ("solve cpc for spend.p90 <= $60k", 4.558934588922296),
    ("solve cpc for spend.p25 >= $20k", 2.1195865482499303),
    ("solve cpc for chance(spend < $15k) = 90%", 1.139733647230574),
    ("solve cpc for chance(spend < $15k) >= 90%", 1.139733647230574),
    ("solve cpc for chance(spend <= $15k) >= 90%", 1.139733647230574),
    ("solve cpc for percentile(spend, 90%) = $60k", 4.558934588922296),
  ])
  func findsTheClosedFormAnswer(statement: String, expected: Double) throws {
    let (_, answer) = try Self.solve(statement)
    #expect(abs(answer - expected) <= 0.01 * expected, "\(statement): \(answer) vs \(expected)")
  }

  /// The answer as printed keeps its condition on the plan's own samples: the traffic the
  /// search saw is the traffic the plan holds.
  @Test func thePrintedAnswerMeetsItsCondition() throws {
    let (atMost, cpc) = try Self.solve("solve cpc for spend.p90 <= $60k")
    #expect(try cpc * Self.number("traffic.p90", in: atMost) <= 60_000)
    let (atLeast, chanceCPC) = try Self.solve("solve cpc for chance(spend < $15k) >= 90%")
    let chance = try Self.number("chance(traffic * \(chanceCPC) < 15,000 visit)", in: atLeast)
    #expect(chance >= 0.9, "chance \(chance) at \(chanceCPC)")
  }
}
