import Foundation
import Testing

/// A draw site's stream is keyed by its text and how often that text drew before it in the
/// plan. At the prompt a definition typed again is a second occurrence of its text; it used to
/// draw a new stream, so typing `let r = normal(3, 0.5)` again "changed" `f = t * r`
/// (210–400 → 205–401), and `mplan run` of the saved session, which holds one definition,
/// gave other numbers than the prompt.
@Suite struct REPLRedefinedDrawsTests {
  func repl(_ input: String, folder: String) throws -> RunMPlan.Result {
    try RunMPlan.run(
      [], input: Data(input.utf8),
      environment: [
        "HOME": folder, "XDG_STATE_HOME": folder + "/state", "XDG_CONFIG_HOME": folder + "/config",
      ],
      timeout: 60)
  }

  /// The last line `print` wrote before `marker`: the prompt's output holds the echo too.
  func printed(_ output: String, before marker: String) -> String? {
    let lines = output.split(separator: "\n").map(String.init)
    guard let end = lines.firstIndex(where: { $0.contains(marker) }) else { return nil }
    return lines[..<end].last
  }

  @Test func anIdenticalDefinitionTypedAgainChangesNothing() throws {
    let folder = try REPLTerminal.makeTemporaryFolder()
    let saved = folder + "/s8.mplan"
    let input = """
      let t = normal(100, 10)
      let r = normal(3, 0.5)
      let f = t * r
      print f
      let r = normal(3, 0.5)
      print f
      :save \(saved)

      """
    let session = try repl(input, folder: folder)
    let output = session.standardOutput
    // No "→" line: nothing changed.
    #expect(!output.contains("→"), "\(output)")
    let shown = output.split(separator: "\n").map(String.init).filter { $0.contains("90%") }
    #expect(shown.count == 2 && shown[0] == shown[1], "\(output)")
    var script = try String(contentsOfFile: saved, encoding: .utf8)
    script += "print f\n"
    let file = try RunMPlan.temporaryFile(script, name: "s8.mplan")
    let run = try RunMPlan.run(["run", file])
    #expect(run.status == 0, "\(script)\n\(run.standardError)")
    #expect(
      shown.last.map { run.standardOutput.hasSuffix($0 + "\n") } == true, "\(script)\n\(run.standardOutput)")
  }

  /// `a`, `rate` and `d` draw the same text. The saved script holds `a`, then `rate` as last
  /// typed (`5 to 6`), then `d`: `d` is the text's second occurrence there, but at the prompt
  /// it came after two lives of `rate` drawing `10 to 20` and used to be counted as the
  /// fourth. Typing `rate` again identically must change nothing, and `b`, which reads only
  /// `a`, nothing ever.
  @Test func theSavedSessionDrawsWhatThePromptDrew() throws {
    let folder = try REPLTerminal.makeTemporaryFolder()
    let saved = folder + "/draws.mplan"
    let input = """
      let a = 10 to 20
      let rate = 10 to 20
      let b = a * 2
      let c = rate + a
      let rate = 10 to 20
      let rate = 5 to 6
      let d = 10 to 20
      print a, b, c, d
      :save \(saved)

      """
    let session = try repl(input, folder: folder)
    let output = session.standardOutput
    let changes = output.split(separator: "\n").filter { $0.contains("→") }
    #expect(!changes.contains { $0.hasPrefix("b ") }, "\(output)")
    // One change: `c`, by `5 to 6`; the identical `rate` typed before it changed nothing.
    #expect(changes.count == 1 && changes[0].hasPrefix("c "), "\(output)")
    var script = try String(contentsOfFile: saved, encoding: .utf8)
    script += "print a, b, c, d\n"
    let file = try RunMPlan.temporaryFile(script, name: "draws.mplan")
    let run = try RunMPlan.run(["run", file])
    #expect(run.status == 0, "\(script)\n\(run.standardError)")
    let promptLine = output.split(separator: "\n").map(String.init).last { $0.contains("90%") }
    // The saved script keeps the `print` typed at the prompt: its line, then the one added.
    #expect(
      promptLine.map { run.standardOutput == $0 + "\n" + $0 + "\n" } == true,
      "\(output)\n---\n\(run.standardOutput)")
  }

  /// The closing `print`'s line at the prompt, and what `mplan run` of the saved session printed.
  func promptAndSaved(_ inputs: String, printing names: String, file: String) throws -> (String?, String) {
    let folder = try REPLTerminal.makeTemporaryFolder()
    let saved = folder + "/" + file
    let session = try repl(inputs + "print \(names)\n:save \(saved)\n", folder: folder)
    let promptLine = session.standardOutput.split(separator: "\n").map(String.init).last {
      $0.contains("90%")
    }
    let script = try String(contentsOfFile: saved, encoding: .utf8)
    let run = try RunMPlan.run(["run", try RunMPlan.temporaryFile(script, name: file)])
    #expect(run.status == 0, "\(script)\n\(run.standardError)")
    return (promptLine, run.standardOutput)
  }

  /// `a` is typed again with a draw of `4 to 5`, which `b` draws too. Counted by text, `b`'s
  /// draw became the text's second occurrence in the saved script (after `a`, where `a` was
  /// first defined), while the prompt kept `b` and `c` on the first: the saved file printed
  /// other numbers for `b` and `c`, which do not read `a`. A draw site's stream is its
  /// statement's (`b`), so nothing that does not read `a` changes.
  @Test func aDefinitionTypedAgainWithOtherDrawsShiftsNothingElse() throws {
    let inputs = """
      let a = 1 to 2
      let b = 4 to 5
      let c = b * 2
      let a = normal(3, 1) + (4 to 5)

      """
    let (prompt, saved) = try promptAndSaved(inputs, printing: "b, c", file: "shift.mplan")
    #expect(prompt.map { saved == $0 + "\n" } == true, "\(prompt ?? "")\n---\n\(saved)")
  }

  /// `a`, typed again to read `b`, moves after `b` in the saved script. Counted by text in the
  /// order names were first defined, `a`'s `1 to 2` was the first occurrence at the prompt,
  /// the very samples `b` drew (so `a` was `2 × b`), and the second in the saved file.
  @Test func aDefinitionThatMovesInTheSavedScriptDrawsWhatItDrewAtThePrompt() throws {
    let inputs = """
      let a = 1
      let b = 1 to 2
      let a = b + (1 to 2)

      """
    let (prompt, saved) = try promptAndSaved(inputs, printing: "a, a - 2 * b", file: "moved.mplan")
    #expect(prompt.map { saved == $0 + "\n" } == true, "\(prompt ?? "")\n---\n\(saved)")
  }

  /// `let a = a * 2` reads the life of `a` before it, which the saved script keeps as `a_1`:
  /// that life must draw there what it drew at the prompt.
  @Test func aDefinitionThatReadsItsEarlierLifeDrawsWhatTheSavedScriptDraws() throws {
    let inputs = """
      let a = 1 to 2
      let a = a * 2 + (1 to 2)
      let a = a + (1 to 2)

      """
    let (prompt, saved) = try promptAndSaved(inputs, printing: "a", file: "chain.mplan")
    #expect(prompt.map { saved == $0 + "\n" } == true, "\(prompt ?? "")\n---\n\(saved)")
  }
}
