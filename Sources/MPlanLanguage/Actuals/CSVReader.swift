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
    package var problem: String?
  }

  package enum Failure: Error, Equatable {
    case cannotOpen(String)
    case directory
    case binary(line: Int)
    case utf16
  }

  package let path: String
  private let descriptor: Int32
  /// The reading state, a struct moved out while a record is read: a class's stored
  /// properties pay a dynamic exclusivity check at every access, a local struct's do not
  /// (perf: a quarter of the time of a million rows).
  private var scanner: Scanner

  package var separator: UInt8 { scanner.separator }
  /// Bytes read so far.
  package var bytesRead: Int { scanner.bytesRead }

  package init(path: String, chunkSize: Int = 1 << 20) throws(Failure) {
    var info = stat()
    guard stat(path, &info) == 0 else {
      throw .cannotOpen(errno == ENOENT ? "no such file" : String(cString: strerror(errno)))
    }
    if (info.st_mode & S_IFMT) == S_IFDIR { throw .directory }
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { throw .cannotOpen(String(cString: strerror(errno))) }
    self.path = path
    self.descriptor = descriptor
    self.scanner = Scanner(descriptor: descriptor, chunkSize: max(chunkSize, 64))
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
    var moved = scanner
    scanner = Scanner(descriptor: descriptor, chunkSize: 0)
    defer { scanner = moved }
    return try moved.next()
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

  package init(descriptor: Int32, chunkSize: Int) {
    self.descriptor = descriptor
    self.buffer = chunkSize == 0 ? [] : [UInt8](repeating: 0, count: chunkSize)
  }

  package mutating func fill() {
    guard !atEnd else { return }
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

  /// The next record, or nil at the end of the file. Blank lines are skipped.
  package mutating func next() throws(Failure) -> Record? {
    if !started { try start() }
    while true {
      guard let first = peek() else { return nil }
      if first == UInt8(ascii: "\n") || first == UInt8(ascii: "\r") {
        advance()
        if first == UInt8(ascii: "\n") { newLine() }
        continue
      }
      return try readRecord()
    }
  }

  package mutating func newLine() {
    line += 1
    column = 1
  }

  package mutating func readRecord() throws(Failure) -> Record {
    let quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n"), carriage = UInt8(ascii: "\r")
    var record = Record(fields: [], line: line, columns: [], problem: nil)
    record.fields.reserveCapacity(fieldsPerRecord)
    record.columns.reserveCapacity(fieldsPerRecord)
    var field: [UInt8] = []
    field.reserveCapacity(32)
    while true {
      record.columns.append(column)
      field.removeAll(keepingCapacity: true)
      var wasQuoted = false
      if peek() == quote {
        wasQuoted = true
        advance()
        var closed = false
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
          if byte == newline { newLine() }
          field.append(byte)
        }
        if !closed, record.problem == nil {
          record.problem = "a quote opened at column \(record.columns.last!) is never closed"
        }
      }
      // The rest of an unquoted field, or what follows a closing quote.
      while let byte = peek(), byte != separator, byte != newline {
        if byte == carriage {
          advance()
          if peek() == newline || peek() == nil { break }
          field.append(carriage)
          continue
        }
        if byte == 0 { throw .binary(line: line) }
        if wasQuoted, record.problem == nil {
          record.problem = "text after the closing quote of field \(record.columns.count)"
        }
        field.append(byte)
        advance()
      }
      record.fields.append(String(decoding: field, as: UTF8.self))
      guard let byte = peek() else {
        fieldsPerRecord = record.fields.count
        return record
      }
      advance()
      if byte == newline {
        newLine()
        fieldsPerRecord = record.fields.count
        return record
      }
    }
  }
}
