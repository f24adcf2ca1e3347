/// Writes an expression back as mplan source, for table headings (`compare … on need.visit`)
/// and for sessions saved as scripts.
public enum ExprPrinter {
  public static func print(_ expression: Expr) -> String {
    switch expression.kind {
    case .literal(let literal): return print(literal)
    case .quantity(let number, let unit): return print(number) + " " + unit.text
    case .name(let name): return name
    case .unary(.negate, let operand): return "-" + wrapped(operand)
    case .unary(.plus, let operand): return "+" + wrapped(operand)
    case .unary(.not, let operand): return "not " + wrapped(operand)
    case .binary(let op, let left, let right): return wrapped(left) + " \(op.rawValue) " + wrapped(right)
    case .per(let value, let unit): return wrapped(value) + " per " + unit.text
    case .convert(let value, let unit): return wrapped(value) + " as " + unit.text
    case .call(let callee, let arguments):
      return print(callee) + "(" + arguments.map(print).joined(separator: ", ") + ")"
    case .member(let base, let member): return print(base) + "." + member.text
    case .stageRate(let base, let from, let to): return print(base) + "." + from.text + "->" + to.text
    case .list(let elements): return "[" + elements.map(print).joined(separator: ", ") + "]"
    case .record(let entries):
      return "{" + entries.map { "\($0.0.text): \(print($0.1))" }.joined(separator: ", ") + "}"
    case .conditional(let condition, let thenBranch, let elseBranch):
      return "if \(print(condition)) then \(print(thenBranch)) else \(print(elseBranch))"
    case .period(let start, let end): return print(start) + " .. " + print(end)
    case .uncertain(let low, let high): return print(low) + " to " + print(high)
    }
  }

  package static func wrapped(_ expression: Expr) -> String {
    switch expression.kind {
    case .binary, .unary, .per, .conditional, .period, .uncertain, .convert: "(" + print(expression) + ")"
    default: print(expression)
    }
  }

  package static func print(_ literal: Literal) -> String {
    switch literal {
    case .number(let value): NumberText.format(value, maximumDecimals: 10).replacingCommas()
    case .percent(let value): NumberText.format(value * 100, maximumDecimals: 10).replacingCommas() + "%"
    case .money(let value, let currency):
      "\(NumberText.format(value, maximumDecimals: 10).replacingCommas()) \(currency)"
    case .date(let day): day.iso
    case .month(let year, let month): CalendarPeriod.month(year: year, month: month).description
    case .quarter(let year, let quarter): CalendarPeriod.quarter(year: year, quarter: quarter).description
    case .week(let year, let week): CalendarPeriod.week(year: year, week: week).description
    case .string(let text):
      "\"" + text.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"").replacing("\n", with: "\\n")
        + "\""
    case .bool(let flag): flag ? "true" : "false"
    }
  }
}

extension String {
  /// `10,000` is a list of two numbers inside brackets in some positions; `10_000` never is.
  fileprivate func replacingCommas() -> String { replacing(",", with: "_") }
}
