import Foundation
import Testing

/// The binary stays lean: no Foundation beyond FoundationEssentials (which ArgumentParser
/// uses) and no ICU, whose data made the static binary 79 MB (see the README).
@Suite struct BinaryTests {
  @Test func linksNeitherFoundationNorICU() throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/ldd")
    process.arguments = [RunMPlan.binary.path]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(text.contains("libswiftCore"), "ldd did not list the binary's libraries:\n\(text)")
    for library in ["libFoundation.so", "libFoundationInternationalization", "lib_FoundationICU", "libicu"] {
      #expect(!text.contains(library), "mplan links \(library):\n\(text)")
    }
  }
}
