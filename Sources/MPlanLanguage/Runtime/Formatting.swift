import MPlanSyntax

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// How values read on screen: the way a planner writes them, so that what mplan prints reads
/// back as the same value. Money is rounded to cents with thousands separators and no cents
/// when whole (`$240,000`, `$1.20`); an amount under one unit with more than cents keeps three
/// significant digits (`$0.004`); built-in counts take English plurals (`1 customer`,
/// `10,000 visits`); percentages are shown as percentages; a rate per time stays per the time
/// it was written in (`$60,000 per year`).
public enum Formatting {
  /// The symbol each currency is written with, the other way round from the lexer's table.
  package static let currencySymbols: [String: String] = Dictionary(
    uniqueKeysWithValues: Lexer.currencySymbols.map { ($0.value, String($0.key)) })

  public static func describe(_ value: Value) -> String {
    switch value {
    case .quantity(let quantity): return describe(quantity)
    case .text(let text): return text
    case .bool(let flag): return flag ? "true" : "false"
    case .time(let period): return period.description
    case .list(let elements): return "[" + elements.map(describeNested).joined(separator: ", ") + "]"
    case .record(let record):
      return "{" + record.fields.map { "\($0.name): \(describeNested($0.value))" }.joined(separator: ", ")
        + "}"
    case .function(let function): return "fn \(function.name)"
    case .funnel(let funnel):
      return "funnel \(funnel.name): "
        + zip(funnel.stages, funnel.stages.dropFirst()).enumerated().map { index, pair in
          "\(UnitTable.displayBase(pair.0)) → \(UnitTable.displayBase(pair.1)) \(percent(funnel.rates[index].central))"
        }.joined(separator: ", ")
    case .declaration(let item):
      return "\(item.kind.rawValue) \(item.name)" + (item.title.map { " \"\($0)\"" } ?? "")
    case .symbol(let word): return word
    case .table(let table): return table.summary
    }
  }

  /// The value written for a reader's conventions (digits, grouping, calendar): the canonical
  /// text with its numbers and dates rewritten, so the figures are the same ones.
  public static func describe(_ value: Value, in conventions: DisplayConventions) -> String {
    if conventions == .canonical { return describe(value) }
    switch value {
    case .time(let period): return conventions.text(of: period)
    case .list(let elements):
      return "[" + elements.map { describeNested($0, in: conventions) }.joined(separator: ", ") + "]"
    case .record(let record):
      return "{"
        + record.fields.map { "\($0.name): \(describeNested($0.value, in: conventions))" }.joined(
          separator: ", ") + "}"
    case .text, .bool, .symbol, .function, .declaration: return describe(value)
    case .quantity(let quantity):
      let text = count(quantity, in: conventions.language) ?? describe(value)
      return conventions.numbers.localize(text)
    case .funnel, .table: return conventions.numbers.localize(describe(value))
    }
  }

  /// `2 клиента`, `11 زيارةً`: an exact count or duration with its unit's name in the reader's
  /// language, by the plural category of the number as printed; nil when the unit has no name
  /// there (it is then said as in English).
  package static func count(_ quantity: Quantity, in language: String) -> String? {
    guard language != "en", case .exact(let value) = quantity.magnitude, value.isFinite else { return nil }
    let unit = quantity.unit
    switch quantity.display {
    case .time(let name, let scale) where unit.isTime:
      return UnitNames.count(number(value / scale), of: name, language: language)
    case .plain where unit.isTime:
      return UnitNames.count(number(value), of: UnitTable.timeBase, language: language)
    case .plain:
      guard let factor = unit.simpleFactor else { return nil }
      if let forms = factor.declaredForms {
        let text = number(value)
        guard let operands = PluralOperands(readingFirstNumberIn: text) else { return nil }
        let category = PluralRules(language: language).category(of: operands)
        let name =
          forms[category]
          ?? (category == .one ? factor.base : forms[.other] ?? factor.declaredPlural ?? factor.base)
        return text + " " + name
      }
      guard factor.declaredPlural == nil else { return nil }
      return UnitNames.count(number(value), of: factor.base, language: language)
    default:
      return nil
    }
  }

  package static func describeNested(_ value: Value, in conventions: DisplayConventions) -> String {
    if case .text(let text) = value { return "\"\(text)\"" }
    return describe(value, in: conventions)
  }

  /// Text inside a list or record is quoted so its edges show.
  package static func describeNested(_ value: Value) -> String {
    if case .text(let text) = value { return "\"\(text)\"" }
    return describe(value)
  }

  public static func describe(_ quantity: Quantity) -> String {
    switch quantity.magnitude {
    case .exact(let value):
      return describe(value, quantity.unit, quantity.display)
    case .samples(let samples):
      let bounds = samples.percentiles([0.05, 0.95])
      let shown = roundedLikeTheInterval(
        [samples.mean, bounds[0], bounds[1]], from: bounds[0], to: bounds[1], quantity.unit, quantity.display
      ).map { describe($0, quantity.unit, quantity.display) }
      return "≈ \(shown[0]) (90%: \(shown[1]) to \(shown[2]))"
    }
  }

  /// Significant figures of an uncertain value's 90% interval's width.
  package static let uncertainDigits = 3

  /// An estimate's numbers (its mean or median and its 90% bounds `low` and `high`), all
  /// rounded to one decimal place: that of the third significant figure of the 90% interval's
  /// width, as shown (`≈ $8,170,000 (90%: $4,220,000 to $13,720,000)`, `≈ 0 (90%: -1.64 to 1.65)`).
  /// Each number then claims the same absolute precision, the one the spread allows: a
  /// mean near zero is not shown to more digits than the ends, and a large end keeps the
  /// digits a small one has. An interval of no width rounds each to three significant figures.
  package static func roundedLikeTheInterval(
    _ values: [Double], from low: Double, to high: Double, _ unit: Unit, _ display: Quantity.Display
  ) -> [Double] {
    // The digits are those shown: days are shown from months, a rate per week from one per month.
    var shownPer = 1.0
    if case .time(_, let scale) = display, scale > 0 {
      if unit.isTime { shownPer = 1 / scale } else if unit.isPerTime { shownPer = scale }
    }
    let width = abs(high - low) * shownPer
    guard width > 0, width.isFinite else { return values.map { significant($0, digits: uncertainDigits) } }
    let step = pow(10, floor(log10(width)) - Double(uncertainDigits - 1))
    // Adding zero turns a rounded -0 into 0.
    return values.map { ((($0 * shownPer) / step).rounded() * step) / shownPer + 0 }
  }

  /// `value` rounded to `digits` significant figures: 23,525.32 → 23,500; 8.032 → 8.03.
  package static func significant(_ value: Double, digits: Int) -> Double {
    guard value != 0, value.isFinite else { return value }
    let scale = pow(10, Double(digits) - ceil(log10(abs(value))))
    return (value * scale).rounded() / scale
  }

  public static func describe(_ value: Double, _ unit: Unit, _ display: Quantity.Display) -> String {
    if value.isNaN { return "not a number" }
    if value.isInfinite { return value > 0 ? "infinity" : "-infinity" }
    switch display {
    case .percent where unit.isDimensionless || Set(unit.factors.map(\.power)) == [1, -1]:
      // A funnel's rate is MQLs per visit, read as the percentage it was written as.
      return percent(value)
    case .points where unit.isDimensionless:
      return String(percent(value).dropLast()) + " pp"
    case .time(let name, let scale) where unit.isTime:
      let amount = value / scale
      return number(amount) + " " + (abs(amount) == 1 ? name : UnitTable.countName(name, plural: true))
    default:
      break
    }
    if unit.isDimensionless { return number(value) }
    if let currency = unit.currency { return money(value, currency) }
    if unit.isTime {
      let amount = value
      return number(amount) + " " + (abs(amount) == 1 ? "month" : "months")
    }
    if let factor = unit.simpleFactor {
      return number(value) + " " + countName(factor, amount: value)
    }
    // Compound units: money per thing reads as `$1.20 per visit`.
    let numerator = Unit(factors: unit.factors.filter { $0.power > 0 })
    let denominator = Unit(factors: unit.factors.filter { $0.power < 0 }).raised(to: -1)
    var amount = value
    var per = UnitTable.perText(denominator)
    // A rate keeps the time it was written per (`$60k per year`), though time is kept in months.
    if denominator.isTime, case .time(let name, let scale) = display {
      amount = value * scale
      per = name
    }
    if let currency = numerator.currency, !denominator.isDimensionless {
      return price(amount, currency) + " per " + per
    }
    if let factor = numerator.simpleFactor, !denominator.isDimensionless {
      return number(amount) + " " + countName(factor, amount: amount) + " per " + per
    }
    if numerator.isDimensionless { return number(amount) + " per " + per }
    return number(value) + " " + UnitTable.symbol(unit)
  }

  /// `1 customer`, `3 customers`; a unit the plan declared reads in the plural it gave, if any.
  package static func countName(_ factor: Unit.Factor, amount: Double) -> String {
    UnitTable.countName(factor.base, plural: abs(amount) != 1, declaredPlural: factor.declaredPlural)
  }

  /// Money per unit: cents when it is a whole number of cents (`$1.20 per visit`), else five
  /// significant figures (and at least cents), so a price worked out by division multiplies back without surprise
  /// (`$10k / 13,334 visits` is `$0.74996 per visit`, not `$0.75`, which gives back $10,000.50).
  package static func price(_ value: Double, _ currency: String) -> String {
    let cents = abs(value) * 100
    guard value != 0, abs(value) < 1e12, abs(cents - cents.rounded()) > 1e-6 else {
      return money(value, currency)
    }
    let decimals = max(2, 4 - Int(floor(log10(abs(value)))))
    let text = number(abs(value), maximumDecimals: decimals)
    let sign = value < 0 ? "-" : ""
    if let symbol = currencySymbols[currency] { return sign + symbol + text }
    return sign + text + " " + currency
  }

  public static func money(_ value: Double, _ currency: String) -> String {
    if abs(value) >= 1e15 {
      let text = number(value)
      return currencySymbols[currency].map { text.hasPrefix("-") ? "-" + $0 + text.dropFirst() : $0 + text }
        ?? text + " " + currency
    }
    let cents = (abs(value) * 100).rounded()
    var text: String
    if abs(value) < 1, abs(value) >= 1e-6, abs(abs(value) * 100 - cents) > 1e-6 {
      // Below one unit with more than cents (`$0.004 per impression`, a CPC of $0.125):
      // three significant digits, so the price reads back as written instead of as `$0`.
      // Below a millionth it is the last bits of binary arithmetic (`$0.1 + $0.2 - $0.3`).
      text = number(abs(value), maximumDecimals: 2 - Int(floor(log10(abs(value)))))
      if let point = text.firstIndex(of: "."), text.distance(from: point, to: text.endIndex) == 2 {
        text += "0"
      }
    } else {
      let whole = (cents / 100).rounded(.down)
      let fraction = Int(cents - whole * 100)
      text = grouped(whole)
      if fraction != 0 { text += "." + (fraction < 10 ? "0" : "") + String(fraction) }
    }
    let sign = value < 0 && text != "0" ? "-" : ""
    if let symbol = currencySymbols[currency] { return sign + symbol + text }
    return sign + text + " " + currency
  }

  /// Two decimals (`12.5%`, `33.33%`), or two significant digits for a small rate that two
  /// decimals would show as 0% (a CTR of `0.004%`).
  public static func percent(_ fraction: Double) -> String {
    let percentage = abs(fraction * 100)
    let decimals = percentage > 0 && percentage < 0.1 ? 1 - Int(floor(log10(percentage))) : 2
    return number(fraction * 100, maximumDecimals: min(decimals, 12)) + "%"
  }

  /// `10,000`, `12.5`, `0.0042` (see `NumberText`, which the syntax printer shares).
  public static func number(_ value: Double, maximumDecimals: Int? = nil) -> String {
    NumberText.format(value, maximumDecimals: maximumDecimals)
  }

  package static func grouped(_ whole: Double) -> String { NumberText.grouped(whole) }

  /// What to write for a plain number where a percentage goes: `0.05` is most likely a
  /// fraction (`5%`), `5` a percentage without its sign (`5%`).
  package static func percentHintMessage(_ plain: Double) -> Message {
    let written = abs(plain) < 1 ? percent(plain) : number(plain) + "%"
    return Message("formatting-percent-hint", ["percent": .value(written)])
  }

  /// `percentHintMessage` in English, for the callers that still build text.
  package static func percentHint(_ plain: Double) -> String { percentHintMessage(plain).english }
}
