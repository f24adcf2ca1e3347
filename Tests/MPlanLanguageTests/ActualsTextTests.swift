import MPlanSyntax
import Testing

@testable import MPlanLanguage

/// Issue 27, cases 9 and 17: a cell that is not plainly a day or an amount is refused (the
/// row is then skipped with W0801), never read as something else, never a crash.
@Suite struct ActualsTextTests {
  @Test(
    "days no plan can reach, signs and words that are no part of a day",
    arguments: [
      "99999999999-01-01", "99999999999999999-01-01", "12345678901234567890123-01-01", "-2027-01-05",
      "+2027-01-05", "2027-01-05xyz", "01/05/99999999999999999999", "0000-01-01", "Foo 4, 2027",
      "4 Mar 99999999999999999999999",
    ])
  func refusesDays(_ cell: String) {
    #expect(ActualsText.day(cell, order: .monthFirst) == nil, "\(cell)")
  }

  @Test func keepsDaysWithWeekdaysAndOrdinals() {
    #expect(ActualsText.day("Mon, Mar 4th, 2027", order: .monthFirst)?.iso == "2027-03-04")
    #expect(ActualsText.day("9999-12-31", order: .monthFirst)?.iso == "9999-12-31")
  }

  @Test(
    "amounts with repeated signs, loose digits, bad grouping, or too many digits",
    arguments: [
      "--5", "-(5)", "+-5", "1 2 3", "\"1,2,3,4\"", "1,2,3,4", "1,234,56,789", "123,45,678", "12,34,56",
      "1.234,5.6",
      String(repeating: "9", count: 400), String(repeating: "9", count: 14), "99999999999999.99", "1-2",
      "12$34", "1,,234", "١ ٢ ٣", "--٥",
    ])
  func refusesAmounts(_ cell: String) {
    #expect(ActualsText.amount(cell) == nil, "\(cell)")
  }

  @Test(
    "amounts that are plainly one number",
    arguments: [
      ("9999999999999.99", 9_999_999_999_999.99), ("1 234 567,89", 1_234_567.89), ("-5", -5), ("5-", -5),
      ("+5", 5), (".5", 0.5), ("5.", 5), ("0.30000000000000004", 0.3), ("$ 1,234", 1234),
      ("1 200 ₽", 1200), ("(1,234.50)", -1234.5), ("₹12,34,567.50", 1_234_567.5), ("1,23,456", 123_456),
      ("1,00,00,000", 10_000_000),
    ] as [(String, Double)])
  func keepsAmounts(_ cell: String, _ value: Double) throws {
    let read = try #require(ActualsText.amount(cell), "\(cell)")
    #expect(abs(read.value - value) < 1e-6)
  }

  /// The one-pass reading of `1234.5`-shaped amounts is only a shortcut: for every cell it
  /// reads, the general reading gives the same value, bit for bit, whatever the block states.
  @Test func plainAmountsReadAsTheGeneralRulesRead() {
    var cells: [String] = []
    for whole in ["0", "5", "12", "045", "1234", "1234567", "9999999999999", "99999999999999"] {
      cells.append(whole)
      for fraction in ["", "5", "07", "125", "99", "0"] { cells.append(whole + "." + fraction) }
      cells += [whole + ",5", whole + ",50", whole + ".5.5", whole + ". 5"]
    }
    let rulesList = [
      NumberRules(), NumberRules(decimalMark: UInt8(ascii: ".")), NumberRules(plainCurrency: "KWD"),
    ]
    var shortcuts = 0
    for cell in cells {
      for rules in rulesList {
        var copy = cell
        copy.withUTF8 { bytes in
          guard let fast = ActualsText.plainDecimal(bytes, rules) else { return }
          shortcuts += 1
          let general = ActualsText.decimal(
            bytes, mark: rules.decimalMark, threeDecimals: rules.hasThreeDecimals(nil))
          #expect(general?.bitPattern == fast.bitPattern, "\(cell)")
        }
      }
    }
    #expect(shortcuts > 50)
    // A comma as the stated decimal mark makes `1.50` a thousands mark: never the shortcut.
    #expect(ActualsText.amount("1.50", NumberRules(decimalMark: UInt8(ascii: ","))) == nil)
  }
}
