import Synchronization

/// A script's text with the offsets of its line starts, so a span can be turned into
/// `line:column` and its source line shown under a diagnostic.
public struct SourceFile: Sendable {
  public let name: String
  public let text: String
  /// The text as Unicode scalars: the lexer and the spans index into this.
  public let scalars: [Unicode.Scalar]
  package let lineStarts: [Int]

  public init(name: String, text: String) {
    self.name = name
    self.text = text
    // One pass into a buffer sized for the worst case (a scalar a byte): copy the scalars and
    // note where lines start. This is the first thing every script costs, so no appends.
    var starts = [0]
    var text = text
    self.scalars = [Unicode.Scalar](unsafeUninitializedCapacity: text.utf8.count) { buffer, count in
      var index = 0
      // Straight from the UTF-8 bytes (a String's are always valid): one byte is one scalar in
      // ASCII text, and only other scalars take the decoder.
      text.withUTF8 { bytes in
        var offset = 0
        while offset < bytes.count {
          let byte = bytes[offset]
          let scalar: Unicode.Scalar
          if byte < 0x80 {
            scalar = Unicode.Scalar(byte)
            offset += 1
          } else {
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for continuation in 1..<length {
              value = value << 6 | (UInt32(bytes[offset + continuation]) & 0x3F)
            }
            scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
            offset += length
          }
          buffer[index] = scalar
          index += 1
          if byte == 0x0A { starts.append(index) }
        }
      }
      count = index
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

  /// The scalar offsets of a 1-based line, without its newline (or `\r\n`).
  public func lineRange(_ number: Int) -> Range<Int> {
    guard number >= 1, number <= lineStarts.count else { return scalars.count..<scalars.count }
    let start = lineStarts[number - 1]
    var end = number < lineStarts.count ? lineStarts[number] - 1 : scalars.count
    if end > start, scalars[end - 1] == "\r" { end -= 1 }
    return start..<max(start, end)
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
///
/// Every token and tree node carries one, so it is kept to 20 bytes with no reference
/// counting: the file is an index into `FileNames`, the numbers are 32-bit (scripts are at
/// most 64 MB).
public struct SourceSpan: Sendable, Hashable, CustomStringConvertible {
  package let fileID: Int32
  package let startOffset: Int32
  package let endOffset: Int32
  package let startLine: Int32
  package let startColumn: Int32

  public init(file: String, start: Int, end: Int, line: Int, column: Int) {
    self.init(fileID: FileNames.id(of: file), start: start, end: end, line: line, column: column)
  }

  package init(fileID: Int32, start: Int, end: Int, line: Int, column: Int) {
    self.fileID = fileID
    self.startOffset = Int32(clamping: start)
    self.endOffset = Int32(clamping: end)
    self.startLine = Int32(clamping: line)
    self.startColumn = Int32(clamping: column)
  }

  public var file: String { FileNames.name(of: fileID) }
  public var start: Int { Int(startOffset) }
  public var end: Int { Int(endOffset) }
  public var line: Int { Int(startLine) }
  public var column: Int { Int(startColumn) }

  /// A span that covers both, for a binary expression or a whole declaration.
  public func joined(_ other: SourceSpan) -> SourceSpan {
    guard other.fileID == fileID else { return self }
    if other.startOffset < startOffset {
      return SourceSpan(
        fileID: fileID, start: other.start, end: max(end, other.end), line: other.line, column: other.column)
    }
    return SourceSpan(fileID: fileID, start: start, end: max(end, other.end), line: line, column: column)
  }

  public static let unknown = SourceSpan(file: "", start: 0, end: 0, line: 0, column: 0)

  public var description: String { "\(file):\(line):\(column)" }
}

/// The names of the files spans point into, each stored once for the life of the process.
package enum FileNames {
  private struct Table {
    package var ids: [String: Int32] = [:]
    package var names: [String] = []
  }

  private static let table = Mutex(Table())

  package static func id(of name: String) -> Int32 {
    table.withLock { table in
      if let id = table.ids[name] { return id }
      let id = Int32(table.names.count)
      table.names.append(name)
      table.ids[name] = id
      return id
    }
  }

  package static func name(of id: Int32) -> String {
    table.withLock { $0.names[Int(id)] }
  }
}
