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
    abstract: Message("cli-repl-abstract").said,
    discussion: Message("cli-repl-discussion").said
  )

  @Option(
    name: [.customShort("i"), .customLong("load")],
    help: ArgumentHelp(Message("cli-repl-load").said, valueName: "file"))
  var scripts: [String] = []

  @Flag(name: .customLong("no-init"), help: ArgumentHelp(Message("cli-repl-no-init").said))
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
    LibEditLineEditor.atTerminal(history: HistoryFile.defaultPath().map { HistoryFile(path: $0) })
  }

}
