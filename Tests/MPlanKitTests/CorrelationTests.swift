import MPlanKit
import MPlanLanguage
import MPlanSyntax
import Testing

/// `correlate`: rank correlation through a Gaussian copula (Iman–Conover), docs/uncertainty.md.
@Suite struct CorrelationTests {
  /// 50,000 samples (a debug build sorts slowly): the standard error of a Spearman
  /// correlation is at most about 1.06/√n = 0.0047 (at ρ = 0; Fieller, Hartley and Pearson:
  /// 1.06·(1 − ρ²)/√n, 0.0030 near 0.6), so 0.02 — the tolerance at 1M samples — is
  /// over four standard errors here. The scores' sample correlation is made exact, which only
  /// narrows it.
  static let sampleCount = 50_000

  static func session(seed: UInt64 = 7, interactive: Bool = true) -> Session {
    var options = Session.Options(interactive: interactive)
    options.sampleCount = sampleCount
    options.seed = seed
    return Session(options: options, output: { _ in })
  }

  static func samples(_ name: String, in session: Session) throws -> [Double] {
    guard case .samples(let samples)? = session.evaluate(name).value?.quantity?.magnitude else {
      throw Failure(description: "\(name) holds no samples")
    }
    return Array(samples.values)
  }

  struct Failure: Error, CustomStringConvertible { var description: String }

  static func ranks(_ values: [Double]) -> [Double] {
    var ranks = [Double](repeating: 0, count: values.count)
    for (rank, index) in values.indices.sorted(by: { values[$0] < values[$1] }).enumerated() {
      ranks[index] = Double(rank)
    }
    return ranks
  }

  static func pearson(_ x: [Double], _ y: [Double]) -> Double {
    let n = Double(x.count)
    let (mx, my) = (x.reduce(0, +) / n, y.reduce(0, +) / n)
    var (sxy, sxx, syy) = (0.0, 0.0, 0.0)
    for index in x.indices {
      let (dx, dy) = (x[index] - mx, y[index] - my)
      sxy += dx * dy
      sxx += dx * dx
      syy += dy * dy
    }
    return sxy / (sxx * syy).squareRoot()
  }

  static func spearman(_ x: [Double], _ y: [Double]) -> Double { pearson(ranks(x), ranks(y)) }

  static func variance(_ x: [Double]) -> Double {
    let mean = x.reduce(0, +) / Double(x.count)
    return x.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(x.count - 1)
  }

  /// Inputs of different shapes (a normal, a lognormal range, a beta) keep their own
  /// distributions and take the rank correlations written, pair by pair.
  @Test func recoversTheRankCorrelationsWritten() throws {
    let session = Self.session()
    let outcome = session.run(
      SourceFile(
        name: "c.mplan",
        text: """
          let a = normal($10k, $2k)
          let b = 8k visit to 14k visit
          let c = beta(2, 5)
          let d = uniform(1, 2)
          let e = 1 to 3
          correlate a, b, c by [[1, 0.6, -0.3], [0.6, 1, 0.2], [-0.3, 0.2, 1]]
          correlate d, e by 0.9
          """))
    #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics.map(\.message))")
    let (a, b, c) = (
      try Self.samples("a", in: session), try Self.samples("b", in: session),
      try Self.samples("c", in: session)
    )
    let (d, e) = (try Self.samples("d", in: session), try Self.samples("e", in: session))
    for (found, wanted) in [
      (Self.spearman(a, b), 0.6), (Self.spearman(a, c), -0.3), (Self.spearman(b, c), 0.2),
      (Self.spearman(d, e), 0.9), (Self.spearman(a, d), 0),
    ] {
      #expect(abs(found - wanted) <= 0.02, "Spearman \(found), wanted \(wanted)")
    }
    // Reordering keeps each input's distribution: normal($10k, $2k) still has p95
    // 10,000 + 1.6449·2,000 = 13,289.7 (scipy.stats.norm.ppf(0.95, 10000, 2000)).
    let p95 = try #require(session.evaluate("a.p95").value?.quantity?.magnitude.central)
    #expect(abs(p95 - 13_289.7) <= 0.01 * 13_289.7)
  }

  /// Two standard normals with rank correlation 0.6 have Pearson r = 2·sin(π·0.6/6) = 0.618034
  /// (python3: 2*math.sin(math.pi*0.1)), so their sum has variance 2 + 2r = 3.236068, wider
  /// than the 2 of independent ones. The sample variance's relative standard error is
  /// √(2/n) = 0.63% at 50,000: 3% is nearly five of them.
  @Test func aSumOfCorrelatedInputsIsAsWideAsTheoryHasIt() throws {
    let session = Self.session()
    _ = session.run(
      SourceFile(
        name: "c.mplan",
        text: """
          let a = normal(0, 1)
          let b = normal(0, 1)
          let together = a + b
          let x = normal(0, 1)
          let y = normal(0, 1)
          let apart = x + y
          correlate a, b by 0.6
          """))
    let together = Self.variance(try Self.samples("together", in: session))
    let apart = Self.variance(try Self.samples("apart", in: session))
    #expect(abs(together - 3.236068) <= 0.03 * 3.236068, "variance \(together)")
    #expect(abs(apart - 2) <= 0.03 * 2, "variance \(apart)")
  }

  /// The correlation is part of the plan's graph: typed at the prompt after what reads its
  /// inputs, those rerun; an input defined again is correlated again; and the values are
  /// those of the same plan run as a script, sample for sample.
  @Test func atThePromptItReachesWhatReadsItsInputsAndHoldsWhenOneIsRedefined() throws {
    let prompt = Self.session(interactive: true)
    for line in [
      "let a = normal(0, 1)", "let b = lognormal(p5: 1, p95: 9)", "let s = a + b", "correlate a, b by 0.6",
    ] {
      _ = prompt.run(SourceFile(name: "<stdin>", text: line))
    }
    let script = Self.session()
    _ = script.run(
      SourceFile(
        name: "c.mplan",
        text: "let a = normal(0, 1)\nlet b = lognormal(p5: 1, p95: 9)\nlet s = a + b\ncorrelate a, b by 0.6"))
    #expect(try Self.samples("s", in: prompt) == Self.samples("s", in: script))
    #expect(
      abs(Self.spearman(try Self.samples("a", in: prompt), try Self.samples("s", in: prompt)) - 0.9) < 0.1)
    _ = prompt.run(SourceFile(name: "<stdin>", text: "let a = uniform(0, 1)"))
    let spearman = Self.spearman(try Self.samples("a", in: prompt), try Self.samples("b", in: prompt))
    #expect(abs(spearman - 0.6) <= 0.02, "after redefining a: \(spearman)")
  }

  /// Common random numbers: a scenario that redefines a correlated input gives it samples
  /// in the same ranks as before, so each outcome keeps its place; the same seed gives the
  /// same samples, another seed others.
  @Test func keepsCommonRandomNumbersAndTheSeed() throws {
    let text = """
      let a = normal(0, 1)
      let b = normal(5, 1)
      correlate a, b by -0.5
      let s = a + b
      scenario wide { a = normal(0, 2) }
      """
    let first = Self.session()
    _ = first.run(SourceFile(name: "c.mplan", text: text))
    let again = Self.session()
    _ = again.run(SourceFile(name: "c.mplan", text: text))
    let other = Self.session(seed: 8)
    _ = other.run(SourceFile(name: "c.mplan", text: text))
    let (a, b) = (try Self.samples("a", in: first), try Self.samples("b", in: first))
    #expect(try a == Self.samples("a", in: again))
    #expect(try a != Self.samples("a", in: other))
    // Under `wide`, a's samples are normal(0, 2)'s, in a's ranks; b is untouched. (b is
    // written unlike a: a scenario that replaces a draw site shifts the occurrence of the
    // same text after it, a limit of the draw sites' keys that has nothing to do with
    // `correlate`.)
    let wide = try Self.samples("wide.a", in: first)
    #expect(Self.ranks(wide) == Self.ranks(a))
    #expect(abs(Self.variance(wide) - 4) <= 0.03 * 4)
    let wideSum = try Self.samples("wide.s", in: first)
    #expect(zip(wideSum, zip(wide, b)).allSatisfy { abs($0 - ($1.0 + $1.1)) < 1e-9 })
  }

  /// The nearest correlations that can hold: for [[1, x, −x], [x, 1, x], [−x, x, 1]] the
  /// smallest eigenvalue is 1 − 2r with r the scores' correlation, so r = 0.5 at most, a rank
  /// correlation of (6/π)·asin(0.25) = 0.4826 (python3), printed 0.48.
  @Test func aSetThatCannotHoldGivesTheNearestThatCan() throws {
    let session = Self.session()
    let outcome = session.run(
      SourceFile(
        name: "c.mplan",
        text: """
          let a = normal(0, 1)
          let b = normal(0, 1)
          let c = normal(0, 1)
          correlate a, b, c by [[1, 0.9, -0.9], [0.9, 1, 0.9], [-0.9, 0.9, 1]]
          """))
    let error = try #require(outcome.diagnostics.first)
    #expect(error.code == "E0321")
    #expect(error.span.column == 22)
    let help = try #require(error.fixIt)
    #expect(
      help.contains("a, b by 0.48 (not 0.9); a, c by -0.48 (not -0.9); b, c by 0.48 (not 0.9)"), "\(help)")
  }
}
