import MPlanSyntax

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// How values read on screen: the way a planner writes them. Money is rounded to cents with
/// thousands separators and no cents when whole (`$240,000`, `$1.20`); counts take English
/// plurals (`1 customer`, `10,000 visits`); percentages are shown as percentages.
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
    }
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
      let mean = describe(samples.mean, quantity.unit, quantity.display)
      let low = describe(bounds[0], quantity.unit, quantity.display)
      let high = describe(bounds[1], quantity.unit, quantity.display)
      return "≈ \(mean) (90%: \(low) to \(high))"
    }
  }

  public static func describe(_ value: Double, _ unit: Unit, _ display: Quantity.Display) -> String {
    if value.isNaN { return "not a number" }
    if value.isInfinite { return value > 0 ? "infinity" : "-infinity" }
    switch display {
    case .percent where unit.isDimensionless:
      return percent(value)
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
    if let base = unit.simpleBase {
      return number(value) + " " + UnitTable.countName(base, plural: abs(value) != 1)
    }
    // Compound units: money per thing reads as `$1.20 per visit`.
    let numerator = Unit(factors: unit.factors.filter { $0.power > 0 })
    let denominator = Unit(factors: unit.factors.filter { $0.power < 0 }).raised(to: -1)
    if let currency = numerator.currency, !denominator.isDimensionless {
      return money(value, currency) + " per " + UnitTable.symbol(denominator)
    }
    if let base = numerator.simpleBase, !denominator.isDimensionless {
      return number(value) + " " + UnitTable.countName(base, plural: abs(value) != 1) + " per "
        + UnitTable.symbol(denominator)
    }
    if numerator.isDimensionless { return number(value) + " per " + UnitTable.symbol(denominator) }
    return number(value) + " " + UnitTable.symbol(unit)
  }

  public static func money(_ value: Double, _ currency: String) -> String {
    if abs(value) >= 1e15 {
      let text = number(value)
      return currencySymbols[currency].map { text.hasPrefix("-") ? "-" + $0 + text.dropFirst() : $0 + text }
        ?? text + " " + currency
    }
    let cents = (abs(value) * 100).rounded()
    let whole = (cents / 100).rounded(.down)
    let fraction = Int(cents - whole * 100)
    var text = grouped(whole)
    if fraction != 0 { text += "." + (fraction < 10 ? "0" : "") + String(fraction) }
    let sign = value < 0 && cents != 0 ? "-" : ""
    if let symbol = currencySymbols[currency] { return sign + symbol + text }
    return sign + text + " " + currency
  }

  public static func percent(_ fraction: Double) -> String {
    number(fraction * 100, maximumDecimals: 2) + "%"
  }

  /// `10,000`, `12.5`, `0.0042` (see `NumberText`, which the syntax printer shares).
  public static func number(_ value: Double, maximumDecimals: Int? = nil) -> String {
    NumberText.format(value, maximumDecimals: maximumDecimals)
  }

  package static func grouped(_ whole: Double) -> String { NumberText.grouped(whole) }
}
