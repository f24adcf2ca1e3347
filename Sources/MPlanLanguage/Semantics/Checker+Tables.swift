import MPlanSyntax

/// Data tables: a `table` statement's parts, and a table bound with `let` (`tableNames`), which
/// only the statements that read may read.
extension Checker {
  package mutating func checkTable(_ outputs: [Expr], _ inputs: [TableInput]) {
    for expression in outputs { checkReader(expression) }
    for input in inputs {
      checkReader(input.target)
      switch input.values {
      case .range(let from, let to, let step): for end in [from, to, step] { checkReader(end) }
      case .list(let values): checkReader(values)
      }
    }
  }

  /// A script works its tables out once the plan has run (`Interpreter.run`), so only the
  /// statements that run after them can read one: E0711 for a `let`, funnel or plan field.
  package mutating func checkTableRead(_ name: String, at span: SourceSpan, locals: Set<String>) {
    guard !readerMayLookAhead, !options.allowsRedefinition, tableNames.contains(name), !locals.contains(name),
      !bodyMayNameAnything || !namesDefinedAnywhere().contains(name)
    else { return }
    report(
      .error(
        .tableReadTooEarly,
        Message("checker-table-read-too-early", ["name": .text(name)]), at: span,
        fixIt: Message("checker-table-read-too-early-fix", ["name": .text(name)])))
  }
}

extension DiagnosticCode {
  /// A data table read by the plan, which it is worked out after (E0711, a what-if code the
  /// checker raises).
  package static let tableReadTooEarly = DiagnosticCode("E0711")
}
