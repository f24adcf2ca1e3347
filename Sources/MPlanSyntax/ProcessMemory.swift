#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// How much memory the process holds, for the memory budget (E0316): the parser asks it
/// every few thousand statements, the interpreter every few hundred evaluations and before
/// it draws samples. Resident memory is what puts a machine in danger, whatever holds it.
package enum ProcessMemory {
  /// The process's resident set in bytes (Linux: `/proc/self/statm`); 0 when it cannot be
  /// told, which turns the budget off rather than failing a run.
  package static func residentBytes() -> Int {
    #if os(Linux)
      let file = open("/proc/self/statm", O_RDONLY)
      guard file >= 0 else { return 0 }
      defer { close(file) }
      var buffer = [UInt8](repeating: 0, count: 128)
      let count = buffer.withUnsafeMutableBytes { read(file, $0.baseAddress, $0.count) }
      guard count > 0 else { return 0 }
      // "size resident shared …", in pages.
      var fields = buffer[0..<count].split(separator: UInt8(ascii: " "))
      guard fields.count > 1 else { return 0 }
      fields.removeFirst()
      var pages = 0
      for digit in fields[0] where digit >= 48 && digit <= 57 { pages = pages * 10 + Int(digit - 48) }
      return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    #else
      return 0
    #endif
  }

  /// A size for messages: "2 GB", "512 MB".
  package static func describe(_ bytes: Int) -> String {
    if bytes >= 1 << 30, bytes % (1 << 30) == 0 { return "\(bytes >> 30) GB" }
    if bytes >= 1 << 30 { return "\((bytes * 10 >> 30) / 10).\((bytes * 10 >> 30) % 10) GB" }
    if bytes >= 1 << 20 { return "\(bytes >> 20) MB" }
    return "\(max(1, bytes >> 10)) KB"
  }
}
