/// A malformed catalogue: where, and what to write instead.
public struct CatalogueError: Error, Sendable, Equatable, CustomStringConvertible {
  public let file: String
  public let line: Int
  public let column: Int
  public let message: String

  public init(file: String, line: Int, column: Int, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
  }

  public var description: String { "\(file):\(line):\(column): \(message)" }
}

/// Reads the subset of Project Fluent's syntax that mplan's catalogues use (docs/messages.md):
/// `# comments`, `key = text {$arg} text`, text continued on indented lines (their common
/// indentation removed), `{"{"}` for a literal brace, and selectors
/// `{$n -> [one] … *[other] …}` with one variant a line. Attributes, terms, functions and
/// message references are Fluent's but not read here: each is an error that says so.
struct CatalogueParser {
  private let file: String
  private let characters: [Character]
  private var index = 0
  private var line = 1
  private var lineStart = 0

  init(file: String, text: String) {
    self.file = file
    characters = Array(text)
  }

  /// A piece of a pattern before its indentation is known.
  private enum Piece {
    case text(String)
    case element(Pattern.Element)
    /// A line break that continues the pattern: the blank lines before the next line, and
    /// that line's indentation.
    case lineBreak(blankLines: Int, indent: Int)
  }

  mutating func parseEntries() throws(CatalogueError) -> [String: Pattern] {
    var patterns: [String: Pattern] = [:]
    while let character = peek {
      if Self.isLineEnd(character) {
        advanceLine()
      } else if character == "#" {
        while let next = peek, !Self.isLineEnd(next) { index += 1 }
      } else if character.isASCII, character.isLetter {
        let keyColumn = column
        let key = identifier()
        skipSpaces()
        guard peek == "=" else { throw error("expected `=` after the key `\(key)`") }
        index += 1
        skipSpaces()
        guard patterns[key] == nil else {
          throw CatalogueError(
            file: file, line: line, column: keyColumn, message: "the key `\(key)` is defined twice")
        }
        let pattern = try parsePattern(inVariant: false)
        guard !pattern.elements.isEmpty else {
          throw CatalogueError(
            file: file, line: line, column: keyColumn, message: "the key `\(key)` has no text")
        }
        patterns[key] = pattern
      } else if character == " " {
        throw error(
          "an indented line continues a message: indent it under a `key = …` line, or remove the spaces")
      } else {
        throw error("expected a key (`name = text`) or a `#` comment at the start of the line")
      }
    }
    return patterns
  }

  /// Text and placeables up to the end of the message (a line that is not indented) or, in a
  /// variant, up to the next variant or the selector's `}`.
  private mutating func parsePattern(inVariant: Bool) throws(CatalogueError) -> Pattern {
    var pieces: [Piece] = []
    var text = ""
    func flush() {
      if !text.isEmpty { pieces.append(.text(text)) }
      text = ""
    }
    while let character = peek {
      if character == "{" {
        flush()
        pieces.append(.element(try parsePlaceable()))
      } else if character == "}" {
        throw error("a `}` in text: write `{\"}\"}` for a literal brace")
      } else if Self.isLineEnd(character) {
        guard let (blankLines, indent) = try continuation(inVariant: inVariant) else { break }
        flush()
        pieces.append(.lineBreak(blankLines: blankLines, indent: indent))
      } else {
        text.append(character)
        index += 1
      }
    }
    flush()
    return Self.dedented(pieces)
  }

  /// At a line end: whether the next non-blank line continues the pattern, and if so moves
  /// to its first character.
  private mutating func continuation(inVariant: Bool) throws(CatalogueError) -> (Int, Int)? {
    var probe = index
    var blankLines = -1
    var indent = 0
    // Skip blank lines; stop at the first line with something on it.
    while probe < characters.count, Self.isLineEnd(characters[probe]) {
      blankLines += 1
      probe += 1
      indent = 0
      while probe < characters.count, characters[probe] == " " {
        probe += 1
        indent += 1
      }
    }
    guard indent > 0, probe < characters.count else { return nil }
    let first = characters[probe]
    if inVariant, first == "[" || first == "*" || first == "}" { return nil }
    // Consume the line breaks for real, keeping line numbers right.
    while index < probe {
      if Self.isLineEnd(characters[index]) { advanceLine() } else { index += 1 }
    }
    if first == "[" || first == "*" {
      throw error(
        "a line of text cannot start with `\(first)` (Fluent reads it as a variant): write {\"\(first)\"}")
    }
    if first == "." { throw error("attributes (`.name = …`) are not supported: make it a key of its own") }
    if first == "}" { throw error("a `}` with no selector open: write {\"}\"} for a literal brace") }
    return (blankLines, indent)
  }

  /// `{$name}`, `{"literal"}` or `{$name -> variants}`.
  private mutating func parsePlaceable() throws(CatalogueError) -> Pattern.Element {
    index += 1
    skipBlank()
    let element: Pattern.Element
    if peek == "$" {
      index += 1
      guard let first = peek, first.isASCII, first.isLetter else {
        throw error("expected an argument name after `$`")
      }
      let name = identifier()
      skipBlank()
      if peek == "-", next == ">" {
        index += 2
        element = try parseSelect(on: name)
      } else {
        element = .argument(name)
      }
    } else if peek == "\"" {
      element = .text(try stringLiteral())
    } else if let first = peek, first == "-" || (first.isASCII && first.isLetter) {
      throw error(
        "terms, message references and functions are not supported: use `{$argument}` or `{\"text\"}`")
    } else {
      throw error("expected `$argument` or `\"text\"` inside `{ }`")
    }
    skipBlank()
    guard peek == "}" else { throw error("expected `}` to close the placeable") }
    index += 1
    return element
  }

  private mutating func parseSelect(on name: String) throws(CatalogueError) -> Pattern.Element {
    var variants: [Pattern.Variant] = []
    var defaultIndex: Int?
    skipSpaces()
    guard let end = peek, Self.isLineEnd(end) else {
      throw error("put each variant on a line of its own after `->`")
    }
    while true {
      skipBlank()
      guard let character = peek else { throw error("the selector on `$\(name)` is not closed with `}`") }
      if character == "}" { break }
      if character == "*" {
        guard defaultIndex == nil else { throw error("a selector has one default variant (`*[…]`), not two") }
        defaultIndex = variants.count
        index += 1
      }
      guard peek == "[" else {
        throw error("expected a variant: `[one] text`, or `*[other] text` for the default")
      }
      index += 1
      skipSpaces()
      let key = identifier()
      guard !key.isEmpty else {
        throw error("expected a plural category (`one`, `few`, `other`…), a number or a word")
      }
      skipSpaces()
      guard peek == "]" else { throw error("expected `]` after the variant key `\(key)`") }
      index += 1
      skipSpaces()
      variants.append(Pattern.Variant(key: key, value: try parsePattern(inVariant: true)))
    }
    guard let defaultIndex else {
      throw error("the selector on `$\(name)` needs a default variant: mark one `*[other]`")
    }
    return .select(name, variants, defaultIndex: defaultIndex)
  }

  /// `"…"` with Fluent's escapes `\"`, `\\` and `\uHHHH`.
  private mutating func stringLiteral() throws(CatalogueError) -> String {
    index += 1
    var text = ""
    while let character = peek, character != "\"" {
      guard !Self.isLineEnd(character) else {
        throw error("a string literal ends on its own line: close it with `\"`")
      }
      index += 1
      guard character == "\\" else {
        text.append(character)
        continue
      }
      switch peek {
      case "\"", "\\":
        text.append(peek!)
        index += 1
      case "u":
        let hex = String(characters[(index + 1)..<min(index + 5, characters.count)])
        guard hex.count == 4, let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else {
          throw error("expected four hexadecimal digits after `\\u`")
        }
        text.unicodeScalars.append(scalar)
        index += 5
      default:
        throw error("unknown escape in a string literal: use `\\\"`, `\\\\` or `\\uHHHH`")
      }
    }
    guard peek == "\"" else { throw error("a string literal is not closed with `\"`") }
    index += 1
    return text
  }

  /// Removes the indentation the continued lines share; the first line (after `=`) has none.
  private static func dedented(_ pieces: [Piece]) -> Pattern {
    let common =
      pieces.compactMap { piece -> Int? in
        if case .lineBreak(_, let indent) = piece { return indent }
        return nil
      }.min() ?? 0
    var elements: [Pattern.Element] = []
    var text = ""
    for (position, piece) in pieces.enumerated() {
      switch piece {
      case .text(let literal):
        text += literal
      case .element(.text(let literal)):
        text += literal
      case .element(let element):
        if !text.isEmpty { elements.append(.text(text)) }
        text = ""
        elements.append(element)
      case .lineBreak(let blankLines, let indent):
        // A pattern that starts on the line below its key starts with that line's text.
        if position > 0 { text += String(repeating: "\n", count: blankLines + 1) }
        text += String(repeating: " ", count: indent - common)
      }
    }
    while text.last == " " { text.removeLast() }
    if !text.isEmpty { elements.append(.text(text)) }
    return Pattern(elements: elements)
  }

  private var peek: Character? { index < characters.count ? characters[index] : nil }
  private var next: Character? { index + 1 < characters.count ? characters[index + 1] : nil }
  private var column: Int { index - lineStart + 1 }

  private static func isLineEnd(_ character: Character) -> Bool { character == "\n" || character == "\r\n" }

  private mutating func advanceLine() {
    index += 1
    line += 1
    lineStart = index
  }

  private mutating func identifier() -> String {
    var name = ""
    while let character = peek, character.isASCII,
      character.isLetter || character.isNumber || character == "-" || character == "_"
    {
      name.append(character)
      index += 1
    }
    return name
  }

  private mutating func skipSpaces() {
    while peek == " " { index += 1 }
  }

  /// Spaces and line breaks, which separate the parts of a placeable.
  private mutating func skipBlank() {
    while let character = peek, character == " " || Self.isLineEnd(character) {
      if character == " " { index += 1 } else { advanceLine() }
    }
  }

  private func error(_ message: String) -> CatalogueError {
    CatalogueError(file: file, line: line, column: column, message: message)
  }
}
