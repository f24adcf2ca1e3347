import ArgumentParser
import MPlanKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

struct ReplCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "repl",
    abstract: "Start the interactive prompt (the default when no subcommand is given).",
    discussion: """
      At a terminal, lines are edited with libedit: Tab completes, Up/Down and Ctrl-R recall \
      history, Ctrl-C drops the line, Ctrl-D leaves. Type :help at the prompt for commands. \
      From a pipe, lines are read plainly with the same meaning; the exit status is 65 if any \
      input failed.

      Examples:
        mplan                        start the prompt
        mplan -i examples/funnel.mplan   load a plan, then stay at the prompt
        echo '$240k / ($24k per customer)' | mplan
      """
  )

  @Option(
    name: [.customShort("i"), .customLong("load")],
    help: ArgumentHelp("Load a script before the first prompt (may be repeated).", valueName: "file"))
  var scripts: [String] = []

  @Flag(name: .customLong("no-init"), help: "Skip $XDG_CONFIG_HOME/mplan/init.mplan.")
  var skipsInitFile = false

  @OptionGroup var output: OutputOptions
  @OptionGroup var steps: StepOptions

  func run() throws {
    var options = steps.sessionOptions(interactive: true)
    output.apply(to: &options)
    let settings = REPL.Settings(
      color: Terminal.useColor(output.color), scripts: scripts,
      initFile: skipsInitFile ? nil : ReplPaths.initFile(),
      stepBudget: options.stepBudget, language: options.language, localeLanguage: options.localeLanguage)
    let editor = Self.makeEditor()
    let repl = REPL(editor: editor, settings: settings)
    repl.run()
    if editor is PlainLineEditor, repl.anyInputFailed { throw ExitStatus.badScript }
  }

  /// libedit when a person is at a terminal; plain reads otherwise, so pipes get no escapes.
  static func makeEditor() -> any LineEditor {
    let dumbTerminal = ReplPaths.variable("TERM").map { $0 == "dumb" } ?? true
    guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0, !dumbTerminal,
      let editor = LibEditLineEditor(historyFile: HistoryFile.defaultPath().map { HistoryFile(path: $0) })
    else { return PlainLineEditor() }
    return editor
  }
}
