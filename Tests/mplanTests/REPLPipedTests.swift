import Foundation
import Testing

/// The prompt with no terminal (a pipe, CI): same meaning line by line, no prompt and no
/// escape codes, and exit 65 when any input failed.
@Suite struct REPLPipedTests {
  /// Runs `mplan` with lines on standard input, HOME and the XDG folders in a fresh folder.
  func repl(_ input: String, arguments: [String] = [], folder: String? = nil) throws -> RunMPlan.Result {
    try repl(Data(input.utf8), arguments: arguments, folder: folder)
  }

  func repl(_ input: Data, arguments: [String] = [], folder: String? = nil) throws -> RunMPlan.Result {
    let home = try folder ?? REPLTerminal.makeTemporaryFolder()
    return try RunMPlan.run(
      arguments, input: input,
      environment: ["HOME": home, "XDG_STATE_HOME": home + "/state", "XDG_CONFIG_HOME": home + "/config"],
      timeout: 60)
  }

  @Test func resultsPrintWithUnitsAndUnderscoreHoldsTheLast() throws {
    let result = try repl(
      "let deal_size = $24k per customer\n$240k / deal_size\n_ * 2\nlet z = (1 +\n  2)\nz\n")
    #expect(result.status == 0)
    #expect(result.standardOutput == "10 customers\n20 customers\n3\n")
    #expect(!result.standardOutput.contains("\u{1B}"))
    #expect(result.standardError.isEmpty)
  }

  @Test func aFailedLineChangesNothingAndTheExitStatusSaysSo() throws {
    let result = try repl("let price = $10\nlet price = price + 3 visit\nprice\n")
    #expect(result.status == 65)
    #expect(result.standardOutput == "$10\n")
    #expect(result.standardError.contains("error"))
  }

  @Test func aMegabyteLineDoesNotStopTheSession() throws {
    let long = "let long = " + String(repeating: "1 + ", count: 262_144) + "1\n"
    let result = try repl(long + "6 * 7\n")
    #expect(result.status == 0 || result.status == 65)
    #expect(result.standardOutput.hasSuffix("42\n"))
  }

  @Test func invalidUTF8IsAnErrorAndTheNextLineRuns() throws {
    let input = Data("let a = \"".utf8) + Data([0xC3, 0x28, 0xFF]) + Data("\"\n6 * 7\n".utf8)
    let result = try repl(input)
    #expect(result.standardOutput.hasSuffix("42\n"))
    #expect(result.standardError.contains("not UTF-8"))
    #expect(result.status == 65)
  }

  @Test func loadingMissingAndBinaryFilesIsReported() throws {
    let binary = try RunMPlan.temporaryFile(
      Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01]), name: "program.mplan")
    let result = try repl(":load no/such/plan.mplan\n:load \(binary)\n:load\n1 + 1\n")
    #expect(result.status == 65)
    #expect(result.standardError.contains("cannot read `no/such/plan.mplan`: no such file"))
    #expect(result.standardError.contains("binary file"))
    #expect(result.standardError.contains("`:load` needs a file"))
    #expect(result.standardOutput == "2\n")
  }

  @Test func loadTakesQuotedPathsAndTilde() throws {
    let folder = try REPLTerminal.makeTemporaryFolder()
    try FileManager.default.createDirectory(atPath: folder + "/my plans", withIntermediateDirectories: true)
    try "let base = $100\n".write(toFile: folder + "/my plans/base.mplan", atomically: true, encoding: .utf8)
    let result = try repl(
      ":load \"\(folder)/my plans/base.mplan\"\n:load ~/my plans/base.mplan\nbase\n", folder: folder)
    #expect(result.status == 0)
    #expect(result.standardOutput == "$100\n")
  }

  @Test func unknownCommandSuggestsTheNearest() throws {
    let result = try repl(":lod plan.mplan\n:vras\n")
    #expect(result.status == 65)
    #expect(result.standardError.contains("unknown command `:lod`; did you mean `:load`?"))
    #expect(result.standardError.contains("did you mean `:vars`?"))
  }

  @Test func varsShowAndHelp() throws {
    let result = try repl(
      "let deal_size = $24k\nlet ratio = 25%\n:vars\n:show ratio\n:show rati\n:help save\n")
    #expect(result.standardOutput.contains("deal_size = $24,000\nratio     = 25%\n"))
    #expect(result.standardOutput.contains("ratio = 25%\n:save FILE"))
    #expect(result.standardError.contains("did you mean `ratio`?"))
  }

  @Test func savedSessionRunsAsAScript() throws {
    let folder = try REPLTerminal.makeTemporaryFolder()
    let plan = try RunMPlan.temporaryFile("let base = $100\n", name: "base.mplan")
    let saved = folder + "/session.mplan"
    let input = """
      :load \(plan)
      let vat = 20%
      base * (100% + vat)
      let gross = _ + $1
      let broken = gross + 1 visit
      print gross
      :save \(saved)

      """
    let session = try repl(input, folder: folder)
    #expect(session.standardOutput.contains("$121\n"))
    #expect(session.standardOutput.contains("Saved"))
    let script = try String(contentsOfFile: saved, encoding: .utf8)
    #expect(script.contains("let gross = (base * (100% + vat)) + $1"))
    #expect(!script.contains("broken"))
    let run = try RunMPlan.run(["run", saved])
    #expect(run.status == 0)
    #expect(run.standardOutput == "$121\n")
  }

  /// Trying another value is what the prompt is for. What depends on a name typed again is
  /// recalculated, as in a spreadsheet (issue 14), and the change is shown; a script defines
  /// each name once, so the saved script gives the earlier values names of their own, reruns
  /// what the prompt reran, and prints the same.
  @Test func aSessionThatRedefinesNamesSavesAsAScriptThatRuns() throws {
    let folder = try REPLTerminal.makeTemporaryFolder()
    let saved = folder + "/what-if.mplan"
    let input = """
      let budget = $60k
      let reserve_ = budget * 20%
      let budget = budget + $20k
      let budget = budget * 2
      print budget, reserve_
      :save \(saved)

      """
    let session = try repl(input, folder: folder)
    #expect(session.standardOutput.contains("reserve_ $12,000 → $16,000 (+33.33%)\n"))
    #expect(session.standardOutput.contains("reserve_ $16,000 → $32,000 (+100%)\n"))
    #expect(session.standardOutput.contains("$160,000 $32,000\n"))
    let script = try String(contentsOfFile: saved, encoding: .utf8)
    #expect(script.contains("let budget_1 = $60k"))
    #expect(script.contains("let budget_2 = budget_1 + $20k"))
    #expect(script.contains("let budget = budget_2 * 2"))
    let run = try RunMPlan.run(["run", saved])
    #expect(run.status == 0, "\(run.standardError)")
    #expect(run.standardOutput == "$160,000 $32,000\n")
  }

  /// Issue 14: a funnel typed again at the prompt recalculates what was worked out from it
  /// (it used to keep the old values without a word), says what changed, and a saved session
  /// run as a script agrees. A change that breaks a dependent value is refused whole.
  @Test func redefiningAFunnelRecalculatesWhatDependsOnIt() throws {
    let folder = try REPLTerminal.makeTemporaryFolder()
    let saved = folder + "/live.mplan"
    let input = """
      funnel inbound {
        visit -> mql : 2%
        mql -> sql : 25%
        sql -> customer : 20%
      }
      let cpc = $1.20 per visit
      let need = inbound.need(10 customers)
      let cost = cpc * need.visit
      let total = cost + $500
      funnel inbound {
        visit -> mql : 1%
        mql -> sql : 25%
        sql -> customer : 20%
      }
      let cpc = 2
      print need.visit, cost
      :save \(saved)

      """
    let session = try repl(input, folder: folder)
    #expect(session.standardOutput.contains("need.visit 10,000 visits → 20,000 visits (+100%)\n"))
    #expect(session.standardOutput.contains("cost $12,000 → $24,000 (+100%)\n"))
    #expect(session.standardOutput.contains("20,000 visits $24,000\n"))
    #expect(session.standardError.contains("`total`, which depends on it, no longer runs"))
    let run = try RunMPlan.run(["run", saved])
    #expect(run.status == 0, "\(run.standardError)")
    #expect(run.standardOutput == "20,000 visits $24,000\n")
  }

  /// A data table kept with `let` is a value at the prompt: echoed and shown as `table` prints
  /// it, listed by `:vars`, recalculated when what it reads is redefined, and saved so that
  /// `mplan run` prints the same table.
  @Test func aDataTableIsAValueAtThePrompt() throws {
    let folder = try REPLTerminal.makeTemporaryFolder()
    let saved = folder + "/tables.mplan"
    let input = """
      let cpc = $1.20 per visit
      let spend = cpc * 1,000 visits
      let t = table spend over cpc in [$1 per visit, $2 per visit]
      t
      :vars
      :show t
      let spend = cpc * 2,000 visits
      t * 2
      print t
      :save \(saved)

      """
    let rule = "────────────  ──────\n"
    let before = "cpc            spend\n" + rule + "$1 per visit  $1,000\n$2 per visit  $2,000\n"
    let after = "cpc            spend\n" + rule + "$1 per visit  $2,000\n$2 per visit  $4,000\n"
    let result = try repl(input, folder: folder)
    #expect(result.standardOutput.hasPrefix(before + "_     = a data table (1 result over cpc, 2 rows)\n"))
    #expect(result.standardOutput.contains("t     = a data table (1 result over cpc, 2 rows)\n" + before))
    #expect(result.standardOutput.contains("t: 2 of 2 cells changed\n" + after))
    #expect(result.standardError.contains("cannot apply `*` to a data table and a plain number"))
    let run = try RunMPlan.run(["run", saved])
    #expect(run.status == 0, "\(run.standardError)")
    #expect(run.standardOutput == after)
  }

  /// A data table kept with `let` is worked out again under the scenario the prompt switches
  /// to, and again when it switches back, and `dear.t` works it out under `dear`: never left
  /// as a table "not worked out here".
  @Test func aDataTableFollowsTheActiveScenario() throws {
    let input = """
      let visits_needed = 1,000 visits
      let spend = $1 per visit * visits_needed
      let t = table spend over visits_needed in [1,000 visits, 2,000 visits]
      scenario dear { spend = $3 per visit * visits_needed }
      :scenario dear
      t
      :scenario base
      dear.t
      t

      """
    let heading = "visits_needed   spend\n─────────────  ──────\n"
    let dear = heading + "1,000 visits   $3,000\n2,000 visits   $6,000\n"
    let base = heading + "1,000 visits   $1,000\n2,000 visits   $2,000\n"
    let result = try repl(input)
    #expect(!result.standardOutput.contains("not worked out"), "\(result.standardOutput)")
    // Under `:scenario dear`, then read as `dear.t` from the plan as written.
    #expect(result.standardOutput.components(separatedBy: dear).count == 3, "\(result.standardOutput)")
    #expect(result.standardOutput.hasSuffix(base), "\(result.standardOutput)")
  }

  /// A value read under a scenario at the prompt (`dear.spend`) is not run again inside later
  /// replays: it had failed every cell of every table typed after it ("unknown name").
  @Test func readingAScenarioAtThePromptLeavesLaterTablesWhole() throws {
    let input = """
      let cpc = $1 per visit
      let spend = cpc * 1,000 visits
      scenario dear { cpc = $3 per visit }
      dear.spend
      table spend over cpc in [$1 per visit, $2 per visit]
      print dear.spend, spend

      """
    let result = try repl(input)
    #expect(!result.standardOutput.contains("does not run"), "\(result.standardOutput)")
    #expect(result.standardOutput.contains("$1 per visit  $1,000\n$2 per visit  $2,000\n"))
    #expect(result.standardOutput.hasSuffix("$3,000 $1,000\n"), "\(result.standardOutput)")
  }

  /// Issue 14: scenarios are reachable at the prompt: listed by `:vars`, shown by `:show`, read
  /// as `low.x`; an assignment to a funnel rate says how to write it as a scenario.
  @Test func scenariosAreListedShownAndRead() throws {
    let input = """
      let x = 1
      let y = x * 10
      scenario high { x = 2 }
      scenario higher extends high { x = 3 }
      :vars
      :show higher
      print high.y, higher.y, y
      funnel f {
        visit -> mql : 2%
      }
      f.visit->mql = 3%

      """
    let result = try repl(input)
    #expect(result.standardOutput.contains("scenario high { x = 2 }\nscenario higher { x = 3 }\n"))
    #expect(result.standardOutput.contains("scenario higher: the plan with\n  x = 3\n"))
    #expect(result.standardOutput.contains("20 30 10\n"))
    #expect(result.standardError.contains("write `scenario try_it { f.visit->mql = 3% }`"))
  }

  /// `:scenario` switches between scenarios and back to the plan as written, and what runs
  /// under one (a table, a goal seek) builds on its changes.
  @Test func scenarioCommandSwitchesAndBack() throws {
    let input = """
      let cpc = $1.20 per visit
      let spend = cpc * 1,000 visits
      scenario cheap { cpc = $1 per visit }
      scenario dear { cpc = $2 per visit }
      :scenario cheap
      print spend
      :scenario dear
      print spend
      :scenario base
      print spend
      :scenario chep

      """
    let result = try repl(input)
    #expect(result.standardOutput.contains("$1,000\n"))
    #expect(result.standardOutput.contains("$2,000\n"))
    #expect(result.standardOutput.contains("Back to the plan as written.\n$1,200\n"))
    #expect(result.standardError.contains("there is no scenario `chep`; did you mean `cheap`?"))
  }

  @Test func quitWithAnArgumentIsATypoNotAnExit() throws {
    let result = try repl(":q extra\n6 * 7\n")
    #expect(result.standardOutput.contains("42"))
    #expect(result.standardError.contains("`:quit` takes nothing after it"))
  }

  @Test func reloadSkipsAScriptThatFailedToLoad() throws {
    let good = try RunMPlan.temporaryFile("let base = $100\n", name: "good.mplan")
    let bad = try RunMPlan.temporaryFile("let broken = $1 + 1 visit\n", name: "bad.mplan")
    let result = try repl(":load \(good)\n:load \(bad)\n:reload\nbase\n")
    #expect(result.standardOutput.contains("$100"))
    #expect(result.standardError.components(separatedBy: "E0301").count == 2, "\(result.standardError)")
  }

  /// `:reload` with no file changed keeps the session (issue 14); `:reset` forgets it.
  @Test func resetForgetsAndReloadOfUnchangedScriptsKeepsTheSession() throws {
    let folder = try REPLTerminal.makeTemporaryFolder()
    let plan = folder + "/plan.mplan"
    try "let base = $100\n".write(toFile: plan, atomically: true, encoding: .utf8)
    let input = ":load \(plan)\nlet extra = 1\n:reload\nbase\nextra\n:reset\nbase\n"
    let result = try repl(input, folder: folder)
    #expect(result.standardOutput.contains("nothing changed since the last load: \(plan)\n$100\n1\n"))
    #expect(result.standardError.contains("unknown name `base`"))
  }

  @Test func initFileAndDashIScriptLoadBeforeTheFirstLine() throws {
    let folder = try REPLTerminal.makeTemporaryFolder()
    try FileManager.default.createDirectory(
      atPath: folder + "/config/mplan", withIntermediateDirectories: true)
    try "let vat = 20%\n".write(
      toFile: folder + "/config/mplan/init.mplan", atomically: true, encoding: .utf8)
    let plan = try RunMPlan.temporaryFile("let base = $100\n", name: "base.mplan")
    let withInit = try repl("base * (100% + vat)\n", arguments: ["-i", plan], folder: folder)
    #expect(withInit.status == 0)
    #expect(withInit.standardOutput == "$120\n")
    let withoutInit = try repl("base * (100% + vat)\n", arguments: ["-i", plan, "--no-init"], folder: folder)
    #expect(withoutInit.status == 65)
    #expect(withoutInit.standardError.contains("unknown name `vat`"))
  }

  @Test func checkListsThePlanFindings() throws {
    let result = try repl("objective growth \"Grow\"\n:check\n")
    #expect(result.standardOutput.contains("growth") || !result.standardOutput.isEmpty)
  }
}
