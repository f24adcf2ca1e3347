import Foundation

/// Runs the built `mplan` binary as a user would, with a deadline so that a hang fails the
/// test instead of stalling CI.
struct RunMPlan {
  struct Result {
    var status: Int32
    var standardOutput: String
    var standardError: String
  }

  /// The binary sits next to the test bundle in `.build/<configuration>/`.
  static let binary: URL = {
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = folder.appendingPathComponent("mplan")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      folder = folder.deletingLastPathComponent()
    }
    return URL(fileURLWithPath: ".build/debug/mplan")
  }()

  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()

  /// `standardOutput`, when given, replaces the pipe the output is read from (`/dev/full`, to
  /// see a failed write reported); the result's output is then empty.
  static func run(
    _ arguments: [String], input: Data? = nil, environment: [String: String] = [:],
    timeout: TimeInterval = 30,
    standardOutput: FileHandle? = nil
  ) throws -> Result {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = repository
    var combined = ProcessInfo.processInfo.environment
    combined["NO_COLOR"] = nil
    for (key, value) in environment { combined[key] = value }
    process.environment = combined
    let output = Pipe()
    let error = Pipe()
    let inputPipe = Pipe()
    process.standardOutput = standardOutput ?? output
    process.standardError = error
    process.standardInput = inputPipe
    try process.run()
    if standardOutput != nil { try? output.fileHandleForWriting.close() }
    // Read both pipes while the process runs, so a large output cannot fill a pipe and stall it.
    final class Collected: @unchecked Sendable {
      var output = Data()
      var error = Data()
    }
    let collected = Collected()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
      collected.output = output.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    group.enter()
    DispatchQueue.global().async {
      collected.error = error.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    if let input { inputPipe.fileHandleForWriting.write(input) }
    try? inputPipe.fileHandleForWriting.close()
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning, Date() < deadline { usleep(5_000) }
    if process.isRunning {
      process.terminate()
      // A process blocked where SIGTERM does not reach it (opening a FIFO) is killed, so a
      // hang fails the test instead of stalling it.
      let grace = Date().addingTimeInterval(2)
      while process.isRunning, Date() < grace { usleep(5_000) }
      if process.isRunning { kill(process.processIdentifier, SIGKILL) }
      process.waitUntilExit()
      group.wait()
      return Result(status: -1, standardOutput: "", standardError: "timed out after \(timeout) s")
    }
    process.waitUntilExit()
    group.wait()
    return Result(
      status: process.terminationStatus,
      standardOutput: String(decoding: collected.output, as: UTF8.self),
      standardError: String(decoding: collected.error, as: UTF8.self))
  }

  /// Writes `contents` to a fresh temporary file and returns its path.
  static func temporaryFile(_ contents: Data, name: String = "script.mplan") throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "mplan-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let file = folder.appendingPathComponent(name)
    try contents.write(to: file)
    return file.path
  }

  static func temporaryFile(_ text: String, name: String = "script.mplan") throws -> String {
    try temporaryFile(Data(text.utf8), name: name)
  }
}
