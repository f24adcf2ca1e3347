import Foundation
import Testing

/// However much work or memory a script asks for, mplan ends with a diagnostic: a step budget
/// for work, a cap on how deep scenarios extend one another, and time linear in the size of a
/// record, a block or a list of names. Each test failed (a hang, a timeout, gigabytes) before.
@Suite struct WorkLimitsTests {
  static let doubling = "fn f(n) = if n < 1 then 1 else f(n - 1) + f(n - 1)\n"

  /// Each call made two more: `f(60)` ran for ever, since no depth limit is ever reached.
  @Test func exponentialRecursionStopsAtTheStepBudget() throws {
    let script = try RunMPlan.temporaryFile(Self.doubling + "print f(60)\nprint \"after\"\n")
    let result = try RunMPlan.run(["run", "--steps", "100000", script], timeout: 60)
    #expect(result.status == 65)
    #expect(result.standardError.contains("error[E0319]"), "\(result.standardError)")
    #expect(result.standardError.contains("--steps"))
    // The run stops there, as at the memory budget: the rest would only spend it again.
    #expect(result.standardOutput.isEmpty)
  }

  /// The cells of a table hold their samples, so a large table of uncertain results can
  /// outgrow the memory budget: it stops with E0316 instead of going on (it went to 2.9 GB
  /// under a 512 MB budget before). In its own process, so the resident memory measured is
  /// the table's, not that of tests running beside it: 1,000 cells of 10,000 samples hold
  /// 80 MB, over a 64 MB budget that the same lines without the table fit in.
  @Test func aTableThatOutgrowsTheMemoryBudgetStops() throws {
    let script = try RunMPlan.temporaryFile(
      """
      let cpc = $1 to $1.50 per visit
      let reach = 10,000 visits
      let spend = cpc * reach
      table spend over reach from 1,000 visits to 100,000 visits step 100 visits

      """)
    let result = try RunMPlan.run(["run", "--memory", "64MB", script], timeout: 60)
    #expect(result.status == 65, "\(result.standardError)")
    #expect(result.standardError.contains("error[E0316]"), "\(result.standardError)")
    #expect(result.standardOutput.isEmpty, "the table was shown, with cells cut short")
    // The same lines without the table fit the budget: it is the table that outgrows it.
    let lines = try String(contentsOfFile: script, encoding: .utf8).split(separator: "\n").prefix(3)
    let untabled = try RunMPlan.temporaryFile(lines.joined(separator: "\n") + "\nprint spend\n")
    let fits = try RunMPlan.run(["run", "--memory", "64MB", untabled], timeout: 60)
    #expect(fits.status == 0, "\(fits.standardError)")
  }

  /// `f(12)` makes 8,191 calls: more than 10,000 steps, well under 10 million.
  @Test func raisingTheStepBudgetLetsALargerComputationFinish() throws {
    let script = try RunMPlan.temporaryFile(Self.doubling + "print f(12)\n")
    let small = try RunMPlan.run(["run", "--steps", "10000", script])
    #expect(small.status == 65)
    #expect(small.standardError.contains("error[E0319]"), "\(small.standardError)")
    let large = try RunMPlan.run(["run", "--steps", "10000000", script])
    #expect(large.status == 0, "\(large.standardError)")
    #expect(large.standardOutput == "4,096\n")
  }

  @Test(arguments: ["run", "check", "export"])
  func everyCommandThatRunsAPlanTakesTheStepBudget(command: String) throws {
    let script = try RunMPlan.temporaryFile(Self.doubling + "let big = f(40)\n")
    var arguments = [command, "--steps", "1000", script]
    if command == "export" { arguments += ["-o", NSTemporaryDirectory() + "steps-\(UUID().uuidString).md"] }
    let result = try RunMPlan.run(arguments, timeout: 60)
    #expect(result.standardError.contains("E0319"), "\(result.standardError)")
    #expect(result.status != 0)
  }

  /// Every scenario held a copy of its ancestors' changes: a chain of 10,000 took 4 GB.
  @Test func aChainOfScenariosTakesMemoryInProportionToItsLength() throws {
    let changes = (0..<10).map { "  x\($0) = \($0 + 1)" }.joined(separator: "\n")
    var lines = (0..<10).map { "let x\($0) = \($0)" }
    lines.append("scenario s0 {\n\(changes)\n}")
    for index in 1..<1_000 { lines.append("scenario s\(index) extends s\(index - 1) {\n\(changes)\n}") }
    lines.append("print s999.x9")
    let script = try RunMPlan.temporaryFile(lines.joined(separator: "\n") + "\n")
    // 1,000 scenarios of 10 changes held 420 MB (E0316 here); now 25 MB.
    let result = try RunMPlan.run(["run", "--memory", "128MB", script], timeout: 120)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput == "10\n")
  }

  @Test func scenariosExtendAtMostAThousandDeep() throws {
    var lines = ["let x = 1", "scenario s0 { x = 2 }"]
    for index in 1...1_002 { lines.append("scenario s\(index) extends s\(index - 1) { x = \(index) }") }
    lines.append("print s1002.x")
    let script = try RunMPlan.temporaryFile(lines.joined(separator: "\n") + "\n")
    let result = try RunMPlan.run(["run", script], timeout: 120)
    #expect(result.status == 65)
    // Reported once, at the first scenario past the limit: not again for the one that extends
    // it, nor where the plan is read under it.
    #expect(result.standardError.contains(":1003:"), "\(result.standardError)")
    #expect(result.standardError.contains("would extend 1001 scenarios"))
    #expect(result.standardError.contains("1 error"))
  }

  /// Each key was compared with every earlier one: 160,000 keys took 23 s (release).
  @Test(arguments: ["k", "k۰"])
  func aRecordWithManyFieldsIsQuick(prefix: String) throws {
    let fields = (0..<100_000).map { "\(prefix)\($0): \($0)" }.joined(separator: ", ")
    let script = try RunMPlan.temporaryFile("let r = {\(fields)}\nprint r.\(prefix)99999\n")
    let result = try RunMPlan.run(["run", script], timeout: 120)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput == "99,999\n")
  }

  /// The checker copied every name of the program for each function's body: 4,000
  /// functions took 5 s (release).
  @Test func manyFunctionsAreQuick() throws {
    let functions = (0..<10_000).map { "fn f\($0)(x) = x + \($0) + later" }
    let script = try RunMPlan.temporaryFile(
      (functions + ["let later = 1", "print f9999(1)"]).joined(separator: "\n") + "\n")
    let result = try RunMPlan.run(["run", script], timeout: 120)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput == "10,001\n")
  }

  @Test func aRecordWithAKeyTwiceIsStillAnError() throws {
    let fields = (0..<1_000).map { "k\($0): \($0)" }.joined(separator: ", ")
    let script = try RunMPlan.temporaryFile("let r = {\(fields), k500: 1}\n")
    let result = try RunMPlan.run(["run", script])
    #expect(result.status == 65)
    #expect(result.standardError.contains("the record has `k500` twice"), "\(result.standardError)")
  }

  /// ArgumentParser read `-1` as an option and said "Missing value for '--samples'".
  @Test(arguments: [
    ["--samples", "-1"], ["--samples", "0"], ["--samples", "many"], ["--seed", "-1"], ["--memory", "-1"],
    ["--steps", "-1"], ["--steps", "0"],
  ])
  func anOutOfRangeNumberSaysWhatTheOptionTakes(option: [String]) throws {
    let result = try RunMPlan.run(["eval"] + option + ["1 + 1"])
    #expect(result.status == 64, "\(result.standardError)")
    #expect(result.standardError.contains("\(option[0]) takes "), "\(result.standardError)")
    #expect(result.standardError.contains("`\(option[1])`"), "\(result.standardError)")
    #expect(!result.standardError.contains("Missing value"))
  }
}
