import MPlanSyntax

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
  /// A plan block (`goal`, `budget`, …): its evaluated fields.
  indirect case declaration(EvaluatedBlock)
  /// A bare word in a plan field that names no value: `control monthly`, `metric customer`.
  case symbol(String)
  /// A data table bound with `let by_cpc = table …` (docs/whatif.md).
  indirect case table(DataTable)

  public static func number(_ value: Double) -> Value { .quantity(Quantity(value)) }

  /// The value as a quantity, a period, a plan block or a funnel, or nil when it is another
  /// kind: typed reads instead of matching every case at each use.
  public var quantity: Quantity? { if case .quantity(let quantity) = self { quantity } else { nil } }
  public var period: CalendarPeriod? { if case .time(let period) = self { period } else { nil } }
  public var block: EvaluatedBlock? { if case .declaration(let block) = self { block } else { nil } }
  public var funnel: Funnel? { if case .funnel(let funnel) = self { funnel } else { nil } }
  public var dataTable: DataTable? { if case .table(let table) = self { table } else { nil } }

  /// Lists and records nest at most this deep, so printing, comparing and freeing a value
  /// (all recursive) stay well inside any stack (E0308).
  package static let maximumNesting = 1_000

  /// How deeply lists, records and plan blocks nest in this value (a number is 0, `[1]` is 1),
  /// counted only as far as `limit + 1`. Values never nest past `maximumNesting`, so this
  /// recursion is bounded too.
  package func nestingDepth(limit: Int = Value.maximumNesting) -> Int {
    // A loop for each case, not one generic helper over lazy sequences: every plan block run
    // is measured, once a cell in a data table.
    var deepest = 0
    switch self {
    case .list(let elements):
      for value in elements where deepest < limit {
        deepest = max(deepest, value.nestingDepth(limit: limit - 1))
      }
    case .record(let record):
      for field in record.fields where deepest < limit {
        deepest = max(deepest, field.value.nestingDepth(limit: limit - 1))
      }
    case .declaration(let block):
      for field in block.fields where deepest < limit {
        deepest = max(deepest, field.value.nestingDepth(limit: limit - 1))
      }
    default: return 0
    }
    return 1 + deepest
  }

  /// What the value is, in a message: "money (USD)", "text", "a list".
  public var typeMessage: Message {
    switch self {
    case .quantity(let quantity):
      quantity.display == .percent
        ? Message("value-type-percentage")
        : quantity.display == .points ? Message("value-type-points") : UnitTable.described(quantity.unit)
    case .text: Message("value-type-text")
    case .bool: Message("value-type-bool")
    case .time(let period):
      period.granularity == .period ? Message("value-type-period") : Message("value-type-date")
    case .list: Message("value-type-list")
    case .record: Message("value-type-record")
    case .function: Message("value-type-function")
    case .funnel: Message("value-type-funnel")
    case .declaration(let item): item.kind.typeMessage
    case .symbol: Message("value-type-word")
    case .table: Message("value-type-data-table")
    }
  }

  /// `typeMessage` in English, for the callers that still build text.
  public var typeDescription: String { typeMessage.english }
}

/// A number with its unit and the way it was written, so `6 months` prints as months and
/// `2%` as a percentage.
public struct Quantity: Sendable {
  public enum Display: Sendable, Hashable {
    case plain
    case percent
    /// Percentage points: the difference of two percentages (`3% - 1.5%` is `1.5 pp`), kept
    /// apart from a relative change (+100%).
    case points
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

/// A function value: one written in mplan with `fn`, or a native registered in `Natives`.
public struct Function: Sendable {
  public enum Body: Sendable {
    case user(parameters: [String], body: Expr)
    case native(arity: ClosedRange<Int>, NativeFunction)
    /// A distribution (`Distributions`): it draws, so the interpreter hands it a stream.
    case drawing(DrawingFunction)
  }

  public var name: String
  public var body: Body

  public var arityDescription: String {
    switch body {
    case .user(let parameters, _): "\(parameters.count)"
    case .native(let arity, _):
      arity.lowerBound == arity.upperBound
        ? "\(arity.lowerBound)" : "\(arity.lowerBound) to \(arity.upperBound)"
    case .drawing: Message("function-arity-its-parameters").english
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

/// A declaration block after evaluation: its kind, name and field values, with spans kept so
/// that the checks of a higher layer can point at a field. The language gives blocks no
/// meaning beyond their fields; the planning layer reads them as plan items.
public struct EvaluatedBlock: Sendable {
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

  /// A field that holds a quantity (`target 10 customers`, `cost $5k`), or nil.
  public func quantity(_ field: String) -> Quantity? { self[field]?.quantity }

  /// A field that holds a date, month, quarter or period (`by 2027-06-30`), or nil.
  public func period(_ field: String) -> CalendarPeriod? { self[field]?.period }
}

extension Quantity.Display {
  /// A percentage or percentage points: both are shares of a whole, written with a sign.
  public var isShare: Bool { self == .percent || self == .points }
}
