import MPlanLanguage
import MPlanPlanning
import MPlanReport
import MPlanSyntax

/// Live recalculation at the prompt: an input that defines a name again (a `let`, a funnel,
/// a plan block, a scenario), declares a plan block or states a rate again reruns what
/// depends on it and shows what changed, as a spreadsheet does:
/// `need.visit 10,000 visits → 13,334 visits (+33.34%)`, with the budgets' amounts and the
/// plan findings that appeared or cleared.
extension Session {
  func recalculate(after statements: [Stmt], from before: Interpreter, into outcome: inout Outcome) {
    let change = Self.change(made: statements, to: before.environment)
    guard !change.isEmpty else { return }
    let value = outcome.value
    let (rerun, diagnostics) = interpreter.recalculate(change, before: before.history.count)
    let changedWords =
      change.names.sorted().map { Message("token-code", ["code": .text($0)]) }
      + (change.aRateChanged ? [Message("recalc-a-rate")] : [])
    let what = Message.list(changedWords) ?? Message("recalc-the-blocks")
    if let failure = diagnostics.first(where: { $0.severity == .error }) {
      let name = rerun.first {
        $0.span.file == failure.span.file && $0.span.start <= failure.span.start
          && failure.span.end <= $0.span.end
      }?.definedName?.text
      var refusal = failure
      refusal.noteContents.append(
        name.map { Message("recalc-no-longer-runs-name", ["what": .message(what), "name": .text($0)]) }
          ?? Message("recalc-no-longer-runs", ["what": .message(what)]))
      outcome.diagnostics.append(refusal)
      return
    }
    if let cycle = Self.cycle(typed: statements, rerun: rerun) {
      outcome.diagnostics.append(cycle)
      return
    }
    outcome.diagnostics += diagnostics
    outcome.value = value
    outcome.recalculated = rerun.map { sourceText(of: $0.span) }
    var set = ChangeSet()
    for statement in rerun {
      guard let name = statement.definedName?.text, let old = before.environment.bindings[name]?.value,
        let new = interpreter.environment.bindings[name]?.value
      else { continue }
      set.changes.append(Change(name, before: old, after: new))
    }
    // What an input changed of what was there is listed here: a block only added is not
    // reported for itself (its own findings are `:check`'s, its goal letters have their own
    // line), but for the errors it makes appear or clear about the blocks before it (the
    // budget it over-commits). Warnings about what a plan typed block by block does not have
    // yet (objectives, reports) come and go with each block: `:check` lists them. SMART
    // letters have their own line at the prompt.
    let aValueReran = rerun.contains { if case .declaration = $0.kind { false } else { true } }
    let added = Set(
      statements.compactMap { if case .declaration(let block) = $0.kind { block.name.text } else { nil } }
    ).subtracting(before.environment.bindings.keys)
    let onlyAdded = change.names.isEmpty && !change.aRateChanged && !aValueReran
    if !change.names.isEmpty || change.aRateChanged || aValueReran
      || (change.aBlockChanged && !before.environment.planItems.isEmpty)
    {
      set.changes += Self.changes(
        from: Self.budgetAmounts(in: before.environment), to: Self.budgetAmounts(in: interpreter.environment)
      ).filter { !onlyAdded || $0.before != nil }
      set.compareFindings(
        Self.failedFindings(in: before.environment, except: .smart),
        Self.failedFindings(in: environment, except: .smart))
      let aboutWhatWasThere = { (finding: Diagnostic) in
        !onlyAdded
          || (finding.severity == .error
            && ChangeSet.subject(of: finding).map { !added.contains($0) } ?? true)
      }
      set.appeared = set.appeared.filter(aboutWhatWasThere)
      set.cleared = set.cleared.filter(aboutWhatWasThere)
    }
    let lines = ChangeText.messages(set)
    if !lines.isEmpty { events(.view(View(lines.map { .said($0) }))) }
  }

  /// What `statements` change of what `environment` had.
  static func change(made statements: [Stmt], to environment: Environment) -> PromptChange {
    var change = PromptChange()
    for statement in statements {
      switch statement.kind {
      case .declaration: change.aBlockChanged = true
      case .rate(let currency, _): if environment.rates[currency.text] != nil { change.aRateChanged = true }
      // Its inputs were reordered in place: what read them reruns.
      case .correlate(let inputs, _): change.names.formUnion(inputs.map { ExprPrinter.print($0) })
      default: break
      }
      guard let name = statement.definedName?.text else { continue }
      if environment.bindings[name] != nil || environment.scenarios[name] != nil { change.names.insert(name) }
    }
    return change
  }

  /// A definition typed again that reads, through what it made rerun, its own name: `let a =
  /// b * 2` when `b` is worked out from `a`. The prompt would show values no script gives
  /// (each would be computed from the other's old value), so the input is refused.
  static func cycle(typed statements: [Stmt], rerun: [Stmt]) -> Diagnostic? {
    let rerunNames = Set(rerun.compactMap { $0.definedName?.text })
    for statement in statements {
      guard let name = statement.definedName?.text,
        let through = statement.namesRead.intersection(rerunNames).sorted().first
      else { continue }
      return .error(
        .definitionReadsItself,
        Message("recalc-reads-itself", ["name": .text(name), "through": .text(through)]),
        at: statement.definedName!.span,
        fixIt: Message("recalc-reads-itself-fix", ["name": .text(name), "through": .text(through)]))
    }
    return nil
  }

  /// Each budget's computed amounts (`marketing.available`), by name.
  static func budgetAmounts(in environment: Environment) -> [(name: String, value: Value)] {
    environment.planItems.filter { $0.kind == .budget }.flatMap { budget -> [(name: String, value: Value)] in
      guard let ledger = try? BudgetLedger(budget: budget, environment: environment) else { return [] }
      return [
        ("\(budget.name).committed", .quantity(ledger.committed)),
        ("\(budget.name).reserved", .quantity(ledger.reserved)),
        ("\(budget.name).available", .quantity(ledger.available)),
        ("\(budget.name).needed", .quantity(ledger.needed)),
      ]
    }
  }

  /// The plan checks that fail, as their diagnostics.
  static func failedFindings(in environment: Environment, except group: PlanFinding.Group? = nil)
    -> [Diagnostic]
  {
    guard !environment.planItems.isEmpty else { return [] }
    return PlanChecker(environment: environment).runEvenWithoutPlan()
      .filter { !$0.passed && $0.group != group }.compactMap(\.diagnostic)
  }

  /// The session's values as `--watch` and `:reload` compare them: what the user defined, the
  /// budgets' amounts, and the plan findings that fail.
  public struct Snapshot: Sendable {
    var values: [(name: String, value: Value)]
    var findings: [Diagnostic]
  }

  public var snapshot: Snapshot {
    Snapshot(
      values: userBindings.filter { $0.name != "_" }.map { ($0.name, $0.value) }
        + Self.budgetAmounts(in: environment),
      findings: Self.failedFindings(in: environment))
  }

  /// What changed from one snapshot to another (two runs of a watched file, a session before
  /// and after `:reload`).
  public static func changes(from old: Snapshot, to new: Snapshot) -> ChangeSet {
    var set = ChangeSet(changes: changes(from: old.values, to: new.values))
    set.compareFindings(old.findings, new.findings)
    return set
  }

  /// A change per value that is new, gone or may differ, in the order of `new` then the gone.
  static func changes(from old: [(name: String, value: Value)], to new: [(name: String, value: Value)])
    -> [Change]
  {
    let before = Dictionary(old.map { ($0.name, $0.value) }) { first, _ in first }
    let names = Set(new.map(\.name))
    return new.map { Change($0.name, before: before[$0.name], after: $0.value) }
      + old.filter { !names.contains($0.name) }.map { Change($0.name, before: $0.value, after: nil) }
  }

  /// A scenario typed again while the prompt works under one: the plan is run again under the
  /// active scenario as it now stands (it may extend the one typed), so what the prompt shows
  /// is what `low.NAME` gives.
  func reapplyActiveScenario(after statements: [Stmt], into outcome: inout Outcome) {
    guard !outcome.hasErrors, let active = interpreter.activeScenario,
      statements.contains(where: { if case .scenario = $0.kind { true } else { false } })
    else { return }
    if let problem = activateScenario(active) {
      outcome.diagnostics.append(
        .error(
          .invalidValue, Message("recalc-nothing-changed", ["problem": .message(problem)]),
          at: statements[0].span))
    }
  }

  /// The text a statement was read from, for a saved session.
  func sourceText(of span: SourceSpan) -> String {
    guard let source = sources[span.file] else { return "" }
    var text = String.UnicodeScalarView()
    text.append(contentsOf: source.scalars[span.start..<min(span.end, source.scalars.count)])
    return String(text)
  }
}
