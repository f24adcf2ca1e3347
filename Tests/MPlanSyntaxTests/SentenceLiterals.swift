import Foundation

/// Finds the string literals of a Swift source that read as sentences a user would see: the
/// guard that keeps words in the catalogues (docs/messages.md, "Keeping words out of the
/// code"). A literal reads as a sentence when its text, with each interpolation `\(…)` taken
/// as one placeholder, holds two words of at least two letters each with a space between them
/// ("has no owner", "goal `…` has no owner"); a key, a code, a path, a format token or a
/// single word does not. Comments are skipped; so are the literals of a `case "…":` pattern,
/// which match what a user typed rather than say anything to them.
struct SentenceLiterals {
  struct Literal: Equatable {
    let line: Int
    /// The literal's text, each interpolation written `…`.
    let text: String
  }

  /// Every literal of `source` that reads as a sentence, with its line.
  static func find(in source: String) -> [Literal] {
    literals(in: source).filter { isSentence($0.text) && !isCasePattern($0, in: source) }
  }

  /// Markup (`<Properties xmlns="…">`, `<!-- written by mplan export -->`) is the file
  /// format's, not words to a reader: tags and comments are dropped before looking.
  /// A tag the literal leaves open (`<xf numFmtId="…" fontId="…"`, closed by the next) is
  /// markup too; so is a style sheet, whose every line ends a rule or a declaration.
  static func isSentence(_ text: String) -> Bool {
    if isStyleSheet(text) { return false }
    let words = text.replacing(/<[^<>]*(?:>|$)/, with: " ")
    guard words.contains(/\p{L}{2,} \p{L}{2,}/) else { return false }
    return !notSaid.contains(text) && !stableNames.contains(text)
  }

  /// Names a data format writes that scripts and formulas read, the same in every language
  /// (docs/export.md, "Names that stay English"): the xlsx sheets and headings that are not a
  /// grid's keys, and the application a workbook names as its author.
  static let stableNames: Set<String> = [
    "Funnel stages", "Open items", "checks passed", "counts for", "reserve share",
    "<Application>mplan export</Application></Properties>",
  ]

  /// CSS (`td bdi { unicode-bidi: isolate; }`): rules whose lines each end in `{`, `}`, `;` or
  /// `,`, the selectors' words being the format's.
  static func isStyleSheet(_ text: String) -> Bool {
    let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
      !$0.isEmpty
    }
    return text.contains("{") && text.contains(":")
      && lines.allSatisfy { line in line.last.map { "{};,".contains($0) } ?? true }
  }

  /// Literals that read as sentences but are not said to a user: words mplan reads in a
  /// goal's title to find its means (SMARTRules.meansWords), in the articles' languages.
  static let notSaid: Set<String> = ["من خلال", "с помощью", "از طریق"]

  private static func isCasePattern(_ literal: Literal, in source: String) -> Bool {
    let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    let line = lines[literal.line - 1].trimmingCharacters(in: .whitespaces)
    return line.hasPrefix("case \"")
  }

  /// The string literals of a Swift source, outside comments, with their text as written
  /// (escapes kept as typed, interpolations as `…`). Handles `"…"`, `"""…"""` and raw
  /// strings (`#"…"#`), and literals nested in interpolations.
  static func literals(in source: String) -> [Literal] {
    var scanner = Scanner(characters: Array(source))
    scanner.scanCode(until: nil)
    return scanner.found
  }

  private struct Scanner {
    let characters: [Character]
    var position = 0
    var line = 1
    var found: [Literal] = []

    init(characters: [Character]) { self.characters = characters }

    func peek(_ offset: Int = 0) -> Character? {
      position + offset < characters.count ? characters[position + offset] : nil
    }

    mutating func advance() {
      if characters[position] == "\n" { line += 1 }
      position += 1
    }

    func starts(with text: String) -> Bool {
      for (offset, character) in text.enumerated() where peek(offset) != character { return false }
      return true
    }

    /// Code up to an unmatched `)` (the end of an interpolation) or the end of the file.
    mutating func scanCode(until closing: Character?) {
      var depth = 0
      while let character = peek() {
        if starts(with: "//") {
          while let next = peek(), next != "\n" { advance() }
        } else if starts(with: "/*") {
          scanBlockComment()
        } else if character == "#", peek(1) == "#" || peek(1) == "\"" {
          var hashes = 0
          while peek() == "#" {
            hashes += 1
            advance()
          }
          if peek() == "\"" { scanString(hashes: hashes) }
        } else if character == "\"" {
          scanString(hashes: 0)
        } else if character == "(" {
          depth += 1
          advance()
        } else if character == ")" {
          if depth == 0, closing == ")" {
            advance()
            return
          }
          depth -= 1
          advance()
        } else {
          advance()
        }
      }
    }

    mutating func scanBlockComment() {
      var depth = 0
      while peek() != nil {
        if starts(with: "/*") {
          depth += 1
          advance()
          advance()
        } else if starts(with: "*/") {
          depth -= 1
          advance()
          advance()
          if depth == 0 { return }
        } else {
          advance()
        }
      }
    }

    /// A literal from its opening quote; `hashes` is the count of `#` of a raw string.
    mutating func scanString(hashes: Int) {
      let startLine = line
      let multiline = starts(with: "\"\"\"")
      let quote = multiline ? "\"\"\"" : "\""
      for _ in quote { advance() }
      // A multi-line literal's text starts on the line after its quotes.
      if multiline, peek() == "\n" { advance() }
      let close = quote + String(repeating: "#", count: hashes)
      let escape = "\\" + String(repeating: "#", count: hashes)
      var text = ""
      while peek() != nil {
        if starts(with: close) {
          for _ in close { advance() }
          break
        }
        if !multiline, peek() == "\n" { break }
        if starts(with: escape) {
          for _ in escape { advance() }
          if peek() == "(" {
            advance()
            scanCode(until: ")")
            text += "…"
          } else if let escaped = peek() {
            text.append("\\")
            text.append(escaped)
            advance()
          }
          continue
        }
        text.append(peek()!)
        advance()
      }
      found.append(Literal(line: startLine, text: text))
    }
  }
}
