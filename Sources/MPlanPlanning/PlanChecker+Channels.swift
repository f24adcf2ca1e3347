import MPlanLanguage
import MPlanSyntax

/// The Funnel group's checks of channels (docs/planning.md, "Channels and unit economics"):
/// each channel names a funnel and has a cost basis, someone and an action; the channels of a
/// funnel buy all of its top, no more; no channel's customers cost far more than the mix's;
/// and the mix's customers are worth three times what they cost.
extension PlanChecker {
  package func checkChannels() -> [PlanFinding] {
    guard !index.channels.isEmpty else { return [] }
    var findings: [PlanFinding] = []
    let funnels = index.environment.bindings.compactMap { entry -> String? in
      if case .funnel = entry.value.value { return entry.key }
      return nil
    }
    for channel in index.channels {
      guard let funnel = channel.word("funnel") else {
        findings.append(
          .fail(
            .funnel,
            .error(
              .channelNoFunnel, Message("channel-no-funnel", ["channel": .text(channel.name)]),
              at: channel.nameSpan,
              fixIt: Message("channel-no-funnel-fix", ["funnel": .text(funnels.sorted().first ?? "inbound")]))
          ))
        continue
      }
      if index.environment[funnel]?.funnel == nil {
        findings.append(
          .fail(
            .funnel,
            .error(
              .channelNoFunnel,
              Message("channel-unknown-funnel", ["channel": .text(channel.name), "funnel": .text(funnel)]),
              at: channel.place("funnel"),
              fixIt: Suggestions.closest(to: funnel, among: funnels).map { .didYouMean($0) }
                ?? Message("plan-unknown-funnel-fix", ["funnel": .text(funnel)]))))
      }
      if let rates = channel.word("rates"), let stages = index.environment[funnel]?.funnel?.stages,
        index.environment[rates]?.funnel?.stages != stages
      {
        // Read at the funnel's own rates instead, its customers would be silently wrong.
        findings.append(
          .fail(
            .funnel,
            .error(
              .channelNoFunnel,
              Message(
                "channel-rates-mismatch",
                ["channel": .text(channel.name), "rates": .text(rates), "funnel": .text(funnel)]),
              at: channel.place("rates"),
              fixIt: Message(
                "channel-rates-mismatch-fix",
                ["rates": .text(rates), "stages": .text(stages.joined(separator: " -> "))]))))
      }
      findings += peopleAndActions(of: channel)
    }
    for mix in ChannelMix.all(in: index) {
      findings += shares(of: mix) + costBases(of: mix) + channelCosts(of: mix) + lifetimeValue(of: mix)
    }
    return findings
  }

  private func peopleAndActions(of channel: PlanItem) -> [PlanFinding] {
    var findings: [PlanFinding] = []
    if channel.people("owner").isEmpty {
      findings.append(
        .fail(
          .funnel,
          .warning(
            .channelUnrun, Message("channel-no-owner", ["channel": .text(channel.name)]),
            at: channel.place("owner"), fixIt: Message("channel-no-owner-fix"))))
    }
    let named = [channel.name] + (channel.title.map { [$0] } ?? [])
    if !index.actions.contains(where: { action in action.people("channel").contains { named.contains($0) } })
    {
      let goal = index.goals.first { $0.word("funnel") == channel.word("funnel") }?.name ?? "<goal>"
      findings.append(
        .fail(
          .funnel,
          .warning(
            .channelUnrun,
            Message("channel-no-action", ["channel": .text(channel.name)]), at: channel.nameSpan,
            fixIt: Message(
              "channel-no-action-fix", ["channel": .text(channel.name), "goal": .text(goal)]))))
    }
    return findings
  }

  /// Several channels buy one top: together exactly all of it.
  private func shares(of mix: ChannelMix) -> [PlanFinding] {
    guard let need = mix.need, need > 0 else { return [] }
    let stated = mix.statedShare
    let top = mix.funnel.stages[0]
    func count(_ amount: Double) -> Message.Argument {
      .value(Formatting.describe(.quantity(Quantity(amount.rounded(), unit: mix.funnel.unit(of: top)))))
    }
    func percent(_ share: Double) -> Message.Argument {
      .value(Formatting.describe(.quantity(Quantity(share, display: .percent))))
    }
    let anchor = mix.channels[0].item
    let rest = mix.restChannels
    // The channel the fix-it moves: the one that takes the rest, else the last with a share.
    let largest = mix.channels.last { if case .share = $0.volume { true } else { false } }
    if stated > 1 + 1e-9 {
      let over = stated - 1
      var fix: Message
      if let largest, case .share(let share) = largest.volume, share > over {
        fix = Message(
          "channel-shares-over-fix", ["channel": .text(largest.name), "share": percent(share - over)])
      } else {
        fix = Message("channel-shares-over-counts-fix", ["need": count(need)])
      }
      return [
        .fail(
          .funnel,
          .error(
            .channelSharesOver,
            Message(
              "channel-shares-over",
              [
                "funnel": .text(mix.funnelName), "share": percent(stated), "over": percent(over),
                "extra": count(over * need),
              ]),
            at: (largest?.item ?? anchor).place("share"), fixIt: fix))
      ]
    }
    if rest.isEmpty, stated < 1 - 1e-9 {
      let gap = 1 - stated
      var fix = Message("channel-shares-under-rest-fix", ["funnel": .text(mix.funnelName)])
      if let largest, case .share(let share) = largest.volume {
        fix = Message(
          "channel-shares-under-fix",
          ["channel": .text(largest.name), "share": percent(share + gap), "funnel": .text(mix.funnelName)])
      }
      return [
        .fail(
          .funnel,
          .warning(
            .channelSharesUnder,
            Message(
              "channel-shares-under",
              [
                "funnel": .text(mix.funnelName), "share": percent(stated), "gap": percent(gap),
                "missing": count(gap * need),
              ]),
            at: (largest?.item ?? anchor).place("share"), fixIt: fix))
      ]
    }
    var arguments: [String: Message.Argument] = ["funnel": .text(mix.funnelName), "need": count(need)]
    if let taker = rest.first {
      arguments["channel"] = .text(taker.name)
      arguments["rest"] = count(taker.top)
      return [.pass(.funnel, Message("channel-shares-rest", arguments), at: taker.item.nameSpan)]
    }
    return [.pass(.funnel, Message("channel-shares-whole", arguments), at: anchor.nameSpan)]
  }
}
