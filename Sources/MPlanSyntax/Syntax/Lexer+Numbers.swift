/// Numbers, percentages, money amounts and calendar literals: the part of the lexer that
/// knows how planners write quantities (the annual-goals article's `$2.4M`, Persian `۱۲٬۰۰۰`, `2027-Q2`).
extension Lexer {

  /// ASCII, Eastern Arabic (٠–٩) and Persian (۰–۹) digits all read as digits.
  package static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
    switch scalar.value {
    case 0x30...0x39: Int(scalar.value - 0x30)
    case 0x660...0x669: Int(scalar.value - 0x660)
    case 0x6F0...0x6F9: Int(scalar.value - 0x6F0)
    default: nil
    }
  }

  private func isDigit(at offset: Int) -> Bool {
    peek(offset).flatMap(Self.digitValue) != nil
  }

  package mutating func lexNumberOrDate() -> Token {
    let start = position
    if let token = lexCalendarLiteral() { return token }
    if let token = lexDayFirstDate() { return token }
    guard let value = lexNumberValue() else { return Token(kind: .number(0), span: span(from: start)) }
    if !isInOneDigitSystem(from: start) { return Token(kind: .number(value), span: span(from: start)) }
    warnOfDecimalComma(from: start)
    if peek() == "%" || peek() == "\u{066A}" {
      // `٪` is the Arabic and Persian percent sign.
      position += 1
      return Token(kind: .percent(value / 100), span: span(from: start))
    }
    if let length = currencySymbolAfterAmount() {
      let symbol = peek(length - 1)!
      position += length
      return Token(kind: .money(value, symbol: symbol), span: span(from: start))
    }
    return Token(kind: .number(value), span: span(from: start))
  }

  /// `800 ₽`, `800 ₽`, `15 €`: the symbol after the amount, as Russian and most of Europe
  /// write it, after at most one space. The length up to and with the symbol; nil when no
  /// symbol follows, or when one starts the next amount (`800 $5` is two amounts).
  private func currencySymbolAfterAmount() -> Int? {
    let spaces = peek().map(Self.isGroupSpace) == true ? 1 : 0
    guard let symbol = peek(spaces), Self.isCurrencySymbol(symbol) else { return nil }
    if let next = peek(spaces + 1), Self.digitValue(next) != nil || next == "-" { return nil }
    return spaces + 1
  }

  /// The spaces that separate groups of three digits (`10 000`): a plain space, the no-break
  /// space French and Russian typesetting puts there, and the thin and narrow no-break spaces.
  package static func isGroupSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "\u{00A0}" || scalar == "\u{2009}" || scalar == "\u{202F}"
  }

  /// `1۲3`, `۱٤`: a number written in two digit systems (Latin, Eastern Arabic, Persian) is
  /// most likely a slip of the keyboard, and its value unsure: an error that names them.
  package mutating func isInOneDigitSystem(from start: Int) -> Bool {
    var systems: [Message] = []
    for scalar in scalars[start..<position] {
      let system: Message
      switch scalar.value {
      case 0x30...0x39: system = Message("lexer-digits-latin")
      case 0x660...0x669: system = Message("lexer-digits-eastern-arabic")
      case 0x6F0...0x6F9: system = Message("lexer-digits-persian")
      default: continue
      }
      if !systems.contains(system) { systems.append(system) }
    }
    guard systems.count > 1, let last = systems.last, let first = Message.list(systems.dropLast()) else {
      return true
    }
    let written = String(String.UnicodeScalarView(scalars[start..<position]))
    report(
      .malformedLiteral,
      Message(
        "lexer-mixed-digits", ["written": .text(written), "first": .message(first), "last": .message(last)]),
      from: start, fixIt: Message("lexer-mixed-digits-fix", ["latin": .value(Self.latinDigits(written))]))
    return false
  }

  package static func latinDigits(_ text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.unicodeScalars.map { scalar in
          digitValue(scalar).map { Unicode.Scalar(UInt32(0x30 + $0))! } ?? scalar
        }))
  }

  /// `01.09.2027`, as dates are written in much of Europe and the Middle East: an error whose
  /// fix-it is the ISO form, read day first (and the other reading when the day could be the
  /// month). Read as a date, so the rest of the line still parses.
  private mutating func lexDayFirstDate() -> Token? {
    var offset = 0
    var groups: [(start: Int, count: Int)] = []
    for group in 0..<3 {
      var count = 0
      while isDigit(at: offset + count) { count += 1 }
      guard group == 2 ? count == 4 : (1...2).contains(count) else { return nil }
      groups.append((offset, count))
      offset += count
      if group < 2 {
        guard peek(offset) == ".", isDigit(at: offset + 1) else { return nil }
        offset += 1
      }
    }
    let start = position
    let day = digits(at: groups[0].start, count: groups[0].count)
    let month = digits(at: groups[1].start, count: groups[1].count)
    let year = digits(at: groups[2].start, count: 4)
    let written = String(String.UnicodeScalarView(scalars[position..<position + offset]))
    position += offset
    let calendar = calendar
    func iso(_ year: Int, _ month: Int, _ day: Int) -> String? {
      calendar.day(year: year, month: month, day: day).map(calendar.text(of:))
    }
    let dayFirst = iso(year, month, day)
    let monthFirst = day != month ? iso(year, day, month) : nil
    let fixIt: Message =
      switch (dayFirst, monthFirst) {
      case (let dayFirst?, let monthFirst?):
        Message(
          "lexer-date-order-both-fix", ["day-first": .value(dayFirst), "month-first": .value(monthFirst)])
      case (let dayFirst?, nil): Message("lexer-date-order-day-first-fix", ["day-first": .value(dayFirst)])
      case (nil, let monthFirst?):
        Message("lexer-date-order-month-first-fix", ["month-first": .value(monthFirst)])
      case (nil, nil): Message("lexer-date-order-no-calendar-fix", ["year": .value(String(year))])
      }
    report(
      .malformedLiteral, Message("lexer-date-order", ["written": .text(written)]), from: start, fixIt: fixIt)
    let date =
      calendar.day(year: year, month: month, day: day) ?? calendar.day(year: year, month: 1, day: 1)!
    return Token(kind: .date(date), span: span(from: start))
  }

  /// `1,5%`, `$12,5`, `1 000,5`: the decimal comma of Russian and much of Europe (the
  /// strategic-marketing article writes "с 1,5% до 3%", and a `language ru` plan prints
  /// `1 000,5`). Outside brackets, one or two digits after a comma with no space read as a
  /// second value, so a warning says so and gives the dotted form (`$12.5`, `50 000.5 ₽`).
  /// A number with a decimal point or a scale already (`1.5,25`, `2k,5`) has no dotted form.
  mutating func warnOfDecimalComma(from start: Int) {
    guard bracketDepth == 0, peek() == ",", isDigit(at: 1),
      scalars[start..<position].allSatisfy({
        Self.isPlainDigit($0) || $0 == "_" || $0 == "," || $0 == "\u{066C}" || Self.isGroupSpace($0)
          || Self.isCurrencySymbol($0)
      })
    else {
      return
    }
    var count = 0
    while isDigit(at: 1 + count) { count += 1 }
    guard count <= 2 else { return }
    let after = 1 + count
    var suffixLength = 0
    if peek(after) == "%" || peek(after) == "\u{066A}" {
      suffixLength = 1
    } else {
      // `50 000,5 ₽`: the symbol after the amount belongs to the decimal, as it would to `50 000.5 ₽`.
      let spaces = peek(after).map(Self.isGroupSpace) == true ? 1 : 0
      if let symbol = peek(after + spaces), Self.isCurrencySymbol(symbol),
        !(peek(after + spaces + 1).map { Self.digitValue($0) != nil || $0 == "-" } ?? false)
      {
        suffixLength = spaces + 1
      }
    }
    let end = position + after + suffixLength
    let whole = String(String.UnicodeScalarView(scalars[start..<position]))
    let fraction = String(String.UnicodeScalarView(scalars[position + 1..<end]))
    let digits = String(String.UnicodeScalarView(scalars[position + 1..<position + after]))
    let suffix = String(String.UnicodeScalarView(scalars[position + after..<end]))
    warn(
      .decimalComma,
      Message(
        "lexer-decimal-comma",
        ["written": .text("\(whole),\(fraction)"), "whole": .value(whole), "fraction": .value(fraction)]),
      from: start, to: end,
      fixIt: Message(
        "lexer-decimal-comma-fix",
        [
          "decimal": .value("\(whole).\(digits)\(suffix)"), "whole": .value(whole),
          "fraction": .value(fraction),
        ]
      ))
  }

  private static func isPlainDigit(_ scalar: Unicode.Scalar) -> Bool { digitValue(scalar) != nil }

  /// `2027-12-31`, `2027-03`, `2027-Q2`: four digits and a dash with no spaces. `2027 - 12`
  /// with spaces stays a subtraction.
  private mutating func lexCalendarLiteral() -> Token? {
    guard (0..<4).allSatisfy({ isDigit(at: $0) }), !isDigit(at: 4), peek(4) == "-" else { return nil }
    let start = position
    let year = digits(at: 0, count: 4)
    if peek(5) == "Q" || peek(5) == "q", isDigit(at: 6), !isDigit(at: 7) {
      let quarter = digits(at: 6, count: 1)
      position += 7
      guard (1...4).contains(quarter) else {
        report(
          .malformedLiteral, Message("lexer-no-such-quarter", ["quarter": .value(String(quarter))]),
          from: start)
        return Token(kind: .quarter(year: year, quarter: 1), span: span(from: start))
      }
      // Under `calendar persian` the interpreter reads it as three Persian months.
      return Token(kind: .quarter(year: year, quarter: quarter), span: span(from: start))
    }
    if peek(5) == "W" || peek(5) == "w", isDigit(at: 6), !isDigit(at: 7) {
      // `2027-W5`: a week written with one digit, not 2027 minus a name.
      let week = digits(at: 6, count: 1)
      position += 7
      report(
        .malformedLiteral, Message("lexer-week-two-digits"), from: start,
        fixIt: Message("lexer-write-value", ["value": .value("\(year)-W0\(week)")]))
      return Token(kind: .week(year: year, week: max(week, 1)), span: span(from: start))
    }
    if peek(5) == "W" || peek(5) == "w", isDigit(at: 6), isDigit(at: 7), !isDigit(at: 8) {
      let week = digits(at: 6, count: 2)
      position += 8
      let weeks = CalendarDay.isoWeeks(in: year)
      guard (1...weeks).contains(week) else {
        report(
          .malformedLiteral,
          Message(
            "lexer-no-such-week",
            ["year": .value(String(year)), "week": .value(String(week)), "weeks": .value(String(weeks))]),
          from: start,
          fixIt: week == 53
            ? Message(
              "lexer-week-53-fix", ["last": .value("\(year)-W52"), "next": .value("\(year + 1)-W01")])
            : Message(
              "lexer-week-range-fix", ["first": .value("\(year)-W01"), "last": .value("\(year)-W\(weeks)")]))
        return Token(kind: .week(year: year, week: 1), span: span(from: start))
      }
      if calendar == .persian {
        reportPersianPeriod(written: "\(year)-W\(pad(week))", from: start) { _ in nil }
      }
      return Token(kind: .week(year: year, week: week), span: span(from: start))
    }
    if let loose = looseDateLength() {
      // `2027-1-5` is a date written loosely, not 2027 minus 1 minus 5.
      position += loose
      report(
        .malformedLiteral, Message("lexer-loose-date"), from: start, fixIt: Message("lexer-loose-date-fix"))
      return Token(kind: .date(calendar.day(year: year, month: 1, day: 1)!), span: span(from: start))
    }
    guard isDigit(at: 5), isDigit(at: 6), !isDigit(at: 7) else { return nil }
    let month = digits(at: 5, count: 2)
    if peek(7) == "-", isDigit(at: 8), isDigit(at: 9), !isDigit(at: 10) {
      let day = digits(at: 8, count: 2)
      position += 10
      guard let date = calendar.day(year: year, month: month, day: day) else {
        reportNotADate(year: year, month: month, day: day, from: start)
        return Token(kind: .date(calendar.day(year: year, month: 1, day: 1)!), span: span(from: start))
      }
      return Token(kind: .date(date), span: span(from: start))
    }
    position += 7
    guard (1...12).contains(month) else {
      report(.malformedLiteral, Message("lexer-no-such-month", ["month": .value(String(month))]), from: start)
      return Token(kind: .month(year: year, month: 1), span: span(from: start))
    }
    // Under `calendar persian` the interpreter reads it as the Persian month.
    return Token(kind: .month(year: year, month: month), span: span(from: start))
  }

  /// `1404-12-30`: a day the calendar does not have, with the month's last day as the fix-it.
  private mutating func reportNotADate(year: Int, month: Int, day: Int, from start: Int) {
    let written = Message.Argument.value("\(year)-\(pad(month))-\(pad(day))")
    guard (1...12).contains(month), day > 0 else {
      report(
        .malformedLiteral, Message("lexer-not-in-calendar", ["date": written]), from: start,
        fixIt: Message("lexer-not-in-calendar-fix"))
      return
    }
    let days = calendar.daysIn(month: month, year: year)
    let last = Message.Argument.value(calendar.text(of: calendar.day(year: year, month: month, day: days)!))
    switch calendar {
    case .gregorian:
      report(
        .malformedLiteral, Message("lexer-not-in-calendar", ["date": written]), from: start,
        fixIt: Message(
          "lexer-month-days-fix",
          [
            "month": .value(CalendarPeriod.month(year: year, month: month).description), "days": .count(days),
            "last": last,
          ]))
    case .persian:
      let monthName = Message.Argument.message(SolarHijri.monthName(month))
      let arguments: [String: Message.Argument] = [
        "month": monthName, "year": .value(String(year)), "days": .count(days), "last": last,
      ]
      let fixIt =
        if month != 12 {
          Message("lexer-persian-month-days-fix", arguments)
        } else if SolarHijri.isLeap(year) {
          Message("lexer-persian-esfand-leap-fix", arguments)
        } else {
          Message("lexer-persian-esfand-common-fix", arguments)
        }
      report(
        .malformedLiteral, Message("lexer-not-in-persian-calendar", ["date": written]), from: start,
        fixIt: fixIt)
    }
  }

  /// `1406-W05` under `calendar persian`: an ISO week is numbered in the Gregorian year, so it
  /// would silently be the wrong days; the error asks for the week's two days.
  private mutating func reportPersianPeriod(
    written: String, from start: Int, days: (CalendarSystem) -> (CalendarDay, CalendarDay)?
  ) {
    let (first, last) =
      days(.persian).map { (calendar.text(of: $0.0), calendar.text(of: $0.1)) } ?? (
        "1406-01-01", "1406-03-31"
      )
    report(
      .malformedLiteral, Message("lexer-persian-period", ["written": .text(written)]), from: start,
      fixIt: Message("lexer-persian-period-fix", ["first": .value(first), "last": .value(last)]))
  }

  /// The length of `YYYY-M-D`, `YYYY-MM-D` or `YYYY-M-DD` at the current position (one
  /// or two digits each, not both two, which is a real date); nil when it is not one.
  private func looseDateLength() -> Int? {
    var offset = 5
    var groups: [Int] = []
    for group in 0..<2 {
      var count = 0
      while isDigit(at: offset + count) { count += 1 }
      guard (1...2).contains(count) else { return nil }
      groups.append(count)
      offset += count
      if group == 0 {
        guard peek(offset) == "-" else { return nil }
        offset += 1
      }
    }
    return groups == [2, 2] ? nil : offset
  }

  private func pad(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }

  private func digits(at offset: Int, count: Int) -> Int {
    (0..<count).reduce(0) { $0 * 10 + Self.digitValue(scalars[position + offset + $1])! }
  }

  /// Digits with `_` anywhere between them, `,` (or Arabic `٬`) before each group of exactly
  /// three, one decimal point (`.` or Arabic `٫`), and a `k`/`M`/`B` suffix.
  package mutating func lexNumberValue() -> Double? {
    let start = position
    var digits = DecimalDigits()
    // `10 000`: spaces group digits only in a number grouped by spaces alone, from a first
    // group of one to three digits, so `2027 100` stays two values.
    var groupedByCommas = false
    var groupedBySpaces = false
    while let scalar = peek() {
      if let digit = Self.digitValue(scalar) {
        digits.append(digit, inFraction: false)
        position += 1
      } else if scalar == "_", isDigit(at: 1) {
        position += 1
      } else if scalar == "," || scalar == "\u{066C}", !groupedBySpaces, isThousandsGroup(at: 1) {
        groupedByCommas = true
        position += 1
      } else if Self.isGroupSpace(scalar), !groupedByCommas, isThousandsGroup(at: 1),
        groupedBySpaces || (1...3).contains(position - start)
      {
        groupedBySpaces = true
        position += 1
      } else {
        break
      }
    }
    if peek() == "." || peek() == "\u{066B}", isDigit(at: 1) {
      position += 1
      while let scalar = peek() {
        if let digit = Self.digitValue(scalar) {
          digits.append(digit, inFraction: true)
          position += 1
        } else if scalar == "_", isDigit(at: 1) {
          position += 1
        } else {
          break
        }
      }
    }
    guard var value = digits.value else {
      report(.malformedLiteral, Message("lexer-number-too-long"), from: start)
      return nil
    }
    if let (length, scale) = scaleSuffix() {
      position += length
      value *= scale
    }
    if !value.isFinite {
      report(.malformedLiteral, Message("lexer-number-too-large"), from: start)
      return nil
    }
    return value
  }

  /// The ways planners write a scale after a number: `24k`, `$1.8M` or `$1.8m`, `2B` or
  /// `3bn`, and, after a space, `1.8 million`, `2 thousand`, `3 billion`. The annual-goals article writes
  /// `$2.4M`; finance writes `$1.8m` and `3bn`.
  package static let scaleSuffixes: [(text: String, scale: Double)] = [
    ("bn", 1e9), ("k", 1e3), ("K", 1e3), ("M", 1e6), ("m", 1e6), ("B", 1e9),
  ]
  package static let scaleWords: [(text: String, scale: Double)] = [
    ("thousand", 1e3), ("million", 1e6), ("billion", 1e9),
  ]

  /// The suffixes and words as scalars, made once: this runs after every number literal.
  package static let scaleSuffixScalars = scaleSuffixes.map { (Array($0.text.unicodeScalars), $0.scale) }
  package static let scaleWordScalars = scaleWords.map { (Array($0.text.unicodeScalars), $0.scale) }

  /// The length and scale of a suffix or scale word at the current position; a suffix must
  /// end the word (`5months` is no `m`).
  private func scaleSuffix() -> (length: Int, scale: Double)? {
    func word(_ scalars: [Unicode.Scalar], at offset: Int) -> Bool {
      for index in scalars.indices where peek(offset + index) != scalars[index] { return false }
      return !(peek(offset + scalars.count).map(Self.isIdentifierContinue) ?? false)
    }
    // The suffixes start with b, k, K, m, M or B: most numbers are followed by something else.
    if let first = peek(0),
      first == "b" || first == "k" || first == "K" || first == "m" || first == "M" || first == "B"
    {
      for (scalars, scale) in Self.scaleSuffixScalars where word(scalars, at: 0) {
        return (scalars.count, scale)
      }
    }
    var spaces = 0
    while peek(spaces) == " " || peek(spaces) == "\t" { spaces += 1 }
    // Scale words start with t, m or b: most numbers are followed by something else.
    guard spaces > 0, let first = peek(spaces), first == "t" || first == "m" || first == "b" else {
      return nil
    }
    for (scalars, scale) in Self.scaleWordScalars where word(scalars, at: spaces) {
      return (spaces + scalars.count, scale)
    }
    return nil
  }

  private func isThousandsGroup(at offset: Int) -> Bool {
    isDigit(at: offset) && isDigit(at: offset + 1) && isDigit(at: offset + 2) && !isDigit(at: offset + 3)
  }
}

/// The digits of a number literal, accumulated without allocating. Up to 15 significant
/// digits the integer and the power of ten are exact, so one division gives the correctly
/// rounded double; a longer literal is spelt out and read by `strtod`.
package struct DecimalDigits {
  package var whole: Int64 = 0
  package var digitCount = 0
  package var fractionCount = 0
  package var longForm: [UInt8]?

  package static let powersOfTen: [Double] = (0...15).map { power in
    (0..<power).reduce(1.0) { value, _ in value * 10 }
  }

  package mutating func append(_ digit: Int, inFraction: Bool) {
    if longForm == nil, digitCount == 15 {
      // Spell out what we have, with the point where it belongs.
      let text = String(whole)
      var spelt = [UInt8](repeating: 48, count: digitCount - text.count) + Array(text.utf8)
      if fractionCount > 0 { spelt.insert(46, at: digitCount - fractionCount) }
      longForm = spelt
    }
    if longForm != nil {
      if inFraction, fractionCount == 0 { longForm!.append(46) }
      longForm!.append(UInt8(48 + digit))
    } else {
      whole = whole * 10 + Int64(digit)
    }
    digitCount += 1
    if inFraction { fractionCount += 1 }
  }

  package var value: Double? {
    if let longForm { return Double(String(decoding: longForm, as: UTF8.self)) }
    return fractionCount == 0 ? Double(whole) : Double(whole) / Self.powersOfTen[fractionCount]
  }
}
