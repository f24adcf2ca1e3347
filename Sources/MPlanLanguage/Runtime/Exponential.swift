#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// eˣ for the lognormal draws, inlined into their loop: a lognormal sample is exp(μ + σz), and
/// libm's `exp`, called through its error-reporting wrapper, was a third of a million-sample
/// run once the normals came from the ziggurat. Tang's method, as glibc's own: x = (k/128)·ln 2
/// + r with |r| ≤ ln 2/256, eˣ = 2^(k/128)·eʳ, 2^(j/128) from a table and eʳ from a degree-5
/// polynomial (its first omitted term, r⁶/720, is below 10⁻¹⁸). Within a few units in the last
/// place of libm's result (`ExponentialTests`); outside |x| < 700, and for NaN, it is libm's.
package struct Exponential: @unchecked Sendable {
  /// 2^(j/128) for j in 0..<128, as bit patterns so a power of two is added to the exponent.
  /// Made once and never changed or freed, so threads share it (hence `@unchecked Sendable`).
  private let powers: UnsafeMutablePointer<UInt64>

  /// Taken once before a loop, so the loop reads a plain pointer.
  package static let shared = Exponential()

  private init() {
    powers = .allocate(capacity: 128)
    for j in 0..<128 { powers[j] = exp2(Double(j) / 128).bitPattern }
  }

  private static let perLn2 = 128 / 0.693_147_180_559_945_3
  /// ln 2/128 in two parts (glibc's): the high part has 36 significant bits, so k times it is
  /// exact for |k| < 2¹⁷, that is for |x| < 709.
  private static let ln2High = 0x1.62e4_2fef_a000_0p-8
  private static let ln2Low = 0x1.cf79_abc9_e3b3_ap-47
  /// Adding this rounds a double below 2⁵¹ to a whole number held in its low bits.
  private static let rounding = 0x1.8p52

  @inline(__always)
  package func callAsFunction(_ x: Double) -> Double {
    guard abs(x) < 700 else { return libmExp(x) }
    let shifted = x * Self.perLn2 + Self.rounding
    let k = Int64(bitPattern: shifted.bitPattern) &- Int64(bitPattern: Self.rounding.bitPattern)
    let whole = shifted - Self.rounding
    let r = (x - whole * Self.ln2High) - whole * Self.ln2Low
    let polynomial = r + r * r * (0.5 + r * (1.0 / 6 + r * (1.0 / 24 + r * (1.0 / 120))))
    let scale = Double(bitPattern: powers[Int(k & 127)] &+ (UInt64(bitPattern: k >> 7) << 52))
    return scale + scale * polynomial
  }
}

private func libmExp(_ x: Double) -> Double { exp(x) }
