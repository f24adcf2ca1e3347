import Foundation
import Testing

/// The targets depend one way (docs/architecture.md). SwiftPM lets a target import any module
/// it can see, so this test reads every source file's imports and holds each target to the
/// map; and no target of mplan itself may import Foundation (it would bring ICU's data into
/// the binary; see the README).
@Suite struct LayeringTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// What each target may import, besides the system's C libraries.
  static let allowed: [String: Set<String>] = [
    "MPlanSyntax": [],
    "MPlanLanguage": ["MPlanSyntax"],
    "MPlanPlanning": ["MPlanSyntax", "MPlanLanguage"],
    "MPlanReport": ["MPlanSyntax", "MPlanLanguage", "MPlanPlanning"],
    "MPlanKit": ["MPlanSyntax", "MPlanLanguage", "MPlanPlanning", "MPlanReport"],
    "mplan": ["MPlanKit", "CEditLine", "ArgumentParser"],
  ]
  static let system: Set<String> = ["Glibc", "Musl", "Darwin", "Synchronization", "Dispatch"]

  static func imports(of target: String) throws -> [(file: String, module: String)] {
    let folder = root.appendingPathComponent("Sources/\(target)")
    guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return [] }
    var found: [(String, String)] = []
    for case let file as String in walker where file.hasSuffix(".swift") {
      let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
      for line in text.split(separator: "\n") {
        let words = line.split(separator: " ")
        guard let index = words.firstIndex(of: "import"), index + 1 < words.count,
          words[..<index].allSatisfy({ $0.hasPrefix("@") || $0 == "package" || $0 == "public" })
        else { continue }
        found.append((file, String(words[index + 1])))
      }
    }
    return found
  }

  @Test(arguments: allowed.keys.sorted())
  func targetImportsOnlyLowerLayers(_ target: String) throws {
    let imports = try Self.imports(of: target)
    #expect(!imports.isEmpty || target == "MPlanSyntax")
    for (file, module) in imports where !Self.system.contains(module) {
      #expect(Self.allowed[target]!.contains(module), "Sources/\(target)/\(file) imports \(module)")
    }
  }

  @Test func everyTargetIsOnTheMap() throws {
    let targets = try FileManager.default.contentsOfDirectory(
      atPath: Self.root.appendingPathComponent("Sources").path
    )
    .filter { $0 != "CEditLine" }
    #expect(Set(targets) == Set(Self.allowed.keys))
  }
}
