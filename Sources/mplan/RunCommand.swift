import ArgumentParser
import MPlanCore

struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Run plan scripts and print what they ask for.",
    discussion: """
      Prints what `print`, `show` and `compare` ask for, and the warnings of the plan.
      Several files run one after another in one session; `-` reads standard input.

      Exit status: 0 success (plan-check warnings included), 1 a plan-check error, 65 an error in a
      script, 66 a file that cannot be read.
      """
  )

  @Argument(help: "The scripts to run, or - for standard input.")
  var files: [String]

  @OptionGroup var output: OutputOptions
  @OptionGroup var sampling: SamplingOptions

  func run() throws {
    let color = Terminal.useColor(output.color)
    let session = Session(options: sampling.sessionOptions(interactive: false), output: Terminal.writeLine)
    var status = ExitStatus.success
    for file in files {
      let outcome: Session.Outcome
      if file == "-" {
        do {
          outcome = session.run(try SourceLoader.readStandardInput())
        } catch {
          Terminal.report([error.diagnostic], session: session, color: color)
          throw ExitStatus.badScript
        }
      } else {
        outcome = session.runFile(path: file)
      }
      Terminal.report(outcome.diagnostics, session: session, color: color)
      if outcome.inputFailed {
        status = ExitStatus.missingInput
      } else if outcome.hasErrors, status == ExitStatus.success {
        status = ExitStatus.badScript
      }
    }
    if status != ExitStatus.success { throw status }
    // The plan checks' findings follow what the script printed (design §1); warnings keep
    // the exit status 0, errors (an over-committed budget, an unknown goal) make it 1.
    let planDiagnostics = PlanChecker(environment: session.environment).diagnostics()
    Terminal.report(planDiagnostics, session: session, color: color)
    if planDiagnostics.contains(where: { $0.severity == .error }) { throw ExitStatus.checkFailed }
  }
}

struct EvalCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "eval",
    abstract: "Evaluate one expression or statement and print its value.",
    discussion: """
      Examples:
        mplan eval '$240k / ($24k per customer)'      # 10 customers
        mplan eval '2027-12-31 - 2027-01-01'
      """
  )

  @Argument(help: "The expression to evaluate.")
  var expression: String

  @OptionGroup var output: OutputOptions
  @OptionGroup var sampling: SamplingOptions

  func run() throws {
    let color = Terminal.useColor(output.color)
    let session = Session(options: sampling.sessionOptions(interactive: true), output: Terminal.writeLine)
    let outcome = session.run(SourceFile(name: "<eval>", text: expression))
    Terminal.report(outcome.diagnostics, session: session, color: color)
    if outcome.hasErrors { throw ExitStatus.badScript }
    if let value = outcome.value { Terminal.writeLine(Formatting.describe(value)) }
  }
}
