import MPlanSyntax

/// Running a `funnel` statement: each stage is a count unit (declared here when it is new), and
/// each conversion rate is checked as a share from one stage to the next. A replay runs a
/// funnel again over its own earlier value and works out only the rates a change reaches.
extension Interpreter {
  package mutating func executeFunnel(_ name: Name, _ stages: [FunnelStage]) throws {
    guard !stages.isEmpty else {
      throw Diagnostic.error(
        .invalidFunnel, Message("funnel-no-stages", ["funnel": .text(name.text)]), at: name.span,
        fixIt: Message("funnel-no-stages-fix"))
    }
    // A replay (a table's cell, a goal seek's step) runs a funnel again over its own earlier
    // value: the stages are the same units, so only the rates are worked out again, and only
    // those a change reaches (`changes.parts` names a stage by the one it leads to).
    if let recomputed = changes.parts, case .funnel(var funnel)? = environment[name.text],
      funnel.written(as: stages)
    {
      for (index, stage) in stages.enumerated() {
        let (from, to) = (funnel.stages[index], funnel.stages[index + 1])
        if !recomputed.contains(stage.to.text),
          changedValue(.funnelRate(funnel: name.text, from: from, to: to)) == nil,
          changedExpression(.funnelRate(funnel: name.text, from: from, to: to)) == nil
        {
          continue
        }
        (funnel.rates[index], funnel.rateSpans[index]) = try stageRate(
          of: name.text, stage, from: from, to: to)
      }
      environment.bind(name.text, .funnel(funnel), at: name.span)
      return
    }
    var funnel = Funnel(name: name.text, stages: [], rates: [])
    funnel.writtenStages = [stages[0].from.text] + stages.map(\.to.text)
    // Hashed, not a scan of the stages so far for each one: time linear in the stages.
    var stagesSoFar: Set<String> = []
    for (index, stage) in stages.enumerated() {
      if index == 0 {
        funnel.stages.append(try funnelStage(stage.from))
        stagesSoFar.insert(funnel.stages[0])
      } else if funnel.stages.last != environment.units.lookup(stage.from.text)?.base {
        throw Diagnostic.error(
          .invalidValue,
          Message(
            "funnel-stage-chain", ["stage": .text(stage.from.text), "previous": .text(funnel.stages.last!)]),
          at: stage.from.span,
          fixIt: Message("funnel-stage-chain-fix", ["previous": .text(funnel.stages.last!)]))
      }
      let next = try funnelStage(stage.to)
      guard stagesSoFar.insert(next).inserted else {
        throw Diagnostic.error(
          .invalidFunnel,
          Message("funnel-stage-twice", ["stage": .text(stage.to.text), "funnel": .text(name.text)]),
          at: stage.to.span,
          fixIt: Message("funnel-stage-twice-fix", ["previous": .text(funnel.stages.last!)]))
      }
      funnel.stages.append(next)
      for base in funnel.stages.suffix(2) {
        if let plural = environment.units.lookup(base)?.plural { funnel.stagePlurals[base] = plural }
      }
      let (rate, span) = try stageRate(
        of: name.text, stage, from: funnel.stages[index], to: funnel.stages[index + 1])
      funnel.rates.append(rate)
      funnel.rateSpans.append(span)
    }
    environment.bind(name.text, .funnel(funnel), at: name.span)
    poisoned.remove(name.text)
  }

  /// A stage's conversion rate, with a change in force for it, and where it is written.
  private mutating func stageRate(of funnel: String, _ stage: FunnelStage, from: String, to: String) throws
    -> (Magnitude, SourceSpan)
  {
    let expression = changedExpression(.funnelRate(funnel: funnel, from: from, to: to)) ?? stage.rate
    let value = try changedValue(.funnelRate(funnel: funnel, from: from, to: to)) ?? evaluate(expression)
    return (try Funnel.conversionRate(value, from: from, to: to, at: expression.span), expression.span)
  }

  /// A stage names a count unit; a new name becomes one, since the funnel declares it.
  package mutating func funnelStage(_ stage: Name) throws -> String {
    if let definition = environment.units.lookup(stage.text) {
      guard definition.kind == .count else {
        throw Diagnostic.error(
          .unitMismatch, Message("funnel-stage-not-count", ["stage": .text(stage.text)]), at: stage.span)
      }
      return definition.base
    }
    environment.units.declare(stage.text)
    return environment.units.lookup(stage.text)!.base
  }
}
