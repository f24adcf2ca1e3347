import MPlanLanguage
import MPlanSyntax

/// What a goal seek or a data table varies: a `let`, a funnel rate or a plan block's field,
/// with its current value, and the values written for it checked against its unit.
package struct WhatIfInput {
  package var key: OverrideKey
  package var name: String
  package var current: Quantity
  package var span: SourceSpan

  /// Resolves `target`; `statement` (`solve`, `table`) names the asker in messages. With
  /// `acceptingRange`, an uncertain value (`a to b`) is an input too (a tornado varies it over
  /// its range).
  package init(
    _ target: Expr, statement: String, in interpreter: inout Interpreter, acceptingRange: Bool = false
  )
    throws
  {
    key = try interpreter.overrideKey(target, changer: .statement(statement))
    name = ExprPrinter.print(target)
    span = target.span
    let value = try interpreter.evaluate(target)
    guard case .quantity(let quantity) = value, acceptingRange || quantity.magnitude.exactValue != nil else {
      throw Diagnostic.error(
        .notANumberToVary,
        Message(
          "whatif-varies-one-number",
          ["statement": .text(statement), "name": .text(name), "what": .message(Message.whatItIs(value))]),
        at: target.span,
        fixIt: value.quantity != nil ? Message("whatif-varies-one-number-fix", ["name": .text(name)]) : nil)
    }
    current = quantity
  }

  /// `value` as a value of this input (in its unit), or an error at `span`. A funnel rate
  /// takes a plain percentage too (`1%` for `inbound.visit->mql`).
  package func conforming(_ value: Value, at span: SourceSpan) throws -> Quantity {
    guard case .quantity(let quantity) = value, let number = quantity.magnitude.exactValue else {
      throw Diagnostic.error(
        .valuesUnitMismatch,
        Message("whatif-value-one-number", ["name": .text(name), "type": .message(value.typeMessage)]),
        at: span)
    }
    let isRate: Bool
    if case .funnelRate = key { isRate = true } else { isRate = false }
    let asPercent = isRate && quantity.unit.isDimensionless && quantity.display == .percent
    guard quantity.unit == current.unit || asPercent else {
      throw Diagnostic.error(
        .valuesUnitMismatch,
        Message(
          "whatif-value-other-unit",
          [
            "name": .text(name), "unit": .message(UnitTable.described(current.unit)),
            "other": .message(UnitTable.described(quantity.unit)),
          ]),
        at: span, label: UnitTable.described(quantity.unit),
        secondary: [
          .init(
            span: self.span, message: Message("label-is", ["value": .value(Formatting.describe(current))]))
        ],
        fixIt: Message("whatif-write-value-like", ["value": .value(Formatting.describe(current))]))
    }
    // A percentage input given a plain number: `5` would silently mean 500%.
    if current.display.isShare, current.unit.isDimensionless, !quantity.display.isShare {
      throw Diagnostic.error(
        .valuesUnitMismatch, Message("whatif-value-plain-number", ["name": .text(name)]),
        at: span,
        label: Message(
          "label-would-mean",
          ["number": .value(Formatting.number(number)), "percent": .value(Formatting.percent(number))]),
        secondary: [
          .init(
            span: self.span, message: Message("label-is", ["value": .value(Formatting.describe(current))]))
        ],
        fixIt: Formatting.percentHintMessage(number))
    }
    return self.value(number)
  }

  /// A number in this input's unit, shown the way its current value is.
  package func value(_ number: Double) -> Quantity {
    Quantity(number, unit: current.unit, display: current.display)
  }
}

extension PlanAnalysis {
  /// The exact number a result has in a replay, or an error saying why a what-if cannot use it.
  package static func number(
    of expression: Expr, in interpreter: inout Interpreter, statement: String
  ) throws -> Quantity {
    let value = try interpreter.evaluate(expression)
    guard case .quantity(let quantity) = value, quantity.magnitude.exactValue != nil else {
      throw Diagnostic.error(
        .notANumberToVary,
        Message(
          "whatif-result-one-number",
          [
            "statement": .text(statement), "result": .text(ExprPrinter.print(expression)),
            "what": .message(Message.whatItIs(value)),
          ]),
        at: expression.span)
    }
    return quantity
  }
}

extension Message {
  /// What a value a what-if cannot vary is: "is uncertain", or "is a list".
  static func whatItIs(_ value: Value) -> Message {
    value.quantity != nil
      ? Message("whatif-is-uncertain") : Message("whatif-is-type", ["type": .message(value.typeMessage)])
  }
}
