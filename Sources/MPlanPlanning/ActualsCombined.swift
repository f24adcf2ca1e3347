import MPlanLanguage
import MPlanSyntax

/// The plan against every block of spend at once. Two ad platforms, each its own `actuals`
/// block, pay for the same actions and budgets: an action that spent $300 on each has spent
/// $600, and PLAN-T01, PLAN-T05 and `show variance`'s combined tables judge that sum once,
/// never each block's part as if it were the whole.
package struct ActualsCombined {
  package struct ActionLine {
    package var action: PlanItem
    package var channel: String
    package var planned: Double
    package var plannedToDate: Double
    package var actual: Double
    /// Each block's spend at its own burn to the end of the action's period, summed.
    package var landsAt: Double
    package var remaining: Double { planned - actual }
  }

  package struct BudgetLine {
    package var budget: PlanItem
    package var total: Double?
    package var plannedToDate: Double
    /// Spend and landing with the spend no action names counted in.
    package var actual: Double
    package var landsAt: Double
    package var unplannedKeys: [String] = []
    package var unplannedSpend = 0.0
    package var unplannedLandsAt = 0.0
  }

  /// The blocks summed, in the order they were read; the figures are in the first one's
  /// currency.
  package let trackings: [ActualsTracking]
  /// What one unit of each block's currency is in `currency`.
  let factors: [Double]
  package let currency: String
  /// The latest "as of" of the blocks: what the plan's pace to date is measured to.
  package let asOf: CalendarDay
  package var actions: [ActionLine] = []
  package var budgets: [BudgetLine] = []
  package var blockNames: String { trackings.map { "`\($0.ledger.name)`" }.joined(separator: " and ") }

  /// The blocks with spend, in groups whose figures can be summed: each group the blocks whose
  /// currency converts to its first one's (at the plan's `rate`s). A block no rate converts
  /// stays a group of its own, judged alone, rather than added at a made-up rate.
  package static func groups(_ trackings: [ActualsTracking], environment: Environment) -> [ActualsCombined] {
    var groups: [[(tracking: ActualsTracking, factor: Double)]] = []
    let arithmetic = Arithmetic(environment: environment)
    for tracking in trackings where tracking.ledger.hasSpend {
      let to = { (group: [(tracking: ActualsTracking, factor: Double)]) in group[0].tracking.ledger.currency }
      if let at = groups.firstIndex(where: {
        to($0) == tracking.ledger.currency || arithmetic.rateBetween(tracking.ledger.currency, to($0)) != nil
      }) {
        let currency = to(groups[at])
        let factor =
          currency == tracking.ledger.currency
          ? 1 : arithmetic.rateBetween(tracking.ledger.currency, currency)!
        groups[at].append((tracking, factor))
      } else {
        groups.append([(tracking, 1)])
      }
    }
    return groups.map { ActualsCombined($0) }
  }

  private init(_ parts: [(tracking: ActualsTracking, factor: Double)]) {
    trackings = parts.map(\.tracking)
    factors = parts.map(\.factor)
    let first = parts[0].tracking
    currency = first.ledger.currency
    asOf = parts.map(\.tracking.asOf).max()!
    var order: [String] = []
    var byAction: [String: ActionLine] = [:]
    for (tracking, factor) in parts {
      for line in tracking.lines {
        let name = line.action.name
        guard var sum = byAction[name] else {
          // The plan's pace to the latest day any block knows, on the first block's costs.
          let share = line.spread.map { $0.share(from: $0.period.start, through: asOf) } ?? 0
          order.append(name)
          byAction[name] = ActionLine(
            action: line.action, channel: line.channel, planned: line.planned * factor,
            plannedToDate: share * line.planned * factor, actual: line.actual.spend * factor,
            landsAt: line.landsAt * factor)
          continue
        }
        sum.actual += line.actual.spend * factor
        sum.landsAt += line.landsAt * factor
        byAction[name] = sum
      }
    }
    actions = order.map { byAction[$0]! }
    var budgetOrder: [String] = []
    var byBudget: [String: BudgetLine] = [:]
    for (tracking, factor) in parts {
      for line in tracking.budgets {
        let name = line.budget.name
        if byBudget[name] == nil {
          budgetOrder.append(name)
          let funded = actions.filter { $0.action.word("from") == name }
          byBudget[name] = BudgetLine(
            budget: line.budget, total: line.total.map { $0 * factor },
            plannedToDate: funded.map(\.plannedToDate).reduce(0, +), actual: 0, landsAt: 0)
        }
        byBudget[name]!.actual += line.actual * factor
        byBudget[name]!.landsAt += line.landsAt * factor
        byBudget[name]!.unplannedKeys += line.unplanned.map(\.key)
        byBudget[name]!.unplannedSpend += line.unplannedSpend * factor
        byBudget[name]!.unplannedLandsAt += line.unplannedLandsAt * factor
      }
    }
    budgets = budgetOrder.map { byBudget[$0]! }
  }

  /// A budget's control checkpoints (`ActualsTracking.checkpoints`) over every block: the
  /// periods up to the latest "as of", each block's spend in them summed. A block whose rows
  /// end sooner is read as of that day too, so every block counts the same periods.
  package func checkpoints(of budget: PlanItem) -> [ActualsTracking.Checkpoint] {
    var result: [ActualsTracking.Checkpoint] = []
    for (tracking, factor) in zip(trackings, factors) {
      let asOfAll =
        tracking.asOf == asOf
        ? tracking : ActualsTracking(ledger: tracking.ledger, index: tracking.index, checkpoint: asOf)
      guard let asOfAll, let line = asOfAll.budgets.first(where: { $0.budget.name == budget.name }) else {
        continue
      }
      let points = asOfAll.checkpoints(of: line)
      guard !result.isEmpty else {
        result = points.map {
          var point = $0
          point.actual *= factor
          point.actualSoFar *= factor
          point.planned *= factor
          point.plannedSoFar *= factor
          return point
        }
        continue
      }
      for (number, point) in points.enumerated() where number < result.count {
        result[number].actual += point.actual * factor
        result[number].actualSoFar += point.actualSoFar * factor
      }
    }
    return result
  }
}
