#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where each key's entry lies in a catalogue's text, found by one scan of its bytes when the
/// catalogue is first used: every start-up. Keys are hashed over their bytes (FNV-1a) into an
/// open-addressed table of entry numbers instead of being made Strings in a Dictionary: the
/// thousand-odd String keys and their SipHash cost ~3 M instructions, more than the rest of a
/// small run (issue 26).
struct CatalogueIndex: Sendable {
  let bytes: [UInt8]
  /// Per entry, in the file's order: its key's bytes and its whole entry's, as offsets.
  private var keyRanges: [Range<Int>] = []
  private var entryRanges: [Range<Int>] = []
  /// Entry numbers plus one (0: empty), placed at their key's hash and probed linearly.
  private var slots: [Int32] = []

  init(text: String) {
    bytes = Array(text.utf8)
    scan()
    var capacity = 16
    while capacity < keyRanges.count * 2 { capacity *= 2 }
    slots = Array(repeating: 0, count: capacity)
    for entry in keyRanges.indices {
      var slot = Self.hash(bytes[keyRanges[entry]]) & (capacity - 1)
      while slots[slot] != 0 {
        // A key written twice: the later entry wins, as a Dictionary's assignment did.
        if bytes[keyRanges[Int(slots[slot]) - 1]].elementsEqual(bytes[keyRanges[entry]]) { break }
        slot = (slot + 1) & (capacity - 1)
      }
      slots[slot] = Int32(entry + 1)
    }
  }

  /// Each key once, in the file's order.
  var keys: [String] {
    var seen = Set<String>()
    return keyRanges.map { String(decoding: bytes[$0], as: UTF8.self) }.filter { seen.insert($0).inserted }
  }

  /// The UTF-8 offsets of `key`'s entry: its `key = …` line and the lines that continue it.
  func entry(for key: String) -> Range<Int>? {
    var key = key
    return key.withUTF8 { wanted -> Range<Int>? in
      var slot = Self.hash(wanted) & (slots.count - 1)
      while slots[slot] != 0 {
        let entry = Int(slots[slot]) - 1
        if bytes[keyRanges[entry]].elementsEqual(wanted) { return entryRanges[entry] }
        slot = (slot + 1) & (slots.count - 1)
      }
      return nil
    }
  }

  /// The offset of the first `byte` in `start..<end`, found by memchr.
  private static func offset(of byte: UInt8, in base: UnsafePointer<UInt8>, from start: Int, to end: Int)
    -> Int?
  {
    guard let found = memchr(base + start, Int32(byte), end - start) else { return nil }
    return UnsafeRawPointer(found) - UnsafeRawPointer(base)
  }

  private static func hash<Bytes: Collection<UInt8>>(_ key: Bytes) -> Int {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in key { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return Int(truncatingIfNeeded: hash >> 1)
  }

  /// Each `key = …` line with the lines that continue it (indented, blank, or a selector's
  /// closing `}`). A line that starts at the margin with anything else (a comment, the next
  /// key) ends the entry.
  private mutating func scan() {
    var keyRanges: [Range<Int>] = []
    var entryRanges: [Range<Int>] = []
    bytes.withUnsafeBufferPointer { bytes in
      var key: Range<Int>?
      var entryStart = 0
      var lineStart = 0
      let space = UInt8(ascii: " "), newline = UInt8(ascii: "\n"), equals = UInt8(ascii: "=")
      func end(at offset: Int) {
        guard let key else { return }
        keyRanges.append(key)
        entryRanges.append(entryStart..<offset)
      }
      let base = bytes.baseAddress!
      while lineStart < bytes.count {
        // memchr, not a Swift loop over bytes: the C library looks at many bytes at a time.
        let lineEnd = Self.offset(of: newline, in: base, from: lineStart, to: bytes.count) ?? bytes.count
        let first = lineEnd > lineStart ? bytes[lineStart] : newline
        // A selector's closing `}` sits at the margin and still belongs to its entry.
        if first != newline, first != space, first != UInt8(ascii: "\r"), first != UInt8(ascii: "}") {
          end(at: lineStart)
          key = nil
          if first != UInt8(ascii: "#"),
            let sign = Self.offset(of: equals, in: base, from: lineStart, to: lineEnd)
          {
            var keyEnd = sign
            while keyEnd > lineStart, bytes[keyEnd - 1] == space { keyEnd -= 1 }
            key = lineStart..<keyEnd
            entryStart = lineStart
          }
        }
        lineStart = lineEnd + 1
      }
      end(at: bytes.count)
    }
    self.keyRanges = keyRanges
    self.entryRanges = entryRanges
  }
}
