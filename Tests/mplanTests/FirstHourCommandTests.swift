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
    ("export", "the subcommands are run, eval, check and repl"),
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
}
