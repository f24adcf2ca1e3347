import MPlanLanguage
import MPlanPlanning
import MPlanSyntax

/// Turns diagnostics into text: `file:line:col: error[CODE]: message`, the source line, a
/// caret under the span, then notes and help. Colour is the caller's business: the renderer
/// names each piece's role and a `Styler` decides how it looks.
public struct DiagnosticRenderer: Sendable {
  public enum Role: Sendable {
    case error, warning, note, location, gutter, primaryMarker, secondaryMarker, help
  }

  public typealias Styler = @Sendable (String, Role) -> String

  /// Source lines longer than this are shown as a window around the span, so a 10 MB line
  /// prints as one readable excerpt.
  package static let excerptWidth = TextExcerpt.width

  package let sources: [String: SourceFile]
  package let style: Styler
  /// The language diagnostics are said in: the last step of their messages.
  package let catalogue: Catalogue

  public init(
    sources: [SourceFile], style: @escaping Styler = { text, _ in text }, catalogue: Catalogue = .english
  ) {
    var byName: [String: SourceFile] = [:]
    for source in sources { byName[source.name] = source }
    self.sources = byName
    self.style = style
    self.catalogue = catalogue
  }

  /// At most this many diagnostics of one file are shown in a report; a line says how many
  /// more there were (`mplan check --format json` lists them all).
  public static let maximumPerFile = 50

  public func render(_ diagnostics: [Diagnostic]) -> String {
    diagnostics.map(render).joined()
  }

  /// Diagnostics as a report: each rendered, a blank line between them, and past the first
  /// `maximumPerFile` of a file, one line that counts the rest. A 1 MB line of stray
  /// characters gives one screen of errors, not a million.
  public func renderReport(_ diagnostics: [Diagnostic]) -> String {
    var shownPerFile: [String: Int] = [:]
    var hiddenPerFile: [(file: String, count: Int)] = []
    var rendered: [String] = []
    for diagnostic in diagnostics {
      let file = diagnostic.span.file
      let shown = shownPerFile[file, default: 0]
      // A stage's count of what it did not keep is shown as part of the count below.
      let hidden = max(1, diagnostic.omittedCount)
      if shown < Self.maximumPerFile {
        shownPerFile[file] = shown + 1
        rendered.append(render(diagnostic))
      } else if let last = hiddenPerFile.indices.last, hiddenPerFile[last].file == file {
        hiddenPerFile[last].count += hidden
      } else if let index = hiddenPerFile.firstIndex(where: { $0.file == file }) {
        hiddenPerFile[index].count += hidden
      } else {
        hiddenPerFile.append((file, hidden))
      }
    }
    for (file, count) in hiddenPerFile {
      let more =
        file.isEmpty
        ? Message("diagnostics-more", ["count": .count(count)])
        : Message("diagnostics-more-in", ["count": .count(count), "file": .text(file)])
      rendered.append(
        style(catalogue.render(more), .note) + " "
          + catalogue.render(Message("diagnostics-only-first", ["count": .count(Self.maximumPerFile)])) + "\n"
      )
    }
    return rendered.joined(separator: "\n")
  }

  public func render(_ diagnostic: Diagnostic) -> String {
    var out = ""
    let severityRole: Role =
      switch diagnostic.severity {
      case .error: .error
      case .warning: .warning
      case .note: .note
      }
    let location =
      diagnostic.span.line > 0
      ? "\(diagnostic.span): " : (diagnostic.span.file.isEmpty ? "" : "\(diagnostic.span.file): ")
    out += style(location, .location)
    out += style("\(diagnostic.severity.rawValue)[\(diagnostic.code)]", severityRole)
    out += ": \(Self.visible(catalogue.render(diagnostic.content)))\n"
    if let source = sources[diagnostic.span.file], diagnostic.span.line > 0 {
      let sameLine = diagnostic.secondary.filter {
        $0.span.line == diagnostic.span.line && $0.span.file == diagnostic.span.file
      }
      out += excerpt(
        source, diagnostic.span, label: diagnostic.labelContent.map(catalogue.render), others: sameLine)
      for other in diagnostic.secondary where !sameLine.contains(other) {
        if let otherSource = sources[other.span.file], other.span.line > 0 {
          out +=
            style("\(other.span): ", .location) + style("note", .note)
            + ": \(catalogue.render(other.content))\n"
          out += excerpt(otherSource, other.span, label: nil, others: [], primaryRole: .secondaryMarker)
        }
      }
    }
    let gutterWidth = String(diagnostic.span.line).count + 1
    let pad = String(repeating: " ", count: gutterWidth)
    for note in diagnostic.noteContents.map(catalogue.render) {
      out += pad + style("= note", .note) + ": \(Self.visible(note))\n"
    }
    if let fixIt = diagnostic.fixItContent.map(catalogue.render) {
      out += pad + style("= help", .help) + ": \(Self.visible(fixIt))\n"
    }
    return out
  }

  private func excerpt(
    _ source: SourceFile, _ span: SourceSpan, label: String?, others: [Diagnostic.Label],
    primaryRole: Role = .primaryMarker
  ) -> String {
    // Only the window of the line that is shown is read, so a diagnostic costs the same on a
    // 1 MB line as on a short one.
    let line = source.lineRange(span.line)
    let lineLength = line.count
    let gutter = String(span.line)
    let pad = String(repeating: " ", count: gutter.count)
    // Show a window of the line when it is long; columns are shifted by the window's start.
    var windowStart = 0
    if lineLength > Self.excerptWidth {
      windowStart = max(0, min(span.column - 1 - Self.excerptWidth / 3, lineLength - Self.excerptWidth))
    }
    let windowEnd = min(lineLength, windowStart + Self.excerptWidth)
    let window = source.scalars[(line.lowerBound + windowStart)..<(line.lowerBound + windowEnd)]
    // Tabs as one space, control characters as their visible symbols (a script cannot send
    // escape sequences to the terminal).
    let windowText = window.map(Self.visible)
    var shown = String(String.UnicodeScalarView(windowText))
    let prefix = windowStart > 0 ? "…" : ""
    if windowStart > 0 { shown = prefix + shown }
    if windowEnd < lineLength { shown += "…" }

    // Where each scalar of the window lands on screen: wide (CJK) characters take two cells,
    // combining marks none, so carets stay under the text they mean.
    var screenOffsets: [Int] = []
    screenOffsets.reserveCapacity(windowEnd - windowStart + 1)
    var screenWidth = prefix.count
    for scalar in windowText {
      screenOffsets.append(screenWidth)
      screenWidth += Self.displayWidth(scalar)
    }
    screenOffsets.append(screenWidth)
    func screenColumn(_ scalarIndex: Int) -> Int {
      let index = scalarIndex - windowStart
      if index < 0 { return prefix.count }
      if index >= screenOffsets.count { return screenWidth + index - screenOffsets.count + 1 }
      return screenOffsets[index]
    }
    var markers = [Character](repeating: " ", count: max(0, screenWidth + 1))
    func mark(_ s: SourceSpan, with character: Character) -> (from: Int, to: Int) {
      let lineEnd = (source.lineStarts.count > s.line ? source.lineStarts[s.line] - 1 : source.scalars.count)
      let spanEnd = min(s.end, lineEnd)
      let length = max(1, spanEnd - s.start)
      let from = max(0, screenColumn(s.column - 1))
      let to = min(markers.count, max(from + 1, screenColumn(s.column - 1 + length)))
      if from >= markers.count { markers.append(character); return (markers.count - 1, markers.count) }
      for index in from..<max(from + 1, to) where index < markers.count { markers[index] = character }
      return (from, max(from + 1, to))
    }
    var labels: [(column: Int, text: String, role: Role)] = []
    for other in others {
      let range = mark(other.span, with: "~")
      labels.append((range.from, catalogue.render(other.content), .secondaryMarker))
    }
    let primary = mark(span, with: "^")
    var markerLine = String(markers).replacingTrailingSpaces()
    if let label {
      if others.isEmpty {
        markerLine += " " + label
      } else {
        labels.insert((primary.from, label, primaryRole), at: 0)
      }
    }
    var out = style(pad + " |", .gutter) + "\n"
    // The carets were placed on the line as written; isolating its right-to-left words adds
    // only zero-width marks and keeps each word in its cells. The left-to-right mark first
    // says the line is code, already seen to, so the terminal's pass over prose leaves it.
    if let bidi = catalogue.bidi, Bidi.containsRightToLeft(shown) {
      shown = String(Bidi.leftToRightMark) + Bidi.isolatingLine(shown, mode: .code, style: bidi)
    }
    out += style(gutter + " | ", .gutter) + shown + "\n"
    out += style(pad + " | ", .gutter) + styleMarkers(markerLine, primaryRole) + "\n"
    // Rightmost label first, so each `└` line stays clear of the ones still to come.
    for entry in labels.sorted(by: { $0.column > $1.column }) where !others.isEmpty {
      let indent = String(repeating: " ", count: max(0, entry.column))
      out += style(pad + " | ", .gutter) + indent + style("└ " + entry.text, entry.role) + "\n"
    }
    return out
  }

  /// A scalar as it can be shown in a terminal: a tab as a space, other control characters
  /// (ESC, BEL, the C1 controls) as their Unicode pictures (`␛`), one cell wide, so that
  /// source text echoed in a diagnostic can neither move the cursor nor change colours.
  package static func visible(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    switch scalar.value {
    case 0x09: " "
    case 0x00..<0x20: Unicode.Scalar(0x2400 + scalar.value)!
    case 0x7F: "\u{2421}"
    case 0x80..<0xA0: "\u{FFFD}"
    default: scalar
    }
  }

  /// Text with its control characters made visible (`visible(_:)`); newlines stay.
  package static func visible(_ text: String) -> String {
    guard
      text.unicodeScalars.contains(where: {
        $0.value < 0x20 && $0 != "\n" || (0x7F..<0xA0).contains($0.value)
      })
    else { return text }
    var view = String.UnicodeScalarView()
    for scalar in text.unicodeScalars { view.append(scalar == "\n" ? scalar : visible(scalar)) }
    return String(view)
  }

  /// Text for one line of a terminal view: control characters, newlines too, as their
  /// pictures, and a long text cut to its head (`TextExcerpt`).
  package static func visibleInLine(_ text: String) -> String {
    if text.utf8.count <= TextExcerpt.width, text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
    let head = TextExcerpt.head(text)
    return String(String.UnicodeScalarView(head.unicodeScalars.map(visible)))
  }

  /// Terminal cells a scalar takes: two for East Asian wide characters and emoji, none for
  /// combining marks and joiners, one otherwise.
  package static func displayWidth(_ scalar: Unicode.Scalar) -> Int {
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    switch scalar.value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
      0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
      0x1F900...0x1F9FF, 0x20000...0x3FFFD:
      return 2
    default:
      return 1
    }
  }

  private func styleMarkers(_ line: String, _ primaryRole: Role) -> String {
    var out = ""
    var run = ""
    var runRole: Role? = nil
    func flush() {
      if let role = runRole { out += style(run, role) } else { out += run }
      run = ""
    }
    for character in line {
      let role: Role? = character == "^" ? primaryRole : (character == "~" ? .secondaryMarker : nil)
      if role != runRole { flush(); runRole = role }
      run.append(character)
    }
    flush()
    return out
  }
}

extension String {
  fileprivate func replacingTrailingSpaces() -> String {
    var copy = self
    while copy.last == " " { copy.removeLast() }
    return copy
  }
}
