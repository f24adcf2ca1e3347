import Foundation
import Testing

/// Issue 27, case 13: a FIFO with no writer, or a device, named as an input is refused at
/// once with the diagnostic a folder gets; reading it would wait forever.
@Suite struct SpecialFileTests {
  static func fifo(name: String) throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "mplan-fifo-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent(name).path
    #expect(mkfifo(path, 0o600) == 0)
    return path
  }

  @Test func aScriptThatIsAFIFOIsRefused() throws {
    let path = try Self.fifo(name: "plan.mplan")
    let result = try RunMPlan.run(["run", path], timeout: 10)
    #expect(result.status == 66, "\(result.standardError)")
    #expect(result.standardError.contains("error[E0011]: `\(path)` is a named pipe (FIFO), not a script"))
  }

  @Test func aDeviceIsRefused() throws {
    let result = try RunMPlan.run(["check", "/dev/zero"], timeout: 10)
    #expect(result.status == 66, "\(result.standardError)")
    #expect(result.standardError.contains("`/dev/zero` is a device, not a script"))
  }

  @Test func anImportThatIsAFIFOIsRefused() throws {
    let path = try Self.fifo(name: "inc.mplan")
    let plan = (path as NSString).deletingLastPathComponent + "/plan.mplan"
    try "import \"inc.mplan\"\nprint 1\n".write(toFile: plan, atomically: true, encoding: .utf8)
    let result = try RunMPlan.run(["run", plan], timeout: 10)
    #expect(result.status != 0)
    #expect(result.standardError.contains("is a named pipe (FIFO), not a script"), "\(result.standardError)")
  }

  @Test func actualsFromAFIFOAreRefused() throws {
    let path = try Self.fifo(name: "ads.csv")
    let plan = (path as NSString).deletingLastPathComponent + "/plan.mplan"
    try
      "actuals ads from \"ads.csv\" {\n  date \"Day\"\n  action \"Campaign\"\n  amount \"Cost\"\n}\nshow actuals\n"
      .write(toFile: plan, atomically: true, encoding: .utf8)
    let result = try RunMPlan.run(["run", plan], timeout: 10)
    #expect(result.status == 65, "\(result.standardError)")
    #expect(result.standardError.contains("error[E0801]: `ads.csv` is a named pipe (FIFO), not a CSV file"))
  }

  @Test func theREPLsLoadRefusesAFIFO() throws {
    let path = try Self.fifo(name: "plan.mplan")
    let home = try REPLTerminal.makeTemporaryFolder()
    let result = try RunMPlan.run(
      [], input: Data(":load \(path)\nprint 2\n".utf8),
      environment: ["HOME": home, "XDG_STATE_HOME": home + "/state", "XDG_CONFIG_HOME": home + "/config"],
      timeout: 10)
    #expect(result.standardError.contains("is a named pipe (FIFO), not a script"), "\(result.standardError)")
    #expect(result.standardOutput.contains("2"))
  }

  /// `--watch` met a FIFO, said so, and ran again once a plan was saved in its place.
  @Test func watchRecoversFromAFIFO() throws {
    let path = try Self.fifo(name: "plan.mplan")
    DispatchQueue.global().asyncAfter(deadline: .now() + 2) {
      unlink(path)
      try? "print 41 + 1\n".write(toFile: path, atomically: true, encoding: .utf8)
    }
    let result = try RunMPlan.run(
      ["run", "--watch", path], environment: ["MPLAN_WATCH_RUNS": "2"], timeout: 20)
    #expect(result.standardError.contains("is a named pipe (FIFO), not a script"), "\(result.standardError)")
    #expect(result.standardOutput.contains("42\n"), "\(result.standardOutput)")
  }
}
