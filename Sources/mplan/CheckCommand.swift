import ArgumentParser
import MPlanCore

struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check a plan for gaps: alignment, SMART goals, funnel, budget, actions, reporting.",
    discussion: """
      Prints a checklist grouped as Alignment, SMART, Funnel, Budget, Actions and Reporting: a ✓ or ✗ \
      per item with the reason, the line and a fix, then a summary line. docs/planning.md explains each \
      check and docs/diagnostics.md each code.

      Examples:
        mplan check examples/flawed-plan.mplan
        mplan check --strict plan.mplan            # warnings fail the check too
        mplan check --format json plan.mplan       # for other tools

      Exit status: 0 when the plan has no errors, 1 when it has (with --strict: any failed check), \
      65 when the script itself fails, 66 when the file cannot be read.
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @Argument(help: "The plan to check.")
  var file: String

  @Flag(name: .long, help: "Treat every warning as an error: the check fails unless every item passes.")
  var strict = false

  @Option(name: .long, help: "How to print the checklist: text or json.")
  var format: Format = .text

  @OptionGroup var output: OutputOptions

  func run() throws {
    let color = Terminal.useColor(output.color)
    let session = Session(output: { _ in })
    let outcome = session.runFile(path: file)
    if outcome.inputFailed {
      Terminal.report(outcome.diagnostics, session: session, color: color)
      throw ExitStatus.missingInput
    }
    let checker = PlanChecker(environment: session.environment)
    // A script error that stopped the run before any plan was declared leaves nothing to
    // check; otherwise the rest of the plan is still checked and listed.
    let checklist = Checklist(checker.run(), strict: strict)
    switch format {
    case .json:
      Terminal.writeLine(checklist.json(file: file, scriptDiagnostics: outcome.diagnostics))
    case .text:
      Terminal.report(outcome.diagnostics, session: session, color: color)
      if checker.hasPlan || !outcome.hasErrors { Terminal.writeLine(checklist.text(mainFile: file)) }
    }
    if outcome.hasErrors { throw ExitStatus.badScript }
    if checklist.hasErrors { throw ExitStatus.checkFailed }
  }
}
