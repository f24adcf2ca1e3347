/// Running the plan blocks: each field is evaluated (or kept as a word, for reference
/// fields) and the block becomes a `PlanItem`, bound under its name so that
/// `new_customers.target` and `marketing.spent` read from it.
extension Interpreter {
  mutating func executeDeclaration(_ declaration: Declaration) throws {
    if !options.allowsRedefinition,
      case .declaration(let first) = environment[declaration.name.text] ?? .bool(false)
    {
      throw Diagnostic.error(
        .duplicateName, "`\(declaration.name.text)` is already a \(first.kind.rawValue) of this plan",
        at: declaration.name.span, secondary: [.init(span: first.nameSpan, message: "first defined here")],
        notes: ["the first one is kept; the rest of the plan is still checked"],
        fixIt: "give this \(declaration.kind.rawValue) a name of its own")
    }
    var fields: [(name: String, value: Value, span: SourceSpan)] = []
    for field in declaration.fields {
      let key = "\(declaration.name.text).\(field.name.text)"
      let value: Value
      let words = declaration.kind.wordKind(of: field.name.text)
      if let override = overrides[key] {
        value = try fieldValue(override, words: words)
      } else {
        let values = try field.values.map { try fieldValue($0, words: words) }
        value = values.count == 1 ? values[0] : (values.isEmpty ? .bool(true) : .list(values))
      }
      if Self.flagFields.contains(field.name.text) { try Self.checkFlag(field, value) }
      fields.append((field.name.text, value, field.span))
      if let qualifier = field.by {
        // `control monthly by CMO`: who controls it, a name like `owner`.
        let words: FieldWords? = field.name.text == "control" ? .name : nil
        fields.append(("\(field.name.text)_by", try fieldValue(qualifier, words: words), qualifier.span))
      }
    }
    let item = PlanItem(
      kind: declaration.kind, name: declaration.name.text, title: declaration.title,
      serves: declaration.serves,
      fields: fields, span: declaration.span, nameSpan: declaration.name.span)
    if declaration.kind == .plan, case .symbol(let currency) = item["currency"] ?? .bool(false) {
      environment.planCurrency = currency
    }
    environment.record(item)
    environment.bind(declaration.name.text, .declaration(item), at: declaration.name.span)
    poisoned.remove(declaration.name.text)
  }

  /// Yes-or-no fields: a bare `zero_based` is on.
  static let flagFields: Set<String> = ["zero_based"]

  /// A scenario's new value for a field reads a bare word the way the field does:
  /// `a.owner = Bo` as `owner Bo`.
  mutating func changeValue(_ change: Override) throws -> Value {
    if case .member(let base, let field) = change.target.kind, case .name(let owner) = base.kind,
      case .declaration(let item) = environment[owner] ?? .bool(false)
    {
      return try fieldValue(change.value, words: item.kind.wordKind(of: field.text))
    }
    return try evaluate(change.value)
  }

  /// `zero_based "yes"` would read as on and `b.zero_based` as "yes": a flag is true or false.
  static func checkFlag(_ field: Field, _ value: Value) throws {
    if case .bool = value { return }
    let name = field.name.text
    throw Diagnostic.error(
      .typeMismatch, "`\(name)` is `true` or `false`, not \(value.typeDescription)",
      at: field.values.first.map { $0.span.joined(field.values[field.values.count - 1].span) } ?? field.span,
      fixIt: "write `\(name)` (or `\(name) true`) to turn it on, `\(name) false` to turn it off")
  }

  /// One rule for every field that names something (docs/planning.md): a bare word and a
  /// string mean the same, a word for a reference field and text for a name field.
  /// Elsewhere the value is evaluated.
  mutating func fieldValue(_ expression: Expr, words: FieldWords?) throws -> Value {
    switch (words, expression.kind) {
    case (.reference?, .name(let word)), (.reference?, .literal(.string(let word))): .symbol(word)
    case (.name?, .name(let word)): .text(word)
    default: try evaluate(expression)
    }
  }
}

/// The members a plan declaration answers to: its fields, plus what the plan computes from
/// it (a budget's `committed` and `available`).
struct PlanMembers {
  let environment: Environment

  static let budgetComputed = ["committed", "spent", "reserved", "available", "needed"]

  static func names(of item: PlanItem) -> [String] {
    ["name", "title"] + item.fields.map(\.name) + (item.kind == .budget ? budgetComputed : [])
  }

  func member(_ name: String, of item: PlanItem, at span: SourceSpan) throws -> Value? {
    switch name {
    case "name": return .text(item.name)
    case "title": return item.title.map(Value.text)
    default: break
    }
    if let value = item[name] { return value }
    guard item.kind == .budget, Self.budgetComputed.contains(name) else { return nil }
    let ledger = try BudgetLedger(budget: item, environment: environment)
    switch name {
    case "committed", "spent": return .quantity(ledger.committed)
    case "reserved": return .quantity(ledger.reserved)
    case "needed": return .quantity(ledger.needed)
    default: return .quantity(ledger.available)
    }
  }
}

/// `inbound.need(target)` and `inbound.yield(input)`, as functions bound to their funnel.
enum FunnelMethods {
  static let names = ["need", "yield", "stages"]

  static func member(_ name: String, of funnel: Funnel) -> Value? {
    switch name {
    case "need", "yield":
      let forward = name == "yield"
      let method: NativeFunction = { arguments, call in
        try run(funnel, forward: forward, arguments[0], call)
      }
      return .function(Function(name: "\(funnel.name).\(name)", body: .native(arity: 1...1, method)))
    case "stages":
      return .list(funnel.stages.map { .text($0) })
    default:
      return nil
    }
  }

  static func run(_ funnel: Funnel, forward: Bool, _ argument: Value, _ call: NativeCall) throws -> Value {
    let stage = forward ? funnel.stages[0] : funnel.stages[funnel.stages.count - 1]
    guard case .quantity(let amount) = argument,
      amount.unit.isDimensionless || amount.unit.simpleBase == stage
    else {
      throw Diagnostic.error(
        .unitMismatch,
        "`\(funnel.name).\(forward ? "yield" : "need")` takes \(UnitTable.countName(stage, plural: true)), not \(argument.typeDescription)",
        at: call.argumentSpan(0),
        fixIt: forward
          ? "give what enters the top of the funnel" : "give the target at the bottom of the funnel")
    }
    let stages = forward ? funnel.yield(amount.magnitude) : funnel.need(amount.magnitude)
    return .record(
      Record(
        stages.map { ($0.stage, Value.quantity(Quantity(magnitude: $0.amount, unit: Unit(base: $0.stage)))) })
    )
  }
}
