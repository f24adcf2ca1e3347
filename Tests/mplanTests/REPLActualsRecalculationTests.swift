import Foundation
import Testing

/// An `actuals` block's ledger is read once and kept; at the prompt, a rate or the plan's
/// currency stated again must still reach it, as it reaches every other amount of money.
@Suite struct REPLActualsRecalculationTests {
  static let csv = """
    Day,Campaign,Cost,Leads
    2027-01-05,search,"¥100,000",3
    2027-01-06,search,EUR 50,2
    2027-01-07,social,1000,1
    2027-01-08,ghost,"KWD 1.500",0
    2027-01-09,search,1234.567,1

    """

  static let plan = """
    plan "Cur" {
      currency USD
      period 2027-01 .. 2027-03
    }
    rate JPY = 0.0067 USD
    rate EUR = 1.10 USD
    rate KWD = 3.25 USD
    action search { channel Search  cost $3k }
    action social { channel Social  cost $3k }
    actuals spend from "cur.csv" {
      date   "Day"
      action "Campaign"
      amount "Cost"
      currency JPY
      leads  "Leads"
    }

    """

  /// The folder holding cur.csv and cur.mplan.
  static func folder() throws -> String {
    let csv = try RunMPlan.temporaryFile(Self.csv, name: "cur.csv")
    let folder = (csv as NSString).deletingLastPathComponent
    try Self.plan.write(toFile: folder + "/cur.mplan", atomically: true, encoding: .utf8)
    return folder
  }

  func repl(_ input: String, in folder: String) throws -> RunMPlan.Result {
    let home = try REPLTerminal.makeTemporaryFolder()
    return try RunMPlan.run(
      ["--no-init", "-i", folder + "/cur.mplan"], input: Data(input.utf8),
      environment: ["HOME": home, "XDG_STATE_HOME": home + "/state", "XDG_CONFIG_HOME": home + "/config"],
      timeout: 60)
  }

  /// The tester's case: the ledger kept its ¥ rows at 0.0067, so `spend.spend` stayed $744.85
  /// and `k` did not move, while the saved session ran at 0.01. At 0.01: search ¥100,000 →
  /// $1,000 + €50 → $55 + ¥1,234.567 → $12.35 = $1,067.35; social ¥1,000 → $10; ghost
  /// KWD 1.5 → $4.875; total $1,082.22 (k = $2,164.44). At 0.0067: 670 + 55 + 8.27 + 6.70 +
  /// 4.875 = $744.85 (k = $1,489.69).
  @Test func aRateStatedAgainReachesTheActuals() throws {
    let folder = try Self.folder()
    let result = try repl(
      """
      let k = spend.spend * 2
      rate JPY = 0.01 USD
      print spend.spend
      print spend.campaigns.search.spend
      print k
      :save \(folder)/cur2.mplan

      """, in: folder)
    let output = result.standardOutput
    #expect(output.contains("k $1,489.69 → $2,164.44"), "\(output)")
    #expect(output.contains("$1,082.22\n"), "\(output)")
    #expect(output.contains("$1,067.35\n"), "\(output)")
    #expect(output.contains("$2,164.44\n"), "\(output)")
    #expect(!output.contains("$744.85"), "\(output)")

    let saved = try RunMPlan.run(["run", folder + "/cur2.mplan"], timeout: 60)
    #expect(saved.status == 0, "\(saved.standardError)")
    #expect(saved.standardOutput.contains("$1,082.22\n"), "\(saved.standardOutput)")
    #expect(saved.standardOutput.contains("$1,067.35\n"), "\(saved.standardOutput)")
    #expect(saved.standardOutput.contains("$2,164.44\n"), "\(saved.standardOutput)")
  }

  /// The plan's currency typed again: the ledger counts in the plan's currency, so it is read
  /// again in euros. $744.85 at 1.10 USD per EUR (every row goes through its USD rate) is
  /// €677.13: search 609.09 + 50 + 7.52, social 6.09, ghost 4.43.
  @Test func thePlansCurrencyStatedAgainReachesTheActuals() throws {
    let folder = try Self.folder()
    let result = try repl(
      """
      spend.spend
      plan "Cur" {
        currency EUR
        period 2027-01 .. 2027-03
      }
      spend.spend

      """, in: folder)
    let output = result.standardOutput
    #expect(output.contains("$744.85\n"), "\(output)")
    #expect(output.hasSuffix("€677.13\n"), "\(output)")
  }
}
