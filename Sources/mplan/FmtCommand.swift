import ArgumentParser
import MPlanKit

#if canImport(Glibc)
  import Glibc
#endif

struct FmtCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "fmt",
    abstract: Message("cli-fmt-abstract").said,
    discussion: Message("cli-fmt-discussion").said
  )

  @Argument(
    help: ArgumentHelp(Message("cli-fmt-files").said))
  var files: [String] = []

  @Flag(name: .long, help: ArgumentHelp(Message("cli-fmt-check").said))
  var check = false

  @Flag(name: .long, help: ArgumentHelp(Message("cli-fmt-diff").said))
  var diff = false

  @Option(
    name: .long, help: ArgumentHelp(Message("cli-fmt-keywords").said, valueName: "language"))
  var keywords: LanguageChoice?

  @OptionGroup var output: OutputOptions

  func validate() throws {
    if files.isEmpty {
      throw ValidationError(Message("cli-fmt-no-files").said)
    }
  }

  func run() throws {
    let color = Terminal.useColor(output.color)
    // fmt runs no plan, so a plan's `language` cannot be read: `--lang`, else the locale.
    var options = Session.Options()
    output.apply(to: &options)
    let catalogue = Catalogue.first(of: [options.language, options.localeLanguage]).isolating(options.bidi)
    var failure: ExitCode?
    var unformatted = false
    for file in Self.distinct(files.flatMap(Self.plans(in:))) {
      let plan = FormattedPlan(path: file, keywords: keywords?.code)
      if let problem = plan.problem {
        Terminal.writeError(
          plan.renderedDiagnostics(style: Terminal.styler(color: color), catalogue: catalogue))
        let status: ExitCode =
          switch problem {
          case .unreadable: ExitStatus.missingInput
          case .formatterFault: ExitStatus.internalFault
          case .invalid: ExitStatus.badScript
          }
        failure = Self.worse(failure, status)
        continue
      }
      if check || diff {
        guard plan.isChanged else { continue }
        unformatted = true
        if diff {
          Terminal.write(
            all: UnifiedDiff.render(
              old: plan.originalText, new: plan.text, oldName: plan.name, newName: plan.name + " (formatted)"),
            to: STDOUT_FILENO)
        } else {
          Terminal.writeLine(plan.name)
        }
      } else if file == "-" {
        Terminal.write(all: plan.text, to: STDOUT_FILENO)
      } else if plan.isChanged {
        do {
          // The one way mplan rewrites a file: regular files only, links kept, read-only
          // files left alone, permissions and owner kept (docs/language.md).
          try SafeWrite.write(plan.text, to: file)
        } catch {
          Terminal.writeError(
            DiagnosticRenderer(sources: [], style: Terminal.styler(color: color), catalogue: catalogue)
              .render(
                plan.writeFailure(error.content)))
          failure = Self.worse(failure, ExitStatus.cannotCreate)
        }
      }
    }
    if let failure { throw failure }
    if unformatted, check { throw ExitStatus.checkFailed }
  }

  /// The status that says more: a file that cannot be read or written counts most, then
  /// mplan's own fault (E0501), then the plan's.
  static func worse(_ current: ExitCode?, _ status: ExitCode) -> ExitCode {
    let rank = [
      ExitStatus.badScript, ExitStatus.internalFault, ExitStatus.missingInput, ExitStatus.cannotCreate,
    ]
    guard let current, let old = rank.firstIndex(of: current), let new = rank.firstIndex(of: status) else {
      return status
    }
    return new > old ? status : current
  }

  /// Each file once, however many names reach it (a folder and a file in it, a link beside
  /// its target): formatting it twice would only repeat its name or its errors.
  static func distinct(_ paths: [String]) -> [String] {
    var seen = Set<[UInt64]>()
    return paths.filter { path in
      var info = stat()
      guard path != "-", stat(path, &info) == 0 else { return true }
      return seen.insert([UInt64(info.st_dev), UInt64(info.st_ino)]).inserted
    }
  }

  /// A folder's `.mplan` files at any depth, in name order, skipping hidden folders
  /// (`.git`, `.build`); any other path as it is. A walk follows no symbolic link: a link
  /// to `.` would list every file again at each level, and two of them make the walk
  /// exponential. A file the walk meets that is no regular file (a FIFO) is listed, so
  /// that it is reported rather than quietly passed over.
  static func plans(in path: String) -> [String] {
    var info = stat()
    guard path != "-", stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
      return [path]
    }
    return plans(inFolder: path)
  }

  private static func plans(inFolder path: String) -> [String] {
    guard let folder = opendir(path) else { return [path] }
    defer { closedir(folder) }
    var names: [String] = []
    while let entry = readdir(folder) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) {
        String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
      }
      if !name.hasPrefix(".") { names.append(name) }
    }
    let base = path.hasSuffix("/") ? path : path + "/"
    return names.sorted().flatMap { name -> [String] in
      let child = base + name
      var childInfo = stat()
      guard lstat(child, &childInfo) == 0 else { return [] }
      switch childInfo.st_mode & S_IFMT {
      case S_IFDIR: return plans(inFolder: child)
      case S_IFLNK: return []
      default: return name.hasSuffix(".mplan") ? [child] : []
      }
    }
  }
}
