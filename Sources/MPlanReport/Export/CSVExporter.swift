import MPlanLanguage
import MPlanPlanning
import MPlanSyntax

/// The plan as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a
/// comma, a quote or a line break, UTF-8 without a byte-order mark). By default the ledger
/// finance imports, one row per action and month; `--table` picks another view.
///
/// Amounts are plain numbers with two decimals (`1000.00`); an action's months add up to its
/// cost to the cent (the last month takes the rounding). A text cell that a spreadsheet would
/// run as a formula (starting with `=`, `+`, `-`, `@`) is prefixed with `'`.
public struct CSVExporter: Exporter {
  public enum View: String, CaseIterable, Sendable {
    case ledger, goals, actions, budgets, pacing, checks
  }

  public let view: View

  public init(view: View = .ledger) { self.view = view }

  /// The heading row of each view: how an exported CSV file is recognised.
  public static func headingLine(of view: View) -> String {
    headings(of: view).joined(separator: ",")
  }

  package static func headings(of view: View) -> [String] {
    switch view {
    case .ledger: ["plan", "budget", "action", "goals", "channel", "owner", "month", "amount", "currency"]
    case .goals:
      [
        "goal", "title", "metric", "baseline", "target", "unit", "deadline", "owner", "supports", "smart",
        "actions",
      ]
    case .actions:
      ["action", "title", "serves", "channel", "owner", "cost", "currency", "start", "end", "budget"]
    case .budgets:
      [
        "budget", "title", "method", "currency", "given", "committed", "reserve", "reserve_share",
        "available",
        "needed",
      ]
    case .pacing: ["budget", "month", "committed", "cumulative", "currency"]
    case .checks: ["group", "severity", "code", "line", "message", "fix"]
    }
  }

  public func render(_ export: PlanExport) -> String {
    if let table = export.onlyDataTable { return Self.dataTable(table) }
    var rows: [[Field]] = []
    switch view {
    case .ledger: rows = ledger(export)
    case .goals: rows = export.goals.map(goal)
    case .actions: rows = export.actions.map(action)
    case .budgets: rows = export.budgets.map(budget)
    case .pacing: rows = export.budgets.flatMap(pacing)
    case .checks:
      rows = export.openItems.map { item in
        [
          .text(item.group), .text(item.severity.rawValue), .text(item.code),
          .number(item.line > 0 ? "\(item.line)" : ""), .text(item.message), .text(item.fix ?? ""),
        ]
      }
    }
    var text = Self.headingLine(of: view) + "\r\n"
    for row in rows { text += row.map(\.csv).joined(separator: ",") + "\r\n" }
    return text
  }

  package func ledger(_ export: PlanExport) -> [[Field]] {
    let plan = export.planTitle ?? ""
    var rows: [[Field]] = []
    for action in export.actions where !action.months.isEmpty {
      let total = action.months.reduce(0) { $0 + $1.amount }
      let cents = Self.cents(action.months.map(\.amount), total: total)
      for (month, amount) in zip(action.months, cents) {
        rows.append([
          .text(plan), .text(action.budget ?? ""), .text(action.name),
          .text(action.serves.joined(separator: "; ")),
          .text(action.channel ?? ""), .text(action.owners.joined(separator: "; ")), .number(month.label),
          .number(Self.amount(cents: amount)), .text(action.currency ?? ""),
        ])
      }
    }
    return rows
  }

  package func goal(_ goal: PlanExport.Goal) -> [Field] {
    let unit = goal.target?.quantity ?? goal.baseline?.quantity
    return [
      .text(goal.name), .text(goal.title ?? ""), .text(goal.metric ?? ""), .number(Self.plain(goal.baseline)),
      .number(Self.plain(goal.target)), .text(unit.map(Self.unit) ?? ""), .number(goal.deadline?.iso ?? ""),
      .text(goal.owners.joined(separator: "; ")), .text(goal.supports.joined(separator: "; ")),
      .text(goal.smart.map { $0.met == true ? $0.letter : $0.met == nil ? "?" : "-" }.joined()),
      .number("\(goal.actions.count)"),
    ]
  }

  package func action(_ action: PlanExport.Action) -> [Field] {
    let cost = action.cost?.quantity
    return [
      .text(action.name), .text(action.title ?? ""), .text(action.serves.joined(separator: "; ")),
      .text(action.channel ?? ""), .text(action.owners.joined(separator: "; ")),
      .number(cost.map { Self.decimal($0.magnitude.central) } ?? ""), .text(cost.map(Self.unit) ?? ""),
      .number(action.period?.start.iso ?? ""), .number(action.period?.end.iso ?? ""),
      .text(action.budget ?? ""),
    ]
  }

  package func budget(_ budget: PlanExport.Budget) -> [Field] {
    func money(_ quantity: Quantity?) -> Field {
      .number(quantity.map { Self.decimal($0.magnitude.central) } ?? "")
    }
    return [
      .text(budget.name), .text(budget.title ?? ""), .text(budget.isTopDown ? "top-down" : "bottom-up"),
      .text(budget.currency), money(budget.given), money(budget.committed), money(budget.reserve),
      .number(budget.reserveShare.map(JSONExporter.number) ?? ""), money(budget.available),
      money(budget.needed),
    ]
  }

  package func pacing(_ budget: PlanExport.Budget) -> [[Field]] {
    var cumulative = 0.0
    return budget.months.map { month in
      cumulative += month.amount
      return [
        .text(budget.name), .number(month.label), .number(Self.decimal(month.amount)),
        .number(Self.decimal(cumulative)), .text(budget.currency),
      ]
    }
  }

  // MARK: - Numbers

  /// Amounts in whole cents that add up to `total` rounded to the cent: each month rounded,
  /// the last taking what the rounding left.
  package static func cents(_ amounts: [Double], total: Double) -> [Int64] {
    guard amounts.allSatisfy(\.isFinite), total.isFinite else { return amounts.map { _ in 0 } }
    var result = amounts.map { Int64(($0 * 100).rounded()) }
    let wanted = Int64((total * 100).rounded())
    result[result.count - 1] += wanted - result.reduce(0, +)
    return result
  }

  package static func amount(cents: Int64) -> String {
    let sign = cents < 0 ? "-" : ""
    let whole = abs(cents) / 100
    let fraction = abs(cents) % 100
    return sign + "\(whole)." + (fraction < 10 ? "0" : "") + "\(fraction)"
  }

  /// An amount with two decimals, the way finance imports it.
  package static func decimal(_ value: Double) -> String {
    value.isFinite ? amount(cents: Int64((value * 100).rounded())) : ""
  }

  /// A quantity as a plain number (a percentage as its fraction), or empty.
  package static func plain(_ value: Value?) -> String {
    guard let quantity = value?.quantity else { return value.map(Table.fieldText) ?? "" }
    return JSONExporter.number(quantity.magnitude.central)
  }

  package static func unit(_ quantity: Quantity) -> String {
    if quantity.display == .percent { return "percent (fraction)" }
    if quantity.unit.isDimensionless { return "" }
    return UnitTable.symbol(quantity.unit)
  }

  // MARK: - Fields

  package enum Field {
    case text(String)
    /// A number, a date or a month: never taken for a formula.
    case number(String)

    package var csv: String {
      switch self {
      case .number(let text): CSVExporter.quoted(text)
      case .text(let text):
        CSVExporter.quoted(text.first.map { "=+-@\t\r".contains($0) } == true ? "'" + text : text)
      }
    }
  }

  /// A field as RFC 4180 writes it: in quotes, with quotes doubled, when it holds a comma, a
  /// quote, a line break, or spaces at either end.
  package static func quoted(_ text: String) -> String {
    let needsQuotes =
      text.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
      || text.first == " " || text.last == " "
    guard needsQuotes else { return text }
    var result = "\""
    for character in text {
      if character == "\"" { result += "\"\"" } else { result.append(character) }
    }
    return result + "\""
  }
}
