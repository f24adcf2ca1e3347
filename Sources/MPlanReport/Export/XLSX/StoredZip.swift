/// A zip archive whose entries are stored, not compressed (method 0): what an xlsx file is
/// at its simplest, written without a compression library or Foundation. Every entry carries
/// the same fixed time (1980-01-01 00:00, the format's first day), so the same parts give the
/// same bytes on every run.
package struct StoredZip {
  private var body: [UInt8] = []
  private var directory: [UInt8] = []
  private var count = 0

  package init() {}

  /// What the local header and the central record both say of an entry, in the same order:
  /// flags (bit 11: the name is UTF-8), stored, time, date, CRC-32, both sizes, name length,
  /// no extra field.
  private static func appendEntryFacts(to bytes: inout [UInt8], crc: UInt32, size: Int, nameLength: Int) {
    bytes.append(le16: 0x0800)
    bytes.append(le16: 0)
    bytes.append(le16: 0)
    bytes.append(le16: firstDay)
    bytes.append(le32: crc)
    bytes.append(le32: UInt32(size))
    bytes.append(le32: UInt32(size))
    bytes.append(le16: UInt16(nameLength))
    bytes.append(le16: 0)
  }

  /// Appends a part; names are paths inside the archive (`xl/workbook.xml`), in UTF-8.
  package mutating func add(_ name: String, _ data: [UInt8]) {
    let nameBytes = Array(name.utf8)
    let crc = CRC32.checksum(data)
    let offset = body.count
    // Local file header: signature, version 2.0, flags (bit 11: the name is UTF-8), stored,
    // time, date, CRC-32, sizes, name length, no extra field.
    body.append(le32: 0x0403_4b50)
    body.append(le16: 20)
    Self.appendEntryFacts(to: &body, crc: crc, size: data.count, nameLength: nameBytes.count)
    body += nameBytes
    body += data
    // Central directory record: the same facts, and where the local header is.
    directory.append(le32: 0x0201_4b50)
    directory.append(le16: 20)
    directory.append(le16: 20)
    Self.appendEntryFacts(to: &directory, crc: crc, size: data.count, nameLength: nameBytes.count)
    directory.append(le16: 0)
    directory.append(le16: 0)
    directory.append(le16: 0)
    directory.append(le32: 0)
    directory.append(le32: UInt32(offset))
    directory += nameBytes
    count += 1
  }

  /// The whole archive: the entries, the central directory, and its end record.
  package var bytes: [UInt8] {
    var archive = body
    archive.reserveCapacity(body.count + directory.count + 22)
    archive += directory
    archive.append(le32: 0x0605_4b50)
    archive.append(le16: 0)
    archive.append(le16: 0)
    archive.append(le16: UInt16(count))
    archive.append(le16: UInt16(count))
    archive.append(le32: UInt32(directory.count))
    archive.append(le32: UInt32(body.count))
    archive.append(le16: 0)
    return archive
  }

  /// 1980-01-01 in MS-DOS date form: (year − 1980) << 9 | month << 5 | day.
  private static let firstDay: UInt16 = 1 << 5 | 1
}

/// CRC-32 as zip uses it (IEEE 802.3, reflected polynomial 0xEDB88320).
package enum CRC32 {
  private static let table: [UInt32] = (0..<256).map { index in
    var value = UInt32(index)
    for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
    return value
  }

  package static func checksum(_ data: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    table.withUnsafeBufferPointer { table in
      for byte in data { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
    }
    return crc ^ 0xFFFF_FFFF
  }
}

extension [UInt8] {
  fileprivate mutating func append(le16 value: UInt16) {
    append(UInt8(value & 0xFF))
    append(UInt8(value >> 8))
  }

  fileprivate mutating func append(le32 value: UInt32) {
    for shift in stride(from: 0, to: 32, by: 8) { append(UInt8((value >> UInt32(shift)) & 0xFF)) }
  }
}
