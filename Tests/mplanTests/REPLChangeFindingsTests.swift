import Foundation
import Testing

/// Issue 21: the reply to an input at the prompt lists the plan findings it made appear or
/// clear, wherever the change came from: a block typed again, a block added, a value an
/// action's cost reads.
@Suite struct REPLChangeFindingsTests {
  func repl(_ input: String, arguments: [String] = []) throws -> RunMPlan.Result {
    let home = try REPLTerminal.makeTemporaryFolder()
    return try RunMPlan.run(
      ["--no-init"] + arguments, input: Data(input.utf8),
      environment: ["HOME": home, "XDG_STATE_HOME": home + "/state", "XDG_CONFIG_HOME": home + "/config"],
      timeout: 60)
  }

  /// An action added to a budget that already commits $4,000 of $10,000: $4,000 + $8,000 =
  /// $12,000, over by $2,000. The reply used to be silent, and `:check` alone said so.
  @Test func aBlockAddedThatOverCommitsABudgetShowsTheNewFinding() throws {
    let result = try repl(
      """
      budget b { total $10,000  reserve 0% }
      action ads { cost $4,000  from b }
      action events { cost $8,000  from b }

      """)
    let output = result.standardOutput
    #expect(output.contains("b.available $6,000 → -$2,000"), "\(output)")
    #expect(
      output.contains(
        "new error PLAN-B02: budget `b` is over-committed by $2,000: its actions commit $12,000 of $10,000"),
      "\(output)")
  }

  /// Actuals say `brand` spent $300 (one row, 2027-01-01). Its cost typed again as $200 is
  /// now under what it spent: PLAN-T01 appears; typed back to $400, it clears.
  @Test func anActionsCostTypedAgainUnderItsSpendShowsTrackingFindings() throws {
    let csv = try RunMPlan.temporaryFile("Day,Campaign,Cost\n2027-01-01,brand,300\n", name: "spend.csv")
    let folder = (csv as NSString).deletingLastPathComponent
    let plan = """
      plan "T" {
        currency USD
        period 2027-01 .. 2027-01
      }
      budget ads { total $5,000  reserve 0% }
      action brand { channel Search  cost $400  from ads }
      actuals google from "spend.csv" {
        date "Day"
        action "Campaign"
        amount "Cost"
      }

      """
    try plan.write(toFile: folder + "/spend.mplan", atomically: true, encoding: .utf8)
    let result = try repl(
      """
      action brand { channel Search  cost $200  from ads }
      action brand { channel Search  cost $400  from ads }

      """, arguments: ["-i", folder + "/spend.mplan"])
    let output = result.standardOutput
    #expect(output.contains("ads.committed $400 → $200 (-50%)"), "\(output)")
    #expect(
      output.contains("new error PLAN-T01: action `brand` has spent $300, over its cost of $200"), "\(output)"
    )
    #expect(
      output.contains("cleared PLAN-T01: action `brand` has spent $300, over its cost of $200"), "\(output)")
  }
}
