import MPlanSyntax

/// A deadline written in words, as the SMART article writes one ("by 1 September"): read only
/// to build a fix-it with the ISO date it means, never as a deadline itself, since a word date
/// leaves the year (and, in `01.09`, the day order) to guess.
package enum DeadlineWords {
  package static let months = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
  ]

  /// "1 September", "September 1", "1st of Sept 2027": the day it names, in the first year
  /// of `period` where that day falls inside it (else the period's first year).
  package static func day(in text: String, within period: CalendarPeriod?) -> CalendarDay? {
    var month: Int?
    var day: Int?
    var year: Int?
    let words = text.lowercased().split { !$0.isLetter && !$0.isNumber }
    for word in words {
      let digits = word.prefix { $0.isASCII && $0.isNumber }
      if let number = Int(digits), !digits.isEmpty {
        if number > 31 { year = number } else if day == nil { day = number } else { return nil }
      } else if word.count >= 3, let index = months.firstIndex(where: { $0.hasPrefix(word) }) {
        guard month == nil else { return nil }
        month = index + 1
      }
    }
    guard let month, let day, day >= 1 else { return nil }
    let years: [Int]
    if let year {
      years = [year]
    } else if let period {
      years = Array(period.start.components.year...period.end.components.year)
    } else {
      return nil
    }
    for candidate in years where day <= CalendarDay.daysIn(month: month, year: candidate) {
      let date = CalendarDay(year: candidate, month: month, day: day)
      if let period, year == nil, date < period.start || date > period.end { continue }
      return date
    }
    return nil
  }

  package static let numberWords = [
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18, "a": 1, "an": 1,
  ]

  /// "six months", "within 2 weeks", "a year" (the SMART article's "within six months"): the
  /// duration as mplan writes it (`6 months`), or nil.
  package static func duration(in text: String) -> String? {
    var count: Int?
    for word in text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
      if let number = Int(word) ?? numberWords[String(word)] {
        count = number
        continue
      }
      guard let count else { continue }
      for unit in ["day", "week", "month", "quarter", "year"] where word == unit || word == unit + "s" {
        return "\(count) \(unit)\(count == 1 ? "" : "s")"
      }
    }
    return nil
  }
}
