import Foundation
import Testing

/// Goal seek at the prompt (issue 21): the answer printed meets its condition at the digits
/// shown, also after an input it depends on is typed anew.
@Suite struct REPLSolveTests {
  @Test func theAnswerMeetsItsConditionAfterARedefinition() throws {
    let home = try REPLTerminal.makeTemporaryFolder()
    let input = """
      let cpc = $1.20 per visit
      funnel f {
        visit -> lead : 2%
      }
      let need = f.need(1,250 leads)
      let spend = cpc * need.visit
      solve f.visit->lead for spend <= $52k
      let cpc = $1.30 per visit
      solve f.visit->lead for spend <= $52k

      """
    let result = try RunMPlan.run(
      [], input: Data(input.utf8),
      environment: ["HOME": home, "XDG_STATE_HOME": home + "/state", "XDG_CONFIG_HOME": home + "/config"],
      timeout: 60)
    #expect(result.status == 0, "\(result.standardError)")
    // $1.20 × ⌈1,250 / 2.89%⌉ = $1.20 × 43,253 = $51,903.60 (at 2.88%: 43,403 visits, $52,083.60).
    #expect(result.standardOutput.contains("f.visit->lead = 2.89%\n  spend = $51,903.60: the smallest"))
    // $1.30 × ⌈1,250 / 3.13%⌉ = $1.30 × 39,937 = $51,918.10 (at 3.12%: 40,065 visits, $52,084.50).
    #expect(result.standardOutput.contains("f.visit->lead = 3.13%\n  spend = $51,918.10: the smallest"))
  }
}
