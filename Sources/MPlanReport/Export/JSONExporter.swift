import MPlanLanguage
import MPlanPlanning
import MPlanSyntax

/// The plan as JSON, schema version 1 (docs/export-json.md). Quantities keep their units:
/// money is `{"amount", "currency"}`, a percentage `{"value": 0.02, "percent": true}`, a count
/// `{"value", "unit"}`; dates are ISO 8601; an uncertain quantity adds `mean`, `p5`, `p50`
/// and `p95`. Written by hand, with a fixed key order, so that the bytes never change.
public struct JSONExporter: Exporter {
  /// How every file this exporter writes begins: recognised before replacing a file.
  public static let signature = "{\n  \"format\": \"mplan-plan-export\""
  public static let version = 1

  public init() {}

  public func render(_ export: PlanExport) -> String { render(export, grids: PlanDocument.Grids(export)) }

  /// The plan with its goals and actions written from the document's grids: a column added
  /// to a grid is a field of every record.
  public func render(_ export: PlanExport, grids: PlanDocument.Grids) -> String {
    var object = JSONObject()
    object["format"] = "\"mplan-plan-export\""
    object["version"] = "\(Self.version)"
    if let subject = export.subject { object["subject"] = JSONText.quote(subject) }
    object["plan"] = plan(export)
    object["objectives"] = array(export.objectives.map(item))
    object["goals"] = array(zip(export.goals, grids.goals.rows).map { goal($0, row: $1, in: grids.goals) })
    object["funnels"] = array(export.funnels.map(funnel))
    object["budgets"] = array(export.budgets.map(budget))
    object["actions"] = array(
      zip(export.actions, grids.actions.rows).map { action($0, row: $1, in: grids.actions) })
    object["reports"] = array(export.reports.map(item))
    object["comparisons"] = array(export.comparisons.map(comparison))
    if !export.dataTables.isEmpty { object["tables"] = array(export.dataTables.map(Self.dataTable)) }
    if !export.values.isEmpty { object["values"] = array(export.values.map(named)) }
    object["uncertain"] = array(export.uncertainValues.map(named))
    // The checklist is the whole plan's: an export of one part leaves it out.
    if export.subject == nil {
      var checks = JSONObject()
      checks["passed"] = "\(export.checksPassed)"
      checks["total"] = "\(export.checksTotal)"
      checks["open"] = array(export.openItems.map(openItem))
      object["checks"] = checks.text
    }
    return object.text + "\n"
  }

  package func plan(_ export: PlanExport) -> String {
    var object = JSONObject()
    object["title"] = export.planTitle.map(JSONText.quote) ?? "null"
    object["currency"] = JSONText.quote(export.currency)
    object["period"] = export.period.map { Self.json(.time($0)) } ?? "null"
    return object.text
  }

  package func item(_ item: PlanExport.Item) -> String {
    var object = JSONObject()
    object["name"] = JSONText.quote(item.name)
    object["title"] = item.title.map(JSONText.quote) ?? "null"
    var fields = JSONObject()
    for field in item.fields { fields[field.name] = Self.json(field.value) }
    object["fields"] = fields.text
    return object.text
  }

  /// A goal: its row of the goals' grid, with the fields version 1 writes more fully than
  /// the grid shows them (the actions by name, the chance as a plain fraction).
  package func goal(_ goal: PlanExport.Goal, row: [Table.Cell], in grid: Table) -> String {
    var object = Self.record(row, of: grid)
    object["actions"] = strings(goal.actions)
    object["chanceMet"] = goal.chanceMet.map(Self.number)
    return object.text
  }

  package func funnel(_ funnel: PlanExport.Funnel) -> String {
    var object = JSONObject()
    object["name"] = JSONText.quote(funnel.name)
    object["countsFor"] = funnel.countsFor.map(JSONText.quote) ?? "null"
    object["stages"] = array(
      funnel.stages.map { stage in
        var object = JSONObject()
        object["name"] = JSONText.quote(stage.name)
        object["rate"] =
          stage.rate.map { Self.json(.quantity(Quantity(magnitude: $0, unit: .none, display: .percent))) }
          ?? "null"
        object["count"] =
          stage.count.map { Self.json(.quantity(Quantity(magnitude: $0, unit: Unit(base: stage.name)))) }
          ?? "null"
        return object.text
      })
    return object.text
  }

  package func budget(_ budget: PlanExport.Budget) -> String {
    var object = JSONObject()
    object["name"] = JSONText.quote(budget.name)
    object["title"] = budget.title.map(JSONText.quote) ?? "null"
    object["currency"] = JSONText.quote(budget.currency)
    object["method"] = budget.isTopDown ? "\"top-down\"" : "\"bottom-up\""
    object["zeroBased"] = "\(budget.isZeroBased)"
    object["control"] = budget.control.map(JSONText.quote) ?? "null"
    object["given"] = budget.given.map { Self.json(.quantity($0)) } ?? "null"
    object["committed"] = Self.json(.quantity(budget.committed))
    object["reserve"] = Self.json(.quantity(budget.reserve))
    object["reserveShare"] = budget.reserveShare.map(Self.number) ?? "null"
    object["available"] = budget.available.map { Self.json(.quantity($0)) } ?? "null"
    object["needed"] = Self.json(.quantity(budget.needed))
    var cumulative = 0.0
    object["pacing"] = array(
      budget.months.map { month in
        cumulative += month.amount
        var object = JSONObject(inline: true)
        object["month"] = JSONText.quote(month.label)
        object["amount"] = Self.number(month.amount)
        object["cumulative"] = Self.number(cumulative)
        return object.text
      })
    object["unscheduled"] = Self.number(budget.unscheduled)
    if let chance = budget.chanceOver { object["chanceOver"] = Self.number(chance) }
    if let reserve = budget.reserveForNinety { object["reserveForNinety"] = Self.json(.quantity(reserve)) }
    return object.text
  }

  /// An action: its row of the actions' grid, then its months and their currency.
  package func action(_ action: PlanExport.Action, row: [Table.Cell], in grid: Table) -> String {
    var object = Self.record(row, of: grid)
    object["periodFromPlan"] = "\(action.periodIsPlans)"
    object["currency"] = action.currency.map(JSONText.quote) ?? "null"
    object["months"] = array(
      action.months.map { month in
        "{\"month\": \(JSONText.quote(month.label)), \"amount\": \(Self.number(month.amount))}"
      })
    // Version 1's order, so the bytes of a file stay as they were; a new column comes last.
    object.order([
      "name", "title", "serves", "channel", "cost", "owners", "period", "periodFromPlan", "budget",
      "currency",
      "months",
    ])
    return object.text
  }

  // MARK: - Grids

  /// A grid's row as an object: a field a column, named by its key in camel case (`chance_met`
  /// is `chanceMet`; version 1's names where they differ: a row's item is `name`, `owner` is
  /// `owners`, a period is `period`), each cell written by its type.
  package static func record(_ row: [Table.Cell], of grid: Table) -> JSONObject {
    var object = JSONObject()
    for (column, cell) in zip(grid.columns, row) {
      object[fieldName(column, first: column.keys == grid.columns.first?.keys)] = json(cell)
    }
    return object
  }

  static func fieldName(_ column: Table.Column, first: Bool) -> String {
    if first { return "name" }
    let key = column.keys.first ?? column.heading
    if let name = ["owner": "owners", "start": "period"][key] { return name }
    var name = ""
    var upper = false
    for character in key {
      if character == "_" || character == " " {
        upper = true
      } else {
        name += upper ? character.uppercased() : String(character)
        upper = false
      }
    }
    return name
  }

  /// A cell by its type: a value with its unit kept, names as a list, a date in ISO 8601,
  /// SMART letters as `{"S": true, …}`, nothing as `null`.
  package static func json(_ cell: Table.Cell) -> String {
    switch cell {
    case .value(let value), .field(let value?): json(value)
    case .empty, .field(nil): "null"
    case .text(let text), .name(let text): JSONText.quote(text)
    case .said(let message): JSONText.quote(message.english)
    case .names(let names): "[" + names.map(JSONText.quote).joined(separator: ", ") + "]"
    case .date(let day): JSONText.quote(day.iso)
    case .period(let period, _): json(.time(period))
    case .count(let count): "\(count)"
    case .verdicts(let marks):
      "{"
        + marks.map { "\(JSONText.quote($0.letter)): \($0.met.map { "\($0)" } ?? "null")" }.joined(
          separator: ", ") + "}"
    case .change(let from, let to): JSONText.quote(ViewText.cellText(.change(from: from, to: to)))
    }
  }

  package func comparison(_ comparison: PlanExport.Comparison) -> String {
    var object = JSONObject()
    object["scenarios"] = strings(comparison.scenarios)
    object["rows"] = array(
      comparison.rows.map { row in
        var object = JSONObject()
        object["expression"] = JSONText.quote(row.label)
        object["values"] = "[" + row.values.map(Self.json).joined(separator: ", ") + "]"
        // Each scenario's change from the first column: the difference, and the ratio when
        // the first is not zero.
        object["deltas"] =
          "["
          + row.values.dropFirst().map { value -> String in
            guard case .quantity(let base) = row.values[0], case .quantity(let other) = value,
              base.unit == other.unit
            else { return "null" }
            let (x, y) = (base.magnitude.central, other.magnitude.central)
            return
              "{\"difference\": \(Self.number(y - x)), \"ratio\": \(x == 0 ? "null" : Self.number((y - x) / abs(x)))}"
          }.joined(separator: ", ") + "]"
        return object.text
      })
    object["changes"] = array(
      comparison.changes.map { change in
        var object = JSONObject(inline: true)
        object["scenario"] = JSONText.quote(change.scenario)
        object["target"] = JSONText.quote(change.target)
        object["before"] = change.before.map(Self.json) ?? "null"
        object["after"] = change.after.map(Self.json) ?? "null"
        object["written"] = JSONText.quote(change.written)
        return object.text
      })
    return object.text
  }

  package func named(_ value: PlanExport.NamedValue) -> String {
    var object = JSONObject()
    object["name"] = JSONText.quote(value.name)
    object["value"] = Self.json(.quantity(value.value))
    return object.text
  }

  package func openItem(_ item: PlanExport.OpenItem) -> String {
    var object = JSONObject()
    object["group"] = JSONText.quote(item.group)
    object["severity"] = JSONText.quote(item.severity.rawValue)
    object["code"] = JSONText.quote(item.code)
    object["line"] = item.line > 0 ? "\(item.line)" : "null"
    object["message"] = JSONText.quote(item.message)
    object["fix"] = item.fix.map(JSONText.quote) ?? "null"
    return object.text
  }

  package func strings(_ values: [String]) -> String {
    "[" + values.map(JSONText.quote).joined(separator: ", ") + "]"
  }

  package func array(_ elements: [String]) -> String {
    elements.isEmpty
      ? "[]"
      : "[\n" + elements.map { "  " + $0.replacingNewlines(with: "\n  ") }.joined(separator: ",\n") + "\n]"
  }

  // MARK: - Values

  /// A value with its unit kept (see the type's comment).
  package static func json(_ value: Value) -> String {
    switch value {
    case .quantity(let quantity): return json(quantity)
    case .text(let text), .symbol(let text): return JSONText.quote(text)
    case .bool(let flag): return "\(flag)"
    case .time(let period):
      if period.granularity == .day { return JSONText.quote(period.start.iso) }
      return "{\"start\": \(JSONText.quote(period.start.iso)), \"end\": \(JSONText.quote(period.end.iso)), "
        + "\"text\": \(JSONText.quote(period.description))}"
    case .list(let values): return "[" + values.map(json).joined(separator: ", ") + "]"
    case .record(let record):
      var object = JSONObject(inline: true)
      for field in record.fields { object[field.name] = json(field.value) }
      return object.text
    case .declaration(let block): return JSONText.quote(block.name)
    case .funnel(let funnel): return JSONText.quote(funnel.name)
    case .function(let function): return JSONText.quote(function.name)
    case .table(let table): return dataTable(table)
    }
  }

  package static func json(_ quantity: Quantity) -> String {
    var object = JSONObject(inline: true)
    let central = number(quantity.magnitude.central)
    if let currency = quantity.unit.currency {
      object["amount"] = central
      object["currency"] = JSONText.quote(currency)
    } else if quantity.display == .percent || quantity.display == .points {
      object["value"] = central
      object[quantity.display == .percent ? "percent" : "points"] = "true"
    } else {
      object["value"] = central
      object["unit"] =
        quantity.unit.isDimensionless ? "null" : JSONText.quote(UnitTable.symbol(quantity.unit))
    }
    if case .samples(let samples) = quantity.magnitude {
      let points = samples.percentiles([0.05, 0.5, 0.95])
      object["uncertain"] = "true"
      object["mean"] = number(samples.mean)
      object["p5"] = number(points[0])
      object["p50"] = number(points[1])
      object["p95"] = number(points[2])
    }
    object["text"] = JSONText.quote(Formatting.describe(.quantity(quantity)))
    return object.text
  }

  /// A number as JSON: whole numbers without a fraction, others in the shortest form that
  /// reads back as the same double; `null` for what JSON cannot hold (infinity, NaN).
  package static func number(_ value: Double) -> String {
    guard value.isFinite else { return "null" }
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return "\(value)"
  }
}

/// Keys in the order they were set, each once: the fixed order makes the bytes stable.
package struct JSONObject {
  private var keys: [String] = []
  private var values: [String: String] = [:]
  package let inline: Bool

  package init(inline: Bool = false) { self.inline = inline }

  package subscript(key: String) -> String? {
    get { values[key] }
    // Setting nil removes the key: a field left out, not a `null`.
    set {
      if newValue == nil {
        keys.removeAll { $0 == key }
      } else if values[key] == nil {
        keys.append(key)
      }
      values[key] = newValue
    }
  }

  /// Puts these keys first, in this order; the others follow as they were set.
  package mutating func order(_ first: [String]) {
    let known = first.filter { values[$0] != nil }
    keys = known + keys.filter { !known.contains($0) }
  }

  package var text: String {
    let pairs = keys.map { "\(JSONText.quote($0)): \(values[$0]!)" }
    if inline || pairs.isEmpty { return "{" + pairs.joined(separator: ", ") + "}" }
    let body = pairs.map { "  " + $0.replacingNewlines(with: "\n  ") }.joined(separator: ",\n")
    return "{\n" + body + "\n}"
  }
}

extension String {
  /// Indents the lines of a nested block: every line break becomes `replacement`.
  /// Byte by byte: a line break is one byte in UTF-8, and a large export has millions of
  /// them to look at (by characters this took most of a 10,000-action export's time).
  package func replacingNewlines(with replacement: String) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(utf8.count + utf8.count / 8)
    for byte in utf8 {
      if byte == 0x0A { bytes.append(contentsOf: replacement.utf8) } else { bytes.append(byte) }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
