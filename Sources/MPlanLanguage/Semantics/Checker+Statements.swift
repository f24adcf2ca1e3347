import MPlanSyntax

/// Checks of statements whose words are only read, never evaluated: `=>` on a plan block
/// and the words after `show`. Either would otherwise be accepted and change nothing.
extension Checker {
  /// Only an action serves goals with `=>`; on another block the arrow would be ignored.
  package mutating func checkServes(_ declaration: Declaration) {
    guard declaration.kind != .action, let first = declaration.serves.first else { return }
    let names = declaration.serves.map(\.text).joined(separator: ", ")
    let fixIt =
      switch declaration.kind {
      case .goal: Message("checker-arrow-goal-fix", ["names": .text(names)])
      case .budget: Message("checker-arrow-budget-fix", ["budget": .text(declaration.name.text)])
      case .report: Message("checker-arrow-report-fix", ["names": .text(names)])
      case .objective, .plan, .action, .actuals, .channel:
        Message("checker-arrow-remove-fix", ["names": .text(names)])
      }
    report(
      .error(
        .arrowOnlyOnActions,
        Message("checker-arrow-only-on-actions", ["block": .message(declaration.kind.typeMessage)]),
        at: first.span.joined(declaration.serves[declaration.serves.count - 1].span),
        fixIt: fixIt))
  }

  /// `show goals banana split`: words after a complete request are an error, not ignored.
  /// The forms are `show goals` (`by FIELD`), `show budget NAME` and `show NAME`.
  package mutating func checkShow(_ words: [Name]) {
    guard let first = words.first else { return }
    // `goals`, `budgets`: a list of every block of a kind. (The checker sits below the plan
    // presenter, so it reads the kinds rather than `PlanPresenter.collections`.)
    let isList = DeclarationKind.allCases.contains { $0 != .plan && $0.rawValue + "s" == first.text }
    // `show review last_year`: the views of actuals take the name of one `actuals` block.
    let actualsViews: Set<String> = ["review", "variance", "reallocate"]
    let takesAName =
      !isList && (DeclarationKind(rawValue: first.text) != nil || actualsViews.contains(first.text))
    let complete = takesAName ? 2 : 1
    guard words.count > complete else { return }
    let extra = words[complete...]
    let request = words[..<complete].map(\.text).joined(separator: " ")
    report(
      .error(
        .unexpectedToken,
        Message(
          "checker-show-extra-words",
          ["request": .text(request), "extra": .text(extra.map(\.text).joined(separator: " "))]),
        at: extra.first!.span.joined(extra.last!.span),
        fixIt: isList
          ? Message("checker-show-extra-words-list-fix", ["list": .text(first.text)])
          : Message("checker-show-extra-words-fix", ["request": .text(request)])))
  }

  /// `scenario s { a.owner = Bo }`: a bare word for a reference or name field is a word, as
  /// in the block itself (docs/planning.md, "Field values: one rule"), not a name to resolve.
  package func isWordForAField(_ change: Override) -> Bool {
    guard case .name = change.value.kind, case .member(let base, let field) = change.target.kind,
      case .name(let owner) = base.kind, let kind = declarationKinds[owner]
    else { return false }
    return kind.wordKind(of: field.text) != nil
  }

  /// `owner Head of sales` reads as `owner Head` and a field `of`: when an unknown field
  /// follows a bare word of a name or reference field on its line, the words were one name.
  /// Returns the field as it should be written, `owner "Head of sales"`.
  package static func unquotedName(_ field: Field, after previous: Field?, in kind: DeclarationKind)
    -> String?
  {
    guard let previous, !kind.fieldNames.contains(field.name.text),
      kind.wordKind(of: previous.name.text) != nil,
      previous.by == nil, let last = previous.values.last, case .name(let first) = last.kind,
      last.span.line == field.name.span.line
    else { return nil }
    var words = [first, field.name.text]
    for value in field.values {
      guard case .name(let word) = value.kind else { return nil }
      words.append(word)
    }
    let earlier = previous.values.dropLast().map(ExprPrinter.print)
    return "\(previous.name.text) "
      + (earlier + ["\"\(words.joined(separator: " "))\""]).joined(separator: ", ")
  }

  /// W0304: a script's bare expression, whose value nothing sees.
  package static func unusedValue(_ value: Expr, followsAStatement: Bool) -> Diagnostic {
    let leftmost = leftmostOperand(of: value)
    if followsAStatement, case .unary(.negate, _) = leftmost.kind, leftmost.span.start == value.span.start {
      return .warning(
        .unusedValue, Message("checker-unused-value"), at: value.span,
        notes: [Message("checker-unused-value-minus-note")], fixIt: Parser.continueLineHelp)
    }
    var notes: [Message] = []
    if case .call = value.kind {
      notes.append(Message("checker-unused-value-call-note"))
    }
    return .warning(
      .unusedValue, Message("checker-unused-value"), at: value.span, notes: notes,
      fixIt: Message("checker-unused-value-fix"))
  }

  /// What an expression starts with: `-$20` in `-$20 + $5`.
  package static func leftmostOperand(of expression: Expr) -> Expr {
    switch expression.kind {
    case .binary(_, let left, _), .per(let left, _), .convert(let left, _), .call(let left, _),
      .member(let left, _), .stageRate(let left, _, _), .period(let left, _), .uncertain(let left, _),
      .quantity(let left, _):
      leftmostOperand(of: left)
    default: expression
    }
  }
}
