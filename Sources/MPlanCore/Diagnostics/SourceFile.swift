/// A script's text with the offsets of its line starts, so a span can be turned into
/// `line:column` and its source line shown under a diagnostic.
public struct SourceFile: Sendable {
  public let name: String
  public let text: String
  /// The text as Unicode scalars: the lexer and the spans index into this.
  public let scalars: [Unicode.Scalar]
  let lineStarts: [Int]

  public init(name: String, text: String) {
    self.name = name
    self.text = text
    let scalars = Array(text.unicodeScalars)
    self.scalars = scalars
    var starts = [0]
    for (index, scalar) in scalars.enumerated() where scalar == "\n" {
      starts.append(index + 1)
    }
    self.lineStarts = starts
  }

  /// The 1-based line and column (in Unicode scalars) of an offset.
  public func location(of offset: Int) -> (line: Int, column: Int) {
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    return (low + 1, offset - lineStarts[low] + 1)
  }

  /// The text of a 1-based line, without its newline.
  public func line(_ number: Int) -> String {
    guard number >= 1, number <= lineStarts.count else { return "" }
    let start = lineStarts[number - 1]
    var end = number < lineStarts.count ? lineStarts[number] - 1 : scalars.count
    if end > start, scalars[end - 1] == "\r" { end -= 1 }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[start..<max(start, end)])
    return String(view)
  }

  public func text(of span: SourceSpan) -> String {
    let lower = max(0, min(span.start, scalars.count))
    let upper = max(lower, min(span.end, scalars.count))
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[lower..<upper])
    return String(view)
  }
}

/// Where a piece of syntax sits: a file and a half-open range of scalar offsets, with the
/// line and column of its start kept so that rendering needs no search.
public struct SourceSpan: Sendable, Hashable, CustomStringConvertible {
  public var file: String
  public var start: Int
  public var end: Int
  public var line: Int
  public var column: Int

  public init(file: String, start: Int, end: Int, line: Int, column: Int) {
    self.file = file
    self.start = start
    self.end = end
    self.line = line
    self.column = column
  }

  /// A span that covers both, for a binary expression or a whole declaration.
  public func joined(_ other: SourceSpan) -> SourceSpan {
    guard other.file == file else { return self }
    if other.start < start {
      return SourceSpan(
        file: file, start: other.start, end: max(end, other.end), line: other.line,
        column: other.column)
    }
    return SourceSpan(file: file, start: start, end: max(end, other.end), line: line, column: column)
  }

  public static let unknown = SourceSpan(file: "", start: 0, end: 0, line: 0, column: 0)

  public var description: String { "\(file):\(line):\(column)" }
}
