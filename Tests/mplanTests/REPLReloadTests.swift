import Foundation
import Testing

/// Issue 14: `:reload` at a real (pseudo-)terminal, with the loaded file rewritten between
/// inputs as a planner saving in their own editor would.
@Suite(.serialized) struct REPLReloadTests {
  static let plan = """
    funnel f {
      visit -> lead     : 3%
      lead  -> customer : 10%
    }
    let need = f.need(40 customers)
    let cpc = $1 per visit
    let spend = need.visit * cpc
    scenario cheap { cpc = $0.50 per visit }

    """

  /// A terminal with `plan.mplan` (written with `text`) loaded by `-i`.
  func terminal(loading text: String = Self.plan) throws -> (REPLTerminal, String) {
    let folder = try REPLTerminal.makeTemporaryFolder()
    let path = folder + "/plan.mplan"
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return (try REPLTerminal(arguments: ["-i", path], folder: folder), path)
  }

  /// Issue 21: `:reload` lists what the prompt lists: a budget's amounts, and a plan finding
  /// that now fails. $4,000 → $12,000 of $10,000: $2,000 over.
  @Test func aReloadListsBudgetsAmountsAndFindingsThatAppeared() throws {
    let plan = "budget b { total $10,000  reserve 0% }\naction ads { cost $4,000  from b }\n"
    let (terminal, path) = try terminal(loading: plan)
    try terminal.waitForPrompt()
    try plan.replacingOccurrences(of: "$4,000", with: "$12,000").write(
      toFile: path, atomically: true, encoding: .utf8)
    terminal.type(":reload\r")
    let seen = try terminal.waitForPrompt()
    #expect(seen.contains("b.available $6,000 → -$2,000"), "\(seen)")
    #expect(seen.contains("new error PLAN-B02: budget `b` is over-committed by $2,000"), "\(seen)")
  }

  @Test func aChangedFunnelRateRerunsAndPrintsWhatChanged() throws {
    let (terminal, path) = try terminal()
    try terminal.waitForPrompt()
    terminal.type("let doubled = spend * 2\r")
    try terminal.waitForPrompt()
    terminal.type(":scenario cheap\r")
    try terminal.waitFor("mplan[cheap]> ")
    try Self.plan.replacingOccurrences(of: "3%", with: "2%").write(
      toFile: path, atomically: true, encoding: .utf8)
    terminal.type(":reload\r")
    let seen = try terminal.waitFor("mplan[cheap]> ")
    #expect(
      seen.contains("plan.mplan changed since the last load; applied the 1 input typed at the prompt again."))
    #expect(seen.contains("— since the last load:"))
    #expect(seen.contains("need.visit 13,334 visits → 20,000 visits (+49.99%)"))
    // The input typed at the prompt is applied again, under the scenario still active.
    #expect(seen.contains("doubled $13,334 → $20,000 (+49.99%)"))
    #expect(seen.contains("spend $6,667 → $10,000 (+49.99%)"))
    terminal.type("doubled\r")
    try terminal.waitFor("$20,000\r\n")
    try terminal.waitFor("mplan[cheap]> ")
    terminal.type(":scenario base\r")
    try terminal.waitForPrompt()
    terminal.type("spend\r")
    try terminal.waitFor("$20,000\r\n")
    // `:save` writes the files as read again, then what was typed.
    try terminal.waitForPrompt()
    terminal.type(":save \(terminal.folder)/saved.mplan\r")
    let saving = try terminal.waitForPrompt()
    #expect(!saving.contains("warning"), "\(saving)")
    let saved = try String(contentsOfFile: terminal.folder + "/saved.mplan", encoding: .utf8)
    #expect(saved.contains("visit -> lead     : 2%"))
    #expect(!saved.contains("visit -> lead     : 3%"))
    #expect(saved.contains("let doubled = spend * 2"))
  }

  @Test func nothingChangedKeepsTheSession() throws {
    let (terminal, _) = try terminal()
    try terminal.waitForPrompt()
    terminal.type("let extra = 7\r")
    try terminal.waitForPrompt()
    terminal.type(":reload\r")
    try terminal.waitFor("nothing changed since the last load: ")
    try terminal.waitFor("plan.mplan\r\n")
    try terminal.waitForPrompt()
    terminal.type("extra + 1\r")
    try terminal.waitFor("\n8\r\n")
  }

  @Test func aFileWithAnErrorOrDeletedKeepsTheLastGoodState() throws {
    let (terminal, path) = try terminal()
    try terminal.waitForPrompt()
    try (Self.plan + "let broken = $1 + 1 visit\n").write(toFile: path, atomically: true, encoding: .utf8)
    terminal.type(":reload\r")
    try terminal.waitFor("plan.mplan:9:")
    try terminal.waitFor("E0301")
    try terminal.waitFor("no longer loads, so the session is as it was; fix it and :reload again")
    try terminal.waitForPrompt()
    terminal.type("spend\r")
    try terminal.waitFor("$13,334\r\n")
    try FileManager.default.removeItem(atPath: path)
    terminal.type(":reload\r")
    try terminal.waitFor("cannot read")
    try terminal.waitFor("no longer loads")
    try terminal.waitForPrompt()
    terminal.type("need.visit\r")
    try terminal.waitFor("13,334 visits\r\n")
  }

  @Test func anInputThatNoLongerRunsIsDroppedAndTheScenarioThatIsGoneSaysSo() throws {
    let (terminal, path) = try terminal()
    try terminal.waitForPrompt()
    terminal.type("let doubled = spend * 2\r")
    try terminal.waitForPrompt()
    terminal.type("let kept = cpc * 3\r")
    try terminal.waitForPrompt()
    terminal.type(":scenario cheap\r")
    try terminal.waitFor("mplan[cheap]> ")
    let renamed = Self.plan.replacingOccurrences(of: "let spend", with: "let total")
      .replacingOccurrences(of: "scenario cheap", with: "scenario low")
    try renamed.write(toFile: path, atomically: true, encoding: .utf8)
    terminal.type(":reload\r")
    let seen = try terminal.waitForPrompt()
    #expect(seen.contains("applied 1 of the 2 inputs typed at the prompt again"))
    #expect(seen.contains("dropped `let doubled = spend * 2` (typed at the prompt): it no longer runs"))
    #expect(seen.contains("unknown name `spend`"))
    #expect(seen.contains("Scenario `cheap` is gone after the reload: back to the plan as written."))
    #expect(seen.contains("total is new: $13,334"))
    #expect(seen.contains("spend is gone"))
    #expect(seen.contains("doubled is gone"))
    terminal.type("kept\r")
    try terminal.waitFor("$3 per visit\r\n")
  }

  @Test func aChangedImportIsSeenToo() throws {
    let folder = try REPLTerminal.makeTemporaryFolder()
    try "let base_rate = 2%\n".write(toFile: folder + "/rates.mplan", atomically: true, encoding: .utf8)
    try "import \"rates.mplan\"\nlet doubled = base_rate * 2\n".write(
      toFile: folder + "/plan.mplan", atomically: true, encoding: .utf8)
    let terminal = try REPLTerminal(arguments: ["-i", folder + "/plan.mplan"], folder: folder)
    try terminal.waitForPrompt()
    try "let base_rate = 3%\n".write(toFile: folder + "/rates.mplan", atomically: true, encoding: .utf8)
    terminal.type(":reload\r")
    let seen = try terminal.waitForPrompt()
    #expect(seen.contains("rates.mplan changed since the last load."))
    #expect(seen.contains("doubled 4% → 6% (+2 pp)"))
  }
}
