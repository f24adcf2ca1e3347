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
  package static func amount(_ cell: String) -> (value: Double, currency: String?)? {
    var text = ""
    var letters = ""
    var currency: String?
    var negative = false
    for scalar in cell.unicodeScalars {
      switch scalar.value {
      case 0x30...0x39, 0x2E, 0x2C: text.unicodeScalars.append(scalar)
      case 0x0660...0x0669: text.unicodeScalars.append(Unicode.Scalar(scalar.value - 0x0660 + 0x30)!)
      case 0x06F0...0x06F9: text.unicodeScalars.append(Unicode.Scalar(scalar.value - 0x06F0 + 0x30)!)
      case 0x066B: text.append(".")  // Arabic decimal separator
      case 0x066C, 0x27, 0x2019, 0x20, 0xA0, 0x202F, 0x2009: continue  // thousands marks, spaces
      case 0x2D, 0x2212, 0x28: negative = true  // -, minus sign, (
      case 0x29, 0x2B: continue
      case 0x41...0x5A, 0x61...0x7A: letters.unicodeScalars.append(scalar)
      default:
        guard let code = symbols[scalar] else { return nil }
        currency = code
      }
    }
    if !letters.isEmpty {
      let code = letters.uppercased()
      guard UnitTable.isISOCurrencyCodeListed(code) else { return nil }
      currency = code
    }
    guard let value = decimal(text) else { return nil }
    return (negative ? -value : value, currency)
  }

  static let symbols: [Unicode.Scalar: String] = [
    "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₽": "RUB", "₹": "INR", "₺": "TRY", "₴": "UAH",
    "₩": "KRW", "₸": "KZT",
  ]

  /// Digits with `.` and `,`: the last of the two when both appear is the decimal mark; one
  /// kind alone is a thousands mark when it repeats or has exactly three digits after it
  /// (`1,234` is 1234, `1,5` is 1.5, `1.234.567` is 1234567).
  package static func decimal(_ text: String) -> Double? {
    let bytes = Array(text.utf8)
    guard bytes.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
    let dot = UInt8(ascii: "."), comma = UInt8(ascii: ",")
    let lastDot = bytes.lastIndex(of: dot), lastComma = bytes.lastIndex(of: comma)
    var decimalMark: UInt8?
    switch (lastDot, lastComma) {
    case (let d?, let c?): decimalMark = d > c ? dot : comma
    case (let d?, nil): decimalMark = isThousands(bytes, dot, at: d) ? nil : dot
    case (nil, let c?): decimalMark = isThousands(bytes, comma, at: c) ? nil : comma
    case (nil, nil): decimalMark = nil
    }
    var integer = 0.0, fraction = 0.0, scale = 1.0, inFraction = false
    for byte in bytes {
      if byte == decimalMark {
        if inFraction { return nil }
        inFraction = true
      } else if byte >= 0x30 && byte <= 0x39 {
        let digit = Double(byte - 0x30)
        if inFraction {
          scale /= 10
          fraction += digit * scale
        } else {
          integer = integer * 10 + digit
        }
      } else if inFraction {
        return nil  // a thousands mark after the decimal mark
      }
    }
    return integer + fraction
  }

  private static func isThousands(_ bytes: [UInt8], _ mark: UInt8, at last: Int) -> Bool {
    bytes.filter { $0 == mark }.count > 1 || bytes.count - last - 1 == 3
  }

  /// A count of visits, leads or customers: a whole or decimal number, thousands marks
  /// allowed; an empty cell is zero.
  package static func count(_ cell: String) -> Double? {
    if cell.allSatisfy({ $0 == " " }) { return 0 }
    guard let (value, currency) = amount(cell), currency == nil else { return nil }
    return value
  }

  /// A day: `2026-03-04`, `2026/03/04`, `2026-03-04T10:00:00Z`, `04.03.2026`,
  /// `03/04/2026` (in `order`), `4 Mar 2026`, `Mar 4, 2026`; Eastern Arabic digits too.
  package static func day(_ cell: String, order: DayOrder) -> CalendarDay? {
    var numbers: [Int] = []
    var separators: [Character] = []
    var month: Int?
    var digits = -1, word = ""
    func flushWord() {
      if !word.isEmpty {
        month = monthNames.firstIndex(of: String(word.lowercased().prefix(3))).map { $0 + 1 }
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
    guard (1...12).contains(monthNumber), day >= 1,
      day <= CalendarDay.daysIn(month: monthNumber, year: fullYear)
    else { return nil }
    return CalendarDay(year: fullYear, month: monthNumber, day: day)
  }

  static let monthNames = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
  ]
}
