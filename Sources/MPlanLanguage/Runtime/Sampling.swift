import MPlanSyntax

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Uncertain values: `a to b` is a 90% interval, lognormal when both ends are positive and
/// normal otherwise (design §5), drawn as a seeded vector of samples.
package enum Sampling {
  /// The z-score of the 95th percentile: a 90% interval spans ±1.6449 standard deviations.
  package static let z95 = 1.6448536269514722

  package static func interval(
    _ low: Value, _ high: Value, low lowSpan: SourceSpan, high highSpan: SourceSpan, count: Int,
    random: inout SeededGenerator
  ) throws -> Value {
    let (a, lower, upper) = try ends(low, high, low: lowSpan, high: highSpan)
    let normals: ContiguousArray<Double>
    if lower > 0 {
      let mu = (log(lower) + log(upper)) / 2
      let sigma = (log(upper) - log(lower)) / (2 * z95)
      normals = SampleBlocks.draw(count, from: &random) { random, samples, _ in
        let exp = Exponential.shared
        random.fillStandardNormals(samples)
        for index in samples.indices { samples[index] = exp(mu + sigma * samples[index]) }
      }
    } else {
      let mean = (lower + upper) / 2
      let deviation = (upper - lower) / (2 * z95)
      normals = SampleBlocks.draw(count, from: &random) { random, samples, _ in
        random.fillStandardNormals(samples)
        for index in samples.indices { samples[index] = mean + deviation * samples[index] }
      }
    }
    return .quantity(Quantity(magnitude: .samples(Samples(normals)), unit: a.unit, display: a.display))
  }

  /// The ends of `a to b` as numbers in one unit (the unit written once at the end covers
  /// both), with the unit and display they share; an error when they cannot make a range.
  package static func ends(_ low: Value, _ high: Value, low lowSpan: SourceSpan, high highSpan: SourceSpan)
    throws -> (like: Quantity, lower: Double, upper: Double)
  {
    guard case .quantity(var a) = low, case .quantity(var b) = high,
      var lower = a.magnitude.exactValue, var upper = b.magnitude.exactValue
    else {
      throw Diagnostic.error(
        .typeMismatch, Message("ranges-exact-ends"), at: lowSpan.joined(highSpan))
    }
    // The unit written once at the end covers both ends: `18k to 30k USD`,
    // `$0.8 to $1.6 per visit`.
    let missing = b.unit / a.unit
    if a.unit != b.unit, !b.unit.isDimensionless,
      a.unit.isDimensionless || missing.factors.allSatisfy({ $0.power < 0 })
    {
      if a.unit.isDimensionless, b.unit.isTime, case .time(_, let scale) = b.display { lower *= scale }
      // `10 to 20 visit per week`: the low end is per the same week.
      if a.unit.isDimensionless, b.unit.isPerTime, case .time(_, let scale) = b.display { lower /= scale }
      a.unit = b.unit
      a.display = b.display
    }
    // …and so does one written at the start, as people write "$18k to 30k": a bare high end
    // is in the low end's unit and scale (`2 weeks to 6` is 2 to 6 weeks).
    if b.unit.isDimensionless, !a.unit.isDimensionless, !b.display.isShare {
      if a.unit.isTime, case .time(_, let scale) = a.display { upper *= scale }
      if a.unit.isPerTime, case .time(_, let scale) = a.display { upper /= scale }
      b.unit = a.unit
      b.display = a.display
    }
    guard a.unit == b.unit else {
      throw Diagnostic.error(
        .unitMismatch, Message("ranges-same-unit"), at: lowSpan, label: UnitTable.described(a.unit),
        secondary: [.init(span: highSpan, message: UnitTable.described(b.unit))])
    }
    guard lower != upper else {
      throw Diagnostic.error(
        .invalidValue, Message("ranges-equal-ends", ["value": .value(Formatting.describe(a))]),
        at: lowSpan.joined(highSpan))
    }
    guard lower < upper else {
      throw Diagnostic.error(
        .invalidValue, Message("ranges-order"), at: lowSpan.joined(highSpan),
        fixIt: .write("\(Formatting.describe(b)) to \(Formatting.describe(a))"))
    }
    return (a, lower, upper)
  }

  /// The median of `a to b`: lognormal when both ends are positive, normal otherwise.
  package static func median(lower: Double, upper: Double) -> Double {
    lower > 0 ? (lower * upper).squareRoot() : (lower + upper) / 2
  }

  /// The members offered by completion and named in errors; any percentile from `p1` to `p99`
  /// is one too (`spend.p90`, what `solve cpc for spend.p90 = $60k` asks of).
  package static let memberNames = ["mean", "p5", "p50", "p95", "low", "high"]

  /// `p90` as the fraction 0.9; nil for a name that is not `p` and a whole number from 1 to 99.
  package static func percentile(named name: String) -> Double? {
    guard name.first == "p", name.count <= 3, let whole = Int(name.dropFirst()), (1...99).contains(whole),
      name.dropFirst().first != "0"
    else { return nil }
    return Double(whole) / 100
  }

  /// `spend.p95`, `spend.mean`: one number that summarises an uncertain value.
  package static func member(_ name: String, of quantity: Quantity) -> Value? {
    let statistic: Double
    switch (name, quantity.magnitude) {
    case ("mean", let magnitude): statistic = magnitude.central
    case (_, .exact(let value)) where memberNames.contains(name) || percentile(named: name) != nil:
      statistic = value
    case ("low", .samples(let samples)): statistic = samples.percentile(0.05)
    case ("high", .samples(let samples)): statistic = samples.percentile(0.95)
    case (_, .samples(let samples)):
      guard let fraction = percentile(named: name) else { return nil }
      statistic = samples.percentile(fraction)
    default: return nil
    }
    return .quantity(Quantity(statistic, unit: quantity.unit, display: quantity.display))
  }
}
