import MPlanKit
import MPlanLanguage
import MPlanPlanning
import MPlanReport
import MPlanSyntax
import Testing

@Suite struct SessionTests {
  /// A session is freed once nobody holds it: the interpreter it owns refers back to it only
  /// weakly. A cycle kept every session of `:reset`, and every fuzz input's, for good; the
  /// fuzzer ran out of memory after 40,000 inputs.
  @Test func aSessionNobodyHoldsIsFreed() {
    weak var gone: Session?
    do {
      let session = Session(options: .init(interactive: true), output: { _ in })
      _ = session.evaluate("let budget = $60k\nfunnel f {\n  visit -> mql : 2%\n}")
      _ = session.run(
        SourceFile(name: "plan.mplan", text: "let t = table budget over budget in [$1k, $2k]\n"))
      gone = session
      #expect(gone != nil)
    }
    #expect(gone == nil)
  }

  @Test func aFailedInteractiveInputChangesNothing() {
    let session = Session(options: .init(interactive: true), output: { _ in })
    #expect(!session.evaluate("let budget = $60k").hasErrors)
    let failed = session.evaluate("let budget = $80k\nlet broken = budget + 3 visit")
    #expect(failed.hasErrors)
    let after = session.evaluate("budget")
    #expect(after.value.map(Formatting.describe) == "$60,000")
  }

  @Test func theLastResultIsUnderscore() {
    let session = Session(options: .init(interactive: true), output: { _ in })
    _ = session.evaluate("$240k / ($24k per customer)")
    #expect(session.evaluate("_ * 2").value.map(Formatting.describe) == "20 customers")
  }

  @Test func interactiveInputsMayRedefineButScriptsMayNot() {
    let repl = Session(options: .init(interactive: true), output: { _ in })
    _ = repl.evaluate("let x = 1")
    #expect(!repl.evaluate("let x = 2").hasErrors)
    let script = Session(output: { _ in })
    let outcome = script.run(SourceFile(name: "s", text: "let x = 1\nlet x = 2"))
    #expect(outcome.diagnostics.map(\.code) == ["E0203"])
  }

  @Test(arguments: [
    ("let x = (1 +", false), ("let x = 1 +", false), ("goal g {", false), ("let x = [1,", false),
    ("let x = 1", true), ("print \"a\"", true), ("", true), ("let x = 1 to", false), ("x as", false),
  ])
  func completeness(text: String, complete: Bool) {
    #expect(Session.isComplete(text) == complete)
  }

  @Test func printGoesToTheOutput() {
    var lines: [String] = []
    let session = Session(output: { lines.append($0) })
    _ = session.run(SourceFile(name: "s", text: "print 2 + 2, \"and\", $5"))
    #expect(lines == ["4 and $5"])
  }

  @Test func membersForCompletion() {
    let session = Session(options: .init(interactive: true), output: { _ in })
    _ = session.evaluate("funnel f {\n visit -> mql : 2%\n}")
    #expect(session.members(of: "f").contains("need"))
  }
}

/// `:save` renames a name's earlier lives; found by the `:save` property test once the prompt
/// reran dependents: an input that redefines `b` and reruns `a = b + …` uses the earlier `a`
/// before it defines `a` again.
@Test func renamingAnEarlierLifeCoversUsesBeforeTheRedefinition() {
  let text = "let b = a * 766%\nlet a = b + $834"
  #expect(
    Session.renaming("a", to: "a_1", in: text, onlyInItsRedefinition: true)
      == "let b = a_1 * 766%\nlet a = b + $834")
  #expect(
    Session.renaming("a", to: "a_1", in: "let a = a + 1", onlyInItsRedefinition: true) == "let a = a_1 + 1")
}

/// Each input at the prompt starts with the whole step budget, and so does `:scenario`,
/// which replays the plan: it ran on what the last input had left, and failed.
@Test func switchingScenarioStartsWithTheWholeStepBudget() {
  var options = Session.Options(interactive: true)
  options.stepBudget = 3_000
  let session = Session(options: options, output: { _ in })
  for input in [
    "fn f(n) = if n < 1 then 1 else f(n - 1) + f(n - 1)", "let x = 1", "scenario s { x = 2 }",
    "let y = f(7) + x",
  ] {
    #expect(session.evaluate(input).diagnostics.isEmpty, "\(input)")
  }
  #expect(session.activateScenario("s") == nil)
  #expect(session.evaluate("y").value.map(Session.describe) == "130")
  #expect(session.evaluate("f(12)").diagnostics.map(\.code) == ["E0319"])
  #expect(session.evaluate("y").value.map(Session.describe) == "130")
}
