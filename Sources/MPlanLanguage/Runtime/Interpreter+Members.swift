import MPlanSyntax

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// What a value answers to after `.`: a record's fields, a block's fields and what the host
/// computes from it, a funnel's methods and rates, a sampled value's percentiles, a period's
/// ends and a list's count.
extension Interpreter {
  // `mutating`, though nothing changes: `evaluate` is mutating, and calling a non-mutating
  // method from it copied the whole interpreter on every `a.b` (a data table reads thousands).
  package mutating func member(of value: Value, _ member: Name, base: Expr) throws -> Value {
    switch value {
    case .record(let record):
      if let found = record[member.text] { return found }
      throw unknownMember(member, of: value, candidates: record.fields.map(\.name))
    case .declaration(let block):
      // An actuals block's `customers` is how many there were, which its host computes; the
      // field of that name only holds the column's heading (docs/actuals.md).
      if block.kind == .actuals,
        let found = try options.host?.member(member.text, of: block, in: environment, at: member.span)
      {
        return found
      }
      switch member.text {
      case "name": return .text(block.name)
      case "title": if let title = block.title { return .text(title) }
      default: if let found = block[member.text] { return found }
      }
      if let found = try options.host?.member(member.text, of: block, in: environment, at: member.span) {
        return found
      }
      throw unknownMember(member, of: value, candidates: memberNames(of: block))
    case .funnel(let funnel):
      if let method = FunnelMethods.member(member.text, of: funnel) { return method }
      throw unknownMember(member, of: value, candidates: FunnelMethods.names)
    case .quantity(let quantity):
      if let found = Sampling.member(member.text, of: quantity) { return found }
      throw unknownMember(member, of: value, candidates: Sampling.memberNames)
    case .time(let period):
      switch member.text {
      case "start": return .time(.day(period.start))
      case "end": return .time(.day(period.end))
      case "months":
        // Calendar months, a part month by its own days (language.md, "The calendar").
        let months = period.start.months(through: period.end, in: environment.calendar)
        return .quantity(Quantity(months, unit: Unit(base: UnitTable.timeBase)))
      default: throw unknownMember(member, of: value, candidates: ["start", "end", "months"])
      }
    case .list(let elements):
      if member.text == "count" { return .number(Double(elements.count)) }
      throw unknownMember(member, of: value, candidates: ["count"])
    default:
      throw unknownMember(member, of: value, candidates: [])
    }
  }

  package func unknownMember(_ member: Name, of value: Value, candidates: [String]) -> Diagnostic {
    let suggestion = Suggestions.closest(to: member.text, among: candidates)
    return Diagnostic.error(
      .unknownMember,
      Message("members-unknown", ["type": .message(value.typeMessage), "member": .text(member.text)]),
      at: member.span,
      fixIt: suggestion.map(Message.didYouMean)
        ?? Message.codeList(candidates).map { Message("members-it-has-fix", ["members": .message($0)]) })
  }

  package mutating func stageRate(_ value: Value, _ from: Name, _ to: Name, span: SourceSpan) throws -> Value
  {
    guard case .funnel(let funnel) = value else {
      throw Diagnostic.error(
        .typeMismatch, Message("members-arrow-not-funnel", ["type": .message(value.typeMessage)]), at: span)
    }
    let fromBase = environment.units.lookup(from.text)?.base ?? from.text
    let toBase = environment.units.lookup(to.text)?.base ?? to.text
    guard let rate = funnel.rate(from: fromBase, to: toBase) else {
      let pairs = zip(funnel.stages, funnel.stages.dropFirst()).map { "\($0)->\($1)" }
      throw Diagnostic.error(
        .unknownMember,
        Message(
          "funnel-no-such-stage", ["funnel": .text(funnel.name), "stage": .text("\(from.text)->\(to.text)")]),
        at: from.span.joined(to.span),
        fixIt: Message(
          "funnel-stages-are-fix", ["stages": .message(Message.codeList(pairs) ?? .verbatim(""))]))
    }
    // MQLs per visit, so `need.visit * inbound.visit->mql` is MQLs; shown as a percentage.
    return .quantity(
      Quantity(magnitude: rate, unit: Funnel.rateUnit(from: fromBase, to: toBase), display: .percent))
  }
}
