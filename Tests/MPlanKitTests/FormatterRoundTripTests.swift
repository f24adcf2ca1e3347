import Foundation
import MPlanKit
import MPlanSyntax
import Testing

/// `mplan fmt` never changes what a plan means: every example and script test, formatted,
/// prints the same lines and reports the same diagnostics (codes, and lines mapped back to
/// the original's), and formatting it again changes nothing.
struct FormatterRoundTripTests {
  static let files =
    ScriptTests.scripts(under: "examples") + ScriptTests.scripts(under: "Tests/Scripts")

  /// Included files are formatted too, though they only run through the scripts that import them.
  static let includedFiles: [String] = {
    let base = ScriptTests.root.appendingPathComponent("Tests/Scripts")
    let walker = FileManager.default.enumerator(atPath: base.path)
    return (walker?.compactMap { $0 as? String } ?? []).filter { $0.hasSuffix(".inc.mplan") }.sorted()
      .map { "Tests/Scripts/" + $0 }
  }()

  @Test("formatted, a script means the same", arguments: files)
  func sameMeaning(_ relativePath: String) throws {
    let path = ScriptTests.root.appendingPathComponent(relativePath).path
    let source = SourceFile(name: path, text: try String(contentsOfFile: path, encoding: .utf8))
    let formatted = Formatter.format(source)
    if Parser.parse(source).diagnostics.contains(where: { $0.severity == .error }) {
      // A script with syntax errors is left exactly as it is, with its errors.
      #expect(!formatted.diagnostics.isEmpty && !formatted.isChanged && formatted.text == source.text)
      return
    }
    try #require(formatted.diagnostics.isEmpty, "\(relativePath) was not formatted: \(formatted.diagnostics)")
    let original = Self.run(source, mapLine: { $0 })
    let after = Self.run(SourceFile(name: path, text: formatted.text)) { line in
      line >= 1 && line <= formatted.originalLines.count ? formatted.originalLines[line - 1] : line
    }
    #expect(after.output == original.output, "output of \(relativePath) formatted:\n\(formatted.text)")
    #expect(
      after.diagnostics.sorted() == original.diagnostics.sorted(),
      "diagnostics of \(relativePath) formatted:\n\(formatted.text)")
  }

  @Test("formatting twice changes nothing", arguments: files + includedFiles)
  func idempotent(_ relativePath: String) throws {
    let path = ScriptTests.root.appendingPathComponent(relativePath).path
    let once = Formatter.format(
      SourceFile(name: path, text: try String(contentsOfFile: path, encoding: .utf8)))
    guard once.diagnostics.isEmpty else {
      #expect(once.diagnostics.allSatisfy { $0.code != "E0501" })
      return
    }
    let twice = Formatter.format(SourceFile(name: path, text: once.text))
    #expect(twice.diagnostics.isEmpty)
    #expect(twice.text == once.text, "\(relativePath) formatted twice:\n\(twice.text)")
    #expect(!twice.isChanged)
  }

  @Test func thereAreFilesToFormat() {
    #expect(Self.files.count >= 40)
    #expect(!Self.includedFiles.isEmpty)
  }

  struct Run {
    var output: [String] = []
    var diagnostics: [String] = []
  }

  /// Runs a script as `mplan run` does (`ScriptRunner`); diagnostics in this file are given by
  /// code and line, the line passed through `mapLine`.
  static func run(_ source: SourceFile, mapLine: (Int) -> Int) -> Run {
    let run = ScriptRunner.run(source)
    return Run(
      output: run.output,
      diagnostics: run.diagnostics.map { diagnostic in
        let span = diagnostic.span
        let line = span.file == source.name ? mapLine(span.line) : span.line
        return "\(diagnostic.severity.rawValue) \(diagnostic.code) \(span.file):\(line)"
      })
  }
}
