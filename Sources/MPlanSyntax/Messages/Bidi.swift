/// Right-to-left text in a left-to-right terminal (docs/languages.md). Following the terminal
/// working group's "BiDi in Terminal Emulators" recommendation, every line mplan writes keeps
/// a left-to-right paragraph direction, and the right-to-left text inside it is isolated
/// (U+2068 FSI … U+2069 PDI, or U+2067 RLI … PDI for a whole message from a right-to-left
/// catalogue), as Project Fluent isolates its placeables: a terminal with bidi support then
/// lays each isolate out right to left in place, without moving the text around it (a
/// table's columns, a caret's word, the arrow of `10 عملاء → 2,000 عملاء`). The marks are
/// zero-width format characters: columns and carets never count them.
///
/// The older marks (LRM, RLE … PDF) were tried for mlterm 3.9, which draws FSI and PDI as a
/// box a cell wide: it hides them, but lays the line out as if they were not there (a
/// table's row still reversed), so they are not offered (docs/languages.md).
public enum Bidi {
  public static let firstStrongIsolate: Character = "\u{2068}"
  public static let rightToLeftIsolate: Character = "\u{2067}"
  public static let popDirectionalIsolate: Character = "\u{2069}"
  /// Zero-width and strong left to right: it keeps a line's paragraph left to right.
  public static let leftToRightMark: Character = "\u{200E}"

  /// Which marks set right-to-left text apart (`--bidi isolate`); a style for terminals with
  /// no bidi at all (mplan reordering the text itself) would be another case.
  public enum Style: Sendable, Equatable {
    case isolate

    /// Around a right-to-left run, value or cell (`prose`), or a word of a source line.
    func wrap(_ text: String) -> String {
      String(firstStrongIsolate) + text + String(popDirectionalIsolate)
    }

    func wrapRightToLeft(_ text: String) -> String {
      String(rightToLeftIsolate) + text + String(popDirectionalIsolate)
    }
  }

  /// How text is isolated: `prose` for sentences, values and table cells (a number before a
  /// right-to-left word goes with it: `10 عملاء` is one value); `code` for a plan's source
  /// line, where each name or phrase keeps the cells it has in the file, so carets stay
  /// under it.
  public enum Mode: Sendable { case prose, code }

  /// Strong right-to-left: Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms,
  /// letters and the few punctuation marks UAX #9 gives class R or AL (`؛`, `؟`, `۔`); not
  /// their digits (Arabic-Indic digits are numbers, laid out left to right) or marks.
  public static func isStrongRightToLeft(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x061B, 0x061F, 0x06D4, 0x05BE, 0x05C0, 0x05C3, 0x05C6: return true
    case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFE, 0x10800...0x10FFF, 0x1E800...0x1EFFF:
      switch scalar.properties.generalCategory {
      case .otherLetter, .modifierLetter, .uppercaseLetter, .lowercaseLetter: return true
      default: return false
      }
    default: return false
    }
  }

  /// Strong left-to-right: a letter of any other script (Latin, Cyrillic…).
  public static func isStrongLeftToRight(_ scalar: Unicode.Scalar) -> Bool {
    guard !isStrongRightToLeft(scalar), scalar.value >= 0x41 else { return false }
    switch scalar.properties.generalCategory {
    case .otherLetter, .modifierLetter, .uppercaseLetter, .lowercaseLetter, .titlecaseLetter: return true
    default: return false
    }
  }

  public static func containsRightToLeft(_ text: some StringProtocol) -> Bool {
    text.unicodeScalars.contains(where: isStrongRightToLeft)
  }

  /// True when the first strong character is right-to-left (UAX #9's P2, which skips what
  /// is already isolated).
  public static func startsRightToLeft(_ text: some StringProtocol) -> Bool {
    var depth = 0
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x2066...0x2068: depth += 1
      case 0x2069: depth = max(0, depth - 1)
      default:
        guard depth == 0 else { continue }
        if isStrongRightToLeft(scalar) { return true }
        if isStrongLeftToRight(scalar) { return false }
      }
    }
    return false
  }

  /// True when the text already holds bidi marks: someone who knew its structure placed them.
  public static func isIsolated(_ text: some StringProtocol) -> Bool {
    text.unicodeScalars.contains { isMark($0) }
  }

  /// The marks either style writes (and RLM, LRE, RLO, LRO, LRI): zero-width format characters.
  public static func isMark(_ scalar: Unicode.Scalar) -> Bool {
    (0x2066...0x2069).contains(scalar.value) || (0x202A...0x202E).contains(scalar.value)
      || scalar.value == 0x200E || scalar.value == 0x200F
  }

  /// `text` set apart (FSI … PDI) when it holds right-to-left text; as it is otherwise, so
  /// English output stays byte for byte what it was.
  public static func isolated(_ text: String, style: Style = .isolate) -> String {
    containsRightToLeft(text) ? style.wrap(text) : text
  }

  /// A message of a right-to-left catalogue as one right-to-left isolate (RLI, not FSI: the
  /// message may start with a name in backticks, which would make FSI read it left to right).
  public static func isolatedRightToLeft(_ text: String, style: Style = .isolate) -> String {
    containsRightToLeft(text) ? style.wrapRightToLeft(text) : text
  }

  /// One line with its right-to-left text isolated. A line already isolated is kept. Cells of
  /// a table (parts apart by two spaces or more) are isolated one by one, so a row keeps its
  /// columns in order; a part that starts right to left (an Arabic sentence, an Arabic cell)
  /// is one isolate; in a part that starts left to right, each right-to-left run is.
  public static func isolatingLine(_ line: String, mode: Mode = .prose, style: Style = .isolate) -> String {
    guard containsRightToLeft(line) else { return line }
    if isIsolated(line) { return isolatingAround(line, mode: mode, style: style) }
    if mode == .code { return isolatingCode(Array(line), style: style) }
    let characters = Array(line)
    var out = ""
    var index = 0
    while index < characters.count {
      // Copy the gap (the indent, or two spaces and more between cells) as it is.
      var gapEnd = index
      while gapEnd < characters.count, characters[gapEnd] == " " { gapEnd += 1 }
      let isGap = gapEnd - index >= 2 || index == 0 || gapEnd == characters.count
      if isGap, gapEnd > index {
        out += String(characters[index..<gapEnd])
        index = gapEnd
        continue
      }
      var partEnd = index
      while partEnd < characters.count {
        if characters[partEnd] == " ", partEnd + 1 < characters.count, characters[partEnd + 1] == " " {
          break
        }
        partEnd += 1
      }
      out += isolatingPart(Array(characters[index..<partEnd]), mode: mode, style: style)
      index = partEnd
    }
    return out
  }

  private static func isolatingPart(_ part: [Character], mode: Mode, style: Style) -> String {
    let text = String(part)
    guard containsRightToLeft(text) else { return text }
    // A right-to-left sentence or cell is one isolate; one that mixes in left-to-right words
    // or an arrow is isolated run by run, so that `10 عملاء → 2,000 عملاء` keeps its arrow
    // pointing from the first value to the second.
    if mode == .prose, startsRightToLeft(text),
      !text.unicodeScalars.contains(where: { isStrongLeftToRight($0) || Self.arrows.contains($0) })
    {
      return style.wrap(text)
    }
    var out = ""
    var index = 0
    while index < part.count {
      guard isRightToLeft(part[index]) else {
        out.append(part[index])
        index += 1
        continue
      }
      // A run: from a right-to-left letter to the last one before something that ends it.
      var end = index + 1
      var last = index
      while end < part.count, continuesRun(part, at: end, mode: mode) {
        if isRightToLeft(part[end]) { last = end }
        end += 1
      }
      let start = mode == .prose ? numberBefore(part, at: index) : index
      // Take back the number only when it was written as it is (not inside an earlier isolate).
      let number = String(part[start..<index])
      let start2 = start < index && out.hasSuffix(number) && !isIsolated(number) ? start : index
      if start2 < index { out.removeLast(index - start2) }
      let run = String(part[start2...last])
      out += style.wrap(run)
      index = last + 1
    }
    return out
  }

  /// A line that holds isolates made where the text was (a message's right-to-left name):
  /// each stands in as one neutral character (a private-use one) while the rest is isolated.
  private static func isolatingAround(_ line: String, mode: Mode, style: Style) -> String {
    var kept: [String] = []
    var masked = ""
    var current = ""
    var depth = 0
    for character in line {
      let scalar = character.unicodeScalars.first!.value
      if depth > 0 || (0x2066...0x2068).contains(scalar) {
        current.append(character)
        if (0x2066...0x2068).contains(scalar) { depth += 1 }
        if scalar == 0x2069 { depth -= 1 }
        if depth == 0 {
          masked.append(Character(Unicode.Scalar(0xF0000 + UInt32(kept.count))!))
          kept.append(current)
          current = ""
        }
      } else {
        masked.append(character)
      }
    }
    guard depth == 0, !isIsolated(masked) else { return line }
    var out = ""
    for character in isolatingLine(masked, mode: mode, style: style) {
      let scalar = character.unicodeScalars.first!.value
      if (0xF0000..<0xF0000 + UInt32(kept.count)).contains(scalar) {
        out += kept[Int(scalar - 0xF0000)]
      } else {
        out.append(character)
      }
    }
    return out + current
  }

  /// A source line: a right-to-left word or phrase is isolated only when the algorithm would
  /// join it to what follows (a number, or another right-to-left word after `=` or `+`), and
  /// move them both; before a left-to-right keyword it stays in its cells as it is. Fewer
  /// marks matter where a terminal draws them (mlterm 3.9 gives each a cell).
  private static func isolatingCode(_ line: [Character], style: Style) -> String {
    var out = ""
    var index = 0
    while index < line.count {
      guard isRightToLeft(line[index]) else {
        out.append(line[index])
        index += 1
        continue
      }
      var end = index + 1
      var last = index
      while end < line.count, continuesRun(line, at: end, mode: .code) {
        if isRightToLeft(line[end]) { last = end }
        end += 1
      }
      let run = String(line[index...last])
      var next = last + 1
      while next < line.count, let scalar = line[next].unicodeScalars.first, !line[next].isNumber,
        !isStrongLeftToRight(scalar), !isStrongRightToLeft(scalar)
      {
        next += 1
      }
      let joinsWhatFollows = next < line.count && (line[next].isNumber || isRightToLeft(line[next]))
      out += joinsWhatFollows ? style.wrap(run) : run
      index = last + 1
    }
    return out
  }

  private static let arrows: Set<Unicode.Scalar> = ["→", "←", "⇒", "⇐", "↔", "⟶"]

  private static func isRightToLeft(_ character: Character) -> Bool {
    character.unicodeScalars.first.map(isStrongRightToLeft) ?? false
  }

  /// What may sit between two right-to-left letters of one run. In code: only letters,
  /// marks, joiners, `_` and single spaces, so each token keeps its cells. In prose also
  /// numbers and a sentence's punctuation, but never an arrow, a backtick or `|`: what
  /// stands between two values stays between them.
  private static func continuesRun(_ part: [Character], at index: Int, mode: Mode) -> Bool {
    let character = part[index]
    if isRightToLeft(character) { return true }
    if character == " " { return index + 1 < part.count && part[index + 1] != " " }
    guard let scalar = character.unicodeScalars.first, !isStrongLeftToRight(scalar) else { return false }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .format: return true
    default: break
    }
    if character == "_" { return true }
    guard mode == .prose else { return false }
    if character.isNumber { return true }
    return "،؛؟.,:!«»()%٪٫٬'\"-/+…".contains(character)
  }

  /// Where a number written just before a right-to-left word starts (`10 عملاء`,
  /// `2,000 عملاء`): the value is one isolate, read number first from the right.
  private static func numberBefore(_ part: [Character], at index: Int) -> Int {
    guard index >= 2, part[index - 1] == " ", part[index - 2].isNumber else { return index }
    var start = index - 2
    while start > 0, part[start - 1].isNumber || ",.٬٫".contains(part[start - 1]) { start -= 1 }
    return start
  }
}
