import MPlanSyntax

/// A data table as data (`table spend over cpc from … step …`, or `let by_cpc = table …`): the
/// results of one or more outputs for each value of one input, or over a grid of two. Cells
/// keep their `Value`s with their units, so an export writes numbers and units, not text; a
/// cell where the plan does not run is nil. A table is immutable once worked out: `compare`
/// works its statement out again under each scenario (`definition`).
public struct DataTable: Sendable {
  /// An input and the values it takes, in order.
  public struct Axis: Sendable {
    /// The input as written: `cpc`, `inbound.visit->mql`.
    public var name: String
    public var values: [Quantity]

    public init(name: String, values: [Quantity]) { (self.name, self.values) = (name, values) }
  }

  /// The statement the table came from: what `compare` works out under a scenario.
  public struct Definition: Sendable {
    public var outputs: [Expr]
    public var inputs: [TableInput]
    public var span: SourceSpan

    public init(outputs: [Expr], inputs: [TableInput], span: SourceSpan) {
      (self.outputs, self.inputs, self.span) = (outputs, inputs, span)
    }
  }

  /// The name the table is bound to (`by_cpc`); nil for a bare `table` statement.
  public var name: String?
  /// The scenario it was worked out under (`compare base, cautious on by_cpc`); nil for the
  /// plan as written.
  public var scenario: String?
  /// The results as written: `spend`, `need.visit`.
  public var outputs: [String]
  /// One input, or two for a grid: rows, then columns.
  public var axes: [Axis]
  /// A row of values a combination of inputs, in row order (`row * columns + column` for a
  /// grid), each holding one value an output; nil where the plan does not run.
  public var cells: [[Value?]]
  /// How many cells the plan does not run for, and why the first did not.
  public var failureCount = 0
  public var firstFailure: String?
  public var definition: Definition

  public init(outputs: [String], axes: [Axis], cells: [[Value?]], definition: Definition) {
    (self.outputs, self.axes, self.cells, self.definition) = (outputs, axes, cells, definition)
  }

  /// What a replay binds a table's name to: no cells (see `Interpreter.runAgain`).
  package static func notWorkedOut(_ definition: Definition) -> DataTable {
    DataTable(outputs: [], axes: [], cells: [], definition: definition)
  }

  /// True for a grid over two inputs.
  public var isGrid: Bool { axes.count == 2 }

  /// The value of output `output` at row `row` (and column `column` of a grid).
  public func value(_ output: Int, row: Int, column: Int = 0) -> Value? {
    cells[isGrid ? row * axes[1].values.count + column : row][output]
  }

  /// `by_cpc`, or `table spend, need.visit over cpc` for one that has no name; `by_cpc under
  /// cautious` for one worked out under a scenario.
  public var title: String {
    (name ?? "table \(outputs.joined(separator: ", ")) over \(axes.map(\.name).joined(separator: ", "))")
      + (scenario.map { " under \($0)" } ?? "")
  }

  /// What `:vars` and a message say it is: "a data table (2 results over cpc, 7 rows)".
  public var summaryMessage: Message {
    guard !axes.isEmpty else { return Message("table-summary-not-worked-out") }
    let inputs = axes.map(\.name)
    let over =
      inputs.count == 1
      ? Message("list-code", ["code": .text(inputs[0])])
      : Message("table-summary-two-inputs", ["first": .text(inputs[0]), "second": .text(inputs[1])])
    let size =
      isGrid
      ? Message(
        "table-summary-grid", ["rows": .count(axes[0].values.count), "columns": .count(axes[1].values.count)])
      : Message("table-summary-rows", ["rows": .count(axes[0].values.count)])
    return Message(
      "table-summary", ["results": .count(outputs.count), "inputs": .message(over), "size": .message(size)])
  }

  /// `summaryMessage` in English, for the callers that still build text.
  public var summary: String { summaryMessage.english }

  /// The sentence under a table some of whose cells failed; nil when every cell ran.
  public var failureMessage: Message? {
    guard let firstFailure, failureCount > 0 else { return nil }
    return Message("table-cells-fail", ["cells": .count(failureCount), "failure": .text(firstFailure)])
  }

  /// `failureMessage` in English: views hold text until the document model carries messages.
  public var failureLine: String? { failureMessage?.english }

  /// A cell as a view shows it: its value, or `—` where the plan does not run.
  public static func cell(_ value: Value?) -> Table.Cell { value.map(Table.Cell.value) ?? .text("—") }

  /// The table as the `table` statement prints it: one aligned table for one input, a grid
  /// an output for two.
  public var view: View {
    var view = View()
    if axes.isEmpty {
      view.add(.line(Message("table-not-worked-out", ["table": .text(title)]).english))
    } else if !isGrid {
      var table = Table(headings: [axes[0].name] + outputs)
      for (row, value) in axes[0].values.enumerated() {
        table.add([.value(.quantity(value))] + cells[row].map(Self.cell))
      }
      view.add(.table(table))
    } else {
      for index in outputs.indices {
        if index > 0 { view.add(.blank) }
        view.add(.line(outputs[index]))
        view.add(.table(grid(index)))
      }
    }
    if let failureLine { view.add(.line(failureLine)) }
    return view
  }

  /// The grid of one output: a row a value of the first input, a column one of the second.
  public func grid(_ output: Int) -> Table {
    let (rows, columns) = (axes[0], axes[1])
    var grid = Table(
      headings: ["\(rows.name) \\ \(columns.name)"] + columns.values.map { Formatting.describe($0) })
    for (row, value) in rows.values.enumerated() {
      grid.add(
        [.value(.quantity(value))]
          + columns.values.indices.map { Self.cell(self.value(output, row: row, column: $0)) })
    }
    return grid
  }
}
