import ArgumentParser
import MPlanKit

@main
struct MPlan: ParsableCommand {
  static let version = "0.1.0"

  static let configuration = CommandConfiguration(
    commandName: "mplan",
    abstract: "A language, interpreter and REPL for marketing plans.",
    discussion: """
      Plans are short text files: objectives, SMART goals, funnels, budgets and the actions \
      that serve the goals, with units (money, percent, visits, MQLs, customers, dates) \
      checked like types.

      Examples:
        mplan run examples/funnel.mplan      run a plan and print what it asks for
        mplan run -                          run a plan read from standard input
        mplan eval '$240k / ($24k per customer)'
        mplan check examples/funnel.mplan    list what the plan is missing
        mplan                                start the interactive prompt
      """,
    version: version,
    subcommands: [RunCommand.self, EvalCommand.self, CheckCommand.self, ReplCommand.self],
    defaultSubcommand: ReplCommand.self
  )

  static func main() {
    InternalFault.installHandlers()
    if let files = RunCommand.plainFiles(in: CommandLine.arguments.dropFirst()) {
      let status = RunCommand.execute(
        files: files, color: Terminal.useColor(.auto), options: SamplingOptions.defaults(interactive: false))
      Terminal.exit(status.rawValue)
    }
    main(EvalCommand.markingExpression(in: Array(CommandLine.arguments.dropFirst())))
  }
}

/// Options every subcommand shares.
struct OutputOptions: ParsableArguments {
  @Option(
    name: .long,
    help: "Colour diagnostics: auto (when writing to a terminal and NO_COLOR is unset), always, never.")
  var color: ColorChoice = .auto
}

/// How uncertain values (`a to b`) are sampled.
struct SamplingOptions: ParsableArguments {
  @Option(name: .long, help: "Samples drawn for each uncertain value (`a to b`).")
  var samples: Int = Session.Options().sampleCount

  @Option(name: .long, help: "Seed of the sampler: the same seed gives the same numbers.")
  var seed: UInt64 = Session.Options().seed

  @Option(
    name: .long,
    help: "Memory a run may hold before it stops with E0316, as 512MB or 8GB (default 2GB).")
  var memory: String?

  /// The options when none are given (the `mplan run FILE…` fast path).
  static func defaults(interactive: Bool) -> Session.Options {
    Session.Options(interactive: interactive)
  }

  func validate() throws {
    guard (1...100_000_000).contains(samples) else {
      throw ValidationError("--samples takes a whole number from 1 to 100,000,000")
    }
    if let memory, Self.bytes(memory) == nil {
      throw ValidationError("--memory takes a size from 64MB to 1024GB, as 512MB or 8GB, not `\(memory)`")
    }
  }

  /// `512MB`, `8GB`, `8G` as bytes; nil for anything else or a size out of range.
  static func bytes(_ text: String) -> Int? {
    let upper = text.uppercased()
    let digits = upper.prefix { $0.isASCII && $0.isNumber }
    guard let number = Int(digits), digits.count <= 7 else { return nil }
    let bytes: Int
    switch upper.dropFirst(digits.count) {
    case "MB", "M": bytes = number << 20
    case "GB", "G": bytes = number << 30
    default: return nil
    }
    return (64 << 20...1024 << 30).contains(bytes) ? bytes : nil
  }

  /// Session options for a script run (`interactive` for eval and the REPL).
  func sessionOptions(interactive: Bool) -> Session.Options {
    var options = Session.Options(interactive: interactive)
    options.sampleCount = samples
    options.seed = seed
    if let memory, let bytes = Self.bytes(memory) { options.memoryBudget = bytes }
    return options
  }
}

enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
  case auto, always, never
}
