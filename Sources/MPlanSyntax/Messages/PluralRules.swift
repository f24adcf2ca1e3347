/// CLDR's plural categories: the forms a language gives a noun after a number. English uses
/// two (`1 error`, `2 errors`), Russian four, Arabic all six.
public enum PluralCategory: String, Sendable, CaseIterable {
  case zero, one, two, few, many, other
}

/// A number as CLDR's plural rules read it, from its printed digits, so `1.0` and `1` can fall
/// in different categories as CLDR says they do (English `1.0 days`). Only the operands the
/// four languages' rules use: `i` (the integer digits), `v` (how many fraction digits) and
/// whether `n` is a whole number.
public struct PluralOperands: Sendable, Equatable {
  /// The integer part's digits without leading zeros ("0" for none): kept as text so a
  /// 30-digit count still has a last digit.
  public let integerDigits: String
  /// The fraction digits as printed, trailing zeros kept (`1.50` has two).
  public let fractionDigits: String

  public init(_ count: Int) {
    integerDigits = String(count.magnitude)
    fractionDigits = ""
  }

  /// The first number in `text` as mplan prints it: `$12,000.50`, `1.5 visits`, `-3`. Nil when
  /// the text holds no digit.
  public init?(readingFirstNumberIn text: String) {
    guard let start = text.firstIndex(where: { $0.isASCII && $0.isNumber }) else { return nil }
    var digits = text[start...].prefix { ($0.isASCII && $0.isNumber) || $0 == "," || $0 == "." }
    // A sentence's own punctuation after the number ("3 errors, 2 warnings" as `3,`).
    while let last = digits.last, !last.isNumber { digits.removeLast() }
    let parts = digits.filter { $0 != "," }.split(separator: ".", omittingEmptySubsequences: false)
    let integer = parts[0].drop { $0 == "0" }
    integerDigits = integer.isEmpty ? "0" : String(integer)
    fractionDigits = parts.count > 1 ? String(parts[1]) : ""
  }

  /// `v`: the number of visible fraction digits.
  public var v: Int { fractionDigits.count }
  /// `i % 10`.
  public var lastDigit: Int { Int(String(integerDigits.last!))! }
  /// `i % 100`.
  public var lastTwoDigits: Int { Int(String(integerDigits.suffix(2)))! }
  /// Whether `n`, the absolute value, is a whole number (`3.0` is).
  public var isWhole: Bool { fractionDigits.allSatisfy { $0 == "0" } }
  /// `n = value` for a small whole `value`.
  public func nEquals(_ value: Int) -> Bool { isWhole && integerDigits == String(value) }
}

/// Which plural category a number takes in a language, by CLDR's rules (release 46,
/// `plurals.xml`). Languages mplan has no rules for follow English.
public struct PluralRules: Sendable {
  public let language: String

  public init(language: String) { self.language = language }

  /// The categories the language distinguishes; a catalogue's selector offers only these.
  public var categories: [PluralCategory] {
    switch language {
    case "ru": [.one, .few, .many, .other]
    case "ar": [.zero, .one, .two, .few, .many, .other]
    default: [.one, .other]
    }
  }

  public func category(of number: PluralOperands) -> PluralCategory {
    let i10 = number.lastDigit
    let i100 = number.lastTwoDigits
    switch language {
    case "ru":
      // one: v = 0 and i % 10 = 1 and i % 100 != 11; few: v = 0 and i % 10 = 2..4 and
      // i % 100 != 12..14; many: v = 0 and (i % 10 = 0 or i % 10 = 5..9 or i % 100 = 11..14).
      guard number.v == 0 else { return .other }
      if i10 == 1, i100 != 11 { return .one }
      if (2...4).contains(i10), !(12...14).contains(i100) { return .few }
      return .many
    case "ar":
      // zero: n = 0; one: n = 1; two: n = 2; few: n % 100 = 3..10; many: n % 100 = 11..99.
      if number.nEquals(0) { return .zero }
      if number.nEquals(1) { return .one }
      if number.nEquals(2) { return .two }
      guard number.isWhole else { return .other }
      if (3...10).contains(i100) { return .few }
      if (11...99).contains(i100) { return .many }
      return .other
    case "fa":
      // one: i = 0 or n = 1, so 0 and 0.5 are "one" too.
      return number.integerDigits == "0" || number.nEquals(1) ? .one : .other
    default:
      // English one: i = 1 and v = 0.
      return number.integerDigits == "1" && number.v == 0 ? .one : .other
    }
  }
}
