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
  static func installHandlers() {
    for fault in [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE, SIGABRT] {
      signal(fault) { _ in
        let message: StaticString =
          "\nmplan: internal error: mplan itself failed (not your script); please report it with the input that caused it\n"
        _ = message.withUTF8Buffer { buffer in write(STDERR_FILENO, buffer.baseAddress, buffer.count) }
        _exit(70)
      }
    }
    // A test hook: shows that a fault in mplan exits 70 (Tests/mplanTests/RunCommandTests).
    if getenv("MPLAN_SIMULATE_INTERNAL_FAULT") != nil {
      fatalError("simulated internal fault")
    }
  }
}
