import Foundation
import Testing

/// The binary stays lean: no Foundation beyond FoundationEssentials (which ArgumentParser
/// uses) and no ICU, whose data made the static binary 79 MB (see the README).
@Suite struct BinaryTests {
  /// What `ldd` lists for the built binary: the libraries it links at start-up.
  static func linkedLibraries() throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/ldd")
    process.arguments = [RunMPlan.binary.path]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return text
  }

  @Test func linksNeitherFoundationNorICU() throws {
    let text = try Self.linkedLibraries()
    #expect(text.contains("libswiftCore"), "ldd did not list the binary's libraries:\n\(text)")
    for library in ["libFoundation.so", "libFoundationInternationalization", "lib_FoundationICU", "libicu"] {
      #expect(!text.contains(library), "mplan links \(library):\n\(text)")
    }
  }
}
