import MPlanKit
import MPlanLanguage
import MPlanSyntax
import Testing

@Suite struct FormattingTests {
  @Test(arguments: [
    (240_000.0, "USD", "$240,000"), (1.2, "USD", "$1.20"), (0.005, "USD", "$0.005"), (0.004, "USD", "$0.004"),
    (0.1234, "USD", "$0.123"), (0.1004, "USD", "$0.10"),
    (0.3, "USD", "$0.30"), (-0.004, "EUR", "-€0.004"), (1.234, "USD", "$1.23"), (0.00123, "USD", "$0.00123"),
    (-5, "USD", "-$5"),
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
    #expect(Formatting.describe(3, Unit(base: "impression"), .plain) == "3 impressions")
  }

  /// A unit the plan declared reads in the plural it gave, or not at all: `5 paid`, not `5 paids`.
  @Test func declaredUnitsGetNoInventedPlural() {
    var table = UnitTable()
    table.declare("paid")
    table.declare("workshop", plural: "workshops")
    #expect(Formatting.describe(5, table.lookup("paid")!.unit, .plain) == "5 paid")
    #expect(Formatting.describe(3, table.lookup("news")?.unit ?? .none, .plain) == "3")
    #expect(Formatting.describe(3, table.lookup("workshop")!.unit, .plain) == "3 workshops")
  }

  /// A rate keeps the time it was written per.
  @Test func ratesPerTimeKeepTheirTime() {
    let perMonth = Unit(base: "USD") / Unit(base: "month")
    #expect(Formatting.describe(5_000, perMonth, .time(name: "year", scale: 12)) == "$60,000 per year")
    #expect(Formatting.describe(5_000, perMonth, .plain) == "$5,000 per month")
  }

  @Test func percentagesAndRates() {
    #expect(Formatting.percent(0.015) == "1.5%")
    #expect(Formatting.describe(1.2, Unit(base: "USD") / Unit(base: "visit"), .plain) == "$1.20 per visit")
  }
}

@Suite struct SamplesTests {
  /// Selection must agree with sorting, including ties, sorted and reversed input.
  @Test(arguments: [
    [3.0, 1, 2], [1.0, 1, 1, 1], Array(stride(from: 0.0, to: 1000, by: 1)),
    Array(stride(from: 1000.0, to: 0, by: -1)), [5.0, -2, 7.5, 7.5, 0, 3, 3, 9, -1, 4],
  ])
  func percentilesMatchASort(values: [Double]) {
    let samples = Samples(ContiguousArray(values))
    let sorted = values.sorted()
    for p in [0.0, 0.05, 0.25, 0.5, 0.9, 0.95, 1.0] {
      let position = p * Double(sorted.count - 1)
      let lower = Int(position)
      let upper = min(sorted.count - 1, lower + 1)
      let weight = position - Double(lower)
      let expected = sorted[lower] * (1 - weight) + sorted[upper] * weight
      #expect(abs(samples.percentile(p) - expected) < 1e-9, "p\(p) of \(values)")
    }
    #expect(samples.percentiles([0.95, 0.05]) == [samples.percentile(0.95), samples.percentile(0.05)])
  }
}
