import MPlanSyntax

extension Interpreter {
  /// A script's correlations hold wherever `correlate` is written, as its plan blocks do: they
  /// are known before the first statement runs, so an input is reordered as it is bound and
  /// whatever reads it (`let total = a + b` above the `correlate`) sees it correlated. One
  /// that is wrong says so when it runs (`executeCorrelate`).
  package mutating func registerCorrelationsAhead(in statements: [Stmt]) {
    for statement in statements {
      guard case .correlate(let inputs, let coefficients) = statement.kind,
        let group = try? correlationGroup(inputs, by: coefficients, span: statement.span)
      else { continue }
      _ = correlations.add(group)
    }
  }

  /// `correlate a, b by 0.6`: the inputs must be uncertain values, in no other `correlate`;
  /// those already bound are reordered now (at the prompt, the recalculation then reruns what
  /// reads them), and each is reordered again whenever it is bound anew.
  package mutating func executeCorrelate(_ inputs: [Expr], by coefficients: Expr, span: SourceSpan) throws {
    let group = try correlationGroup(inputs, by: coefficients, span: span)
    // Registered ahead in a script: a `correlate` that turns out wrong holds nowhere.
    var registered = false
    defer { if !registered { correlations.remove(span) } }
    for input in inputs {
      guard case .name(let name) = input.kind else { continue }
      // A scenario, a table's cell or a goal seek's step may fix a correlated input to one
      // number: nothing is left to correlate there, and that is no error.
      if changes.values[.binding(name)] != nil || changes.expressions[.binding(name)] != nil { continue }
      guard case .quantity(let quantity)? = environment[name], case .samples = quantity.magnitude else {
        let shown = environment[name].map { Formatting.describe($0) }
        throw Diagnostic.error(
          .notUncertain,
          shown.map { Message("correlate-not-uncertain", ["name": .text(name), "value": .value($0)]) }
            ?? Message("correlate-not-a-value", ["name": .text(name)]),
          at: input.span, fixIt: Message("correlate-not-uncertain-fix", ["name": .text(name)]))
      }
    }
    if let other = correlations.add(group) {
      let shared = inputs.first { input in
        if case .name(let name) = input.kind { other.names.contains(name) } else { false }
      }
      throw Diagnostic.error(
        .notUncertain,
        Message(
          "correlate-twice",
          [
            "name": .text(shared.map(ExprPrinter.print) ?? ""),
            "others": .text(other.names.joined(separator: ", ")),
            "place": .text("\(other.span)"),
          ]),
        at: shared?.span ?? span, fixIt: Message("correlate-twice-fix"))
    }
    registered = true
    for name in group.names {
      guard let binding = environment.bindings[name] else { continue }
      environment.bind(
        name, correlations.reordered(binding.value, as: name, seed: options.seed), at: binding.span)
    }
  }

  /// The group `correlate` writes: its inputs and their rank correlations, which must be
  /// numbers from -1 to 1, one for two inputs or a matrix (a list of rows) for any number,
  /// and must hold together.
  package mutating func correlationGroup(_ inputs: [Expr], by coefficients: Expr, span: SourceSpan) throws
    -> Correlations.Group
  {
    let names = inputs.compactMap { input -> String? in
      if case .name(let name) = input.kind { return name }
      return nil
    }
    let size = names.count
    var rows = [[Double]](repeating: [Double](repeating: 0, count: size), count: size)
    for index in 0..<size { rows[index][index] = 1 }
    if case .list(let written) = coefficients.kind {
      guard written.count == size else { throw shapeError(size, at: coefficients.span) }
      var spans = [[SourceSpan]]()
      for (row, line) in written.enumerated() {
        guard case .list(let items) = line.kind, items.count == size else {
          throw shapeError(size, at: line.span)
        }
        spans.append(items.map(\.span))
        for (column, item) in items.enumerated() { rows[row][column] = try coefficient(item) }
      }
      for row in 0..<size where rows[row][row] != 1 {
        throw Diagnostic.error(
          .invalidCorrelation, Message("correlation-diagonal", ["name": .text(names[row])]),
          at: spans[row][row],
          fixIt: Message("correlation-diagonal-fix"))
      }
      for row in 0..<size {
        for column in 0..<row where rows[row][column] != rows[column][row] {
          throw Diagnostic.error(
            .invalidCorrelation,
            Message(
              "correlation-asymmetric",
              [
                "first": .text(names[column]), "second": .text(names[row]),
                "one": .text(Self.shown(rows[column][row])),
                "other": .text(Self.shown(rows[row][column])),
              ]),
            at: spans[row][column],
            secondary: [.init(span: spans[column][row], message: Self.shown(rows[column][row]))])
        }
      }
    } else {
      guard size == 2 else { throw shapeError(size, at: coefficients.span) }
      let value = try coefficient(coefficients)
      (rows[0][1], rows[1][0]) = (value, value)
    }
    let ranks = CorrelationMatrix(rows)
    let scores = ranks.map(CorrelationMatrix.scores(fromRank:))
    guard scores.isPositiveSemidefinite else {
      throw Diagnostic.error(
        .invalidCorrelation, Message("correlation-cannot-hold"), at: coefficients.span,
        fixIt: Message(
          "correlation-cannot-hold-fix", ["pairs": .text(Self.changes(from: ranks, names: names))]))
    }
    return Correlations.Group(names: names, ranks: ranks, span: span)
  }

  private mutating func coefficient(_ expression: Expr) throws -> Double {
    let value = try evaluate(expression)
    guard case .quantity(let quantity) = value, quantity.unit.isDimensionless,
      let number = quantity.magnitude.exactValue, (-1...1).contains(number)
    else {
      throw Diagnostic.error(
        .invalidCorrelation, Message("correlation-range", ["value": .value(Formatting.describe(value))]),
        at: expression.span, fixIt: Message("correlation-range-fix"))
    }
    return number
  }

  private func shapeError(_ size: Int, at span: SourceSpan) -> Diagnostic {
    .error(
      .invalidCorrelation, Message("correlation-shape", ["count": .count(size)]), at: span,
      fixIt: Message("correlation-shape-fix"))
  }

  /// The pairs to change for the nearest correlations that hold together, each to two
  /// decimals, shrunk towards none until what is printed holds too.
  static func changes(from ranks: CorrelationMatrix, names: [String]) -> String {
    let nearest = ranks.map(CorrelationMatrix.scores(fromRank:)).nearestValid().map(
      CorrelationMatrix.rank(fromScores:))
    var suggested = nearest.map { ($0 * 100).rounded() / 100 }
    for _ in 0..<100 where !suggested.map(CorrelationMatrix.scores(fromRank:)).isPositiveSemidefinite {
      suggested = suggested.map { ($0 * 99).rounded(.towardZero) / 100 }
    }
    var pairs: [String] = []
    for row in 0..<ranks.size {
      for column in (row + 1)..<ranks.size where suggested.rows[row][column] != ranks.rows[row][column] {
        pairs.append(
          "\(names[row]), \(names[column]) by \(shown(suggested.rows[row][column])) "
            + "(not \(shown(ranks.rows[row][column])))")
      }
    }
    return pairs.joined(separator: "; ")
  }

  static func shown(_ number: Double) -> String {
    let hundredths = (number * 100).rounded()
    if hundredths == (hundredths / 100).rounded() * 100 { return "\(Int(hundredths / 100))" }
    return Formatting.number(hundredths / 100, maximumDecimals: 2)
  }
}
