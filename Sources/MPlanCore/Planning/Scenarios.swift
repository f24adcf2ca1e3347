/// Scenarios are named changes to a plan; `compare` runs the plan again under each and sets
/// the results side by side.
extension Interpreter {
  /// The key a scenario change is filed under, which is what `let`, funnel and declaration
  /// evaluation look up: `deal`, `inbound.visit->mql`, `marketing.total`.
  mutating func overrideKey(_ target: Expr) throws -> String {
    switch target.kind {
    case .name(let name):
      guard let binding = environment.bindings[name] else {
        throw Diagnostic.error(
          .unknownName, "a scenario changes something the plan already has; there is no `\(name)`",
          at: target.span,
          fixIt: Suggestions.closest(to: name, among: environment.bindings.keys).map {
            "did you mean `\($0)`?"
          })
      }
      if case .function = binding.value {
        throw Diagnostic.error(
          .typeMismatch, "a scenario changes values, and `\(name)` is a function", at: target.span)
      }
      return name
    case .stageRate(let base, let from, let to):
      _ = try stageRate(try evaluate(base), from, to, span: target.span)
      let fromBase = environment.units.lookup(from.text)?.base ?? from.text
      let toBase = environment.units.lookup(to.text)?.base ?? to.text
      return "\(ExprPrinter.print(base)).\(fromBase)->\(toBase)"
    case .member(let base, let field):
      guard case .name(let owner) = base.kind,
        case .declaration(let item) = environment[owner] ?? .bool(false)
      else {
        throw Diagnostic.error(
          .misplacedStatement, "a scenario can change a `let`, a funnel rate or a field of a plan block",
          at: target.span)
      }
      guard item[field.text] != nil else {
        throw unknownMember(field, of: .declaration(item), candidates: item.fields.map(\.name))
      }
      return "\(owner).\(field.text)"
    default:
      throw Diagnostic.error(
        .misplacedStatement, "a scenario can change a `let`, a funnel rate or a field of a plan block",
        at: target.span)
    }
  }

  mutating func executeScenario(_ name: Name, _ changes: [Override], span: SourceSpan) throws {
    if name.text == "base" {
      throw Diagnostic.error(
        .reservedName, "`base` is the plan as written; name the scenario something else", at: name.span)
    }
    for change in changes {
      _ = try overrideKey(change.target)
      try checkChange(change)
    }
    environment.scenarios[name.text] = (changes, span)
  }

  /// A change keeps the kind of what it changes: a number stays a number in the same unit, a
  /// funnel rate stays a rate above 0% and at most 100%, an owner stays text.
  mutating func checkChange(_ change: Override) throws {
    let current = try evaluate(change.target)
    let replacement = try changeValue(change)
    if case .stageRate = change.target.kind, case .quantity(let rate) = current,
      let from = rate.unit.factors.first(where: { $0.power < 0 })?.base,
      let to = rate.unit.factors.first(where: { $0.power > 0 })?.base
    {
      _ = try Funnel.conversionRate(replacement, from: from, to: to, at: change.value.span)
      return
    }
    switch (current, replacement) {
    case (.quantity(let old), .quantity(let new)):
      if old.unit != new.unit {
        throw Diagnostic.error(
          .unitMismatch,
          "this scenario changes \(ExprPrinter.print(change.target)) from \(UnitTable.describe(old.unit)) to \(UnitTable.describe(new.unit))",
          at: change.value.span, label: UnitTable.describe(new.unit),
          secondary: [.init(span: change.target.span, message: "is \(Formatting.describe(old))")])
      }
    case (.text, .text), (.bool, .bool), (.time, .time), (.list, .list), (.record, .record),
      (.symbol, .symbol):
      return
    default:
      throw Diagnostic.error(
        .typeMismatch,
        "this scenario changes \(ExprPrinter.print(change.target)) from \(current.typeDescription) to \(replacement.typeDescription)",
        at: change.value.span, secondary: [.init(span: change.target.span, message: current.typeDescription)])
    }
  }

  mutating func executeCompare(_ scenarioNames: [Name], _ expressions: [Expr]) throws {
    var columns: [[Value]] = []
    for scenario in scenarioNames {
      if scenario.text == "base" {
        columns.append(try expressions.map { try evaluate($0) })
        continue
      }
      guard let definition = environment.scenarios[scenario.text] else {
        throw Diagnostic.error(
          .unknownName, "unknown scenario `\(scenario.text)`", at: scenario.span,
          fixIt: Suggestions.closest(to: scenario.text, among: ["base"] + environment.scenarios.keys).map {
            "did you mean `\($0)`?"
          })
      }
      var keyed: [String: Expr] = [:]
      for change in definition.overrides { keyed[try overrideKey(change.target)] = change.value }
      var replay = Interpreter(
        environment: initialEnvironment, options: options, loader: loader, output: { _ in })
      replay.initialEnvironment = initialEnvironment
      replay.overrides = keyed
      replay.isReplay = true
      let failures = replay.run(history).filter { $0.severity == .error }
      if let failure = failures.first {
        throw Diagnostic.error(
          .invalidValue, "scenario `\(scenario.text)` does not run: \(failure.message)", at: scenario.span,
          notes: ["at \(failure.span)"])
      }
      columns.append(try expressions.map { try replay.evaluate($0) })
    }
    output(
      PlanPresenter.comparison(
        headings: scenarioNames.map(\.text), rows: expressions.map(ExprPrinter.print), columns: columns))
  }
}
