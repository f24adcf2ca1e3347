import Foundation
@preconcurrency import SwiftCSV
import Testing

@testable import MPlanLanguage
@testable import MPlanSyntax

/// The CSV reader `actuals` uses, against SwiftCSV as the oracle (docs/actuals.md: SwiftCSV
/// imports Foundation, so it may only be a test dependency), and each quirk of the issue.
struct CSVReaderTests {
  static func write(_ bytes: [UInt8], name: String = UUID().uuidString + ".csv") throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(name).path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }

  static func records(_ text: String, chunkSize: Int = 1 << 20) throws -> (separator: UInt8, [[String]]) {
    let reader = try CSVReader(path: try write(Array(text.utf8)), chunkSize: chunkSize)
    var rows: [[String]] = []
    while let record = try reader.next() { rows.append(record.fields) }
    return (reader.separator, rows)
  }

  static let fixtures: [(String, Character)] = [
    ("Day,Campaign,Cost\n2027-01-05,Search,12.50\n2027-01-06,\"Trade, show\",1000\n", ","),
    ("Day;Campaign;Cost\r\n05.01.2027;\"Say \"\"hi\"\"\";\"1.234,50\"\r\n06.01.2027;Social;-3,10\r\n", ";"),
    ("Day\tCampaign\tCost\n2027-01-05\tSearch\t$12\n2027-01-06\t\"two\nlines\"\t7\n", "\t"),
    ("a,b,c\n1,,3\n,,\n\"\",\"x\"\"\",\"\"\"\"\n", ","),
    ("name,amount\nكافيه,١٢٣٫٤\nmoscow,\"₽ 1 200\"\n", ","),
  ]

  @Test("the reader and SwiftCSV read every field alike", arguments: fixtures.indices)
  func agreesWithSwiftCSV(_ index: Int) throws {
    let (text, delimiter) = Self.fixtures[index]
    let oracle = try EnumeratedCSV(string: text, delimiter: .character(delimiter), loadColumns: false)
    let expected = [oracle.header] + oracle.rows
    for chunkSize in [64, 1 << 20] {
      let (_, ours) = try Self.records(text, chunkSize: chunkSize)
      #expect(ours == expected, "chunk size \(chunkSize)")
    }
  }

  /// Plain fields are read straight from the buffer, the rest byte by byte: a file whose
  /// rows mix both, with fields cut by every chunk boundary, reads the same at every chunk
  /// size, with one record reused for every row.
  @Test func readsPlainAndQuotedFieldsAcrossChunks() throws {
    var text = "Day,Campaign,Cost,Note\r\n"
    for row in 0..<60 {
      let note = ["", "\"a, \"\"b\"\"\"", "Café", "x\ry", "plain"][row % 5]
      text += "2027-01-\(10 + row % 20),campaign \(row),\(row).5\(row % 2 == 0 ? "\r\n" : ","),\(note)\n"
    }
    let (_, expected) = try Self.records(text)
    // An even row ends after its cost (CRLF), and its note is a record of its own; an odd
    // row has an empty field before its note.
    #expect(expected.count == 1 + 30 * 2 + 30)
    #expect(expected[1] == ["2027-01-10", "campaign 0", "0.5"])
    #expect(expected[2] == ["", ""])
    #expect(expected[3] == ["2027-01-11", "campaign 1", "1.5", "", "a, \"b\""])
    #expect(expected[5] == ["", "Café"])
    #expect(expected[6] == ["2027-01-13", "campaign 3", "3.5", "", "x\ry"])
    for chunkSize in [64, 65, 67, 71, 97, 128] {
      let (_, ours) = try Self.records(text, chunkSize: chunkSize)
      #expect(ours == expected, "chunk size \(chunkSize)")
      let reader = try CSVReader(path: try Self.write(Array(text.utf8)), chunkSize: chunkSize)
      var record = CSVReader.Record()
      var reused: [[String]] = []
      while try reader.next(into: &record) { reused.append(record.fields) }
      #expect(reused == expected, "chunk size \(chunkSize), one record")
    }
  }

  @Test func findsTheSeparatorFromTheHeader() throws {
    #expect(try Self.records("a;b;c\n1;2;3\n").separator == UInt8(ascii: ";"))
    #expect(try Self.records("a\tb\n1\t2\n").separator == UInt8(ascii: "\t"))
    #expect(try Self.records("\"a;b\",c\n").separator == UInt8(ascii: ","))
  }

  @Test func skipsTheByteOrderMarkAndReadsCRLF() throws {
    let path = try Self.write([0xEF, 0xBB, 0xBF] + Array("Day,Cost\r\n2027-01-01,5\r\n".utf8))
    let reader = try CSVReader(path: path)
    #expect(try reader.next()?.fields == ["Day", "Cost"])
    let row = try reader.next()
    #expect(row?.fields == ["2027-01-01", "5"])
    #expect(row?.line == 2)
    #expect(try reader.next() == nil)
  }

  @Test func reportsLinesAndColumnsOfDamagedRecords() throws {
    let reader = try CSVReader(path: try Self.write(Array("a,b\n\"x\"y,2\n1,\"open\n".utf8)))
    _ = try reader.next()
    let stray = try #require(try reader.next())
    #expect(stray.problem == "text after the closing quote of field 1")
    #expect(stray.line == 2)
    let open = try #require(try reader.next())
    #expect(open.line == 3)
    #expect(open.columns == [1, 3])
    #expect(open.problem == "a quote opened at column 3 is never closed")
  }

  @Test func refusesBinaryAndUTF16AndMissingFiles() throws {
    #expect(throws: CSVReader.Failure.binary(line: 2)) {
      let reader = try CSVReader(path: try Self.write(Array("a,b\n\u{0}\u{1}".utf8)))
      _ = try reader.next()
    }
    #expect(throws: CSVReader.Failure.utf16) {
      let reader = try CSVReader(path: try Self.write([0xFF, 0xFE, 0x61, 0]))
      _ = try reader.next()
    }
    #expect(throws: CSVReader.Failure.cannotOpen("no such file")) {
      _ = try CSVReader(path: "/nonexistent/ads.csv")
    }
    #expect(throws: CSVReader.Failure.notAFile(.directory)) {
      _ = try CSVReader(path: NSTemporaryDirectory())
    }
    #expect(try CSVReader(path: try Self.write([])).next() == nil)
  }

  @Test(
    "amounts as platforms export them",
    arguments: [
      ("12.50", 12.5, nil), ("$1,234.50", 1234.5, "USD"), ("1.234,50 €", 1234.5, "EUR"),
      ("-34,50", -34.5, nil),
      ("(12.00)", -12, nil), ("1,234", 1234, nil), ("1,5", 1.5, nil), ("1.234.567", 1_234_567, nil),
      ("١٢٣٫٤", 123.4, nil), ("۱۲۳", 123, nil), ("1 200 ₽", 1200, "RUB"), ("EUR 7", 7, "EUR"),
      ("1'000.25", 1000.25, nil),
    ] as [(String, Double, String?)])
  func amounts(_ cell: String, _ value: Double, _ currency: String?) throws {
    let read = try #require(ActualsText.amount(cell))
    #expect(abs(read.value - value) < 1e-9)
    #expect(read.currency == currency)
  }

  /// Issue 20: a mark cannot be a thousands mark after a leading zero or after four digits
  /// (no thousands group starts with 0 or holds four digits), and `٫` is a decimal mark
  /// whatever follows it: each of these was read a thousand times too large.
  @Test(
    "a mark that cannot group thousands is the decimal mark",
    arguments: [
      ("0.125", 0.125), ("0,125", 0.125), ("1234.567", 1234.567), ("\"12345,678\"", 12345.678),
      ("12345,678", 12345.678), ("١٢٫٥٠٠", 12.5), ("٠٫١٢٥", 0.125), ("-0.250", -0.25),
      ("$0.125", 0.125), (".125", 0.125), ("-.125", -0.125), ("1 234,567", 1234.567),
      ("1'234.567", 1234.567), ("1 234", 1234), ("12 EUR", 12), ("1,234", 1234), ("1.234.567", 1_234_567),
      ("12,345.678", 12345.678),
    ] as [(String, Double)])
  func leadingZeroAndLongGroupsAreDecimals(_ cell: String, _ value: Double) throws {
    let text = cell.hasPrefix("\"") ? String(cell.dropFirst().dropLast()) : cell
    let read = try #require(ActualsText.amount(text), "\(cell)")
    #expect(abs(read.value - value) < 1e-9, "\(cell) read as \(read.value)")
  }

  @Test func marksThatGroupNothingAreNoAmounts() {
    // A repeated mark is a thousands mark, and thousands do not start with 0 or hold four.
    for cell in ["0.125.000", "1234.567.890", "0,125,000"] {
      #expect(ActualsText.amount(cell) == nil, "\(cell)")
    }
  }

  /// Dinars and rials count in thousandths: `1.500` in them is one and a half.
  @Test func threeDecimalCurrenciesReadThreeDigitsAsTheFraction() throws {
    for (cell, plain, value) in [
      ("KWD 1.500", nil, 1.5), ("1,500 BHD", nil, 1.5), ("1.500", "OMR", 1.5), ("1,234.500", "JOD", 1234.5),
      ("1.500", "USD", 1500), ("1.234.500", "KWD", 1_234_500),
    ] as [(String, String?, Double)] {
      let read = try #require(ActualsText.amount(cell, NumberRules(plainCurrency: plain)), "\(cell)")
      #expect(
        abs(read.value - value) < 1e-9, "\(cell) in \(plain ?? "its own currency") read as \(read.value)")
    }
  }

  /// The block's `decimal_mark` decides a mark alone; the other one groups thousands.
  @Test func aStatedDecimalMarkDecides() throws {
    let comma = NumberRules(decimalMark: UInt8(ascii: ","))
    let dot = NumberRules(decimalMark: UInt8(ascii: "."))
    #expect(ActualsText.amount("1,234", comma)?.value == 1.234)
    #expect(ActualsText.amount("1.234", comma)?.value == 1234)
    #expect(ActualsText.amount("1.234,5", comma)?.value == 1234.5)
    #expect(ActualsText.amount("1.234", dot)?.value == 1.234)
    #expect(ActualsText.amount("1.234,5", dot) == nil)
    #expect(ActualsText.count("1.234", comma) == 1234)
  }

  @Test func refusesWhatIsNoAmount() {
    for cell in ["abc", "", "12 apples", "1.2.3,4,5"] { #expect(ActualsText.amount(cell) == nil, "\(cell)") }
  }

  @Test(
    "days in ISO and the common local forms",
    arguments: [
      ("2027-03-04", "2027-03-04"), ("2027/03/04", "2027-03-04"), ("2027-03-04T10:00:00Z", "2027-03-04"),
      ("2027-03-04 10:00", "2027-03-04"), ("04.03.2027", "2027-03-04"), ("03/04/2027", "2027-03-04"),
      ("4 Mar 2027", "2027-03-04"), ("Mar 4, 2027", "2027-03-04"), ("٢٠٢٧-٠٣-٠٤", "2027-03-04"),
      ("04.03.27", "2027-03-04"),
    ])
  func days(_ cell: String, _ iso: String) {
    #expect(ActualsText.day(cell, order: .monthFirst)?.iso == iso)
  }

  @Test func dayOrderDecidesSlashes() {
    #expect(ActualsText.day("03/04/2027", order: .dayFirst)?.iso == "2027-04-03")
    #expect(ActualsText.day("13/04/2027", order: .monthFirst) == nil)
    #expect(ActualsText.day("2027-02-30", order: .monthFirst) == nil)
    #expect(ActualsText.day("yesterday", order: .monthFirst) == nil)
  }
}
