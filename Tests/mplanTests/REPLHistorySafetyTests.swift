import Foundation
import Testing

@testable import mplan

/// The history file is read and written only when it is a regular file: a link (as dotfile
/// managers make) keeps pointing at a file that is updated, and a FIFO, a device or a link to
/// one is refused before anything is opened, so the prompt never waits on it or fills memory.
@Suite(.serialized) struct REPLHistorySafetyTests {
  static func kind(_ path: String) -> mode_t {
    var info = stat()
    return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
  }

  static func stateFolder() throws -> (folder: String, history: String) {
    let folder = try REPLTerminal.makeTemporaryFolder()
    try FileManager.default.createDirectory(
      atPath: folder + "/state/mplan", withIntermediateDirectories: true)
    return (folder, folder + "/state/mplan/history")
  }

  @Test func aLinkedHistoryStaysALinkWhenItIsCompacted() throws {
    let (folder, history) = try Self.stateFolder()
    let target = folder + "/dotfiles-history"
    try "a\nb\na\nc\nd\ne\na\n".write(toFile: target, atomically: false, encoding: .utf8)
    #expect(symlink(target, history) == 0)
    let reader = HistoryFile(path: history, limit: 4)
    #expect(reader.load() == ["c", "d", "e", "a"])
    #expect(Self.kind(history) == S_IFLNK)
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "c\nd\ne\na\n")
    reader.append("f")
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "c\nd\ne\na\nf\n")
    #expect(reader.warnings.isEmpty)
  }

  @Test func aFIFOIsRefusedWithoutOpeningIt() throws {
    let (_, history) = try Self.stateFolder()
    #expect(mkfifo(history, 0o600) == 0)
    let file = HistoryFile(path: history)
    #expect(file.load().isEmpty)
    file.append("kept in memory only")
    #expect(file.warnings.count == 1)
    #expect(file.warnings.first?.contains("not a regular file") == true)
    #expect(Self.kind(history) == S_IFIFO)
  }

  @Test func aLinkToAnEndlessDeviceIsRefused() throws {
    let (_, history) = try Self.stateFolder()
    #expect(symlink("/dev/zero", history) == 0)
    let file = HistoryFile(path: history)
    #expect(file.load().isEmpty)
    #expect(file.warnings.first?.contains("not a regular file") == true)
    #expect(Self.kind(history) == S_IFLNK)
  }

  /// Whatever `stat` said, reading stops once the history is too large to be one mplan wrote.
  @Test func readingStopsPastTheLimit() throws {
    let endless = open("/dev/zero", O_RDONLY)
    #expect(endless >= 0)
    defer { close(endless) }
    let bytes = try #require(HistoryFile.readAll(endless, atMost: 100_000))
    #expect(bytes.count > 100_000 && bytes.count <= 100_000 + 65_536)
  }

  @Test func thePromptStartsWithAFIFOForAHistory() throws {
    let (folder, history) = try Self.stateFolder()
    #expect(mkfifo(history, 0o600) == 0)
    let terminal = try REPLTerminal(folder: folder)
    try terminal.waitFor("not a regular file", timeout: 10)
    try terminal.waitForPrompt()
    terminal.type("2 + 2\r")
    try terminal.waitFor("4")
    try terminal.waitForPrompt()
    terminal.type(REPLTerminal.controlD)
    #expect(try terminal.waitForExit() == 0)
    #expect(Self.kind(history) == S_IFIFO)
  }

  @Test func thePromptStartsWithAHistoryLinkedToDevZero() throws {
    let (folder, history) = try Self.stateFolder()
    #expect(symlink("/dev/zero", history) == 0)
    let terminal = try REPLTerminal(folder: folder)
    try terminal.waitFor("not a regular file", timeout: 10)
    try terminal.waitForPrompt()
    terminal.type(REPLTerminal.controlD)
    #expect(try terminal.waitForExit() == 0)
    #expect(Self.kind(history) == S_IFLNK)
  }
}
