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
///
/// It reads UTF-8 bytes, not Characters: every syntax mark is ASCII, and a message is parsed
/// the first time it is said, at start-up too, where walking Characters cost ~120 K
/// instructions a message (issue 26). Text between marks is decoded whole; columns in errors
/// are still counted in characters.
struct CatalogueParser {
  private let file: String
  private let bytes: [UInt8]
  private var index = 0
  private var line = 1
  private var lineStart = 0

  init(file: String, text: String) {
    self.file = file
    bytes = Array(text.utf8)
  }

  /// One entry of a catalogue already held as bytes (`CatalogueIndex`).
  init(file: String, bytes: ArraySlice<UInt8>) {
    self.file = file
    self.bytes = Array(bytes)
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
      if isLineEnd(at: index) {
        advanceLine()
      } else if character == UInt8(ascii: "#") {
        while peek != nil, !isLineEnd(at: index) { index += 1 }
      } else if Self.isLetter(character) {
        let keyColumn = column
        let key = identifier()
        skipSpaces()
        guard peek == UInt8(ascii: "=") else { throw error("expected `=` after the key `\(key)`") }
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
      } else if character == UInt8(ascii: " ") {
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
    var textStart = index
    func flush() {
      if textStart < index { pieces.append(.text(String(decoding: bytes[textStart..<index], as: UTF8.self))) }
    }
    while let character = peek {
      if character == UInt8(ascii: "{") {
        flush()
        pieces.append(.element(try parsePlaceable()))
      } else if character == UInt8(ascii: "}") {
        throw error("a `}` in text: write `{\"}\"}` for a literal brace")
      } else if isLineEnd(at: index) {
        flush()
        guard let (blankLines, indent) = try continuation(inVariant: inVariant) else {
          textStart = index
          break
        }
        pieces.append(.lineBreak(blankLines: blankLines, indent: indent))
      } else {
        index += 1
        continue
      }
      textStart = index
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
    while probe < bytes.count, isLineEnd(at: probe) {
      blankLines += 1
      probe += bytes[probe] == UInt8(ascii: "\r") ? 2 : 1
      indent = 0
      while probe < bytes.count, bytes[probe] == UInt8(ascii: " ") {
        probe += 1
        indent += 1
      }
    }
    guard indent > 0, probe < bytes.count else { return nil }
    let first = Character(Unicode.Scalar(bytes[probe]))
    if inVariant, first == "[" || first == "*" || first == "}" { return nil }
    // Consume the line breaks for real, keeping line numbers right.
    while index < probe {
      if isLineEnd(at: index) { advanceLine() } else { index += 1 }
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
    if peek == UInt8(ascii: "$") {
      index += 1
      guard let first = peek, Self.isLetter(first) else {
        throw error("expected an argument name after `$`")
      }
      let name = identifier()
      skipBlank()
      if peek == UInt8(ascii: "-"), next == UInt8(ascii: ">") {
        index += 2
        element = try parseSelect(on: name)
      } else {
        element = .argument(name)
      }
    } else if peek == UInt8(ascii: "\"") {
      element = .text(try stringLiteral())
    } else if let first = peek, first == UInt8(ascii: "-") || Self.isLetter(first) {
      throw error(
        "terms, message references and functions are not supported: use `{$argument}` or `{\"text\"}`")
    } else {
      throw error("expected `$argument` or `\"text\"` inside `{ }`")
    }
    skipBlank()
    guard peek == UInt8(ascii: "}") else { throw error("expected `}` to close the placeable") }
    index += 1
    return element
  }

  private mutating func parseSelect(on name: String) throws(CatalogueError) -> Pattern.Element {
    var variants: [Pattern.Variant] = []
    var defaultIndex: Int?
    skipSpaces()
    guard peek != nil, isLineEnd(at: index) else {
      throw error("put each variant on a line of its own after `->`")
    }
    while true {
      skipBlank()
      guard let character = peek else { throw error("the selector on `$\(name)` is not closed with `}`") }
      if character == UInt8(ascii: "}") { break }
      if character == UInt8(ascii: "*") {
        guard defaultIndex == nil else { throw error("a selector has one default variant (`*[…]`), not two") }
        defaultIndex = variants.count
        index += 1
      }
      guard peek == UInt8(ascii: "[") else {
        throw error("expected a variant: `[one] text`, or `*[other] text` for the default")
      }
      index += 1
      skipSpaces()
      let key = identifier()
      guard !key.isEmpty else {
        throw error("expected a plural category (`one`, `few`, `other`…), a number or a word")
      }
      skipSpaces()
      guard peek == UInt8(ascii: "]") else { throw error("expected `]` after the variant key `\(key)`") }
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
    var runStart = index
    while let character = peek, character != UInt8(ascii: "\"") {
      guard !isLineEnd(at: index) else {
        throw error("a string literal ends on its own line: close it with `\"`")
      }
      guard character == UInt8(ascii: "\\") else {
        index += 1
        continue
      }
      text += String(decoding: bytes[runStart..<index], as: UTF8.self)
      index += 1
      switch peek {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"):
        text.unicodeScalars.append(Unicode.Scalar(peek!))
        index += 1
      case UInt8(ascii: "u"):
        let hex = String(decoding: bytes[(index + 1)..<min(index + 5, bytes.count)], as: UTF8.self)
        guard hex.count == 4, let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else {
          throw error("expected four hexadecimal digits after `\\u`")
        }
        text.unicodeScalars.append(scalar)
        index += 5
      default:
        throw error("unknown escape in a string literal: use `\\\"`, `\\\\` or `\\uHHHH`")
      }
      runStart = index
    }
    text += String(decoding: bytes[runStart..<index], as: UTF8.self)
    guard peek == UInt8(ascii: "\"") else { throw error("a string literal is not closed with `\"`") }
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

  private var peek: UInt8? { index < bytes.count ? bytes[index] : nil }
  private var next: UInt8? { index + 1 < bytes.count ? bytes[index + 1] : nil }
  /// In characters, as an editor counts them, though the parser walks bytes.
  private var column: Int { String(decoding: bytes[lineStart..<index], as: UTF8.self).count + 1 }

  /// `\n`, or `\r\n` (one line end, as Swift's Characters count it; a lone `\r` is text).
  private func isLineEnd(at position: Int) -> Bool {
    bytes[position] == UInt8(ascii: "\n")
      || (bytes[position] == UInt8(ascii: "\r") && position + 1 < bytes.count
        && bytes[position + 1] == UInt8(ascii: "\n"))
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
      || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
  }

  private mutating func advanceLine() {
    index += bytes[index] == UInt8(ascii: "\r") ? 2 : 1
    line += 1
    lineStart = index
  }

  private mutating func identifier() -> String {
    let start = index
    while let byte = peek,
      Self.isLetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        || byte == UInt8(ascii: "-")
        || byte == UInt8(ascii: "_")
    {
      index += 1
    }
    return String(decoding: bytes[start..<index], as: UTF8.self)
  }

  private mutating func skipSpaces() {
    while peek == UInt8(ascii: " ") { index += 1 }
  }

  /// Spaces and line breaks, which separate the parts of a placeable.
  private mutating func skipBlank() {
    while peek != nil, peek == UInt8(ascii: " ") || isLineEnd(at: index) {
      if peek == UInt8(ascii: " ") { index += 1 } else { advanceLine() }
    }
  }

  private func error(_ message: String) -> CatalogueError {
    CatalogueError(file: file, line: line, column: column, message: message)
  }
}
