import ArgumentParser
import MPlanKit

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
        mplan check --only smart plan.mplan        # a workshop: only the goals' SMART letters

      Exit status: 0 when the plan has no errors, 1 when it has (with --strict: any failed check) or \
      when the script ran into errors (the plan is still checked), 65 when the script cannot run at \
      all (syntax, unknown names), 66 when the file cannot be read, 64 for a wrong command line, 74 \
      when standard output could not be written.
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

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Check only one group: smart (the goals' letters, for a workshop), alignment, funnel, budget, actions, "
        + "reporting or tracking.", valueName: "group"))
  var only: String?

  func validate() throws {
    if let only, PlanCheck.groupNames.firstIndex(of: only.lowercased()) == nil {
      let guess = Suggestions.closest(to: only.lowercased(), among: PlanCheck.groupNames)
      throw ValidationError(
        "--only takes a group of the checklist, not `\(only)`"
          + (guess.map { "; did you mean `\($0)`?" } ?? "") + " ("
          + PlanCheck.groupNames.joined(separator: ", ")
          + ")")
    }
  }

  @OptionGroup var output: OutputOptions
  @OptionGroup var sampling: SamplingOptions
  @OptionGroup var numbers: NumberOptions

  @Flag(help: "Check again whenever the plan or a file it imports is saved, showing what changed.")
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
        let view = checklist.view(mainFile: file, scriptErrors: scriptErrors)
        Terminal.writeLine(
          ViewText(style: Terminal.styler(color: color), conventions: session.displayConventions).render(view)
        )
      }
    }
    if couldNotRun { throw ExitStatus.badScript }
    if outcome.hasErrors || checklist.hasErrors { throw ExitStatus.checkFailed }
  }
}
