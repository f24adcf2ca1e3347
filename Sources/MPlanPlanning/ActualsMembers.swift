import MPlanLanguage
import MPlanSyntax

/// What an `actuals` block answers to, so a plan starts from what really converted:
/// `last_year.customers`, `last_year.cac`, `last_year.lead_to_customer`, and the same per
/// channel, `last_year.channels.paid_search.visit_to_lead`. A funnel takes its rates from
/// them (`visit -> lead : last_year.channels.paid_search.visit_to_lead`).
package enum ActualsMembers {
  package static let totals = ["spend", "visits", "leads", "mqls", "sqls", "customers", "revenue"]
  package static let costs = [
    "cost_per_visit", "cost_per_lead", "cost_per_mql", "cost_per_sql", "cac", "romi",
  ]

  /// Every stage pair in funnel order: `visit_to_lead`, `visit_to_sql`, … `sql_to_customer`.
  package static var conversions: [(String, ActualsStage, ActualsStage)] {
    var pairs: [(String, ActualsStage, ActualsStage)] = []
    for from in ActualsStage.allCases {
      for to in ActualsStage.allCases where to.rawValue > from.rawValue {
        pairs.append(("\(Self.word(from))_to_\(Self.word(to))", from, to))
      }
    }
    return pairs
  }

  package static func word(_ stage: ActualsStage) -> String {
    ["visit", "lead", "mql", "sql", "customer"][stage.rawValue]
  }

  package static var names: [String] { totals + costs + conversions.map(\.0) + ["channels", "campaigns"] }

  /// `paid_search` for "Paid search": a channel as a name a member can be.
  package static func memberName(_ channel: String) -> String {
    let word = String(channel.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "_" })
    return word.first?.isLetter == true ? word : "channel_" + word
  }

  package static func member(
    _ name: String, of block: PlanItem, in environment: Environment, at span: SourceSpan
  )
    throws -> Value?
  {
    guard names.contains(name) else { return nil }
    guard let ledger = ActualsStore.ledger(of: block, in: environment) else {
      throw Diagnostic.error(
        .actualsFileUnreadable,
        Message("actuals-member-unread", ["block": .text(block.name), "member": .text(name)]),
        at: span, fixIt: Message("actuals-member-unread-fix"))
    }
    if name == "channels" || name == "campaigns" {
      // `campaigns`: one per value of the key column, whatever the plan declares. `channels`:
      // grouped by the `channel` of the actions declared so far (see `ActualsLedger.channels`).
      var groups: [String: ActualsTotals] = [:]
      var order: [String] = []
      let channel = ledger.channels(index: PlanIndex(environment: environment))
      for (position, key) in ledger.keys.enumerated() {
        let group = name == "campaigns" ? key : channel(position)
        if groups[group] == nil { order.append(group) }
        groups[group, default: ActualsTotals()].add(ledger.totals[position])
      }
      let fields = order.map { group in
        (memberName(group), Value.record(record(groups[group]!, ledger: ledger, environment: environment)))
      }
      return .record(Record(fields.map { (name: $0.0, value: $0.1) }))
    }
    let all = record(ledger.grandTotal, ledger: ledger, environment: environment)
    guard let value = all[name] else {
      throw Diagnostic.error(
        .unknownMember,
        Message("actuals-member-unmapped", ["block": .text(block.name), "member": .text(name)]),
        at: span, fixIt: Message("actuals-member-unmapped-fix"))
    }
    return value
  }

  /// The members one set of totals has: only those its mapped columns can give.
  package static func record(_ totals: ActualsTotals, ledger: ActualsLedger, environment: Environment)
    -> Record
  {
    var fields: [(name: String, value: Value)] = [("spend", ledger.money(totals.spend, in: environment))]
    for stage in ledger.stages {
      let unit = environment.units.lookup(word(stage))?.unit ?? .none
      fields.append((stage.field, .quantity(Quantity(totals.result(stage), unit: unit))))
    }
    if ledger.hasRevenue { fields.append(("revenue", ledger.money(totals.revenue, in: environment))) }
    for stage in ledger.stages where totals.result(stage) > 0 {
      let name = stage == .customers ? "cac" : "cost_per_\(word(stage))"
      fields.append((name, ledger.money(totals.spend / totals.result(stage), in: environment)))
    }
    if ledger.hasRevenue, totals.spend > 0 {
      fields.append(("romi", PlanPresenter.percent((totals.revenue - totals.spend) / totals.spend)))
    }
    for (name, from, to) in conversions
    where ledger.stages.contains(from) && ledger.stages.contains(to) && totals.result(from) > 0 {
      fields.append((name, PlanPresenter.percent(totals.result(to) / totals.result(from))))
    }
    return Record(fields)
  }
}
