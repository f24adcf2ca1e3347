import Foundation
import Testing

/// Issue 21: `:save` writes the session's final state, one definition a name, so that
/// `mplan run` of the file gives what the prompt showed.
@Suite struct REPLSaveFinalStateTests {
  func repl(_ input: String, folder: String) throws -> RunMPlan.Result {
    try RunMPlan.run(
      [], input: Data(input.utf8),
      environment: [
        "HOME": folder, "XDG_STATE_HOME": folder + "/state", "XDG_CONFIG_HOME": folder + "/config",
      ],
      timeout: 60)
  }

  /// The prompt reran `ads` with the new `cpc` ($1.20 × 50 = $60 committed); the saved file
  /// used to keep `action ads_1 { cost cpc_1 * … }` beside `action ads`, so `b` had both
  /// actions ($50 + $60 = $110, over its $100: PLAN-B02), and renamed the unit's plural
  /// (`let hosted = 4 webinars_1`) because an action `webinars` was typed twice. Committed:
  /// $1.20 × 50 = $60 for `ads`, $20 for `webinars`: $80.
  @Test func aWhatIfSavesOneDefinitionANameInPlace() throws {
    let folder = try REPLTerminal.makeTemporaryFolder()
    let saved = folder + "/saved.mplan"
    let input = """
      unit webinar, webinars
      budget b { total $100 }
      let cpc = $1 per visit
      action ads { cost cpc * 50 visits  from b }
      action webinars { cost $10  from b }
      let hosted = 4 webinars
      action webinars { cost $20  from b }
      let cpc = $1.20 per visit
      print b.committed, hosted
      :save \(saved)

      """
    let session = try repl(input, folder: folder)
    #expect(session.standardOutput.contains("$80 4 webinars\n"), "\(session.standardOutput)")
    let script = try String(contentsOfFile: saved, encoding: .utf8)
    #expect(script.contains("unit webinar, webinars\n"), "\(script)")
    #expect(!script.contains("_1"), "\(script)")
    #expect(script.components(separatedBy: "action ads").count == 2, "\(script)")
    #expect(script.contains("let hosted = 4 webinars\n"), "\(script)")
    #expect(script.components(separatedBy: "action webinars").count == 2, "\(script)")
    // In place: `cpc` where it was first defined, before the action that reads it.
    let lines = script.split(separator: "\n").map(String.init)
    #expect(lines.contains("let cpc = $1.20 per visit"))
    #expect(
      (lines.firstIndex(of: "let cpc = $1.20 per visit") ?? .max)
        < (lines.firstIndex { $0.hasPrefix("action ads") } ?? -1), "\(script)")
    let run = try RunMPlan.run(["run", saved])
    #expect(run.status == 0, "\(script)\n\(run.standardError)")
    #expect(run.standardOutput == "$80 4 webinars\n", "\(script)")
    #expect(!run.standardOutput.contains("PLAN-B02"))
  }

  /// Saved under `:scenario low`, the file says so, and each value the prompt showed there is
  /// `low.NAME` in the script.
  @Test func theActiveScenarioIsRecorded() throws {
    let folder = try REPLTerminal.makeTemporaryFolder()
    let saved = folder + "/under-low.mplan"
    let input = """
      let cpc = $1 per visit
      let spend = cpc * 1,000 visits
      scenario low { cpc = $0.50 per visit }
      :scenario low
      spend
      :save \(saved)

      """
    let session = try repl(input, folder: folder)
    // $0.50 × 1,000 = $500 under low.
    #expect(session.standardOutput.contains("$500\n"), "\(session.standardOutput)")
    var script = try String(contentsOfFile: saved, encoding: .utf8)
    #expect(script.contains(":scenario low"), "\(script)")
    script += "print low.spend, spend\n"
    let file = try RunMPlan.temporaryFile(script, name: "under-low.mplan")
    let run = try RunMPlan.run(["run", file])
    #expect(run.status == 0, "\(script)\n\(run.standardError)")
    #expect(run.standardOutput == "$500 $1,000\n", "\(script)")
  }
}
