import MPlanLanguage
import MPlanSyntax

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// SMART goal setting (seed 003) as language rules: each letter a goal fails is one
/// diagnostic with its code (`SMART-S` … `SMART-T`), the span of the field at fault, and a
/// fix-it that teaches the letter (`SMART+Teaching.swift`). A goal that passes all five gets one
/// ✓ that shows them: `S ✓ M ✓ A ✓ R ✓ T ✓`.
package struct SMARTRules {
  package enum Letter: String, CaseIterable {
    case specific = "S", measurable = "M", attainable = "A", relevant = "R", timeBound = "T"
  }

  package let index: PlanIndex
  /// Budgets that cannot carry their actions, so a goal funded from one is not Attainable.
  package let overCommittedBudgets: Set<String>

  /// The findings for one goal, and the letters it failed (for `show goals`).
  package func check(_ goal: PlanItem) -> (findings: [PlanFinding], failed: [Letter]) {
    var findings: [PlanFinding] = []
    var failed: [Letter] = []
    func fail(_ letter: Letter, _ diagnostic: Diagnostic) {
      findings.append(.fail(.smart, diagnostic))
      if !failed.contains(letter) { failed.append(letter) }
    }
    let name = "goal `\(goal.name)`"
    let measure = measurement(of: goal)

    // Specific (seed 003): not "get customers" but "double our customer list through
    // Instagram": what is counted, how much it moves, and through what. The plan sees the
    // metric, a target that differs from the baseline, and the actions that serve the goal.
    var unsaid: [String] = []
    if goal["metric"] == nil { unsaid.append("what it counts (no `metric`)") }
    if goal["target"] == nil {
      unsaid.append("how much (no `target`)")
    } else if case .amounts(let baseline, let target) = measure,
      baseline.magnitude.central == target.magnitude.central
    {
      unsaid.append("how much (the target is the baseline)")
    }
    if (index.actionsByGoal[goal.name] ?? []).isEmpty { unsaid.append("through what (no action serves it)") }
    if !unsaid.isEmpty {
      fail(
        .specific,
        .warning(
          .smartSpecific, "\(name) does not say \(Self.list(unsaid))", at: goal.nameSpan,
          fixIt: specificFixIt(for: goal)
            + "; a specific goal says what, how much and through what: not \"get "
            + "customers\" but \"double our customer list through Instagram within two months\" (SMART: Specific)"
        ))
    } else if goal.title == nil {
      fail(
        .specific,
        .warning(
          .smartSpecific, "\(name) names no result", at: goal.nameSpan,
          fixIt: "give it a title that says what changes and how: "
            + "`goal \(goal.name) \"Double our customer list through Instagram\"` (SMART: Specific)"))
    }

    // Measurable: a baseline and a target in one unit, far enough apart to mean something.
    switch measure {
    case .missing(let fields):
      fail(
        .measurable,
        .warning(
          .smartMeasurable,
          "\(name) has no \(fields.joined(separator: " and no ")), so progress cannot be measured",
          at: goal.nameSpan, fixIt: measurableFixIt(for: goal, missing: fields) + " (SMART: Measurable)"))
    case .notAmount(let field):
      fail(
        .measurable,
        .warning(
          .smartMeasurable, "\(name)'s \(field) is not an amount", at: goal.place(field),
          fixIt: "write a number with its unit, such as `125 followers` or `3%` (SMART: Measurable)"))
    case .unitsDiffer(let baseline, let target):
      fail(
        .measurable,
        .warning(
          .smartMeasurable,
          "\(name) starts in \(UnitTable.describe(baseline.unit)) but aims for \(UnitTable.describe(target.unit))",
          at: goal.place("target"), fixIt: "give baseline and target in the same unit (SMART: Measurable)"))
    case .metricDiffers(let metric, let target):
      let metricName = UnitTable.countName(metric.base, plural: true, declaredPlural: metric.plural)
      fail(
        .measurable,
        .warning(
          .smartMeasurable,
          "\(name) counts \(metricName) but its target is \(UnitTable.describe(target.unit))",
          at: goal.place("target"),
          fixIt: "write the target in \(metricName) (`target 125 \(metricName)`), as a rate (`target 3%`) or "
            + "a run rate (`target 500 \(metricName) per month`) (SMART: Measurable)"))
    case .amounts(let baselineAmount, let targetAmount):
      let baseline = baselineAmount.magnitude.central
      let target = targetAmount.magnitude.central
      let change = abs(target - baseline)
      if target <= 0 {
        findings.append(
          .fail(
            .smart,
            .error(
              .goalTargetNotPositive,
              "\(name) aims for \(describe(target, like: baselineAmount)): a target must be above zero",
              at: goal.place("target"),
              fixIt: "aim for the amount you want to reach, such as `target 125 followers`")))
        if !failed.contains(.measurable) { failed.append(.measurable) }
      } else if change == 0 {
        fail(
          .measurable,
          .warning(
            .smartMeasurable,
            "\(name) aims for where it already is (\(describe(target, like: baselineAmount)))",
            at: goal.place("target"),
            fixIt: "set the target the goal moves to, such as +25% (SMART: Measurable)"))
      } else if isCount(baselineAmount.unit), Self.isMetByChance(from: baseline, to: target) {
        let unitName = UnitTable.countName(baselineAmount.unit.simpleBase ?? "", plural: false)
        let quarterMore = Funnel.roundUp(baseline * 1.25)
        fail(
          .measurable,
          .warning(
            .smartMeasurable,
            "\(name) is met by a change of one \(unitName) (\(describe(baseline, like: baselineAmount)) → \(describe(target, like: baselineAmount)))",
            at: goal.place("target"),
            fixIt: "say how much it moves, such as +25% (\(describe(baseline, like: baselineAmount)) → "
              + "\(describe(quarterMore, like: baselineAmount))): a change of one happens by chance "
              + "(SMART: Measurable)"))
      }
    }

    if let problem = Self.windowProblem(of: goal, named: name) { fail(.measurable, problem) }

    // Relevant: it supports one of the company's objectives.
    let supports = goal.words("supports")
    if supports.isEmpty {
      fail(
        .relevant,
        .warning(
          .smartRelevant, "\(name) supports no objective: a planning gap", at: goal.nameSpan,
          fixIt:
            "add `supports \(index.objectives.first?.name ?? "OBJECTIVE")`, the objective it moves (SMART: Relevant)"
        ))
    } else {
      for objective in supports where index.objectivesByName[objective] == nil {
        let suggestion = Suggestions.closest(to: objective, among: index.objectivesByName.keys)
        findings.append(
          .fail(
            .alignment,
            .error(
              .unknownObjective, "\(name) supports `\(objective)`, which is not an objective of this plan",
              at: goal.place("supports"),
              fixIt: suggestion.map { "did you mean `\($0)`?" }
                ?? "declare it: `objective \(objective) \"…\"`")))
        if !failed.contains(.relevant) { failed.append(.relevant) }
      }
    }

    // Time-bound: a deadline inside the plan's period, after the baseline was taken.
    let deadline = index.deadline(of: goal)
    let baselineDate = index.baselineDate(of: goal)
    let deadlineProblem = deadlineProblem(of: goal, baselineDate: baselineDate)
    if let problem = deadlineProblem {
      fail(
        .timeBound,
        .warning(
          .smartTimeBound, "\(name) \(problem.message)", at: problem.place,
          fixIt: problem.fixIt + " (SMART: Time-bound)"))
    } else if let deadline {
      let place = PlanIndex.deadlineFields.lazy.compactMap { goal.span(of: $0) }.first ?? goal.place("within")
      if let baselineDate, deadline < baselineDate {
        findings.append(
          .fail(
            .smart,
            .error(
              .goalDeadlineBeforeBaseline,
              "\(name) is due \(deadline.iso), before its baseline was taken (\(baselineDate.iso))",
              at: place,
              fixIt: "put the deadline after the baseline date, or correct `since`")))
        if !failed.contains(.timeBound) { failed.append(.timeBound) }
      } else if let period = index.period, deadline > period.end || deadline < period.start {
        fail(
          .timeBound,
          .warning(
            .smartTimeBound,
            "\(name) is due \(deadline.iso), outside the plan's period (\(period.description))",
            at: place,
            fixIt: "move the deadline inside the plan, such as `by \(period.end.iso)` (SMART: Time-bound)"))
      }
    } else {
      fail(
        .timeBound,
        .warning(
          .smartTimeBound, "\(name) has no deadline", at: goal.nameSpan,
          fixIt: "add `by \(index.period?.end.iso ?? "2027-12-31")` or `within 6 months` (SMART: Time-bound)")
      )
    }

    // Attainable: the growth it implies per month, and the budget that must carry it.
    // A deadline already flagged (no time, not a date, two that disagree) gives no growth
    // rate worth a second finding.
    if case .amounts(let baselineAmount, let targetAmount) = measure, let deadline, let baselineDate,
      deadline >= baselineDate, deadlineProblem == nil
    {
      let baseline = baselineAmount.magnitude.central
      let target = targetAmount.magnitude.central
      let months = max(1, Self.months(of: goal, from: baselineDate, to: deadline))
      if baseline > 0, target > baseline {
        let growth = Self.monthlyGrowth(from: baseline, to: target, months: months)
        let bound = index.maximumMonthlyGrowth
        if growth > bound + 1e-9 {
          let reachable = Self.largestTarget(
            baseline * pow(1 + bound, months), counting: isCount(baselineAmount.unit))
          fail(
            .attainable,
            .warning(
              .smartAttainable,
              "\(name) needs \(Formatting.percent(growth)) growth a month (\(describe(baseline, like: baselineAmount)) → "
                + "\(describe(target, like: baselineAmount)) in \(Self.describe(months: months))); "
                + "the plan allows \(Formatting.percent(bound))",
              at: goal.place("target"),
              fixIt:
                "aim for at most \(describe(reachable, like: baselineAmount)), allow more time, or set "
                + "`max_growth` in the plan if last year's figures show faster growth (SMART: Attainable)"))
        }
      }
    }
    // The budgets that carry the goal: its own `budget`, and those its actions spend.
    var funding = Set((index.actionsByGoal[goal.name] ?? []).compactMap { $0.word("from") })
    if let budget = goal.word("budget") {
      if index.budgetsByName[budget] == nil {
        findings.append(index.unknownBudget(budget, fundingWhat: name, at: goal.place("budget")))
      } else {
        funding.insert(budget)
      }
    }
    for budget in funding.sorted() where overCommittedBudgets.contains(budget) {
      fail(
        .attainable,
        .warning(
          .smartAttainable, "\(name) is funded from budget `\(budget)`, which cannot carry its actions",
          at: goal.nameSpan,
          fixIt: "fund the budget or cut actions until it is not over-committed (SMART: Attainable)"))
    }

    if failed.isEmpty {
      findings.append(.pass(.smart, "\(name) is SMART: \(Self.letters(failed: []))", at: goal.nameSpan))
    } else if let first = findings.firstIndex(where: { !$0.passed && $0.group == .smart }) {
      // A goal that fails one letter still shows the four it meets: the checklist teaches.
      findings[first].diagnostic?.notes.append("SMART: \(Self.letters(failed: failed))")
    }
    return (findings, failed)
  }

  /// Seed 003: "grow following" alone is met by 100 → 101. A change of one unit is flagged
  /// only when it is also tiny next to the baseline (under 5%), so a first customer (0 → 1) or
  /// a doubling (1 → 2) is real growth and passes.
  package static let smallestMeaningfulChange = 0.05

  package static func isMetByChance(from baseline: Double, to target: Double) -> Bool {
    let change = abs(target - baseline)
    guard change <= 1, baseline > 0 else { return false }
    return change / baseline < smallestMeaningfulChange
  }

  /// The largest target the growth bound allows: whole things for counts (rounded down, so
  /// the advice stays inside the bound), two decimals of a percent or unit otherwise.
  package static func largestTarget(_ reachable: Double, counting: Bool) -> Double {
    if counting { return Funnel.roundDown(reachable) }
    let scale = abs(reachable) < 1 ? 10_000.0 : 100.0
    return (reachable * scale + 1e-9).rounded(.down) / scale
  }

  /// A deadline written but unusable: `by "soon"`, `within 0 months`, `within 3 visits`, or a
  /// `by` and a `within` that name different days.
  package func deadlineProblem(of goal: PlanItem, baselineDate: CalendarDay?)
    -> (message: String, place: SourceSpan, fixIt: String)?
  {
    let example = "`by \(index.period?.end.iso ?? "2027-12-31")` or `within 6 months`"
    for field in PlanIndex.deadlineFields {
      guard let value = goal[field] else { continue }
      guard case .time = value else {
        let written = if case .text(let text) = value { "\"\(text)\"" } else { Formatting.describe(value) }
        return (
          "has `by \(written)`, which is not a date", goal.place(field),
          "a deadline is a date, month or quarter: \(example)"
        )
      }
    }
    guard let within = goal["within"] else { return nil }
    guard case .quantity(let duration) = within, duration.unit.isTime else {
      return (
        "has `within \(Formatting.describe(within))`, which is not a duration", goal.place("within"),
        "give the time it has: \(example)"
      )
    }
    if duration.magnitude.central < 0 {
      let ahead = Formatting.describe(
        Quantity(magnitude: duration.magnitude.map { -$0 }, unit: duration.unit, display: duration.display))
      return (
        "has `within \(Formatting.describe(within))`, which counts back from its baseline date",
        goal.place("within"), "`within` counts forward from the baseline date: write `within \(ahead)`"
      )
    }
    if duration.magnitude.central == 0 {
      return (
        "has `within \(Formatting.describe(within))`: no time to reach its target", goal.place("within"),
        "give it the time it needs, counted forward from its baseline date, such as `within 6 months`"
      )
    }
    guard let calendar = duration.calendarDuration else {
      return (
        "has `within \(Formatting.describe(within))`, which is neither whole months nor whole days",
        goal.place("within"), duration.wholeDurationAdvice
      )
    }
    let by = PlanIndex.deadlineFields.lazy.compactMap { field -> CalendarDay? in
      if let by = goal.period(field) { return by.end }
      return nil
    }.first
    if let by, let start = baselineDate {
      let end = start.lastDay(within: calendar)
      if end != by {
        return (
          "is due \(by.iso) but also `within \(Formatting.describe(within))`, which ends \(end.iso)",
          goal.place("within"), "keep one deadline: `by` a date or `within` a duration"
        )
      }
    }
    return nil
  }

  /// The goal's time in calendar months, from its baseline date to its deadline, both counted
  /// (a month in progress counts by its own days).
  package static func months(of goal: PlanItem, from start: CalendarDay, to deadline: CalendarDay) -> Double {
    start.months(through: deadline)
  }

  package static func describe(months: Double) -> String {
    let text = Formatting.number(months, maximumDecimals: 1)
    return text + (text == "1" ? " month" : " months")
  }

  /// Compound growth a month that turns `baseline` into `target` over `months`.
  package static func monthlyGrowth(from baseline: Double, to target: Double, months: Double) -> Double {
    pow(target / baseline, 1 / months) - 1
  }

  // MARK: - Baseline and target

  package enum Measurement {
    /// The fields a goal lacks: `baseline`, `target`, or both.
    case missing([String])
    case notAmount(String)
    case unitsDiffer(Quantity, Quantity)
    case metricDiffers(UnitDefinition, Quantity)
    case amounts(baseline: Quantity, target: Quantity)
  }

  package func measurement(of goal: PlanItem) -> Measurement {
    let missing = ["baseline", "target"].filter { goal[$0] == nil }
    guard missing.isEmpty else { return .missing(missing) }
    guard case .quantity(let baseline) = goal["baseline"]! else { return .notAmount("baseline") }
    guard case .quantity(let target) = goal["target"]! else { return .notAmount("target") }
    guard baseline.unit == target.unit else { return .unitsDiffer(baseline, target) }
    if let metric = goal.word("metric"), let definition = index.environment.units.lookup(metric),
      definition.kind == .count, !Self.measures(definition.base, target)
    {
      return .metricDiffers(definition, target)
    }
    return .amounts(baseline: baseline, target: target)
  }

  package func isCount(_ unit: Unit) -> Bool {
    guard let base = unit.simpleBase else { return false }
    return index.environment.units.lookup(base)?.kind == .count
  }

  /// A number shown the way the goal wrote its baseline (`3%`, `125 followers`).
  package func describe(_ value: Double, like quantity: Quantity) -> String {
    Formatting.describe(value, quantity.unit, quantity.display)
  }
}
