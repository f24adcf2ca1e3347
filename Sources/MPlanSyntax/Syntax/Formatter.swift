/// Lays a script out in mplan's one canonical form, as `gofmt` does for Go and `hledger print`
/// for journals, so that two people's edits make small diffs and merge cleanly.
///
/// The formatter works on the tokens as written (a number keeps its spelling: `10,000` stays
/// `10,000`) and on the comments between them; the parsed statements only tell it what each
/// token is (a block's brace, a field's name, a funnel stage). It moves tokens between lines
/// only where the parser ignores line ends (inside `[ ]`) and reorders only the fields of a
/// plan block, which are independent values. Before it hands back a layout it reads the result
/// again and refuses (`E0501`) one whose tokens differ from what it meant to write.
public enum Formatter {
  /// A `[ ]` list laid out one item per line ends with a comma after its last item, so that
  /// adding an item is a one-line diff (the parser reads a trailing comma in every list).
  /// Values split after `,` outside brackets never get one (the line would go on).
  public static let writesTrailingCommas = true
  /// Lines longer than this have their longest list laid out one item per line.
  public static let lineWidth = 100
  /// A list with more items than this is laid out one item per line whatever its width.
  public static let itemsOnOneLine = 10
  package static let indentUnit = "  "

  /// A formatted script, or why it was not formatted.
  public struct Result: Sendable {
    /// The formatted text; the original when `diagnostics` holds an error.
    public var text: String
    /// The errors that kept the script from being formatted: it does not parse, or `E0501`.
    public var diagnostics: [Diagnostic]
    /// For each line of `text` (the first at index 0), the 1-based line of the original it
    /// was taken from: tests map diagnostics of the formatted script back with it.
    public var originalLines: [Int]
    /// Whether `text` differs from the original.
    public var isChanged: Bool
  }

  /// Formats a script. A script that does not parse is left as it is, with its diagnostics.
  /// With `keywords` (`en`, `ar`, `fa`, `ru`), every plan keyword and field name is written
  /// in that language's words (`PlanWords`), and the result must parse to the same statements.
  public static func format(_ source: SourceFile, keywords: String? = nil) -> Result {
    // One parse of the whole file's tokens, so spans and token indexes agree (`Parser.parse`
    // may work on two halves); on an error, the diagnostics are the ones `mplan run` shows.
    var (tokens, lexical) = Lexer.tokenize(source)
    var parser = Parser(tokens: tokens)
    parser.sourceScalars = source.scalars
    var statements = parser.parseProgram()
    // A Persian plan's dates read only in its calendar (see `Parser.parse`).
    let (settings, settingProblems) = PlanSettings.read(from: statements)
    let calendar = settings?.calendar ?? .gregorian
    if calendar != .gregorian {
      (tokens, lexical) = Lexer.tokenize(source, calendar: calendar)
      parser = Parser(tokens: tokens)
      parser.sourceScalars = source.scalars
      statements = parser.parseProgram()
    }
    if (lexical + parser.diagnostics + settingProblems).contains(where: { $0.severity == .error }) {
      let errors = Parser.parse(source).diagnostics.filter { $0.severity == .error }
      // Never a silent "formatted": if the two readings disagree, say so.
      let reported =
        errors.isEmpty ? [refusal(name: source.name, reason: Message("format-reason-whole-file"))] : errors
      return Result(text: source.text, diagnostics: reported, originalLines: [], isChanged: false)
    }
    var layout = Layout(
      source: source, tokens: tokens, roles: TokenRoles(tokens: tokens, statements: statements))
    if let keywords {
      for (token, english) in layout.roles.keywordWords {
        layout.renamed[token] = PlanWords.word(english, in: keywords)
      }
    }
    let lines = layout.arrange()
    let text = layout.render(lines)
    let expected = lines.flatMap { line in
      line.tokens.map { layout.renamed[$0].map(Token.Kind.identifier) ?? tokens[$0].kind }
        + (line.appendsComma ? [.symbol(.comma)] : [])
    }
    if let refusal = verify(text, expected: expected, name: source.name, calendar: calendar)
      ?? (keywords == nil
        ? nil
        : verifyWords(text, like: tokens, statements: statements, name: source.name, calendar: calendar))
    {
      return Result(text: source.text, diagnostics: [refusal], originalLines: [], isChanged: false)
    }
    return Result(
      text: text, diagnostics: [], originalLines: lines.map(\.original), isChanged: text != source.text)
  }

  /// `E0501`: the file is left as it was, because `reason`.
  package static func refusal(name: String, reason: Message) -> Diagnostic {
    .error(
      .formatWouldChangeMeaning, Message("format-would-change", ["reason": .message(reason)]),
      at: SourceSpan(fileID: FileNames.id(of: name), start: 0, end: 0, line: 1, column: 1),
      fixIt: Message("format-would-change-fix"))
  }

  /// The refusal when the formatted text does not read back as the tokens the layout meant
  /// to write, or does not parse: a fault of the formatter, never a reason to change a file.
  package static func verify(
    _ text: String, expected: [Token.Kind], name: String, calendar: CalendarSystem = .gregorian
  ) -> Diagnostic? {
    let formatted = SourceFile(name: name, text: text)
    let relexed = Lexer.tokenize(formatted, calendar: calendar).tokens.map(\.kind).filter {
      $0 != .newline && $0 != .endOfFile
    }
    let parsed = Parser.parse(formatted).diagnostics.contains { $0.severity == .error }
    guard relexed != expected || parsed else { return nil }
    let firstDifference =
      zip(relexed, expected).enumerated().first { $0.element.0 != $0.element.1 }?.offset
      ?? min(relexed.count, expected.count)
    return refusal(
      name: name,
      reason: parsed
        ? Message("format-reason-no-parse")
        : Message("format-reason-token", ["token": .count(firstDifference + 1)]))
  }
}

extension Formatter {
  /// The refusal when the script with its keywords rewritten does not parse to the statements
  /// of the original: each keyword read back as its English word, the two token streams must
  /// be the same, and the same tokens must be keywords (a word that became a user's name, or
  /// a name that became a keyword, would change what the plan means).
  package static func verifyWords(
    _ text: String, like tokens: [Token], statements: [Stmt], name: String, calendar: CalendarSystem
  ) -> Diagnostic? {
    func canonical(_ tokens: [Token], _ statements: [Stmt]) -> [Token.Kind] {
      let words = TokenRoles(tokens: tokens, statements: statements).keywordWords
      return tokens.indices.compactMap { index in
        if tokens[index].kind == .newline { return nil }
        return words[index].map { .identifier("keyword " + $0) } ?? tokens[index].kind
      }
    }
    let formatted = SourceFile(name: name, text: text)
    let relexed = Lexer.tokenize(formatted, calendar: calendar).tokens
    var parser = Parser(tokens: relexed)
    parser.sourceScalars = formatted.scalars
    let reparsed = parser.parseProgram()
    guard canonical(relexed, reparsed) != canonical(tokens, statements) else { return nil }
    return refusal(name: name, reason: Message("format-reason-keywords"))
  }
}

/// One line of the formatted script: tokens (indexes into the original's), the comment at its
/// end, and where it came from.
package struct OutputLine {
  package var original: Int
  package var level: Int
  package var tokens: [Int]
  package var comment: String?
  /// A comma the layout adds after the last item of a list split one item per line.
  package var appendsComma = false

  package var isBlank: Bool { tokens.isEmpty && comment == nil }
}

/// Turns the original lines into output lines: indentation from the blocks and brackets open
/// at each line, spacing from what each token is.
package struct Layout {
  package let source: SourceFile
  package let tokens: [Token]
  package let roles: TokenRoles
  /// Keywords written in another language's words (`fmt --keywords`), by token.
  package var renamed: [Int: String] = [:]

  /// The script's lines as written: their tokens (without the line end) and comment.
  package func originalLines() -> [OutputLine] {
    var lines: [OutputLine] = []
    var current = OutputLine(original: 1, level: 0, tokens: [])
    var gapStart = 0
    for (index, token) in tokens.enumerated() {
      switch token.kind {
      case .newline, .endOfFile:
        current.comment = comment(from: gapStart, to: token.span.start)
        lines.append(current)
        current = OutputLine(original: current.original + 1, level: 0, tokens: [])
      default:
        current.tokens.append(index)
      }
      gapStart = token.span.end
    }
    // A file that ends with a line end has no last line of its own.
    if let last = lines.last, last.isBlank, lines.count > 1 { lines.removeLast() }
    return lines
  }

  /// The comment in the space between two tokens, trailing spaces dropped.
  package func comment(from start: Int, to end: Int) -> String? {
    guard start < end, let hash = source.scalars[start..<end].firstIndex(of: "#") else { return nil }
    var last = end
    while last > hash, source.scalars[last - 1].properties.isWhitespace { last -= 1 }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: source.scalars[hash..<last])
    return String(view)
  }

  package func text(of token: Int) -> String { renamed[token] ?? source.text(of: tokens[token].span) }

  /// Indentation levels: one for each block open, one for each line of brackets still open,
  /// and one for a statement or field continued on the next line.
  package func indented(_ lines: [OutputLine]) -> [OutputLine] {
    var blockDepth = 0
    var brackets: [Int] = []  // the line each open bracket was opened on
    var result = lines
    for lineIndex in result.indices {
      let line = result[lineIndex]
      guard let first = line.tokens.first else {
        result[lineIndex].level = blockDepth + Set(brackets).count
        continue
      }
      var open = brackets
      for token in line.tokens {
        guard roles.isClosingBracket(token, kind: tokens[token].kind), !open.isEmpty else { break }
        open.removeLast()
      }
      if roles.blockClose.contains(first) {
        result[lineIndex].level = max(0, blockDepth - 1)
      } else if !brackets.isEmpty {
        result[lineIndex].level = blockDepth + Set(open).count
      } else {
        result[lineIndex].level = blockDepth + (roles.itemStarts.contains(first) ? 0 : 1)
      }
      for token in line.tokens {
        let kind = tokens[token].kind
        if roles.blockOpen.contains(token) {
          blockDepth += 1
        } else if roles.blockClose.contains(token) {
          blockDepth = max(0, blockDepth - 1)
        } else if roles.isOpeningBracket(token, kind: kind) {
          brackets.append(lineIndex)
        } else if roles.isClosingBracket(token, kind: kind), !brackets.isEmpty {
          brackets.removeLast()
        }
      }
    }
    return result
  }

  /// The code of a line, without indentation or comment.
  package func code(of line: OutputLine, padding: [Int: Int]) -> String {
    var text = ""
    for (position, token) in line.tokens.enumerated() {
      if position > 0 { text += separator(line.tokens[position - 1], token) }
      let written = self.text(of: token)
      text += written
      if let width = padding[token], position + 1 < line.tokens.count {
        text += String(repeating: " ", count: max(0, width - written.count))
      }
    }
    return line.appendsComma ? text + "," : text
  }

  package static func isNumber(_ kind: Token.Kind) -> Bool {
    switch kind {
    case .number, .percent, .money: true
    default: false
    }
  }

  /// The space between two tokens on one line.
  package func separator(_ left: Int, _ right: Int) -> String {
    if roles.blockOpen.contains(left) { return roles.blockClose.contains(right) ? "" : " " }
    if roles.blockClose.contains(right) || roles.blockOpen.contains(right) { return " " }
    if roles.fieldNames.contains(right) { return "  " }
    if roles.fieldNames.contains(left) || roles.stageSymbols.contains(left)
      || roles.stageSymbols.contains(right)
    {
      return " "
    }
    let leftKind = tokens[left].kind
    switch tokens[right].kind {
    case .symbol(.comma), .symbol(.semicolon), .symbol(.rightParen), .symbol(.rightBracket),
      .symbol(.rightBrace),
      .symbol(.dot), .symbol(.arrow), .symbol(.colon):
      return ""
    case .symbol(.leftParen):
      // A call: `need(x)`, `f(a)(b)`; otherwise a bracket after a word or operator.
      if case .identifier = leftKind { return "" }
      if leftKind == .symbol(.rightParen) { return "" }
    default: break
    }
    // `1,5%` stays as written: a space would silence the decimal-comma warning (W0006) without
    // the author having chosen the list reading.
    if leftKind == .symbol(.comma), left > 0, tokens[left].span.end == tokens[right].span.start,
      tokens[left - 1].span.end == tokens[left].span.start, Self.isNumber(tokens[left - 1].kind),
      Self.isNumber(tokens[right].kind)
    {
      return ""
    }
    switch leftKind {
    case .symbol(.leftParen), .symbol(.leftBracket), .symbol(.leftBrace), .symbol(.dot), .symbol(.arrow):
      return ""
    case .symbol(.minus) where isPrefixMinus(left), .symbol(.plus) where isPrefixMinus(left):
      return ""
    default:
      return " "
    }
  }

  /// A `-` with no value before it negates (`-5`, `x * -2`); one after a value subtracts.
  package func isPrefixMinus(_ token: Int) -> Bool {
    var previous = token - 1
    while previous >= 0, tokens[previous].kind == .newline { previous -= 1 }
    guard previous >= 0 else { return true }
    switch tokens[previous].kind {
    case .number, .percent, .money, .date, .month, .quarter, .week, .string:
      return false
    case .identifier:
      return roles.fieldNames.contains(previous)
    case .keyword(.true), .keyword(.false), .symbol(.rightParen), .symbol(.rightBracket), .symbol(.percent):
      return false
    case .symbol(.rightBrace):
      return roles.blockClose.contains(previous)
    default:
      return true
    }
  }

  /// The whole text: indentation, code, and comments aligned in runs of commented lines.
  package func render(_ lines: [OutputLine]) -> String {
    let padding = roles.padding(for: lines, text: text(of:))
    let codes = lines.map { line -> String in
      line.tokens.isEmpty
        ? "" : String(repeating: Formatter.indentUnit, count: line.level) + code(of: line, padding: padding)
    }
    // Trailing comments on consecutive lines line up; a line too long to line up with (its
    // comment would start past `lineWidth`) keeps its comment to itself and ends the run.
    var commentColumn = codes.map { $0.count + 2 }
    var run: [Int] = []
    for index in 0...lines.count {
      let fits =
        index < lines.count && lines[index].comment != nil && !lines[index].tokens.isEmpty
        && codes[index].count + 2 <= Formatter.lineWidth
      if fits {
        run.append(index)
        continue
      }
      let column = run.map { codes[$0].count + 2 }.max() ?? 0
      for member in run { commentColumn[member] = column }
      run = []
    }
    var text = ""
    for (index, line) in lines.enumerated() {
      var row = codes[index]
      if let comment = line.comment {
        if line.tokens.isEmpty {
          row = String(repeating: Formatter.indentUnit, count: line.level) + comment
        } else {
          row += String(repeating: " ", count: max(1, commentColumn[index] - row.count)) + comment
        }
      }
      text += row + "\n"
    }
    return text
  }
}
