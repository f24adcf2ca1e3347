import ArgumentParser
import MPlanKit

struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Export a plan as Markdown, JSON, CSV, a self-contained HTML report or an xlsx workbook.",
    discussion: """
      The files run in one session, as with `mplan run`, and the plan they declare is written \
      to PATH; the format comes from its extension (\(Session.exportFormatList)) unless --format \
      says. Without -o the file is named after the last script (growth.mplan → growth.html, \
      HTML by default); `-o -` writes to standard output (Markdown by default).

      An existing file is replaced only when mplan wrote it, or with --force; the new file is \
      written beside it and renamed over it, so a failed export leaves it as it was.

      Examples:
        mplan export examples/growth-plan.mplan -o growth.html
        mplan export plan.mplan -o ledger.csv         # a row per action and month
        mplan export plan.mplan -o goals.csv --table goals
        mplan export plan.mplan -o by_cpc.csv --table by_cpc   # a data table alone
        mplan export plan.mplan -o plan.xlsx          # a workbook with live formulas
        mplan export plan.mplan --format json -o -    # to standard output

      Exit status: 0 written, 64 an unknown format or table, 65 an error in a script, 66 a \
      file that cannot be read, 73 the file could not be written, 74 standard output could not be \
      written.
      """
  )

  @Argument(help: "The scripts that declare the plan, or - for standard input.")
  var files: [String]

  @Option(
    name: .customShort("o"),
    help: ArgumentHelp("The file to write, or - for standard output.", valueName: "path"))
  var output: String?

  @Option(name: .long, help: "\(Session.exportFormatNames) (default: from the extension of -o).")
  var format: String?

  @Option(
    name: .long,
    help: "The CSV view: ledger (default), goals, actions, budgets, pacing, checks; or a data table's name.")
  var table: String?

  @Flag(name: .long, help: "Replace the file even when mplan did not write it.")
  var force = false

  @OptionGroup var outputOptions: OutputOptions
  @OptionGroup var sampling: SamplingOptions

  func validate() throws {
    guard !files.isEmpty else {
      throw ValidationError("name the plan to export: mplan export plan.mplan -o plan.html")
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
