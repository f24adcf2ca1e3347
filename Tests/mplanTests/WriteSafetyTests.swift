import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Issue 27, "never write where not asked, never lose a file": every way mplan writes a file
/// (`export` statements, `mplan export`, `:export`, `:save`), through the real binary.
@Suite struct WriteSafetyTests {
  static let plan = """
    plan "Written" {
      currency USD
    }
    let reach = 1,000 visits

    """

  /// A fresh folder holding `files` (name → text).
  func folder(_ files: [String: String] = [:]) throws -> URL {
    let folder = URL(fileURLWithPath: try RunMPlan.temporaryFile("", name: ".keep"))
      .deletingLastPathComponent()
    for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
    return folder
  }

  func read(_ url: URL) -> String? { try? String(contentsOf: url, encoding: .utf8) }

  func exists(_ url: URL) -> Bool {
    var status = stat()
    return lstat(url.path, &status) == 0
  }

  /// Runs the shell `script` in `folder`, with `$0` the mplan binary and `input` on standard
  /// input, HOME in the folder; a file-size limit (KiB) when one is given. SIGXFSZ keeps its
  /// default, which kills a process that writes past the limit: mplan must ignore it itself so
  /// the write fails with EFBIG, as on a full disk, and is cleaned up after.
  func shell(
    _ script: String, _ arguments: [String] = [], in folder: URL, input: String = "",
    fileSizeLimit: Int? = nil
  ) throws -> RunMPlan.Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    let limit = fileSizeLimit.map { "ulimit -f \($0); " } ?? ""
    process.arguments = ["-c", limit + script, RunMPlan.binary.path] + arguments
    process.currentDirectoryURL = folder
    var environment = ProcessInfo.processInfo.environment
    environment["HOME"] = folder.path + "/.home"
    environment["XDG_STATE_HOME"] = folder.path + "/.home/state"
    environment["XDG_CONFIG_HOME"] = folder.path + "/.home/config"
    process.environment = environment
    let (output, error, standardInput) = (Pipe(), Pipe(), Pipe())
    (process.standardOutput, process.standardError, process.standardInput) = (output, error, standardInput)
    try process.run()
    standardInput.fileHandleForWriting.write(Data(input.utf8))
    try? standardInput.fileHandleForWriting.close()
    // Small outputs only: the pipes hold them until the process ends.
    let deadline = Date().addingTimeInterval(60)
    while process.isRunning, Date() < deadline { usleep(5_000) }
    if process.isRunning { process.terminate() }
    process.waitUntilExit()
    return RunMPlan.Result(
      status: process.terminationStatus,
      standardOutput: String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self),
      standardError: String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))
  }

  /// `mplan ARGUMENTS` run in `folder`.
  func mplan(_ arguments: [String], in folder: URL, input: String = "", fileSizeLimit: Int? = nil) throws
    -> RunMPlan.Result
  {
    // The test runner may ignore SIGXFSZ, and an ignored signal stays ignored in its children:
    // `env --default-signal` gives mplan the default a user's shell gives it.
    try shell(
      "exec env --default-signal=XFSZ \"$0\" \"$@\"", arguments, in: folder, input: input,
      fileSizeLimit: fileSizeLimit)
  }

  /// Case 1: a hard-linked file was truncated before the new text was written, so a failed
  /// write left it cut short while the message said it was unchanged.
  @Test func aHardLinkedFileSurvivesAFailedWrite() throws {
    let folder = try folder(["plan.mplan": Self.plan])
    let report = folder.appendingPathComponent("report.md")
    let other = folder.appendingPathComponent("linked.md")
    #expect(try mplan(["export", "plan.mplan", "-o", "report.md"], in: folder).status == 0)
    link(report.path, other.path)
    let before = try #require(read(report))
    let growth = RunMPlan.repository.appendingPathComponent("examples/growth-plan.mplan").path
    let failed = try mplan(["export", growth, "-o", "report.md"], in: folder, fileSizeLimit: 1)
    #expect(failed.status == 73)
    #expect(failed.standardError.contains("any earlier file is unchanged"))
    #expect(read(report) == before)
    #expect(read(other) == before)
    // `:save` over a hard-linked script, under the same limit.
    let script = folder.appendingPathComponent("saved.mplan")
    let scriptLink = folder.appendingPathComponent("saved-link.mplan")
    try Data("let kept = 1\n".utf8).write(to: script)
    link(script.path, scriptLink.path)
    let long = "let long = \"" + String(repeating: "x", count: 4_000) + "\"\n"
    let save = try mplan(
      ["repl"], in: folder, input: long + ":save saved.mplan\nprint 6 * 7\n", fileSizeLimit: 1)
    #expect(save.status == 65)
    #expect(save.standardOutput.contains("42\n"), "the session goes on after the failed :save")
    #expect(read(scriptLink) == "let kept = 1\n")
    // A write that fits goes through both names, and nothing is left beside them.
    #expect(try mplan(["export", growth, "-o", "report.md"], in: folder).status == 0)
    #expect(read(other) == read(report))
    #expect(read(other) != before)
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
      $0.contains("mplan-")
    }
    #expect(names.isEmpty, "\(names)")
  }

  /// Case 1: exports racing to one hard-linked file each saw it truncated by another and took
  /// it for a file mplan did not write (E0604).
  @Test func concurrentExportsToAHardLinkedFileAllSucceed() throws {
    let folder = try folder(["plan.mplan": Self.plan])
    let growth = RunMPlan.repository.appendingPathComponent("examples/growth-plan.mplan").path
    #expect(try mplan(["export", growth, "-o", "report.html"], in: folder).status == 0)
    link(folder.appendingPathComponent("report.html").path, folder.appendingPathComponent("linked.html").path)
    for _ in 0..<3 {
      let race = try shell(
        "for i in 1 2 3 4 5 6; do \"$0\" export \"$1\" -o report.html || echo failed; done & "
          + "for i in 1 2 3 4 5 6; do \"$0\" export \"$1\" -o report.html || echo failed; done; wait",
        [growth], in: folder)
      #expect(!race.standardOutput.contains("failed"), "\(race.standardError)")
      #expect(race.standardError.isEmpty)
    }
    #expect(
      read(folder.appendingPathComponent("linked.html")) == read(folder.appendingPathComponent("report.html"))
    )
  }

  /// Cases 2 and 21: `:save` checks that the saved script runs; the check ran its `export`s
  /// from the folder saved into (replacing a report there), and warned falsely when that
  /// folder was not the current one. It now writes nothing and resolves paths as the saved
  /// file will.
  @Test func saveChecksWithoutWritingAndFromWhereTheFileGoes() throws {
    let work = try folder(["plan.mplan": Self.plan + "export plan to \"report.md\"\n"])
    let elsewhere = try folder()
    let saved = try mplan(
      ["repl"], in: work, input: ":load plan.mplan\n:save \(elsewhere.path)/saved.mplan\n")
    #expect(saved.status == 0, "\(saved.standardError)")
    #expect(saved.standardError.isEmpty)
    #expect(exists(work.appendingPathComponent("report.md")))
    #expect(!exists(elsewhere.appendingPathComponent("report.md")))
    // Saved into the current folder, over a report an earlier run wrote there.
    let inside = work.appendingPathComponent("out")
    try FileManager.default.createDirectory(at: inside, withIntermediateDirectories: true)
    try Data("<!-- written by mplan export -->\nthe earlier report\n".utf8).write(
      to: inside.appendingPathComponent("report.md"))
    let again = try mplan(["repl"], in: work, input: ":load plan.mplan\n:save out/saved.mplan\n")
    #expect(again.status == 0, "\(again.standardError)")
    #expect(read(inside.appendingPathComponent("report.md"))?.contains("the earlier report") == true)
    // And the warning is still given when the saved script would really stop.
    let stops = try mplan(
      ["repl"], in: work,
      input: ":load plan.mplan\nimport \"plan.mplan\"\n:save \(elsewhere.path)/other.mplan\n")
    #expect(stops.standardError.contains("will stop at line"))
  }

  /// Case 22: a `:load` that fails is undone, and now so are its exports: they are written
  /// only once the whole script has run.
  @Test func aFailedLoadWritesNothing() throws {
    let work = try folder([
      "fails.mplan": Self.plan + "export plan to \"report.md\"\nlet broken = reach / (reach - reach)\n",
      "works.mplan": Self.plan + "export plan to \"report.md\"\n",
    ])
    let failed = try mplan(["repl"], in: work, input: ":load fails.mplan\nreach\n")
    #expect(failed.status == 65)
    #expect(failed.standardError.contains("fails.mplan:6:22: error[E0302]"))
    #expect(failed.standardError.contains("unknown name `reach`"))
    #expect(!exists(work.appendingPathComponent("report.md")))
    // A second export that cannot be written (a folder is in the way) keeps the first unwritten.
    try Data((Self.plan + "export plan to \"first.md\"\nexport plan to \"taken.md\"\n").utf8).write(
      to: work.appendingPathComponent("twice.mplan"))
    try FileManager.default.createDirectory(
      at: work.appendingPathComponent("taken.md"), withIntermediateDirectories: true)
    let twice = try mplan(["repl"], in: work, input: ":load twice.mplan\nreach\n")
    #expect(twice.status == 65)
    #expect(twice.standardError.contains("is a directory, not a regular file"))
    #expect(twice.standardError.contains("unknown name `reach`"))
    #expect(!exists(work.appendingPathComponent("first.md")))
    let loaded = try mplan(["repl"], in: work, input: ":load works.mplan\n")
    #expect(loaded.status == 0, "\(loaded.standardError)")
    #expect(read(work.appendingPathComponent("report.md"))?.contains("Written") == true)
  }

  /// Case 3: a symbolic link beside the script, even a dangling one, led `export` outside the
  /// folders a script may write.
  @Test func aLinkBesideTheScriptDoesNotLeadOutside() throws {
    let root = try folder()
    let project = root.appendingPathComponent("project")
    let outside = root.appendingPathComponent("outside")
    for folder in [project, outside, project.appendingPathComponent("reports")] {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }
    try Data((Self.plan + "export plan to \"report.md\"\nexport plan to \"latest.md\"\n").utf8).write(
      to: project.appendingPathComponent("plan.mplan"))
    symlink("../outside/anything.sh", project.appendingPathComponent("report.md").path)
    symlink("reports/2027.md", project.appendingPathComponent("latest.md").path)
    let result = try mplan(["run", "plan.mplan"], in: project)
    #expect(result.status == 65)
    #expect(result.standardError.contains("plan.mplan:5:1: error[E0603]"))
    #expect(result.standardError.contains("a link to"))
    #expect(!exists(outside.appendingPathComponent("anything.sh")))
    // A link that stays inside is followed as before.
    #expect(read(project.appendingPathComponent("reports/2027.md"))?.contains("Written") == true)
  }

  /// Case 4: a NUL ended the name the system saw (`hook.sh` got the CSV); any control
  /// character in a name to write is refused, by every way in.
  @Test func aNameWithAControlCharacterIsRefusedEverywhere() throws {
    let work = try folder([
      "plan.mplan": Self.plan + "export plan to \"hook.sh\\u{0}.csv\"\n",
      "tab.mplan": Self.plan + "export plan to \"a\\tb.md\"\n",
      "clean.mplan": Self.plan,
    ])
    let statement = try mplan(["run", "plan.mplan"], in: work)
    #expect(statement.status == 65)
    #expect(statement.standardError.contains("plan.mplan:5:16: error[E0608]"))
    #expect(statement.standardError.contains("`hook.sh\\u{0}.csv` holds a control character (U+0000)"))
    #expect(try mplan(["run", "tab.mplan"], in: work).standardError.contains("error[E0608]"))
    let command = try mplan(["export", "clean.mplan", "-o", "report\n.md"], in: work)
    #expect(command.status == 64)
    #expect(command.standardError.contains("error[E0608]"))
    let prompt = try mplan(
      ["repl"], in: work,
      input: ":load clean.mplan\n:export plan\u{1}.md\n:save saved\u{1B}.mplan\n:save! x\u{7F}.mplan\n")
    #expect(prompt.status == 65)
    #expect(prompt.standardError.contains("error[E0608]"))
    #expect(prompt.standardError.contains("`saved\\u{1b}.mplan` holds a control character (U+001B)"))
    #expect(prompt.standardError.contains("(U+007F)"))
    let names = Set(try FileManager.default.contentsOfDirectory(atPath: work.path)).subtracting([".home"])
    #expect(names == [".keep", "clean.mplan", "plan.mplan", "tab.mplan"])
    #expect(!exists(work.appendingPathComponent("hook.sh")))
  }

  /// Case 5: `--allow-write ""` (an unset variable) allowed every folder, and a folder that
  /// does not exist was taken silently.
  @Test(arguments: ["", "/nonexistent/folder"])
  func aBadAllowWriteIsAUsageError(folder allowed: String) throws {
    let work = try folder(["plan.mplan": Self.plan + "export plan to \"/tmp/mplan-anywhere.md\"\n"])
    let result = try mplan(["run", "--allow-write", allowed, "plan.mplan"], in: work)
    #expect(result.status == 64)
    #expect(result.standardError.contains("--allow-write"))
  }

  /// `--allow-write=$UNSET` took the next word as its folder; with a folder there, that folder
  /// was allowed in silence.
  @Test func anOptionWithAnEmptyValueIsAUsageError() throws {
    let work = try folder(["plan.mplan": Self.plan])
    try FileManager.default.createDirectory(
      at: work.appendingPathComponent("elsewhere"), withIntermediateDirectories: true)
    let result = try mplan(["run", "--allow-write=", "elsewhere", "plan.mplan"], in: work)
    #expect(result.status == 64)
    #expect(result.standardError.contains("--allow-write= has no value"), "\(result.standardError)")
    #expect(try mplan(["run", "--samples=", "plan.mplan"], in: work).status == 64)
  }

  /// Case 19: the advice for a read-only file names the way in the user took.
  @Test func readOnlyAdviceNamesTheWayIn() throws {
    let work = try folder(["plan.mplan": Self.plan])
    #expect(try mplan(["export", "plan.mplan", "-o", "plan.md"], in: work).status == 0)
    try Data("let a = 1\n".utf8).write(to: work.appendingPathComponent("saved.mplan"))
    chmod(work.appendingPathComponent("plan.md").path, 0o444)
    chmod(work.appendingPathComponent("saved.mplan").path, 0o444)
    let command = try mplan(["export", "plan.mplan", "-o", "plan.md"], in: work)
    #expect(command.status == 73)
    #expect(command.standardError.contains("use `--force` to replace it anyway"))
    #expect(!command.standardError.contains(":save"))
    let prompt = try mplan(
      ["repl"], in: work, input: ":load plan.mplan\n:export plan.md\n:save saved.mplan\n")
    #expect(prompt.standardError.contains("use `:export! plan.md` to replace it anyway"))
    #expect(prompt.standardError.contains("use `:save! saved.mplan` to replace it anyway"))
    let forced = try mplan(["export", "plan.mplan", "-o", "plan.md", "--force"], in: work)
    #expect(forced.status == 0, "\(forced.standardError)")
  }

  /// Case 20: the temporary file was named after the target, so names from about 236 bytes
  /// passed the file system's limit (255) once the suffix was added.
  @Test func aNameAsLongAsTheFileSystemAllowsIsWritten() throws {
    let work = try folder(["plan.mplan": Self.plan])
    let name = String(repeating: "n", count: 255 - ".md".count) + ".md"
    let exported = try mplan(["export", "plan.mplan", "-o", name], in: work)
    #expect(exported.status == 0, "\(exported.standardError)")
    #expect(read(work.appendingPathComponent(name))?.contains("Written") == true)
    let saveName = String(repeating: "s", count: 255 - ".mplan".count) + ".mplan"
    let saved = try mplan(["repl"], in: work, input: "let a = 1\n:save \(saveName)\n")
    #expect(saved.status == 0, "\(saved.standardError)")
    #expect(read(work.appendingPathComponent(saveName))?.contains("let a = 1") == true)
  }
}
