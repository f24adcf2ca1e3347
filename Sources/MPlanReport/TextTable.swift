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
    let columnCount = max(headings.count, rows.map(\.count).max() ?? 0)
    var widths = [Int](repeating: 0, count: columnCount)
    for row in [headings] + rows {
      for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
    }
    func line(_ cells: [String]) -> String {
      var parts: [String] = []
      for index in 0..<columnCount {
        let cell = index < cells.count ? cells[index] : ""
        let padding = String(repeating: " ", count: widths[index] - cell.count)
        let alignment = index < alignments.count ? alignments[index] : .left
        parts.append(alignment == .right ? padding + cell : cell + padding)
      }
      var text = indent + parts.joined(separator: "  ")
      while text.last == " " { text.removeLast() }
      return text
    }
    var lines: [String] = []
    if !headings.allSatisfy(\.isEmpty) {
      lines.append(line(headings))
      lines.append(indent + widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "))
    }
    lines += rows.map(line)
    return lines.joined(separator: "\n")
  }
}
