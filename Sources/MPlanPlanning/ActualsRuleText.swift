import MPlanLanguage
import MPlanSyntax

/// Reads a rule as written in a `rule` field:
///
///     rule "Campaign like 'Search | Brand | *' and not Campaign ~ /retarget/ => action brand"
///     rule "Clicks > 1000 => channel Search"
///     rule "Stage = MQL => stage mqls"
///
/// Conditions joined by `and`, each `[not] COLUMN TEST`: `~ /regex/` (or `~ 'regex'`: the
/// cell contains a match), `like 'glob'` (the whole cell: `*` any run, `?` one character),
/// `= text`, `!= text`, `< n`, `<=`, `>`, `>=`. A test with no column reads the key column.
/// Columns and texts with spaces go in single quotes. Matching ignores case, as hledger's
/// CSV rules do. After `=>`, one or more of `action NAME`, `channel NAME`, `stage STAGE`.
package struct ActualsRuleText {
  package struct Failure: Error {
    package var message: Message
    /// The 0-based character in the rule's text.
    package var offset: Int
  }

  private let characters: [Character]
  private var position = 0

  private init(_ text: String) { characters = Array(text) }

  package static func parse(_ text: String, span: SourceSpan, label: Message) throws -> ActualsRule {
    var reader = ActualsRuleText(text)
    do {
      return try reader.rule(span: span, label: label)
    } catch let failure as Failure {
      throw Diagnostic.error(
        .actualsBadRule,
        Message(
          "actuals-rule-unreadable",
          [
            "rule": .message(label), "problem": .message(failure.message),
            "character": .count(failure.offset + 1),
          ]),
        at: place(of: failure.offset, in: text, field: span),
        notes: [Message("actuals-rule-unreadable-note")],
        fixIt: Message("actuals-rule-unreadable-fix"))
    }
  }

  /// Reads one cell of a rules table: empty is any value, `/regex/` a pattern, `>100` (and
  /// `<`, `>=`, `<=`, `=`, `!=`) a comparison, `!glob` its negation, anything else a glob.
  package static func cell(_ text: String, column: String) throws -> ActualsRule.Condition? {
    var cell = text.trimmingSpaces
    guard !cell.isEmpty else { return nil }
    var negated = false
    if cell.hasPrefix("!"), !cell.hasPrefix("!=") {
      negated = true
      cell.removeFirst()
    }
    var reader = ActualsRuleText(cell)
    let test: ActualsRule.Test
    if cell.hasPrefix("/") {
      test = try reader.regexLiteral()
    } else if let operation = ["<=", ">=", "!=", "<", ">", "="].first(where: { cell.hasPrefix($0) }) {
      reader.position = operation.count
      test = try reader.comparison(operation)
    } else {
      test = .glob(Array(cell.lowercased()))
    }
    return .init(column: column, negated: negated, test: test, onKey: false)
  }

  /// The place of the rule's character `offset` in the script: the field's span ends at the
  /// closing quote, so with no escape in the string each character is one column. With one
  /// the columns shift, and the whole field is the place.
  private static func place(of offset: Int, in text: String, field: SourceSpan) -> SourceSpan {
    let scalars = text.unicodeScalars
    guard !scalars.contains("\\"), !scalars.contains("\""), text.allSatisfy({ $0.unicodeScalars.count == 1 })
    else {
      return field
    }
    let open = field.end - scalars.count - 2
    guard open >= field.start else { return field }
    let start = open + 1 + offset
    return SourceSpan(
      file: field.file, start: start, end: start + 1, line: field.line,
      column: field.column + (start - field.start))
  }

  // MARK: - The grammar

  private mutating func rule(span: SourceSpan, label: Message) throws -> ActualsRule {
    var conditions = [try condition()]
    while word("and") { conditions.append(try condition()) }
    skipSpaces()
    guard symbol("=>") else { throw fail(Message("actuals-rule-expected-arrow")) }
    var rule = ActualsRule(conditions: conditions, span: span, label: label)
    repeat {
      let start = position
      guard let what = bareWord() else { throw fail(Message("actuals-rule-expected-assignment")) }
      guard let name = try text() else {
        throw fail(Message("actuals-rule-expected-name", ["word": .text(what)]))
      }
      switch what.lowercased() {
      case "action": rule.action = name
      case "channel": rule.channel = name
      case "stage":
        guard let stage = ActualsStage.allCases.first(where: { $0.field == name.lowercased() }) else {
          throw Failure(
            message: Message(
              "actuals-rule-no-such-stage",
              [
                "name": .text(name),
                "stages": .text(ActualsStage.allCases.map(\.field).joined(separator: ", ")),
              ]),
            offset: start)
        }
        rule.stage = stage
      default:
        throw Failure(message: Message("actuals-rule-assigns", ["word": .text(what)]), offset: start)
      }
    } while symbol(",")
    skipSpaces()
    guard position == characters.count else { throw fail(Message("actuals-rule-expected-end")) }
    return rule
  }

  private mutating func condition() throws -> ActualsRule.Condition {
    let negated = word("not")
    skipSpaces()
    // A pattern with no column reads the key column: `rule "/^Search/ => channel Search"`,
    // `rule "'Search*' => channel Search"`; a quoted text followed by a test is a heading.
    if peek == "/" {
      return .init(column: "", negated: negated, test: try regexLiteral(), onKey: true)
    }
    if peek == "'" {
      let save = position
      let pattern = try text() ?? ""
      skipSpaces()
      let followedByTest =
        ["~", "=", "!", "<", ">"].contains(peek.map(String.init) ?? "") || lookingAtWord("like")
      if !followedByTest || lookingAt("=>") {
        return .init(column: "", negated: negated, test: .glob(Array(pattern.lowercased())), onKey: true)
      }
      position = save
    }
    guard let column = try text() else { throw fail(Message("actuals-rule-expected-column")) }
    skipSpaces()
    let test: ActualsRule.Test
    if symbol("~") {
      skipSpaces()
      if peek == "/" {
        test = try regexLiteral()
      } else {
        let start = position
        guard let pattern = try text() else {
          throw fail(Message("actuals-rule-expected-pattern", ["operator": .text("~")]))
        }
        test = try Self.compile(pattern, at: start + 1)
      }
    } else if word("like") {
      guard let pattern = try text() else {
        throw fail(Message("actuals-rule-expected-pattern", ["operator": .text("like")]))
      }
      test = .glob(Array(pattern.lowercased()))
    } else if let operation = ["<=", ">=", "!=", "<", ">", "="].first(where: { symbol($0) }) {
      test = try comparison(operation)
    } else {
      throw fail(Message("actuals-rule-expected-test"))
    }
    return .init(column: column, negated: negated, test: test, onKey: false)
  }

  private mutating func comparison(_ operation: String) throws -> ActualsRule.Test {
    let start = position
    guard let value = try text() else {
      throw fail(Message("actuals-rule-expected-value", ["operator": .text(operation)]))
    }
    if operation == "=" { return .equals(value) }
    guard let number = ActualsText.amount(value)?.value else {
      if operation == "!=" { return .equals(value) }
      throw Failure(
        message: Message("actuals-rule-not-a-number", ["operator": .text(operation), "value": .text(value)]),
        offset: start)
    }
    return .compare(operation, number)
  }

  /// `/…/`: the text up to the next `/` not after a backslash (`\/` is a slash).
  private mutating func regexLiteral() throws -> ActualsRule.Test {
    let open = position
    position += 1
    var pattern = ""
    while position < characters.count, characters[position] != "/" {
      if characters[position] == "\\", position + 1 < characters.count, characters[position + 1] == "/" {
        position += 1
      }
      pattern.append(characters[position])
      position += 1
    }
    guard position < characters.count else {
      throw Failure(message: Message("actuals-rule-slash-not-closed"), offset: open)
    }
    position += 1
    return try Self.compile(pattern, at: open + 1)
  }

  /// Compiles a regular expression at run time (the standard library's, no Foundation),
  /// ignoring case; a pattern that does not compile is reported at the character where it
  /// goes wrong: the end of the shortest start of it that does not compile (the `(` never
  /// closed, the second `*` of `a**`). The error itself carries no position.
  private static func compile(_ pattern: String, at offset: Int) throws -> ActualsRule.Test {
    do {
      return .regex(try Regex(pattern).ignoresCase())
    } catch {
      let characters = Array(pattern)
      var length = 1
      while length < characters.count, (try? Regex(String(characters[..<length]))) != nil { length += 1 }
      throw Failure(
        message: Message(
          "actuals-rule-regex",
          ["pattern": .text(pattern), "character": .count(length), "error": .text(String(describing: error))]),
        offset: offset + length - 1)
    }
  }

  // MARK: - Characters

  private var peek: Character? { position < characters.count ? characters[position] : nil }

  private mutating func skipSpaces() {
    while let next = peek, next.isWhitespace { position += 1 }
  }

  private func fail(_ message: Message) -> Failure {
    Failure(message: message, offset: min(position, characters.count))
  }

  private mutating func symbol(_ text: String) -> Bool {
    skipSpaces()
    let wanted = Array(text)
    guard position + wanted.count <= characters.count,
      Array(characters[position..<position + wanted.count]) == wanted
    else { return false }
    // `=` is not the start of `=>`, nor `<` of `<=`.
    if text == "=" || text == "<" || text == ">", position + 1 < characters.count,
      characters[position + 1] == ">" || characters[position + 1] == "="
    {
      return false
    }
    position += wanted.count
    return true
  }

  private func lookingAt(_ text: String) -> Bool {
    let wanted = Array(text)
    return position + wanted.count <= characters.count
      && Array(characters[position..<position + wanted.count]) == wanted
  }

  private func lookingAtWord(_ text: String) -> Bool {
    var copy = self
    return copy.word(text)
  }

  private mutating func word(_ text: String) -> Bool {
    skipSpaces()
    let save = position
    if let found = bareWord(), found.lowercased() == text { return true }
    position = save
    return false
  }

  private mutating func bareWord() -> String? {
    skipSpaces()
    let start = position
    while let next = peek, next.isLetter || next.isNumber || next == "_" || next == "-" || next == "." {
      position += 1
    }
    return position > start ? String(characters[start..<position]) : nil
  }

  /// A bare word or a single-quoted text (`''` is a quote inside it).
  private mutating func text() throws -> String? {
    skipSpaces()
    guard peek == "'" else { return bareWord() }
    let open = position
    position += 1
    var result = ""
    while position < characters.count {
      if characters[position] == "'" {
        if position + 1 < characters.count, characters[position + 1] == "'" {
          result.append("'")
          position += 2
          continue
        }
        position += 1
        return result
      }
      result.append(characters[position])
      position += 1
    }
    throw Failure(message: Message("actuals-rule-quote-not-closed"), offset: open)
  }
}
