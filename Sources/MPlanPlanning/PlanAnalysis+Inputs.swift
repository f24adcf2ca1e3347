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
      let what = value.quantity != nil ? "is uncertain" : "is \(value.typeDescription)"
      throw Diagnostic.error(
        .notANumberToVary, "`\(statement)` varies one number, and `\(name)` \(what)", at: target.span,
        fixIt: value.quantity != nil ? "give `\(name)` one value, or compare scenarios instead" : nil)
    }
    current = quantity
  }

  /// `value` as a value of this input (in its unit), or an error at `span`. A funnel rate
  /// takes a plain percentage too (`1%` for `inbound.visit->mql`).
  package func conforming(_ value: Value, at span: SourceSpan) throws -> Quantity {
    guard case .quantity(let quantity) = value, let number = quantity.magnitude.exactValue else {
      throw Diagnostic.error(
        .valuesUnitMismatch, "a value of `\(name)` is one number, not \(value.typeDescription)", at: span)
    }
    let isRate: Bool
    if case .funnelRate = key { isRate = true } else { isRate = false }
    let asPercent = isRate && quantity.unit.isDimensionless && quantity.display == .percent
    guard quantity.unit == current.unit || asPercent else {
      throw Diagnostic.error(
        .valuesUnitMismatch,
        "`\(name)` is \(UnitTable.describe(current.unit)), and this is \(UnitTable.describe(quantity.unit))",
        at: span, label: UnitTable.describe(quantity.unit),
        secondary: [.init(span: self.span, message: "is \(Formatting.describe(current))")],
        fixIt: "write a value like \(Formatting.describe(current))")
    }
    // A percentage input given a plain number: `5` would silently mean 500%.
    if current.display.isShare, current.unit.isDimensionless, !quantity.display.isShare {
      throw Diagnostic.error(
        .valuesUnitMismatch, "`\(name)` is a percentage, and this is a plain number",
        at: span, label: "\(Formatting.number(number)) would mean \(Formatting.percent(number))",
        secondary: [.init(span: self.span, message: "is \(Formatting.describe(current))")],
        fixIt: Formatting.percentHint(number))
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
      let what = value.quantity != nil ? "is uncertain" : "is \(value.typeDescription)"
      throw Diagnostic.error(
        .notANumberToVary,
        "`\(statement)` needs a result that is one number, and `\(ExprPrinter.print(expression))` \(what)",
        at: expression.span)
    }
    return quantity
  }
}
