import MPlanLanguage
import MPlanSyntax

/// What channels cost: each one that brings traffic says what it pays for it, in money at or
/// above zero; none costs far more a customer than the mix; the mix's customers are worth
/// three times what they cost (`UnitEconomics` holds the thresholds).
extension PlanChecker {
  package func costBases(of mix: ChannelMix) -> [PlanFinding] {
    var findings: [PlanFinding] = []
    let top = mix.funnel.stages[0]
    let currency = mix.currency ?? index.currency
    // The fix-it's price: what the other channels pay a visit together, from the plan's own figures.
    let priced = mix.channels.filter { $0.spend != nil }
    let pricedTop = priced.reduce(0) { $0 + $1.top }
    let blendedPrice = pricedTop > 0 ? priced.reduce(0) { $0 + $1.spend! } / pricedTop : nil
    let topName = UnitTable.countName(top, plural: false)
    for channel in mix.channels {
      if let field = channel.volumeProblem {
        let written = channel.item[field].map(Formatting.describe) ?? ""
        findings.append(
          .fail(
            .funnel,
            .error(
              .channelVolumeInvalid,
              field == "share"
                ? Message(
                  "channel-share-invalid", ["channel": .text(channel.name), "share": .value(written)])
                : Message(
                  "channel-brings-invalid",
                  [
                    "channel": .text(channel.name), "brings": .value(written),
                    "stage": .text(UnitTable.countName(top, plural: true)),
                  ]),
              at: channel.item.place(field),
              fixIt: field == "share"
                ? Message("channel-share-invalid-fix", ["share": .value(suggestedShare(channel.item))])
                : Message(
                  "channel-brings-invalid-fix",
                  ["stage": .text(UnitTable.countName(top, plural: true)), "funnel": .text(mix.funnelName)])))
        )
      }
      guard let problem = channel.costProblem else { continue }
      let name = Message.Argument.text(channel.name)
      switch problem {
      case .negative, .notMoney:
        let written = channel.item.quantity("cost").map { Formatting.describe(.quantity($0)) } ?? ""
        findings.append(
          .fail(
            .funnel,
            .error(
              .channelCostInvalid,
              problem == .negative
                ? Message("channel-cost-negative", ["channel": name, "cost": .value(written)])
                : Message("channel-cost-not-price", ["channel": name, "cost": .value(written)]),
              at: channel.item.place("cost"),
              fixIt: Message(
                "channel-cost-price-fix",
                [
                  "stage": .text(topName), "price": .value(Formatting.money(1.2, currency)),
                  "thousand": .value(Formatting.money(9, currency)),
                ]))))
      case .noCost, .needsClickRate, .needsEvents:
        guard channel.top > 0 || problem != .noCost else { continue }
        let fix: Message
        switch problem {
        case .needsClickRate: fix = Message("channel-needs-ctr-fix")
        case .needsEvents(let unit):
          fix = Message(
            "channel-needs-events-fix",
            [
              "unit": .text(
                index.environment.units.lookup(unit)?.plural ?? UnitTable.countName(unit, plural: true))
            ])
        default:
          fix =
            blendedPrice.map {
              Message(
                "channel-no-cost-blended-fix",
                ["price": .value(Formatting.money($0, currency)), "stage": .text(topName)])
            } ?? Message("channel-no-cost-fix", ["stage": .text(topName)])
        }
        findings.append(
          .fail(
            .funnel,
            .warning(
              .channelNoCostBasis,
              Message(
                "channel-no-cost-basis",
                [
                  "channel": name,
                  "count": .value(
                    Formatting.describe(
                      .quantity(Quantity(channel.top.rounded(), unit: mix.funnel.unit(of: top))))),
                ]),
              at: channel.item.place("cost"), fixIt: fix)))
      }
    }
    return findings
  }

  /// A channel whose customers cost more than `UnitEconomics.channelCostRatio` times the mix's.
  package func channelCosts(of mix: ChannelMix) -> [PlanFinding] {
    guard mix.channels.count > 1, let blended = mix.economics(of: nil, in: index).acquisitionCost, blended > 0
    else { return [] }
    let currency = mix.currency ?? index.currency
    var findings: [PlanFinding] = []
    let cheapest = mix.channels.compactMap { channel in
      mix.economics(of: channel, in: index).acquisitionCost.map { (channel, $0) }
    }.min { $0.1 < $1.1 }
    for channel in mix.channels {
      guard let cac = mix.economics(of: channel, in: index).acquisitionCost,
        cac > blended * UnitEconomics.channelCostRatio
      else { continue }
      // At the blended CAC, its customers would cost this much: the spend it should aim for.
      let aim = blended * UnitEconomics.channelCostRatio * channel.stages[channel.stages.count - 1]
      findings.append(
        .fail(
          .funnel,
          .warning(
            .channelCostly,
            Message(
              "channel-costly",
              [
                "channel": .text(channel.name), "cac": .value(Formatting.money(cac, currency)),
                "mix": .value(Formatting.money(blended, currency)),
                "times": .value(Formatting.number((cac / blended * 10).rounded() / 10)),
              ]),
            at: channel.item.place("cost"),
            fixIt: Message(
              "channel-costly-fix",
              [
                "channel": .text(channel.name), "spend": .value(Formatting.money(aim.rounded(), currency)),
                "cheapest": .text(cheapest?.0.name ?? channel.name),
                "least": .value(Formatting.money(cheapest?.1 ?? blended, currency)),
              ]))))
    }
    return findings
  }

  /// LTV:CAC of the mix under `UnitEconomics.minimumLifetimeValueRatio`.
  package func lifetimeValue(of mix: ChannelMix) -> [PlanFinding] {
    let economics = mix.economics(of: nil, in: index)
    guard let ratio = economics.lifetimeValueRatio, let value = economics.lifetimeValue else { return [] }
    let currency = mix.currency ?? index.currency
    let place = mix.valuedGoal(in: index)?.place("deal_size") ?? mix.channels[0].item.nameSpan
    let arguments: [String: Message.Argument] = [
      "funnel": .text(mix.funnelName), "ratio": .value(Formatting.number((ratio * 10).rounded() / 10)),
      "ltv": .value(Formatting.money(value.rounded(), currency)),
      "cac": .value(Formatting.money(economics.acquisitionCost!.rounded(), currency)),
    ]
    guard ratio < UnitEconomics.minimumLifetimeValueRatio else {
      return [.pass(.funnel, Message("channel-ltv-cac-pass", arguments), at: place)]
    }
    var fix = arguments
    fix["target"] = .value(
      Formatting.money((value / UnitEconomics.minimumLifetimeValueRatio).rounded(.down), currency))
    return [
      .fail(
        .funnel,
        .warning(
          .channelLowLifetimeValue, Message("channel-ltv-cac-low", arguments), at: place,
          fixIt: Message("channel-ltv-cac-low-fix", fix)))
    ]
  }

  /// `share 60` meant 60%: the number written, as a percentage, when it is one; else 60%.
  private func suggestedShare(_ channel: PlanItem) -> String {
    if let share = channel.quantity("share"), share.unit.isDimensionless, share.display != .percent,
      (1...100).contains(share.magnitude.central)
    {
      return Formatting.describe(.quantity(Quantity(share.magnitude.central / 100, display: .percent)))
    }
    return Formatting.describe(.quantity(Quantity(0.6, display: .percent)))
  }
}
