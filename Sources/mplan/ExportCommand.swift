import ArgumentParser
import MPlanKit

struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: Message("cli-export-abstract").said,
    discussion: Message("cli-export-discussion", ["formats": .message(Session.exportFormatList)]).said
  )

  @Argument(help: ArgumentHelp(Message("cli-export-files").said))
  var files: [String]

  @Option(
    name: .customShort("o"),
    help: ArgumentHelp(Message("cli-export-output").said, valueName: "path"))
  var output: String?

  @Option(
    name: .long,
    help: ArgumentHelp(Message("cli-export-format", ["names": .message(Session.exportFormatNames)]).said))
  var format: String?

  @Option(
    name: .long,
    help: ArgumentHelp(Message("cli-export-table").said))
  var table: String?

  @Flag(name: .long, help: ArgumentHelp(Message("cli-export-force").said))
  var force = false

  @OptionGroup var outputOptions: OutputOptions
  @OptionGroup var sampling: SamplingOptions

  func validate() throws {
    guard !files.isEmpty else {
      throw ValidationError(Message("cli-export-no-files").said)
    }
  }

  func run() throws {
    let color = Terminal.useColor(outputOptions.color)
    var options = sampling.sessionOptions(interactive: false)
    outputOptions.apply(to: &options)
    let session = Session(options: options, events: { _ in })
    for file in files {
      guard let outcome = Terminal.runScript(file, in: session, color: color) else {
        throw ExitStatus.badScript
      }
      let errors = outcome.diagnostics.filter { $0.severity == .error }
      if outcome.inputFailed || !errors.isEmpty {
        Terminal.report(outcome.diagnostics, session: session, color: color)
        throw outcome.inputFailed ? ExitStatus.missingInput : ExitStatus.badScript
      }
    }
    let request = ExportRequest(
      path: output ?? defaultPath(), format: format, table: table, force: force, forceAdvice: "`--force`")
    do {
      try session.export(request)
    } catch {
      Terminal.report([error], session: session, color: color)
      let usage = [Session.exportFormatCode, Session.exportTableCode, Session.exportPathCode].contains(
        error.code)
      throw usage ? ExitCode(64) : ExitStatus.cannotCreate
    }
  }

  /// The last script's name with the format's extension: `growth.mplan` → `growth.html`;
  /// standard output for a plan read from standard input.
  func defaultPath() -> String {
    let last = files.last ?? "plan.mplan"
    if last == "-" { return "-" }
    let stem = last.hasSuffix(".mplan") ? String(last.dropLast(".mplan".count)) : last
    return stem + "." + (format.flatMap(Session.fileExtension(ofFormat:)) ?? "html")
  }
}
