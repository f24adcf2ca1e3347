import MPlanLanguage
import MPlanSyntax

/// What a `channel` block computes (`search.spend`, `search.need.visit`, `search.cac`), and
/// the blended figures of the goal its funnel feeds (`new_customers.cac`): docs/planning.md,
/// "Channels and unit economics".
package enum ChannelMembers {
  package static let channelNames = [
    "spend", "need", "share", "cac", "spend_share", "payback", "ltv", "ltv_cac", "romi",
  ]
  package static let goalNames = ["need", "spend", "cac", "spend_share", "payback", "ltv", "ltv_cac", "romi"]

  package static func member(
    _ name: String, of item: PlanItem, in environment: Environment, at span: SourceSpan
  )
    throws -> Value?
  {
    let names = item.kind == .channel ? channelNames : goalNames
    guard item.kind == .channel || item.kind == .goal, names.contains(name) else { return nil }
    // The mix reads every goal and channel of the funnel: one still to come would change it.
    if let ahead = environment.blocksAhead.values.filter({ $0.kind == .channel || $0.kind == .goal }).min(
      by: {
        $0.name.span.line < $1.name.span.line
      })
    {
      throw Diagnostic.error(
        .readBeforeDeclared,
        Message(
          "channel-read-before-declared",
          [
            "member": .text("\(item.name).\(name)"), "kind": .text(ahead.kind.rawValue),
            "name": .text(ahead.name.text),
          ]),
        at: span, secondary: [.init(span: ahead.name.span, message: Message("channel-still-to-come"))],
        fixIt: Message("channel-read-before-declared-fix"))
    }
    let index = PlanIndex(environment: environment)
    let funnel = item.word("funnel")
    guard let funnel,
      let mix = ChannelMix.all(in: index).first(where: { $0.funnelName == funnel })
    else { return nil }
    let channel = item.kind == .channel ? mix.channels.first { $0.name == item.name } : nil
    if item.kind == .channel, channel == nil { return nil }
    let economics = mix.economics(of: channel, in: index)
    let currency = mix.currency ?? index.currency
    func money(_ amount: Double?) -> Value? {
      amount.map {
        .quantity(Quantity($0, unit: environment.units.lookup(currency)?.unit ?? Unit(base: currency)))
      }
    }
    func percent(_ share: Double?) -> Value? { share.map { .quantity(Quantity($0, display: .percent)) } }
    let value: Value?
    switch name {
    case "spend": value = money(economics.spend)
    case "need":
      let counts = channel?.stages ?? mix.totals
      value = .record(
        Record(
          zip(mix.funnel.stages, counts).map { stage, count in
            (stage, .quantity(Quantity(count, unit: mix.funnel.unit(of: stage))))
          }))
    case "share": value = percent(mix.need.map { channel!.share(of: $0) })
    case "cac": value = money(economics.acquisitionCost)
    case "spend_share": value = percent(economics.spendShare)
    case "payback":
      value = economics.paybackMonths.map { .quantity(Quantity($0, unit: Unit(base: UnitTable.timeBase))) }
    case "ltv": value = money(economics.lifetimeValue)
    case "ltv_cac": value = economics.lifetimeValueRatio.map { .number($0) }
    default: value = percent(economics.returnOnSpend)
    }
    if let value { return value }
    // A figure the plan does not state enough for is said so, with what it needs: never a 0.
    let goal = mix.valuedGoal(in: index)?.name ?? "<goal>"
    let arguments: [String: Message.Argument] = [
      "member": .text("\(item.name).\(name)"), "funnel": .text(funnel), "goal": .text(goal),
    ]
    let fix: Message
    switch name {
    case "spend", "cac", "share": fix = Message("channel-member-needs-spend-fix", arguments)
    case "spend_share", "romi": fix = Message("channel-member-needs-revenue-fix", arguments)
    case "payback": fix = Message("channel-member-needs-margin-fix", arguments)
    default: fix = Message("channel-member-needs-churn-fix", arguments)
    }
    throw Diagnostic.error(
      .unknownMember, Message("channel-member-unworked", arguments), at: span, fixIt: fix)
  }
}
