import CPseudoTerminal
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The real `mplan` binary in a pseudo-terminal, driven like a person at a keyboard: it waits
/// for text to appear (polling the terminal with a deadline, never sleeping a fixed time) before
/// typing the next keys.
final class REPLTerminal {
  struct Timeout: Error, CustomStringConvertible {
    var expected: String
    var screen: String
    var description: String { "timed out waiting for \(expected.debugDescription); saw:\n\(screen)" }
  }

  static let controlC = "\u{03}"
  static let controlD = "\u{04}"
  static let up = "\u{1B}[A"

  let folder: String
  private let master: Int32
  private let child: pid_t
  private var output: [UInt8] = []
  /// Where the next `waitFor` starts looking, so an earlier prompt is not found again.
  private var searchFrom = 0
  private(set) var exitStatus: Int32?

  /// Starts `mplan` with HOME and the XDG folders inside `folder` (a fresh temporary folder
  /// unless given, so a second session can share the first one's history).
  init(arguments: [String] = [], folder: String? = nil, environment: [String: String] = [:]) throws {
    self.folder = try folder ?? Self.makeTemporaryFolder()
    var variables = [
      "TERM": "xterm", "HOME": self.folder + "/home", "XDG_STATE_HOME": self.folder + "/state",
      "XDG_CONFIG_HOME": self.folder + "/config", "PATH": "/usr/bin:/bin",
    ]
    for (key, value) in environment { variables[key] = value }
    try FileManager.default.createDirectory(atPath: self.folder + "/home", withIntermediateDirectories: true)

    let argv = [RunMPlan.binary.path] + arguments
    let envp = variables.map { "\($0.key)=\($0.value)" }
    var descriptor: Int32 = -1
    var pid: pid_t = 0
    let status = Self.withCStrings(argv) { cArguments in
      Self.withCStrings(envp) { cEnvironment in
        mplan_spawn_in_pseudo_terminal(
          RunMPlan.binary.path, cArguments, cEnvironment, 24, 100, &descriptor, &pid)
      }
    }
    guard status == 0 else { throw POSIXError(POSIXErrorCode(rawValue: status) ?? .EIO) }
    master = descriptor
    child = pid
  }

  deinit {
    if exitStatus == nil {
      kill(child, SIGKILL)
      var status: Int32 = 0
      waitpid(child, &status, 0)
    }
    close(master)
  }

  /// Everything the terminal showed so far, escape codes and all.
  var screen: String { String(decoding: output, as: UTF8.self) }

  func type(_ text: String) {
    type(Array(text.utf8))
  }

  /// Writes keys a chunk at a time, reading the echo in between: a long paste would otherwise
  /// fill both directions of the terminal and block the child and the test on each other.
  func type(_ bytes: [UInt8]) {
    var offset = 0
    while offset < bytes.count {
      var descriptor = pollfd(fd: master, events: Int16(POLLIN | POLLOUT), revents: 0)
      guard poll(&descriptor, 1, 1000) > 0 else { continue }
      if descriptor.revents & Int16(POLLIN) != 0 { _ = readSome(waitingAtMost: 0) }
      guard descriptor.revents & Int16(POLLOUT) != 0 else { continue }
      let end = min(offset + 1024, bytes.count)
      let written = bytes[offset..<end].withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
      if written < 0 {
        if errno == EINTR || errno == EAGAIN { continue }
        return
      }
      offset += written
    }
  }

  /// Waits until `text` appears after what earlier waits found.
  @discardableResult
  func waitFor(_ text: String, timeout: TimeInterval = 20) throws -> String {
    let needle = Array(text.utf8)
    let deadline = Date().addingTimeInterval(timeout)
    while true {
      if let range = Self.find(needle, in: output, from: searchFrom) {
        let seen = String(decoding: output[searchFrom..<range.upperBound], as: UTF8.self)
        searchFrom = range.upperBound
        return seen
      }
      let remaining = deadline.timeIntervalSinceNow
      if remaining <= 0 || !readSome(waitingAtMost: remaining) {
        throw Timeout(expected: text, screen: String(decoding: output[searchFrom...], as: UTF8.self))
      }
    }
  }

  @discardableResult
  func waitForPrompt() throws -> String { try waitFor("mplan> ") }

  /// Waits for the child to end, reading what it still prints; returns its exit status.
  func waitForExit(timeout: TimeInterval = 20) throws -> Int32 {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      var status: Int32 = 0
      let result = waitpid(child, &status, WNOHANG)
      if result == child {
        exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return exitStatus!
      }
      if result < 0 { throw Timeout(expected: "exit (waitpid: errno \(errno))", screen: screen) }
      _ = readSome(waitingAtMost: 0.05)
    }
    throw Timeout(expected: "exit", screen: screen)
  }

  /// One poll-and-read; false when the terminal is closed and nothing more will come.
  private func readSome(waitingAtMost seconds: TimeInterval) -> Bool {
    var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    let ready = poll(&descriptor, 1, Int32(max(1, min(seconds, 1) * 1000)))
    if ready <= 0 { return ready == 0 || errno == EINTR }
    var chunk = [UInt8](repeating: 0, count: 65536)
    let count = chunk.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
    if count > 0 {
      output.append(contentsOf: chunk[0..<count])
      return true
    }
    // EIO: the child closed its side of the terminal.
    return false
  }

  static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Range<Int>? {
    guard !needle.isEmpty, haystack.count - start >= needle.count else { return nil }
    var index = start
    while index + needle.count <= haystack.count {
      if haystack[index] == needle[0], Array(haystack[index..<index + needle.count]) == needle {
        return index..<index + needle.count
      }
      index += 1
    }
    return nil
  }

  static func makeTemporaryFolder() throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "mplan-repl-\(UUID().uuidString)"
    ).path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  private static func withCStrings<Result>(
    _ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> Result
  ) -> Result {
    var pointers = strings.map { strdup($0) }
    pointers.append(nil)
    defer { pointers.forEach { free($0) } }
    return body(pointers)
  }
}
