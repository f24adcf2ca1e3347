import Foundation
import Testing

/// `mplan fmt --keywords` and plans written in another language's keywords, as a trainer uses
/// them: the drill translated runs and checks as the English drill does.
@Suite struct PlanWordsCommandTests {
  static let drill = RunMPlan.repository.appendingPathComponent("examples/smart-drill.mplan").path

  static func translated(_ language: String) throws -> String {
    let path = try RunMPlan.temporaryFile(
      try String(contentsOfFile: drill, encoding: .utf8), name: "drill.mplan")
    let result = try RunMPlan.run(["fmt", "--keywords", language, path])
    #expect(result.status == 0, "\(result.standardError)")
    return path
  }

  @Test(arguments: ["ar", "fa", "ru"])
  func theDrillInAnotherLanguageChecksAndRunsLikeTheEnglish(language: String) throws {
    let path = try Self.translated(language)
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text != (try String(contentsOfFile: Self.drill, encoding: .utf8)))
    for command in [["check", "--only", "smart"], ["check"], ["run"]] {
      let english = try RunMPlan.run(command + [Self.drill])
      let other = try RunMPlan.run(command + [path])
      #expect(other.status == english.status, "\(command)")
      // The checklist names places by line, and the lines are the same: only the file differs.
      #expect(
        other.standardOutput.replacingOccurrences(of: path, with: Self.drill) == english.standardOutput,
        "\(command)")
      // What is said about each finding is the same; only the quoted source lines differ.
      func said(_ text: String) -> [Substring] {
        text.split(separator: "\n").compactMap { line in
          line.firstRange(of: "warning[").map { line[$0.lowerBound...] }
            ?? line.firstRange(of: "error[").map { line[$0.lowerBound...] }
        }
      }
      #expect(said(other.standardError) == said(english.standardError), "\(command)")
      #expect(!english.standardOutput.isEmpty || !said(english.standardError).isEmpty)
    }
    let back = try RunMPlan.run(["fmt", "--keywords", "en", path])
    #expect(back.status == 0)
    #expect(
      try String(contentsOfFile: path, encoding: .utf8) == String(contentsOfFile: Self.drill, encoding: .utf8)
    )
  }

  @Test func russianKeywordsSayWhatTheyMean() throws {
    let path = try Self.translated("ru")
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.contains("\nцель vague \"More sales\" {\n  метрика       sale\n"))
    #expect(text.contains("\nзадача growth"))
  }

  @Test func anUnknownKeywordsLanguageIsAUsageError() throws {
    let path = try RunMPlan.temporaryFile("let a = 1\n")
    let result = try RunMPlan.run(["fmt", "--keywords", "de", path])
    #expect(result.status == 64)
    #expect(result.standardError.contains("ar"))
    #expect(result.standardError.contains("ru"))
  }
}
