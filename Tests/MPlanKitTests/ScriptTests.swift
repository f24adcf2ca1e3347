import Foundation
import MPlanKit
import MPlanLanguage
import MPlanPlanning
import MPlanReport
import MPlanSyntax
import Testing

/// Runs every `Tests/Scripts/**/*.mplan` and compares what it does with the comments in it:
///
/// - `# expect: TEXT` — the next line the script prints (all of them, in order);
/// - `# error: CODE` / `# warning: CODE` / `# note: CODE` — a diagnostic with that code on this line; add
///   `@COLUMN` (`# error: E0301 @9`) to pin the column too, or `in FILE:LINE` for one that
///   belongs to another file (an imported one).
///
/// Files ending `.inc.mplan` are only imported by others, not run on their own.
///
/// Every printed line and every diagnostic must be expected, so a new behaviour is one
/// small file (Crafting Interpreters' test runner, numbat's examples).
struct ScriptTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static func scripts(under folder: String) -> [String] {
    let base = root.appendingPathComponent(folder)
    guard let walker = FileManager.default.enumerator(atPath: base.path) else { return [] }
    return walker.compactMap { $0 as? String }.filter {
      $0.hasSuffix(".mplan") && !$0.hasSuffix(".inc.mplan")
    }.sorted()
      .map { folder + "/" + $0 }
  }

  static let allScripts = scripts(under: "Tests/Scripts")

  @Test("script", arguments: allScripts)
  func script(_ relativePath: String) throws {
    let path = Self.root.appendingPathComponent(relativePath).path
    let expectation = try ScriptExpectation(path: path)
    let result = ScriptRunner.run(path: path)
    let rendered = result.renderedDiagnostics
    #expect(result.output == expectation.output, "output of \(relativePath)\n\(rendered)")
    #expect(
      result.diagnostics.sorted() == expectation.diagnostics.sorted(),
      "diagnostics of \(relativePath)\n\(rendered)")
  }

  @Test func thereAreScripts() {
    #expect(Self.allScripts.count >= 10)
  }
}

/// What a script's comments say it should do.
struct ScriptExpectation {
  var output: [String] = []
  var diagnostics: [String] = []

  init(path: String) throws {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let lineNumber = index + 1
      if let range = line.range(of: "# expect: ") {
        output.append(String(line[range.upperBound...]))
      } else if line.hasSuffix("# expect:") {
        output.append("")
      }
      // A line may expect several: `goal g {  # warning: SMART-T  # warning: PLAN-G03`.
      for severity in ["error", "warning", "note"] {
        var rest = line[...]
        while let range = rest.range(of: "# \(severity): ") {
          rest = rest[range.upperBound...]
          let spec = rest.prefix { $0 != "#" }.split(separator: " ")
          guard let code = spec.first else { continue }
          var entry = "\(severity) \(code) line \(lineNumber)"
          if spec.count > 1, spec[1].hasPrefix("@") { entry += " col \(spec[1].dropFirst())" }
          if spec.count > 2, spec[1] == "in" { entry = "\(severity) \(code) in \(spec[2])" }
          diagnostics.append(entry)
        }
      }
    }
  }
}

/// Runs a script in a session of its own, as `mplan run` does: a script that ran cleanly is
/// followed by its plan checks' findings. No thread of its own is needed for deep scripts:
/// the interpreter runs on a large stack (`LargeStack`) whatever thread calls it.
enum ScriptRunner {
  struct Result {
    var output: [String] = []
    var diagnostics: [String] = []
    var renderedDiagnostics = ""
  }

  /// What a run printed, line by line, and what it reported.
  struct Run {
    var output: [String]
    var diagnostics: [Diagnostic]
    var session: Session
  }

  /// A script file, its diagnostics given by code and line (and column where the script's
  /// comments pin one), those of other files by file name and line.
  static func run(path: String) -> Result {
    let run = run { $0.runFile(path: path) }
    let expected = (try? ScriptExpectation(path: path)) ?? ScriptExpectation.empty
    var result = Result(output: run.output)
    result.diagnostics = run.diagnostics.map { diagnostic in
      if diagnostic.span.file != path {
        let name = diagnostic.span.file.split(separator: "/").last.map(String.init) ?? diagnostic.span.file
        return "\(diagnostic.severity.rawValue) \(diagnostic.code) in \(name):\(diagnostic.span.line)"
      }
      let pinned = expected.diagnostics.contains {
        $0.hasPrefix("\(diagnostic.severity.rawValue) \(diagnostic.code) line \(diagnostic.span.line) col")
      }
      return "\(diagnostic.severity.rawValue) \(diagnostic.code) line \(diagnostic.span.line)"
        + (pinned ? " col \(diagnostic.span.column)" : "")
    }
    result.renderedDiagnostics = run.session.renderer().render(run.diagnostics)
    return result
  }

  /// A text that need not be a file (a formatted script), named as its source says.
  static func run(_ source: SourceFile) -> Run {
    run { $0.run(source, key: source.name) }
  }

  private static func run(_ body: (Session) -> Session.Outcome) -> Run {
    var lines: [String] = []
    // Script tests are small: a budget far under a user's keeps the step-budget test quick in
    // a debug build, and shows up a script test that starts to do far more work.
    var options = Session.Options()
    options.stepBudget = 2_000_000
    let session = Session(
      options: options,
      output: {
        lines.append(contentsOf: $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
      })
    var outcome = body(session)
    if !outcome.hasErrors {
      outcome.diagnostics += session.checkPlan().diagnostics
    }
    return Run(output: lines, diagnostics: outcome.diagnostics, session: session)
  }
}

extension ScriptExpectation {
  static var empty: ScriptExpectation { ScriptExpectation() }
  private init() {}
}
