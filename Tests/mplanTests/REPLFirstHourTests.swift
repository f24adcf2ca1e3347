import Foundation
import Testing

/// Issue 12: the prompt in a new user's first hour: a welcome line, help on the language,
/// Ctrl-D inside a block, and blocks in the history.
@Suite(.serialized) struct REPLFirstHourTests {
  @Test func aTerminalIsWelcomed() throws {
    let terminal = try REPLTerminal()
    try terminal.waitFor("mplan 0.1.0 — :help for help, Ctrl-D to leave")
    try terminal.waitForPrompt()
    terminal.type(REPLTerminal.controlD)
    #expect(try terminal.waitForExit() == 0)
  }

  /// Ctrl-D in an unfinished block drops the block with a message and stays.
  @Test func ctrlDInABlockDropsTheBlockAndStays() throws {
    let terminal = try REPLTerminal()
    try terminal.waitForPrompt()
    terminal.type("let total = (1 +\r")
    try terminal.waitFor("...> ")
    terminal.type(REPLTerminal.controlD)
    try terminal.waitFor("dropped the unfinished input, 1 line")
    try terminal.waitForPrompt()
    terminal.type("40 + 2\r")
    try terminal.waitFor("42")
    try terminal.waitForPrompt()
    terminal.type(REPLTerminal.controlD)
    #expect(try terminal.waitForExit() == 0)
  }

  /// A block is one history entry, recalled whole in the next session; a block cancelled with
  /// Ctrl-C leaves nothing in the history.
  @Test func aBlockIsOneHistoryEntry() throws {
    let first = try REPLTerminal()
    try first.waitForPrompt()
    first.type("let cancelled = (1 +\r")
    try first.waitFor("...> ")
    first.type(REPLTerminal.controlC)
    try first.waitForPrompt()
    first.type("let total = (1 +\r")
    try first.waitFor("...> ")
    first.type("2)\r")
    try first.waitForPrompt()
    first.type(REPLTerminal.controlD)
    #expect(try first.waitForExit() == 0)
    let history = try String(contentsOfFile: first.folder + "/state/mplan/history", encoding: .utf8)
    #expect(history == "let total = (1 +\u{2028}2)\n")

    let second = try REPLTerminal(folder: first.folder)
    try second.waitForPrompt()
    second.type(REPLTerminal.up)
    try second.waitFor("2)")
    second.type("\r")
    try second.waitForPrompt()
    second.type("total * 10\r")
    try second.waitFor("30")
    try second.waitForPrompt()
    second.type(REPLTerminal.controlD)
    #expect(try second.waitForExit() == 0)
  }

  /// `:help` covers the language: each topic, and SMART letter by letter with the SMART article's examples.
  @Test(arguments: [
    ("smart", "double our"), ("goal", "supports"), ("funnel", "inbound.need"), ("budget", "top-down"),
    ("scenario", "scenario cautious"), ("compare", "compare base"), ("units", "$0.80/visit"),
    ("ranges", "chance("),
  ])
  func helpCoversTheLanguage(topic: String, excerpt: String) throws {
    let home = try REPLTerminal.makeTemporaryFolder()
    let result = try RunMPlan.run(
      [], input: Data(":help \(topic)\n".utf8),
      environment: ["HOME": home, "XDG_STATE_HOME": home + "/state", "XDG_CONFIG_HOME": home + "/config"])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.contains(excerpt), "\(result.standardOutput)")
  }

  /// `:load` of a plan with scenarios after an input that used `_`: the scenarios rerun the
  /// history, `_ * 2` included, and the load is kept.
  @Test func loadingAPlanAfterUnderscoreRunsItsScenarios() throws {
    let home = try REPLTerminal.makeTemporaryFolder()
    let result = try RunMPlan.run(
      [], input: Data("1 + 1\n_ * 2\n:load examples/funnel.mplan\nneed.visit\n".utf8),
      environment: ["HOME": home, "XDG_STATE_HOME": home + "/state", "XDG_CONFIG_HOME": home + "/config"])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.contains("13,334 visits"))
    #expect(result.standardOutput.hasSuffix("10,000 visits\n"))
  }
}
