import Foundation
import Testing

/// `mplan fmt` writes only what it was asked to, the way every other writer in mplan does
/// (`SafeWrite`), and never blocks on, replaces or loops over what is not a plain file.
@Suite struct FmtFileSafetyTests {
  static let messy = FmtCommandTests.messy
  static let tidy = FmtCommandTests.tidy

  static func kind(_ path: String) -> mode_t {
    var info = stat()
    return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
  }

  static func folder() throws -> String {
    URL(fileURLWithPath: try RunMPlan.temporaryFile(Self.messy, name: "plan.mplan"))
      .deletingLastPathComponent()
      .path
  }

  @Test func aFIFOIsRefusedWithoutBlockingAndStaysAFIFO() throws {
    let fifo = try Self.folder() + "/pipe.mplan"
    #expect(mkfifo(fifo, 0o644) == 0)
    for arguments in [["fmt", fifo], ["fmt", "--check", fifo], ["fmt", "--diff", fifo]] {
      let result = try RunMPlan.run(arguments, timeout: 10)
      #expect(result.status == 66, "\(arguments): \(result.standardError)")
      #expect(result.standardError.contains("not a regular file"), "\(result.standardError)")
      #expect(Self.kind(fifo) == S_IFIFO)
    }
  }

  @Test func aFIFOInAFolderIsReportedAndTheRestIsFormatted() throws {
    let folder = try Self.folder()
    #expect(mkfifo(folder + "/pipe.mplan", 0o644) == 0)
    let check = try RunMPlan.run(["fmt", "--check", folder], timeout: 10)
    #expect(check.status == 66, "\(check.standardError)")
    #expect(check.standardOutput == folder + "/plan.mplan\n")
    let result = try RunMPlan.run(["fmt", folder], timeout: 10)
    #expect(result.status == 66, "\(result.standardError)")
    #expect(result.standardError.contains("pipe.mplan"))
    #expect(Self.kind(folder + "/pipe.mplan") == S_IFIFO)
    #expect(try FmtCommandTests.contents(folder + "/plan.mplan") == Self.tidy)
  }

  @Test func aDeviceIsNeverReplaced() throws {
    let result = try RunMPlan.run(["fmt", "/dev/null"], timeout: 10)
    #expect(result.status == 66, "\(result.standardError)")
    #expect(Self.kind("/dev/null") == S_IFCHR)
  }

  @Test func aReadOnlyFileIsLeftAsItWas() throws {
    let path = try RunMPlan.temporaryFile(Self.messy)
    #expect(chmod(path, 0o444) == 0)
    let result = try RunMPlan.run(["fmt", path])
    #expect(result.status == 73, "\(result.standardError)")
    #expect(result.standardError.contains("read-only"))
    #expect(try FmtCommandTests.contents(path) == Self.messy)
    #expect(try FmtCommandTests.permissions(path) == 0o444)
  }

  @Test func hardLinksStillShareTheFormattedFile() throws {
    let path = try RunMPlan.temporaryFile(Self.messy)
    let other = path + ".link"
    #expect(link(path, other) == 0)
    let result = try RunMPlan.run(["fmt", path])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(try FmtCommandTests.contents(other) == Self.tidy)
    var info = stat()
    #expect(stat(path, &info) == 0 && info.st_nlink == 2)
  }

  @Test func aSymbolicLinkStaysALinkToTheFormattedFile() throws {
    let path = try RunMPlan.temporaryFile(Self.messy)
    let linked = path + ".link.mplan"
    #expect(symlink(path, linked) == 0)
    let result = try RunMPlan.run(["fmt", linked])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(Self.kind(linked) == S_IFLNK)
    #expect(try FmtCommandTests.contents(path) == Self.tidy)
  }

  /// Run as root, a rewrite keeps the file's owner but never a set-user-ID bit on it.
  @Test(.enabled(if: geteuid() == 0)) func aFileRootRewritesLosesItsSetUserIDBit() throws {
    let path = try RunMPlan.temporaryFile(Self.messy)
    #expect(chown(path, 4321, 4321) == 0)
    #expect(chmod(path, 0o6755) == 0)
    let result = try RunMPlan.run(["fmt", path])
    #expect(result.status == 0, "\(result.standardError)")
    var info = stat()
    #expect(stat(path, &info) == 0)
    #expect(info.st_uid == 4321 && info.st_gid == 4321)
    #expect(info.st_mode & 0o7777 == 0o755)
    #expect(try FmtCommandTests.contents(path) == Self.tidy)
  }

  /// A hard-linked file is rewritten in place; it loses the bit as well (the kernel clears it
  /// for any writer but root).
  @Test(.enabled(if: geteuid() == 0)) func aHardLinkedFileRootRewritesLosesItsSetUserIDBit() throws {
    let path = try RunMPlan.temporaryFile(Self.messy)
    #expect(link(path, path + ".other") == 0)
    #expect(chown(path, 4321, 4321) == 0)
    #expect(chmod(path, 0o6755) == 0)
    let result = try RunMPlan.run(["fmt", path])
    #expect(result.status == 0, "\(result.standardError)")
    var info = stat()
    #expect(stat(path + ".other", &info) == 0)
    #expect(info.st_uid == 4321 && info.st_nlink == 2)
    #expect(info.st_mode & 0o7777 == 0o755)
    #expect(try FmtCommandTests.contents(path + ".other") == Self.tidy)
  }

  @Test func aFolderWalkListsEachFileOnceAndFollowsNoFolderLinks() throws {
    let folder = try Self.folder()
    #expect(symlink(".", folder + "/again") == 0)
    #expect(symlink(folder, folder + "/and-again") == 0)
    #expect(symlink("plan.mplan", folder + "/alias.mplan") == 0)
    let result = try RunMPlan.run(["fmt", "--check", folder, folder + "/plan.mplan"], timeout: 60)
    #expect(result.status == 1, "\(result.standardError)")
    #expect(result.standardOutput == folder + "/plan.mplan\n")
  }
}
