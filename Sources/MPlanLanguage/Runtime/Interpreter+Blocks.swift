import MPlanSyntax

/// Running the plan blocks: each field is evaluated (or kept as a word, for reference
/// fields) and the block becomes an `EvaluatedBlock`, bound under its name so that
/// `new_customers.target` reads from it. What a block computes beyond its fields
/// (`marketing.spent`) is the `StatementHost`'s.
extension Interpreter {
  package mutating func executeDeclaration(_ declaration: Declaration) throws {
    if !options.allowsRedefinition,
      case .declaration(let first) = environment[declaration.name.text] ?? .bool(false)
    {
      throw Diagnostic.error(
        .duplicateName, "`\(declaration.name.text)` is already a \(first.kind.rawValue) of this plan",
        at: declaration.name.span, secondary: [.init(span: first.nameSpan, message: "first defined here")],
        notes: ["the first one is kept; the rest of the plan is still checked"],
        fixIt: "give this \(declaration.kind.rawValue) a name of its own")
    }
    var fields: [(name: String, value: Value, span: SourceSpan)] = []
    let references = declaration.kind.referenceFields
    for field in declaration.fields {
      let key = OverrideKey.field(block: declaration.name.text, field: field.name.text)
      let value: Value
      if let override = overrides[key] {
        value = try evaluate(override)
      } else {
        let asWords = references.contains(field.name.text)
        let values = try field.values.map { try fieldValue($0, asWord: asWords) }
        value = values.count == 1 ? values[0] : (values.isEmpty ? .bool(true) : .list(values))
      }
      fields.append((field.name.text, value, field.span))
      if let qualifier = field.by {
        fields.append(("\(field.name.text)_by", try fieldValue(qualifier, asWord: false), qualifier.span))
      }
    }
    let item = EvaluatedBlock(
      kind: declaration.kind, name: declaration.name.text, title: declaration.title,
      serves: declaration.serves,
      fields: fields, span: declaration.span, nameSpan: declaration.name.span)
    // A field may hold another block (`baseline g1`), so blocks can nest like lists.
    _ = try Self.boundedNesting(.declaration(item), at: declaration.name.span)
    environment.record(item)
    environment.bind(declaration.name.text, .declaration(item), at: declaration.name.span)
    poisoned.remove(declaration.name.text)
  }

  /// A bare word in a reference field is kept as a word; elsewhere it is evaluated.
  package mutating func fieldValue(_ expression: Expr, asWord: Bool) throws -> Value {
    if asWord, case .name(let word) = expression.kind { return .symbol(word) }
    return try evaluate(expression)
  }
}
