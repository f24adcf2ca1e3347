/// What to write instead, for the parse errors (`E0101`) that a token in the wrong place
/// causes: each case says what the script probably meant, in its own words.
extension Parser {
  /// What to write instead of `target = value` outside `let` and scenarios: a funnel rate or
  /// a plan field changes in a scenario (issue 14), a name with `let`.
  package static func assignmentHelp(_ target: Expr, newValue: String) -> String {
    let value = newValue.isEmpty ? "…" : newValue
    switch target.kind {
    case .stageRate, .member:
      return
        "to try another value, write `scenario try_it { \(ExprPrinter.print(target)) = \(value) }`, then read "
        + "`try_it.NAME` or `compare base, try_it on …`; or type the funnel or block again"
    case .name(let name):
      return "write `let \(name) = \(value)`, or `==` to compare"
    default:
      return "write `let NAME = …`, or `==` to compare"
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
  package func helpForLeftover(after statement: Stmt) -> String {
    let found = current
    switch found.kind {
    case .symbol(.assign):
      return "to compare two values write `==`; `=` gives a name its value only in `let NAME = …`"
    case .symbol(.rightParen), .symbol(.rightBracket):
      return "this `\(found.kind.symbolText)` closes nothing: remove it, or add the bracket it closes"
    case .symbol(.colon):
      return "a `:` belongs in a record (`{visits: 10}`) or a funnel stage (`visit -> mql : 2%`)"
    default:
      break
    }
    if startsStatement(at: index) || !Self.startsValue(found.kind) {
      return "put each statement on its own line, or separate statements with `;`"
    }
    let before = lastWritten.map { text($0.span) } ?? "…"
    let after = text(found.span)
    if case .money = lastWritten?.kind, case .identifier = found.kind {
      return "an amount of money takes no unit after it: write `\(before) per \(after)` for a price per "
        + "\(after)"
    }
    switch statement.kind {
    case .print, .compare:
      return "separate the values with a comma: `\(before), \(after)`"
    default:
      return "an operator is missing between `\(before)` and `\(after)`: write `+`, `-`, `*` or `/`, "
        + "or put them on separate lines"
    }
  }

  /// Where a value should start but something else stands: `1 +* 2`, `let x =`, `print if`.
  package func helpForMissingValue() -> String {
    let found = current
    let before = lastWritten.map { "`\(text($0.span))`" } ?? "the start"
    if let last = lastWritten, last.span.line != found.span.line, startsStatement(at: tokenIndexOfCurrent) {
      return "the line above ends unfinished after \(before): write the value there, or remove \(before)"
    }
    switch found.kind {
    case .newline, .endOfFile, .symbol(.rightBrace), .symbol(.semicolon):
      return "the expression is unfinished: write a value after \(before)"
    case .symbol(.rightParen), .symbol(.rightBracket), .symbol(.comma):
      return "write a value before `\(found.kind.symbolText)`, or remove \(before)"
    case .symbol(.assign):
      return "write the value after the name: `let NAME = VALUE`; to compare, `==` goes between two values"
    case .symbol:
      return "two operators in a row: remove `\(found.kind.symbolText)` or write a value before it"
    case .keyword(let keyword):
      return "`\(keyword.rawValue)` is a keyword, not a value: write a number, a name or a string here"
    default:
      return "write a number, a name, a string, or a bracketed expression"
    }
  }

  /// A second value in a field without a comma (`owner "Ana" "Bo"`), or something else.
  package func helpForFieldLeftover(_ field: Name) -> String {
    guard Self.startsValue(current.kind), let last = lastWritten else {
      return "put each field on its own line"
    }
    return "separate the values of `\(field.text)` with a comma: `\(text(last.span)), \(text(current.span))`"
  }
}
