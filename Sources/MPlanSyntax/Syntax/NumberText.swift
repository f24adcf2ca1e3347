#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Numbers as a planner reads them, shared by the syntax printer (`ExprPrinter`) and the
/// value formatter of the language (`Formatting`).
package enum NumberText {
  /// `10,000`, `12.5`, `0.0042`: thousands separators, and decimals that keep about four
  /// significant digits for small numbers and two for large ones.
  package static func format(_ value: Double, maximumDecimals: Int? = nil) -> String {
    let magnitude = abs(value)
    // Past a quadrillion a double has no exact digits left to group; say it as a power of ten.
    if magnitude >= 1e15 { return value.description }
    let decimals: Int
    if let maximumDecimals {
      decimals = maximumDecimals
    } else if magnitude >= 100 || magnitude == 0 {
      decimals = 2
    } else {
      decimals = min(10, max(2, 3 - Int(floor(log10(magnitude)))))
    }
    let scale = pow(10, Double(decimals))
    let scaled = (magnitude * scale).rounded()
    if scaled == 0 { return "0" }
    let whole = (scaled / scale).rounded(.down)
    var fractionDigits = ""
    if decimals > 0 {
      let fraction = scaled - whole * scale
      var digits = String(Int64(fraction))
      while digits.count < decimals { digits = "0" + digits }
      while digits.hasSuffix("0") { digits.removeLast() }
      fractionDigits = digits
    }
    let sign = value < 0 ? "-" : ""
    return sign + grouped(whole) + (fractionDigits.isEmpty ? "" : "." + fractionDigits)
  }

  /// A whole, non-negative number below 10¹⁵ with `,` between groups of three digits.
  package static func grouped(_ whole: Double) -> String {
    // Digits as bytes, not characters: a table prints thousands of amounts, and counting
    // characters on each step made this quadratic in the digits.
    var value = UInt64(whole)
    var digits: [UInt8] = []
    digits.reserveCapacity(26)
    var count = 0
    repeat {
      if count > 0, count % 3 == 0 { digits.append(UInt8(ascii: ",")) }
      digits.append(UInt8(ascii: "0") + UInt8(value % 10))
      value /= 10
      count += 1
    } while value > 0
    digits.reverse()
    return String(decoding: digits, as: UTF8.self)
  }
}
