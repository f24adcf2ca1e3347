/// What an `actuals` block says about how its numbers are written: the decimal mark, when the
/// file's marks cannot be told apart, and the currency of a cell with no symbol. A mark alone
/// with three digits after it (`1.500`) is a thousands mark in a currency with two decimals,
/// a decimal mark in one with three (1.5 Kuwaiti dinars), so the currency decides.
package struct NumberRules: Sendable {
  /// `.` or `,`: the block's `decimal_mark`; the other mark, spaces and apostrophes then group
  /// thousands.
  package var decimalMark: UInt8?
  /// The currency of a plain cell: the block's `currency`, else the plan's.
  package let plainCurrency: String?
  /// Whether plain cells count in thousandths: looked up once, not for each of a million rows.
  private let plainHasThreeDecimals: Bool

  package init(decimalMark: UInt8? = nil, plainCurrency: String? = nil) {
    self.decimalMark = decimalMark
    self.plainCurrency = plainCurrency
    self.plainHasThreeDecimals = plainCurrency.map(Self.threeDecimalCurrencies.contains) ?? false
  }

  /// The ISO 4217 currencies whose minor unit is a thousandth (fils, baisa).
  package static let threeDecimalCurrencies: Set<String> = ["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"]

  /// Whether a cell in `currency` (its own symbol or code, else the plain cells') counts in
  /// thousandths.
  package func hasThreeDecimals(_ currency: String?) -> Bool {
    guard let code = currency else { return plainHasThreeDecimals }
    return code != "USD" && Self.threeDecimalCurrencies.contains(code)
  }
}
