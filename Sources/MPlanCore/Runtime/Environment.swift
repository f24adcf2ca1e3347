/// Everything a script has defined so far. A value type: the REPL keeps a copy before each
/// line and puts it back when the line fails, so a failed line changes nothing.
public struct Environment: Sendable {
  public struct Binding: Sendable {
    public var value: Value
    /// Where the name was defined; nil for natives and the prelude.
    public var span: SourceSpan?
  }

  public var bindings: [String: Binding] = [:]
  public var units = UnitTable()
  /// `rate EUR = 1.08 USD` is kept as EUR → (1.08, USD).
  public var rates: [String: (factor: Double, currency: String)] = [:]
  /// Plan declarations in the order they were made.
  public private(set) var planItems: [PlanItem] = []
  /// Where each plan item sits in `planItems`, by kind and name: recording stays constant
  /// time, so a plan of 10,000 actions loads in linear time.
  var planItemPositions: [String: Int] = [:]
  public var scenarios: [String: (overrides: [Override], span: SourceSpan)] = [:]
  /// Standard-library modules already loaded with `use`, so a second `use` costs nothing.
  public var usedModules: Set<String> = []
  /// The currency of the `plan` block, for checks that compare budgets across currencies.
  public var planCurrency: String?

  public init() {}

  public subscript(name: String) -> Value? {
    bindings[name]?.value
  }

  public mutating func bind(_ name: String, _ value: Value, at span: SourceSpan?) {
    bindings[name] = Binding(value: value, span: span)
  }

  public func planItem(named name: String) -> PlanItem? {
    planItems.last { $0.name == name }
  }

  public mutating func record(_ item: PlanItem) {
    let key = "\(item.kind.rawValue) \(item.name)"
    if let index = planItemPositions[key] {
      planItems[index] = item
    } else {
      planItemPositions[key] = planItems.count
      planItems.append(item)
    }
  }
}
