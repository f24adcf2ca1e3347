import MPlanSyntax

/// Data tables as values (`let by_cpc = table …`, docs/whatif.md): the planning layer works a
/// table out (`StatementHost.table`); the interpreter binds it and prints it.
extension Interpreter {
  package mutating func executeTableBinding(
    _ name: Name, _ outputs: [Expr], _ inputs: [TableInput], span: SourceSpan
  ) throws {
    let host = try planHost(for: "table", at: span)
    var table = try host.table(outputs, over: inputs, at: span, in: &self)
    table.name = name.text
    environment.bind(name.text, .table(table), at: name.span)
    poisoned.remove(name.text)
  }

  /// What `print` shows: the values on one line, except that a data table shows as the
  /// `table` statement shows it, each on lines of its own.
  package func printValues(_ values: [Value]) {
    guard values.contains(where: { $0.dataTable != nil }) else { return output(.printed(values)) }
    var line: [Value] = []
    for value in values {
      guard let table = value.dataTable else {
        line.append(value)
        continue
      }
      if !line.isEmpty { output(.printed(line)) }
      line = []
      output(.view(table.view))
    }
    if !line.isEmpty { output(.printed(line)) }
  }
}
