import MPlanSyntax

/// Reading the cells of an ad platform's or a CRM's export: amounts with thousands
/// separators, currency symbols and refunds; counts; days in ISO and the common local forms;
/// Eastern Arabic and Persian digits. Everything here is a pure function of one cell.
package enum ActualsText {
  /// What order a day written `03/04/2026` is in. ISO days (`2026-03-04`) are always
  /// year-month-day; a day with dots (`04.03.2026`) is day-first, as in Europe.
  package enum DayOrder: String, Sendable {
    case dayFirst = "DMY", monthFirst = "MDY"
  }

  /// An amount of money and the currency its cell named, if any: `$1,234.50` is 1234.5 USD,
  /// `(12.00)` and `-12` are refunds, `1.234,50 €` is 1234.5 EUR, `١٢٣٫٤` is 123.4.
  /// `rules` are the block's: the decimal mark it states, and the currency of a plain cell
  /// (whose number of decimals decides `1.500`). See "How numbers are read" in actuals.md.
  package static func amount(_ cell: String, _ rules: NumberRules = NumberRules()) -> (
    value: Double, currency: String?
  )? {
    // A million rows are mostly ASCII: read those bytes in place, without building strings.
    var cell = cell
    let fast = cell.withUTF8 { bytes -> ASCIIAmount in
      if let plain = plainDecimal(bytes, rules) { return .value(plain, nil) }
      return asciiAmount(bytes, rules)
    }
    switch fast {
    case .value(let value, let currency): return (value, currency)
    case .invalid: return nil
    case .notASCII: return unicodeAmount(cell, rules)
    }
  }

  package enum ASCIIAmount {
    case value(Double, String?)
    case invalid
    case notASCII
  }

  /// The amount most exports write, `1234` or `1234.5` or `1234.50`: digits, then a dot and
  /// one or two digits. No reading of `decimal` differs for it (a lone mark with one or two
  /// digits after it is the decimal mark, unless the block states `,`), so it is read here in
  /// one pass; nil for any other cell, which `decimal` reads.
  package static func plainDecimal(_ bytes: UnsafeBufferPointer<UInt8>, _ rules: NumberRules) -> Double? {
    guard !bytes.isEmpty, rules.decimalMark != UInt8(ascii: ",") else { return nil }
    var whole = 0, offset = 0
    while offset < bytes.count, bytes[offset] >= 0x30, bytes[offset] <= 0x39 {
      // Thirteen digits at most, leading zeros included: a longer cell is `decimal`'s to judge.
      guard offset < maximumWholeDigits else { return nil }
      whole = whole * 10 + Int(bytes[offset] - 0x30)
      offset += 1
    }
    guard offset > 0 else { return nil }
    if offset == bytes.count { return Double(whole) }
    let fractionDigits = bytes.count - offset - 1
    guard bytes[offset] == UInt8(ascii: "."), fractionDigits == 1 || fractionDigits == 2 else { return nil }
    var fraction = 0
    for byte in bytes[(offset + 1)...] {
      guard byte >= 0x30, byte <= 0x39 else { return nil }
      fraction = fraction * 10 + Int(byte - 0x30)
    }
    return Double(whole) + Double(fraction) / (fractionDigits == 1 ? 10 : 100)
  }

  package static func asciiAmount(_ bytes: UnsafeBufferPointer<UInt8>, _ rules: NumberRules = NumberRules())
    -> ASCIIAmount
  {
    var minus = 0, plus = 0, opening = 0, closing = 0
    var letters: [UInt8] = []
    var currency: String?
    for byte in bytes {
      switch byte {
      case 0x30...0x39, UInt8(ascii: "."), UInt8(ascii: ","): continue
      case UInt8(ascii: " "), UInt8(ascii: "'"), UInt8(ascii: "\t"): continue
      case UInt8(ascii: "-"): minus += 1
      case UInt8(ascii: "+"): plus += 1
      case UInt8(ascii: "("): opening += 1
      case UInt8(ascii: ")"): closing += 1
      case UInt8(ascii: "$"): currency = "USD"
      case 0x41...0x5A: letters.append(byte)
      case 0x61...0x7A: letters.append(byte - 0x20)
      case 0x80...: return .notASCII
      default: return .invalid
      }
    }
    if !letters.isEmpty {
      let code = String(decoding: letters, as: UTF8.self)
      guard UnitTable.isISOCurrencyCodeListed(code) else { return .invalid }
      currency = code
    }
    guard signsAreSound(minus: minus, plus: plus, opening: opening, closing: closing),
      let value = decimal(
        bytes, mark: rules.decimalMark, threeDecimals: rules.hasThreeDecimals(currency))
    else { return .invalid }
    return .value(minus + opening > 0 ? -value : value, currency)
  }

  package static func unicodeAmount(_ cell: String, _ rules: NumberRules = NumberRules()) -> (
    value: Double, currency: String?
  )? {
    // `٫` is the Arabic decimal separator and nothing else, whatever follows it.
    var mark = rules.decimalMark
    var text: [UInt8] = []
    var letters = ""
    var currency: String?
    var minus = 0, plus = 0, opening = 0, closing = 0
    for scalar in cell.unicodeScalars {
      switch scalar.value {
      case 0x30...0x39, 0x2E, 0x2C: text.append(UInt8(scalar.value))
      case 0x0660...0x0669: text.append(UInt8(scalar.value - 0x0660 + 0x30))
      case 0x06F0...0x06F9: text.append(UInt8(scalar.value - 0x06F0 + 0x30))
      case 0x066B:
        text.append(UInt8(ascii: "."))
        mark = UInt8(ascii: ".")
      // Thousands marks and spaces: grouping, when between digits.
      case 0x066C, 0x27, 0x2019, 0x20, 0x09, 0xA0, 0x202F, 0x2009: text.append(UInt8(ascii: "'"))
      default:
        // Signs, letters and symbols stand in the digits' text as one byte that is neither.
        text.append(UInt8(ascii: "$"))
        switch scalar.value {
        case 0x2D, 0x2212: minus += 1  // -, minus sign
        case 0x2B: plus += 1
        case 0x28: opening += 1
        case 0x29: closing += 1
        case 0x41...0x5A, 0x61...0x7A: letters.unicodeScalars.append(scalar)
        default:
          guard let code = symbols[scalar] else { return nil }
          currency = code
        }
      }
    }
    if !letters.isEmpty {
      let code = letters.uppercased()
      guard UnitTable.isISOCurrencyCodeListed(code) else { return nil }
      currency = code
    }
    guard signsAreSound(minus: minus, plus: plus, opening: opening, closing: closing),
      let value = text.withUnsafeBufferPointer({
        decimal($0, mark: mark, threeDecimals: rules.hasThreeDecimals(currency))
      })
    else { return nil }
    return (minus + opening > 0 ? -value : value, currency)
  }

  package static let symbols: [Unicode.Scalar: String] = [
    "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₽": "RUB", "₹": "INR", "₺": "TRY", "₴": "UAH",
    "₩": "KRW", "₸": "KZT",
  ]

  /// The digits an amount may have before its decimal mark: up to 13, a value a double
  /// keeps to the cent (2^53 is about 9 × 10^15 cents); more would lose cents or overflow.
  package static let maximumWholeDigits = 13

  /// Digits with `.` and `,` as marks; spaces, tabs and apostrophes between digits group
  /// thousands; other bytes (currency, signs) are the caller's and may not sit between digits.
  /// `mark`, when given, is the decimal mark (the block's `decimal_mark`, or `٫`). Else the
  /// last of `.` and `,` when both appear is the decimal mark; one kind alone is a thousands
  /// mark when it repeats, or when exactly three digits follow it and the digits before it
  /// could be a first group: one to three, not starting with 0, in a currency with two
  /// decimals (`1,234` is 1234, `1,5` is 1.5, `1.234.567` is 1234567; `0.125`, `1234.567` and
  /// `KWD 1.500` are decimals, and so is a mark after digits grouped by spaces: `1 234,567`).
  /// Thousands marks are one kind and group by three (`1,2,3,4` and
  /// `1 2 3` are no amounts), and no group starts with 0 (`0,125,000` is none).
  package static func decimal(
    _ bytes: UnsafeBufferPointer<UInt8>, mark stated: UInt8? = nil, threeDecimals: Bool = false
  ) -> Double? {
    let dot = UInt8(ascii: "."), comma = UInt8(ascii: ",")
    func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    func isGroupMark(_ byte: UInt8) -> Bool {
      byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "'")
    }
    var dots = 0, commas = 0, lastDot = -1, lastComma = -1, digits = 0
    var digitsAfterDot = 0, digitsAfterComma = 0
    // The run of digits before the last mark, and whether it starts with 0: a thousands
    // group's first digits are one to three and never start with 0.
    var run = 0, runFromZero = false, runBeforeMark = 0, zeroBeforeMark = false
    // A space or apostrophe between digits groups thousands; a `.` or `,` beside it is then
    // the decimal mark, as thousands marks are one kind (`1 234,567`, `1'234.5`).
    var spaceAfterDigit = false, groupedBySpace = false
    // One switch a byte: this loop reads every amount of a million rows.
    for (offset, byte) in bytes.enumerated() {
      switch byte {
      case 0x30...0x39:
        if spaceAfterDigit { groupedBySpace = true }
        spaceAfterDigit = false
        if run == 0 { runFromZero = byte == 0x30 }
        run += 1
        digits += 1
        digitsAfterDot += 1
        digitsAfterComma += 1
      case 0x2E:
        (runBeforeMark, zeroBeforeMark, run, spaceAfterDigit) = (run, runFromZero, 0, false)
        dots += 1
        lastDot = offset
        digitsAfterDot = 0
      case 0x2C:
        (runBeforeMark, zeroBeforeMark, run, spaceAfterDigit) = (run, runFromZero, 0, false)
        commas += 1
        lastComma = offset
        digitsAfterComma = 0
      case 0x20, 0x09, 0x27:
        spaceAfterDigit = spaceAfterDigit || run > 0
        run = 0
      default:
        run = 0
        spaceAfterDigit = false
      }
    }
    guard digits > 0 else { return nil }
    var decimalMark: UInt8?
    let aloneCanGroup =
      !threeDecimals && !groupedBySpace && !zeroBeforeMark && (1...3).contains(runBeforeMark)
    if let stated {
      decimalMark = stated
    } else if dots > 0 && commas > 0 {
      decimalMark = lastDot > lastComma ? dot : comma
    } else if dots > 0 {
      decimalMark = dots > 1 || digitsAfterDot == 3 && aloneCanGroup ? nil : dot
    } else if commas > 0 {
      decimalMark = commas > 1 || digitsAfterComma == 3 && aloneCanGroup ? nil : comma
    }
    var whole = 0, wholeDigits = 0, fraction = 0, fractionDigits = 0
    var runs = 0, inFraction = false, digitsEnded = false
    run = 0
    runFromZero = false
    var thousandsMark: UInt8?
    // Groups after the first hold three digits, or two in the Indian way (`12,34,567`: lakhs
    // and crores, common in exports in rupees); the last group holds three either way.
    var groupSize: Int?
    var firstGroup = 0
    var pendingMark: UInt8?
    for byte in bytes {
      if isDigit(byte) {
        if digitsEnded { return nil }
        // A mark between two digits: the decimal mark, or a thousands mark closing a group.
        if let mark = pendingMark {
          if mark == decimalMark {
            guard !inFraction, thousandsMark == nil || run == 3 else { return nil }
            inFraction = true
          } else {
            guard !inFraction, thousandsMark == nil || thousandsMark == mark,
              runs == 0
                ? (1...3).contains(run) && !runFromZero
                : run == (groupSize ?? run) && (run == 3 || run == 2 && firstGroup <= 2)
            else { return nil }
            if runs == 0 { firstGroup = run } else { groupSize = run }
            thousandsMark = mark
            runs += 1
            run = 0
          }
          pendingMark = nil
        }
        let digit = Int(byte - 0x30)
        if inFraction {
          // Digits past the eighteenth of a fraction are below any currency's smallest unit.
          if fractionDigits < 18 {
            fraction = fraction * 10 + digit
            fractionDigits += 1
          }
        } else {
          if run == 0 { runFromZero = digit == 0 }
          run += 1
          if whole > 0 || digit > 0 { wholeDigits += 1 }
          guard wholeDigits <= maximumWholeDigits else { return nil }
          whole = whole * 10 + digit
        }
      } else if byte == dot || byte == comma || isGroupMark(byte) {
        if run > 0 || inFraction && fractionDigits > 0 {
          guard pendingMark == nil || isGroupMark(byte) else { return nil }
          if pendingMark == nil || isGroupMark(pendingMark!) { pendingMark = byte }
        } else if byte == decimalMark, !inFraction, !digitsEnded {
          inFraction = true  // `.5`
        } else if !isGroupMark(byte) {
          return nil
        }
      } else {
        // A sign or a currency after the digits ends them: `5-`, `12 EUR`; `1-2` is no amount.
        if run > 0 || fractionDigits > 0 { digitsEnded = true }
        if let mark = pendingMark {
          guard isGroupMark(mark) || mark == decimalMark && !inFraction else { return nil }
          pendingMark = nil
        }
      }
    }
    if let mark = pendingMark {
      guard isGroupMark(mark) || mark == decimalMark && !inFraction else { return nil }
    }
    if thousandsMark != nil, !inFraction, run != 3 { return nil }
    var scale = 1.0
    for _ in 0..<fractionDigits { scale *= 10 }
    return Double(whole) + Double(fraction) / scale
  }

  /// At most one sign: `-`, `+`, `−` or brackets around the amount (`(12.00)`).
  package static func signsAreSound(minus: Int, plus: Int, opening: Int, closing: Int) -> Bool {
    minus + plus + opening <= 1 && opening == closing
  }

  /// A count of visits, leads or customers: a whole or decimal number, thousands marks
  /// allowed; an empty cell is zero.
  package static func count(_ cell: String, _ rules: NumberRules = NumberRules()) -> Double? {
    // The common cell, a whole number in ASCII digits (or blank), read in place.
    var cell = cell
    let whole = cell.withUTF8 { bytes -> Int? in
      if bytes.allSatisfy({ $0 == UInt8(ascii: " ") }) { return 0 }
      guard bytes.count < 16 else { return nil }
      var whole = 0
      for byte in bytes {
        guard byte >= 0x30 && byte <= 0x39 else { return nil }
        whole = whole * 10 + Int(byte - 0x30)
      }
      return whole
    }
    if let whole { return Double(whole) }
    guard let (value, currency) = amount(cell, NumberRules(decimalMark: rules.decimalMark)), currency == nil
    else { return nil }
    return value
  }

  /// A day: `2026-03-04`, `2026/03/04`, `2026-03-04T10:00:00Z`, `04.03.2026`,
  /// `03/04/2026` (in `order`), `4 Mar 2026`, `Mar 4, 2026`; Eastern Arabic digits too.
  package static func day(_ cell: String, order: DayOrder) -> CalendarDay? {
    if let iso = isoDay(cell) { return iso }
    // A day starts with its first number or a month's name: `-2027-01-05` is no day.
    guard let first = cell.unicodeScalars.first(where: { $0 != " " }),
      first.properties.isAlphabetic || first.properties.numericType != nil
    else { return nil }
    var numbers: [Int] = []
    var separators: [Character] = []
    var month: Int?
    var digits = -1, word = ""
    var unknownWord = false
    func flushWord() {
      if !word.isEmpty {
        let named = monthNames.firstIndex(of: String(word.lowercased().prefix(3))).map { $0 + 1 }
        // A weekday (`Mon, 4 Mar 2026`) and an ordinal's ending (`4th`) say nothing more;
        // any other word makes the cell no day.
        let lowered = word.lowercased()
        if named == nil, !weekdayNames.contains(String(lowered.prefix(3))), !ordinalEndings.contains(lowered)
        {
          unknownWord = true
        }
        month = named ?? month
      }
      word = ""
    }
    for scalar in cell.unicodeScalars {
      var digit: Int?
      switch scalar.value {
      case 0x30...0x39: digit = Int(scalar.value - 0x30)
      case 0x0660...0x0669: digit = Int(scalar.value - 0x0660)
      case 0x06F0...0x06F9: digit = Int(scalar.value - 0x06F0)
      default: break
      }
      if let digit {
        // Five digits are more than any day needs; more could overflow the count.
        guard digits < 10_000 else { return nil }
        digits = (digits < 0 ? 0 : digits) * 10 + digit
        continue
      }
      if digits >= 0 {
        numbers.append(digits)
        digits = -1
      }
      if scalar == "T" && numbers.count == 3 { break }  // ISO date-time
      if scalar == " " && numbers.count == 3 { break }  // `2026-03-04 10:00`
      if scalar.properties.isAlphabetic {
        word.unicodeScalars.append(scalar)
      } else {
        flushWord()
        separators.append(Character(scalar))
      }
    }
    if digits >= 0 { numbers.append(digits) }
    flushWord()
    guard !unknownWord else { return nil }
    let (year, monthNumber, day): (Int, Int, Int)
    if let month {
      guard numbers.count == 2 else { return nil }
      let (a, b) = (numbers[0], numbers[1])
      (year, monthNumber, day) = a > 31 ? (a, month, b) : (b, month, a)
    } else {
      guard numbers.count == 3 else { return nil }
      let (a, b, c) = (numbers[0], numbers[1], numbers[2])
      if a > 31 {
        (year, monthNumber, day) = (a, b, c)
      } else if separators.first == "." || order == .dayFirst {
        (year, monthNumber, day) = (c, b, a)
      } else {
        (year, monthNumber, day) = (c, a, b)
      }
    }
    let fullYear = year < 100 ? 2000 + year : year
    guard years.contains(fullYear), (1...12).contains(monthNumber), day >= 1,
      day <= CalendarDay.daysIn(month: monthNumber, year: fullYear)
    else { return nil }
    return CalendarDay(year: fullYear, month: monthNumber, day: day)
  }

  /// `2027-03-04`, alone or before a time: read from the bytes, the form most exports use.
  package static func isoDay(_ cell: String) -> CalendarDay? {
    // Read through a pointer: the string's UTF-8 view costs ten times as much a byte.
    var cell = cell
    let read = cell.withUTF8 { bytes -> (Int, Int, Int)? in
      guard bytes.count >= 10 else { return nil }
      var numbers = (0, 0, 0)
      for offset in 0..<10 {
        let byte = bytes[offset]
        if offset == 4 || offset == 7 {
          guard byte == UInt8(ascii: "-") else { return nil }
          continue
        }
        guard byte >= 0x30 && byte <= 0x39 else { return nil }
        let digit = Int(byte - 0x30)
        switch offset {
        case 0..<4: numbers.0 = numbers.0 * 10 + digit
        case 5..<7: numbers.1 = numbers.1 * 10 + digit
        default: numbers.2 = numbers.2 * 10 + digit
        }
      }
      if bytes.count > 10 {
        guard bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " ") else { return nil }
      }
      return numbers
    }
    guard let (year, month, day) = read else { return nil }
    guard years.contains(year), (1...12).contains(month), day >= 1,
      day <= CalendarDay.daysIn(month: month, year: year)
    else {
      return nil
    }
    return CalendarDay(year: year, month: month, day: day)
  }

  /// The years a plan's dates can name (four digits, as its literals are written): a day
  /// outside them is a damaged cell, not a day to count from.
  package static let years = 1...9999

  package static let weekdayNames: Set<String> = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
  package static let ordinalEndings: Set<String> = ["st", "nd", "rd", "th"]

  package static let monthNames = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
  ]
}
