import ArgumentParser
import MPlanKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// `mplan workshop [FILE]`: the guided SMART exercise at a terminal (docs/workshop.md). The
/// dialogue is `Workshop`'s; this asks its questions, reads the answers and writes the file.
struct WorkshopCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "workshop",
    abstract: Message("cli-workshop-abstract").said,
    discussion: Message("cli-workshop-discussion").said
  )

  @Argument(help: ArgumentHelp(Message("cli-workshop-file").said))
  var file = "goal.mplan"

  @OptionGroup var output: OutputOptions

  func run() throws {
    var options = Session.Options(interactive: true)
    output.apply(to: &options)
    let language = options.language ?? options.localeLanguage ?? "en"
    let catalogue = Catalogue.first(of: [language]).isolating(options.bidi)
    let editor = Self.makeEditor()
    let written = WorkshopDialogue(
      catalogue: catalogue, read: { editor.readLine(prompt: "> ") }, say: { Terminal.writeLine($0) }
    ).run(Self.today(catalogue.language), file: file)
    if !written { throw ExitStatus.checkFailed }
  }

  /// libedit at a terminal (with no history file: answers are not commands), plain reads
  /// from a pipe.
  static func makeEditor() -> any LineEditor { LibEditLineEditor.atTerminal(history: nil) }

  /// The exercise in `language`, today (local time, from the system clock).
  static func today(_ language: String) -> Workshop {
    var now = time(nil)
    var parts = tm()
    localtime_r(&now, &parts)
    return Workshop(
      language: language, year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1,
      day: Int(parts.tm_mday))
  }
}

/// The exercise at a terminal or the prompt: each question said, each answer read, until the
/// goal is SMART, then the file written whole (`SafeWrite`), never over an existing file
/// without a yes. Ctrl-D (or the end of piped input) ends it with nothing written.
struct WorkshopDialogue {
  let catalogue: Catalogue
  let read: () -> LineInput
  let say: (String) -> Void

  /// True when the goal was written.
  func run(_ start: Workshop, file: String) -> Bool {
    var workshop = start
    say(catalogue.render(workshop.introduction))
    while !workshop.isFinished {
      say(catalogue.render(workshop.question))
      switch read() {
      case .line(let answer):
        for reply in workshop.answer(answer) { say(catalogue.render(reply)) }
      case .interrupted: continue
      case .endOfInput:
        say(catalogue.render(Message("workshop-ended")))
        return false
      }
    }
    say(catalogue.render(workshop.question))
    return write(workshop, to: file)
  }

  func write(_ workshop: Workshop, to first: String) -> Bool {
    var path = first
    while true {
      var info = stat()
      if lstat(path, &info) == 0 {
        say(catalogue.render(Message("workshop-file-exists", ["path": .text(path)])))
        guard case .line(let answer) = read() else { return nothing() }
        if !workshop.isYes(answer) {
          say(catalogue.render(Message("workshop-ask-file")))
          guard case .line(let other) = read(), !other.isEmpty else { return nothing() }
          path = other
          continue
        }
      }
      do {
        try SafeWrite.write(workshop.planText, to: path)
      } catch {
        say(
          catalogue.render(
            Message("workshop-write-failed", ["path": .text(path), "reason": .text(error.description)])))
        return nothing()
      }
      say(catalogue.render(Message("workshop-written", ["path": .text(path)])))
      return true
    }
  }

  func nothing() -> Bool {
    say(catalogue.render(Message("workshop-not-written")))
    return false
  }
}
