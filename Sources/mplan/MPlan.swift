import ArgumentParser
import MPlanKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

@main
struct MPlan: ParsableCommand {
  static let version = "0.1.0"

  static let configuration = CommandConfiguration(
    commandName: "mplan",
    abstract: Message("cli-mplan-abstract").said,
    discussion: Message("cli-mplan-discussion", ["formats": .message(Session.exportFormatList)]).said,
    version: version,
    subcommands: [
      RunCommand.self, EvalCommand.self, CheckCommand.self, FmtCommand.self, ExportCommand.self,
      WorkshopCommand.self,
      ReplCommand.self,
    ],
    defaultSubcommand: ReplCommand.self
  )

  static func main() {
    InternalFault.installHandlers()
    // Past a file-size limit (`ulimit -f`) a write must fail with EFBIG, which every writer
    // reports and cleans up after, not kill mplan halfway and leave its temporary file behind
    // (or end a whole REPL session on one `:save`).
    signal(SIGXFSZ, SIG_IGN)
    // The argument parser builds every subcommand's help text before it reads a word: most of
    // the instructions `--version` cost, to print one line (issue 26).
    if CommandLine.arguments.dropFirst().elementsEqual(["--version"]) {
      Terminal.writeLine(version)
      Terminal.exit(ExitStatus.success.rawValue)
    }
    if let files = RunCommand.plainFiles(in: CommandLine.arguments.dropFirst()) {
      var options = SamplingOptions.defaults(interactive: false)
      OutputOptions.apply(nil, bidi: .auto, to: &options)
      let status = RunCommand.execute(files: files, color: Terminal.useColor(.auto), options: options)
      Terminal.exit(status.rawValue)
    }
    let arguments = helpWithLanguage(Array(CommandLine.arguments.dropFirst()))
    switch firstWord(of: arguments) {
    case .file: execute(["run"] + arguments)
    case .unknown(let word): Terminal.exit(unknownSubcommand(word))
    case .subcommandOrOption: execute(EvalCommand.markingExpression(in: arguments))
    }
  }

  /// ArgumentParser's `main`, but ending through `Terminal.exit`, and with help and version
  /// written by `Terminal` too, so output that could not be written is never success.
  static func execute(_ arguments: [String]) -> Never {
    if let empty = emptyOptionValue(in: arguments) {
      Terminal.writeError(Message("cli-empty-option-value", ["option": .text(empty)]).said + "\n")
      Terminal.exit(64)
    }
    do {
      var command = try parseAsRoot(arguments)
      try command.run()
      Terminal.exit(ExitStatus.success.rawValue)
    } catch {
      let status = exitCode(for: error)
      let message = fullMessage(for: error)
      if !message.isEmpty {
        if status == ExitStatus.success {
          Terminal.writeLine(message)
        } else {
          Terminal.writeError(message + "\n")
        }
      }
      Terminal.exit(status.rawValue)
    }
  }

  /// `--lang`, read before anything is parsed: the help texts are built the first time they
  /// are asked for, in the language chosen by then, so `--lang ru --help` must choose first.
  /// Help comes without the `--lang` it no longer needs: left in before a subcommand, the
  /// option is the default subcommand's (`repl`), whose help it brought instead.
  static func helpWithLanguage(_ arguments: [String]) -> [String] {
    let words = arguments.prefix { $0 != "--" }
    guard let index = words.firstIndex(where: { $0 == "--lang" || $0.hasPrefix("--lang=") }) else {
      return arguments
    }
    let inline = words[index].hasPrefix("--lang=")
    let code = inline ? String(words[index].dropFirst("--lang=".count)) : words.dropFirst(index + 1).first
    guard let code, LanguageChoice(argument: code) != nil else { return arguments }
    ReaderLanguage.choose(code)
    var rest = arguments
    rest.removeSubrange(index..<min(index + (inline ? 1 : 2), rest.count))
    let asksHelp = rest.first == "help" || rest.contains { $0 == "--help" || $0 == "-h" }
    return asksHelp ? rest : arguments
  }

  /// The subcommands' names, from the one list above, and `help`.
  static let subcommandNames =
    configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]

  enum FirstWord { case file, unknown(String), subcommandOrOption }

  /// `mplan plan.mplan` runs the file, as `python file.py` and `lua file.lua` do: a first word
  /// that is no subcommand is a file when it ends in `.mplan` or names a file that exists.
  static func firstWord(of arguments: [String]) -> FirstWord {
    guard let first = arguments.first, !first.hasPrefix("-"), !subcommandNames.contains(first) else {
      return .subcommandOrOption
    }
    return first.hasSuffix(".mplan") || REPL.fileExists(first) ? .file : .unknown(first)
  }

  /// An option written `--name=` with nothing after it: the argument parser would take the
  /// next word as its value (`--allow-write= plan.mplan` allowed writing under a folder
  /// named by the next word), so it is refused before parsing. Words after `--` are files.
  static func emptyOptionValue(in arguments: [String]) -> String? {
    for argument in arguments {
      if argument == "--" { return nil }
      if argument.hasPrefix("--"), argument.hasSuffix("="), argument.count > 3 { return argument }
    }
    return nil
  }

  /// "unknown subcommand", the nearest one, and the usage line; exit 64 (EX_USAGE).
  static func unknownSubcommand(_ word: String) -> Int32 {
    let commands = subcommandNames.filter { $0 != "help" }
    let message =
      Session.closest(to: word, among: subcommandNames).map {
        Message("cli-unknown-subcommand-did-you-mean", ["word": .text(word), "nearest": .text($0)])
      }
      ?? Message(
        "cli-unknown-subcommand", ["word": .text(word), "commands": .text(commands.joined(separator: ", "))])
    Terminal.writeError(message.said + "\n")
    Terminal.writeError(
      Message("cli-usage", ["commands": .text(commands.joined(separator: "|"))]).said + "\n")
    return 64
  }
}

/// Options every subcommand shares.
struct OutputOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(Message("cli-option-color").said))
  var color: ColorChoice = .auto

  @Option(
    name: .long,
    help: ArgumentHelp(Message("cli-option-lang").said, valueName: "language"))
  var lang: LanguageChoice?

  @Option(
    name: .long,
    help: ArgumentHelp(Message("cli-option-bidi").said, valueName: "mode"))
  var bidi: BidiChoice = .auto

  /// `--lang`'s language, else the locale's: the plan's `language` goes between them; and
  /// `--bidi`.
  func apply(to options: inout Session.Options) {
    Self.apply(lang, bidi: bidi, to: &options)
  }

  /// The same for the `mplan run FILE` path, which parses no options.
  static func apply(_ lang: LanguageChoice?, bidi: BidiChoice, to options: inout Session.Options) {
    options.language = lang?.code
    if lang == nil { options.localeLanguage = ReaderLanguage.fromLocale() }
    ReaderLanguage.choose(options.language ?? options.localeLanguage)
    options.bidi = bidi.style
    Terminal.bidi.withLock { $0 = options.bidi }
  }
}

/// How uncertain values (`a to b`) are sampled, and the memory a run may hold. The numbers
/// are read as text (`.unconditional`), so `--samples -1` is refused with what the option
/// takes rather than ArgumentParser's "Missing value" (it took `-1` for an option).
struct SamplingOptions: ParsableArguments {
  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp(Message("cli-option-samples").said))
  var samples: String?

  @Option(
    name: .long, parsing: .unconditional, help: ArgumentHelp(Message("cli-option-seed").said))
  var seed: String?

  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp(Message("cli-option-memory").said))
  var memory: String?

  @OptionGroup var steps: StepOptions

  /// The options when none are given (the `mplan run FILE…` fast path).
  static func defaults(interactive: Bool) -> Session.Options {
    Session.Options(interactive: interactive)
  }

  static let sampleRange = 1...100_000_000

  func validate() throws {
    if let samples, Int(samples).map(Self.sampleRange.contains) != true {
      throw ValidationError(Message("cli-samples-invalid", ["value": .text(samples)]).said)
    }
    if let seed, UInt64(seed) == nil {
      throw ValidationError(
        Message("cli-seed-invalid", ["largest": .value("\(UInt64.max)"), "value": .text(seed)]).said)
    }
    if let memory, Self.bytes(memory) == nil {
      throw ValidationError(Message("cli-memory-invalid", ["value": .text(memory)]).said)
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
    var options = steps.sessionOptions(interactive: interactive)
    if let samples, let count = Int(samples) { options.sampleCount = count }
    if let seed, let number = UInt64(seed) { options.seed = number }
    if let memory, let bytes = Self.bytes(memory) { options.memoryBudget = bytes }
    return options
  }
}

/// The step budget (E0319): every command that runs a plan takes it.
struct StepOptions: ParsableArguments {
  @Option(
    name: .long, parsing: .unconditional,
    help: ArgumentHelp(Message("cli-option-steps").said, valueName: "n"))
  var steps: String?

  static let range = 1_000...1_000_000_000_000

  func validate() throws {
    if let steps, Int(steps).map(Self.range.contains) != true {
      throw ValidationError(Message("cli-steps-invalid", ["value": .text(steps)]).said)
    }
  }

  func sessionOptions(interactive: Bool) -> Session.Options {
    var options = Session.Options(interactive: interactive)
    if let steps, let budget = Int(steps) { options.stepBudget = budget }
    return options
  }
}

/// `--digits`: the digits values are printed in (over the plan's `digits`).
struct NumberOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(Message("cli-option-digits").said, valueName: "DIGITS"))
  var digits: DigitChoice?
}

extension DigitChoice: ExpressibleByArgument {}

enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
  case auto, always, never
}

/// `--bidi`: whether right-to-left text is set apart (docs/languages.md). `auto` does it
/// when standard output or standard error is a terminal; through pipes and into files the
/// text stays as it was written, byte for byte, so goldens and other tools see no marks.
enum BidiChoice: String, ExpressibleByArgument, CaseIterable {
  case auto, isolate, none

  var style: Bidi.Style? {
    switch self {
    case .isolate: return Bidi.Style.isolate
    case .none: return nil
    case .auto:
      let atTerminal = isatty(STDOUT_FILENO) != 0 || isatty(STDERR_FILENO) != 0
      return atTerminal ? Bidi.Style.isolate : nil
    }
  }
}
