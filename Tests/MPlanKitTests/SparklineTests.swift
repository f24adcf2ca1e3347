import MPlanKit
import MPlanLanguage
import MPlanReport
import Testing

/// The one-line histogram printed after an uncertain value in a terminal.
@Suite struct SparklineTests {
  static func samples(_ values: [Double]) -> Samples { Samples(ContiguousArray(values)) }

  /// 0 to 999 evenly: every bucket holds about as many, so every block is the tallest but for
  /// the edges the 1st and 99th percentiles cut.
  @Test func anEvenSpreadIsFlat() {
    let line = Sparkline.line(Self.samples((0..<1000).map(Double.init)), glyphs: .blocks)
    #expect(line.count == Sparkline.bucketCount)
    #expect(line.dropFirst().dropLast().allSatisfy { $0 == "█" }, "\(line)")
  }

  /// Most samples at one end: the fullest bucket is there, the other end is low.
  @Test func aSkewedSpreadLeansToItsHeavySide() {
    let values = (0..<1000).map { Double($0 < 900 ? $0 % 50 : $0) }
    let line = Array(Sparkline.line(Self.samples(values), glyphs: .blocks))
    #expect(line[0] == "█")
    #expect(line[Sparkline.bucketCount - 1] != "█")
  }

  @Test func plainTextWhereBlocksCannotShow() {
    let line = Sparkline.line(Self.samples((0..<1000).map(Double.init)), glyphs: .ascii)
    #expect(line.allSatisfy { "_.-~=+*# ".contains($0) })
    #expect(line.contains("#"))
  }

  @Test func anExactValueHasNone() {
    #expect(Sparkline.line(Self.samples(Array(repeating: 5, count: 100)), glyphs: .blocks).isEmpty)
  }

  /// A terminal asks for sparklines; the default (piped output, files, tests) prints none.
  @Test func printOutputCarriesItOnlyWhenAsked() {
    let value = Value.quantity(
      Quantity(magnitude: .samples(Self.samples((0..<1000).map(Double.init))), unit: .none))
    let plain = ViewText().render(.printed([value]))
    let drawn = ViewText(sparklines: .blocks).render(.printed([value]))
    #expect(!plain.contains("█"))
    #expect(drawn.hasPrefix(plain + " "))
    #expect(drawn.contains("█"))
  }
}
