import MPlanSyntax

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A streaming RFC 4180 reader for the files `actuals` reads: quoted fields, doubled quotes,
/// line breaks inside quotes, CRLF or LF, a UTF-8 byte-order mark, and a separator (comma,
/// semicolon or tab) found from the header line. It reads the file in chunks with POSIX
/// `read`, so memory stays bounded by the longest record, not the file.
///
/// Why not SwiftCSV or CSV.swift: both import Foundation, which would link ICU's data into
/// the binary (`BinaryTests` refuses it). They are the tests' oracle instead
/// (`CSVReaderOracleTests` reads the same fixtures with both and compares every field).
package final class CSVReader {
  /// One record: its fields, the line it starts on and where each field starts on it.
  package struct Record: Sendable {
    package var fields: [String]
    package var line: Int
    /// 1-based columns of each field on its line (counted in bytes; exact for ASCII).
    package var columns: [Int]
    /// A quote that was never closed, or text after a closing quote: the record is damaged.
    package var problemMessage: Message?
    /// The problem in English, for the callers that still build text.
    package var problem: String? { problemMessage?.english }
    /// The column of the field the problem is in.
    package var problemColumn: Int?

    package init(fields: [String] = [], line: Int = 0, columns: [Int] = []) {
      self.fields = fields
      self.line = line
      self.columns = columns
    }

    /// Marks the record damaged at its last field, unless it already was.
    mutating func damage(_ problem: Message) {
      guard problemMessage == nil else { return }
      problemMessage = problem
      problemColumn = columns.last
    }
  }

  package enum Failure: Error, Equatable {
    case cannotOpen(String)
    /// A folder, a FIFO, a device: refused before it is read.
    case notAFile(SourceLoader.NotAFile)
    case binary(line: Int)
    case utf16
  }

  package let path: String
  private let descriptor: Int32
  /// The reading state, a struct: a class's stored properties pay a dynamic exclusivity
  /// check at every access (a quarter of the time of a million rows), and moving the struct
  /// out for each record instead cost a copy and a release of its buffers a row. The reader
  /// is used from one place at a time (a loop over a file), so the check is left out.
  @exclusivity(unchecked) private var scanner: Scanner

  /// A field longer than this damages its row (W0801): a campaign's name or a day is a few
  /// dozen bytes, and a quote never closed would otherwise make the rest of the file one field.
  package static let maximumFieldBytes = 64 * 1024
  /// A record longer than this damages its row: the widest export has a few hundred columns
  /// of short cells, and an endless line would otherwise be held whole.
  package static let maximumRecordBytes = 1024 * 1024

  package var separator: UInt8 { scanner.separator }
  /// The line of the first field that is not UTF-8, read as Windows-1252 instead.
  package var firstWindows1252Line: Int? { scanner.firstWindows1252Line }
  /// Bytes read so far.
  package var bytesRead: Int { scanner.bytesRead }

  package init(path: String, chunkSize: Int = 1 << 20) throws(Failure) {
    switch SourceLoader.openFile(path) {
    case .success(let descriptor):
      self.path = path
      self.descriptor = descriptor
      self.scanner = Scanner(descriptor: descriptor, chunkSize: max(chunkSize, 64))
    case .failure(.missing(let reason)): throw .cannotOpen(reason)
    case .failure(.notAFile(let kind)): throw .notAFile(kind)
    }
  }

  /// A class, because it owns the file: closed when the reader goes away.
  deinit {
    #if canImport(Glibc)
      _ = Glibc.close(descriptor)
    #elseif canImport(Musl)
      _ = Musl.close(descriptor)
    #else
      _ = Darwin.close(descriptor)
    #endif
  }

  /// The next record, or nil at the end of the file. Blank lines are skipped.
  package func next() throws(Failure) -> Record? {
    var record = Record(fields: [], line: 0, columns: [])
    return try next(into: &record) ? record : nil
  }

  /// The next record read into `record`, whose arrays are reused: a loop over a million rows
  /// then allocates no arrays for them. False at the end of the file.
  package func next(into record: inout Record) throws(Failure) -> Bool {
    try scanner.next(into: &record)
  }
}

/// The reader's state and its loop over the bytes.
private struct Scanner {
  package typealias Record = CSVReader.Record
  package typealias Failure = CSVReader.Failure

  package let descriptor: Int32
  package var buffer: [UInt8]
  package var position = 0
  package var count = 0
  package var atEnd = false
  package var line = 1
  package var column = 1
  package var separator: UInt8 = UInt8(ascii: ",")
  package var started = false
  package var bytesRead = 0
  /// The last record's width, to size the next one's arrays at once.
  package var fieldsPerRecord = 8
  package var firstWindows1252Line: Int?
  /// Bytes read back in: the lines after a quote that was never closed, read again as rows.
  package var replay: [UInt8] = []
  /// The field being read byte by byte, kept from one record to the next for its capacity.
  package var field: [UInt8] = []

  package let chunkSize: Int

  package init(descriptor: Int32, chunkSize: Int) {
    self.descriptor = descriptor
    self.chunkSize = chunkSize
    self.buffer = chunkSize == 0 ? [] : [UInt8](repeating: 0, count: chunkSize)
  }

  package mutating func fill() {
    if !replay.isEmpty {
      buffer = replay
      count = replay.count
      position = 0
      replay = []
      return
    }
    guard !atEnd else { return }
    if buffer.count < chunkSize { buffer = [UInt8](repeating: 0, count: chunkSize) }
    while true {
      let got = buffer.withUnsafeMutableBytes { raw in
        #if canImport(Glibc)
          Glibc.read(descriptor, raw.baseAddress, raw.count)
        #elseif canImport(Musl)
          Musl.read(descriptor, raw.baseAddress, raw.count)
        #else
          Darwin.read(descriptor, raw.baseAddress, raw.count)
        #endif
      }
      if got < 0, errno == EINTR { continue }
      if got <= 0 {
        atEnd = true
        count = 0
      } else {
        count = got
        bytesRead += got
      }
      position = 0
      return
    }
  }

  package mutating func peek() -> UInt8? {
    if position >= count {
      fill()
      if atEnd && count == 0 { return nil }
    }
    return buffer[position]
  }

  package mutating func advance() {
    position += 1
    column += 1
  }

  /// Skips the byte-order mark, refuses binary and UTF-16 text, and finds the separator from
  /// the first line: the most frequent of `,` `;` and tab outside quotes.
  package mutating func start() throws(Failure) {
    started = true
    fill()
    let head = buffer[0..<count]
    if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) { throw .utf16 }
    if head.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    if let zero = head.firstIndex(of: 0) {
      throw .binary(line: 1 + head[..<zero].lazy.filter { $0 == UInt8(ascii: "\n") }.count)
    }
    var tallies: [UInt8: Int] = [UInt8(ascii: ","): 0, UInt8(ascii: ";"): 0, UInt8(ascii: "\t"): 0]
    var quoted = false
    for byte in head[position...] {
      if byte == UInt8(ascii: "\"") { quoted.toggle() }
      if !quoted, byte == UInt8(ascii: "\n") { break }
      if !quoted, tallies[byte] != nil { tallies[byte]! += 1 }
    }
    let best = tallies.max { ($0.value, $0.key) < ($1.value, $1.key) }!
    if best.value > 0 { separator = best.key }
  }

  /// The next record read into `record`, or false at the end of the file. Blank lines are
  /// skipped.
  package mutating func next(into record: inout Record) throws(Failure) -> Bool {
    if !started { try start() }
    while true {
      guard let first = peek() else { return false }
      if first == UInt8(ascii: "\n") || first == UInt8(ascii: "\r") {
        advance()
        if first == UInt8(ascii: "\n") { newLine() }
        continue
      }
      try readRecord(into: &record)
      return true
    }
  }

  package mutating func newLine() {
    line += 1
    column = 1
  }

  package mutating func readRecord(into record: inout Record) throws(Failure) {
    let quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n"), carriage = UInt8(ascii: "\r")
    let maximumField = CSVReader.maximumFieldBytes
    // The fields are written over the last record's in place, and the rest dropped at the end:
    // emptying the array first cost as much as reading two fields.
    var kept = 0
    defer { if record.fields.count > kept { record.fields.removeLast(record.fields.count - kept) } }
    func keep(_ text: String) {
      if kept < record.fields.count { record.fields[kept] = text } else { record.fields.append(text) }
      kept += 1
    }
    record.columns.removeAll(keepingCapacity: true)
    record.line = line
    record.problemMessage = nil
    record.problemColumn = nil
    record.columns.reserveCapacity(fieldsPerRecord)
    var recordBytes = 0
    while true {
      record.columns.append(column)
      if !field.isEmpty { field.removeAll(keepingCapacity: true) }
      var wasQuoted = false
      if let text = plainField() {
        // The common field, read straight from the buffer: no byte copied twice.
        recordBytes += text.utf8.count + 1
        if recordBytes > CSVReader.maximumRecordBytes {
          record.damage(
            Message("csv-row-too-long", ["size": .value("\(CSVReader.maximumRecordBytes / 1024 / 1024) MB")]))
        }
        if recordBytes <= CSVReader.maximumRecordBytes || kept == 0 {
          keep(text)
        } else {
          record.columns.removeLast()
        }
        guard let byte = peek() else {
          fieldsPerRecord = kept
          return
        }
        advance()
        if byte == newline {
          newLine()
          fieldsPerRecord = min(kept, 1024)
          return
        }
        continue
      }
      if peek() == quote {
        wasQuoted = true
        let openedColumn = column
        advance()
        var closed = false
        // Where the field's first line break is, to read the lines after it again as rows
        // when the quote turns out never to close.
        var firstBreak: (offset: Int, line: Int)?
        while let byte = peek() {
          advance()
          if byte == quote {
            if peek() == quote {
              advance()
              field.append(quote)
              continue
            }
            closed = true
            break
          }
          if byte == 0 { throw .binary(line: line) }
          if byte == newline {
            newLine()
            if firstBreak == nil { firstBreak = (field.count + 1, line) }
          }
          field.append(byte)
          if field.count > maximumField {
            // A long quoted cell on one line (a 100 MB name) still closes: read on to its
            // quote without keeping the bytes, so the row is "too long", not "never closed".
            if firstBreak == nil { closed = skipQuoted() }
            break
          }
        }
        if !closed {
          record.damage(Message("csv-quote-never-closed", ["column": .count(openedColumn)]))
          if let firstBreak {
            // The row ends at the line the quote opened on; the lines after it are rows again.
            replay = Array(field[firstBreak.offset...]) + buffer[min(position, count)..<count]
            position = count
            line = firstBreak.line
            column = 1
            field.removeSubrange(firstBreak.offset - 1..<field.count)
            keep(Self.text(field, line: record.line, firstWindows1252Line: &firstWindows1252Line))
            fieldsPerRecord = kept
            return
          }
        }
      }
      // The rest of an unquoted field, or what follows a closing quote.
      while let byte = peek(), byte != separator, byte != newline {
        if byte == carriage {
          advance()
          if peek() == newline || peek() == nil { break }
          if field.count <= maximumField { field.append(carriage) }
          continue
        }
        if byte == 0 { throw .binary(line: line) }
        if wasQuoted {
          record.damage(Message("csv-text-after-quote", ["field": .count(record.columns.count)]))
        }
        if field.count <= maximumField { field.append(byte) }
        advance()
      }
      recordBytes += field.count + 1
      if field.count > maximumField {
        record.damage(
          Message(
            "csv-field-too-long",
            ["field": .count(record.columns.count), "size": .value("\(maximumField / 1024) KB")]))
        field.removeAll(keepingCapacity: false)
      }
      if recordBytes > CSVReader.maximumRecordBytes {
        record.damage(
          Message("csv-row-too-long", ["size": .value("\(CSVReader.maximumRecordBytes / 1024 / 1024) MB")]))
      }
      // A row too long to keep keeps no more fields; the line is still read to its end.
      if recordBytes <= CSVReader.maximumRecordBytes || kept == 0 {
        keep(Self.text(field, line: line, firstWindows1252Line: &firstWindows1252Line))
      } else {
        record.columns.removeLast()
      }
      guard let byte = peek() else {
        fieldsPerRecord = kept
        return
      }
      advance()
      if byte == newline {
        newLine()
        fieldsPerRecord = min(kept, 1024)
        return
      }
    }
  }

  /// An unquoted field that ends at a separator or a line feed inside the buffer, as ASCII
  /// text; nil, with nothing read, for any other field (quoted, with a carriage return, a NUL
  /// or a byte past ASCII, running past the buffer or the longest field): those take the
  /// byte-by-byte path, which this must agree with.
  mutating func plainField() -> String? {
    guard position < count else { return nil }
    let separator = separator, start = position, end = count
    return buffer.withUnsafeBufferPointer { bytes -> String? in
      guard bytes[start] != UInt8(ascii: "\"") else { return nil }
      var stop = start
      var seen: UInt8 = 0
      while stop < end {
        let byte = bytes[stop]
        if byte == separator || byte == UInt8(ascii: "\n") { break }
        if byte == UInt8(ascii: "\r") || byte == 0 { return nil }
        seen |= byte
        stop += 1
      }
      guard stop < end, seen < 0x80, stop - start <= CSVReader.maximumFieldBytes else { return nil }
      position = stop
      column += stop - start
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<stop]), as: UTF8.self)
    }
  }

  /// Past the longest field kept, the rest of a quoted field on its line: true at its closing
  /// quote, false at the line's end (left unread: the quote is then one never closed, and
  /// the lines after it are rows) or the file's.
  mutating func skipQuoted() -> Bool {
    let quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n")
    while let byte = peek(), byte != newline {
      advance()
      if byte == quote {
        guard peek() == quote else { return true }
        advance()
      }
    }
    return false
  }

  /// A field's text: UTF-8, or, when its bytes are not UTF-8, Windows-1252 (what Excel on
  /// Windows saves CSV in), so `Café` and `Cafè` stay two names instead of both becoming
  /// `Caf�`. The first such line is kept, for the warning that says so.
  static func text(_ bytes: [UInt8], line: Int, firstWindows1252Line: inout Int?) -> String {
    // Nearly every field is ASCII: decoding it directly skips the generic validation, whose
    // metadata look-ups cost a fifth of reading a million rows.
    if bytes.allSatisfy({ $0 < 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
    if let text = String(validating: bytes, as: UTF8.self) { return text }
    if firstWindows1252Line == nil { firstWindows1252Line = line }
    var scalars = String.UnicodeScalarView()
    for byte in bytes { scalars.append(Windows1252.scalar(byte)) }
    return String(scalars)
  }
}

/// The Windows-1252 code page: Latin-1 with printable characters in 0x80–0x9F.
enum Windows1252 {
  static func scalar(_ byte: UInt8) -> Unicode.Scalar {
    guard (0x80..<0xA0).contains(byte) else { return Unicode.Scalar(byte) }
    // The five bytes the code page leaves undefined keep their Latin-1 (C1) meaning.
    return Unicode.Scalar(high[Int(byte - 0x80)]) ?? Unicode.Scalar(byte)
  }

  static let high: [UInt32] = [
    0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152,
    0x8D,
    0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161,
    0x203A,
    0x0153, 0x9D, 0x017E, 0x0178,
  ]
}
