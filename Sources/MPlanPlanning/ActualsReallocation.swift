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
  package let stage: ActualsStage

  package init?(ledger: ActualsLedger, index: PlanIndex) {
    guard let stage = ledger.stages.last else { return nil }
    let elasticity = ledger.block.quantity("elasticity")?.magnitude.central ?? Self.defaultElasticity
    var groups: [String: ActualsTotals] = [:]
    let channel = ledger.channels(index: index)
    for position in ledger.keys.indices {
      groups[channel(position), default: ActualsTotals()].add(ledger.totals[position])
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
  }

  package var strongest: Channel { channels[0] }
  package var weakest: Channel { channels[channels.count - 1] }

  /// The amount moved: the block's `move`, else a tenth of the weakest channel's spend.
  package var amount: Double {
    min(
      ledger.block.quantity("move")?.magnitude.central ?? weakest.totals.spend * Self.defaultShare,
      weakest.totals.spend)
  }

  /// What moving `amount` changes in a stage's results: gained by the strongest, lost by the
  /// weakest.
  package func change(in stage: ActualsStage) -> (gained: Double, lost: Double) {
    let gain = Self.results(strongest.totals, stage, spend: strongest.totals.spend + amount, elasticity)
    let loss = Self.results(weakest.totals, stage, spend: weakest.totals.spend - amount, elasticity)
    return (gain - strongest.totals.result(stage), weakest.totals.result(stage) - loss)
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
