import ArgumentParser
import MPlanKit

struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: Message("cli-check-abstract").said,
    discussion: Message("cli-check-discussion").said
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @Argument(help: ArgumentHelp(Message("cli-check-file").said))
  var file: String

  @Flag(name: .long, help: ArgumentHelp(Message("cli-check-strict").said))
  var strict = false

  @Option(name: .long, help: ArgumentHelp(Message("cli-check-format").said))
  var format: Format = .text

  @Option(
    name: .long,
    help: ArgumentHelp(Message("cli-check-only").said, valueName: "group"))
  var only: String?

  func validate() throws {
    if let only, PlanCheck.groupNames.firstIndex(of: only.lowercased()) == nil {
      let guess = Suggestions.closest(to: only.lowercased(), among: PlanCheck.groupNames)
      let groups = Message.Argument.text(PlanCheck.groupNames.joined(separator: ", "))
      throw ValidationError(
        (guess.map {
          Message(
            "cli-check-only-invalid-did-you-mean",
            ["group": .text(only), "guess": .text($0), "groups": groups])
        } ?? Message("cli-check-only-invalid", ["group": .text(only), "groups": groups])).said)
    }
  }

  @OptionGroup var output: OutputOptions
  @OptionGroup var sampling: SamplingOptions
  @OptionGroup var numbers: NumberOptions

  @Flag(help: ArgumentHelp(Message("cli-check-watch").said))
  var watch = false

  func run() throws {
    if watch {
      Watch.loop(files: [file]) {
        var session: Session!
        _ = try? check { session = $0 }
        return session
      }
    }
    try check()
  }

  /// Checks the plan once; `used` is given the session.
  func check(session used: (Session) -> Void = { _ in }) throws {
    let color = Terminal.useColor(output.color)
    var options = sampling.sessionOptions(interactive: false)
    output.apply(to: &options)
    options.digits = numbers.digits
    let session = Session(options: options, output: { _ in })
    used(session)
    let outcome = session.runFile(path: file)
    if outcome.inputFailed {
      if format == .json {
        Terminal.writeLine(
          Checklist([]).json(file: file, scriptDiagnostics: outcome.diagnostics, scriptFailed: true))
      } else {
        Terminal.report(outcome.diagnostics, session: session, color: color)
      }
      throw ExitStatus.missingInput
    }
    var check = session.checkPlan()
    if let only, let limited = check.only(only) { check = limited }
    // A script that could not run at all (syntax, names) declared nothing: there is no plan
    // to check, and the check fails with 65. A script that ran and hit runtime errors on the
    // way still declared its plan, so the rest of the plan is checked and listed (exit 1).
    let couldNotRun = outcome.hasErrors && !check.hasPlan
    let checklist = couldNotRun ? Checklist([]) : check.checklist(strict: strict)
    switch format {
    case .json:
      Terminal.writeLine(
        checklist.json(file: file, scriptDiagnostics: outcome.diagnostics, scriptFailed: outcome.hasErrors))
    case .text:
      Terminal.report(outcome.diagnostics, session: session, color: color)
      if !couldNotRun {
        let scriptErrors = outcome.diagnostics.count { $0.severity == .error }
        let view = checklist.view(mainFile: file, scriptErrors: scriptErrors, catalogue: session.catalogue)
        Terminal.writeLine(session.viewText(style: Terminal.styler(color: color)).render(view))
      }
    }
    if couldNotRun { throw ExitStatus.badScript }
    if outcome.hasErrors || checklist.hasErrors { throw ExitStatus.checkFailed }
  }
}
