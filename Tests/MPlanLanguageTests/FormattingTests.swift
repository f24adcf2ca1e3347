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

/// An estimate's mean and 90% bounds are rounded alike, to the third significant figure of
/// the interval's width (docs/uncertainty.md, "Printing").
@Suite struct UncertainFiguresTests {
  /// 21 samples a + i·d, i = 0…20: the 5th percentile is sample 1 (position 0.05·20) and the
  /// 95th sample 19, the mean sample 10.
  static func described(from a: Double, by d: Double, currency: String? = nil) -> String {
    let samples = Samples(ContiguousArray((0...20).map { a + Double($0) * d }))
    let unit = currency.map { Unit(base: $0) } ?? Unit.none
    return Formatting.describe(Quantity(magnitude: .samples(samples), unit: unit, display: .plain))
  }

  /// $7,560.90 + i·$500.05: mean $12,561.40, p5 $8,060.95, p95 $17,061.85; 9,000.90 wide, so
  /// tens (three significant figures each gave $12,600 and $17,100, coarser than $8,060).
  @Test func allThreeNumbersShareTheIntervalsPrecision() {
    #expect(
      Self.described(from: 7_560.9, by: 500.05, currency: "USD") == "≈ $12,560 (90%: $8,060 to $17,060)")
  }

  /// 0.0027 + (i − 10)·0.2361: mean 0.0027, p5 −2.1222, p95 2.1276; 4.2498 wide, so
  /// hundredths: the mean is 0, not the noise 0.0027, and never "-0".
  @Test func aMeanNearZeroIsNotShownToMoreDigitsThanItsEnds() {
    #expect(Self.described(from: 0.0027 - 10 * 0.2361, by: 0.2361) == "≈ 0 (90%: -2.12 to 2.13)")
    #expect(Self.described(from: -0.0027 - 10 * 0.2361, by: 0.2361) == "≈ 0 (90%: -2.13 to 2.12)")
  }

  @Test func exactValuesPrintAsBefore() {
    #expect(Formatting.describe(Quantity(12_561.4)) == "12,561.4")
    #expect(Formatting.describe(Quantity(12_561.4, unit: Unit(base: "USD"))) == "$12,561.40")
  }
}
