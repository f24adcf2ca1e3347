import MPlanKit
import MPlanSyntax
import PropertyBased
import Testing

@testable import mplan

/// Issue 21: for generated sessions that redefine values (with draws of uncertain values, of
/// a different count from one life of a name to the next), blocks and scenarios, read budgets'
/// computed amounts and scenarios' values, use a declared unit and switch scenarios, the script
/// `:save` writes runs without error and gives every value the prompt shows (under the
/// scenario the prompt worked under, `low.NAME`). In process, so a hundred sessions take a
/// second or two.
@Suite struct SaveFinalStateProperties {
  static let values = ["a", "b", "c"]

  /// The inputs a list of numbers stands for; one that does not fit what is defined so far
  /// is still typed (it fails, and the session keeps nothing of it).
  static func session(_ seeds: [Int]) -> [String] {
    // A start that defines something of each kind, so that most generated inputs run.
    var inputs = [
      "unit webinar, webinars", "let a = $100", "let b = a + $50", "budget bud { total $5,000 }",
      "action act { cost b * 2  from bud }", "scenario low { a = $40 }",
    ]
    for seed in seeds {
      let name = values[seed % values.count]
      let other = values[(seed / 7) % values.count]
      let amount = seed / 13 % 900 + 10
      switch (seed / 3) % 15 {
      case 0: inputs.append("let \(name) = $\(amount)")
      case 1: inputs.append("let \(name) = \(other) + $\(amount)")
      case 2: inputs.append("let \(name) = \(name) * \(amount % 200)%")
      case 3: inputs.append("budget bud { total $\(amount * 10) }")
      case 4: inputs.append("action act { cost \(other) + $\(amount)  from bud }")
      case 5: inputs.append("let spent = bud.committed")
      case 6: inputs.append("let held = \(amount) webinars")
      case 7: inputs.append("scenario low { \(other) = $\(amount) }")
      case 8: inputs.append("scenario high extends low { \(other) = $\(amount) }")
      case 9: inputs.append(":scenario " + ["low", "high", "base"][amount % 3])
      case 10: inputs.append("let gap = low.\(other) - \(other)")
      // Draws, of one text in several places, so that a definition typed again with another
      // number of draws would shift what the others draw if streams were counted by text.
      case 11: inputs.append("let \(name) = $10 to $20")
      case 12: inputs.append("let \(name) = normal($\(amount), $5) + ($10 to $20)")
      case 13: inputs.append("let \(name) = \(other) + ($10 to $20) * \(amount % 5 + 1)")
      default: inputs.append("let \(name) = \(other) * 2")
      }
    }
    return inputs
  }

  /// What a session printed, in order.
  final class Printed: @unchecked Sendable {
    var lines: [String] = []
  }

  @Test func aSavedSessionGivesEveryValueThePromptShows() async {
    await propertyCheck(count: 150, input: Gen.int(in: 0...1_000_000).array(of: 1...14)) { seeds in
      let inputs = Self.session(seeds)
      let promptOutput = Printed()
      let prompt = Session(options: .init(interactive: true), output: { promptOutput.lines.append($0) })
      var transcript = Transcript()
      for input in inputs {
        if input.hasPrefix(":scenario ") {
          _ = prompt.activateScenario(String(input.dropFirst(":scenario ".count)))
          continue
        }
        let outcome = prompt.evaluate(input)
        guard !outcome.hasErrors else { continue }
        transcript.record(input: input, recalculated: outcome.recalculated, result: nil)
      }
      let scenario = prompt.activeScenario
      let names = prompt.userBindings.map(\.name).filter { $0 != "_" }
      guard !names.isEmpty else { return }
      promptOutput.lines = []
      let shown = names.map { name in
        let outcome = prompt.evaluate("print \(name)")
        return outcome.hasErrors
          ? "error: \(outcome.diagnostics[0].message)" : promptOutput.lines.removeLast()
      }
      let script = transcript.script(activeScenario: scenario)
      let savedOutput = Printed()
      let saved = Session(options: .init(interactive: false), output: { savedOutput.lines.append($0) })
      let prints = names.map { "print " + (scenario.map { "\($0)." } ?? "") + $0 }
      let run = saved.run(
        SourceFile(name: "saved.mplan", text: script + prints.joined(separator: "\n") + "\n"))
      let errors = run.diagnostics.filter { $0.severity == .error }
      #expect(errors.isEmpty, "\(inputs)\n\(script)\n\(errors.map(\.message))")
      #expect(savedOutput.lines == shown, "\(inputs)\n\(script)\(prints.joined(separator: "\n"))")
    }
  }
}
