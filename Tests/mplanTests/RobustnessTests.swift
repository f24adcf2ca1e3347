import Foundation
import Testing

/// Issue 9: any input gives a diagnostic and exit 65, 66 or 1 (64 for a bad command line):
/// never a signal, exit 70, a hang, unbounded memory or a damaged file. Each test is a repro
/// from the fuzzing campaign that failed before its fix.
@Suite struct RobustnessTests {
  @Test(arguments: ["@", "}"])
  func longLineOfStrayCharacters(character: String) throws {
    let script = String(repeating: character, count: 32_000) + "\n"
    let result = try RunMPlan.run(["run", try RunMPlan.temporaryFile(script)], timeout: 60)
    #expect(result.status == 65)
    // Took 35 s (release) and printed 3.4 MB: now the first 50, then a count of the rest.
    // The timeout catches a hang; scripts/bench times this input.
    #expect(result.standardError.utf8.count < 30_000)
    #expect(result.standardError.contains("… and 31950 more in "))
  }

  @Test func controlCharactersInAnEchoedLineAreShownVisibly() throws {
    let script = "let x = 1 +\u{1B}]0;owned\u{07} 2\n"
    let result = try RunMPlan.run(["run", try RunMPlan.temporaryFile(script)])
    #expect(result.status == 65)
    #expect(!result.standardError.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    #expect(result.standardError.contains("1 +␛]0;owned␇ 2"))
  }

  @Test func manyMisspeltNamesAreQuick() throws {
    let names = (0..<4_000).map { "customer_segment_\($0)" }
    let script =
      names.enumerated().map { "let \($0.element) = \($0.offset)" }.joined(separator: "\n") + "\n"
      + names.map { "print " + $0.replacingOccurrences(of: "customer", with: "custmer") }.joined(
        separator: "\n")
    let result = try RunMPlan.run(["run", try RunMPlan.temporaryFile(script)], timeout: 120)
    // Took 22 s (release): "did you mean" compared every misspelling with every name. A debug
    // build took minutes then and 2 s now; the timeout catches a hang, scripts/bench the time.
    #expect(result.status == 65)
    #expect(result.standardError.contains("did you mean `customer_segment_0`?"))
    #expect(result.standardError.contains("4000 errors"))
  }

  @Test func longNamesAreRefusedQuickly() throws {
    let script =
      "let \(String(repeating: "a", count: 50_000)) = 1\nprint \(String(repeating: "a", count: 49_999))b\n"
    let result = try RunMPlan.run(["run", try RunMPlan.temporaryFile(script)], timeout: 60)
    #expect(result.status == 65)
    #expect(
      result.standardError.contains("error[E0318]: this name is 50000 characters long; names are at most 128")
    )
  }

  @Test func samplesPastTheMemoryBudgetAreADiagnostic() throws {
    let result = try RunMPlan.run([
      "eval", "--samples", "100000000", "[1 to 2, 3 to 4, 5 to 6, 7 to 8, 9 to 10]",
    ])
    // Reached 4 GB and died with "failed to allocate", exit 70.
    #expect(result.status == 65)
    #expect(result.standardError.contains("error[E0316]: this needs more memory than the budget of 2 GB"))
    #expect(result.standardError.contains("lower `--samples`"))
  }

  /// A distribution checks the budget before it draws, as `a to b` does: at 100 million
  /// samples (800 MB a value) the first draw that would not fit stops with E0316, at its call,
  /// and says to lower `--samples` even when the run had not drawn yet (it blamed the plan).
  @Test(arguments: [
    "1 to 2", "normal(1, 2)", "beta(successes: 12, trials: 400)", "mixture([1 to 2, 3 to 4])",
  ])
  func distributionsPastTheMemoryBudgetAreADiagnostic(distribution: String) throws {
    let result = try RunMPlan.run(["eval", "--samples", "100000000", "--memory", "1GB", distribution])
    #expect(result.status == 65)
    #expect(result.standardError.contains("error[E0316]: this needs more memory than the budget of 1 GB"))
    #expect(result.standardError.contains("lower `--samples`"))
  }

  @Test func valuesThatDoubleEachCallStopAtTheBudget() throws {
    let functions = (1...16).map { "fn f\($0)(y) = [f\($0 - 1)(y), f\($0 - 1)(y)]" }
    let script = (["fn f0(y) = y + 0"] + functions + ["print len(f16(1 to 2))"]).joined(separator: "\n")
    let result = try RunMPlan.run(
      ["run", "--memory", "256MB", try RunMPlan.temporaryFile(script)], timeout: 120)
    #expect(result.status == 65)
    #expect(result.standardError.contains("error[E0316]: this needs more memory than the budget of 256 MB"))
  }

  @Test func aScriptTooLargeToParseWithinTheBudgetIsADiagnostic() throws {
    let script = String(repeating: "print 1\n", count: 300_000)
    let result = try RunMPlan.run(
      ["run", "--memory", "128MB", try RunMPlan.temporaryFile(script)], timeout: 120)
    #expect(result.status == 65)
    #expect(
      result.standardError.contains("error[E0316]: the script is too large to hold within the memory budget"))
    #expect(result.standardOutput.isEmpty)
  }

  @Test(arguments: [["--memory", "12"], ["--memory", "2TB"], ["--samples", "0"], ["--seed", "-1"]])
  func usageErrorsExit64(options: [String]) throws {
    let result = try RunMPlan.run(["eval"] + options + ["1"])
    #expect(result.status == 64, "\(result.standardError)")
  }

  @Test(arguments: [["-0"], ["-(1 + 2)"], ["--samples", "5", "-3"]])
  func anExpressionMayStartWithAMinus(arguments: [String]) throws {
    let result = try RunMPlan.run(["eval"] + arguments)
    #expect(result.status == 0, "\(result.standardError)")
    #expect(["0\n", "-3\n"].contains(result.standardOutput))
  }

  @Test func checkOfTwoFilesIsAUsageError() throws {
    let result = try RunMPlan.run(["check", "examples/funnel.mplan", "examples/funnel.mplan"])
    #expect(result.status == 64)
  }

  /// A block's field may hold another block, so blocks nest like lists; the same cap holds.
  @Test func aChainOfBlocksNestsAtMostAThousandDeep() throws {
    var lines = ["goal g0 \"x\" {", "  owner \"a\"", "}"]
    for index in 1..<1_100 { lines += ["goal g\(index) \"x\" {", "  baseline g\(index - 1)", "}"] }
    let result = try RunMPlan.run(
      ["run", try RunMPlan.temporaryFile(lines.joined(separator: "\n"))], timeout: 120)
    #expect(result.status == 65)
    #expect(
      result.standardError.contains(":3001:6: error[E0308]: this value nests lists or records more than 1000")
    )
  }

  /// Each stray character was a diagnostic kept in memory: 8 MB of them took 3.4 GB and 75 s.
  @Test func millionsOfErrorsAreCountedNotKept() throws {
    let script = String(repeating: String(repeating: "@", count: 1_000) + "\n", count: 2_000)
    let path = try RunMPlan.temporaryFile(script)
    let result = try RunMPlan.run(["run", path], timeout: 120)
    #expect(result.status == 65)
    #expect(result.standardError.contains("… and 1999950 more in "))
    #expect(result.standardError.hasSuffix("2000000 errors\n"))
    let json = try RunMPlan.run(["check", "--format", "json", path], timeout: 120)
    #expect(json.status == 65)
    #expect(json.standardOutput.contains("… and 1999000 more errors like the ones above"))
    #expect(json.standardOutput.utf8.count < 1_000_000)
  }

  @Test func saveRefusesAFIFOAndAReadOnlyFileUnlessForced() throws {
    let folder = try REPLTerminal.makeTemporaryFolder()
    let fifo = folder + "/pipe"
    mkfifo(fifo, 0o644)
    let locked = folder + "/locked.mplan"
    try "old\n".write(toFile: locked, atomically: false, encoding: .utf8)
    chmod(locked, 0o444)
    let input = "let a = 1\n:save \(fifo)\n:save \(locked)\n:save! \(locked)\n"
    let result = try RunMPlan.run(
      [], input: Data(input.utf8),
      environment: [
        "HOME": folder, "XDG_STATE_HOME": folder + "/state", "XDG_CONFIG_HOME": folder + "/config",
      ])
    #expect(result.standardError.contains("is a pipe (FIFO), not a regular file"))
    #expect(result.standardError.contains("is read-only; use `:save! \(locked)` to replace it anyway"))
    #expect(try String(contentsOfFile: locked, encoding: .utf8).contains("let a = 1"))
    var status = stat()
    lstat(fifo, &status)
    #expect(status.st_mode & S_IFMT == S_IFIFO)
    lstat(locked, &status)
    #expect(status.st_mode & 0o777 == 0o444)
  }
}
