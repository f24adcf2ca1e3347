import MPlanLanguage
import MPlanSyntax

/// The members a plan declaration answers to: its fields, plus what the plan computes from
/// it (a budget's `committed` and `available`).
package struct PlanMembers {
  package let environment: Environment

  package static let budgetComputed = ["committed", "spent", "reserved", "available", "needed"]

  package static func names(of item: PlanItem) -> [String] {
    ["name", "title"] + item.fields.map(\.name) + (item.kind == .budget ? budgetComputed : [])
      + (item.kind == .actuals ? ActualsMembers.names : [])
      + (item.kind == .channel ? ChannelMembers.channelNames.filter { item[$0] == nil } : [])
      + (item.kind == .goal && item.word("funnel") != nil ? ChannelMembers.goalNames : [])
  }

  package func member(_ name: String, of item: PlanItem, at span: SourceSpan) throws -> Value? {
    switch name {
    case "name": return .text(item.name)
    case "title": return item.title.map(Value.text)
    default: break
    }
    // `last_year.customers` is how many there were, not the column's heading the field holds.
    if item.kind == .actuals, let value = try ActualsMembers.member(name, of: item, in: environment, at: span)
    {
      return value
    }
    if let value = item[name] { return value }
    if let value = try ChannelMembers.member(name, of: item, in: environment, at: span) { return value }
    guard item.kind == .budget, Self.budgetComputed.contains(name) else { return nil }
    if let ahead = environment.blocksAhead.values.filter({ $0.kind == .action }).min(by: {
      $0.name.span.line < $1.name.span.line
    }) {
      throw Diagnostic.error(
        .readBeforeDeclared,
        Message(
          "budget-read-before-declared",
          ["budget": .text(item.name), "member": .text(name), "action": .text(ahead.name.text)]),
        at: span, secondary: [.init(span: ahead.name.span, message: Message("label-still-to-come"))],
        fixIt: Message("budget-read-before-declared-fix"))
    }
    let ledger = try BudgetLedger(budget: item, environment: environment)
    switch name {
    case "committed", "spent": return .quantity(ledger.committed)
    case "reserved": return .quantity(ledger.reserved)
    case "needed": return .quantity(ledger.needed)
    default: return .quantity(ledger.available)
    }
  }
}
