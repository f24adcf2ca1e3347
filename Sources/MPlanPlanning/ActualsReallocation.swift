import MPlanLanguage
import MPlanSyntax

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where the next dollar goes (the marketing-performance article): channels ranked by the cost of one more customer,
/// and a stated amount moved from the weakest to the strongest.
///
/// The assumption, which the plan can change with the `actuals` block's `elasticity`:
/// results grow with spend as `results ∝ spend^e` (default e = 0.7), so doubling a channel's
/// spend buys 2^0.7 ≈ 1.62 times its results, not twice. The marginal cost of a result is
/// then the average cost divided by e, and a move of `m` changes a channel's results from
/// `r` to `r × ((spend ± m) / spend)^e`.
package struct ActualsReallocation {
  package struct Channel {
    package var name: String
    package var totals: ActualsTotals
    package var marginalCost: Double
  }

  package static let defaultElasticity = 0.7
  /// The share of the weakest channel's spend moved when the plan states no `move`.
  package static let defaultShare = 0.1

  package let ledger: ActualsLedger
  package let elasticity: Double
  /// Channels ranked, strongest (cheapest next result) first.
  package let channels: [Channel]
  /// Channels cheaper than the one that receives the move, left out because an action of
  /// theirs is over its cost or ahead of its pace (PLAN-T01): advice that put money there
  /// would contradict the check beside it. By name, with why.
  package let heldBack: [(name: String, reason: Message)]
  /// The channel the move goes to: the cheapest next result that may take more; nil when
  /// none but the weakest may.
  package let receiving: Int?
  package let stage: ActualsStage
  /// The stages the channels' totals count: the block's and its joined blocks', in funnel order.
  package let stages: [ActualsStage]
  /// The blocks of results alone whose counts were joined to this block's spend.
  package let joined: [ActualsLedger]
  /// The block's `move`, in the ledger's currency.
  package let stated: Double?

  /// `tracking`, when the caller has the ledger's already (the checks do), is not worked out
  /// again: on 2,700 actions it is most of what a reallocation costs. `joined` are blocks of
  /// results alone (a CRM's MQLs): their counts on this block's days are added to its
  /// channels, so a platform that reports spend and clicks is ranked by the cost of an MQL,
  /// as the goals are judged, not by the cost of a click.
  /// `combined` is the group of spend blocks this one is judged with (`ActualsCombined`): an
  /// action is held back on what PLAN-T01 judges, the sum over every block that pays for it.
  package init?(
    ledger: ActualsLedger, index: PlanIndex, tracking: ActualsTracking? = nil, joined: [ActualsLedger] = [],
    combined: ActualsCombined? = nil
  ) {
    guard ledger.hasSpend, ledger.firstDay <= ledger.lastDay else { return nil }
    let joined = joined.filter { other in
      !other.hasSpend && other.name != ledger.name && other.lastDay >= ledger.firstDay
        && other.firstDay <= ledger.lastDay
    }
    let stages = ActualsStage.allCases.filter { stage in
      ledger.stages.contains(stage) || joined.contains { $0.stages.contains(stage) }
    }
    guard let stage = stages.last else { return nil }
    let elasticity = ledger.block.quantity("elasticity")?.magnitude.central ?? Self.defaultElasticity
    var groups: [String: ActualsTotals] = [:]
    let channel = ledger.channels(index: index)
    for position in ledger.keys.indices {
      groups[channel(position), default: ActualsTotals()].add(ledger.totals[position])
    }
    // Results alone join on the day and the channel their campaign reaches: counted over the
    // days this block has spend, so a cost per MQL sets one period's spend against its MQLs.
    for other in joined {
      let totals = other.totalsByKey(from: ledger.firstDay, through: ledger.lastDay)
      let otherChannel = other.channels(index: index)
      for position in other.keys.indices where totals[position].rows > 0 {
        groups[otherChannel(position), default: ActualsTotals()].results.add(totals[position].results)
      }
    }
    let channels = groups.filter { $0.value.spend > 0 }.map { name, totals in
      let results = totals.result(stage)
      return Channel(
        name: name, totals: totals,
        marginalCost: results > 0 ? totals.spend / (elasticity * results) : .infinity)
    }.sorted {
      // Channels that bought nothing are the weakest, the one that spent most on it last.
      ($0.marginalCost, $0.totals.spend, $0.name) < ($1.marginalCost, $1.totals.spend, $1.name)
    }
    guard channels.count >= 2, channels[0].marginalCost.isFinite, elasticity > 0, elasticity <= 1 else {
      return nil
    }
    self.ledger = ledger
    self.elasticity = elasticity
    self.channels = channels
    self.stage = stage
    self.stages = stages
    self.joined = joined
    var reasons = Self.reasonsToHoldBack(
      tracking ?? ActualsTracking(ledger: ledger, index: index), channel: channel, combined: combined)
    // Money moved to a campaign no action names would be spend outside the plan (PLAN-T03
    // reports it), so such a channel never receives.
    var planned: Set<String> = []
    for action in index.actions {
      planned.insert(action.name.lowercased())
      if let title = action.title { planned.insert(title.lowercased()) }
      if let name = action.word("channel") { planned.insert(name.lowercased()) }
    }
    for channel in channels where !planned.contains(channel.name.lowercased()) && reasons[channel.name] == nil
    {
      reasons[channel.name] = Message("actuals-held-not-in-plan", ["channel": .text(channel.name)])
    }
    let receiving = channels.indices.dropLast().first {
      channels[$0].marginalCost.isFinite && reasons[channels[$0].name] == nil
    }
    self.receiving = receiving
    self.heldBack = channels.prefix(receiving ?? channels.count - 1).compactMap { channel in
      reasons[channel.name].map { (channel.name, $0) }
    }
    self.stated = ledger.amount(ledger.block.quantity("move"), environment: index.environment)
  }

  /// The channel the move goes to (`receiving`; the cheapest when none may take more).
  package var strongest: Channel { channels[receiving ?? 0] }

  /// Why a channel may take no more money: an action in it spent more than its cost, or ran
  /// more than the checks' tolerance ahead of its pace, as of the actuals' last day.
  package static func reasonsToHoldBack(
    _ tracking: ActualsTracking?, channel: (Int) -> String, combined: ActualsCombined? = nil
  )
    -> [String: Message]
  {
    guard let tracking else { return [:] }
    var reasons: [String: Message] = [:]
    var summed: [String: ActualsCombined.ActionLine] = [:]
    for line in combined?.actions ?? [] { summed[line.action.name] = line }
    for line in tracking.lines {
      // Two platforms paying $600 each for an action whose pace allows $1,000: each block's
      // part is within it, their sum is not, and the sum is what PLAN-T01 reports.
      let sum = summed[line.action.name]
      let spent = sum?.actual ?? line.actual.spend
      let planned = sum?.planned ?? line.planned
      let plannedToDate = sum?.plannedToDate ?? line.plannedToDate
      let reason: Message
      if spent > planned {
        reason = Message("actuals-held-over-cost", ["action": .text(line.action.name)])
      } else if plannedToDate > 0, spent > plannedToDate * (1 + PlanChecker.pacingTolerance) {
        reason = Message("actuals-held-ahead-of-pace", ["action": .text(line.action.name)])
      } else {
        continue
      }
      var names = Set((line.keys + line.channelKeys).map(channel))
      if line.channel != "—" { names.insert(line.channel) }
      for name in names where reasons[name] == nil { reasons[name] = reason }
    }
    return reasons
  }
  package var weakest: Channel { channels[channels.count - 1] }

  /// The amount moved: the block's `move`, else a tenth of the weakest channel's spend.
  package var amount: Double {
    min(
      stated ?? weakest.totals.spend * Self.defaultShare,
      weakest.totals.spend)
  }

  /// What moving `amount` changes in a stage's results: gained by the strongest, lost by the
  /// weakest.
  package func change(in stage: ActualsStage) -> (gained: Double, lost: Double) {
    let gain = Self.results(strongest.totals, stage, spend: strongest.totals.spend + amount, elasticity)
    let loss = Self.results(weakest.totals, stage, spend: weakest.totals.spend - amount, elasticity)
    return (gain - strongest.totals.result(stage), weakest.totals.result(stage) - loss)
  }

  /// Whether the move buys more of its stage than it costs: with diminishing returns two
  /// channels at the same next-result cost lose on any move, and a move that loses (or
  /// gains nothing) is no advice.
  package var gains: Bool {
    let (gained, lost) = change(in: stage)
    return amount > 0 && gained > lost
  }

  package static func results(
    _ totals: ActualsTotals, _ stage: ActualsStage, spend: Double, _ elasticity: Double
  )
    -> Double
  {
    guard totals.spend > 0 else { return 0 }
    return totals.result(stage) * pow(spend / totals.spend, elasticity)
  }
}
