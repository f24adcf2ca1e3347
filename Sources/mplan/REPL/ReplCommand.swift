import ArgumentParser
import MPlanCore

struct ReplCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "repl",
    abstract: "Start the interactive prompt (the default when no subcommand is given)."
  )

  @OptionGroup var output: OutputOptions

  func run() throws {
    let color = Terminal.useColor(output.color)
    try PlainREPL(color: color).run()
  }
}
