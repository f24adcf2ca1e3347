import Foundation
import Testing

/// Issue 21: at the prompt, everything that reads a changed thing runs again, and what changed
/// is all listed: values, budgets' computed amounts, and plan findings that appeared or cleared.
@Suite struct REPLRecalculationTests {
  func repl(_ input: String) throws -> RunMPlan.Result {
    let home = try REPLTerminal.makeTemporaryFolder()
    return try RunMPlan.run(
      [], input: Data(input.utf8),
      environment: ["HOME": home, "XDG_STATE_HOME": home + "/state", "XDG_CONFIG_HOME": home + "/config"],
      timeout: 60)
  }

  /// A scenario typed again used to leave what read it (`cautious.spend`, and `low`, which
  /// extends it) at the old values, without a line. cautious: $3 × 1,000 visits = $3,000;
  /// low: $3 × 500 visits = $1,500.
  @Test func aScenarioTypedAgainRecalculatesWhatReadsIt() throws {
    let result = try repl(
      """
      let cpc = $1 per visit
      let visits_ = 1,000 visits
      let spend = cpc * visits_
      scenario cautious { cpc = $2 per visit }
      scenario low extends cautious { visits_ = 500 visits }
      let cs = cautious.spend
      let ls = low.spend
      scenario cautious { cpc = $3 per visit }
      print cs, ls, low.spend

      """)
    #expect(result.standardOutput.contains("cs $2,000 → $3,000 (+50%)\n"), "\(result.standardOutput)")
    #expect(result.standardOutput.contains("ls $1,000 → $1,500 (+50%)\n"), "\(result.standardOutput)")
    #expect(result.standardOutput.hasSuffix("$3,000 $1,500 $1,500\n"), "\(result.standardOutput)")
  }

  /// A rate stated again changes what money in that currency is worth: €1,000 less $550 at
  /// 1.10 is €500 available; at 1.50, $550 is €366.67, so €633.33 is available.
  @Test func aRateStatedAgainRecalculatesWhatConvertsWithIt() throws {
    let result = try repl(
      """
      rate EUR = 1.10 USD
      budget marketing { total €1,000  reserve 0% }
      action ads { cost $550  from marketing }
      let av = marketing.available
      rate EUR = 1.50 USD
      print av, marketing.available

      """)
    #expect(result.standardOutput.contains("av €500 → €633.33"), "\(result.standardOutput)")
    #expect(result.standardOutput.hasSuffix("€633.33 €633.33\n"), "\(result.standardOutput)")
  }

  /// Changing the deal size used to list the action's cost only, not that the budget it
  /// draws on went from $0 to −$12,000 available (10 × $2,200 = $22,000 of $10,000) nor that
  /// PLAN-B02 now fails; changing it back clears it.
  @Test func aChangeListsBudgetsAmountsAndFindingsThatAppearOrClear() throws {
    let result = try repl(
      """
      let deal_size = $1,000
      budget b { total $10,000  reserve 0% }
      action ads { cost deal_size * 10  from b }
      let deal_size = $2,200
      let deal_size = $1,000

      """)
    let output = result.standardOutput
    #expect(output.contains("ads.cost $10,000 → $22,000 (+120%)\n"), "\(output)")
    #expect(output.contains("b.committed $10,000 → $22,000 (+120%)\n"), "\(output)")
    #expect(output.contains("b.available $0 → -$12,000\n"), "\(output)")
    #expect(output.contains("new error PLAN-B02: budget `b` is over-committed by $12,000"), "\(output)")
    #expect(output.contains("cleared PLAN-B02: budget `b` is over-committed by $12,000"), "\(output)")
  }

  /// An action added to a budget changes its amounts too: `spent_` read them before.
  @Test func aNewBlockRecalculatesWhatReadsTheBudgets() throws {
    let result = try repl(
      """
      budget b { total $10,000  reserve 0% }
      action ads { cost $4,000  from b }
      let left = b.available
      action events { cost $1,000  from b }
      print left

      """)
    #expect(result.standardOutput.contains("left $6,000 → $5,000"), "\(result.standardOutput)")
    #expect(result.standardOutput.hasSuffix("$5,000\n"), "\(result.standardOutput)")
  }

  /// `let b = b * 28%` reads the `b` before it, which reads `a`: a new `a` reaches the last
  /// `b` through it ($10 + $50 = $60; × 28% = $16.80), where it used to stay at $42.
  @Test func aChangeReachesAValueThroughTheLifeItWasBuiltOn() throws {
    let result = try repl(
      """
      let a = $100
      let b = a + $50
      let b = b * 28%
      let a = $10
      print b

      """)
    #expect(result.standardOutput.contains("b $42 → $16.80 (-60%)\n"), "\(result.standardOutput)")
    #expect(result.standardOutput.hasSuffix("$16.80\n"), "\(result.standardOutput)")
  }

  /// `let a = c * 2` when `c` is `a + $1` used to show a = $22 and c = $23, which no script
  /// gives; it is refused, and the values stay.
  @Test func aDefinitionWorkedOutFromItselfIsRefused() throws {
    let result = try repl(
      """
      let a = $10
      let c = a + $1
      let a = c * 2
      print a, c

      """)
    #expect(
      result.standardError.contains("error[E0213]: `a` would be worked out from itself"),
      "\(result.standardError)")
    #expect(result.standardOutput.hasSuffix("$10 $11\n"), "\(result.standardOutput)")
  }
}
