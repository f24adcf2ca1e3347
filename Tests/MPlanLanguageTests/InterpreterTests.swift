import MPlanKit
import MPlanLanguage
import MPlanSyntax
import Testing

/// The checker and the interpreter through `Session`, one behaviour a test.
@Suite struct InterpreterTests {
  func run(_ text: String) -> (output: [String], codes: [String]) {
    var lines: [String] = []
    let session = Session(output: { lines.append($0) })
    let outcome = session.run(SourceFile(name: "t", text: text))
    return (lines, outcome.diagnostics.map(\.code))
  }

  @Test(arguments: [
    ("$240k / ($24k per customer)", "10 customers"),
    ("$2.4M * 10% / ($24k per customer)", "10 customers"),
    ("200 mql / 10,000 visit as %", "2%"),
    ("2027-12-31 - 2027-01-01", "364 days"),
    ("if 1 < 2 then $1 else $2", "$1"),
    ("{a: 1}.a + 1", "2"),
    ("max(1 visit, 3 visit, 2 visit)", "3 visits"),
  ])
  func evaluates(expression: String, printed: String) {
    #expect(run("print \(expression)") == ([printed], []))
  }

  @Test func theCheckerFindsEveryUnknownNameBeforeAnythingRuns() {
    let result = run("print 1\nprint missing\nprint 3 visitz\nprint also_missing")
    #expect(result.output.isEmpty)
    #expect(result.codes == ["E0201", "E0202", "E0201"])
  }

  @Test func aFailedLetPoisonsItsNameQuietly() {
    let result = run("let a = $1 + 1 visit\nprint a\nprint \"after\"")
    #expect(result.codes == ["E0301"])
    #expect(result.output == ["after"])
  }

  @Test func unitMismatchNamesBothSides() {
    let session = Session(output: { _ in })
    let outcome = session.run(SourceFile(name: "t", text: "print $5 + 3 visit"))
    let diagnostic = outcome.diagnostics.first
    #expect(diagnostic?.label == "money (USD)")
    #expect(diagnostic?.secondary.map(\.message) == ["visits"])
  }

  @Test func functionsSeeTheirParametersAndTheScript() {
    #expect(run("let rate_ = 2%\nfn cost(n) = n * rate_\nprint cost($100)").output == ["$2"])
  }

  @Test func scenariosReplayThePlanWithTheirChanges() {
    let script = """
      let deal_size = $24k per customer
      let new_customers = $240k / deal_size
      scenario bigger_deals { deal_size = $30k per customer }
      compare base, bigger_deals on new_customers
      """
    let output = run(script).output.joined(separator: "\n")
    #expect(output.contains("10 customers"))
    #expect(output.contains("8 customers"))
    #expect(output.contains("-20%"))
  }

  @Test func importsRunOnce() {
    let result = run("use kpi\nuse kpi\nprint cac($10k, 10 customer)")
    #expect(result.output == ["$1,000 per customer"])
  }
}

@Suite struct PolishTests {
  @Test func diagnosticsComeInSourceOrder() {
    let session = Session(output: { _ in })
    let outcome = session.run(SourceFile(name: "o", text: "print 1 +* 2\nprint lastyear\nlet let = 2"))
    #expect(outcome.diagnostics.map(\.span.line) == [1, 2, 3])
  }

  @Test func anErrorAtTheEndOfTheFilePointsAtTheLastLine() {
    let outcome = Session(output: { _ in }).run(SourceFile(name: "e", text: "print 1\nprint 2 +\n"))
    #expect(outcome.diagnostics.map(\.span.line) == [2])
    #expect(outcome.diagnostics.map(\.span.column) == [10])
  }

  @Test(arguments: [("1 / 6 months", "0.1667 per month"), ("0000-01", "0000-01")])
  func prints(expression: String, printed: String) {
    var lines: [String] = []
    _ = Session(output: { lines.append($0) }).run(SourceFile(name: "p", text: "print \(expression)"))
    #expect(lines == [printed])
  }

  @Test func messagesSayWhatToWrite() {
    let session = Session(output: { _ in })
    let unit = session.run(SourceFile(name: "u", text: "print 5 widgets")).diagnostics.first
    #expect(unit?.fixIt == "declare it first with `unit widget`")
    let minus = session.run(SourceFile(name: "m", text: "print $-5k")).diagnostics.first
    #expect(minus?.message == "a minus sign goes before the currency symbol")
  }

  @Test(
    "a line that starts with an operator says to end the line above with it",
    arguments: ["-$20", "+ $20", "* 2"])
  func aLineStartingWithAnOperatorIsNotContinued(line: String) {
    let session = Session(output: { _ in })
    let diagnostic = session.run(SourceFile(name: "o", text: "let c = $100\n\(line)")).diagnostics.first
    #expect(diagnostic?.fixItContent == Parser.continueLineHelp)
  }

  @Test func anOperatorWithNoLineAboveGetsNoAdviceAboutOne() {
    let session = Session(output: { _ in })
    for text in ["* 2", "-$20"] {
      let diagnostic = session.run(SourceFile(name: "first", text: text)).diagnostics.first
      #expect(diagnostic != nil && diagnostic?.fixItContent != Parser.continueLineHelp, "\(text)")
    }
  }

  @Test func aNameWithSpacesSaysToQuoteIt() {
    let session = Session(output: { _ in })
    let text = "report r { readers CMO, Head of sales }"
    let diagnostic = session.run(SourceFile(name: "q", text: text)).diagnostics.first
    #expect(diagnostic?.fixIt == "write `readers CMO, \"Head of sales\"`")
  }

  @Test func theREPLEchoesABareValueWithoutAWarning() {
    let session = Session(options: .init(interactive: true), output: { _ in })
    let outcome = session.evaluate("1 + 2")
    #expect(outcome.diagnostics.isEmpty)
  }

  /// E0316 said to lower `--samples` whatever held the memory: with `--samples 1` and a chain
  /// of scenarios, that advice could not help.
  @Test(arguments: [
    ("let xs = [" + (0..<400).map(String.init).joined(separator: ", ") + "]", false),
    ("let u = 1 to 2", true),
  ])
  func theMemoryBudgetsAdviceFitsWhatHoldsTheMemory(script: String, blamesSamples: Bool) {
    var options = Session.Options()
    options.memoryBudget = 1 << 20
    let session = Session(options: options, output: { _ in })
    let outcome = session.run(SourceFile(name: "t", text: script))
    let overBudget = outcome.diagnostics.first { $0.code == "E0316" }
    #expect(overBudget != nil, "\(outcome.diagnostics.map(\.message))")
    #expect(overBudget?.fixIt?.contains("--samples") == blamesSamples)
    #expect(overBudget?.fixIt?.contains("--memory") == true)
  }
}
