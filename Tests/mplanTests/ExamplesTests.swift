import Foundation
import Testing

/// Every `examples/*.mplan` runs through the binary and must give exactly what its golden file
/// in `Tests/Examples/` records (standard output, standard error, exit status), so the
/// examples a newcomer reads never rot. After an intended change of output, run the tests
/// with `MPLAN_UPDATE_GOLDENS=1` and review the diff.
@Suite struct ExamplesTests {
  static let examples: [String] = {
    let folder = RunMPlan.repository.appendingPathComponent("examples")
    let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return files.filter { $0.hasSuffix(".mplan") }.sorted()
  }()

  @Test func thereAreExamples() {
    #expect(Self.examples.contains("funnel.mplan"))
  }

  @Test(arguments: examples)
  func exampleMatchesItsGolden(name: String) throws {
    let result = try RunMPlan.run(["run", "--color", "never", "examples/\(name)"])
    let transcript = """
      == stdout
      \(result.standardOutput)== stderr
      \(result.standardError)== exit \(result.status)

      """
    let golden = RunMPlan.repository.appendingPathComponent("Tests/Examples/\(name).golden")
    if ProcessInfo.processInfo.environment["MPLAN_UPDATE_GOLDENS"] == "1" {
      try Data(transcript.utf8).write(to: golden)
      return
    }
    let expected = try String(contentsOf: golden, encoding: .utf8)
    #expect(transcript == expected, "examples/\(name) changed its output; see Tests/Examples/\(name).golden")
    #expect(result.status == 0 || name == "flawed-plan.mplan", "examples/\(name) should run cleanly")
  }
}
