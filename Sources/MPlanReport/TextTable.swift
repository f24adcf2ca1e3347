import MPlanLanguage
import MPlanPlanning
import MPlanSyntax

/// A `Table` as aligned plain text: a heading row, a rule, then rows; each column aligned as
/// the table says (numbers right, text left). A table with no headings has no heading row.
package struct TextTable: Sendable {
  package typealias Alignment = Table.Alignment

  package var headings: [String]
  package var alignments: [Alignment]
  package var rows: [[String]] = []

  package init(headings: [String], alignments: [Alignment]? = nil) {
    self.headings = headings
    self.alignments = alignments ?? headings.indices.map { $0 == 0 ? .left : .right }
  }

  package mutating func add(_ row: [String]) { rows.append(row) }

  package func render(indent: String = "") -> String {
    // A cell from a file (a campaign's name) may hold escape sequences or be megabytes long:
    // each is shown as diagnostics show source text, its controls as pictures, cut to a head.
    let headings = headings.map(DiagnosticRenderer.visibleInLine)
    let rows = rows.map { $0.map(DiagnosticRenderer.visibleInLine) }
    // Each cell's length is worked out once (a data table has thousands of cells); for the
    // usual ASCII cell it is its count of bytes, with no walk over its characters.
    func length(_ cell: String) -> Int { cell.utf8.allSatisfy { $0 < 0x80 } ? cell.utf8.count : cell.count }
    let headingLengths = headings.map(length)
    let rowLengths = rows.map { $0.map(length) }
    let columnCount = max(headings.count, rows.map(\.count).max() ?? 0)
    var widths = [Int](repeating: 0, count: columnCount)
    for lengths in [headingLengths] + rowLengths {
      for (index, length) in lengths.enumerated() { widths[index] = max(widths[index], length) }
    }
    // A line is built as bytes: appending to a `String` cell by cell cost more than the cells.
    let indentBytes = Array(indent.utf8)
    var bytes: [UInt8] = []
    func line(_ cells: [String], _ lengths: [Int]) -> String {
      bytes.removeAll(keepingCapacity: true)
      bytes += indentBytes
      // Spaces are written only before something follows them: a line ends without any.
      var spaces = 0
      func write(_ cell: String) {
        guard !cell.isEmpty else { return }
        for _ in 0..<spaces { bytes.append(UInt8(ascii: " ")) }
        bytes += cell.utf8
        spaces = 0
      }
      for index in 0..<columnCount {
        if index > 0 { spaces += 2 }
        let cell = index < cells.count ? cells[index] : ""
        let padding = widths[index] - (index < lengths.count ? lengths[index] : 0)
        if index < alignments.count, alignments[index] == .right {
          spaces += padding
          write(cell)
        } else {
          write(cell)
          spaces += padding
        }
      }
      while bytes.last == UInt8(ascii: " ") { bytes.removeLast() }
      return String(decoding: bytes, as: UTF8.self)
    }
    var lines: [String] = []
    if !headings.allSatisfy(\.isEmpty) {
      lines.append(line(headings, headingLengths))
      lines.append(indent + widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "))
    }
    for (row, lengths) in zip(rows, rowLengths) { lines.append(line(row, lengths)) }
    return lines.joined(separator: "\n")
  }
}
