import Foundation
import Testing

/// `mplan check` through the real binary: the checklist, exit codes, `--strict` and
/// `--format json`, on the examples a workshop uses.
@Suite struct CheckCommandTests {
  @Test func theGrowthPlanPassesEveryCheck() throws {
    let result = try RunMPlan.run(["check", "examples/growth-plan.mplan"])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardError.isEmpty)
    let lines = result.standardOutput.split(separator: "\n").map(String.init)
    #expect(lines.first == "Alignment")
    #expect(lines.contains("  ✓ goal `new_customers` is SMART: S ✓ M ✓ A ✓ R ✓ T ✓ (line 29)"))
    #expect(
      lines.contains(
        "  ✓ goal `new_customers` needs 10,000 visits at the top of funnel `inbound`, about 834 a month (line 36)"
      ))
    #expect(!result.standardOutput.contains("✗"))
    #expect(lines.last?.hasSuffix("checks pass") == true)
  }

  @Test func theFlawedPlanFailsWithReasonsLinesAndFixes() throws {
    let result = try RunMPlan.run(["check", "examples/flawed-plan.mplan"])
    #expect(result.status == 1, "\(result.standardError)")
    let output = result.standardOutput
    for group in ["Alignment", "SMART", "Budget", "Actions", "Reporting"] {
      #expect(output.contains("\n\(group)\n") || output.hasPrefix("\(group)\n"), "group \(group)")
    }
    #expect(
      output.contains("✗ the plan has 6 objectives: more than five is no focus (line 20, warning PLAN-A02)"))
    #expect(output.contains("fix: did you mean `gulf`?"))
    #expect(output.contains("(100 followers → 101 followers) (line 31, warning SMART-M)"))
    #expect(output.contains("budget `events` is over-committed by $5,000"))
    #expect(output.contains("note: `trade_show` commits $20,000"))
    #expect(output.contains("PLAN-B05"))
    #expect(output.contains("fix: add `reserve 20%`: online, 20–30% of a budget can leak away"))
    let summary = output.split(separator: "\n").last.map(String.init) ?? ""
    #expect(summary.hasPrefix("2 of "), "\(summary)")
    #expect(summary.contains("6 errors"), "\(summary)")
  }

  @Test func warningsAloneExitZeroUnlessStrict() throws {
    let plan = try RunMPlan.temporaryFile(
      """
      plan "P" { currency USD  period 2027-01 .. 2027-12 }
      objective growth "Grow"
      goal g "Twice the followers through Instagram" { metric follower  baseline 100 followers  target 200 followers  supports growth  owner "Lina" }
      action a => g { cost $100  owner "Ana"  from b }
      budget b { total $1k  reserve 20%  control monthly by "CMO" }
      report weekly { author "Ana"  readers "CMO"  acts "CMO" }

      """)
    let relaxed = try RunMPlan.run(["check", plan])
    #expect(relaxed.status == 0, "\(relaxed.standardOutput)")
    #expect(relaxed.standardOutput.contains("✗ goal `g` has no deadline (line 3, warning SMART-T)"))
    #expect(relaxed.standardOutput.hasSuffix("; 0 errors, 1 warning\n"))
    let strict = try RunMPlan.run(["check", "--strict", plan])
    #expect(strict.status == 1)
    #expect(strict.standardOutput.contains("(line 3, error SMART-T)"))
    #expect(strict.standardOutput.hasSuffix("; 1 error, 0 warnings\n"))
  }

  @Test func jsonListsEveryCheckForOtherTools() throws {
    let result = try RunMPlan.run(["check", "--format", "json", "examples/flawed-plan.mplan"])
    #expect(result.status == 1)
    let object = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
    let report = try #require(object)
    #expect(report["passed"] as? Bool == false)
    let summary = try #require(report["summary"] as? [String: Any])
    #expect(summary["errors"] as? Int == 6)
    let checks = try #require(report["checks"] as? [[String: Any]])
    #expect(checks.count == summary["checks"] as? Int)
    let misspelt = try #require(checks.first { $0["code"] as? String == "PLAN-A03" })
    #expect(misspelt["group"] as? String == "Alignment")
    #expect(misspelt["severity"] as? String == "error")
    #expect(misspelt["line"] as? Int == 52)
    #expect(misspelt["fix"] as? String == "did you mean `gulf`?")
  }

  @Test func aScriptThatCannotRunExits65AndAMissingFile66() throws {
    let broken = try RunMPlan.temporaryFile("objective growth \"Grow\"\nlet x = ($5 + 3\n")
    let result = try RunMPlan.run(["check", broken])
    #expect(result.status == 65)
    #expect(result.standardError.contains("E0101"))
    #expect(result.standardOutput.isEmpty)
    let missing = try RunMPlan.run(["check", "no-such-plan.mplan"])
    #expect(missing.status == 66)
    let missingJSON = try RunMPlan.run(["check", "--format", "json", "no-such-plan.mplan"])
    #expect(missingJSON.status == 66)
    #expect(missingJSON.standardOutput.hasPrefix("{\"file\":\"no-such-plan.mplan\",\"passed\":false,"))
  }

  /// Review #11: runtime errors are reported, and the plan they did not stop is still checked.
  @Test func aRuntimeErrorStillChecksThePlanAndExitsOne() throws {
    let plan = try RunMPlan.temporaryFile(
      """
      plan "P" { currency USD  period 2027-01 .. 2027-12 }
      objective growth "Grow"
      let x = $5 + 3 visits
      goal g "Twice the followers through Instagram" { metric follower  baseline 100 followers  target 200 followers  supports growth  owner "Lina" }

      """)
    let result = try RunMPlan.run(["check", plan])
    #expect(result.status == 1, "\(result.standardError)")
    #expect(result.standardError.contains("E0301"))
    #expect(result.standardOutput.contains("✗ goal `g` has no deadline (line 4, warning SMART-T)"))
    #expect(
      result.standardOutput.hasSuffix("\nthe script has 1 error; 2 of 5 checks pass; 0 errors, 3 warnings\n"))
  }

  /// Review #11: a duplicated plan declaration is an error when it runs (E0203); the rest of
  /// the plan is still checked.
  @Test func aDuplicatedObjectiveStillChecksThePlan() throws {
    let plan = try RunMPlan.temporaryFile(
      """
      plan "P" { currency USD  period 2027-01 .. 2027-12 }
      objective growth "Grow"
      objective growth "Grow again"
      goal g "Twice the followers through Instagram" { metric follower  baseline 100 followers  target 200 followers  by 2027-06-30  supports growth  owner "Lina" }
      action a => g { cost $100  owner "Ana"  from b }
      budget b { total $1k  reserve 20%  control monthly by "CMO" }
      report weekly { author "Ana"  readers "CMO"  acts "CMO" }

      """)
    let result = try RunMPlan.run(["check", plan])
    #expect(result.status == 1, "\(result.standardError)")
    #expect(result.standardError.contains("error[E0203]"))
    #expect(result.standardOutput.contains("  ✓ goal `g` is SMART: S ✓ M ✓ A ✓ R ✓ T ✓ (line 4)"))
    #expect(result.standardOutput.hasSuffix("\nthe script has 1 error; 10 of 10 checks pass\n"))
  }

  /// Review #15: JSON never says a script that does not parse passed.
  @Test func jsonOfAScriptThatDoesNotParseFails() throws {
    let broken = try RunMPlan.temporaryFile("objective growth \"Grow\"\nlet x = ($5 + 3\nprint deel\n")
    let result = try RunMPlan.run(["check", "--format", "json", broken])
    #expect(result.status == 65)
    let object = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
    let report = try #require(object)
    #expect(report["passed"] as? Bool == false)
    let diagnostics = try #require(report["diagnostics"] as? [[String: Any]])
    #expect(diagnostics.contains { $0["code"] as? String == "E0101" })
    let summary = try #require(report["summary"] as? [String: Any])
    #expect(summary["text"] as? String != "0 of 0 checks pass")
  }

  /// Review #46: an empty file is no plan, not "0 of 0 checks pass".
  @Test func anEmptyFileSaysWhatAPlanNeeds() throws {
    let empty = try RunMPlan.temporaryFile("")
    let result = try RunMPlan.run(["check", empty])
    #expect(result.standardOutput.contains("✗ the plan names no objectives (warning PLAN-A01)"))
    #expect(result.standardOutput.contains("(warning PLAN-A04)"))
    #expect(!result.standardOutput.contains("0 of 0"))
  }

  /// Review #9: a budget in another currency with no rate shows, and exits 1 (a plan error).
  @Test func aBudgetWithNoRateShowsAndExitsOne() throws {
    let plan = try RunMPlan.temporaryFile(
      """
      plan "P" { currency USD  period 2027-01 .. 2027-12 }
      objective growth "Grow"
      goal g1 "Win 10 customers" { metric customer  baseline 0 customers  target 10 customers  by 2027-06-30  supports growth }
      budget eur { total €5k  reserve 25%  control daily by "Bo" }
      action a3 => g1 { cost $100  owner "B"  from eur }
      show budget eur
      show budget eur

      """)
    for command in ["run", "check"] {
      let result = try RunMPlan.run([command, plan])
      #expect(result.status == 1, "\(command): \(result.standardError)")
    }
    let run = try RunMPlan.run(["run", plan])
    #expect(run.standardOutput.components(separatedBy: "  given      €5,000").count == 3)
    #expect(run.standardError.components(separatedBy: "error[PLAN-B04]: action `a3`").count == 2)
    let check = try RunMPlan.run(["check", plan])
    #expect(!check.standardOutput.contains("covers its actions"))
  }

  /// Review #22: the count under `mplan run`'s diagnostics includes the warnings it printed.
  @Test func runCountsWarningsToo() throws {
    let result = try RunMPlan.run(["run", "examples/flawed-plan.mplan"])
    let last = result.standardError.split(separator: "\n").last.map(String.init) ?? ""
    #expect(last.range(of: #"^\d+ errors, \d+ warnings$"#, options: .regularExpression) != nil, "\(last)")
    let check = try RunMPlan.run(["check", "examples/flawed-plan.mplan"])
    let summary = check.standardOutput.split(separator: "\n").last.map(String.init) ?? ""
    #expect(summary.hasSuffix("; " + last), "\(summary) vs \(last)")
  }

  @Test func runReportsPlanWarningsButKeepsExitZero() throws {
    let plan = try RunMPlan.temporaryFile(
      """
      plan "P" { currency USD  period 2027-01 .. 2027-12 }
      objective growth "Grow"
      budget b { total $1k  control monthly by "CMO" }
      print b.total

      """)
    let result = try RunMPlan.run(["run", plan])
    #expect(result.status == 0)
    #expect(result.standardOutput == "$1,000\n")
    #expect(result.standardError.contains("warning[PLAN-B01]: budget `b` keeps no reserve"))
  }

  @Test func runShowsTheGrowthPlansTables() throws {
    let result = try RunMPlan.run(["run", "examples/growth-plan.mplan"])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardError.isEmpty)
    let output = result.standardOutput
    #expect(output.contains("Funnel: need 10,000 visits → 200 MQLs → 50 SQLs → 10 customers"))
    #expect(output.contains("  reserve    $12,000  20%"))
    #expect(output.contains("  available  $12,200"))
    #expect(output.contains("  2027-01     $3,900      $3,900"))
    #expect(output.contains("owner: Lina"))
  }

  @Test func runExitsOneOnAPlanError() throws {
    let result = try RunMPlan.run(["run", "examples/flawed-plan.mplan"])
    #expect(result.status == 1)
    #expect(result.standardError.contains("error[PLAN-B02]"))
  }

  /// `check` runs the plan, so it takes the budgets a run takes: E0316's advice (lower
  /// `--samples`) and the Limits table's `--memory` could not be followed with it.
  @Test func checkTakesTheSamplingAndMemoryOptions() throws {
    let plan = RunMPlan.repository.appendingPathComponent("examples/uncertain-spend.mplan").path
    let plain = try RunMPlan.run(["check", plan])
    let budgeted = try RunMPlan.run(["check", "--samples", "500", "--seed", "7", "--memory", "256MB", plan])
    #expect(budgeted.status == plain.status, "\(budgeted.standardError)")
    let wrong = try RunMPlan.run(["check", "--samples", "-1", plan])
    #expect(wrong.status == 64)
    #expect(wrong.standardError.contains("--samples takes a whole number"))
  }
}
