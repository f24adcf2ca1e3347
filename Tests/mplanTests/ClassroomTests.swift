import Foundation
import Testing

@testable import mplan

/// A SMART workshop run from mplan alone: the letters without plan-level findings, feedback as
/// soon as a goal is typed or loaded, and help on any topic or code in any case.
@Suite struct ClassroomTests {
  static let plan = """
    plan "Workshop 2027" { currency USD  period 2027-01 .. 2027-12 }
    objective growth "Grow"
    goal following "Grow our following" {
      metric follower  baseline 100 followers  target 101 followers  by 2027-06-30  supports growth
    }

    """

  func repl(_ input: String) throws -> RunMPlan.Result {
    let home = try REPLTerminal.makeTemporaryFolder()
    return try RunMPlan.run(
      [], input: Data(input.utf8),
      environment: ["HOME": home, "XDG_STATE_HOME": home + "/state", "XDG_CONFIG_HOME": home + "/config"],
      timeout: 60)
  }

  @Test func checkOnlySmartShowsTheLettersWithoutPlanLevelFindings() throws {
    let file = try RunMPlan.temporaryFile(Self.plan)
    let result = try RunMPlan.run(["check", "--only", "smart", file])
    #expect(result.status == 0, "\(result.standardOutput)")
    let output = result.standardOutput
    #expect(output.hasPrefix("SMART\n"), "\(output)")
    #expect(output.contains("(line 3, warning SMART-S)"))
    #expect(output.contains("(line 4, warning SMART-M)"))
    // No action, no owner, no report, no budget: plan-level findings stay out of the lesson.
    for absent in ["PLAN-G03", "PLAN-G04", "PLAN-R01", "Alignment", "Actions", "Reporting"] {
      #expect(!output.contains(absent), "\(absent) in\n\(output)")
    }
    #expect(output.hasSuffix("0 of 2 checks pass; 0 errors, 2 warnings\n"), "\(output)")
  }

  @Test func checkOnlyNamesTheGroupsWhenTheNameIsNone() throws {
    let file = try RunMPlan.temporaryFile(Self.plan)
    let result = try RunMPlan.run(["check", "--only", "smrt", file])
    #expect(result.status == 64)
    #expect(result.standardError.contains("did you mean `smart`?"))
  }

  @Test func aGoalTypedOrLoadedAtThePromptGetsItsLetters() throws {
    let file = try RunMPlan.temporaryFile(Self.plan)
    let result = try repl(
      """
      :load \(file)
      action posts => following { channel "Instagram"  cost $500  owner "Lina" }
      :check smart

      """)
    #expect(result.status == 0, "\(result.standardError)")
    let lines = result.standardOutput.split(separator: "\n").map(String.init)
    #expect(lines.first == "goal `following`: S ✗ M ✗ A ✓ R ✓ T ✓   (:check smart says what to fix)")
    // The action changes nothing the title or the target lacked: the letters are unchanged.
    #expect(lines.filter { $0.hasPrefix("goal `following`") }.count == 1, "\(lines)")
    #expect(lines.contains("SMART"))
    #expect(!lines.contains("Actions"), "\(lines)")
  }

  @Test func aGoalTypedAtThePromptGetsItsLetters() throws {
    let result = try repl(
      """
      plan "P" { currency USD  period 2027-01 .. 2027-12 }
      objective growth "Grow"
      goal g "Customers from 10 to 20 this year" { metric customer  baseline 10 customers  target 20 customers  by 2027-12-31  supports growth  owner "Sam" }
      action a => g { cost $1k  owner "Ana" }

      """)
    #expect(
      result.standardOutput
        == "goal `g`: S ✗ M ✓ A ✓ R ✓ T ✓   (:check smart says what to fix)\ngoal `g`: S ✓ M ✓ A ✓ R ✓ T ✓\n")
  }

  @Test func helpTopicsAreCaseInsensitiveAndExplainCodes() throws {
    let result = try repl(":help SMART\n:help Goal\n:help SMART-M\n:help plan-g04\n:help E0301\n")
    #expect(result.status == 0, "\(result.standardError)")
    let output = result.standardOutput
    #expect(output.contains("S  Specific"))
    #expect(output.contains("A goal counts something"))
    #expect(output.contains("SMART-M: Measurable:"))
    #expect(output.contains("PLAN-G04: a goal with no owner"))
    #expect(output.contains("E0301: units that do not fit"))
  }

  /// The codes `:help CODE` explains are the catalogue's, word for word.
  @Test func theEmbeddedCodeTableIsTheCatalogues() throws {
    let catalogue = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("docs/diagnostics.md")
    let rows = try String(contentsOf: catalogue, encoding: .utf8).split(separator: "\n")
      .filter { $0.hasPrefix("| `") && $0.dropFirst(3).first?.isUppercase == true }
      .joined(separator: "\n")
    #expect(rows == DiagnosticHelp.rows, "run scripts/embed-diagnostics")
  }
}
