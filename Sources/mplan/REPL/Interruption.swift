import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Ctrl-C while an input is being evaluated. libedit reads Ctrl-C as a key while a line is
/// edited; once the line is entered the terminal sends SIGINT again, and this handler turns
/// it into a request the interpreter checks before each statement and function call, so a
/// runaway computation ends with `E0309` and the session goes on.
enum Interruption {
  static let requested = Atomic<Bool>(false)

  static func install() {
    _ = requested.load(ordering: .relaxed)  // initialised here, never first in the handler
    signal(SIGINT) { _ in Interruption.requested.store(true, ordering: .relaxed) }
  }

  /// Clears a Ctrl-C that arrived between inputs, so it does not stop the next one.
  static func reset() {
    requested.store(false, ordering: .relaxed)
  }

  static let check: @Sendable () -> Bool = { requested.load(ordering: .relaxed) }
}
