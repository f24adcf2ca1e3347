/// The positions of a ledger's keys that reach the plan by their name alone (no rule, no
/// channel column: every row of a plain export), found from the key's bytes. The ledger's
/// `keyIndex` hashes a string with SipHash, which made finding a row's key a tenth of the cost
/// of reading it; this table hashes the bytes with FNV-1a and compares with the key kept.
package struct ActualsKeyTable {
  /// Open addressing, a power of two long: each slot's hash and position (-1: empty).
  private var hashes: [UInt64] = Array(repeating: 0, count: 64)
  private var positions: [Int32] = Array(repeating: -1, count: 64)
  private var count = 0

  package init() {}

  package static func hash(_ key: String) -> UInt64 {
    var key = key
    return key.withUTF8 { bytes in
      var hash: UInt64 = 0xcbf2_9ce4_8422_2325
      for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
      return hash
    }
  }

  /// The position of `key`, whose `hash` is given, when it was inserted; `keys` are the
  /// ledger's, by position.
  package func position(of key: String, hash: UInt64, keys: [String]) -> Int? {
    let mask = positions.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while positions[slot] >= 0 {
      if hashes[slot] == hash, keys[Int(positions[slot])] == key { return Int(positions[slot]) }
      slot = (slot + 1) & mask
    }
    return nil
  }

  package mutating func insert(hash: UInt64, position: Int) {
    if (count + 1) * 2 > positions.count { grow() }
    let mask = positions.count - 1
    var slot = Int(truncatingIfNeeded: hash) & mask
    while positions[slot] >= 0 { slot = (slot + 1) & mask }
    hashes[slot] = hash
    positions[slot] = Int32(position)
    count += 1
  }

  private mutating func grow() {
    let old = zip(hashes, positions).filter { $0.1 >= 0 }
    hashes = Array(repeating: 0, count: positions.count * 2)
    positions = Array(repeating: -1, count: positions.count * 2)
    count = 0
    for (hash, position) in old { insert(hash: hash, position: Int(position)) }
  }
}
