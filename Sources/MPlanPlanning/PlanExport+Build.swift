import MPlanLanguage
import MPlanSyntax

extension PlanExport {
  /// The whole plan as the interpreter holds it, with every `compare` and `table` as the run
  /// worked it out. One the history has moved past (a value redefined at the prompt since)
  /// is worked out again, and a failure then is an error, not a table left out.
  public init(interpreter: inout Interpreter) throws {
    let environment = interpreter.environment
    let checker = PlanChecker(environment: environment)
    let presenter = PlanPresenter(environment: environment, checker: checker)
    let index = checker.index
    self.init(currency: index.currency)
    planTitle = index.plan?.title
    language = environment.planLanguage.flatMap { Catalogue.named($0)?.language }
    period = index.period
    objectives = index.objectives.map(Self.item)
    reports = index.reports.map(Self.item)
    let rules = checker.smartRules
    goals = Self.goals(index, rules: rules)
    funnels = Self.funnels(in: environment, goals: index.goals)
    economics = Self.economics(index)
    var spread: [String: (currency: String, months: [Month])] = [:]
    for budget in index.budgets {
      guard let ledger = checker.ledgers[budget.name] else { continue }
      let pacing = BudgetPacing(lines: ledger.lines, index: index)
      var exported = Self.budget(ledger, pacing: pacing)
      exported.blocks = presenter.budgetBlocks(budget, ledger: ledger, pacing: pacing)
      budgets.append(exported)
      for line in ledger.lines {
        spread[line.action.name] = (
          ledger.currency, Self.months(line.cost.magnitude.central, line.action, index)
        )
      }
    }
    actions = index.actions.map { action in
      var months = spread[action.name]
      if months == nil, let cost = action.quantity("cost"), let currency = cost.unit.currency {
        months = (currency, Self.months(cost.magnitude.central, action, index))
      }
      return Self.action(action, index: index, months: months?.months ?? [], currency: months?.currency)
    }
    formulas = Formulas(history: interpreter.history.statements, environment: environment)
    (comparisons, dataTables) = try Self.workedOut(in: &interpreter)
    uncertainValues = Self.quantities(in: environment).filter(\.value.magnitude.isUncertain)
    let findings = checker.runEvenWithoutPlan()
    checksTotal = findings.count
    checksPassed = findings.count { $0.passed }
    openItems = findings.compactMap { finding in
      guard let diagnostic = finding.diagnostic else { return nil }
      return OpenItem(
        group: finding.group.rawValue, severity: diagnostic.severity, code: diagnostic.code,
        content: diagnostic.content, line: diagnostic.span.line, fixContent: diagnostic.fixItContent)
    }
  }

  /// One named part of the plan (`export marketing to "budget.csv"`): a goal, a budget, a
  /// funnel, an objective, an action, a report, a value, a data table, or a scenario (the
  /// comparisons it is in); nil when the name is none of these.
  public func only(_ name: String, in environment: Environment) -> PlanExport? {
    var part = PlanExport(currency: currency)
    (part.subject, part.planTitle, part.period, part.formulas) = (name, planTitle, period, formulas)
    part.objectives = objectives.filter { $0.name == name }
    part.goals = goals.filter { $0.name == name }
    part.funnels = funnels.filter { $0.name == name }
    part.economics = economics.filter { $0.funnel == name }
    part.budgets = budgets.filter { $0.name == name }
    // A budget brings the actions it pays for, whose months are its ledger.
    part.actions = actions.filter { $0.name == name || ($0.budget == name && !part.budgets.isEmpty) }
    part.reports = reports.filter { $0.name == name }
    part.uncertainValues = uncertainValues.filter { $0.name == name }
    part.comparisons = comparisons.filter { $0.scenarios.contains(name) && name != "base" }
    // A table by its name; a scenario brings the tables a `compare` worked out under it.
    part.dataTables = dataTables.filter { ($0.name == name && $0.scenario == nil) || $0.scenario == name }
    if part.uncertainValues.isEmpty,
      let value = Self.quantities(in: environment).first(where: { $0.name == name })
    {
      part.values = [value]
    }
    let found =
      !(part.objectives.isEmpty && part.goals.isEmpty && part.funnels.isEmpty && part.budgets.isEmpty
      && part.actions.isEmpty && part.reports.isEmpty && part.uncertainValues.isEmpty && part.values.isEmpty
      && part.comparisons.isEmpty && part.dataTables.isEmpty)
    return found ? part : nil
  }

  /// The goals with their SMART verdicts, as `show goals` and every export list them.
  package static func goals(_ index: PlanIndex, rules: SMARTRules) -> [Goal] {
    index.goals.map { goal in
      let verdict = rules.check(goal).verdict
      var chance: Double?
      if case .amounts(_, let target) = rules.measurement(of: goal) {
        chance = index.chanceMet(goal, target: target, fallingIsBetter: rules.direction(of: goal) == .down)
      }
      return Goal(
        name: goal.name, title: goal.title, metric: goal.word("metric"), baseline: goal["baseline"],
        target: goal["target"], deadline: index.deadline(of: goal), owners: goal.people("owner"),
        supports: goal.words("supports"),
        smart: SMARTRules.Letter.allCases.map { letter in
          let state = verdict.state(letter)
          return SMARTMark(letter: letter.rawValue, met: state == .notJudged ? nil : state == .met)
        },
        actions: (index.actionsByGoal[goal.name] ?? []).map(\.name), chanceMet: chance)
    }
  }

  /// An action as `show actions` and every export list it; `months` its cost over its months
  /// in `currency`, as its budget's pacing spreads it.
  package static func action(
    _ action: PlanItem, index: PlanIndex, months: [Month] = [], currency: String? = nil
  )
    -> Action
  {
    Action(
      name: action.name, title: action.title, serves: action.serves.map(\.text),
      channel: action.word("channel"), cost: action["cost"], owners: action.people("owner"),
      period: action.period("period") ?? index.period, periodIsPlans: action.period("period") == nil,
      budget: action.word("from"), months: months, currency: currency)
  }

  package static func item(_ block: PlanItem) -> Item {
    Item(
      name: block.name, title: block.title, fields: block.fields.map { Field(name: $0.name, value: $0.value) }
    )
  }

  /// Funnels in the order of the script; stage counts from the first goal that names the
  /// funnel and has a target in its last stage's unit.
  package static func funnels(in environment: Environment, goals: [PlanItem]) -> [Funnel] {
    let funnels = environment.bindings.compactMap { name, binding -> (String, MPlanLanguage.Funnel)? in
      guard let funnel = binding.value.funnel, let span = Self.planSpan(binding), funnel.name == name else {
        return nil
      }
      return (Self.order(span, name), funnel)
    }.sorted { $0.0 < $1.0 }.map(\.1)
    let needs = environment.bindings.compactMap { name, binding -> (String, String, Record)? in
      guard case .record(let record) = binding.value, let span = Self.planSpan(binding) else { return nil }
      return (Self.order(span, name), name, record)
    }.sorted { $0.0 < $1.0 }.map { ($0.1, $0.2) }
    return funnels.map { funnel in
      var counts: [Magnitude]?
      var countsFor: String?
      for goal in goals where goal.word("funnel") == funnel.name {
        guard let target = goal.quantity("target"), target.unit.simpleBase == funnel.stages.last else {
          continue
        }
        counts = funnel.need(target.magnitude).map(\.amount)
        countsFor = goal.name
        break
      }
      // Else the first `let` that holds one count a stage (`let need = inbound.need(…)`).
      if counts == nil, let (name, record) = needs.first(where: { $0.1.fields.map(\.name) == funnel.stages })
      {
        counts = record.fields.compactMap { $0.value.quantity?.magnitude }
        countsFor = name
      }
      let stages = funnel.stages.enumerated().map { index, stage in
        FunnelStage(name: stage, rate: index == 0 ? nil : funnel.rates[index - 1], count: counts?[index])
      }
      return Funnel(name: funnel.name, stages: stages, countsFor: countsFor)
    }
  }

  package static func budget(_ ledger: BudgetLedger, pacing: BudgetPacing) -> Budget {
    let budget = ledger.budget
    return Budget(
      name: budget.name, title: budget.title, currency: ledger.currency, isTopDown: ledger.isTopDown,
      isZeroBased: budget.flag("zero_based"), control: Cadence(budget["control"])?.name, given: ledger.total,
      committed: ledger.committed, reserve: ledger.reserved, reserveShare: ledger.reserveShare,
      reserveIsMoney: ledger.reserveIsMoney,
      available: ledger.isTopDown ? ledger.available : nil, needed: ledger.needed,
      months: pacing.months.map {
        Month(year: $0.year, month: $0.month, amount: $0.amount, period: $0.period)
      },
      unscheduled: pacing.unscheduled, chanceOver: ledger.chanceOverBudget,
      reserveForNinety: ledger.reserveForNinetyPercent)
  }

  /// An action's cost over its months, as the budget's pacing spreads it.
  package static func months(_ cost: Double, _ action: PlanItem, _ index: PlanIndex) -> [Month] {
    guard let spread = index.spread(of: action) else { return [] }
    return spread.months(of: cost).map {
      Month(
        year: $0.year, month: $0.month, amount: $0.amount,
        period: .month(year: $0.year, month: $0.month, in: spread.calendar))
    }
  }

  /// Every `compare` and data table that ran, in order, as the run worked them out; the data
  /// tables a `compare` compared are in the tables, under each scenario but `base`.
  package static func workedOut(in interpreter: inout Interpreter) throws -> ([Comparison], [DataTable]) {
    var comparisons: [Comparison] = []
    var tables: [DataTable] = []
    // At the prompt a recalculated table joins the history again: it is exported once.
    var bound: Set<SourceSpan> = []
    // What ran before the last statement that defines something was worked out on values
    // that may have changed since (at the prompt; a script runs its readers last).
    let lastDefinition = interpreter.history.lastIndex { !$0.onlyReads || $0.isTableBinding } ?? -1
    let scenario = interpreter.activeScenario
    func kept(_ statement: Stmt) -> (any Sendable)? {
      guard let kept = interpreter.workedOut[statement.span], kept.historyCount > lastDefinition,
        kept.scenario == scenario
      else { return nil }
      return kept.result
    }
    for statement in interpreter.history {
      switch statement.kind {
      case .tableBinding(let name, _, _):
        guard let table = interpreter.environment[name.text]?.dataTable,
          table.definition.span == statement.span, bound.insert(statement.span).inserted
        else { continue }
        tables.append(table)
      case .table(let outputs, let inputs):
        if let table = kept(statement) as? DataTable {
          tables.append(table)
        } else {
          tables.append(try PlanAnalysis.table(outputs, over: inputs, at: statement.span, in: &interpreter))
        }
      case .compare(let scenarios, let expressions):
        var compared = kept(statement) as? PlanAnalysis.Compared
        if compared == nil {
          compared = try PlanAnalysis.compared(
            scenarios, on: expressions, at: statement.span, in: &interpreter)
        }
        if let comparison = compared?.comparison { comparisons.append(comparison) }
        tables += compared?.tables ?? []
      default: continue
      }
    }
    return (comparisons, tables)
  }

  /// Where the plan defined a binding; nil for natives, the prelude and the standard library,
  /// which are not the plan's.
  package static func planSpan(_ binding: Environment.Binding) -> SourceSpan? {
    guard let span = binding.span, !span.file.hasPrefix("stdlib/") else { return nil }
    return span
  }

  /// Where a name was defined, as a key that orders names as the script does and never ties
  /// (bindings are a dictionary, whose order changes from run to run).
  package static func order(_ span: SourceSpan, _ name: String) -> String {
    let offset = String(span.start)
    return span.file + "\u{0}" + String(repeating: "0", count: max(0, 12 - offset.count)) + offset + "\u{0}"
      + name
  }

  /// The quantities the script bound with `let`, in the order of the script.
  package static func quantities(in environment: Environment) -> [NamedValue] {
    environment.bindings.compactMap { name, binding -> NamedValue? in
      guard let quantity = binding.value.quantity, let span = Self.planSpan(binding), !name.hasPrefix("_")
      else {
        return nil
      }
      return NamedValue(name: name, value: quantity, line: span.line)
    }.sorted { ($0.line, $0.name) < ($1.line, $1.name) }
  }
}

extension Magnitude {
  /// True for a distribution of samples (`a to b`), false for one exact number.
  public var isUncertain: Bool { if case .samples = self { true } else { false } }
}
