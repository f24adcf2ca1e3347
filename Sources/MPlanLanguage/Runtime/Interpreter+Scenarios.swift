import MPlanSyntax

/// What a scenario (or a goal seek, or a data table) may change: a `let`, a funnel rate or a
/// field of a plan block. `let`, funnel and block evaluation look their expression up under
/// this key, so a replay under changes is the same run with other inputs.
public enum OverrideKey: Hashable, Sendable {
  case binding(String)
  case funnelRate(funnel: String, from: String, to: String)
  case field(block: String, field: String)
}

/// Scenarios are named changes to a plan. The language checks a change and replays the
/// statements under changes (`replaying(under:)`); comparing the results is the planning
/// layer's (`PlanAnalysis`).
extension Interpreter {
  /// The key a scenario change is filed under: `deal`, `inbound.visit->mql`,
  /// `marketing.total`. `changer` names what asks, in messages: "a scenario changes",
  /// "`solve` varies".
  public mutating func overrideKey(_ target: Expr, changer: String = "a scenario changes") throws
    -> OverrideKey
  {
    switch target.kind {
    case .name(let name):
      guard let binding = environment.bindings[name] else {
        throw Diagnostic.error(
          .unknownName, "\(changer) something the plan already has; there is no `\(name)`",
          at: target.span,
          fixIt: Suggestions.closest(to: name, among: environment.bindings.keys).map {
            "did you mean `\($0)`?"
          })
      }
      if case .function = binding.value {
        throw Diagnostic.error(
          .typeMismatch, "\(changer) values, and `\(name)` is a function", at: target.span)
      }
      return .binding(name)
    case .stageRate(let base, let from, let to):
      _ = try stageRate(try evaluate(base), from, to, span: target.span)
      let fromBase = environment.units.lookup(from.text)?.base ?? from.text
      let toBase = environment.units.lookup(to.text)?.base ?? to.text
      return .funnelRate(funnel: ExprPrinter.print(base), from: fromBase, to: toBase)
    case .member(let base, let field):
      guard case .name(let owner) = base.kind,
        let item = environment[owner]?.block
      else {
        throw Diagnostic.error(
          .misplacedStatement, "\(changer) a `let`, a funnel rate or a field of a plan block", at: target.span
        )
      }
      guard item[field.text] != nil else {
        throw unknownMember(field, of: .declaration(item), candidates: item.fields.map(\.name))
      }
      return .field(block: owner, field: field.text)
    default:
      throw Diagnostic.error(
        .misplacedStatement, "\(changer) a `let`, a funnel rate or a field of a plan block", at: target.span)
    }
  }

  package mutating func executeScenario(_ name: Name, _ changes: [Override], span: SourceSpan) throws {
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
  package mutating func checkChange(_ change: Override) throws {
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
}

extension Interpreter {
  /// The statements run so far, run again from the start under `overrides`, with nothing
  /// shown: what `compare`, goal seek and data tables evaluate their expressions in.
  /// A statement that fails under the changes is the returned diagnostic.
  public func replaying(under overrides: [OverrideKey: Expr]) -> (Interpreter, Diagnostic?) {
    var replay = Interpreter(
      environment: initialEnvironment, options: options, loader: loader, output: { _ in })
    replay.initialEnvironment = initialEnvironment
    replay.overrides = overrides
    replay.isReplay = true
    // What failed in the run is skipped quietly in the replay, as it was in the run.
    replay.poisoned = poisoned
    let failure = replay.run(history).first { $0.severity == .error }
    return (replay, failure)
  }
}
