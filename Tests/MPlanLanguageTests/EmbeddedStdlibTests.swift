import Foundation
import MPlanKit
import MPlanLanguage
import MPlanSyntax
import Testing

/// The binary carries `stdlib/*.mplan` as `EmbeddedStdlib`; after editing a module, run
/// `scripts/embed-stdlib`. This test fails while the two differ.
@Suite struct EmbeddedStdlibTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("stdlib")

  @Test func embeddedCopyMatchesTheFiles() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter {
      $0.hasSuffix(".mplan")
    }
    let names = Set(files.map { String($0.dropLast(".mplan".count)) })
    #expect(names == Set(EmbeddedStdlib.modules.keys), "run scripts/embed-stdlib")
    for file in files {
      let text = try String(contentsOf: Self.folder.appendingPathComponent(file), encoding: .utf8)
      let name = String(file.dropLast(".mplan".count))
      #expect(
        EmbeddedStdlib.modules[name]?.trimmingCharacters(in: .newlines)
          == text.trimmingCharacters(in: .newlines),
        "stdlib/\(file) changed: run scripts/embed-stdlib")
    }
  }

  @Test(arguments: ["prelude", "kpi"])
  func everyModuleLoadsWithoutErrors(module: String) {
    let session = Session(output: { _ in })
    let outcome = session.run(SourceFile(name: "s", text: "use \(module)"))
    #expect(outcome.diagnostics.isEmpty)
  }
}
