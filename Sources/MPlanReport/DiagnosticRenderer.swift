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
  package static let excerptWidth = 100

  package let sources: [String: SourceFile]
  package let style: Styler

  public init(sources: [SourceFile], style: @escaping Styler = { text, _ in text }) {
    var byName: [String: SourceFile] = [:]
    for source in sources { byName[source.name] = source }
    self.sources = byName
    self.style = style
  }

  public func render(_ diagnostics: [Diagnostic]) -> String {
    diagnostics.map(render).joined()
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
    out += ": \(diagnostic.message)\n"
    if let source = sources[diagnostic.span.file], diagnostic.span.line > 0 {
      let sameLine = diagnostic.secondary.filter {
        $0.span.line == diagnostic.span.line && $0.span.file == diagnostic.span.file
      }
      out += excerpt(source, diagnostic.span, label: diagnostic.label, others: sameLine)
      for other in diagnostic.secondary where !sameLine.contains(other) {
        if let otherSource = sources[other.span.file], other.span.line > 0 {
          out += style("\(other.span): ", .location) + style("note", .note) + ": \(other.message)\n"
          out += excerpt(otherSource, other.span, label: nil, others: [], primaryRole: .secondaryMarker)
        }
      }
    }
    let gutterWidth = String(diagnostic.span.line).count + 1
    let pad = String(repeating: " ", count: gutterWidth)
    for note in diagnostic.notes {
      out += pad + style("= note", .note) + ": \(note)\n"
    }
    if let fixIt = diagnostic.fixIt {
      out += pad + style("= help", .help) + ": \(fixIt)\n"
    }
    return out
  }

  private func excerpt(
    _ source: SourceFile, _ span: SourceSpan, label: String?, others: [Diagnostic.Label],
    primaryRole: Role = .primaryMarker
  ) -> String {
    let lineText = Array(source.line(span.line).unicodeScalars).map { $0 == "\t" ? " " : $0 }
    let gutter = String(span.line)
    let pad = String(repeating: " ", count: gutter.count)
    // Show a window of the line when it is long; columns are shifted by the window's start.
    var windowStart = 0
    if lineText.count > Self.excerptWidth {
      windowStart = max(0, min(span.column - 1 - Self.excerptWidth / 3, lineText.count - Self.excerptWidth))
    }
    let windowEnd = min(lineText.count, windowStart + Self.excerptWidth)
    var shown = String(String.UnicodeScalarView(lineText[windowStart..<windowEnd].map { $0 }))
    let prefix = windowStart > 0 ? "…" : ""
    if windowStart > 0 { shown = prefix + shown }
    if windowEnd < lineText.count { shown += "…" }

    // Where each scalar of the window lands on screen: wide (CJK) characters take two cells,
    // combining marks none, so carets stay under the text they mean.
    var screenOffsets: [Int] = []
    screenOffsets.reserveCapacity(windowEnd - windowStart + 1)
    var screenWidth = prefix.count
    for scalar in lineText[windowStart..<windowEnd] {
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
      labels.append((range.from, other.message, .secondaryMarker))
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
    out += style(gutter + " | ", .gutter) + shown + "\n"
    out += style(pad + " | ", .gutter) + styleMarkers(markerLine, primaryRole) + "\n"
    // Rightmost label first, so each `└` line stays clear of the ones still to come.
    for entry in labels.sorted(by: { $0.column > $1.column }) where !others.isEmpty {
      let indent = String(repeating: " ", count: max(0, entry.column))
      out += style(pad + " | ", .gutter) + indent + style("└ " + entry.text, entry.role) + "\n"
    }
    return out
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
