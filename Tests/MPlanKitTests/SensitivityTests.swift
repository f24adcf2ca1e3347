import MPlanKit
import MPlanLanguage
import MPlanSyntax
import Testing

/// `sensitivity X`: each uncertain input's rank correlation with X and share of its variance.
@Suite struct SensitivityTests {
  final class Views: @unchecked Sendable { var tables: [Table] = [] }

  static func tables(_ text: String, samples: Int = 50_000) -> (Session.Outcome, [Table]) {
    var options = Session.Options(interactive: true)
    options.sampleCount = samples
    let views = Views()
    let session = Session(
      options: options,
      events: { event in
        guard case .view(let view) = event else { return }
        for part in view.parts { if case .table(let table) = part { views.tables.append(table) } }
      })
    let outcome = session.run(SourceFile(name: "s.mplan", text: text))
    return (outcome, views.tables)
  }

  static func number(_ cell: Table.Cell) -> Double? {
    if case .value(.quantity(let quantity)) = cell { return quantity.magnitude.exactValue }
    return nil
  }

  /// Y = 3A + B with A, B independent standard normals: Pearson r(A, Y) = 3/√10 = 0.94868,
  /// r(B, Y) = 1/√10 = 0.31623; for a bivariate normal Spearman ρ = (6/π)·asin(r/2), so
  /// ρ(A, Y) = 0.94303 and ρ(B, Y) = 0.30270 (python3: 6/math.pi*math.asin(r/2)). Shares of
  /// variance ρ²/Σρ²: 0.88931/0.98094 = 0.90659 and 0.09163/0.98094 = 0.09341 — Crystal Ball's
  /// 9/10 and 1/10 of the variance (3² and 1² of 10), up to the rank transform's bend.
  /// At 50,000 samples a Spearman correlation's standard error is under 1.06·(1 − ρ²)/√n =
  /// 0.0043 (0.0005 near 0.94); 0.015 is over three of them, and 0.01 of a share likewise.
  /// `c` is read by nothing `y` reads: it is no input of `y`.
  @Test func ranksTheInputsOfAKnownModel() throws {
    let (outcome, tables) = Self.tables(
      """
      let a = normal(0, 1)
      let b = normal(5, 1)
      let c = normal(0, 1)
      let twice_a = 3 * a
      let y = twice_a + b
      sensitivity y
      """)
    #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics.map(\.message))")
    let table = try #require(tables.first)
    #expect(table.rows.count == 2)
    let names = table.rows.map { row -> String in if case .text(let name) = row[0] { name } else { "" } }
    #expect(names == ["a", "b"])
    let correlations = table.rows.compactMap { Self.number($0[1]) }
    let shares = table.rows.compactMap { Self.number($0[2]) }
    #expect(
      abs(correlations[0] - 0.94303) <= 0.015 && abs(correlations[1] - 0.30270) <= 0.015, "\(correlations)")
    #expect(abs(shares[0] - 0.90659) <= 0.01 && abs(shares[1] - 0.09341) <= 0.01, "\(shares)")
    #expect(abs(shares[0] - 0.9) <= 0.02 && abs(shares[1] - 0.1) <= 0.02)
    let bands = table.rows.map { row -> String in if case .text(let band) = row[3] { band } else { "" } }
    // r² = 0.889 is high; 0.0916 is medium (at least 0.05, below 0.5).
    #expect(bands == ["high", "medium"])
  }

  /// Correlated inputs share the credit: with rank correlation 0.8 the scores' r is
  /// 2·sin(0.8π/6) = 0.81347, corr(a, a + b) = √((1 + r)/2) = 0.95223, a rank correlation of
  /// (6/π)·asin(0.95223/2) = 0.94773 (python3) for each, and half the variance each. A result
  /// that is one number is refused.
  @Test func readsCorrelatedInputsAndRefusesAnExactResult() throws {
    let (_, tables) = Self.tables(
      """
      let a = normal(0, 1)
      let b = normal(5, 1)
      correlate a, b by 0.8
      let y = a + b
      sensitivity y
      """)
    let table = try #require(tables.first)
    let correlations = table.rows.compactMap { Self.number($0[1]) }
    let shares = table.rows.compactMap { Self.number($0[2]) }
    #expect(
      correlations.count == 2 && correlations.allSatisfy { abs($0 - 0.94773) <= 0.015 }, "\(correlations)")
    #expect(shares.allSatisfy { abs($0 - 0.5) <= 0.01 }, "\(shares)")
    let (outcome, _) = Self.tables("let x = 5\nsensitivity x * 2")
    #expect(outcome.diagnostics.map(\.code) == ["E0322"])
    #expect(outcome.diagnostics.first?.span.column == 13)
  }
}
