import ArgumentParser
import MPlanKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: Message("cli-run-abstract").said,
    discussion: Message("cli-run-discussion").said
  )

  @Argument(help: ArgumentHelp(Message("cli-run-files").said))
  var files: [String]

  @OptionGroup var output: OutputOptions
  @OptionGroup var sampling: SamplingOptions
  @OptionGroup var numbers: NumberOptions

  @Flag(help: ArgumentHelp(Message("cli-run-watch").said))
  var watch = false

  @Option(
    name: .long,
    help: ArgumentHelp(Message("cli-run-allow-write").said, valueName: "DIR"))
  var allowWrite: [String] = []

  /// An empty `--allow-write` (an unset variable) would allow every folder, and a folder that
  /// does not exist is a typo: both are refused before anything runs.
  func validate() throws {
    for folder in allowWrite {
      guard !folder.isEmpty else {
        throw ValidationError(Message("cli-allow-write-empty").said)
      }
      if let problem = SafeWrite.problemWithName(folder) {
        throw ValidationError("--allow-write: " + problem)
      }
      guard Self.isFolder(folder) else {
        throw ValidationError(Message("cli-allow-write-no-folder", ["folder": .text(folder)]).said)
      }
    }
  }

  static func isFolder(_ path: String) -> Bool {
    var status = stat()
    return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
  }

  func run() throws {
    var options = sampling.sessionOptions(interactive: false)
    options.allowedWriteFolders = allowWrite
    output.apply(to: &options)
    options.digits = numbers.digits
    let color = Terminal.useColor(output.color)
    if watch {
      Watch.loop(files: files) {
        var session: Session!
        _ = Self.execute(files: files, color: color, options: options) { session = $0 }
        return session
      }
    }
    let status = Self.execute(files: files, color: color, options: options)
    if status != ExitStatus.success { throw status }
  }

  /// `mplan run FILE…` with no options, the way scripts and editors call mplan: it needs no
  /// option parsing, and skipping ArgumentParser's set-up takes a third off the start-up
  /// (measured by scripts/bench). Anything else goes through ArgumentParser as usual.
  static func plainFiles(in arguments: ArraySlice<String>) -> [String]? {
    guard arguments.first == "run", arguments.count > 1 else { return nil }
    let files = Array(arguments.dropFirst())
    return files.allSatisfy({ $0 == "-" || !$0.hasPrefix("-") }) ? files : nil
  }

  /// Runs the scripts in one session and returns the exit status.
  static func execute(
    files: [String], color: Bool, options: Session.Options, session used: (Session) -> Void = { _ in }
  ) -> ExitCode {
    let session = Session(options: options, sparklines: Terminal.sparklineGlyphs, output: Terminal.writeLine)
    used(session)
    var status = ExitStatus.success
    for file in files {
      guard let outcome = Terminal.runScript(file, in: session, color: color) else {
        return ExitStatus.badScript
      }
      Terminal.report(outcome.diagnostics, session: session, color: color)
      if outcome.inputFailed {
        status = ExitStatus.missingInput
      } else if outcome.hasErrors, status == ExitStatus.success {
        status = ExitStatus.badScript
      }
    }
    if status != ExitStatus.success { return status }
    // The plan checks' findings follow what the script printed (design §1); warnings keep
    // the exit status 0, errors (an over-committed budget, an unknown goal) make it 1.
    let planDiagnostics = session.checkPlan().diagnostics
    Terminal.report(planDiagnostics, session: session, color: color)
    return planDiagnostics.contains(where: { $0.severity == .error })
      ? ExitStatus.checkFailed : ExitStatus.success
  }
}

struct EvalCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "eval",
    abstract: Message("cli-eval-abstract").said,
    discussion: Message("cli-eval-discussion").said
  )

  @Argument(help: ArgumentHelp(Message("cli-eval-expression").said))
  var expression: String

  /// `mplan eval -0` and `mplan eval '-$5k * 2'`: an expression may start with `-`, which
  /// ArgumentParser would take for an option. The first argument after `eval` that starts
  /// with `-` and is neither an option nor an option's value gets a `--` before it.
  static func markingExpression(in arguments: [String]) -> [String] {
    guard arguments.first == "eval", !arguments.contains("--") else { return arguments }
    let takingValues: Set = ["--samples", "--seed", "--memory", "--steps", "--color", "--lang", "--bidi"]
    var index = 1
    while index < arguments.count {
      let argument = arguments[index]
      if takingValues.contains(argument) {
        index += 2
        continue
      }
      if argument.hasPrefix("--") || argument == "-h" {
        index += 1
        continue
      }
      if argument.hasPrefix("-"), argument.count > 1 {
        return Array(arguments[..<index]) + ["--"] + Array(arguments[index...])
      }
      return arguments
    }
    return arguments
  }

  @OptionGroup var output: OutputOptions
  @OptionGroup var sampling: SamplingOptions
  @OptionGroup var numbers: NumberOptions

  func run() throws {
    let color = Terminal.useColor(output.color)
    var options = sampling.sessionOptions(interactive: true)
    output.apply(to: &options)
    options.digits = numbers.digits
    let session = Session(options: options, output: Terminal.writeLine)
    let outcome = session.run(text: expression, name: "<eval>")
    Terminal.report(outcome.diagnostics, session: session, color: color)
    if outcome.hasErrors { throw ExitStatus.badScript }
    if let value = outcome.value { Terminal.writeLine(session.display(value)) }
  }
}
