import Foundation
import Testing

/// `mplan export`, `:export` and the `export` statement through the binary: the golden file
/// of every example in every format, byte for byte, and the files it must never clobber or
/// leave half-written. After an intended change of output, run the tests with
/// `MPLAN_UPDATE_GOLDENS=1` and review the diff.
@Suite struct ExportCommandTests {
  static let formats = ["md", "json", "csv", "html"]
  /// Every example, and the plans in `Tests/Examples/exports/`: one with scenarios compared,
  /// one whose names hold quotes, commas, line breaks, `<script>`, `]]>`, bidi marks and emoji.
  static let plans =
    ExamplesTests.examples.map { "examples/\($0)" } + [
      "Tests/Examples/exports/scenarios.mplan", "Tests/Examples/exports/hostile-names.mplan",
    ]
  static let cases: [(String, String)] = plans.flatMap { plan in formats.map { (plan, $0) } }

  @Test(arguments: cases)
  func exampleExportMatchesItsGolden(plan: String, format: String) throws {
    let name = plan.split(separator: "/").last.map(String.init) ?? plan
    let result = try RunMPlan.run(["export", plan, "--format", format, "-o", "-"])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardError.isEmpty)
    let folder = plan.hasPrefix("examples/") ? "Tests/Examples" : "Tests/Examples/exports"
    let golden = RunMPlan.repository.appendingPathComponent("\(folder)/\(name).export.\(format)")
    if ProcessInfo.processInfo.environment["MPLAN_UPDATE_GOLDENS"] == "1" {
      try Data(result.standardOutput.utf8).write(to: golden)
      return
    }
    let expected = try String(contentsOf: golden, encoding: .utf8)
    #expect(result.standardOutput == expected, "\(plan) exports differently; see \(golden.lastPathComponent)")
  }

  @Test func aPlanFromStandardInputExportsToStandardOutput() throws {
    let input = "plan \"Piped\" {\n  currency EUR\n}\n"
    let result = try RunMPlan.run(["export", "-", "--format", "json"], input: Data(input.utf8))
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.contains("\"title\": \"Piped\""))
    #expect(try RunMPlan.run(["export"]).status == 64)
  }

  static func folder() throws -> URL {
    URL(fileURLWithPath: try RunMPlan.temporaryFile("", name: "placeholder")).deletingLastPathComponent()
  }

  static func read(_ url: URL) -> String? { try? String(contentsOf: url, encoding: .utf8) }

  /// Files in a folder other than `keep`: a failed export leaves no temporary file behind.
  static func leftovers(in folder: URL, keeping keep: Set<String>) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !keep.contains($0) }
  }

  /// `--table NAME` exports a data table the plan bound, alone and in any format; an unknown
  /// name is a usage error (64) that names the choices.
  @Test func aDataTableExportsAloneByName() throws {
    let script = try RunMPlan.temporaryFile(
      """
      let cpc = $1.20 per visit
      let spend = cpc * 1,000 visits
      let by_cpc = table spend over cpc in [$1 per visit, $2 per visit]

      """)
    let csv = try RunMPlan.run(["export", script, "--table", "by_cpc", "--format", "csv", "-o", "-"])
    #expect(csv.status == 0, "\(csv.standardError)")
    #expect(csv.standardOutput == "cpc (USD per visit),spend (USD)\r\n1,1000.00\r\n2,2000.00\r\n")
    let markdown = try RunMPlan.run(["export", script, "--table", "by_cpc", "-o", "-"])
    #expect(markdown.standardOutput.contains("### by_cpc\n\n| cpc | spend |\n"))
    let unknown = try RunMPlan.run(["export", script, "--table", "by_cp", "--format", "csv", "-o", "-"])
    #expect(unknown.status == 64)
    #expect(unknown.standardError.contains("or the name of a data table"))
  }

  @Test func aFileIsWrittenThenReplacedOnlyBecauseMplanWroteIt() throws {
    let folder = try Self.folder()
    let target = folder.appendingPathComponent("growth.html")
    let first = try RunMPlan.run(["export", "examples/growth-plan.mplan", "-o", target.path])
    #expect(first.status == 0, "\(first.standardError)")
    let written = try #require(Self.read(target))
    let golden = Self.read(
      RunMPlan.repository.appendingPathComponent("Tests/Examples/growth-plan.mplan.export.html"))
    #expect(written == golden)
    let again = try RunMPlan.run(["export", "examples/growth-plan.mplan", "-o", target.path])
    #expect(again.status == 0)
    #expect(Self.read(target) == written)
    #expect(try Self.leftovers(in: folder, keeping: ["growth.html", "placeholder"]).isEmpty)
  }

  @Test(arguments: ["md", "json", "csv", "html"])
  func aFileMplanDidNotWriteIsKeptUnlessForced(format: String) throws {
    let folder = try Self.folder()
    let target = folder.appendingPathComponent("mine.\(format)")
    try Data("my own notes\n".utf8).write(to: target)
    let refused = try RunMPlan.run(["export", "examples/funnel.mplan", "-o", target.path])
    #expect(refused.status == 73)
    #expect(refused.standardError.contains("error[E0604]"))
    #expect(refused.standardError.contains("--force"))
    #expect(Self.read(target) == "my own notes\n")
    let forced = try RunMPlan.run(["export", "examples/funnel.mplan", "-o", target.path, "--force"])
    #expect(forced.status == 0)
    #expect(Self.read(target) != "my own notes\n")
    // Now mplan wrote it, so the next export replaces it without asking.
    #expect(try RunMPlan.run(["export", "examples/funnel.mplan", "-o", target.path]).status == 0)
  }

  @Test func badPathsFailClearlyAndWriteNothing() throws {
    let folder = try Self.folder()
    let directory = try RunMPlan.run(["export", "examples/funnel.mplan", "-o", folder.path + "/"])
    #expect(directory.status != 0)
    let isDirectory = try RunMPlan.run([
      "export", "examples/funnel.mplan", "-o", folder.path, "--format", "md",
    ])
    #expect(isDirectory.status == 73)
    #expect(isDirectory.standardError.contains("error[E0605]"))
    #expect(isDirectory.standardError.contains("a directory"))
    let missing = try RunMPlan.run([
      "export", "examples/funnel.mplan", "-o", folder.path + "/no/such/plan.md",
    ])
    #expect(missing.status == 73)
    #expect(missing.standardError.contains("error[E0606]"))
    // /proc takes no new files, even for root: an unwritable folder.
    let unwritable = try RunMPlan.run(["export", "examples/funnel.mplan", "-o", "/proc/plan.md"])
    #expect(unwritable.status == 73)
    #expect(unwritable.standardError.contains("error[E0605]"))
    let format = try RunMPlan.run(["export", "examples/funnel.mplan", "-o", folder.path + "/plan.pdf"])
    #expect(format.status == 64)
    #expect(format.standardError.contains("error[E0601]"))
    let table = try RunMPlan.run(["export", "examples/funnel.mplan", "-o", "-", "--table", "goals"])
    #expect(table.status == 64)
    #expect(table.standardError.contains("error[E0607]"))
    #expect(try Self.leftovers(in: folder, keeping: ["placeholder"]).isEmpty)
  }

  /// A full disk, simulated with a file-size limit of 1 KiB (SIGXFSZ ignored, so the write
  /// fails with EFBIG as on a full disk): the old file stays whole and no temporary is left.
  @Test func aFailingWriteLeavesTheOldFileWhole() throws {
    let folder = try Self.folder()
    let target = folder.appendingPathComponent("growth.html")
    #expect(try RunMPlan.run(["export", "examples/funnel.mplan", "-o", target.path]).status == 0)
    let before = try #require(Self.read(target))
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = [
      "-c", "trap '' XFSZ; ulimit -f 1; exec \"$0\" export examples/growth-plan.mplan -o \"$1\"",
      RunMPlan.binary.path, target.path,
    ]
    process.currentDirectoryURL = RunMPlan.repository
    let error = Pipe()
    process.standardError = error
    try process.run()
    process.waitUntilExit()
    let message = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    #expect(process.terminationStatus == 73)
    #expect(message.contains("error[E0605]"))
    #expect(message.contains("any earlier file is unchanged"))
    #expect(Self.read(target) == before)
    #expect(try Self.leftovers(in: folder, keeping: ["growth.html", "placeholder"]).isEmpty)
  }

  @Test func aScriptExportsUnderItsFolderOnlyUnlessAllowed() throws {
    let script = try RunMPlan.temporaryFile(
      """
      plan "Exports" {
        currency USD
      }
      let reach = 1,000 visits
      export plan to "plan.json"
      export reach to "reach.md"
      export plan to "/tmp/mplan-export-outside/plan.md"
      scenario wide { reach = 2,000 visits }
      compare base, wide on reach
      export wide to "wide.md"
      export plan to "mine.md"
      """)
    let folder = URL(fileURLWithPath: script).deletingLastPathComponent()
    try Data("my own notes\n".utf8).write(to: folder.appendingPathComponent("mine.md"))
    let outside = URL(fileURLWithPath: "/tmp/mplan-export-outside")
    try? FileManager.default.removeItem(at: outside)
    try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
    let refused = try RunMPlan.run(["run", "--color", "never", script])
    #expect(refused.status == 65)
    #expect(refused.standardError.contains("script.mplan:7:1: error[E0603]"))
    #expect(refused.standardError.contains("--allow-write"))
    #expect(refused.standardError.contains("script.mplan:11:1: error[E0604]"))
    #expect(Self.read(folder.appendingPathComponent("mine.md")) == "my own notes\n")
    #expect(Self.read(outside.appendingPathComponent("plan.md")) == nil)
    // What the script may write, it wrote: relative to its own folder.
    let json = try #require(Self.read(folder.appendingPathComponent("plan.json")))
    #expect(json.hasPrefix("{\n  \"format\": \"mplan-plan-export\""))
    // `export` runs after the script's `compare`, wherever it sits.
    #expect(json.contains("\"scenarios\": [\"base\", \"wide\"]"))
    let reach = try #require(Self.read(folder.appendingPathComponent("reach.md")))
    #expect(reach.contains("| reach | 1,000 visits |"))
    let wide = try #require(Self.read(folder.appendingPathComponent("wide.md")))
    #expect(wide.contains("| reach | 1,000 visits | 2,000 visits | +100% |"))
    #expect(!wide.contains("## Open items"))
    try FileManager.default.removeItem(at: folder.appendingPathComponent("mine.md"))
    let allowed = try RunMPlan.run(["run", "--allow-write", outside.path, script])
    #expect(allowed.status == 0, "\(allowed.standardError)")
    #expect(
      Self.read(outside.appendingPathComponent("plan.md"))?.hasPrefix("<!-- written by mplan export -->")
        == true)
  }

  @Test func theREPLExports() throws {
    let folder = try Self.folder()
    let target = folder.appendingPathComponent("plan.csv")
    let input = """
      plan "At the prompt" { currency USD\n period 2027-01 .. 2027-02 }
      budget b { total $1k }
      action a { cost $100\n from b }
      :export \(target.path) --table pacing
      :export \(folder.path)/plan.txt
      """
    let result = try RunMPlan.run(["repl"], input: Data(input.utf8))
    #expect(result.standardOutput.contains("Exported `pacing` to \(target.path) (csv)."))
    #expect(result.standardError.contains("error[E0601]"))
    #expect(
      Self.read(target)
        == "budget,month,committed,cumulative,currency\r\nb,2027-01,50.00,50.00,USD\r\nb,2027-02,50.00,100.00,USD\r\n"
    )
  }
}
