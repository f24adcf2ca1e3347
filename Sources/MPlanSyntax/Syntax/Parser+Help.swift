/// What to write instead, for the parse errors (`E0101`) that a token in the wrong place
/// causes: each case says what the script probably meant, in its own words.
extension Parser {
  /// What to write instead of `target = value` outside `let` and scenarios: a funnel rate or
  /// a plan field changes in a scenario (issue 14), a name with `let`.
  package static func assignmentHelp(_ target: Expr, newValue: String) -> Message {
    let value = newValue.isEmpty ? "…" : newValue
    switch target.kind {
    case .stageRate, .member:
      return Message(
        "parser-assignment-scenario-fix", ["target": .text(ExprPrinter.print(target)), "value": .text(value)])
    case .name(let name):
      return Message("parser-assignment-let-fix", ["name": .text(name), "value": .text(value)])
    default:
      return Message("parser-assignment-fix")
    }
  }

  /// True for a token that can start a value: two of them in a row are values missing a `,`
  /// or an operator between them.
  package static func startsValue(_ kind: Token.Kind) -> Bool {
    switch kind {
    case .number, .percent, .money, .date, .month, .quarter, .week, .string, .identifier: true
    case .keyword(.true), .keyword(.false), .symbol(.leftParen), .symbol(.leftBracket): true
    default: false
    }
  }

  /// The last token written before the current one, skipping line ends.
  package var lastWritten: Token? {
    var probe = index - 1
    while probe >= 0, case .newline = tokens[probe].kind { probe -= 1 }
    return probe >= 0 ? tokens[probe] : nil
  }

  /// A token left over after a whole statement: `print "total:" $5`, `let x = 2 3`,
  /// `assert a = b`, `let x = (1 + 2))`.
  package func helpForLeftover(after statement: Stmt) -> Message {
    let found = current
    switch found.kind {
    case .symbol(.assign):
      return Message("parser-leftover-assign-fix")
    case .symbol(.rightParen), .symbol(.rightBracket):
      return Message("parser-leftover-closer-fix", ["bracket": .text(found.kind.symbolText)])
    case .symbol(.colon):
      return Message("parser-leftover-colon-fix")
    default:
      break
    }
    if startsStatement(at: index) || !Self.startsValue(found.kind) {
      return Message("parser-leftover-statement-fix")
    }
    let before = lastWritten.map { text($0.span) } ?? "…"
    let after = text(found.span)
    let written: [String: Message.Argument] = ["before": .text(before), "after": .text(after)]
    if case .money = lastWritten?.kind, case .identifier = found.kind {
      return Message("parser-leftover-unit-after-money-fix", written)
    }
    switch statement.kind {
    case .print, .compare:
      return Message("parser-leftover-missing-comma-fix", written)
    default:
      return Message("parser-leftover-missing-operator-fix", written)
    }
  }

  /// Where a value should start but something else stands: `1 +* 2`, `let x =`, `print if`.
  package func helpForMissingValue() -> Message {
    let found = current
    // Nothing written yet is a sentence of its own, not "the start" put where a token goes:
    // "after the start" and "remove the start" take different words in every language.
    let before = lastWritten.map {
      Message.Argument.message(Message("token-code", ["code": .text(text($0.span))]))
    }
    if let last = lastWritten, let before, last.span.line != found.span.line,
      startsStatement(at: tokenIndexOfCurrent)
    {
      return Message("parser-missing-value-line-above-fix", ["before": before])
    }
    switch found.kind {
    case .newline, .endOfFile, .symbol(.rightBrace), .symbol(.semicolon):
      guard let before else { return Message("parser-missing-value-unfinished-at-start-fix") }
      return Message("parser-missing-value-unfinished-fix", ["before": before])
    case .symbol(.rightParen), .symbol(.rightBracket), .symbol(.comma):
      let symbol = Message.Argument.text(found.kind.symbolText)
      guard let before else { return Message("parser-missing-value-before-at-start-fix", ["symbol": symbol]) }
      return Message("parser-missing-value-before-fix", ["symbol": symbol, "before": before])
    case .symbol(.assign):
      return Message("parser-missing-value-assign-fix")
    case .symbol:
      return Message("parser-missing-value-two-operators-fix", ["symbol": .text(found.kind.symbolText)])
    case .keyword(let keyword):
      return Message("parser-missing-value-keyword-fix", ["keyword": .text(keyword.rawValue)])
    default:
      return Message("parser-missing-value-fix")
    }
  }

  /// A second value in a field without a comma (`owner "Ana" "Bo"`), or something else.
  package func helpForFieldLeftover(_ field: Name) -> Message {
    guard Self.startsValue(current.kind), let last = lastWritten else {
      return Message("parser-field-leftover-fix")
    }
    return Message(
      "parser-field-missing-comma-fix",
      ["field": .text(field.text), "before": .text(text(last.span)), "after": .text(text(current.span))])
  }
}
