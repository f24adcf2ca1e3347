/// Everything an mplan expression can evaluate to.
public enum Value: Sendable {
  case quantity(Quantity)
  case text(String)
  case bool(Bool)
  /// A day, a month, a quarter, or a period between them.
  case time(CalendarPeriod)
  case list([Value])
  case record(Record)
  // The larger payloads are boxed so that a value stays 48 bytes: every binding holds one.
  indirect case function(Function)
  indirect case funnel(Funnel)
  /// A plan declaration (`goal`, `budget`, …): its evaluated fields.
  indirect case declaration(PlanItem)
  /// A bare word in a plan field that names no value: `control monthly`, `metric customer`.
  case symbol(String)

  public static func number(_ value: Double) -> Value { .quantity(Quantity(value)) }

  /// What the value is, in a message: "money (USD)", "text", "a list".
  public var typeDescription: String {
    switch self {
    case .quantity(let quantity):
      quantity.display == .percent ? "a percentage" : UnitTable.describe(quantity.unit)
    case .text: "text"
    case .bool: "true or false"
    case .time(let period): period.granularity == .period ? "a period" : "a date"
    case .list: "a list"
    case .record: "a record"
    case .function: "a function"
    case .funnel: "a funnel"
    case .declaration(let item): "a \(item.kind.rawValue)"
    case .symbol: "a word"
    }
  }
}

/// A number with its unit and the way it was written, so `6 months` prints as months and
/// `2%` as a percentage.
public struct Quantity: Sendable {
  public enum Display: Sendable, Hashable {
    case plain
    case percent
    /// Show the value in this unit of time (`weeks`), scaled from months. Boxed, so that
    /// the common quantities stay small.
    indirect case time(name: String, scale: Double)
  }

  public var magnitude: Magnitude
  public var unit: Unit
  public var display: Display

  public init(_ value: Double, unit: Unit = .none, display: Display = .plain) {
    self.magnitude = .exact(value)
    self.unit = unit
    self.display = display
  }

  public init(magnitude: Magnitude, unit: Unit, display: Display = .plain) {
    self.magnitude = magnitude
    self.unit = unit
    self.display = display
  }
}

public struct Record: Sendable {
  public var fields: [(name: String, value: Value)]

  public init(_ fields: [(name: String, value: Value)]) { self.fields = fields }

  public subscript(name: String) -> Value? {
    fields.first { $0.name == name }?.value
  }
}

/// A calendar period, inclusive of both ends, with how it was written.
public struct CalendarPeriod: Sendable, Hashable {
  public enum Granularity: Sendable, Hashable { case day, month, quarter, period }
  public var start: CalendarDay
  public var end: CalendarDay
  public var granularity: Granularity
  /// For periods: how the two ends were written (`2027-01 .. 2027-12`).
  public var startGranularity: Granularity
  public var endGranularity: Granularity

  public init(start: CalendarDay, end: CalendarDay, granularity: Granularity) {
    self.start = start
    self.end = end
    self.granularity = granularity
    self.startGranularity = granularity
    self.endGranularity = granularity
  }

  public static func day(_ day: CalendarDay) -> CalendarPeriod {
    CalendarPeriod(start: day, end: day, granularity: .day)
  }

  public static func month(year: Int, month: Int) -> CalendarPeriod {
    let start = CalendarDay(year: year, month: month, day: 1)
    let end = CalendarDay(year: year, month: month, day: CalendarDay.daysIn(month: month, year: year))
    return CalendarPeriod(start: start, end: end, granularity: .month)
  }

  public static func quarter(year: Int, quarter: Int) -> CalendarPeriod {
    let first = (quarter - 1) * 3 + 1
    let start = CalendarDay(year: year, month: first, day: 1)
    let end = CalendarDay(year: year, month: first + 2, day: CalendarDay.daysIn(month: first + 2, year: year))
    return CalendarPeriod(start: start, end: end, granularity: .quarter)
  }

  /// `a .. b`: from the start of the first to the end of the second.
  public static func spanning(_ first: CalendarPeriod, _ last: CalendarPeriod) -> CalendarPeriod {
    var period = CalendarPeriod(start: first.start, end: last.end, granularity: .period)
    period.startGranularity = first.granularity
    period.endGranularity = last.granularity
    return period
  }

  /// Whole months touched by the period, first to last, as (year, month).
  public var months: [(year: Int, month: Int)] {
    let (startYear, startMonth, _) = start.components
    let (endYear, endMonth, _) = end.components
    let count = (endYear * 12 + endMonth) - (startYear * 12 + startMonth) + 1
    return (0..<max(0, count)).map { offset in
      let total = startYear * 12 + startMonth - 1 + offset
      return (total / 12, total % 12 + 1)
    }
  }

  public var description: String {
    switch granularity {
    case .day: return start.iso
    case .month: return Self.render(start, .month)
    case .quarter: return Self.render(start, .quarter)
    case .period:
      let endText = endGranularity == .day ? end.iso : Self.render(end, endGranularity)
      return Self.render(start, startGranularity) + " .. " + endText
    }
  }

  static func render(_ day: CalendarDay, _ granularity: Granularity) -> String {
    let (year, month, _) = day.components
    switch granularity {
    case .day, .period: return day.iso
    case .month: return CalendarDay.paddedYear(year) + "-\(month < 10 ? "0" : "")\(month)"
    case .quarter: return CalendarDay.paddedYear(year) + "-Q\((month - 1) / 3 + 1)"
    }
  }
}

/// A function value: one written in mplan with `fn`, or a native registered in `Natives`.
public struct Function: Sendable {
  public enum Body: Sendable {
    case user(parameters: [String], body: Expr)
    case native(arity: ClosedRange<Int>, NativeFunction)
  }

  public var name: String
  public var body: Body

  public var arityDescription: String {
    switch body {
    case .user(let parameters, _): "\(parameters.count)"
    case .native(let arity, _):
      arity.lowerBound == arity.upperBound
        ? "\(arity.lowerBound)" : "\(arity.lowerBound) to \(arity.upperBound)"
    }
  }
}

/// Arguments come with their spans, so a native can point at the argument that is wrong.
public typealias NativeFunction = @Sendable (_ arguments: [Value], _ call: NativeCall) throws -> Value

public struct NativeCall: Sendable {
  public var span: SourceSpan
  public var argumentSpans: [SourceSpan]
  public var sampleCount: Int

  public func argumentSpan(_ index: Int) -> SourceSpan {
    index < argumentSpans.count ? argumentSpans[index] : span
  }
}

/// A plan declaration after evaluation: its kind, name and field values, with spans kept for
/// the plan checks.
public struct PlanItem: Sendable {
  public var kind: DeclarationKind
  public var name: String
  public var title: String?
  public var serves: [Name]
  public var fields: [(name: String, value: Value, span: SourceSpan)]
  public var span: SourceSpan
  public var nameSpan: SourceSpan

  public subscript(field: String) -> Value? {
    fields.first { $0.name == field }?.value
  }

  public func span(of field: String) -> SourceSpan? {
    fields.first { $0.name == field }?.span
  }
}
