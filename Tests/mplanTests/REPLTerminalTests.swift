import Foundation
import Testing

/// The interactive prompt at a real (pseudo-)terminal: libedit, history, completion, keys.
/// Serialized: each test owns a terminal and a child process, and CI machines are small.
@Suite(.serialized) struct REPLTerminalTests {
  @Test func promptShowsResultsWithUnitsAndCtrlDExitsZero() throws {
    let terminal = try REPLTerminal()
    try terminal.waitForPrompt()
    terminal.type("$240k / ($24k per customer)\r")
    try terminal.waitFor("10 customers")
    try terminal.waitForPrompt()
    terminal.type("_ * 2\r")
    try terminal.waitFor("20 customers")
    try terminal.waitForPrompt()
    terminal.type(REPLTerminal.controlD)
    #expect(try terminal.waitForExit() == 0)
  }

  /// An uncertain value at a terminal carries its sparkline: blocks in a UTF-8 locale, plain
  /// text in another (piped output has none: the script tests compare it as before).
  @Test(arguments: [("C.UTF-8", "█"), ("C", "#")])
  func anUncertainValueShowsItsShape(locale: String, fullest: String) throws {
    let terminal = try REPLTerminal(environment: ["LANG": locale, "LC_ALL": locale])
    try terminal.waitForPrompt()
    terminal.type("print uniform(0, 10)\r")
    try terminal.waitFor(" to 9.5) ")
    try terminal.waitFor(fullest)
    try terminal.waitForPrompt()
    terminal.type(REPLTerminal.controlD)
    #expect(try terminal.waitForExit() == 0)
  }

  /// The value an input echoes is shown as `print` shows it: with its sparkline too.
  @Test func anEchoedUncertainValueShowsItsShape() throws {
    let terminal = try REPLTerminal(environment: ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"])
    try terminal.waitForPrompt()
    terminal.type("uniform(0, 10)\r")
    try terminal.waitFor(" to 9.5) ")
    try terminal.waitFor("█")
    try terminal.waitForPrompt()
    terminal.type(REPLTerminal.controlD)
    #expect(try terminal.waitForExit() == 0)
  }

  @Test func ctrlCStopsALongComputationAndKeepsTheSession() throws {
    let terminal = try REPLTerminal()
    try terminal.waitForPrompt()
    terminal.type("let kept = 7\r")
    try terminal.waitForPrompt()
    terminal.type("fn fib(n) = if n < 2 then n else fib(n - 1) + fib(n - 2)\r")
    try terminal.waitForPrompt()
    terminal.type("let slow = fib(60)\r")
    try terminal.waitFor("fib(60)\r\n")
    // Until libedit hands the terminal back, Ctrl-C is a key, not a signal: press it again
    // until the computation reports that it stopped.
    var interrupted = false
    for _ in 0..<40 where !interrupted {
      terminal.type(REPLTerminal.controlC)
      interrupted = (try? terminal.waitFor("E0309", timeout: 0.5)) != nil
    }
    #expect(interrupted)
    try terminal.waitForPrompt()
    terminal.type("kept + 1\r")
    try terminal.waitFor("\n8\r\n")
    try terminal.waitForPrompt()
    terminal.type(REPLTerminal.controlD)
    #expect(try terminal.waitForExit() == 0)
  }

  /// A large data table is worked out on several threads with no function calls in it: Ctrl-C
  /// still stops it between rows, and the session goes on.
  @Test func ctrlCStopsALargeTable() throws {
    let terminal = try REPLTerminal()
    try terminal.waitForPrompt()
    for line in ["let noise = 1 to 2", "let cpc = $1 per visit", "let reach = 10,000 visits"] {
      terminal.type(line + "\r")
      try terminal.waitForPrompt()
    }
    terminal.type("let spend = cpc * reach * noise\r")
    try terminal.waitForPrompt()
    terminal.type(
      "table spend over cpc from $1 per visit to $3 per visit step $0.01 per visit, reach from 1,000 visits to 2,000 visits step 10 visits\r"
    )
    try terminal.waitFor("step 10 visits\r\n")
    var interrupted = false
    for _ in 0..<40 where !interrupted {
      terminal.type(REPLTerminal.controlC)
      interrupted = (try? terminal.waitFor("E0309", timeout: 0.5)) != nil
    }
    #expect(interrupted)
    try terminal.waitForPrompt()
    terminal.type("cpc\r")
    try terminal.waitFor("$1 per visit\r\n")
    try terminal.waitForPrompt()
    terminal.type(REPLTerminal.controlD)
    #expect(try terminal.waitForExit() == 0)
  }

  @Test func unfinishedStatementAsksForMore() throws {
    let terminal = try REPLTerminal()
    try terminal.waitForPrompt()
    terminal.type("let total = (1 +\r")
    try terminal.waitFor("...> ")
    terminal.type("2)\r")
    try terminal.waitForPrompt()
    terminal.type("total * 10\r")
    try terminal.waitFor("30")
  }

  @Test func historyIsRecalledInTheNextSession() throws {
    let first = try REPLTerminal()
    try first.waitForPrompt()
    first.type("let remembered = 42\r")
    try first.waitForPrompt()
    first.type(REPLTerminal.controlD)
    #expect(try first.waitForExit() == 0)
    let history = try String(contentsOfFile: first.folder + "/state/mplan/history", encoding: .utf8)
    #expect(history == "let remembered = 42\n")

    let second = try REPLTerminal(folder: first.folder)
    try second.waitForPrompt()
    second.type(REPLTerminal.up)
    try second.waitFor("let remembered = 42")
    second.type("\r")
    try second.waitForPrompt()
    second.type("remembered\r")
    try second.waitFor("42")
  }

  @Test func tabCompletesNamesMembersAndCommands() throws {
    let terminal = try REPLTerminal()
    try terminal.waitForPrompt()
    terminal.type("let budget_total = $5k\r")
    try terminal.waitForPrompt()
    terminal.type("budget_t\t")
    try terminal.waitFor("otal")
    terminal.type(" * 2\r")
    try terminal.waitFor("$10,000")
    try terminal.waitForPrompt()
    terminal.type("funnel inbound {\r")
    try terminal.waitFor("...> ")
    terminal.type("visit -> customer : 2%\r")
    try terminal.waitFor("...> ")
    terminal.type("}\r")
    try terminal.waitForPrompt()
    terminal.type("inbound.ne\t")
    try terminal.waitFor("ed")
    terminal.type("(10 customer).visit\r")
    try terminal.waitFor("500 visits")
    try terminal.waitForPrompt()
    terminal.type("$240k / ($24k per custo\t")
    try terminal.waitFor("mer")
    terminal.type(")\r")
    try terminal.waitFor("10 customers")
    try terminal.waitForPrompt()
    terminal.type(":he\t")
    try terminal.waitFor("lp ")
    terminal.type("keys\r")
    try terminal.waitFor("Ctrl-R")
  }

  @Test func ctrlCDropsTheLineAndKeepsTheSession() throws {
    let terminal = try REPLTerminal()
    try terminal.waitForPrompt()
    terminal.type("let kept = 7\r")
    try terminal.waitForPrompt()
    terminal.type("let dropped = 1")
    try terminal.waitFor("dropped = 1")
    terminal.type(REPLTerminal.controlC)
    try terminal.waitFor("^C")
    try terminal.waitForPrompt()
    terminal.type("let unfinished = (1 +\r")
    try terminal.waitFor("...> ")
    terminal.type(REPLTerminal.controlC)
    try terminal.waitForPrompt()
    terminal.type("dropped\r")
    try terminal.waitFor("unknown name `dropped`")
    try terminal.waitForPrompt()
    terminal.type("kept\r")
    try terminal.waitFor("7")
    try terminal.waitForPrompt()
    terminal.type(":quit\r")
    #expect(try terminal.waitForExit() == 0)
  }

  @Test func aFailedLineLeavesBindingsAsTheyWere() throws {
    let terminal = try REPLTerminal()
    try terminal.waitForPrompt()
    terminal.type("let price = $10\r")
    try terminal.waitForPrompt()
    terminal.type("let price = price + 3 visit\r")
    try terminal.waitFor("error")
    try terminal.waitForPrompt()
    terminal.type("price\r")
    try terminal.waitFor("$10")
  }

  /// Issue 14: a funnel rate typed anew at the prompt recalculates what depends on it and
  /// says what changed, the way a spreadsheet does.
  @Test func redefiningAFunnelShowsWhatChanged() throws {
    let terminal = try REPLTerminal()
    try terminal.waitForPrompt()
    for line in [
      "funnel f {", "visit -> mql : 2%", "mql -> customer : 50%", "}", "let need = f.need(100 customers)",
    ] {
      terminal.type(line + "\r")
    }
    try terminal.waitForPrompt()
    for line in ["funnel f {", "visit -> mql : 1%", "mql -> customer : 50%", "}"] {
      terminal.type(line + "\r")
    }
    try terminal.waitFor("need.visit 10,000 visits → 20,000 visits (+100%)")
    try terminal.waitForPrompt()
    terminal.type("need.mql\r")
    try terminal.waitFor("200 MQLs")
  }

  /// Issue 14: `:scenario NAME` works under a scenario, and the prompt says which.
  @Test func scenarioCommandShowsInThePrompt() throws {
    let terminal = try REPLTerminal()
    try terminal.waitForPrompt()
    terminal.type("let cpc = $1.20 per visit\r")
    try terminal.waitForPrompt()
    terminal.type("let spend = cpc * 1,000 visits\r")
    try terminal.waitForPrompt()
    terminal.type("scenario cheap { cpc = $1 per visit }\r")
    try terminal.waitForPrompt()
    terminal.type(":scenario cheap\r")
    try terminal.waitFor("mplan[cheap]> ")
    terminal.type("spend\r")
    try terminal.waitFor("$1,000")
    terminal.type(":scenario base\r")
    try terminal.waitFor("Back to the plan as written.")
    try terminal.waitForPrompt()
    terminal.type("spend\r")
    try terminal.waitFor("$1,200")
  }

  @Test func arabicAndCyrillicNamesTypeAndComplete() throws {
    let terminal = try REPLTerminal()
    try terminal.waitForPrompt()
    terminal.type("let выручка = $5k\r")
    try terminal.waitForPrompt()
    terminal.type("let ربح = 10%\r")
    try terminal.waitForPrompt()
    terminal.type("выру\t")
    try terminal.waitFor("чка")
    terminal.type(" * ربح\r")
    try terminal.waitFor("$500")
  }

  @Test func invalidUTF8BytesAreDroppedNotFatal() throws {
    let terminal = try REPLTerminal()
    try terminal.waitForPrompt()
    // libedit drops bytes that do not decode, so what is left is `6 * 7`.
    terminal.type(Array("6 * ".utf8) + [0xFF, 0xC3, 0xFE] + Array("7\r".utf8))
    try terminal.waitFor("42")
    try terminal.waitForPrompt()
    terminal.type("1 + 1\r")
    try terminal.waitFor("2")
  }

  @Test func aLongPastedLineIsEditedAndEvaluated() throws {
    let terminal = try REPLTerminal()
    try terminal.waitForPrompt()
    terminal.type("let long = \"" + String(repeating: "ab", count: 32_768) + "yz\"\r")
    try terminal.waitForPrompt()
    terminal.type("long\r")
    try terminal.waitFor("abyz")
    try terminal.waitForPrompt()
    terminal.type(REPLTerminal.controlD)
    #expect(try terminal.waitForExit() == 0)
    // A line that long is not worth keeping in the history file.
    let history = try String(contentsOfFile: terminal.folder + "/state/mplan/history", encoding: .utf8)
    #expect(history == "long\n")
  }

  @Test func corruptHistoryFileIsReportedAndLeftAlone() throws {
    let folder = try REPLTerminal.makeTemporaryFolder()
    try FileManager.default.createDirectory(
      atPath: folder + "/state/mplan", withIntermediateDirectories: true)
    let corrupt = Data([0x31, 0x0A, 0x00, 0xFF, 0x0A])
    try corrupt.write(to: URL(fileURLWithPath: folder + "/state/mplan/history"))
    let terminal = try REPLTerminal(folder: folder)
    try terminal.waitFor("is not UTF-8 text")
    try terminal.waitForPrompt()
    terminal.type("1 + 1\r")
    try terminal.waitFor("2")
    try terminal.waitForPrompt()
    terminal.type(REPLTerminal.controlD)
    #expect(try terminal.waitForExit() == 0)
    #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/state/mplan/history")) == corrupt)
  }

  @Test func historyPathThatIsAFolderIsReported() throws {
    let folder = try REPLTerminal.makeTemporaryFolder()
    try FileManager.default.createDirectory(
      atPath: folder + "/state/mplan/history", withIntermediateDirectories: true)
    let terminal = try REPLTerminal(folder: folder)
    try terminal.waitFor("is a folder")
    try terminal.waitForPrompt()
    terminal.type("2 + 2\r")
    try terminal.waitFor("4")
  }

  @Test func homeThatCannotHoldHistoryIsReported() throws {
    let folder = try REPLTerminal.makeTemporaryFolder()
    try Data("not a folder".utf8).write(to: URL(fileURLWithPath: folder + "/plain-file"))
    let terminal = try REPLTerminal(
      folder: folder, environment: ["HOME": folder + "/plain-file", "XDG_STATE_HOME": ""])
    try terminal.waitFor("history will not be saved")
    try terminal.waitForPrompt()
    terminal.type("3 + 3\r")
    try terminal.waitFor("6")
    try terminal.waitForPrompt()
    terminal.type("4 + 4\r")
    try terminal.waitFor("8")
  }

  @Test func loadingAMissingOrBinaryFileKeepsTheSession() throws {
    let binary = try RunMPlan.temporaryFile(
      Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01]), name: "program.mplan")
    let terminal = try REPLTerminal()
    try terminal.waitForPrompt()
    terminal.type(":load no-such-plan.mplan\r")
    try terminal.waitFor("no such file")
    try terminal.waitForPrompt()
    terminal.type(":load \(binary)\r")
    try terminal.waitFor("binary file")
    try terminal.waitForPrompt()
    terminal.type("5 + 5\r")
    try terminal.waitFor("10")
  }
}
