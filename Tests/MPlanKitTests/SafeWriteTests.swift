import Foundation
import MPlanKit
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `SafeWrite`, behind `:save` and every export (issue 9: `:save` replaced devices, FIFOs,
/// symbolic links and read-only files with regular files, broke hard links and reset modes).
@Suite struct SafeWriteTests {
  let folder: String = {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("safewrite-\(UUID().uuidString)")
      .path
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }()

  func file(_ name: String, _ text: String = "old\n", mode: Int = 0o644) throws -> String {
    let path = folder + "/" + name
    try text.write(toFile: path, atomically: false, encoding: .utf8)
    chmod(path, mode_t(mode))
    return path
  }

  func read(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

  func mode(_ path: String) -> Int {
    var status = stat()
    lstat(path, &status)
    return Int(status.st_mode)
  }

  @Test func writesANewFileAndReplacesAnOldOne() throws {
    let path = folder + "/new.mplan"
    try SafeWrite.write("let a = 1\n", to: path)
    #expect(try read(path) == "let a = 1\n")
    try SafeWrite.write("let a = 2\n", to: path)
    #expect(try read(path) == "let a = 2\n")
    // Nothing is left beside it.
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["new.mplan"])
  }

  @Test func keepsTheMode() throws {
    let path = try file("private.mplan", mode: 0o600)
    try SafeWrite.write("new\n", to: path)
    #expect(mode(path) & 0o777 == 0o600)
  }

  @Test func refusesAReadOnlyFileUnlessForced() throws {
    let path = try file("locked.mplan", mode: 0o444)
    #expect(throws: SafeWrite.Failure.self) { try SafeWrite.write("new\n", to: path) }
    #expect(try read(path) == "old\n")
    try SafeWrite.write("new\n", to: path, force: true)
    #expect(try read(path) == "new\n")
    #expect(mode(path) & 0o777 == 0o444)
  }

  @Test func followsASymbolicLink() throws {
    let target = try file("target.mplan")
    let link = folder + "/link.mplan"
    symlink("target.mplan", link)
    try SafeWrite.write("new\n", to: link)
    #expect(mode(link) & Int(S_IFMT) == Int(S_IFLNK))
    #expect(try read(target) == "new\n")
  }

  @Test func keepsHardLinks() throws {
    let path = try file("one.mplan")
    let other = folder + "/two.mplan"
    link(path, other)
    try SafeWrite.write("new\n", to: path)
    #expect(try read(other) == "new\n")
  }

  @Test func refusesAFIFOAndADirectory() throws {
    let fifo = folder + "/fifo"
    mkfifo(fifo, 0o644)
    #expect(throws: SafeWrite.Failure.self) { try SafeWrite.write("new\n", to: fifo) }
    #expect(mode(fifo) & Int(S_IFMT) == Int(S_IFIFO))
    #expect(throws: SafeWrite.Failure.self) { try SafeWrite.write("new\n", to: folder) }
  }

  /// As root, `/dev/null` and `/dev/full` became regular files. A device node of our own
  /// stands in for them (made only where we may make one).
  @Test func refusesADevice() throws {
    let device = folder + "/null"
    guard mknod(device, S_IFCHR | 0o666, dev_t((1 << 8) | 3)) == 0 else { return }
    do {
      try SafeWrite.write("new\n", to: device)
      Issue.record("a device was written")
    } catch {
      #expect(error.description.contains("is a device, not a regular file"))
    }
    #expect(mode(device) & Int(S_IFMT) == Int(S_IFCHR))
  }
}
