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
    let path = try file("one.mplan", "an old text longer than the new one\n")
    let other = folder + "/two.mplan"
    link(path, other)
    try SafeWrite.write("new\n", to: path)
    #expect(try read(other) == "new\n")
    try SafeWrite.write("a new text longer than the one before\n", to: other)
    #expect(try read(path) == "a new text longer than the one before\n")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["one.mplan", "two.mplan"])
  }

  /// Issue 27: the temporary file was named after the target, so a name the file system
  /// accepts (up to 255 bytes) failed from about 236 bytes.
  @Test func writesANameAsLongAsTheFileSystemAllows() throws {
    let path = folder + "/" + String(repeating: "a", count: 249) + ".mplan"
    try SafeWrite.write("new\n", to: path)
    #expect(try read(path) == "new\n")
    try SafeWrite.write("newer\n", to: path)
    #expect(try read(path) == "newer\n")
  }

  /// Issue 27: the system ends a name at a NUL, so `hook.sh\0.csv` wrote `hook.sh`.
  @Test(arguments: ["hook.sh\u{0}.csv", "two\nlines.md", "tab\t.md", "escape\u{1B}[31m.md", "c1\u{85}.md"])
  func refusesANameWithAControlCharacter(name: String) throws {
    do {
      try SafeWrite.write("new\n", to: folder + "/" + name)
      Issue.record("`\(name)` was written")
    } catch {
      #expect(error.description.contains("holds a control character"))
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
  }

  /// A direction override shows `report\u{202E}lmth.md` as `reportdm.html` in a listing.
  @Test(arguments: ["report\u{202E}lmth.md", "a\u{2066}b.md", "x\u{202B}y.csv"])
  func refusesANameWithADirectionOverride(name: String) throws {
    do {
      try SafeWrite.write("new\n", to: folder + "/" + name)
      Issue.record("`\(name)` was written")
    } catch {
      #expect(error.description.contains("invisible direction control"))
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
  }

  /// Persian words need the zero-width non-joiner (U+200C): such a name is a file name.
  @Test func writesAPersianNameWithItsJoiners() throws {
    let path = folder + "/گزارش\u{200C}ها.md"
    try SafeWrite.write("new\n", to: path)
    #expect(try read(path) == "new\n")
  }

  /// Issue 27: the advice for a read-only file is the caller's (`--force`, `:export! FILE`).
  @Test func aReadOnlyFileGetsTheCallersAdvice() throws {
    let path = try file("locked.md", mode: 0o444)
    do {
      try SafeWrite.write("new\n", to: path, forceAdvice: "`--force`")
      Issue.record("a read-only file was written")
    } catch {
      #expect(error.description.hasSuffix("is read-only; use `--force` to replace it anyway"))
    }
    do {
      try SafeWrite.write("new\n", to: path)
      Issue.record("a read-only file was written")
    } catch {
      #expect(error.description.hasSuffix("is read-only; make it writable first, or write another file"))
    }
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
