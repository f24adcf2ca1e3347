import Foundation
import Testing

/// `mplan run`, `eval` and the global options, through the real binary.
@Suite struct RunCommandTests {
  @Test func runsTheFunnelExample() throws {
    let result = try RunMPlan.run(["run", "examples/funnel.mplan"])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.contains("SQLs: 50 SQLs  MQLs: 200 MQLs  visits: 10,000 visits"))
    #expect(result.standardOutput.contains("13,334 visits"))
  }

  @Test func readsStandardInput() throws {
    let result = try RunMPlan.run(["run", "-"], input: Data("print $240k / ($24k per customer)\n".utf8))
    #expect(result.status == 0)
    #expect(result.standardOutput == "10 customers\n")
  }

  @Test func runsSeveralFilesInOneSession() throws {
    let first = try RunMPlan.temporaryFile("let deal_size = $24k per customer\n")
    let second = try RunMPlan.temporaryFile("print $240k / deal_size\n")
    let result = try RunMPlan.run(["run", first, second])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput == "10 customers\n")
  }

  @Test func anEmptyFileIsAnEmptyScript() throws {
    let result = try RunMPlan.run(["run", try RunMPlan.temporaryFile("")])
    #expect(result.status == 0)
    #expect(result.standardOutput.isEmpty && result.standardError.isEmpty)
  }

  @Test func evalPrintsTheValue() throws {
    let result = try RunMPlan.run(["eval", "$2.4M * 10% / ($24k per customer)"])
    #expect(result.status == 0)
    #expect(result.standardOutput == "10 customers\n")
  }

  @Test func versionAndHelp() throws {
    let version = try RunMPlan.run(["--version"])
    #expect(version.status == 0)
    #expect(version.standardOutput.hasPrefix("0."))
    // One line and nothing else, as the argument parser wrote it before `--version` was
    // answered ahead of it (issue 26).
    #expect(version.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).count == 2)
    #expect(version.standardError.isEmpty)
    let help = try RunMPlan.run(["--help"])
    #expect(help.status == 0)
    #expect(help.standardOutput.contains("mplan run examples/funnel.mplan"))
    #expect(help.standardOutput.contains("check"))
  }

  @Test(arguments: [
    ("always", [:], true), ("never", [:], false), ("auto", [:], false), ("always", ["NO_COLOR": "1"], true),
  ])
  func colourFollowsTheOption(choice: String, environment: [String: String], coloured: Bool) throws {
    let result = try RunMPlan.run(["eval", "--color", choice, "$5 + 3 visit"], environment: environment)
    #expect(result.status == 65)
    #expect(result.standardError.contains("\u{1B}[") == coloured, "\(result.standardError)")
  }

  @Test func severalErrorsInOneRunAreAllReported() throws {
    let script = "print lastyear\nlet x = 3 visitz\nprint y\n"
    let result = try RunMPlan.run(["run", try RunMPlan.temporaryFile(script)])
    #expect(result.status == 65)
    #expect(result.standardError.contains(":1:7: error[E0201]"))
    #expect(result.standardError.contains(":2:11: error[E0202]"))
    #expect(result.standardError.contains(":3:7: error[E0201]"))
    #expect(result.standardError.contains("3 errors"))
  }

  @Test func unitMismatchPointsAtBothSides() throws {
    let result = try RunMPlan.run(["run", try RunMPlan.temporaryFile("let spend = $5 + 3 visit\n")])
    #expect(result.status == 65)
    #expect(
      result.standardError.contains("script.mplan:1:13: error[E0301]: cannot add money (USD) and visits"))
    #expect(result.standardError.contains("^^   ~~~~~~~"))
  }

  @Test func misspeltNamesGetASuggestion() throws {
    let result = try RunMPlan.run([
      "run", try RunMPlan.temporaryFile("let deal_size = $24k\nprint deal_sise * 2\n"),
    ])
    #expect(result.status == 65)
    #expect(result.standardError.contains("did you mean `deal_size`?"))
  }

  @Test func samplesAndSeedAreOptions() throws {
    let script = try RunMPlan.temporaryFile("let x = 10 to 20\nprint x.mean * 1000\n")
    let few = try RunMPlan.run(["run", "--samples", "200", "--seed", "7", script])
    let again = try RunMPlan.run(["run", "--samples", "200", "--seed", "7", script])
    let other = try RunMPlan.run(["run", "--samples", "200", "--seed", "8", script])
    #expect(few.status == 0)
    #expect(few.standardOutput == again.standardOutput)
    #expect(few.standardOutput != other.standardOutput)
    let refused = try RunMPlan.run(["run", "--samples", "0", script])
    #expect(refused.status != 0)
    #expect(refused.standardError.contains("--samples"))
  }

  @Test func anInternalFaultExitsSeventy() throws {
    let result = try RunMPlan.run(["--version"], environment: ["MPLAN_SIMULATE_INTERNAL_FAULT": "1"])
    #expect(result.status == 70)
    #expect(result.standardError.contains("mplan: internal error"))
  }

  /// Issue 14: `--watch` runs again when an imported file is saved, and says what changed.
  @Test func watchRerunsWhenAnImportedFileChanges() throws {
    let imported = try RunMPlan.temporaryFile("let visits_needed = 10,000 visits\n", name: "inc.mplan")
    let folder = (imported as NSString).deletingLastPathComponent
    let plan = folder + "/plan.mplan"
    try "let cpc = $1.20 per visit\nimport \"inc.mplan\"\nlet spend = cpc * visits_needed\nprint spend\n"
      .write(toFile: plan, atomically: true, encoding: .utf8)
    DispatchQueue.global().asyncAfter(deadline: .now() + 3) {
      try? "let visits_needed = 12,000 visits\n".write(toFile: imported, atomically: true, encoding: .utf8)
    }
    let result = try RunMPlan.run(
      ["run", "--watch", plan], environment: ["MPLAN_WATCH_RUNS": "2"], timeout: 20)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.hasPrefix("$12,000\n— watching 2 files; Ctrl-C stops\n"))
    #expect(result.standardOutput.contains("\n$14,400\n— since the last run:\n"))
    #expect(result.standardOutput.contains("  visits_needed 10,000 visits → 12,000 visits (+20%)\n"))
  }
}
