import MPlanSyntax

/// What a scenario (or a goal seek, or a data table) may change: a `let`, a funnel rate or a
/// field of a plan block. `let`, funnel and block evaluation look their expression up under
/// this key, so a replay under changes is the same run with other inputs.
public enum OverrideKey: Hashable, Sendable {
  case binding(String)
  case funnelRate(funnel: String, from: String, to: String)
  case field(block: String, field: String)
}

/// A scenario as defined: its own changes, and the scenario it extends as that one stood when
/// this one was defined. The scenario extended is shared, not copied: when each scenario of a
/// chain held a copy of every change before it, 10,000 scenarios each extending the last held
/// 4 GB. A chain is at most `maximumDepth` long, so freeing one (each scenario frees the one
/// before) stays shallow too.
public struct Scenario: Sendable {
  /// A class, so a scenario holds one reference to the scenario it extends.
  final class Extended: Sendable {
    let scenario: Scenario
    init(_ scenario: Scenario) { self.scenario = scenario }
  }

  /// The changes written in this scenario itself.
  public let changes: [Override]
  public let span: SourceSpan
  private let extended: Extended?
  /// How many scenarios this one extends, one through another.
  public let depth: Int

  /// Scenarios extend one another at most this deep (E0308), as values nest at most 1,000 deep.
  package static let maximumDepth = 1_000

  package init(changes: [Override], span: SourceSpan, extending extended: Scenario?) {
    self.changes = changes
    self.span = span
    self.extended = extended.map(Extended.init)
    self.depth = extended.map { $0.depth + 1 } ?? 0
  }

  /// Every change in force, the extended scenarios' first, so this scenario's own win where
  /// both change one thing.
  public var overrides: [Override] {
    var chain: [[Override]] = []
    var current: Scenario? = self
    while let scenario = current {
      chain.append(scenario.changes)
      current = scenario.extended?.scenario
    }
    return Array(chain.reversed().joined())
  }
}

extension Interpreter {
  /// The value in force for `key` (a table's cell, a goal seek's step), if any. A replay holds
  /// one or two, so a scan costs less than hashing the key's names, which every field of
  /// every block and every funnel stage would otherwise pay once a cell.
  package func changedValue(_ key: OverrideKey) -> Value? {
    if changes.values.isEmpty { return nil }
    if changes.values.count > 8 { return changes.values[key] }
    for (candidate, value) in changes.values where candidate == key { return value }
    return nil
  }

  /// The scenario change in force for `key`, if any (see `changedValue`).
  package func changedExpression(_ key: OverrideKey) -> Expr? {
    if changes.expressions.isEmpty { return nil }
    if changes.expressions.count > 8 { return changes.expressions[key] }
    for (candidate, expression) in changes.expressions where candidate == key { return expression }
    return nil
  }
}

/// Scenarios are named changes to a plan. The language checks a change and replays the
/// statements under changes (`replaying(under:)`); comparing the results is the planning
/// layer's (`PlanAnalysis`).
extension Interpreter {
  /// What asks to change a value: a scenario, or a statement that varies one (`solve`). Each
  /// has its own whole sentences, as "a scenario changes" and "`solve` varies" are subjects
  /// that other languages cannot put before the same predicate.
  public enum Changer: Sendable {
    case scenario
    case statement(String)

    func unknown(_ name: String) -> Message {
      switch self {
      case .scenario: Message("scenario-change-unknown", ["name": .text(name)])
      case .statement(let statement):
        Message("statement-vary-unknown", ["statement": .text(statement), "name": .text(name)])
      }
    }

    func function(_ name: String) -> Message {
      switch self {
      case .scenario: Message("scenario-change-function", ["name": .text(name)])
      case .statement(let statement):
        Message("statement-vary-function", ["statement": .text(statement), "name": .text(name)])
      }
    }

    var what: Message {
      switch self {
      case .scenario: Message("scenario-change-what")
      case .statement(let statement): Message("statement-vary-what", ["statement": .text(statement)])
      }
    }
  }

  /// The key a scenario change is filed under: `deal`, `inbound.visit->mql`,
  /// `marketing.total`; `changer` is what asks, for the messages.
  public mutating func overrideKey(_ target: Expr, changer: Changer = .scenario) throws -> OverrideKey {
    switch target.kind {
    case .name(let name):
      guard let binding = environment.bindings[name] else {
        throw Diagnostic.error(
          .unknownName,
          changer.unknown(name),
          at: target.span,
          fixIt: Suggestions.closest(to: name, among: environment.bindings.keys).map(Message.didYouMean))
      }
      if case .function = binding.value {
        throw Diagnostic.error(
          .typeMismatch,
          changer.function(name),
          at: target.span)
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
          .misplacedStatement, changer.what,
          at: target.span)
      }
      guard item[field.text] != nil else {
        throw unknownMember(field, of: .declaration(item), candidates: item.fields.map(\.name))
      }
      return .field(block: owner, field: field.text)
    default:
      throw Diagnostic.error(
        .misplacedStatement, changer.what, at: target.span)
    }
  }

  package mutating func executeScenario(
    _ name: Name, extending parent: Name?, _ changes: [Override], span: SourceSpan
  ) throws {
    if name.text == "base" {
      throw Diagnostic.error(
        .reservedName, Message("scenario-base-reserved"), at: name.span)
    }
    var extended: Scenario?
    if let parent, parent.text != "base" {
      if parent.text == name.text {
        throw Diagnostic.error(
          .unknownName, Message("scenario-extends-itself", ["scenario": .text(name.text)]), at: parent.span,
          fixIt: Message("scenario-extends-itself-fix"))
      }
      guard let definition = environment.scenarios[parent.text] else {
        // Extending a scenario that failed fails quietly: one report, at the first failure.
        if poisoned.contains(Self.poisonKey(scenario: parent.text)) { throw Poisoned() }
        throw Diagnostic.error(
          .unknownName, Message("scenario-unknown-parent", ["scenario": .text(parent.text)]), at: parent.span,
          fixIt: Suggestions.closest(to: parent.text, among: environment.scenarios.keys).map(
            Message.didYouMean))
      }
      guard definition.depth < Scenario.maximumDepth else {
        throw Diagnostic.error(
          .recursionTooDeep,
          Message(
            "scenario-chain-too-long",
            [
              "scenario": .text(name.text), "depth": .count(definition.depth + 1),
              "maximum": .count(Scenario.maximumDepth),
            ]),
          at: parent.span, fixIt: Message("scenario-chain-too-long-fix"))
      }
      extended = definition
    }
    for change in changes {
      _ = try overrideKey(change.target)
      try checkChange(change)
    }
    environment.scenarios[name.text] = Scenario(changes: changes, span: span, extending: extended)
    if !poisoned.isEmpty { poisoned.remove(Self.poisonKey(scenario: name.text)) }
  }

  /// What `poisoned` holds for a scenario that failed: no name of a value has a colon.
  package static func poisonKey(scenario name: String) -> String { "scenario:" + name }

  /// `:scenario low` at the prompt: the statements so far run again under `overrides`, which
  /// stay in force for what runs next. Returns the statement that fails under them (then
  /// nothing changes).
  public mutating func switchScenario(to name: String?, overrides: [OverrideKey: Expr]) -> Diagnostic? {
    var plain = self
    plain.changes.expressions = [:]
    var (replay, failure) = plain.replaying(under: overrides)
    if let failure { return failure }
    replay.environment.scenarios = environment.scenarios
    replay.environment.usedModules = environment.usedModules
    replay.environment.bindings["_"] = environment.bindings["_"]
    environment = replay.environment
    changes.expressions = overrides
    activeScenario = name
    // A replay binds a data table without working it out (`runAgain`): each one
    // is worked out again here, under the scenario now in force.
    for statement in history {
      if case .tableBinding(let table, let outputs, let inputs) = statement.kind {
        try? executeTableBinding(table, outputs, inputs, span: statement.span)
      }
    }
    return nil
  }

  /// `low.need.visit`: what follows a scenario's name, evaluated in the plan replayed under
  /// the scenario; nil when the expression does not start with one.
  package mutating func valueUnderScenario(_ expression: Expr) throws -> Value? {
    guard let (scenario, rest) = Self.splitScenario(expression, in: environment) else { return nil }
    let definition = environment.scenarios[scenario.text]!
    var keyed: [OverrideKey: Expr] = [:]
    for change in definition.overrides { keyed[try overrideKey(change.target)] = change.value }
    var (replay, failure) = replaying(under: keyed)
    if let failure {
      throw Diagnostic.error(
        .invalidValue,
        Message(
          "scenario-does-not-run", ["scenario": .text(scenario.text), "error": .message(failure.content)]),
        at: scenario.span, notes: [Message.at(failure.span)])
    }
    let value = try replay.evaluate(rest)
    // A replay binds a data table without working it out (`runAgain`); `low.t` read here
    // works it out under `low`.
    if case .table(let placeholder) = value, placeholder.axes.isEmpty, let host = options.host {
      let written = placeholder.definition
      var table = try host.table(written.outputs, over: written.inputs, at: written.span, in: &replay)
      table.name = placeholder.name
      table.scenario = scenario.text
      return .table(table)
    }
    return value
  }

  /// `low.need.visit` as the scenario `low` and `need.visit`; nil unless the chain of members,
  /// rates and calls starts with a scenario's name that no value shadows.
  package static func splitScenario(_ expression: Expr, in environment: Environment) -> (Name, Expr)? {
    switch expression.kind {
    case .member(let base, let field):
      if case .name(let name) = base.kind {
        // Asked of every member and call once a plan has a scenario: the few scenario names
        // are compared first, with no hashing, since a member's base is seldom one.
        guard environment.scenarios.contains(where: { $0.key == name }), environment.bindings[name] == nil
        else {
          return nil
        }
        return (Name(name, base.span), Expr(.name(field.text), field.span))
      }
      guard let (scenario, inner) = splitScenario(base, in: environment) else { return nil }
      return (scenario, Expr(.member(inner, field), expression.span, depth: expression.depth))
    case .stageRate(let base, let from, let to):
      guard let (scenario, inner) = splitScenario(base, in: environment) else { return nil }
      return (scenario, Expr(.stageRate(inner, from: from, to: to), expression.span, depth: expression.depth))
    case .call(let callee, let arguments):
      guard let (scenario, inner) = splitScenario(callee, in: environment) else { return nil }
      return (scenario, Expr(.call(inner, arguments), expression.span, depth: expression.depth))
    default:
      return nil
    }
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
          Message(
            "scenario-change-type",
            [
              "target": .text(ExprPrinter.print(change.target)),
              "old": .message(UnitTable.described(old.unit)),
              "new": .message(UnitTable.described(new.unit)),
            ]),
          at: change.value.span, label: UnitTable.described(new.unit),
          secondary: [
            .init(
              span: change.target.span,
              message: Message("label-is", ["value": .value(Formatting.describe(old))]))
          ])
      }
      // A percentage changed to a plain number: `rate = 5` would silently mean 500%.
      if old.display.isShare, old.unit.isDimensionless, !new.display.isShare {
        let number = Formatting.number(new.magnitude.central)
        throw Diagnostic.error(
          .unitMismatch,
          Message("scenario-change-percentage", ["target": .text(ExprPrinter.print(change.target))]),
          at: change.value.span,
          label: Message(
            "label-would-mean",
            ["number": .value(number), "percent": .value(Formatting.percent(new.magnitude.central))]),
          secondary: [
            .init(
              span: change.target.span,
              message: Message("label-is", ["value": .value(Formatting.describe(old))]))
          ],
          fixIt: Formatting.percentHintMessage(new.magnitude.central))
      }
    case (.text, .text), (.bool, .bool), (.time, .time), (.list, .list), (.record, .record),
      (.symbol, .symbol):
      return
    default:
      throw Diagnostic.error(
        .typeMismatch,
        Message(
          "scenario-change-type",
          [
            "target": .text(ExprPrinter.print(change.target)), "old": .message(current.typeMessage),
            "new": .message(replacement.typeMessage),
          ]),
        at: change.value.span, secondary: [.init(span: change.target.span, message: current.typeMessage)])
    }
  }
}
