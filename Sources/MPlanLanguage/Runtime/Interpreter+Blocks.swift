import MPlanSyntax

/// Running the plan blocks: each field is evaluated (or kept as a word, for reference
/// fields) and the block becomes an `EvaluatedBlock`, bound under its name so that
/// `new_customers.target` reads from it. What a block computes beyond its fields
/// (`marketing.spent`) is the `StatementHost`'s.
extension Interpreter {
  package mutating func executeDeclaration(_ declaration: Declaration) throws {
    // A replay may run a block again over its own earlier value (`ChangeReplay`): the same
    // declaration, not a second one.
    if !history.definesNamesAgain, let first = environment[declaration.name.text]?.block,
      first.nameSpan != declaration.name.span
    {
      throw Diagnostic.error(
        .duplicateName,
        Message(
          "blocks-already-defined",
          [
            "name": .text(declaration.name.text),
            "block": .message(first.kind.typeMessage),
          ]),
        at: declaration.name.span, secondary: [.init(span: first.nameSpan, message: .firstDefinedHere)],
        notes: [Message("blocks-already-defined-note")],
        fixIt: Message("blocks-already-defined-fix", ["kind": .message(declaration.kind.noun)]))
    }
    var fields: [(name: String, value: Value, span: SourceSpan)] = []
    // A replay runs the block again over its own earlier value: the fields no change reaches
    // keep their value (`ChangeReplay`), as a spreadsheet leaves the cells alone that do not
    // depend on the one edited.
    var previous: [(name: String, value: Value, span: SourceSpan)] = []
    if changes.parts != nil, let block = environment[declaration.name.text]?.block,
      block.kind == declaration.kind
    {
      previous = block.fields
    }
    var cursor = 0
    // In the canonical order, not as written: which field's error is reported first, and the
    // order `show NAME` lists them in, must not depend on where `mplan fmt` put them.
    for field in declaration.kind.canonicalOrder(declaration.fields) {
      let entries = field.by == nil ? 1 : 2
      if cursor + entries <= previous.count, previous[cursor].name == field.name.text {
        if let recomputed = changes.parts, !recomputed.contains(field.name.text) {
          fields += previous[cursor..<cursor + entries]
          cursor += entries
          continue
        }
        cursor += entries
      } else {
        previous = []
      }
      var value: Value
      let words = declaration.kind.wordKind(of: field.name.text)
      if let override = changedValue(.field(block: declaration.name.text, field: field.name.text)) {
        value = override
      } else if let override = changedExpression(.field(block: declaration.name.text, field: field.name.text))
      {
        value = try fieldValue(override, words: words)
      } else {
        let values = try field.values.map { try fieldValue($0, words: words) }
        value = values.count == 1 ? values[0] : (values.isEmpty ? .bool(true) : .list(values))
      }
      if declaration.kind == .goal, field.name.text == "target", field.values.count == 1,
        let grown = Self.growth(field.values[0], value, from: fields.first { $0.name == "baseline" }?.value)
      {
        value = grown
      }
      if Self.flagFields.contains(field.name.text) { try Self.checkFlag(field, value) }
      if declaration.kind.oneAmountFields.contains(field.name.text) { try Self.checkOneAmount(field, value) }
      fields.append((field.name.text, value, field.span))
      if let qualifier = field.by {
        // `control monthly by CMO`: who controls it, a name like `owner`.
        let words: FieldWords? = field.name.text == "control" ? .name : nil
        fields.append(("\(field.name.text)_by", try fieldValue(qualifier, words: words), qualifier.span))
      }
    }
    let item = EvaluatedBlock(
      kind: declaration.kind, name: declaration.name.text, title: declaration.title,
      serves: declaration.serves,
      fields: fields, span: declaration.span, nameSpan: declaration.name.span)
    // A field may hold another block (`baseline g1`), so blocks can nest like lists.
    _ = try Self.boundedNesting(.declaration(item), at: declaration.name.span)
    if declaration.kind == .actuals, let host = options.host {
      let warnings = try host.declared(item, in: environment)
      diagnostics += warnings
    }
    environment.record(item)
    environment.bind(declaration.name.text, .declaration(item), at: declaration.name.span)
    poisoned.remove(declaration.name.text)
  }

  /// A signed target is a change from the goal's baseline, as the articles write goals:
  /// `target +25%` on followers or money is the baseline × 125% ("grow following by 25%",
  /// "sales +2%"); `target +25 clients`, in the baseline's own unit, is 25 more ("25 more
  /// clients next quarter"); `target +5 pp` on a rate is five points more. A signed percentage
  /// on a rate (`baseline 40%  target +5%`) stays as written: +5 points or +5% of 40% is the
  /// author's to say, and the SMART checks ask.
  package static func growth(_ expression: Expr, _ value: Value, from baseline: Value?) -> Value? {
    guard case .unary(let sign, _) = expression.kind, sign != .not, case .quantity(let change) = value,
      case .quantity(var base) = baseline ?? .bool(false)
    else { return nil }
    if change.display == .percent, change.unit.isDimensionless, !base.display.isShare {
      base.magnitude = Magnitude.combine(base.magnitude, change.magnitude) { $0 * (1 + $1) }
    } else if change.unit == base.unit,
      change.display == .points ? base.display.isShare : !base.display.isShare
    {
      base.magnitude = Magnitude.combine(base.magnitude, change.magnitude, +)
    } else {
      return nil
    }
    return .quantity(base)
  }

  /// Yes-or-no fields: a bare `zero_based` is on.
  package static let flagFields: Set<String> = ["zero_based"]

  /// A scenario's new value for a field reads a bare word the way the field does:
  /// `a.owner = Bo` as `owner Bo`.
  package mutating func changeValue(_ change: Override) throws -> Value {
    if case .member(let base, let field) = change.target.kind, case .name(let owner) = base.kind,
      let item = environment[owner]?.block
    {
      return try fieldValue(change.value, words: item.kind.wordKind(of: field.text))
    }
    return try evaluate(change.value)
  }

  /// `zero_based "yes"` would read as on and `b.zero_based` as "yes": a flag is true or false.
  package static func checkFlag(_ field: Field, _ value: Value) throws {
    if case .bool = value { return }
    let name = field.name.text
    throw Diagnostic.error(
      .typeMismatch, Message("blocks-flag", ["field": .text(name), "type": .message(value.typeMessage)]),
      at: field.values.first.map { $0.span.joined(field.values[field.values.count - 1].span) } ?? field.span,
      fixIt: Message("blocks-flag-fix", ["field": .text(name)]))
  }

  /// `cost $12,5` is `$12` and `5`, and a list is no cost: read as one, it would be a silent
  /// $0 in the budget and pass "every action has a cost". The error is at the field, with the
  /// values counted; the decimal comma's own warning (W0006) gives the dotted form.
  package static func checkOneAmount(_ field: Field, _ value: Value) throws {
    guard case .list(let values) = value else { return }
    let name = field.name.text
    throw Diagnostic.error(
      .typeMismatch, Message("blocks-one-amount", ["field": .text(name), "count": .count(values.count)]),
      at: field.values.first.map { $0.span.joined(field.values[field.values.count - 1].span) } ?? field.span,
      fixIt: Message("blocks-one-amount-fix", ["field": .text(name)]))
  }

  /// One rule for every field that names something (docs/planning.md): a bare word and a
  /// string mean the same, a word for a reference field and text for a name field.
  /// Elsewhere the value is evaluated.
  package mutating func fieldValue(_ expression: Expr, words: FieldWords?) throws -> Value {
    switch (words, expression.kind) {
    case (.reference?, .name(let word)), (.reference?, .literal(.string(let word))): .symbol(word)
    case (.name?, .name(let word)): .text(word)
    default: try evaluate(expression)
    }
  }
}
