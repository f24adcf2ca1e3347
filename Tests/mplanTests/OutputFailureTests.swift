import Foundation
import Testing

/// Output that could not be written is never success: with standard output on a full disk
/// (`/dev/full`), every command says so on standard error and exits 74 (EX_IOERR), so that
/// `mplan fmt - < plan > new && mv new plan` cannot empty a plan.
@Suite struct OutputFailureTests {
  static func runIntoFullDisk(_ arguments: [String], input: String? = nil) throws -> RunMPlan.Result {
    let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
    defer { try? full.close() }
    return try RunMPlan.run(arguments, input: input.map { Data($0.utf8) }, standardOutput: full)
  }

  static let plan = "let price = $24k per customer\nprint price * 2\n"

  static let commands: [(arguments: [String], input: String?)] = [
    (["fmt", "-"], FmtCommandTests.messy),
    (["run", "-"], plan),
    (["run", "--seed", "3", "-"], plan),
    (["eval", "1 + 1"], nil),
    (["check", "examples/funnel.mplan"], nil),
    (["check", "--format", "json", "examples/funnel.mplan"], nil),
    (["export", "examples/funnel.mplan", "-o", "-"], nil),
    (["--version"], nil),
    (["--help"], nil),
    (["fmt", "--help"], nil),
  ]

  @Test(arguments: commands.indices)
  func aFailedWriteToStandardOutputIsAnError(_ index: Int) throws {
    let (arguments, input) = Self.commands[index]
    let result = try Self.runIntoFullDisk(arguments, input: input)
    #expect(result.status != 0, "\(arguments) exited 0")
    #expect(result.standardError.contains("standard output"), "\(arguments): \(result.standardError)")
  }

  @Test func aCommandThatWouldHaveSucceededExits74() throws {
    for arguments in [["fmt", "-"], ["run", "-"], ["eval", "2 * 3"], ["--version"]] {
      let result = try Self.runIntoFullDisk(arguments, input: Self.plan)
      #expect(result.status == 74, "\(arguments): \(result.standardError)")
    }
  }

  /// `fmt --check`'s 1 means "these files need formatting": the list that says which is what
  /// was lost, so the answer is 74, not 1.
  @Test func anAnswerThatCouldNotBeWrittenExits74() throws {
    let messy = try RunMPlan.temporaryFile(FmtCommandTests.messy)
    let result = try Self.runIntoFullDisk(["fmt", "--check", messy])
    #expect(result.status == 74, "\(result.standardError)")
    let check = try Self.runIntoFullDisk(["check", "examples/flawed-plan.mplan"])
    #expect(check.status == 74, "\(check.standardError)")
  }

  @Test func theReplReadingAPipeReportsItToo() throws {
    let result = try Self.runIntoFullDisk([], input: "1 + 1\n")
    #expect(result.status == 74, "\(result.standardError)")
  }

  @Test func nothingWrittenIsNoFailure() throws {
    let tidy = try RunMPlan.temporaryFile(FmtCommandTests.tidy)
    let result = try Self.runIntoFullDisk(["fmt", "--check", tidy])
    #expect(result.status == 0, "\(result.standardError)")
  }
}
