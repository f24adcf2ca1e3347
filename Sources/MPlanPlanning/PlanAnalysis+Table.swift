import MPlanLanguage
import MPlanSyntax

/// Data tables, as in a spreadsheet: results for each value of one input, or a grid over two.
/// Each cell is a replay of the plan from the first statement a changed input affects.
extension PlanAnalysis {
  /// More cells than this is an error rather than a long wait (a 200 × 200 grid fits).
  package static let tableCellLimit = 40_000

  /// The table as data: its cells are the results as values (`DataTable.view` is how the
  /// `table` statement prints it).
  package static func table(
    _ outputs: [Expr], over inputs: [TableInput], at span: SourceSpan, in interpreter: inout Interpreter
  ) throws -> DataTable {
    guard inputs.count <= 2 else {
      throw Diagnostic.error(
        .tooManyTableInputs, Message("whatif-table-too-many-inputs", ["count": .count(inputs.count)]),
        at: inputs[2].target.span, fixIt: Message("whatif-table-too-many-inputs-fix"))
    }
    var axes: [(input: WhatIfInput, values: [Quantity])] = []
    for written in inputs {
      let input = try WhatIfInput(written.target, statement: "table", in: &interpreter)
      axes.append((input, try values(of: written, for: input, in: &interpreter)))
    }
    let cells = axes.map(\.values.count).reduce(1, *) * outputs.count
    guard cells <= tableCellLimit else {
      throw Diagnostic.error(
        .tableTooLarge,
        Message(
          "whatif-table-too-large",
          ["cells": .count(cells), "limit": .value(Formatting.number(Double(tableCellLimit)))]),
        at: span, fixIt: Message("whatif-table-too-large-fix"))
    }
    let replay = interpreter.replay(changing: Set(axes.map(\.input.key)))
    // Ctrl-C at the prompt (or a fuzz input's deadline) ends a long table between rows.
    let stop = interpreter.options.shouldStop
    /// One cell: each output's value after a rerun under `changes`, or nil where the plan
    /// does not run.
    func results(_ changes: [OverrideKey: Value], in replay: inout ChangeReplay, failures: inout [Diagnostic])
      -> [Value?]
    {
      let failure = replay.rerun(with: changes)
      return outputs.map { output in
        if let failure {
          failures.append(failure)
          return nil
        }
        do { return try replay.evaluate(output) } catch let diagnostic as Diagnostic {
          failures.append(diagnostic)
        } catch {}
        return nil
      }
    }
    /// Throws what ended the table early, if anything did: the rows are short then.
    func ended(_ failures: [Diagnostic]) throws {
      try interpreter.stopIfAsked(at: span)
      if let fatal = failures.first(where: endsTheTable) { throw fatal }
    }
    var rowsOfCells: [[Value?]] = []
    var failures: [Diagnostic] = []
    if axes.count == 1 {
      let axis = axes[0]
      (rowsOfCells, failures) = inParts(axis.values.count, cells: cells, replay: replay, stop: stop) {
        index, replay, failures in
        results([axis.input.key: .quantity(axis.values[index])], in: &replay, failures: &failures)
      }
      try ended(failures)
    } else {
      let (rows, columns) = (axes[0], axes[1])
      // The outer loop fixes the input whose own statements cost more to rerun, so they run
      // once per row (or column), not once per cell.
      let rowsOuter =
        replay.fixing([rows.input.key: .quantity(rows.values[0])]).statementCount
        <= replay.fixing([columns.input.key: .quantity(columns.values[0])]).statementCount
      let (outer, inner) = rowsOuter ? (rows, columns) : (columns, rows)
      let lines: [[[Value?]]]
      (lines, failures) = inParts(outer.values.count, cells: cells, replay: replay, stop: stop) {
        index, replay, failures in
        var fixed = replay.fixing([outer.input.key: .quantity(outer.values[index])])
        return inner.values.map { value in
          results([inner.input.key: .quantity(value)], in: &fixed, failures: &failures)
        }
      }
      try ended(failures)
      rowsOfCells.reserveCapacity(rows.values.count * columns.values.count)
      for row in rows.values.indices {
        for column in columns.values.indices {
          rowsOfCells.append(rowsOuter ? lines[row][column] : lines[column][row])
        }
      }
    }
    var table = DataTable(
      outputs: outputs.map(ExprPrinter.print),
      axes: axes.map { DataTable.Axis(name: $0.input.name, values: $0.values) }, cells: rowsOfCells,
      definition: DataTable.Definition(outputs: outputs, inputs: inputs, span: span))
    (table.failureCount, table.firstFailure) = (failures.count, failures.first?.message)
    return table
  }

  /// `work(index, &replay, &failures)` for each index below `count`, in order, until `stop`
  /// says to stop (then the rows are short, and the caller reports the interruption). A table of
  /// many cells is split into runs of indices worked out at once, one on each processor, each
  /// on its own copy of `replay` (a rerun changes only its own copy, and cells share nothing
  /// else), so the answer is the same however it is split.
  package static func inParts<Row>(
    _ count: Int, cells: Int, replay: ChangeReplay, stop: (@Sendable () -> Bool)? = nil,
    _ work: (Int, inout ChangeReplay, inout [Diagnostic]) -> Row
  ) -> ([Row], [Diagnostic]) {
    let parts = cells >= parallelCellThreshold ? min(LargeStack.processorCount, 8) : 1
    let runs = LargeStack.inRuns(count, parts: parts) { indices in
      var copy = replay
      var rows: [Row] = []
      var failures: [Diagnostic] = []
      for index in indices {
        // A run stopped early leaves the rows short; the caller reports why.
        if let stop, stop() { break }
        rows.append(work(index, &copy, &failures))
        if let last = failures.last, endsTheTable(last) { break }
      }
      return (rows, failures)
    }
    return (runs.flatMap(\.0), runs.flatMap(\.1))
  }

  /// A cell that fails this way ends the whole table: a budget spent (memory: the cells
  /// already worked out hold it; steps: each cell would spend them again) or an interruption,
  /// rather than a `—` and the next cell.
  package static func endsTheTable(_ failure: Diagnostic) -> Bool {
    Interpreter.endsTheRun(failure)
  }

  /// Fewer cells than this are worked out on one thread: starting threads would cost more.
  package static let parallelCellThreshold = 1_000

  /// The values a table input takes: `from A to B step S` (both ends included when the step
  /// lands on them) or `in [A, B, …]`.
  package static func values(
    of written: TableInput, for input: WhatIfInput, in interpreter: inout Interpreter
  ) throws -> [Quantity] {
    switch written.values {
    case .list(let expression):
      let value = try interpreter.evaluate(expression)
      guard case .list(let items) = value else { return [try input.conforming(value, at: expression.span)] }
      return try items.map { try input.conforming($0, at: expression.span) }
    case .range(let from, let to, let step):
      let low = try input.conforming(try interpreter.evaluate(from), at: from.span).magnitude.central
      let high = try input.conforming(try interpreter.evaluate(to), at: to.span).magnitude.central
      let stepValue = try input.conforming(try interpreter.evaluate(step), at: step.span).magnitude.central
      guard stepValue > 0, stepValue.isFinite else {
        throw Diagnostic.error(
          .invalidStep, Message("whatif-table-step", ["step": .value(Formatting.number(stepValue))]),
          at: step.span, fixIt: Message("whatif-table-step-fix"))
      }
      let count = (abs(high - low) / stepValue * (1 + 1e-9)).rounded(.down) + 1
      guard count <= Double(tableCellLimit) else {
        throw Diagnostic.error(
          .tableTooLarge,
          Message(
            "whatif-table-too-many-values",
            [
              "name": .text(input.name), "count": .value(Formatting.number(count)),
              "limit": .value(Formatting.number(Double(tableCellLimit))),
            ]),
          at: step.span, fixIt: Message("whatif-table-larger-step"))
      }
      let direction: Double = high >= low ? 1 : -1
      return (0..<Int(count)).map { input.value(low + direction * Double($0) * stepValue) }
    }
  }
}
