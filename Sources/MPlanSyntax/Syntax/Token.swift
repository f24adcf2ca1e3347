/// One lexeme with its span. Literals carry their value already decoded, so the parser never
/// looks at digits or escapes again.
public struct Token: Sendable, Equatable {
  public var kind: Kind
  public var span: SourceSpan

  public enum Kind: Sendable, Equatable {
    /// A plain number, suffixes applied: `24k` is 24000.
    case number(Double)
    /// `2%`, stored as the fraction 0.02.
    case percent(Double)
    /// `$24k`, `€5,000`: an amount and its currency symbol (see `Lexer.currencySymbols`).
    /// The symbol rather than the code keeps every token 40 bytes.
    case money(Double, symbol: Unicode.Scalar)
    case date(CalendarDay)
    case month(year: Int, month: Int)
    case quarter(year: Int, quarter: Int)
    /// An ISO week: `2027-W05`.
    case week(year: Int, week: Int)
    case string(String)
    case identifier(String)
    case keyword(Keyword)
    case symbol(Symbol)
    case newline
    case endOfFile
  }
}

public enum Keyword: String, Sendable, CaseIterable {
  case `let`, fn, print, assert, unit, rate, `import`, use
  case plan, objective, goal, funnel, budget, action, report, scenario, actuals, channel
  case compare, show, check, checkpoint, solve, table, tornado, correlate, sensitivity, export
  case `if`, then, `else`, and, or, not, `true`, `false`
  case `as`, per, to, on, by, `for`, `in`
}

extension Keyword {
  /// Words that are keywords only where a statement starts with them (`budget marketing {`,
  /// `rate EUR = …`, `show goals`) or inside the statement that gives them meaning (`on`,
  /// `by`). Everywhere else they are ordinary names: `let budget = $60k` and `let rate = 2%`
  /// are what planners write.
  public static let contextual: Set<Keyword> = [
    .unit, .rate, .import, .use, .plan, .objective, .goal, .funnel, .budget, .action, .report, .scenario,
    .actuals, .channel, .compare, .show, .check, .checkpoint, .solve, .table, .tornado, .correlate,
    .sensitivity,
    .export, .on, .by,
    .for, .in,
  ]
}

public enum Symbol: String, Sendable, CaseIterable {
  case leftParen = "(", rightParen = ")", leftBracket = "[", rightBracket = "]"
  case leftBrace = "{", rightBrace = "}"
  case comma = ",", dot = ".", range = "..", colon = ":", semicolon = ";"
  case assign = "=", equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">"
  case greaterEqual = ">="
  case plus = "+", minus = "-", star = "*", slash = "/", caret = "^", percent = "%"
  case fatArrow = "=>", arrow = "->"
}

extension Token.Kind {
  /// A line that ends with this token is unfinished and goes on on the next (see "Statements
  /// and lines" in docs/language.md). `,` is handled by each list, which may end with one.
  /// `Session.isComplete` asks the REPL user for another line by the same rule.
  public var continuesLine: Bool {
    switch self {
    case .symbol(let symbol):
      switch symbol {
      case .plus, .minus, .star, .slash, .caret, .assign, .equal, .notEqual, .less, .lessEqual, .greater,
        .greaterEqual, .range, .fatArrow, .arrow, .dot, .colon:
        true
      default: false
      }
    case .keyword(let keyword):
      switch keyword {
      case .and, .or, .not, .if, .then, .else, .per, .as, .to: true
      default: false
      }
    default: false
    }
  }

  package var symbolText: String {
    if case .symbol(let symbol) = self { return symbol.rawValue }
    return description
  }

  /// How the kind reads in "expected …, found …" messages.
  public var description: String { described.english }

  /// How the kind reads in "expected …, found …" messages, as a message.
  package var described: Message {
    switch self {
    case .number: Message("token-number")
    case .percent: Message("token-percent")
    case .money: Message("token-money")
    case .date: Message("token-date")
    case .month: Message("token-month")
    case .quarter: Message("token-quarter")
    case .week: Message("token-week")
    case .string: Message("token-string")
    case .identifier(let name): Message("token-code", ["code": .text(name)])
    case .keyword(let keyword): Message("token-code", ["code": .text(keyword.rawValue)])
    case .symbol(let symbol): Message("token-code", ["code": .text(symbol.rawValue)])
    case .newline: Message("token-line-end")
    case .endOfFile: Message("token-file-end")
    }
  }
}
