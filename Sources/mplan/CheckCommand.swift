import ArgumentParser
import MPlanCore

struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check a plan for gaps: alignment, SMART goals, funnel, budget, actions, reporting.",
    discussion: "Exit status: 0 when the plan has no errors, 1 when it has, 65 when the script itself fails."
  )

  @Argument(help: "The plan to check.")
  var file: String

  @OptionGroup var output: OutputOptions

  func run() throws {
    let color = Terminal.useColor(output.color)
    let session = Session(output: { _ in })
    let outcome = session.runFile(path: file)
    if outcome.hasErrors {
      Terminal.report(outcome.diagnostics, session: session, color: color)
      throw outcome.inputFailed ? ExitStatus.missingInput : ExitStatus.badScript
    }
    let findings = PlanChecker(environment: session.environment).run()
    Terminal.writeLine(PlanPresenter.checklist(findings))
    if findings.contains(where: { $0.diagnostic?.severity == .error }) { throw ExitStatus.checkFailed }
  }
}
