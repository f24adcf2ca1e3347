/// The digits a number is printed in. mplan reads all three whatever it prints.
public enum DigitSystem: String, Sendable, CaseIterable {
  /// 0–9, mplan's canonical output.
  case latin
  /// Eastern Arabic ٠–٩, as Arabic is printed in the Middle East.
  case arabic
  /// Persian ۰–۹ (Extended Arabic-Indic), as Persian is printed.
  case persian

  /// The zero of the system; the other digits follow it in Unicode.
  var zero: UInt32 {
    switch self {
    case .latin: 0x30
    case .arabic: 0x660
    case .persian: 0x6F0
    }
  }

  /// The digits a reader of `language` expects (`native`): Persian for `fa`, Eastern Arabic
  /// for `ar`, else 0–9.
  public static func native(for language: String) -> DigitSystem {
    switch language {
    case "fa": .persian
    case "ar": .arabic
    default: .latin
    }
  }
}

/// How numbers are written for a reader: digits, the mark between groups of three, the
/// decimal mark and where a currency symbol goes. mplan's canonical form (`$1,000.5`) is
/// `canonical`; the others are made from it at the last step, so every figure is worked out
/// once and only written differently.
public struct NumberConvention: Sendable, Hashable {
  public var digits: DigitSystem
  public var groupSeparator: Unicode.Scalar
  public var decimalMark: Unicode.Scalar
  /// `800 ₽` rather than `₽800`.
  public var symbolAfterAmount: Bool

  public init(
    digits: DigitSystem = .latin, groupSeparator: Unicode.Scalar = ",", decimalMark: Unicode.Scalar = ".",
    symbolAfterAmount: Bool = false
  ) {
    self.digits = digits
    self.groupSeparator = groupSeparator
    self.decimalMark = decimalMark
    self.symbolAfterAmount = symbolAfterAmount
  }

  /// `$1,000.5`: what mplan prints by default, in every language, and reads back.
  public static let canonical = NumberConvention()

  /// The convention of a language's readers (CLDR's): Russian `1 000,5` and `800 ₽` (a
  /// no-break space between groups and before the symbol); in Arabic and Persian digits
  /// `٬` and `٫`. `digits` is the digit system chosen (`--digits`, the plan's `digits`).
  public static func of(language: String, digits: DigitSystem = .latin) -> NumberConvention {
    var convention = NumberConvention(digits: digits)
    if language == "ru" {
      convention.groupSeparator = "\u{00A0}"
      convention.decimalMark = ","
      convention.symbolAfterAmount = true
    }
    if digits != .latin {
      convention.groupSeparator = "\u{066C}"
      convention.decimalMark = "\u{066B}"
    }
    return convention
  }

  public var isCanonical: Bool { self == .canonical }

  /// `text` as mplan printed it, with each number in it written in this convention: digits
  /// mapped, `,` and `.` between digits changed, a currency symbol before an amount moved after
  /// it. Words (a unit's name, a currency code) are left as they are.
  public func localize(_ text: String) -> String {
    if isCanonical { return text }
    let scalars = Array(text.unicodeScalars)
    var out = String.UnicodeScalarView()
    var pendingSymbol: Unicode.Scalar?
    func isDigit(_ index: Int) -> Bool {
      index >= 0 && index < scalars.count && (0x30...0x39).contains(scalars[index].value)
    }
    for (index, scalar) in scalars.enumerated() {
      if symbolAfterAmount, Lexer.isCurrencySymbol(scalar), isDigit(index + 1) {
        pendingSymbol = scalar
        continue
      }
      if isDigit(index) {
        out.append(Unicode.Scalar(digits.zero + scalar.value - 0x30)!)
      } else if scalar == ",", isDigit(index - 1), isDigit(index + 1) {
        out.append(groupSeparator)
      } else if scalar == ".", isDigit(index - 1), isDigit(index + 1) {
        out.append(decimalMark)
      } else if scalar == "%", digits != .latin, index > 0, isDigit(index - 1) {
        out.append("\u{066A}")
      } else {
        out.append(scalar)
      }
      if let symbol = pendingSymbol, isDigit(index), !isNumberGoingOn(after: index, in: scalars) {
        out.append("\u{00A0}")
        out.append(symbol)
        pendingSymbol = nil
      }
    }
    return String(out)
  }

  /// Whether the number ending at `index` goes on (a group or decimal mark and more digits).
  private func isNumberGoingOn(after index: Int, in scalars: [Unicode.Scalar]) -> Bool {
    guard index + 1 < scalars.count else { return false }
    let next = scalars[index + 1]
    if (0x30...0x39).contains(next.value) { return true }
    return index + 2 < scalars.count && (next == "," || next == ".")
      && (0x30...0x39).contains(scalars[index + 2].value)
  }
}

/// How values are written for the reader of one run: the numbers' convention and the
/// calendar of dates. Built once a run knows its plan and options; mplan's canonical output
/// is `canonical`.
public struct DisplayConventions: Sendable, Hashable {
  public var numbers: NumberConvention
  public var calendar: CalendarSystem
  /// The reader's language (`en`, `ar`, `fa`, `ru`): the names of built-in units after a
  /// number, chosen by its CLDR plural category (`UnitNames`).
  public var language: String

  public init(
    numbers: NumberConvention = .canonical, calendar: CalendarSystem = .gregorian, language: String = "en"
  ) {
    self.numbers = numbers
    self.calendar = calendar
    self.language = language
  }

  public static let canonical = DisplayConventions()

  /// A day as the calendar writes it, in the convention's digits.
  public func text(of day: CalendarDay) -> String { numbers.localize(calendar.text(of: day)) }

  /// A period as the calendar writes it, in the convention's digits.
  public func text(of period: CalendarPeriod) -> String { numbers.localize(period.description(in: calendar)) }
}
