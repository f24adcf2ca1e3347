import MPlanLanguage
import MPlanSyntax

/// What a key of the actuals reaches in the plan: the action a rule assigned, the channel a
/// rule or the row's `channel` column named, or (`byName`) the action its own text names.
package struct ActualsTarget: Hashable, Sendable {
  package var action: String?
  package var channel: String?
  /// The key's text may name the action itself (the `action "Campaign"` column).
  package var byName: Bool

  package static let byName = ActualsTarget(action: nil, channel: nil, byName: true)

  /// The key under which `ActualsLedger.keyIndex` keeps a key with this target: the text
  /// alone for the common case, so a million rows pay no concatenation.
  package func indexKey(_ key: String) -> String {
    if self == .byName { return key }
    return key + "\u{1F}" + (action ?? "") + "\u{1F}" + (channel ?? "") + (byName ? "\u{1F}" : "")
  }
}

/// The actions a ledger's keys reach, worked out once per tracking: each key to one action
/// (whole), to a channel's actions (each its planned share), or to none (spend the plan does
/// not know, or a channel whose spend cannot be spread).
package struct ActualsReach {
  /// Per key position: the actions it reaches with each one's share.
  package var shares: [[(action: Int, share: Double)]]
  /// Per key position: why a channel's spend reaches no action, when it does not.
  package var refused: [Int: Message] = [:]
  /// Channels spread over several actions, for the note under the table: each phase of
  /// days with the same actions running, and their shares.
  package var spread:
    [(channel: String, phases: [(days: ClosedRange<Int>, actions: [(name: String, share: Double)])])] =
      []
  /// Per channel spread over several actions (lower case): its phases, the spans of days in
  /// which the same of its actions run, in day order. A day's spend goes to the actions
  /// running that day by their planned spend a month (cost over the months of its period):
  /// as `SpendSpread` puts a month's days all at one over the month's length, this is each
  /// one's planned spend on that day. A phase no action runs in has no shares: its spend is
  /// not in the plan. One phase over every day when the actions have no periods to go by.
  package var phases: [String: [ChannelPhase]] = [:]

  package struct ChannelPhase {
    package var days: ClosedRange<Int>
    package var shares: [(action: Int, share: Double)]
  }
  /// The keys spread over several actions, by channel (lower case), and each action's
  /// share of its channel: kept once a channel, not once a key and action (a channel of 100
  /// campaigns over 2,700 actions would be 270,000 pairs).
  package var channelKeys: [String: [Int]] = [:]
  package var channelShare: [Int: (channel: String, share: Double)] = [:]

  /// `actions` are the plan's actions in order; `plannedCost` their costs (nil for none).
  /// `spreadOf` and `days` (the plan's first day to the day the figures are as of) give the
  /// phases; without them a channel has one phase, by the actions' whole costs.
  package init(
    ledger: ActualsLedger, actions: [PlanItem], plannedCost: (PlanItem) -> Double?,
    spreadOf: ((PlanItem) -> SpendSpread?)? = nil, days: ClosedRange<Int>? = nil
  ) {
    var byName: [String: Int] = [:]
    for (number, action) in actions.enumerated().reversed() {
      byName[action.name.lowercased()] = number
      if let title = action.title { byName[title.lowercased()] = number }
    }
    var channels: [String: [Int]] = [:]
    var channelOrder: [String] = []
    for (number, action) in actions.enumerated() {
      guard let channel = action.word("channel")?.lowercased() else { continue }
      if channels[channel] == nil { channelOrder.append(channel) }
      channels[channel, default: []].append(number)
    }
    var sharesByChannel: [String: Result<[(action: Int, share: Double)], ReachRefusal>] = [:]
    func channelShares(of channel: String) -> Result<[(action: Int, share: Double)], ReachRefusal> {
      if let known = sharesByChannel[channel] { return known }
      let result: Result<[(action: Int, share: Double)], ReachRefusal>
      if let members = channels[channel] {
        let costs = members.map { plannedCost(actions[$0]) }
        let total = costs.reduce(0) { $0 + ($1 ?? 0) }
        let uncosted = zip(members, costs).filter { $0.1 == nil }.map { actions[$0.0].name }
        if members.count == 1 {
          result = .success([(members[0], 1)])
        } else if !uncosted.isEmpty || total <= 0 {
          let names = members.map { "`\(actions[$0].name)`" }.joined(separator: ", ")
          result = .failure(
            ReachRefusal(
              reason: uncosted.isEmpty
                ? Message("actuals-channel-no-planned-spend", ["actions": .text(names)])
                : Message(
                  "actuals-channel-uncosted",
                  [
                    "actions": .text(names),
                    "uncosted": .text(uncosted.map { "`\($0)`" }.joined(separator: ", ")),
                  ])
            ))
        } else {
          result = .success(zip(members, costs).map { ($0, ($1 ?? 0) / total) })
        }
      } else {
        result = .success([])
      }
      sharesByChannel[channel] = result
      return result
    }
    var shares: [[(action: Int, share: Double)]] = Array(repeating: [], count: ledger.keys.count)
    for (position, key) in ledger.keys.enumerated() {
      let target = ledger.targets[position]
      if let action = target.action {
        if let number = byName[action.lowercased()] { shares[position] = [(number, 1)] }
        continue
      }
      if target.byName, !ledger.keyIsChannel, let number = byName[key.lowercased()] {
        shares[position] = [(number, 1)]
        continue
      }
      guard let channel = target.channel ?? (ledger.keyIsChannel ? key : nil) else { continue }
      switch channelShares(of: channel.lowercased()) {
      case .success(let found):
        shares[position] = found
        if found.count > 1 { channelKeys[channel.lowercased(), default: []].append(position) }
      case .failure(let refusal): refused[position] = refusal.reason
      }
    }
    self.shares = shares
    for channel in channelOrder {
      guard case .success(let found)? = sharesByChannel[channel], found.count > 1 else { continue }
      for (action, share) in found { channelShare[action] = (channel, share) }
      let channelPhases = Self.phases(
        of: found, costs: found.map { plannedCost(actions[$0.action]) ?? 0 },
        spreads: found.map { spreadOf?(actions[$0.action]) }, days: days)
      phases[channel] = channelPhases
      spread.append(
        (
          actions[found[0].action].word("channel") ?? channel,
          channelPhases.filter { !$0.shares.isEmpty }.map { phase in
            (phase.days, phase.shares.map { (actions[$0.action].name, $0.share) })
          }
        ))
    }
  }

  /// The spans of `days` in which the same actions run, each with the running actions'
  /// shares by their planned spend a month; adjacent spans with the same actions are one.
  static func phases(
    of whole: [(action: Int, share: Double)], costs: [Double], spreads: [SpendSpread?],
    days: ClosedRange<Int>?
  ) -> [ChannelPhase] {
    let everyDay = Int.min...Int.max
    guard let days, spreads.allSatisfy({ $0 != nil }) else {
      return [ChannelPhase(days: days ?? everyDay, shares: whole)]
    }
    let periods = spreads.map { $0!.period.start.dayNumber...$0!.period.end.dayNumber }
    let monthly = zip(costs, spreads).map { $0 / $1!.months }
    var bounds = Set([days.lowerBound])
    for period in periods {
      for bound in [period.lowerBound, period.upperBound + 1] where days.contains(bound) {
        bounds.insert(bound)
      }
    }
    let starts = bounds.sorted()
    var result: [ChannelPhase] = []
    var running: [Int] = []
    for (number, start) in starts.enumerated() {
      let end = number + 1 < starts.count ? starts[number + 1] - 1 : days.upperBound
      let now = periods.indices.filter { periods[$0].contains(start) && monthly[$0] > 0 }
      if !result.isEmpty, now == running {
        result[result.count - 1].days = result[result.count - 1].days.lowerBound...end
        continue
      }
      running = now
      let total = now.reduce(0) { $0 + monthly[$1] }
      result.append(
        ChannelPhase(days: start...end, shares: now.map { (whole[$0].action, monthly[$0] / total) }))
    }
    return result
  }

  package struct ReachRefusal: Error {
    var reason: Message
  }
}

extension ActualsLedger {
  /// The keys no rule matched and no action names (nor a channel of the plan reaches): what
  /// `show actuals unmatched` lists, and spend the plan does not know.
  package func unmatched(index: PlanIndex) -> [Int] {
    let reach = ActualsReach(ledger: self, actions: index.actions) { action in
      action.quantity("cost").flatMap { $0.unit.currency != nil ? $0.magnitude.central : nil }
    }
    return keys.indices.filter { targets[$0].byName && reach.shares[$0].isEmpty }
  }
}

extension PlanPresenter {
  /// `show actuals unmatched`: the campaigns no rule matched and no action names, with
  /// their rows, spend and results, the largest spend first.
  package func unmatchedTable(_ ledger: ActualsLedger) -> View {
    let positions = ledger.unmatched(index: checker.index).sorted {
      (ledger.totals[$0].spend, $1) > (ledger.totals[$1].spend, $0)
    }
    guard !positions.isEmpty else {
      return .line(Message("actuals-unmatched-none", ["block": .text(ledger.name)]).english)
    }
    var table = Table(
      headings: [ledger.keyIsChannel ? "channel" : "campaign", "rows"] + (ledger.hasSpend ? ["spend"] : [])
        + ledger.stages.map(\.heading)
        + [Message("actuals-heading-first-day").english, Message("actuals-heading-last-day").english])
    var rows = 0
    for position in positions {
      let totals = ledger.totals[position]
      rows += totals.rows
      table.add(
        [
          .text(ledger.keys[position]), .value(.quantity(Quantity(Double(totals.rows)))),
        ] + (ledger.hasSpend ? [.value(ledger.money(totals.spend, in: environment))] : [])
          + ledger.stages.map { .value(.quantity(Quantity(totals.result($0)))) }
          + [
            .text(CalendarDay(dayNumber: totals.firstDay).iso),
            .text(CalendarDay(dayNumber: totals.lastDay).iso),
          ])
    }
    return View([
      .line(
        Message(
          "actuals-unmatched-rows",
          [
            "block": .text(ledger.name), "rows": .count(rows),
            "shown": .value(Formatting.grouped(Double(rows))),
          ]
        ).english),
      .table(table),
    ])
  }
}
