import Testing

@testable import MPlanCore

@Suite struct FormattingTests {
  @Test(arguments: [
    (240_000.0, "USD", "$240,000"), (1.2, "USD", "$1.20"), (0.005, "USD", "$0.01"), (-5, "USD", "-$5"),
    (5_000, "EUR", "€5,000"), (500, "AED", "500 AED"), (1_234_567.891, "USD", "$1,234,567.89"),
    (2e20, "USD", "$2e+20"), (-2e20, "EUR", "-€2e+20"),
  ])
  func money(value: Double, currency: String, text: String) {
    #expect(Formatting.money(value, currency) == text)
  }

  @Test(arguments: [
    (10_000.0, "10,000"), (12.5, "12.5"), (0.00042, "0.00042"), (1_234.5678, "1,234.57"), (0, "0"),
    (-3, "-3"),
    (1e21, "1e+21"),
  ])
  func numbers(value: Double, text: String) {
    #expect(Formatting.number(value) == text)
  }

  @Test func countsTakeEnglishPlurals() {
    #expect(Formatting.describe(1, Unit(base: "customer"), .plain) == "1 customer")
    #expect(Formatting.describe(10, Unit(base: "customer"), .plain) == "10 customers")
    #expect(Formatting.describe(200, Unit(base: "mql"), .plain) == "200 MQLs")
    #expect(Formatting.describe(3, Unit(base: "reply"), .plain) == "3 replies")
  }

  @Test func percentagesAndRates() {
    #expect(Formatting.percent(0.015) == "1.5%")
    #expect(Formatting.describe(1.2, Unit(base: "USD") / Unit(base: "visit"), .plain) == "$1.20 per visit")
  }
}
