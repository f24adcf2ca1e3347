/// Aligned plain-text tables for `show`, `compare` and `mplan check`: a heading row, a rule,
/// then rows; numbers right-aligned, text left-aligned.
public struct TextTable: Sendable {
  public enum Alignment: Sendable { case left, right }

  public var headings: [String]
  public var alignments: [Alignment]
  public var rows: [[String]] = []

  public init(headings: [String], alignments: [Alignment]? = nil) {
    self.headings = headings
    self.alignments = alignments ?? headings.indices.map { $0 == 0 ? .left : .right }
  }

  public mutating func add(_ row: [String]) { rows.append(row) }

  public func render(indent: String = "") -> String {
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
