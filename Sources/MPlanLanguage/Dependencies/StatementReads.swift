import MPlanSyntax

/// What a statement's expressions mention, walked when it joins the history's dependency
/// graph (`StatementDependencies`).
extension Stmt {
  /// Every name the statement's expressions mention (a superset of what it reads: a
  /// function's parameters are included, which only makes a replay more cautious).
  package var namesRead: Set<String> {
    var names: Set<String> = []
    forEachExpression { $0.collectNames(into: &names) }
    return names
  }

  /// `compare`, `solve`, `table` (bound or not) and `tornado`: the statements that replay the
  /// plan under changes.
  package var isWhatIf: Bool {
    switch kind {
    case .compare, .solve, .table, .tableBinding, .tornado: true
    default: false
    }
  }

  /// Calls `body` with each expression written in the statement.
  package func forEachExpression(_ visit: (Expr) -> Void) {
    switch kind {
    case .letBinding(_, let value), .rate(_, let value), .expression(let value): visit(value)
    case .function(_, _, let body): visit(body)
    case .print(let values): values.forEach(visit)
    case .assert(let condition, let message):
      visit(condition)
      message.map(visit)
    case .funnel(_, let stages): stages.forEach { visit($0.rate) }
    case .declaration(let declaration):
      for field in declaration.fields {
        field.values.forEach(visit)
        field.by.map(visit)
      }
    case .scenario(_, _, let overrides):
      overrides.forEach {
        visit($0.target); visit($0.value)
      }
    case .compare(_, let values): values.forEach(visit)
    case .solve(let seek): [seek.unknown, seek.result, seek.target].forEach(visit)
    case .tornado(let result, let inputs, let spread):
      ([result, spread].compactMap { $0 } + inputs.flatMap(\.expressions)).forEach(visit)
    case .table(let outputs, let inputs), .tableBinding(_, let outputs, let inputs):
      outputs.forEach(visit)
      inputs.forEach { visit($0.target) }
    case .checkpoint(let day): visit(day)
    case .correlate(let inputs, let coefficients): (inputs + [coefficients]).forEach(visit)
    case .sensitivity(let result): visit(result)
    case .export: break
    case .unitDeclaration, .importFile, .use, .show, .check: break
    }
  }
}

extension Expr {
  /// The expressions this one is made of, one level down.
  package var parts: [Expr] {
    switch kind {
    case .literal, .name: []
    case .quantity(let inner, _), .unary(_, let inner), .per(let inner, _), .convert(let inner, _),
      .member(let inner, _), .stageRate(let inner, _, _):
      [inner]
    case .binary(_, let left, let right), .period(let left, let right), .uncertain(let left, let right):
      [left, right]
    case .call(let function, let arguments): [function] + arguments
    case .list(let items): items
    case .record(let fields): fields.map(\.1)
    case .conditional(let condition, let then, let otherwise): [condition, then, otherwise]
    }
  }

  /// Calls `body` with each part (`parts`) without gathering them into an array first: the
  /// dependency graph walks every expression of every statement as it joins the history.
  package func forEachPart(_ body: (Expr) -> Void) {
    switch kind {
    case .literal, .name: break
    case .quantity(let inner, _), .unary(_, let inner), .per(let inner, _), .convert(let inner, _),
      .member(let inner, _), .stageRate(let inner, _, _):
      body(inner)
    case .binary(_, let left, let right), .period(let left, let right), .uncertain(let left, let right):
      body(left)
      body(right)
    case .call(let function, let arguments):
      body(function)
      arguments.forEach(body)
    case .list(let items): items.forEach(body)
    case .record(let fields): fields.forEach { body($0.1) }
    case .conditional(let condition, let then, let otherwise):
      body(condition)
      body(then)
      body(otherwise)
    }
  }

  package func collectNames(into names: inout Set<String>) {
    if case .name(let name) = kind { names.insert(name) }
    for part in parts { part.collectNames(into: &names) }
  }
}
