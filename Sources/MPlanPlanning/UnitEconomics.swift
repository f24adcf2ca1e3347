import MPlanLanguage
import MPlanSyntax

/// What a customer costs and returns, for one channel or for a funnel's channels together,
/// worked out as the `kpi` module defines each figure (stdlib/kpi.mplan):
/// cost per stage = spend ÷ that stage's count; CAC = spend ÷ customers; new revenue =
/// customers × `deal_size` (a customer's first-year revenue); spend share = spend ÷ new revenue;
/// ROMI = (new revenue − spend) ÷ spend; payback = CAC ÷ (deal_size ÷ 12 × `gross_margin`) months;
/// LTV = deal_size ÷ 12 × margin ÷ `monthly_churn`, and LTV:CAC = LTV ÷ CAC.
/// A figure whose inputs the plan does not state is nil, shown as "—", never guessed.
package struct UnitEconomics {
  /// Below this LTV:CAC a plan spends more to win a customer than the customer is worth for
  /// the risk: 3:1 is the usual rule of SaaS finance (PLAN-F07).
  package static let minimumLifetimeValueRatio = 3.0
  /// A channel whose customers cost more than this many times the blended CAC is flagged
  /// (PLAN-F06): twice is past what a mix can carry without the channel proving its case.
  package static let channelCostRatio = 2.0

  package let spend: Double?
  /// Each stage's count, from the top down.
  package let counts: [Double]
  package let dealSize: Double?
  package let margin: Double?
  package let churn: Double?

  package var customers: Double { counts.last ?? 0 }

  package func costPer(stage index: Int) -> Double? {
    guard let spend, counts.indices.contains(index), counts[index] > 0 else { return nil }
    return spend / counts[index]
  }

  package var acquisitionCost: Double? { costPer(stage: counts.count - 1) }

  package var newRevenue: Double? { dealSize.map { $0 * customers } }

  package var spendShare: Double? {
    guard let spend, let revenue = newRevenue, revenue > 0 else { return nil }
    return spend / revenue
  }

  package var returnOnSpend: Double? {
    guard let spend, spend > 0, let revenue = newRevenue else { return nil }
    return (revenue - spend) / spend
  }

  /// A customer's margin a month.
  package var monthlyMargin: Double? {
    guard let dealSize, let margin else { return nil }
    return dealSize / 12 * margin
  }

  package var paybackMonths: Double? {
    guard let cac = acquisitionCost, let monthly = monthlyMargin, monthly > 0 else { return nil }
    return cac / monthly
  }

  package var lifetimeValue: Double? {
    guard let monthly = monthlyMargin, let churn, churn > 0 else { return nil }
    return monthly / churn
  }

  package var lifetimeValueRatio: Double? {
    guard let value = lifetimeValue, let cac = acquisitionCost, cac > 0 else { return nil }
    return value / cac
  }
}

extension ChannelMix {
  /// The goal that says what this funnel's customers are worth: the first it feeds with a
  /// `deal_size`.
  package func valuedGoal(in index: PlanIndex) -> PlanItem? {
    let fed = index.goals.filter { $0.word("funnel") == funnelName }
    return fed.first { $0.quantity("deal_size") != nil } ?? fed.first
  }

  package func economics(of channel: Channel?, in index: PlanIndex) -> UnitEconomics {
    let goal = valuedGoal(in: index)
    func share(_ field: String) -> Double? {
      guard let quantity = goal?.quantity(field), quantity.unit.isDimensionless else { return nil }
      return quantity.magnitude.central
    }
    // `deal_size $9,000` or `$9,000 per customer`: money, per customer or not.
    let dealSize = goal?.quantity("deal_size").flatMap { size in
      size.unit.factors.contains { $0.isCurrency && $0.power == 1 } ? size.magnitude.central : nil
    }
    return UnitEconomics(
      spend: channel == nil ? totalSpend : channel!.spend, counts: channel?.stages ?? totals,
      dealSize: dealSize,
      margin: share("gross_margin"), churn: share("monthly_churn"))
  }
}
