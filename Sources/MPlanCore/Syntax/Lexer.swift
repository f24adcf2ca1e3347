/// Turns a source file into tokens. It never stops at a bad character: it reports it and goes
/// on, so one run shows every lexical error.
public struct Lexer {
  let source: SourceFile
  let scalars: [Unicode.Scalar]
  let fileID: Int32
  var position = 0
  var line = 1
  var lineStart = 0
  public private(set) var diagnostics: [Diagnostic] = []

  static let currencySymbols: [Unicode.Scalar: String] = [
    "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₽": "RUB", "₹": "INR",
  ]
  /// Typographic spellings that people paste from documents, read as the ASCII operator.
  static let symbolAliases: [Unicode.Scalar: Symbol] = [
    "⇒": .fatArrow, "→": .arrow, "×": .star, "÷": .slash, "−": .minus, "≤": .lessEqual,
    "≥": .greaterEqual, "≠": .notEqual,
  ]

  public init(source: SourceFile) {
    self.source = source
    self.scalars = source.scalars
    self.fileID = FileNames.id(of: source.name)
  }

  public static func tokenize(_ source: SourceFile) -> (tokens: [Token], diagnostics: [Diagnostic]) {
    var lexer = Lexer(source: source)
    let tokens = lexer.tokenize()
    return (tokens, lexer.diagnostics)
  }

  public mutating func tokenize() -> [Token] {
    var tokens: [Token] = []
    tokens.reserveCapacity(scalars.count / 3)
    while let token = nextToken() {
      tokens.append(token)
    }
    tokens.append(Token(kind: .endOfFile, span: span(from: position)))
    return tokens
  }

  // MARK: - Scanning

  private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
    let index = position + offset
    return index < scalars.count ? scalars[index] : nil
  }

  private func span(from start: Int) -> SourceSpan {
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

  private mutating func report(
    _ code: DiagnosticCode, _ message: String, from start: Int, fixIt: String? = nil
  ) {
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
        if let currency = Self.currencySymbols[scalar], let next = peek(1), Self.digitValue(next) != nil {
          position += 1
          guard let value = lexNumberValue() else { return Token(kind: .number(0), span: span(from: start)) }
          return Token(kind: .money(value, currency: currency), span: span(from: start))
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
        let shown =
          scalar.properties.isWhitespace || scalar.value < 0x20
          ? "U+\(String(scalar.value, radix: 16, uppercase: true))" : "`\(scalar)`"
        report(.unexpectedCharacter, "unexpected character \(shown)", from: start)
      }
    }
  }

  private mutating func lexSymbol() -> Symbol? {
    guard let scalar = peek() else { return nil }
    let next = peek(1)
    let symbol: Symbol
    var length = 1
    switch scalar {
    case "(": symbol = .leftParen
    case ")": symbol = .rightParen
    case "[": symbol = .leftBracket
    case "]": symbol = .rightBracket
    case "{": symbol = .leftBrace
    case "}": symbol = .rightBrace
    case ",": symbol = .comma
    case ":": symbol = .colon
    case ";": symbol = .semicolon
    case "+": symbol = .plus
    case "*": symbol = .star
    case "/": symbol = .slash
    case "^": symbol = .caret
    case "%": symbol = .percent
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
      guard let alias = Self.symbolAliases[scalar] else { return nil }
      symbol = alias
    }
    position += length
    return symbol
  }

  // MARK: - Identifiers

  static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
    // ASCII first: Unicode property look-ups are the lexer's most expensive step.
    if scalar.isASCII {
      return (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") || scalar == "_"
    }
    return scalar.properties.isAlphabetic && !scalar.properties.isWhitespace
  }

  static func isIdentifierContinue(_ scalar: Unicode.Scalar) -> Bool {
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

  private mutating func lexIdentifier() -> Token {
    let start = position
    while let scalar = peek(), Self.isIdentifierContinue(scalar) { position += 1 }
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
  static let keywords: [String: Keyword] = Dictionary(
    uniqueKeysWithValues: Keyword.allCases.filter { !Keyword.contextual.contains($0) }.map {
      ($0.rawValue, $0)
    })

  /// A name's text, built from bytes when it is ASCII (nearly always), which is much faster.
  static func text(_ slice: ArraySlice<Unicode.Scalar>) -> String {
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
          .unterminatedString, "unterminated string", from: start,
          fixIt: "close the string with `\"` on the same line")
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
          report(.invalidEscape, "invalid unicode escape; write it as \\u{1F600}", from: escapeStart)
        }
      default:
        report(
          .invalidEscape, "unknown escape `\\\(escaped)`", from: escapeStart,
          fixIt: "write `\\\\` for a backslash")
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

  // MARK: - Numbers, dates, percentages

  /// ASCII, Eastern Arabic (٠–٩) and Persian (۰–۹) digits all read as digits.
  static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
    switch scalar.value {
    case 0x30...0x39: Int(scalar.value - 0x30)
    case 0x660...0x669: Int(scalar.value - 0x660)
    case 0x6F0...0x6F9: Int(scalar.value - 0x6F0)
    default: nil
    }
  }

  private func isDigit(at offset: Int) -> Bool {
    peek(offset).flatMap(Self.digitValue) != nil
  }

  private mutating func lexNumberOrDate() -> Token {
    let start = position
    if let token = lexCalendarLiteral() { return token }
    guard let value = lexNumberValue() else { return Token(kind: .number(0), span: span(from: start)) }
    if peek() == "%" {
      position += 1
      return Token(kind: .percent(value / 100), span: span(from: start))
    }
    return Token(kind: .number(value), span: span(from: start))
  }

  /// `2027-12-31`, `2027-03`, `2027-Q2`: four digits and a dash with no spaces. `2027 - 12`
  /// with spaces stays a subtraction.
  private mutating func lexCalendarLiteral() -> Token? {
    guard (0..<4).allSatisfy({ isDigit(at: $0) }), !isDigit(at: 4), peek(4) == "-" else { return nil }
    let start = position
    let year = digits(at: 0, count: 4)
    if peek(5) == "Q" || peek(5) == "q", isDigit(at: 6), !isDigit(at: 7) {
      let quarter = digits(at: 6, count: 1)
      position += 7
      guard (1...4).contains(quarter) else {
        report(.malformedLiteral, "there is no quarter \(quarter); quarters run Q1 to Q4", from: start)
        return Token(kind: .quarter(year: year, quarter: 1), span: span(from: start))
      }
      return Token(kind: .quarter(year: year, quarter: quarter), span: span(from: start))
    }
    guard isDigit(at: 5), isDigit(at: 6), !isDigit(at: 7) else { return nil }
    let month = digits(at: 5, count: 2)
    if peek(7) == "-", isDigit(at: 8), isDigit(at: 9), !isDigit(at: 10) {
      let day = digits(at: 8, count: 2)
      position += 10
      if !(1...12).contains(month) || day < 1 || day > CalendarDay.daysIn(month: month, year: year) {
        report(
          .malformedLiteral, "\(year)-\(pad(month))-\(pad(day)) is not a date in the calendar", from: start)
        return Token(kind: .date(year: year, month: 1, day: 1), span: span(from: start))
      }
      return Token(kind: .date(year: year, month: month, day: day), span: span(from: start))
    }
    position += 7
    guard (1...12).contains(month) else {
      report(.malformedLiteral, "there is no month \(month); months run 01 to 12", from: start)
      return Token(kind: .month(year: year, month: 1), span: span(from: start))
    }
    return Token(kind: .month(year: year, month: month), span: span(from: start))
  }

  private func pad(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }

  private func digits(at offset: Int, count: Int) -> Int {
    (0..<count).reduce(0) { $0 * 10 + Self.digitValue(scalars[position + offset + $1])! }
  }

  /// Digits with `_` anywhere between them, `,` (or Arabic `٬`) before each group of exactly
  /// three, one decimal point (`.` or Arabic `٫`), and a `k`/`M`/`B` suffix.
  private mutating func lexNumberValue() -> Double? {
    let start = position
    var digits = DecimalDigits()
    while let scalar = peek() {
      if let digit = Self.digitValue(scalar) {
        digits.append(digit, inFraction: false)
        position += 1
      } else if scalar == "_", isDigit(at: 1) {
        position += 1
      } else if scalar == "," || scalar == "\u{066C}", isThousandsGroup(at: 1) {
        position += 1
      } else {
        break
      }
    }
    if peek() == "." || peek() == "\u{066B}", isDigit(at: 1) {
      position += 1
      while let scalar = peek() {
        if let digit = Self.digitValue(scalar) {
          digits.append(digit, inFraction: true)
          position += 1
        } else if scalar == "_", isDigit(at: 1) {
          position += 1
        } else {
          break
        }
      }
    }
    guard var value = digits.value else {
      report(.malformedLiteral, "this number is too long to read", from: start)
      return nil
    }
    if let suffix = peek(), let scale = Self.suffixScale[suffix],
      !(peek(1).map(Self.isIdentifierContinue) ?? false)
    {
      position += 1
      value *= scale
    }
    if !value.isFinite {
      report(.malformedLiteral, "this number is too large", from: start)
      return nil
    }
    return value
  }

  static let suffixScale: [Unicode.Scalar: Double] = ["k": 1e3, "K": 1e3, "M": 1e6, "B": 1e9]

  private func isThousandsGroup(at offset: Int) -> Bool {
    isDigit(at: offset) && isDigit(at: offset + 1) && isDigit(at: offset + 2) && !isDigit(at: offset + 3)
  }
}

/// The digits of a number literal, accumulated without allocating. Up to 15 significant
/// digits the integer and the power of ten are exact, so one division gives the correctly
/// rounded double; a longer literal is spelt out and read by `strtod`.
struct DecimalDigits {
  var whole: Int64 = 0
  var digitCount = 0
  var fractionCount = 0
  var longForm: [UInt8]?

  static let powersOfTen: [Double] = (0...15).map { power in
    (0..<power).reduce(1.0) { value, _ in value * 10 }
  }

  mutating func append(_ digit: Int, inFraction: Bool) {
    if longForm == nil, digitCount == 15 {
      // Spell out what we have, with the point where it belongs.
      let text = String(whole)
      var spelt = [UInt8](repeating: 48, count: digitCount - text.count) + Array(text.utf8)
      if fractionCount > 0 { spelt.insert(46, at: digitCount - fractionCount) }
      longForm = spelt
    }
    if longForm != nil {
      if inFraction, fractionCount == 0 { longForm!.append(46) }
      longForm!.append(UInt8(48 + digit))
    } else {
      whole = whole * 10 + Int64(digit)
    }
    digitCount += 1
    if inFraction { fractionCount += 1 }
  }

  var value: Double? {
    if let longForm { return Double(String(decoding: longForm, as: UTF8.self)) }
    return fractionCount == 0 ? Double(whole) : Double(whole) / Self.powersOfTen[fractionCount]
  }
}
