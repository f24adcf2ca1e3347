import MPlanSyntax

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A function that draws samples. The interpreter gives each call its own stream
/// (`Interpreter.drawStream`, keyed by the call as written and how often it has drawn), as it
/// does each `a to b`, so scenarios and replays keep common random numbers whatever draws.
public typealias DrawingFunction =
  @Sendable (_ arguments: DistributionArguments, _ random: inout SeededGenerator) throws -> Value

/// The distributions (docs/uncertainty.md): each a drawing function registered by name, as
/// `Natives` registers the others. A result takes the unit of its location parameters
/// (`normal($10k, $2k)` is money); `beta` is a share, shown as a percentage.
package enum Distributions {
  package static let table: [(name: String, function: DrawingFunction)] = [
    ("normal", normal),
    ("lognormal", lognormal),
    ("uniform", uniform),
    ("triangular", triangular),
    ("pert", pert),
    ("beta", beta),
    ("mixture", mixture),
  ]

  package static let names: Set<String> = Set(table.map(\.name))

  package static func install(into environment: inout Environment) {
    for entry in table {
      environment.bind(
        entry.name, .function(Function(name: entry.name, body: .drawing(entry.function))), at: nil)
    }
  }

  private static func result(_ samples: ContiguousArray<Double>, like quantity: Quantity) -> Value {
    .quantity(Quantity(magnitude: .samples(Samples(samples)), unit: quantity.unit, display: quantity.display))
  }

  static let normal: DrawingFunction = { arguments, random in
    let parameters = try arguments.match([["mean", "sd"], ["p5", "p95"]])
    let (mean, deviation, like) = try locationAndSpread(arguments, parameters)
    let samples = SampleBlocks.draw(arguments.sampleCount, from: &random) { random, samples, _ in
      random.fillStandardNormals(samples)
      for index in samples.indices { samples[index] = mean + deviation * samples[index] }
    }
    return result(samples, like: like)
  }

  /// A lognormal by the mean and standard deviation of the amounts themselves (what a planner
  /// knows), or by its 90% interval as `a to b` reads one.
  static let lognormal: DrawingFunction = { arguments, random in
    let parameters = try arguments.match([["mean", "sd"], ["p5", "p95"]])
    let mu: Double
    let sigma: Double
    let like: Quantity
    if parameters["p5"] != nil {
      let low = try arguments.exact(parameters, "p5")
      let high = try arguments.exact(parameters, "p95")
      try arguments.sameUnit([low, high])
      guard low.number > 0 else {
        throw arguments.invalid(
          "a lognormal is above zero, so its 5th percentile must be too", at: low.span,
          fixIt: "use `normal(p5: …, p95: …)` for an amount that can fall below zero")
      }
      try ordered(arguments, low, high)
      mu = (log(low.number) + log(high.number)) / 2
      sigma = (log(high.number) - log(low.number)) / (2 * Sampling.z95)
      like = low.quantity
    } else {
      let mean = try arguments.exact(parameters, "mean")
      let deviation = try arguments.exact(parameters, "sd")
      try arguments.sameUnit([mean, deviation])
      guard mean.number > 0 else {
        throw arguments.invalid(
          "a lognormal is above zero, so its mean must be too", at: mean.span,
          fixIt: "use `normal(mean, sd)` for an amount that can fall below zero")
      }
      try notNegative(arguments, deviation)
      // Moments of the amount to those of its logarithm: σ² = ln(1 + sd²/mean²), μ = ln(mean) − σ²/2.
      let variance = log(1 + (deviation.number * deviation.number) / (mean.number * mean.number))
      sigma = variance.squareRoot()
      mu = log(mean.number) - variance / 2
      like = mean.quantity
    }
    let samples = SampleBlocks.draw(arguments.sampleCount, from: &random) { random, samples, _ in
      let exp = Exponential.shared
      random.fillStandardNormals(samples)
      for index in samples.indices { samples[index] = exp(mu + sigma * samples[index]) }
    }
    return result(samples, like: like)
  }

  static let uniform: DrawingFunction = { arguments, random in
    let parameters = try arguments.match([["low", "high"]])
    let low = try arguments.exact(parameters, "low")
    let high = try arguments.exact(parameters, "high")
    try arguments.sameUnit([low, high])
    try ordered(arguments, low, high)
    let (start, width) = (low.number, high.number - low.number)
    let samples = SampleBlocks.draw(arguments.sampleCount, from: &random) { random, samples, _ in
      for index in samples.indices { samples[index] = start + width * random.nextUnit() }
    }
    return result(samples, like: low.quantity)
  }

  /// Low, most likely, high: the inverse of the triangle's distribution function.
  static let triangular: DrawingFunction = { arguments, random in
    let (low, mode, high, like) = try lowModeHigh(arguments)
    let width = high - low
    let split = (mode - low) / width
    let samples = SampleBlocks.draw(arguments.sampleCount, from: &random) { random, samples, _ in
      for index in samples.indices {
        let u = random.nextUnit()
        samples[index] =
          u < split
          ? low + (u * width * (mode - low)).squareRoot()
          : high - ((1 - u) * width * (high - mode)).squareRoot()
      }
    }
    return result(samples, like: like)
  }

  /// PERT: a beta scaled to [low, high] with α = 1 + 4(mode − low)/(high − low) and
  /// β = 1 + 4(high − mode)/(high − low), so its mean is (low + 4·mode + high)/6.
  static let pert: DrawingFunction = { arguments, random in
    let (low, mode, high, like) = try lowModeHigh(arguments)
    let width = high - low
    let alpha = 1 + 4 * (mode - low) / width
    let beta = 1 + 4 * (high - mode) / width
    let samples = SampleBlocks.draw(arguments.sampleCount, from: &random) { random, samples, _ in
      for index in samples.indices { samples[index] = low + width * random.nextBeta(alpha, beta) }
    }
    return result(samples, like: like)
  }

  /// `beta(α, β)`, or from counts: `beta(successes: 12, trials: 400)` is Beta(13, 389), the
  /// rate after 12 conversions in 400 starting from a uniform prior (Laplace's rule).
  static let beta: DrawingFunction = { arguments, random in
    let parameters = try arguments.match([["alpha", "beta"], ["successes", "trials"]])
    let alpha: Double
    let beta: Double
    if parameters["successes"] != nil {
      let successes = try arguments.exact(parameters, "successes")
      let trials = try arguments.exact(parameters, "trials")
      guard successes.number >= 0, successes.number == successes.number.rounded() else {
        throw arguments.invalid(
          "the successes are a count: a whole number, zero or more", at: successes.span,
          fixIt: "write how many converted, such as `successes: 12`")
      }
      guard trials.number > 0, trials.number == trials.number.rounded() else {
        throw arguments.invalid(
          "the trials are a count of at least one: a whole number of tries", at: trials.span,
          fixIt: "write how many tried, such as `successes: 12, trials: 400`")
      }
      guard trials.number >= successes.number else {
        throw arguments.invalid(
          "the trials are a whole number at least as large as the successes", at: trials.span,
          fixIt: "write how many tried, such as `successes: 12, trials: 400`")
      }
      alpha = successes.number + 1
      beta = trials.number - successes.number + 1
    } else {
      let shapes = [try arguments.exact(parameters, "alpha"), try arguments.exact(parameters, "beta")]
      for shape in shapes where !(shape.number > 0) || !shape.quantity.unit.isDimensionless {
        throw arguments.invalid(
          "a beta's shapes are plain numbers above zero", at: shape.span,
          fixIt: "write `beta(successes + 1, failures + 1)`, or `beta(successes: 12, trials: 400)`")
      }
      alpha = shapes[0].number
      beta = shapes[1].number
    }
    let samples = SampleBlocks.draw(arguments.sampleCount, from: &random) { random, samples, _ in
      for index in samples.indices { samples[index] = random.nextBeta(alpha, beta) }
    }
    return result(samples, like: Quantity(0, display: .percent))
  }

  private static let lowModeHighForms = [["low", "mode", "high"]]

  private static func lowModeHigh(_ arguments: DistributionArguments) throws -> (
    Double, Double, Double, Quantity
  ) {
    let parameters = try arguments.match(lowModeHighForms)
    let low = try arguments.exact(parameters, "low")
    let mode = try arguments.exact(parameters, "mode")
    let high = try arguments.exact(parameters, "high")
    try arguments.sameUnit([low, mode, high])
    try ordered(arguments, low, high)
    guard low.number <= mode.number, mode.number <= high.number else {
      throw arguments.invalid(
        "the most likely value lies outside \(Formatting.describe(low.quantity)) to "
          + "\(Formatting.describe(high.quantity))", at: mode.span,
        fixIt: "give the low end, the most likely value and the high end, in that order")
    }
    return (low.number, mode.number, high.number, low.quantity)
  }

  /// A mean and a standard deviation, given as such or as a 90% interval.
  private static func locationAndSpread(
    _ arguments: DistributionArguments, _ parameters: [String: (value: Value, span: SourceSpan)]
  ) throws -> (Double, Double, Quantity) {
    if parameters["p5"] != nil {
      let low = try arguments.exact(parameters, "p5")
      let high = try arguments.exact(parameters, "p95")
      try arguments.sameUnit([low, high])
      try ordered(arguments, low, high)
      return ((low.number + high.number) / 2, (high.number - low.number) / (2 * Sampling.z95), low.quantity)
    }
    let mean = try arguments.exact(parameters, "mean")
    let deviation = try arguments.exact(parameters, "sd")
    try arguments.sameUnit([mean, deviation])
    try notNegative(arguments, deviation)
    return (mean.number, deviation.number, mean.quantity)
  }

  private static func notNegative(
    _ arguments: DistributionArguments, _ deviation: (quantity: Quantity, number: Double, span: SourceSpan)
  ) throws {
    guard deviation.number >= 0 else {
      throw arguments.invalid(
        "a standard deviation cannot be negative", at: deviation.span,
        fixIt: "write the spread as a positive amount: `\(Formatting.describe(deviation.quantity.negated))`")
    }
  }

  private static func ordered(
    _ arguments: DistributionArguments, _ low: (quantity: Quantity, number: Double, span: SourceSpan),
    _ high: (quantity: Quantity, number: Double, span: SourceSpan)
  ) throws {
    guard low.number != high.number else {
      throw Diagnostic.error(
        .invalidValue,
        "`\(arguments.function)`'s ends must differ: both are \(Formatting.describe(low.quantity))",
        at: low.span.joined(high.span),
        fixIt:
          "for a certain amount write it alone, `\(Formatting.describe(low.quantity))`; for a guess, ends that differ"
      )
    }
    guard low.number < high.number else {
      throw Diagnostic.error(
        .invalidValue, "`\(arguments.function)` goes from the lower value to the higher one",
        at: low.span.joined(high.span),
        fixIt: "write the lower value first: \(Formatting.describe(high.quantity)), then "
          + "\(Formatting.describe(low.quantity))")
    }
  }
}

extension Quantity {
  fileprivate var negated: Quantity {
    var copy = self
    copy.magnitude = copy.magnitude.map { -$0 }
    return copy
  }
}
