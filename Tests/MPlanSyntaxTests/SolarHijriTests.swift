import MPlanSyntax
import Testing

/// The Solar Hijri calendar by the 33-year rule, against the days Iran's official calendar
/// gives and against a walk of the calendar one day at a time.
@Suite struct SolarHijriTests {
  /// Nowruz (1 Farvardin) in the Gregorian calendar, as Iran's official calendar has it.
  @Test(arguments: [
    (1395, "2016-03-20"), (1396, "2017-03-21"), (1397, "2018-03-21"), (1398, "2019-03-21"),
    (1399, "2020-03-20"), (1400, "2021-03-21"), (1401, "2022-03-21"), (1402, "2023-03-21"),
    (1403, "2024-03-20"), (1404, "2025-03-21"),
  ])
  func nowruz(year: Int, gregorian: String) {
    #expect(SolarHijri.firstDay(of: year).iso == gregorian)
  }

  @Test func leapYears() {
    // 1403 is leap (30 Esfand 1403 = 2025-03-20); 1404 is common; the 2820-year rule has
    // them the other way round.
    #expect(SolarHijri.isLeap(1403))
    #expect(!SolarHijri.isLeap(1404))
    #expect(SolarHijri.day(year: 1403, month: 12, day: 30).iso == "2025-03-20")
    // The leap years of 1370–1420 in the 33-year rule's pattern: every fourth year, with a
    // five-year step once in each cycle (1403 → 1408).
    let leap = (1370...1420).filter(SolarHijri.isLeap)
    #expect(leap == [1370, 1375, 1379, 1383, 1387, 1391, 1395, 1399, 1403, 1408, 1412, 1416, 1420])
    // After 1501 ICU4X corrects the rule: 1502 is common and 1503 leap.
    #expect(!SolarHijri.isLeap(1502))
    #expect(SolarHijri.isLeap(1503))
  }

  @Test func monthLengths() {
    for month in 1...6 { #expect(SolarHijri.daysIn(month: month, year: 1404) == 31) }
    for month in 7...11 { #expect(SolarHijri.daysIn(month: month, year: 1404) == 30) }
    #expect(SolarHijri.daysIn(month: 12, year: 1404) == 29)
    #expect(SolarHijri.daysIn(month: 12, year: 1403) == 30)
  }

  /// Every day of 1395–1420, walked one at a time from 1 Farvardin 1395: each reads to the
  /// day number after the one before and prints back as it was written.
  @Test func roundTripsEveryDay() {
    var number = SolarHijri.firstDay(of: 1395).dayNumber
    for year in 1395...1420 {
      for month in 1...12 {
        for day in 1...SolarHijri.daysIn(month: month, year: year) {
          let date = CalendarSystem.persian.day(year: year, month: month, day: day)
          #expect(date?.dayNumber == number, "\(year)-\(month)-\(day)")
          let back = SolarHijri.components(of: CalendarDay(dayNumber: number))
          #expect(back == (year, month, day), "\(year)-\(month)-\(day)")
          number += 1
        }
      }
    }
    #expect(SolarHijri.firstDay(of: 1421).dayNumber == number)
  }

  @Test func daysTheCalendarLacks() {
    #expect(CalendarSystem.persian.day(year: 1404, month: 12, day: 30) == nil)
    #expect(CalendarSystem.persian.day(year: 1406, month: 7, day: 31) == nil)
    #expect(CalendarSystem.persian.day(year: 1406, month: 13, day: 1) == nil)
    #expect(CalendarSystem.persian.day(year: 1406, month: 6, day: 31)?.iso == "2027-09-22")
  }

  @Test func lexerReadsTheCalendarItIsGiven() {
    var lexer = Lexer(source: SourceFile(name: "t", text: "۱۴۰۶-۰۶-۳۱"))
    lexer.calendar = .persian
    let tokens = lexer.tokenize()
    #expect(tokens.first?.kind == .date(CalendarDay(year: 2027, month: 9, day: 22)))
    #expect(lexer.diagnostics.isEmpty)
  }

  @Test func aPlansCalendarRereadsItsFile() {
    let source = SourceFile(name: "t", text: "let d = 1406-06-31\nplan \"P\" { calendar persian }\n")
    let result = Parser.parse(source)
    #expect(result.calendar == .persian)
    #expect(result.diagnostics.isEmpty)
    let gregorian = Parser.parse(SourceFile(name: "t", text: "let d = 1406-06-31\n"))
    #expect(gregorian.diagnostics.first?.code == "E0004")
  }
}

/// Numbers as the reader's convention writes them: symbol after the amount, space groups.
@Suite struct ReaderNumberTests {
  func kinds(_ text: String) -> ([Token.Kind], [String]) {
    let (tokens, diagnostics) = Lexer.tokenize(SourceFile(name: "t", text: text))
    return (tokens.map(\.kind).filter { $0 != .endOfFile }, diagnostics.map(\.code))
  }

  @Test(arguments: ["800 ₽", "800\u{00A0}₽", "800₽"])
  func symbolAfterTheAmount(text: String) {
    #expect(kinds(text).0 == [.money(800, symbol: "₽")])
  }

  @Test(arguments: ["10 000", "10\u{00A0}000", "10\u{2009}000", "10\u{202F}000", "۱۰ ۰۰۰"])
  func spaceGroups(text: String) {
    #expect(kinds(text).0 == [.number(10_000)])
  }

  @Test func spacesGroupOnlyGroupsOfThree() {
    #expect(kinds("10 00").0 == [.number(10), .number(0)])
    #expect(kinds("2027 100").0 == [.number(2027), .number(100)])
    #expect(kinds("1,000 000").0 == [.number(1000), .number(0)])
    #expect(kinds("800 $5").0 == [.number(800), .money(5, symbol: "$")])
  }

  @Test(arguments: ["1۲3", "۱٤", "$1۰0", "٣0%"])
  func mixedDigitSystemsAreAnError(text: String) {
    #expect(kinds(text).1 == ["E0004"])
  }
}
