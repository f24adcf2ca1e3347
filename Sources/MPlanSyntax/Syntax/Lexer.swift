/// Turns a source file into tokens. It never stops at a bad character: it reports it and goes
/// on, so one run shows every lexical error.
public struct Lexer {
  package let source: SourceFile
  package let scalars: [Unicode.Scalar]
  package let fileID: Int32
  package var position = 0
  package var line = 1
  package var lineStart = 0
  /// Where lexing stops: the end of the file, or of the part of it this lexer was given.
  package var end: Int
  public private(set) var diagnostics: [Diagnostic] = []
  /// Diagnostics past `Diagnostic.maximumKeptPerStage`: counted, not kept.
  package var omittedDiagnostics = 0
  /// Bytes the process may hold while lexing: past them, lexing stops with E0316.
  package var memoryBudget = Int.max
  /// Open `(` and `[`: inside them `1,5` is a list of two values as written (`f(1,5)`); outside,
  /// it is more likely a decimal comma (W0006).
  package var bracketDepth = 0
  /// The calendar dates are written in: the plan's `calendar` (`Parser.parse` finds it).
  package var calendar = CalendarSystem.gregorian

  package static let currencySymbols: [Unicode.Scalar: String] = [
    "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₽": "RUB", "₹": "INR",
  ]
  /// A switch, not a look-up in `currencySymbols`: this runs at the start of every token.
  package static func isCurrencySymbol(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "$", "€", "£", "¥", "₽", "₹": true
    default: false
    }
  }

  /// Typographic spellings that people paste from documents, read as the ASCII operator.
  package static let symbolAliases: [Unicode.Scalar: Symbol] = [
    "⇒": .fatArrow, "→": .arrow, "×": .star, "÷": .slash, "−": .minus, "≤": .lessEqual,
    "≥": .greaterEqual, "≠": .notEqual,
    // The Arabic and Persian comma, as an Arabic or Persian keyboard types it between values.
    "\u{060C}": .comma,
  ]

  public init(source: SourceFile) {
    self.source = source
    self.scalars = source.scalars
    self.fileID = FileNames.id(of: source.name)
    self.end = source.scalars.count
  }

  /// A lexer for the part of a file from `start` (which begins line `line`) to `end`.
  package init(source: SourceFile, from start: Int, to end: Int, line: Int) {
    self.init(source: source)
    self.position = start
    self.lineStart = start
    self.line = line
    self.end = end
  }

  public static func tokenize(_ source: SourceFile, calendar: CalendarSystem = .gregorian) -> (
    tokens: [Token], diagnostics: [Diagnostic]
  ) {
    var lexer = Lexer(source: source)
    lexer.calendar = calendar
    let tokens = lexer.tokenize()
    return (tokens, lexer.diagnostics)
  }

  public mutating func tokenize() -> [Token] {
    var tokens: [Token] = []
    tokens.reserveCapacity((end - position) / 3)
    while let token = nextToken() {
      tokens.append(token)
      // Tokens of one-word statements take more memory than their text (`print 1` is eight
      // bytes and three tokens of 40): a 64 MB script is checked as it is read.
      if tokens.count & 0xFFFF == 0, memoryBudget < .max,
        exceedsMemoryBudget(at: tokens[tokens.count - 1].span)
      {
        break
      }
    }
    tokens.append(Token(kind: .endOfFile, span: span(from: position)))
    if omittedDiagnostics > 0, let last = diagnostics.last {
      diagnostics.append(.omitted(omittedDiagnostics, at: last.span, code: .unexpectedCharacter))
    }
    return tokens
  }

  /// True, with the error reported at `span`, when the process holds more than the budget.
  /// Out of line: the loop above stays a tight loop.
  @inline(never)
  package mutating func exceedsMemoryBudget(at span: SourceSpan) -> Bool {
    guard ProcessMemory.residentBytes() > memoryBudget else { return false }
    diagnostics.append(
      .error(
        .memoryBudgetExceeded, .tooLargeForMemory(budget: ProcessMemory.describe(memoryBudget)), at: span,
        fixIt: Message("lexer-too-large-for-memory-fix")))
    return true
  }

  // MARK: - Scanning

  package func peek(_ offset: Int = 0) -> Unicode.Scalar? {
    let index = position + offset
    return index < end ? scalars[index] : nil
  }

  package func span(from start: Int) -> SourceSpan {
    let startLine: Int
    let startColumn: Int
    if start >= lineStart {
      startLine = line
      startColumn = start - lineStart + 1
    } else {
      (startLine, startColumn) = source.location(of: start)
    }
    return SourceSpan(fileID: fileID, start: start, end: position, line: startLine, column: startColumn)
  }

  /// A warning over `start..<end`: a likely slip that still reads (`1,5%`).
  package mutating func warn(
    _ code: DiagnosticCode, _ message: Message, from start: Int, to end: Int, fixIt: Message? = nil
  ) {
    guard diagnostics.count < Diagnostic.maximumKeptPerStage else { return }
    let saved = position
    position = end
    diagnostics.append(.warning(code, message, at: span(from: start), fixIt: fixIt))
    position = saved
  }

  package mutating func report(
    _ code: DiagnosticCode, _ message: Message, from start: Int, fixIt: Message? = nil
  ) {
    guard diagnostics.count < Diagnostic.maximumKeptPerStage else {
      omittedDiagnostics += 1
      return
    }
    diagnostics.append(.error(code, message, at: span(from: start), fixIt: fixIt))
  }

  private mutating func nextToken() -> Token? {
    while true {
      guard let scalar = peek() else { return nil }
      let start = position
      switch scalar {
      case " ", "\t", "\r", "\u{FEFF}", "\u{00A0}":
        position += 1
      case "#":
        while let next = peek(), next != "\n" { position += 1 }
      case "\n":
        position += 1
        let token = Token(kind: .newline, span: span(from: start))
        line += 1
        lineStart = position
        return token
      case "\"":
        return lexString()
      default:
        if Self.isCurrencySymbol(scalar), let next = peek(1), Self.digitValue(next) != nil {
          position += 1
          guard let value = lexNumberValue() else { return Token(kind: .number(0), span: span(from: start)) }
          if isInOneDigitSystem(from: start) { warnOfDecimalComma(from: start) }
          return Token(kind: .money(value, symbol: scalar), span: span(from: start))
        }
        if Self.digitValue(scalar) != nil {
          return lexNumberOrDate()
        }
        if Self.isIdentifierStart(scalar) {
          return lexIdentifier()
        }
        if let symbol = lexSymbol() {
          return Token(kind: .symbol(symbol), span: span(from: start))
        }
        position += 1
        if Self.isCurrencySymbol(scalar), peek() == "-" {
          report(
            .unexpectedCharacter, Message("lexer-minus-after-currency"), from: start,
            fixIt: Message("lexer-minus-after-currency-fix", ["symbol": .text(String(scalar))]))
          continue
        }
        let shown =
          scalar.properties.isWhitespace || scalar.value < 0x20
          ? "U+\(String(scalar.value, radix: 16, uppercase: true))" : "`\(scalar)`"
        report(
          .unexpectedCharacter, Message("lexer-unexpected-character", ["character": .text(shown)]),
          from: start)
      }
    }
  }

  private mutating func lexSymbol() -> Symbol? {
    guard let scalar = peek() else { return nil }
    let next = peek(1)
    let symbol: Symbol
    var length = 1
    switch scalar {
    case "(", "[":
      symbol = scalar == "(" ? .leftParen : .leftBracket
      bracketDepth += 1
    case ")", "]":
      symbol = scalar == ")" ? .rightParen : .rightBracket
      bracketDepth = max(0, bracketDepth - 1)
    case "{": symbol = .leftBrace
    case "}": symbol = .rightBrace
    case ",": symbol = .comma
    case ":": symbol = .colon
    case ";": symbol = .semicolon
    case "+": symbol = .plus
    case "*": symbol = .star
    case "/": symbol = .slash
    case "^": symbol = .caret
    case "%", "\u{066A}": symbol = .percent
    case ".":
      if next == "." { (symbol, length) = (.range, 2) } else { symbol = .dot }
    case "=":
      if next == "=" {
        (symbol, length) = (.equal, 2)
      } else if next == ">" {
        (symbol, length) = (.fatArrow, 2)
      } else {
        symbol = .assign
      }
    case "!":
      guard next == "=" else { return nil }
      (symbol, length) = (.notEqual, 2)
    case "<":
      if next == "=" { (symbol, length) = (.lessEqual, 2) } else { symbol = .less }
    case ">":
      if next == "=" { (symbol, length) = (.greaterEqual, 2) } else { symbol = .greater }
    case "-":
      if next == ">" { (symbol, length) = (.arrow, 2) } else { symbol = .minus }
    default:
      guard !scalar.isASCII, let alias = Self.symbolAliases[scalar] else { return nil }
      symbol = alias
    }
    position += length
    return symbol
  }

  // MARK: - Identifiers

  package static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
    // ASCII first: Unicode property look-ups are the lexer's most expensive step.
    if scalar.isASCII {
      return (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") || scalar == "_"
    }
    return scalar.properties.isAlphabetic && !scalar.properties.isWhitespace
  }

  package static func isIdentifierContinue(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      return (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") || scalar == "_"
        || (scalar >= "0" && scalar <= "9")
    }
    if isIdentifierStart(scalar) || digitValue(scalar) != nil { return true }
    // Persian writes many words with a zero-width non-joiner; marks carry Arabic vowels.
    if scalar == "\u{200C}" || scalar == "\u{200D}" { return true }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .decimalNumber: return true
    default: return false
    }
  }

  /// Names are at most this long (docs/language.md), which also bounds what "did you mean"
  /// compares.
  public static let maximumNameLength = 128

  private mutating func lexIdentifier() -> Token {
    let start = position
    while let scalar = peek(), Self.isIdentifierContinue(scalar) { position += 1 }
    if position - start > Self.maximumNameLength {
      report(
        .nameTooLong,
        Message(
          "lexer-name-too-long",
          ["length": .count(position - start), "maximum": .count(Self.maximumNameLength)]),
        from: start, fixIt: Message("lexer-name-too-long-fix"))
    }
    let name = Self.text(scalars[start..<position])
    // Keywords are short and all lowercase ASCII letters; most names are not, and skip the hash.
    if position - start <= 6, scalars[start].value >= 97, scalars[start].value <= 122,
      let keyword = Self.keywords[name]
    {
      return Token(kind: .keyword(keyword), span: span(from: start))
    }
    return Token(kind: .identifier(name), span: span(from: start))
  }

  /// The keywords the lexer reports as such; contextual ones stay names (see `Keyword.contextual`).
  package static let keywords: [String: Keyword] = Dictionary(
    uniqueKeysWithValues: Keyword.allCases.filter { !Keyword.contextual.contains($0) }.map {
      ($0.rawValue, $0)
    })

  /// A name's text, built from bytes when it is ASCII (nearly always), which is much faster.
  package static func text(_ slice: ArraySlice<Unicode.Scalar>) -> String {
    if slice.allSatisfy(\.isASCII) {
      return String(unsafeUninitializedCapacity: slice.count) { buffer in
        for (offset, scalar) in slice.enumerated() { buffer[offset] = UInt8(scalar.value) }
        return slice.count
      }
    }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: slice)
    return String(view)
  }

  // MARK: - Strings

  private mutating func lexString() -> Token {
    let start = position
    position += 1
    var value = String.UnicodeScalarView()
    while true {
      guard let scalar = peek(), scalar != "\n" else {
        report(
          .unterminatedString, Message("lexer-unterminated-string"), from: start,
          fixIt: Message("lexer-unterminated-string-fix"))
        return Token(kind: .string(String(value)), span: span(from: start))
      }
      position += 1
      if scalar == "\"" { break }
      if scalar != "\\" {
        value.append(scalar)
        continue
      }
      let escapeStart = position - 1
      guard let escaped = peek() else { continue }
      position += 1
      switch escaped {
      case "n": value.append("\n")
      case "t": value.append("\t")
      case "\"": value.append("\"")
      case "\\": value.append("\\")
      case "u":
        if let decoded = lexUnicodeEscape() {
          value.append(decoded)
        } else {
          report(.invalidEscape, Message("lexer-invalid-unicode-escape"), from: escapeStart)
        }
      default:
        report(
          .invalidEscape, Message("lexer-unknown-escape", ["escape": .text(String(escaped))]),
          from: escapeStart,
          fixIt: Message("lexer-unknown-escape-fix"))
      }
    }
    return Token(kind: .string(String(value)), span: span(from: start))
  }

  private mutating func lexUnicodeEscape() -> Unicode.Scalar? {
    guard peek() == "{" else { return nil }
    var digits = ""
    var offset = 1
    while let scalar = peek(offset), scalar != "}", offset < 10 {
      digits.unicodeScalars.append(scalar)
      offset += 1
    }
    guard peek(offset) == "}", let code = UInt32(digits, radix: 16), let result = Unicode.Scalar(code) else {
      return nil
    }
    position += offset + 1
    return result
  }
}

extension Message {
  /// E0316 from the lexer: `budget` as mplan prints a size (`2 GB`).
  static func tooLargeForMemory(budget: String) -> Message {
    Message("lexer-too-large-for-memory", ["budget": .value(budget)])
  }
}
