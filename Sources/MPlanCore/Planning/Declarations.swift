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
    let references = declaration.kind.referenceFields
    // In the canonical order, not as written: which field's error is reported first, and the
    // order `show NAME` lists them in, must not depend on where `mplan fmt` put them.
    for field in declaration.kind.canonicalOrder(declaration.fields) {
      let key = "\(declaration.name.text).\(field.name.text)"
      let value: Value
      if let override = overrides[key] {
        value = try evaluate(override)
      } else {
        let asWords = references.contains(field.name.text)
        let values = try field.values.map { try fieldValue($0, asWord: asWords) }
        value = values.count == 1 ? values[0] : (values.isEmpty ? .bool(true) : .list(values))
      }
      fields.append((field.name.text, value, field.span))
      if let qualifier = field.by {
        fields.append(("\(field.name.text)_by", try fieldValue(qualifier, asWord: false), qualifier.span))
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

  /// A bare word in a reference field is kept as a word; elsewhere it is evaluated.
  mutating func fieldValue(_ expression: Expr, asWord: Bool) throws -> Value {
    if asWord, case .name(let word) = expression.kind { return .symbol(word) }
    return try evaluate(expression)
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
