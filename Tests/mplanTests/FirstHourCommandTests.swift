import Foundation
import Testing

/// Issue 12: what a new user types at the shell in their first hour.
@Suite struct FirstHourCommandTests {
  /// `mplan plan.mplan` runs the file, as `python file.py` and `lua file.lua` do.
  @Test func aFileNameRunsTheFile() throws {
    let result = try RunMPlan.run(["examples/funnel.mplan"])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.contains("SQLs: 50 SQLs  MQLs: 200 MQLs  visits: 10,000 visits"))
  }

  /// A file with options after it, and a file that does not end in `.mplan` but exists.
  @Test func aFileNameTakesTheRunOptions() throws {
    let plan = try RunMPlan.temporaryFile("print 1 to 3\n")
    let result = try RunMPlan.run([plan, "--seed", "7", "--samples", "100"])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(!result.standardOutput.isEmpty)
  }

  /// A missing `.mplan` file is a missing file (66), not a usage error.
  @Test func aMissingPlanFileSaysSo() throws {
    let result = try RunMPlan.run(["no-such-plan.mplan"])
    #expect(result.status == 66)
    #expect(result.standardError.contains("cannot read `no-such-plan.mplan`"))
  }

  /// An unknown subcommand says so and suggests the nearest one; exit 64 (EX_USAGE).
  @Test(arguments: [
    ("chek", "did you mean `mplan check`?"), ("evl", "did you mean `mplan eval`?"),
    // `export` is a subcommand now (issue 8); `publish` is near none of them.
    ("publish", "the subcommands are run, eval, check, fmt, export, workshop, repl"),
  ])
  func anUnknownSubcommandSuggestsTheNearest(word: String, help: String) throws {
    let result = try RunMPlan.run([word, "x.txt"])
    #expect(result.status == 64)
    #expect(result.standardError.contains("unknown subcommand `\(word)`"))
    #expect(result.standardError.contains(help), "\(result.standardError)")
  }

  /// `$1.8M + 15%` suggests the product that grows by 15%, not "give both sides a unit".
  @Test func growingByAPercentageSuggestsTheProduct() throws {
    let result = try RunMPlan.run(["eval", "$1.8M + 15%"])
    #expect(result.status == 65)
    #expect(result.standardError.contains("cannot add money (USD) and a percentage"))
    #expect(
      result.standardError.contains("multiply: `* 115%` or `* (100% + 15%)`"), "\(result.standardError)")
  }

  /// `--format json`: `diagnostics` holds every failed check too, agreeing with `checks`.
  @Test func jsonDiagnosticsAgreeWithTheChecks() throws {
    let result = try RunMPlan.run(["check", "--format", "json", "examples/flawed-plan.mplan"])
    let object = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
    let report = try #require(object)
    let checks = try #require(report["checks"] as? [[String: Any]])
    let diagnostics = try #require(report["diagnostics"] as? [[String: Any]])
    let failedCodes = checks.filter { $0["passed"] as? Bool == false }.compactMap { $0["code"] as? String }
    let checkCodes = diagnostics.filter { $0["source"] as? String == "check" }.compactMap {
      $0["code"] as? String
    }
    #expect(!failedCodes.isEmpty)
    #expect(checkCodes == failedCodes)
  }

  /// Findings about the whole plan point at the plan block or at nothing, never at the first
  /// goal's line.
  @Test func planWideFindingsDoNotPointAtAGoal() throws {
    let loose = try RunMPlan.temporaryFile(
      "goal g \"Win customers\" { metric customer  baseline 1 customer  target 2 customers }\n")
    let check = try RunMPlan.run(["check", loose])
    #expect(check.standardOutput.contains("✗ the plan names no objectives (warning PLAN-A01)"))
    #expect(check.standardOutput.contains("✗ no report measures the plan's goals (warning PLAN-R01)"))
    let planned = try RunMPlan.temporaryFile(
      """
      plan "P" { currency USD  period 2027-01 .. 2027-12 }
      goal g "Win customers" { metric customer  baseline 1 customer  target 2 customers }

      """)
    let result = try RunMPlan.run(["check", planned])
    #expect(result.standardOutput.contains("✗ the plan names no objectives (line 1, warning PLAN-A01)"))
    #expect(
      result.standardOutput.contains("✗ no report measures the plan's goals (line 1, warning PLAN-R01)"))
  }

  /// One diagnostic ends with a count line too, and the article fits the word.
  @Test func aSingleDiagnosticIsCountedAndReadsRight() throws {
    let plan = try RunMPlan.temporaryFile("objective a \"A\"\nobjective a \"B\"\n")
    let result = try RunMPlan.run(["run", plan])
    #expect(result.standardError.contains("`a` is already an objective of this plan"))
    #expect(result.standardError.hasSuffix("\n1 error\n"), "\(result.standardError)")
  }
}
