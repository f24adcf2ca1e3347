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
        .actualsFileUnreadable,
        Message("actuals-cannot-read", ["path": .text(path), "reason": .text(reason)]),
        at: span, fixIt: Message("actuals-cannot-read-fix"))
    case .notAFile(let kind):
      .error(
        .actualsFileUnreadable,
        Message("actuals-not-a-file", ["path": .text(path), "kind": .message(kind.message)]),
        at: span,
        fixIt: kind == .directory ? Message("actuals-folder-fix") : Message("actuals-not-a-file-fix"))
    case .binary(let line):
      .error(
        .actualsNotText, Message("actuals-binary", ["path": .text(path), "line": .count(line)]), at: span,
        fixIt: Message("actuals-binary-fix"))
    case .utf16:
      .error(
        .actualsNotText, Message("actuals-utf16", ["path": .text(path)]), at: span,
        fixIt: Message("actuals-utf16-fix"))
    }
  }
}

/// Damaged rows: the first few reported where they are, the rest counted in one warning.
package struct SkippedRows {
  package let path: String
  package var count = 0
  package var first: [(line: Int, column: Int, problem: Message)] = []

  package mutating func add(_ record: CSVReader.Record, column: Int, _ problem: Message) {
    count += 1
    if first.count < ActualsLoader.rowsReportedSingly { first.append((record.line, column, problem)) }
  }

  package func diagnostics(fileSpan: SourceSpan) -> [Diagnostic] {
    var result = first.map { row in
      Diagnostic.warning(
        .actualsRowsSkipped, Message("actuals-row-skipped", ["problem": .message(row.problem)]),
        at: SourceSpan(file: path, start: 0, end: 0, line: row.line, column: row.column),
        fixIt: Message("actuals-row-skipped-fix"))
    }
    if count > first.count {
      result.append(
        .warning(
          .actualsRowsSkipped,
          Message(
            "actuals-rows-skipped",
            ["count": .count(count), "path": .text(path), "shown": .count(first.count)]),
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
