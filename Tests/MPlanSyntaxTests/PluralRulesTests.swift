import MPlanSyntax
import Testing

/// CLDR's plural rules (release 46, `plurals.xml`) for the four languages of the workshop. The
/// expected categories were written from the rules and agree with Babel 2.19's CLDR data for
/// every number here (`Locale.parse(lang).plural_form(Decimal(n))`).
@Suite struct PluralRulesTests {
  static let numbers = [
    "0", "1", "2", "3", "4", "5", "10", "11", "12", "14", "21", "22", "25", "99", "100", "101", "102", "103",
    "111", "112", "1000", "1.5", "1.0", "2.0", "0.0", "3.0", "0.5", "10.5",
  ]

  static let expected: [String: [PluralCategory]] = [
    "en": [
      .other, .one, .other, .other, .other, .other, .other, .other, .other, .other, .other, .other, .other,
      .other,
      .other, .other, .other, .other, .other, .other, .other, .other, .other, .other, .other, .other, .other,
      .other,
    ],
    // one: v=0 and i%10=1 and i%100≠11; few: v=0 and i%10=2..4 and i%100∉12..14;
    // many: v=0 and (i%10=0 or i%10=5..9 or i%100=11..14); a number with decimals is other.
    "ru": [
      .many, .one, .few, .few, .few, .many, .many, .many, .many, .many, .one, .few, .many, .many,
      .many, .one, .few, .few, .many, .many, .many, .other, .other, .other, .other, .other, .other, .other,
    ],
    // zero n=0, one n=1, two n=2, few n%100=3..10, many n%100=11..99: 1.0 is one, 3.0 few.
    "ar": [
      .zero, .one, .two, .few, .few, .few, .few, .many, .many, .many, .many, .many, .many, .many,
      .other, .other, .other, .few, .many, .many, .other, .other, .one, .two, .zero, .few, .other, .other,
    ],
    // one: i=0 or n=1, so 0 and 0.5 are one too.
    "fa": [
      .one, .one, .other, .other, .other, .other, .other, .other, .other, .other, .other, .other, .other,
      .other,
      .other, .other, .other, .other, .other, .other, .other, .other, .one, .other, .one, .other, .one,
      .other,
    ],
  ]

  @Test(arguments: ["en", "ru", "ar", "fa"])
  func categoriesFollowCLDR(language: String) throws {
    let rules = PluralRules(language: language)
    let expected = try #require(Self.expected[language])
    try #require(expected.count == Self.numbers.count)
    for (number, category) in zip(Self.numbers, expected) {
      let operands = try #require(PluralOperands(readingFirstNumberIn: number))
      #expect(rules.category(of: operands) == category, "\(language) \(number)")
      #expect(rules.categories.contains(category), "\(language) has no category \(category)")
    }
  }

  /// A count and the same count printed select alike; a printed value is read as mplan prints
  /// it, grouping commas and a currency included.
  @Test func operandsComeFromTheNumberAsPrinted() throws {
    let russian = PluralRules(language: "ru")
    #expect(russian.category(of: PluralOperands(21)) == .one)
    #expect(russian.category(of: try #require(PluralOperands(readingFirstNumberIn: "$12,001"))) == .one)
    #expect(
      russian.category(of: try #require(PluralOperands(readingFirstNumberIn: "1,000,002 visits"))) == .few)
    #expect(russian.category(of: try #require(PluralOperands(readingFirstNumberIn: "1.50 visits"))) == .other)
    #expect(russian.category(of: try #require(PluralOperands(readingFirstNumberIn: "3, then"))) == .few)
    // Past what an Int holds, the last digits still decide.
    let huge = try #require(PluralOperands(readingFirstNumberIn: "123456789012345678901234567891"))
    #expect(russian.category(of: huge) == .one)
    #expect(PluralOperands(readingFirstNumberIn: "no number") == nil)
    #expect(PluralRules(language: "de").categories == [.one, .other])
  }
}
