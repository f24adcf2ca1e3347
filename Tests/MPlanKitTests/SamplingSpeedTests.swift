import MPlanKit
import MPlanLanguage
import MPlanSyntax
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The fast sampler (docs/uncertainty.md, "How the sampling is made fast"): ziggurat normals,
/// drawn in blocks that each have a stream of their own, shared among threads.
@Suite struct SamplingSpeedTests {
  /// The tails of the ziggurat's normals: the layers (|z| > 1, 2, 3) and the tail beyond its
  /// last layer at 3.654 (|z| > 3.8), each against the normal's two-sided tail from
  /// scipy.stats.norm.sf(t)·2: 0.31731050786291415, 0.04550026389635842,
  /// 0.0026997960632601866, 0.00014469609125755063. A million draws give a standard error of
  /// sqrt(p(1 − p)/1M); four of them is the slack (0.19% of 0.317, 3.6% of 0.0027 and 33% of
  /// 0.000145, which still tells a missing tail from a present one).
  @Test(arguments: [
    (1.0, 0.31731050786291415), (2.0, 0.04550026389635842), (3.0, 0.0026997960632601866),
    (3.8, 0.00014469609125755063),
  ])
  func normalsHaveTheNormalsTails(threshold: Double, expected: Double) throws {
    var random = SeededGenerator(seed: 2027)
    let count = 1_000_000
    let normals = SampleBlocks.draw(count, from: &random) { random, samples, _ in
      random.fillStandardNormals(samples)
    }
    let beyond = normals.reduce(0) { $0 + (abs($1) > threshold ? 1 : 0) }
    let share = Double(beyond) / Double(count)
    let standardError = (expected * (1 - expected) / Double(count)).squareRoot()
    #expect(abs(share - expected) <= 4 * standardError, "|z| > \(threshold): \(share) vs \(expected)")
  }

  /// The blocks' streams do not depend on how many threads fill them: the samples are the
  /// same, bit for bit, on one thread, two or five, for a count that ends mid-block.
  @Test func samplesAreTheSameWhateverTheThreadCount() {
    let count = 5 * SampleBlocks.size + 123
    func drawn(threads: Int) -> [UInt64] {
      var random = SeededGenerator(seed: 99)
      let samples = SampleBlocks.draw(count, from: &random, threads: threads) { random, samples, offset in
        random.fillStandardNormals(samples)
        // The offset is where the block starts in the whole: mixing it in shows it is right.
        for index in samples.indices { samples[index] += Double(offset + index) }
      }
      return samples.map(\.bitPattern) + [random.next()]
    }
    let one = drawn(threads: 1)
    #expect(one == drawn(threads: 2))
    #expect(one == drawn(threads: 5))
    // Each sample's offset came through: the normal left over is within a few units of zero.
    #expect(one.dropLast().enumerated().allSatisfy { abs(Double(bitPattern: $1) - Double($0)) < 7 })
  }

  /// Blocks draw from streams a jump apart, not from one stream cut into pieces: the second
  /// block does not repeat or continue the first.
  @Test func eachBlockHasAStreamOfItsOwn() {
    var random = SeededGenerator(seed: 5)
    let samples = SampleBlocks.draw(2 * SampleBlocks.size, from: &random) { random, samples, _ in
      for index in samples.indices { samples[index] = random.nextUnit() }
    }
    var first = SeededGenerator(seed: 5)
    var second = SeededGenerator(seed: 5)
    second.jump()
    #expect(samples[0] == first.nextUnit())
    #expect(samples[SampleBlocks.size] == second.nextUnit())
    #expect(samples[SampleBlocks.size] != samples[0])
  }

  /// The lognormal draws' own eˣ agrees with libm's within three units in the last place, over
  /// a fine grid of the whole range it computes itself (|x| < 700) and at its edges, where it
  /// hands over to libm (overflow to infinity, underflow to zero, NaN).
  @Test func theLognormalsExponentialAgreesWithLibm() {
    let exponential = Exponential.shared
    var worst = 0.0
    for step in -700_000...700_000 {
      let x = Double(step) / 1000 + 0.000_123_456_789
      let expected = exp(x)
      worst = max(worst, abs(exponential(x) - expected) / expected.ulp)
    }
    #expect(worst <= 3, "worst error \(worst) units in the last place")
    #expect(exponential(0) == 1)
    #expect(exponential(710) == .infinity)
    #expect(exponential(-750) == 0)
    #expect(exponential(.nan).isNaN)
  }
}
