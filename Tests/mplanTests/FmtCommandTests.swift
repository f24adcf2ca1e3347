import Foundation
import Testing

/// `mplan fmt` as a user runs it: in place, `--check` for CI, `-` for editors, and files it
/// must leave alone.
@Suite struct FmtCommandTests {
  static let messy =
    "let deal=$24k per customer\n\n\n\ngoal g \"Win\" {\nowner \"Ana\"\nmetric customer  # counted\n}\n"
  static let tidy =
    "let deal = $24k per customer\n\ngoal g \"Win\" {\n  metric customer  # counted\n  owner  \"Ana\"\n}\n"

  static func contents(_ path: String) throws -> String {
    try String(contentsOfFile: path, encoding: .utf8)
  }

  static func permissions(_ path: String) throws -> Int {
    try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int ?? -1
  }

  /// The examples are what a newcomer copies: they stay in the one canonical layout.
  @Test func theExamplesAreFormatted() throws {
    let examples = RunMPlan.repository.appendingPathComponent("examples").path
    let result = try RunMPlan.run(["fmt", "--check", examples])
    #expect(result.status == 0, "not formatted: \(result.standardOutput)")
  }

  @Test func rewritesAFileInPlaceKeepingItsPermissions() throws {
    let path = try RunMPlan.temporaryFile(Self.messy)
    try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
    let result = try RunMPlan.run(["fmt", path])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.isEmpty)
    #expect(try Self.contents(path) == Self.tidy)
    #expect(try Self.permissions(path) == 0o640)
    // No temporary file is left next to it.
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["script.mplan"])
  }

  @Test func leavesAFormattedFileUntouched() throws {
    let path = try RunMPlan.temporaryFile(Self.tidy)
    let old = Date(timeIntervalSince1970: 1_000_000_000)
    try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: path)
    let result = try RunMPlan.run(["fmt", path])
    #expect(result.status == 0)
    let modified = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
    #expect(modified == old)
  }

  @Test func checkListsWhatWouldChangeAndWritesNothing() throws {
    let messy = try RunMPlan.temporaryFile(Self.messy)
    let tidy = try RunMPlan.temporaryFile(Self.tidy)
    let result = try RunMPlan.run(["fmt", "--check", messy, tidy])
    #expect(result.status == 1)
    #expect(result.standardOutput == messy + "\n")
    #expect(try Self.contents(messy) == Self.messy)
    let clean = try RunMPlan.run(["fmt", "--check", tidy])
    #expect(clean.status == 0)
    #expect(clean.standardOutput.isEmpty)
  }

  @Test func diffShowsTheChangesAndWritesNothing() throws {
    let path = try RunMPlan.temporaryFile("let a=1\nlet b = 2\nlet c = 3\nlet d = 4\nlet e = 5\nlet f=6\n")
    let result = try RunMPlan.run(["fmt", "--diff", path])
    #expect(result.status == 0)
    #expect(
      result.standardOutput == """
        --- \(path)
        +++ \(path) (formatted)
        @@ -1,6 +1,6 @@
        -let a=1
        +let a = 1
         let b = 2
         let c = 3
         let d = 4
         let e = 5
        -let f=6
        +let f = 6

        """)
    #expect(try Self.contents(path).hasPrefix("let a=1"))
    #expect(try RunMPlan.run(["fmt", "--diff", "--check", path]).status == 1)
  }

  @Test func aFolderMeansEveryPlanInIt() throws {
    let first = try RunMPlan.temporaryFile(Self.messy)
    let folder = URL(fileURLWithPath: first).deletingLastPathComponent()
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("nested"), withIntermediateDirectories: true)
    try Data(Self.messy.utf8).write(to: folder.appendingPathComponent("nested/other.mplan"))
    try Data("not a plan=".utf8).write(to: folder.appendingPathComponent("notes.txt"))
    let result = try RunMPlan.run(["fmt", "--check", folder.path])
    #expect(result.status == 1)
    #expect(result.standardOutput == "\(folder.path)/nested/other.mplan\n\(folder.path)/script.mplan\n")
  }

  @Test func noFilesIsAUsageError() throws {
    let result = try RunMPlan.run(["fmt"])
    #expect(result.status == 64)
    #expect(result.standardError.contains("name the plans to format"))
  }

  @Test func standardInputToStandardOutput() throws {
    let result = try RunMPlan.run(["fmt", "-"], input: Data(Self.messy.utf8))
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput == Self.tidy)
  }

  @Test func aFileThatDoesNotParseIsShownNotRewritten() throws {
    let text = "let a = 1 +* 2\nprint  a\n"
    let path = try RunMPlan.temporaryFile(text)
    let result = try RunMPlan.run(["fmt", path])
    #expect(result.status == 65)
    #expect(result.standardError.contains("script.mplan:1:12: error[E0101]: expected a value, found `*`"))
    #expect(result.standardError.contains("^"))
    #expect(try Self.contents(path) == text)
  }

  @Test func aMissingFileIs66AndTheOthersAreStillFormatted() throws {
    let path = try RunMPlan.temporaryFile(Self.messy)
    let result = try RunMPlan.run(["fmt", "no/such/plan.mplan", path])
    #expect(result.status == 66)
    #expect(result.standardError.contains("error[E0010]: cannot read `no/such/plan.mplan`: no such file"))
    #expect(try Self.contents(path) == Self.tidy)
  }

  @Test func theExamplesStillRunTheSameOnceFormatted() throws {
    for example in ["funnel", "growth-plan"] {
      let original = RunMPlan.repository.appendingPathComponent("examples/\(example).mplan").path
      let path = try RunMPlan.temporaryFile(try Self.contents(original))
      #expect(try RunMPlan.run(["fmt", path]).status == 0)
      let before = try RunMPlan.run(["run", original])
      let after = try RunMPlan.run(["run", path])
      #expect(after.status == before.status)
      #expect(after.standardOutput == before.standardOutput)
    }
  }
}
