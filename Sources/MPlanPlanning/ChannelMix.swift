import MPlanLanguage
import MPlanSyntax

/// The channels that buy one funnel's top, worked out together: how many of the top stage the
/// funnel needs (from the goals it feeds), how that is split between the channels (a share, a
/// count, or the rest), what each channel's own rates turn its part into, and what it costs.
///
/// Counts below the top are expectations, not rounded: a channel's 0.4 of a customer is real
/// in its cost per customer. The top need is the funnel's own `need` (rounded up at each
/// stage, language.md) when every channel converts at the funnel's rates; when some have rates
/// of their own, it is the blend: the top need `V` that solves
/// `target = Σ shares·V·P + Σ counts·P + rest·P_rest`, `P` each channel's conversion from the
/// top to the last stage, rounded up to whole things.
package struct ChannelMix {
  /// How a channel states what it buys.
  package enum Volume {
    /// `share 60%`: of the funnel's top need.
    case share(Double)
    /// `brings 80k visits`: a count of the top stage.
    case count(Double)
    /// Neither: this channel takes what the others leave.
    case rest
  }

  /// What a channel's cost is counted against.
  package enum CostBasis {
    /// `cost $20k`: a fixed amount.
    case fixed
    /// `cost $1.20 per visit`, `cost $60 per mql`: a price per thing of one of the stages.
    case perStage(String)
    /// `cost $9 per 1000 impressions` with `ctr 1.5%`: visits are clicks on impressions.
    case perImpression
    /// `cost $5,000 per event` with `buys 4 events`: a price per thing the channel counts.
    case perEvent(String)
  }

  /// Why a channel's spend cannot be worked out: each one a check's fix-it (PLAN-F04).
  package enum CostProblem: Equatable {
    case noCost
    case notMoney
    case negative
    case needsClickRate
    case needsEvents(String)
  }

  package struct Channel {
    package let item: PlanItem
    package let volume: Volume
    /// The funnel whose rates this channel converts at: its own `rates`, else the funnel's.
    package let rates: [Double]
    /// `share` or `brings` when it cannot be read as what the channel buys (PLAN-F11).
    package let volumeProblem: String?
    /// How many of the top stage it brings.
    package var top: Double = 0
    /// Each stage's count, from the top down, at the channel's rates.
    package var stages: [Double] = []
    package var basis: CostBasis?
    package var spend: Double?
    package var costProblem: CostProblem?

    package var name: String { item.name }
    /// The share of the funnel's top it brings, once the top need is known.
    package func share(of need: Double) -> Double { need > 0 ? top / need : 0 }
  }

  package let funnelName: String
  package let funnel: Funnel
  /// The sum of the targets of the goals this funnel feeds, in its last stage.
  package let target: Double?
  /// How many of the top stage the funnel needs for `target`; with no target, what the
  /// channels' shares and counts imply.
  package let need: Double?
  package var channels: [Channel]
  /// The currency every spend is in: the first channel's with a price.
  package let currency: String?

  /// The share of the top the channels state (`share` and `brings`), whatever the need.
  package var statedShare: Double {
    guard let need, need > 0 else { return channels.reduce(0) { $0 + (Self.shareValue($1.volume) ?? 0) } }
    return channels.reduce(0) { total, channel in
      switch channel.volume {
      case .share(let share): total + share
      case .count(let count): total + count / need
      case .rest: total
      }
    }
  }

  package var restChannels: [Channel] {
    channels.filter { if case .rest = $0.volume { true } else { false } }
  }

  package var totalSpend: Double? {
    channels.isEmpty || channels.contains { $0.spend == nil } ? nil : channels.reduce(0) { $0 + $1.spend! }
  }

  /// Each stage's count over every channel.
  package var totals: [Double] {
    funnel.stages.indices.map { stage in channels.reduce(0) { $0 + $1.stages[stage] } }
  }

  private static func shareValue(_ volume: Volume) -> Double? {
    if case .share(let share) = volume { share } else { nil }
  }

  /// Every funnel some channel buys the top of, with its channels in the order declared.
  package static func all(in index: PlanIndex) -> [ChannelMix] {
    var order: [String] = []
    var byFunnel: [String: [PlanItem]] = [:]
    for channel in index.channels {
      guard let funnel = channel.word("funnel") else { continue }
      if byFunnel[funnel] == nil { order.append(funnel) }
      byFunnel[funnel, default: []].append(channel)
    }
    return order.compactMap { ChannelMix(funnel: $0, channels: byFunnel[$0]!, index: index) }
  }

  package init?(funnel funnelName: String, channels items: [PlanItem], index: PlanIndex) {
    guard let funnel = index.environment[funnelName]?.funnel else { return nil }
    self.funnelName = funnelName
    self.funnel = funnel
    let last = funnel.stages[funnel.stages.count - 1]
    let targets = index.goals.filter { $0.word("funnel") == funnelName }.compactMap { goal -> Double? in
      guard let target = goal.quantity("target"), target.unit.simpleBase == last else { return nil }
      return target.magnitude.central
    }
    target = targets.isEmpty ? nil : targets.reduce(0, +)
    let funnelRates = funnel.rates.map(\.central)
    var channels = items.map { item in
      var rates = funnelRates
      if let own = item.word("rates"), let other = index.environment[own]?.funnel,
        other.stages == funnel.stages
      {
        rates = other.rates.map(\.central)
      }
      let (volume, problem) = Self.volume(of: item, top: funnel.stages[0])
      return Channel(item: item, volume: volume, rates: rates, volumeProblem: problem)
    }
    let need = Self.topNeed(of: funnel, target: target, channels: channels, funnelRates: funnelRates)
    var remaining = need ?? 0
    var rest: [Int] = []
    for channel in channels.indices {
      switch channels[channel].volume {
      case .share(let share): channels[channel].top = share * (need ?? 0)
      case .count(let count): channels[channel].top = count
      case .rest:
        rest.append(channel)
        continue
      }
      remaining -= channels[channel].top
    }
    // Several channels that each take the rest share it evenly: the check asks for shares.
    for channel in rest { channels[channel].top = max(0, remaining) / Double(rest.count) }
    var currency: String?
    for channel in channels.indices {
      var count = channels[channel].top
      channels[channel].stages = [count]
      for rate in channels[channel].rates {
        count *= rate
        channels[channel].stages.append(count)
      }
      channels[channel].price(funnel: funnel, currency: &currency)
    }
    self.need = need
    self.channels = channels
    self.currency = currency
  }

  /// What a channel states it buys, or the field that cannot say it (PLAN-F11): a share is a
  /// percentage from 0% to 100% (`share 60` would be 6,000%), `brings` a count of the top stage
  /// at or above zero. A field that cannot be read buys nothing rather than taking the rest.
  private static func volume(of item: PlanItem, top: String) -> (Volume, problem: String?) {
    if let written = item["share"] {
      guard let share = written.quantity, share.unit.isDimensionless,
        (0...1).contains(share.magnitude.central)
      else { return (.count(0), "share") }
      return (.share(share.magnitude.central), nil)
    }
    if let written = item["brings"] {
      guard let count = written.quantity, count.unit.simpleBase == top, count.magnitude.central >= 0 else {
        return (.count(0), "brings")
      }
      return (.count(count.magnitude.central), nil)
    }
    return (.rest, nil)
  }

  /// The funnel's top need for `target`, blended over the channels' own rates when any has
  /// some (see the type's comment); nil when no goal gives a target and no count fixes it.
  private static func topNeed(of funnel: Funnel, target: Double?, channels: [Channel], funnelRates: [Double])
    -> Double?
  {
    func conversion(_ rates: [Double]) -> Double { rates.reduce(1, *) }
    guard let target else {
      // With no goal, `brings 80k visits` beside `share 60%` still says the whole: 200k.
      let shares = channels.reduce(0.0) { $0 + (shareValue($1.volume) ?? 0) }
      let counts = channels.reduce(0.0) { if case .count(let c) = $1.volume { $0 + c } else { $0 } }
      return counts > 0 && shares < 1 ? counts / (1 - shares) : nil
    }
    if channels.allSatisfy({ $0.rates == funnelRates }) {
      return funnel.need(.exact(target))[0].amount.central
    }
    let rest = channels.filter { if case .rest = $0.volume { true } else { false } }
    // What is left over converts at the rest channels' rates, or at the funnel's when none takes it.
    let restConversion =
      rest.isEmpty
      ? conversion(funnelRates) : rest.reduce(0.0) { $0 + conversion($1.rates) } / Double(rest.count)
    var perTop = 0.0
    var shares = 0.0
    var fixed = target
    for channel in channels {
      switch channel.volume {
      case .share(let share):
        perTop += share * conversion(channel.rates)
        shares += share
      case .count(let count): fixed -= count * (conversion(channel.rates) - restConversion)
      case .rest: break
      }
    }
    perTop += max(0, 1 - shares) * restConversion
    guard perTop > 0 else { return nil }
    return Funnel.roundUp(fixed / perTop)
  }
}

extension ChannelMix.Channel {
  /// Reads `cost` against the channel's own counts: a price per thing of a stage times that
  /// stage's count, per thousand impressions through `ctr`, per event times `buys`, or fixed.
  /// The units are the check: money per visit times visits is money; anything else is no basis.
  fileprivate mutating func price(funnel: Funnel, currency: inout String?) {
    guard let cost = item.quantity("cost") else {
      costProblem = .noCost
      return
    }
    let factors = cost.unit.factors
    guard let money = factors.first(where: { $0.isCurrency && $0.power == 1 }), factors.count <= 2 else {
      costProblem = .notMoney
      return
    }
    let price = cost.magnitude.central
    guard price >= 0 else {
      costProblem = .negative
      return
    }
    if currency == nil { currency = money.base }
    let per = factors.first { !$0.isCurrency }
    guard let per else {
      basis = .fixed
      spend = price
      return
    }
    guard per.power == -1 else {
      costProblem = .notMoney
      return
    }
    if let stage = funnel.stages.firstIndex(of: per.base) {
      basis = .perStage(per.base)
      spend = price * stages[stage]
    } else if per.base == "impression" {
      guard let rate = item.quantity("ctr"), rate.unit.isDimensionless, rate.magnitude.central > 0 else {
        costProblem = .needsClickRate
        return
      }
      basis = .perImpression
      spend = price * top / rate.magnitude.central
    } else {
      guard let events = item.quantity("buys"), events.unit.simpleBase == per.base else {
        costProblem = .needsEvents(per.base)
        return
      }
      basis = .perEvent(per.base)
      spend = price * events.magnitude.central
    }
  }
}
