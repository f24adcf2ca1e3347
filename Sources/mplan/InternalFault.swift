import MPlanKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A fault in mplan itself (a Swift runtime trap, a bad memory access) ends the process with
/// exit status 70 (EX_SOFTWARE) and a line that says it is mplan's fault, not the script's,
/// instead of a bare signal. Only async-signal-safe calls run in the handler.
enum InternalFault {
  /// The line the handler writes. A handler may only write bytes fixed beforehand, so the
  /// message is rendered (in English: the reader's language is not known yet) before any
  /// handler is installed, and the handler only reads it.
  static let line: [UInt8] = Array(("\n" + Message("internal-fault").english + "\n").utf8)

  static func installHandlers() {
    _ = line.count
    for fault in [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE, SIGABRT] {
      signal(fault) { _ in
        _ = InternalFault.line.withUnsafeBufferPointer { write(STDERR_FILENO, $0.baseAddress, $0.count) }
        _exit(70)
      }
    }
    // A test hook: shows that a fault in mplan exits 70 (Tests/mplanTests/RunCommandTests).
    if getenv("MPLAN_SIMULATE_INTERNAL_FAULT") != nil {
      fatalError("MPLAN_SIMULATE_INTERNAL_FAULT")
    }
  }
}
