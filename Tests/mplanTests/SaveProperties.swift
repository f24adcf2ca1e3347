import Foundation
import PropertyBased
import Testing

/// `:save` then `mplan run` reproduces the session (issue 9), for generated sessions that
/// define, redefine and refer to names, with failed inputs among them.
@Suite struct SaveProperties {
  static let names = ["a", "b", "c"]

  /// One input from a number: which name, what kind of definition, how much.
  static func input(_ seed: Int, defined: inout Set<String>) -> String {
    let name = names[seed % names.count]
    let amount = seed / 12 % 1000 + 1
    let other = names[(seed / 7) % names.count]
    switch (seed / 3) % 4 {
    case 0:
      defined.insert(name)
      return "let \(name) = $\(amount)"
    case 1 where defined.contains(other):
      defined.insert(name)
      return "let \(name) = \(other) + $\(amount)"
    case 2 where defined.contains(other):
      defined.insert(name)
      return "let \(name) = \(other) * \(amount)%"
    default:
      // Fails (money plus visits), so the session keeps nothing of it.
      return "let \(name) = $\(amount) + 1 visit"
    }
  }

  @Test func aSavedSessionRunsAsAScriptWithTheSameValues() async throws {
    await propertyCheck(count: 20, input: Gen.int(in: 0...1_000_000).array(of: 1...8)) { seeds in
      do {
        let folder = try REPLTerminal.makeTemporaryFolder()
        let saved = folder + "/session.mplan"
        var defined: Set<String> = []
        let inputs = seeds.map { Self.input($0, defined: &defined) }
        let shown = Self.names.filter(defined.contains)
        guard !shown.isEmpty else { return }
        let printLine = "print " + shown.joined(separator: ", ")
        let session = try RunMPlan.run(
          [], input: Data((inputs + [printLine, ":save \(saved)", ""]).joined(separator: "\n").utf8),
          environment: [
            "HOME": folder, "XDG_STATE_HOME": folder + "/state", "XDG_CONFIG_HOME": folder + "/config",
          ])
        // The print's line is the one just before `:save` answers (earlier lines may be the
        // prompt's recalculations: `c $1,438 → $5,366.32`).
        let lines = session.standardOutput.split(separator: "\n")
        let printed = lines.firstIndex { $0.hasPrefix("Saved") }.flatMap { $0 > 0 ? lines[$0 - 1] : nil }
        let script = try String(contentsOfFile: saved, encoding: .utf8)
        let run = try RunMPlan.run(["run", saved])
        #expect(run.status == 0, "\(inputs)\n\(script)\n\(run.standardError)")
        // The script prints what the session printed (its print was the last input saved).
        #expect(run.standardOutput.split(separator: "\n").last == printed, "\(inputs)\n\(script)")
      } catch {
        Issue.record("\(error)")
      }
    }
  }
}
