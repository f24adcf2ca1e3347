#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Marsaglia and Tsang's ziggurat (2000) with 256 layers, as NumPy's `standard_normal` has used
/// since 1.17: one 64-bit draw picks a layer (8 bits), a sign (1 bit) and a position (52 bits),
/// and 99% of normals are that draw, a multiply and a compare. Box–Muller, before it, spent a
/// logarithm, a square root, a sine and a cosine on every two (a third of a run's time).
package struct Ziggurat: @unchecked Sendable {
  /// Where the tail starts and each layer's area, for 256 layers (Marsaglia and Tsang's table).
  private static let tailStart = 3.6541528853610088
  private static let layerArea = 0.00492867323399

  /// Below `accept[i]` a position lies wholly under the curve in layer `i`: no test needed.
  private let accept: UnsafeMutablePointer<UInt64>
  /// A position's scale to `x` in layer `i`.
  private let scale: UnsafeMutablePointer<Double>
  /// The density, exp(−x²/2), at each layer's right edge.
  private let density: UnsafeMutablePointer<Double>

  /// Made once and never changed or freed, so threads share it without locks (hence
  /// `@unchecked Sendable`), and the hot loop reads plain pointers.
  package static let shared = Ziggurat()

  private init() {
    let positions = 0x1.0p52
    accept = .allocate(capacity: 256)
    scale = .allocate(capacity: 256)
    density = .allocate(capacity: 256)
    var edge = Self.tailStart
    var outer = edge
    // The base layer is the rectangle under the tail's start plus the tail, as one strip of
    // the same area as the others: this is its width.
    let baseWidth = Self.layerArea / exp(-0.5 * edge * edge)
    accept[0] = UInt64(edge / baseWidth * positions)
    accept[1] = 0
    scale[0] = baseWidth / positions
    scale[255] = edge / positions
    density[0] = 1
    density[255] = exp(-0.5 * edge * edge)
    for layer in stride(from: 254, through: 1, by: -1) {
      edge = (-2 * log(Self.layerArea / edge + exp(-0.5 * edge * edge))).squareRoot()
      accept[layer + 1] = UInt64(edge / outer * positions)
      outer = edge
      density[layer] = exp(-0.5 * edge * edge)
      scale[layer] = edge / positions
    }
  }

  /// Fills `samples` with standard normals drawn from `random`.
  package func fill(_ samples: UnsafeMutableBufferPointer<Double>, from random: inout SeededGenerator) {
    // A local copy of the stream, so its state stays in registers through the loop.
    var stream = random
    for index in samples.indices { samples[index] = next(&stream) }
    random = stream
  }

  /// One standard normal.
  @inline(__always)
  package func next(_ random: inout SeededGenerator) -> Double {
    while true {
      let bits = random.next()
      let layer = Int(truncatingIfNeeded: bits & 0xff)
      let negative = bits & 0x100 != 0
      let position = bits >> 12
      let x = Double(position) * scale[layer]
      if position < accept[layer] { return negative ? -x : x }
      if layer == 0 {
        // The tail beyond `tailStart`, by Marsaglia's exponential rejection (1964).
        while true {
          let beyond = -log(random.nextUnit()) / Self.tailStart
          let height = -log(random.nextUnit())
          if height + height > beyond * beyond {
            return negative ? -(Self.tailStart + beyond) : Self.tailStart + beyond
          }
        }
      }
      // The wedge between the layer's inner and outer edges: under the curve or draw again.
      let y = density[layer] + (density[layer - 1] - density[layer]) * random.nextUnit()
      if y < exp(-0.5 * x * x) { return negative ? -x : x }
    }
  }
}
