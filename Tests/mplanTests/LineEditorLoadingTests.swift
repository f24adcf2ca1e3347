import Foundation
import Testing

/// libedit is loaded when the interactive prompt starts, not linked into the binary, so that
/// `run`, `check`, `export` and the rest start without its relocations (issue 26).
@Suite(.serialized) struct LineEditorLoadingTests {
  @Test func theBinaryDoesNotLinkLibedit() throws {
    let text = try BinaryTests.linkedLibraries()
    #expect(text.contains("libc.so"), "ldd did not list the binary's libraries:\n\(text)")
    #expect(!text.contains("libedit"), "mplan links libedit at start-up:\n\(text)")
  }

  /// A library that cannot be loaded is said once, with the system's reason, and the session
  /// goes on reading plain lines.
  @Test func aLineEditorThatCannotBeLoadedIsSaidAndTheSessionGoesOn() throws {
    let missing = "/nonexistent/libedit.so.2"
    let terminal = try REPLTerminal(environment: ["MPLAN_LIBEDIT": missing])
    try terminal.waitFor("the line editor could not be loaded")
    try terminal.waitFor(missing)
    terminal.type("6 * 7\r")
    try terminal.waitFor("42")
    terminal.type(REPLTerminal.controlD)
    #expect(try terminal.waitForExit() == 0)
  }

  /// A library without libedit's functions is refused the same way, not called.
  @Test func aLibraryThatIsNotLibeditIsRefused() throws {
    let terminal = try REPLTerminal(environment: ["MPLAN_LIBEDIT": "libm.so.6"])
    try terminal.waitFor("a libedit without el_init")
    terminal.type("6 * 7\r")
    try terminal.waitFor("42")
    terminal.type(REPLTerminal.controlD)
    #expect(try terminal.waitForExit() == 0)
  }
}
