import MPlanLanguage
import MPlanSyntax

/// The plan set against its actuals, as of the last day the actuals report: for each action
/// what was planned, what was planned to date, what was spent, and where the spend lands at
/// the end of the action's period at the current burn rate. The views (`show variance`) and
/// the Tracking checks (PLAN-T01…T06) read this one computation.
package struct ActualsTracking {
  package struct ActionLine {
    package var action: PlanItem
    package var channel: String
    /// The action's cost: its central value, and its samples when the plan gave a range.
    package var planned: Double
    package var plannedSamples: Samples?
    package var plannedToDate: Double
    package var actual: ActualsTotals
    /// The spend at the end of the action's period if the daily burn of the month so far
    /// (from the action's start, when it started that month; up to the last day with rows)
    /// goes on.
    package var landsAt: Double
    /// The keys of the actuals that reach the action whole (a campaign it names, a rule's),
    /// and how its cost falls on the calendar (nil when neither it nor the plan has a period).
    package var keys: [Int] = []
    /// The keys of its channel spread over the channel's actions, and its share of them.
    package var channelKeys: [Int] = []
    package var channelShare = 0.0
    package var spread: SpendSpread?
    /// Planned − actual: what the action has still to spend (a budget's `available` is
    /// another figure: given − committed − reserve).
    package var remaining: Double { planned - actual.spend }
    /// Where the projected spend falls in the plan's range, 0–1 (nil without a range).
    package var percentileInRange: Double? {
      guard let samples = plannedSamples, !samples.values.isEmpty else { return nil }
      return Double(samples.values.filter { $0 <= landsAt }.count) / Double(samples.values.count)
    }
  }

  package let ledger: ActualsLedger
  package let index: PlanIndex
  package let asOf: CalendarDay
  /// The last day the figures know: `asOf`, or the actuals' last day when a checkpoint comes
  /// after it. Burn, pace and run rates stop here: the days after it are unknown, not zero.
  package let measured: CalendarDay
  /// The day asked for (`checkpoint`), nil for the last day of the rows.
  package let checkpoint: CalendarDay?
  package var lines: [ActionLine] = []
  /// Keys of the actuals that reach no action of the plan: spend the plan does not know.
  package var unplanned: [UnplannedLine] = []
  /// Channels whose spend is spread over several actions by their planned share.
  package var channelsSpread:
    [(channel: String, phases: [(days: ClosedRange<Int>, actions: [(name: String, share: Double)])])] = []

  package struct UnplannedLine {
    package var key: String
    package var position: Int
    package var totals: ActualsTotals
    /// At the current month's daily burn, to the end of the plan's period.
    package var landsAt: Double
    /// Why a channel's spend reaches no action (PLAN-T07); nil when no action names the key.
    package var refused: Message?
  }

  /// Rows before the plan's period: spent, but not against this plan.
  package var rowsBeforePlan = 0

  /// As of the last day of the actuals, or of a checkpoint (any day): the rows up to it.
  /// Only the days of the plan's period count against it.
  package init?(ledger: ActualsLedger, index: PlanIndex, checkpoint: CalendarDay? = nil) {
    guard let last = ledger.asOf else { return nil }
    let asOf = checkpoint ?? last
    self.ledger = ledger
    self.index = index
    self.asOf = asOf
    self.checkpoint = checkpoint
    let fromDay = index.period?.start.dayNumber ?? Int.min
    var totalsThrough = ledger.totals
    if checkpoint != nil || fromDay > ledger.firstDay {
      totalsThrough = ledger.totalsByKey(from: fromDay, through: asOf.dayNumber)
      if fromDay > ledger.firstDay { rowsBeforePlan = ledger.total(from: Int.min, through: fromDay - 1).rows }
    }
    // Each key's spend by day in the month of the last day with rows, for its daily burn: a
    // checkpoint after the actuals end knows nothing of the days between, which are not
    // days of no spend.
    let measured = CalendarDay(dayNumber: min(asOf.dayNumber, ledger.lastDay))
    self.measured = measured
    let monthStart = max(measured.dayNumber - index.calendar.components(of: measured).day + 1, fromDay)
    let thisMonth = Burn(
      from: monthStart, through: measured.dayNumber,
      spend: ledger.dailySpendByKey(from: monthStart, through: measured.dayNumber))
    let actions = index.environment.planItems.filter { $0.kind == .action }
    func moneyCost(_ action: PlanItem) -> Double? {
      guard let cost = action.quantity("cost"), cost.unit.currency != nil else { return nil }
      return ledger.inLedgerCurrency(cost, environment: index.environment).central
    }
    let reach = ActualsReach(
      ledger: ledger, actions: actions, plannedCost: moneyCost, spreadOf: index.spread(of:),
      days: index.period.flatMap { $0.start <= asOf ? $0.start.dayNumber...asOf.dayNumber : nil })
    // Keys that reach one action whole; a channel's keys spread over its actions are summed
    // once for the channel and phase, and each action takes its share of each phase's sum.
    var whole: [[Int]] = Array(repeating: [], count: actions.count)
    for (position, found) in reach.shares.enumerated() where found.count == 1 {
      whole[found[0].action].append(position)
    }
    let byPhase = Self.totalsByPhase(ledger: ledger, reach: reach, totalsThrough: totalsThrough)
    var channelTotals: [String: [ActualsTotals]] = [:]
    for (channel, keys) in reach.channelKeys {
      var sums = Array(repeating: ActualsTotals(), count: reach.phases[channel]?.count ?? 0)
      for position in keys {
        for (phase, totals) in (byPhase[position] ?? []).enumerated() { sums[phase].add(totals) }
      }
      channelTotals[channel] = sums
    }
    // Each action's phases, read off the channels' phases once: a channel of 2,700 actions
    // over a year's phases is not searched once an action.
    var phasesOfAction: [[(phase: Int, share: Double)]] = Array(repeating: [], count: actions.count)
    for phases in reach.phases.values {
      for (number, phase) in phases.enumerated() {
        for (action, share) in phase.shares { phasesOfAction[action].append((number, share)) }
      }
    }
    var channelBurnOf: [String: [Double]] = [:]
    for (channel, keys) in reach.channelKeys { channelBurnOf[channel] = thisMonth.together(keys) }
    let channelBurn: [Int: [Double]] = reach.channelShare.compactMapValues { channelBurnOf[$0.channel] }
    channelsSpread = reach.spread
    // A block with no spend column (a CRM's MQLs) says nothing of costs: its results reach
    // goals, not actions' lines.
    for (number, action) in actions.enumerated() where ledger.hasSpend {
      var actual = ActualsTotals()
      for position in whole[number] { actual.add(totalsThrough[position]) }
      var channelKeys: [Int] = [], channelShare = 0.0
      var channelPhases: [(days: ClosedRange<Int>, share: Double)] = []
      if let (channel, share) = reach.channelShare[number] {
        channelKeys = reach.channelKeys[channel] ?? []
        channelShare = share
        let phases = reach.phases[channel] ?? [], sums = channelTotals[channel] ?? []
        var spread = 0.0
        for (phase, share) in phasesOfAction[number] where phase < sums.count {
          channelPhases.append((phases[phase].days, share))
          actual.add(sums[phase], times: share)
          spread += sums[phase].spend * share
        }
        // Budget checkpoints weigh each key by one share: the action's part of what the
        // channel spent, which is exact for a channel whose actions share a budget.
        let channelSpend = sums.reduce(0) { $0 + $1.spend }
        if channelSpend > 0 { channelShare = spread / channelSpend }
      }
      let cost = action.quantity("cost")
      guard let cost, cost.unit.currency != nil || !whole[number].isEmpty || !channelKeys.isEmpty else {
        continue
      }
      // A cost in another currency than the actuals' is compared at the plan's rate.
      let magnitude = ledger.inLedgerCurrency(cost, environment: index.environment)
      let planned = magnitude.central
      var samples: Samples?
      if case .samples(let values) = magnitude { samples = values }
      let spread = index.spread(of: action)
      let plannedShare = spread.map { $0.share(from: $0.period.start, through: asOf) } ?? 0
      lines.append(
        ActionLine(
          action: action, channel: action.word("channel") ?? "—", planned: planned, plannedSamples: samples,
          plannedToDate: plannedShare * planned, actual: actual,
          landsAt: thisMonth.projection(
            actual, keys: whole[number], channelSpend: channelKeys.isEmpty ? nil : channelBurn[number],
            phases: channelPhases,
            period: spread?.period
          ),
          keys: whole[number], channelKeys: channelKeys, channelShare: channelShare,
          spread: spread))
    }
    for (position, key) in ledger.keys.enumerated() where reach.shares[position].isEmpty && ledger.hasSpend {
      let totals = totalsThrough[position]
      guard totals.rows > 0 else { continue }
      unplanned.append(
        UnplannedLine(
          key: key, position: position, totals: totals,
          landsAt: thisMonth.projection(totals, keys: [position], period: index.period),
          refused: reach.refused[position]))
    }
    // A channel's spend on days none of its actions runs is not in the plan.
    for (channel, keys) in reach.channelKeys where ledger.hasSpend {
      let phases = reach.phases[channel] ?? []
      let idle = phases.indices.filter { phases[$0].shares.isEmpty }
      guard !idle.isEmpty else { continue }
      let days = idle.map {
        "\(CalendarDay(dayNumber: phases[$0].days.lowerBound).iso) .. \(CalendarDay(dayNumber: phases[$0].days.upperBound).iso)"
      }
      for position in keys {
        var totals = ActualsTotals()
        for phase in idle { totals.add(byPhase[position]?[phase] ?? ActualsTotals()) }
        guard totals.rows > 0 else { continue }
        unplanned.append(
          UnplannedLine(
            key: ledger.keys[position], position: position, totals: totals,
            landsAt: thisMonth.projection(
              totals, keys: [], channelSpend: thisMonth.spend[position],
              phases: idle.map { (phases[$0].days, 1) },
              period: index.period),
            refused: Message("actuals-channel-idle-days", ["days": .text(days.joined(separator: ", "))])
          ))
      }
    }
  }

  /// Each spread channel key's totals in each phase of its channel: one pass over the rows,
  /// and none when every channel has one phase (the key's totals are then the phase's).
  static func totalsByPhase(
    ledger: ActualsLedger, reach: ActualsReach, totalsThrough: [ActualsTotals]
  ) -> [Int: [ActualsTotals]] {
    var result: [Int: [ActualsTotals]] = [:]
    var phasesOfKey: [[ActualsReach.ChannelPhase]?] = Array(repeating: nil, count: ledger.keys.count)
    for (channel, keys) in reach.channelKeys {
      guard let phases = reach.phases[channel] else { continue }
      for position in keys {
        if phases.count == 1 {
          result[position] = [totalsThrough[position]]
        } else {
          phasesOfKey[position] = phases
          result[position] = Array(repeating: ActualsTotals(), count: phases.count)
        }
      }
    }
    guard phasesOfKey.contains(where: { $0 != nil }) else { return result }
    let days = ledger.days
    for entry in 0..<days.count {
      let key = days.key(entry)
      guard let phases = phasesOfKey[key] else { continue }
      let day = days.day(entry)
      guard day >= phases[0].days.lowerBound, day <= phases[phases.count - 1].days.upperBound else {
        continue
      }
      var low = 0, high = phases.count - 1
      while low < high {
        let middle = (low + high) / 2
        if phases[middle].days.upperBound < day { low = middle + 1 } else { high = middle }
      }
      result[key]![low].add(days.totals(of: entry))
    }
    return result
  }

  /// The spend of the current month so far, by key and day: what an action's daily burn is
  /// measured on.
  package struct Burn {
    package var from: Int
    package var through: Int
    /// Each key's spend summed from `from` to each day (index 0 is before `from`): a span's
    /// spend is two look-ups, however many actions a channel's key is spread over.
    package var spend: [Int: [Double]]

    package init(from: Int, through: Int, spend daily: [Int: [Double]]) {
      self.from = from
      self.through = through
      spend = daily.mapValues { days in
        var sums = [0.0]
        sums.reserveCapacity(days.count + 1)
        for day in days { sums.append(sums[sums.count - 1] + day) }
        return sums
      }
    }

    /// The spend of `keys` together, summed from `from` to each day as `spend` is: a channel's
    /// keys added once, not once for each of its actions.
    package func together(_ keys: [Int]) -> [Double] {
      var sums = Array(repeating: 0.0, count: max(1, through - from + 2))
      for key in keys {
        guard let own = spend[key] else { continue }
        for day in sums.indices { sums[day] += own[day] }
      }
      return sums
    }

    /// Spend so far plus the daily burn for every day of the action's period after the last
    /// one measured: where the spend lands if nothing changes. The burn counts the month's
    /// days from the action's start, when it started this month: a campaign that began on
    /// the 15th burns over its own days, not the month's.
    package func projection(
      _ actual: ActualsTotals, keys: [Int], channelSpend: [Double]? = nil,
      phases: [(days: ClosedRange<Int>, share: Double)] = [], period: CalendarPeriod?
    ) -> Double {
      guard let period else { return actual.spend }
      let first = max(from, period.start.dayNumber)
      let last = min(through, period.end.dayNumber)
      guard last >= first else { return actual.spend }
      func spending(of key: Int, from first: Int, through last: Int) -> Double {
        guard let sums = spend[key] else { return 0 }
        return sums[last - from + 1] - sums[first - from]
      }
      var spent = 0.0
      for key in keys { spent += spending(of: key, from: first, through: last) }
      if let sums = channelSpend {
        for phase in phases {
          let start = max(first, phase.days.lowerBound), end = min(last, phase.days.upperBound)
          guard end >= start else { continue }
          spent += (sums[end - from + 1] - sums[start - from]) * phase.share
        }
      }
      let dailyBurn = spent / Double(last - first + 1)
      let daysLeft = max(0, period.end.dayNumber - max(through, period.start.dayNumber - 1))
      return actual.spend + dailyBurn * Double(daysLeft)
    }
  }

  /// Every ledger set against the plan: those with rows inside the plan's `period`. Actuals
  /// that end before it starts are a review of the past (last year's), not the plan running,
  /// and a script with no period is a review alone (PLAN-A04 asks for the period).
  package static func all(index: PlanIndex) -> [ActualsTracking] {
    guard let period = index.period else { return [] }
    return ActualsStore.ledgers(in: index.environment).filter { ledger in
      ledger.lastDay >= period.start.dayNumber && ledger.firstDay <= period.end.dayNumber
    }.compactMap { ActualsTracking(ledger: $0, index: index) }
  }
}

extension ActualsLedger {
  /// The channel of each key, by its position: the channel a rule or the row named, else
  /// the `channel` of the action it reaches, else the key itself. With `markingUnplanned`,
  /// when the plan has actions to be in, a key that reaches none of them (a campaign no action
  /// is called, a channel no action has) is marked "not in the plan". Read once for many
  /// keys: the actions' names and titles in one table.
  package func channels(index: PlanIndex, markingUnplanned: Bool = false) -> (Int) -> String {
    var byName: [String: String] = [:]
    for action in index.actions.reversed() {
      guard let channel = action.word("channel") else { continue }
      byName[action.name.lowercased()] = channel
      if let title = action.title { byName[title.lowercased()] = channel }
    }
    let inPlan = markingUnplanned && !index.actions.isEmpty ? inPlan(index: index) : nil
    let keys = keys, targets = targets, keyIsChannel = keyIsChannel
    return { position in
      let key = keys[position], target = targets[position]
      let channel: String
      if let named = target.channel {
        channel = named
      } else if keyIsChannel {
        channel = key
      } else if let action = target.action {
        channel = byName[action.lowercased()] ?? action
      } else {
        channel = byName[key.lowercased()] ?? key
      }
      guard let inPlan, !inPlan(position) else { return channel }
      return Message("actuals-channel-not-in-plan", ["channel": .text(channel)]).english
    }
  }

  /// Whether each key, by its position, reaches the plan: an action named by the row or a
  /// rule, or a channel some action has.
  package func inPlan(index: PlanIndex) -> (Int) -> Bool {
    var actions: Set<String> = []
    var channels: Set<String> = []
    for action in index.actions {
      actions.insert(action.name.lowercased())
      if let title = action.title { actions.insert(title.lowercased()) }
      if let channel = action.word("channel") { channels.insert(channel.lowercased()) }
    }
    let keys = keys, targets = targets, keyIsChannel = keyIsChannel
    return { position in
      let key = keys[position], target = targets[position]
      if let channel = target.channel { return channels.contains(channel.lowercased()) }
      if keyIsChannel { return channels.contains(key.lowercased()) }
      return actions.contains((target.action ?? key).lowercased())
    }
  }

  /// Money in the ledger's currency, as a value a table cell shows with its unit.
  package func money(_ amount: Double, in environment: Environment) -> Value {
    .quantity(Quantity(amount, unit: environment.units.lookup(currency)?.unit ?? Unit(base: currency)))
  }
}
