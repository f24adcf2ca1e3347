import MPlanLanguage
import MPlanPlanning
import MPlanSyntax

extension PlanWorkbook {
  /// A script's expression as a formula over the workbook's cells, or nil when any part of it
  /// is not there: only numbers with their units (`1 year` is `1*12`, in months as mplan
  /// counts time), the plan's inputs (by their defined names), goals' targets, a funnel's
  /// stage counts (`need.visit` of `let need = inbound.need(GOAL.target)`), and `+ - * / ^`
  /// between them. `settleFormulas` still keeps a formula only when it gives mplan's value.
  func formula(for expression: Expr) -> Formula? {
    switch expression.kind {
    case .literal(.number(let value)), .literal(.percent(let value)), .literal(.money(let value, _)):
      return .number(value)
    case .quantity(let number, let unit):
      guard let scale = export.formulas.unitScales[unit.text], let formula = formula(for: number) else {
        return nil
      }
      return scale == 1 ? formula : .binary(.multiply, formula, .number(scale))
    case .per(let number, let unit):
      guard let scale = export.formulas.unitScales[unit.text], let formula = formula(for: number) else {
        return nil
      }
      return scale == 1 ? formula : .binary(.divide, formula, .number(scale))
    case .name(let name):
      return inputCells[name].map { .name($0.name, $0.cell) }
    case .unary(.negate, let operand):
      return formula(for: operand).map(Formula.negate)
    case .unary(.plus, let operand):
      return formula(for: operand)
    case .binary(let op, let left, let right):
      let operators: [BinaryOperator: Formula.Operator] = [
        .add: .add, .subtract: .subtract, .multiply: .multiply, .divide: .divide, .power: .power,
      ]
      guard let op = operators[op], let left = formula(for: left), let right = formula(for: right) else {
        return nil
      }
      return .binary(op, left, right)
    case .member(let base, let member):
      guard case .name(let name) = base.kind else { return nil }
      if member.text == "target", let cell = targetCells[name] { return .cell(cell) }
      if let need = export.formulas.needs[name],
        let funnel = export.funnels.first(where: { $0.name == need.funnel }),
        funnel.countsFor == need.goal || funnel.countsFor == name,
        let cell = stageCells[need.funnel]?[member.text]
      {
        return .cell(cell)
      }
      return nil
    default:
      return nil
    }
  }

  /// A count rounded up to a whole thing as `need` rounds it: a value within a billionth of a
  /// whole number is that number (10.000000000000002 customers are 10), any other up.
  static func roundedUp(_ value: Formula) -> Formula {
    let nearest = Formula.function("ROUND", [value, .number(0)])
    let off = Formula.function("ABS", [.binary(.subtract, value, nearest)])
    let tolerance = Formula.binary(
      .multiply, .number(1e-9), .function("MAX", [.number(1), .function("ABS", [value])]))
    return .function(
      "IF", [.binary(.less, off, tolerance), nearest, .function("ROUNDUP", [value, .number(0)])])
  }

  /// A quantity as a number in a cell, formatted by its unit; one shown in a unit of time, or
  /// uncertain, is its text (its number would be months, or a mean).
  func quantityCell(_ quantity: Quantity) -> Cell {
    guard let value = quantity.magnitude.exactValue else {
      return .text(Formatting.describe(.quantity(quantity)))
    }
    if case .time = quantity.display { return .text(Formatting.describe(.quantity(quantity))) }
    if quantity.display.isShare { return .number(value, .percent) }
    if let currency = quantity.unit.currency, quantity.unit.simpleBase == currency {
      return .number(value, .money(symbol: Self.symbol(currency)))
    }
    if quantity.unit.simpleBase != nil, value == value.rounded() { return .number(value, .count) }
    return .number(value, .decimal)
  }

  /// A field's value: a quantity as a number, a date as a date, anything else as text.
  func valueCell(_ value: Value?) -> Cell {
    switch value {
    case nil: return .empty
    case .quantity(let quantity)?: return quantityCell(quantity)
    case .time(let period)? where period.start == period.end:
      return .number(SerialDay.serial(dayNumber: period.start.dayNumber), .date)
    case let value?: return .text(Table.fieldText(value))
    }
  }

  /// `USD`, `%`, `visit`, `USD per visit`.
  func unitText(_ quantity: Quantity) -> String {
    if quantity.display.isShare { return "%" }
    if quantity.unit.isDimensionless { return "" }
    return UnitTable.symbol(quantity.unit)
  }

  func list(_ names: [String]) -> String? { names.isEmpty ? nil : names.joined(separator: "; ") }

  /// `$` for USD, the code itself for a currency without a symbol of its own.
  static func symbol(_ currency: String) -> String { Formatting.currencySymbols[currency] ?? currency }
}

/// The plan as an xlsx workbook (`PlanWorkbook`, written by `WorkbookWriter`).
public struct XLSXExporter: Exporter {
  public init() {}

  public func data(_ export: PlanExport) -> [UInt8] { WorkbookWriter.bytes(PlanWorkbook.workbook(export)) }

  /// The workbook's cells as text, a block per sheet and a line per row: a formula as
  /// `=FORMULA → value`. What `-o -` would be unreadable as; tests and a quick look read this.
  public func render(_ export: PlanExport) -> String {
    let workbook = PlanWorkbook.workbook(export)
    var lines: [String] = []
    for sheet in workbook.sheets {
      lines.append("# " + sheet.name)
      for row in sheet.rows {
        lines.append(
          row.map { cell in
            let value: String
            switch cell.content {
            case .empty: value = ""
            case .number(let number): value = Formula.numberText(number)
            case .text(let text): value = text
            case .bool(let flag): value = flag ? "TRUE" : "FALSE"
            }
            return cell.formula.map { "=" + $0.text(on: sheet.name) + " → " + value } ?? value
          }.joined(separator: "\t"))
      }
      lines.append("")
    }
    return lines.joined(separator: "\n")
  }
}
