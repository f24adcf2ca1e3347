import MPlanLanguage
import MPlanSyntax

/// Opening a block's files: the reader's failures as diagnostics, damaged rows reported and
/// counted, and a cell's spaces trimmed.
extension ActualsLoader {
  package static func next(_ reader: CSVReader, path: String, span: SourceSpan) throws -> CSVReader.Record? {
    do {
      return try reader.next()
    } catch {
      throw fileError(error, path: path, span: span)
    }
  }

  package static func next(
    _ reader: CSVReader, into record: inout CSVReader.Record, path: String, span: SourceSpan
  ) throws -> Bool {
    do {
      return try reader.next(into: &record)
    } catch {
      throw fileError(error, path: path, span: span)
    }
  }

  package static func fileError(_ failure: CSVReader.Failure, path: String, span: SourceSpan) -> Diagnostic {
    switch failure {
    case .cannotOpen(let reason):
      .error(
        .actualsFileUnreadable, "cannot read `\(path)`: \(reason)", at: span,
        fixIt: "the path is relative to the plan's folder; check its spelling")
    case .notAFile(let kind):
      .error(
        .actualsFileUnreadable, "`\(path)` is \(kind.described), not a CSV file", at: span,
        fixIt: kind == .directory ? "name a file inside it" : "save the export to a file and name that file")
    case .binary(let line):
      .error(
        .actualsNotText, "`\(path)` is not text (a NUL byte on line \(line)): is it a spreadsheet?", at: span,
        fixIt: "export it as CSV (comma, semicolon or tab separated, UTF-8)")
    case .utf16:
      .error(
        .actualsNotText, "`\(path)` is UTF-16 text; mplan reads CSV in UTF-8", at: span,
        fixIt: "save it as \"CSV UTF-8\"")
    }
  }
}

/// Damaged rows: the first few reported where they are, the rest counted in one warning.
package struct SkippedRows {
  package let path: String
  package var count = 0
  package var first: [(line: Int, column: Int, problem: String)] = []

  package mutating func add(_ record: CSVReader.Record, column: Int, _ problem: String) {
    count += 1
    if first.count < ActualsLoader.rowsReportedSingly { first.append((record.line, column, problem)) }
  }

  package func diagnostics(fileSpan: SourceSpan) -> [Diagnostic] {
    var result = first.map { row in
      Diagnostic.warning(
        .actualsRowsSkipped, "row skipped: \(row.problem)",
        at: SourceSpan(file: path, start: 0, end: 0, line: row.line, column: row.column),
        fixIt: "correct the row in the file; the other rows are read")
    }
    if count > first.count {
      result.append(
        .warning(
          .actualsRowsSkipped,
          "\(count) damaged rows of `\(path)` skipped in all (the first \(first.count) above)",
          at: fileSpan))
    }
    return result
  }
}

extension String {
  package var trimmingSpaces: String {
    // Nearly every cell starts and ends with a printable ASCII byte: checked through a
    // pointer, as the UTF-8 view's `first` and `last` cost a hundred instructions a row.
    var copy = self
    let trimmed = copy.withUTF8 { bytes in
      guard let first = bytes.first, let last = bytes.last else { return false }
      return first > 0x20 && first < 0x80 && last > 0x20 && last < 0x80
    }
    if trimmed { return self }
    var scalars = Substring.UnicodeScalarView(unicodeScalars)
    while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
    while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
    return String(scalars)
  }
}
