import MPlanSyntax

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

extension Distributions {
  /// `mixture([$5k to $8k, $20k to $30k], weights: [80%, 20%])`: each sample comes from one
  /// component, chosen with its weight (equal weights when none are given). Weights that do not
  /// add up to 100% are refused rather than rescaled: `[80%, 30%]` is more likely a typo than
  /// odds, and a silently rescaled weight is a wrong number nobody sees.
  static let mixture: DrawingFunction = { arguments, random in
    let parameters = try arguments.match([["components", "weights"]], optional: ["weights"])
    guard let (listValue, listSpan) = parameters["components"], case .list(let components) = listValue,
      !components.isEmpty
    else {
      throw Diagnostic.error(
        .typeMismatch, "`mixture` takes a list of uncertain values",
        at: parameters["components"]?.span ?? arguments.span,
        fixIt: "write `mixture([$5k to $8k, $20k to $30k], weights: [80%, 20%])`")
    }
    var quantities: [Quantity] = []
    for component in components {
      guard case .quantity(let quantity) = component else {
        throw Diagnostic.error(
          .typeMismatch, "a mixture's components are numbers, not \(component.typeDescription)", at: listSpan)
      }
      if let first = quantities.first, first.unit != quantity.unit {
        throw Diagnostic.error(
          .unitMismatch,
          "a mixture's components need the same unit: \(UnitTable.describe(first.unit)) and "
            + "\(UnitTable.describe(quantity.unit))", at: listSpan,
          fixIt: "write every component in the same unit")
      }
      quantities.append(quantity)
    }
    let weights = try mixtureWeights(arguments, parameters, count: quantities.count)
    var cumulative: [Double] = []
    var total = 0.0
    for weight in weights {
      total += weight
      cumulative.append(total)
    }
    let samples = SampleBlocks.draw(arguments.sampleCount, from: &random) { random, samples, offset in
      for index in samples.indices {
        let u = random.nextUnit() * total
        let chosen = cumulative.firstIndex(where: { u < $0 }) ?? quantities.count - 1
        samples[index] =
          switch quantities[chosen].magnitude {
          case .exact(let value): value
          case .samples(let drawn): drawn.values[(offset + index) % drawn.values.count]
          }
      }
    }
    return .quantity(
      Quantity(
        magnitude: .samples(Samples(samples)), unit: quantities[0].unit, display: quantities[0].display))
  }

  private static func mixtureWeights(
    _ arguments: DistributionArguments, _ parameters: [String: (value: Value, span: SourceSpan)], count: Int
  ) throws -> [Double] {
    guard let (value, span) = parameters["weights"] else { return Array(repeating: 1, count: count) }
    guard case .list(let elements) = value, elements.count == count else {
      throw arguments.invalid(
        "a mixture needs one weight for each of its \(count) components", at: span,
        fixIt: "write one weight a component, such as `weights: [80%, 20%]`")
    }
    var weights: [Double] = []
    for element in elements {
      guard case .quantity(let quantity) = element, quantity.unit.isDimensionless,
        let weight = quantity.magnitude.exactValue, weight >= 0
      else {
        throw arguments.invalid(
          "a mixture's weights are exact shares, zero or more", at: span,
          fixIt: "write the weights as percentages, such as `weights: [80%, 20%]`")
      }
      weights.append(weight)
    }
    let total = weights.reduce(0, +)
    // A sum written in percentages (33.3% three times) is 99.9%: half a point is the slack.
    guard abs(total - 1) <= 0.005 else {
      let shown = Formatting.describe(.quantity(Quantity(total, display: .percent)))
      throw arguments.invalid(
        "a mixture's weights add up to \(shown), not 100%", at: span,
        fixIt: "make the weights add up to 100%: each is the share of outcomes that component stands for")
    }
    return weights
  }
}

extension SeededGenerator {
  /// A gamma variate of this shape and scale 1 (Marsaglia and Tsang, 2000); a shape below 1
  /// by the boost Gamma(a) = Gamma(a + 1)·U^(1/a).
  package mutating func nextGamma(_ shape: Double) -> Double {
    if shape < 1 { return nextGamma(shape + 1) * pow(nextUnit(), 1 / shape) }
    let d = shape - 1.0 / 3
    let c = 1 / (9 * d).squareRoot()
    while true {
      let x = nextStandardNormal()
      let v = 1 + c * x
      guard v > 0 else { continue }
      let cube = v * v * v
      if log(nextUnit()) < 0.5 * x * x + d - d * cube + d * log(cube) { return d * cube }
    }
  }

  /// Beta(α, β) as X / (X + Y) for gammas X of shape α and Y of shape β.
  package mutating func nextBeta(_ alpha: Double, _ beta: Double) -> Double {
    let x = nextGamma(alpha)
    let y = nextGamma(beta)
    return x / (x + y)
  }
}
