import MPlanLanguage
import MPlanPlanning
import MPlanSyntax

/// Data tables (`let by_cpc = table …`) in each export format, alone (`export by_cpc to …`) or
/// in a plan export. The cells are the table's values, so the numbers and units come from
/// the values themselves, never from text a view rendered.
extension CSVExporter {
  /// A data table alone. One input: a row a value of the input, a column a result, with each
  /// column's unit in its heading (`spend (USD)`). A grid: one row a cell and result (the
  /// long form a pivot table reads): both inputs, then `result`, `value`, `unit`. Numbers
  /// are plain, as in the plan's CSV: money with two decimals, a percentage as its fraction;
  /// a cell where the plan does not run is empty.
  package static func dataTable(_ table: DataTable) -> String {
    let inputs = table.axes.map { heading($0.name, .quantity($0.values[0])) }
    var headings: [String]
    var rows: [[Field]] = []
    if table.isGrid {
      headings = inputs + ["result", "value", "unit"]
      for (row, rowValue) in table.axes[0].values.enumerated() {
        for (column, columnValue) in table.axes[1].values.enumerated() {
          for (output, name) in table.outputs.enumerated() {
            let value = table.value(output, row: row, column: column)
            rows.append([
              plainField(.quantity(rowValue)), plainField(.quantity(columnValue)), .text(name),
              plainField(value),
              .text(value.map(unitText) ?? ""),
            ])
          }
        }
      }
    } else {
      headings =
        inputs
        + table.outputs.enumerated().map { output, name in
          heading(name, table.cells.lazy.compactMap { $0[output] }.first)
        }
      for (row, value) in table.axes[0].values.enumerated() {
        rows.append([plainField(.quantity(value))] + table.cells[row].map(plainField))
      }
    }
    var text = headings.map { Field.text($0).csv }.joined(separator: ",") + "\r\n"
    for row in rows { text += row.map(\.csv).joined(separator: ",") + "\r\n" }
    return text
  }

  /// `spend (USD)`, `cpc (USD per visit)`, `rate (fraction)`; the name alone for a plain number.
  package static func heading(_ name: String, _ value: Value?) -> String {
    guard let value, case let unit = unitText(value), !unit.isEmpty else { return name }
    return "\(name) (\(unit))"
  }

  package static func unitText(_ value: Value) -> String {
    guard let quantity = value.quantity else { return "" }
    return quantity.display == .percent ? "fraction" : unit(quantity)
  }

  /// A value as a plain number (money to the cent), other values as text, nil as empty.
  package static func plainField(_ value: Value?) -> Field {
    guard let value else { return .number("") }
    guard let quantity = value.quantity else { return .text(Formatting.describe(value)) }
    let central = quantity.magnitude.central
    return .number(quantity.unit.currency != nil ? decimal(central) : JSONExporter.number(central))
  }
}

extension JSONExporter {
  /// `{"name", "outputs", "inputs": [{"name", "values"}], "rows": [{"inputs", "results"}]}`:
  /// a row a cell (each combination of the inputs' values), each value with its unit as
  /// everywhere in the export; `null` where the plan does not run. Inside another value (a
  /// record holding a table) it is written the same way.
  package static func dataTable(_ table: DataTable) -> String {
    var object = JSONObject()
    object["name"] = table.name.map(JSONText.quote) ?? "null"
    object["title"] = JSONText.quote(table.title)
    object["outputs"] = "[" + table.outputs.map(JSONText.quote).joined(separator: ", ") + "]"
    object["inputs"] =
      "["
      + table.axes.map { axis in
        var input = JSONObject(inline: true)
        input["name"] = JSONText.quote(axis.name)
        input["values"] = "[" + axis.values.map(json).joined(separator: ", ") + "]"
        return input.text
      }.joined(separator: ", ") + "]"
    var rows: [String] = []
    let columns = table.isGrid ? table.axes[1].values.count : 1
    for (index, cell) in table.cells.enumerated() {
      var row = JSONObject(inline: true)
      var inputs = JSONObject(inline: true)
      inputs[table.axes[0].name] = json(table.axes[0].values[index / columns])
      if table.isGrid { inputs[table.axes[1].name] = json(table.axes[1].values[index % columns]) }
      row["inputs"] = inputs.text
      var results = JSONObject(inline: true)
      for (output, name) in table.outputs.enumerated() { results[name] = cell[output].map(json) ?? "null" }
      row["results"] = results.text
      rows.append(row.text)
    }
    // A row a line: a table of a few thousand cells stays readable and diffs line by line.
    object["rows"] = rows.isEmpty ? "[]" : "[\n  " + rows.joined(separator: ",\n  ") + "\n]"
    object["failed_cells"] = "\(table.failureCount)"
    return object.text
  }
}

extension MarkdownExporter {
  /// A data table as the `table` statement shows it, under its title.
  package func dataTable(_ table: DataTable) -> [String] {
    var lines = ["### " + Self.escape(table.title), ""]
    for part in table.view.parts {
      switch part {
      case .table(let grid):
        lines += self.table(grid)
        lines.append("")
      case .line(let text, _): lines += [Self.escape(text), ""]
      default: continue
      }
    }
    if lines.last == "" { lines.removeLast() }
    return lines
  }
}

extension HTMLExporter {
  /// A data table as the `table` statement shows it, under its title; one input's first
  /// result as a line chart too.
  package func dataTable(_ table: DataTable, _ charts: inout HTMLCharts) -> [String] {
    var content = ["<h3><bdi>\(Self.escape(table.title))</bdi></h3>"]
    if let chart = charts.line(table) { content.append(chart) }
    for part in table.view.parts {
      switch part {
      case .table(let grid): content.append(self.table(grid))
      case .line(let text, _): content.append("<p class=\"note\"><bdi>\(Self.escape(text))</bdi></p>")
      default: continue
      }
    }
    return content
  }
}

extension HTMLCharts {
  /// A one-input table's first result against its input, as a line: how the result moves as
  /// the input does. Nil for a grid, or when the result is not a number in every cell.
  package mutating func line(_ table: DataTable) -> String? {
    guard !table.isGrid, table.cells.count >= 2 else { return nil }
    let results = table.cells.map { $0[0]?.quantity }
    guard let first = results.first ?? nil, results.allSatisfy({ $0?.unit == first.unit }) else { return nil }
    let inputs = table.axes[0].values.map(\.magnitude.central)
    let values = results.map { $0!.magnitude.central }
    guard (inputs + values).allSatisfy(\.isFinite), let low = inputs.min(), let high = inputs.max(),
      high > low
    else { return nil }
    let top = Self.niceCeiling(1.08 * max(values.max() ?? 0, 0))
    let bottom = min(0, values.min() ?? 0)
    let (left, right, chartTop, chartHeight) = (90.0, 20.0, 10.0, 200.0)
    func x(_ input: Double) -> Double { left + (Self.width - left - right) * (input - low) / (high - low) }
    func y(_ value: Double) -> Double { chartTop + chartHeight * (1 - (value - bottom) / (top - bottom)) }
    func label(_ value: Double, _ quantity: Quantity) -> String {
      Formatting.describe(Quantity(magnitude: .exact(value), unit: quantity.unit, display: quantity.display))
    }
    var shapes: [String] = []
    for step in 0...4 {
      let value = bottom + (top - bottom) * Double(step) / 4
      shapes.append(
        "<line class=\"axis\" x1=\"\(Self.coordinate(left))\" y1=\"\(Self.coordinate(y(value)))\" x2=\"\(Self.coordinate(Self.width - right))\" y2=\"\(Self.coordinate(y(value)))\"/>"
      )
      shapes.append(Self.text(label(value, first), x: left - 6, y: y(value) + 4, anchor: "end"))
    }
    let points = zip(inputs, values).map { "\(Self.coordinate(x($0))),\(Self.coordinate(y($1)))" }
    shapes.append("<polyline class=\"line\" points=\"\(points.joined(separator: " "))\"/>")
    let axis = table.axes[0].values
    for index in Set([0, axis.count / 2, axis.count - 1]).sorted() {
      shapes.append(
        Self.text(
          Formatting.describe(axis[index]), x: x(inputs[index]), y: chartTop + chartHeight + 16,
          anchor: index == 0 ? "start" : index == axis.count - 1 ? "end" : "middle"))
    }
    return figure(
      title: catalogue.render(
        Message(
          "chart-data-table-title",
          [
            "output": .text(table.outputs[0]), "input": .text(table.axes[0].name),
            "from": .value(Formatting.describe(axis[0])),
            "to": .value(Formatting.describe(axis[axis.count - 1])),
          ])),
      height: chartTop + chartHeight + 26,
      description: catalogue.render(
        Message(
          "chart-data-table-description",
          [
            "count": .count(axis.count), "from": .value(label(values[0], first)),
            "to": .value(label(values[values.count - 1], first)),
          ])),
      shapes: shapes)
  }
}
