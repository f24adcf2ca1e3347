import ArgumentParser
import MPlanKit

#if canImport(Glibc)
  import Glibc
#endif

struct FmtCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "fmt",
    abstract: "Rewrite plans in mplan's one canonical layout.",
    discussion: """
      Two-space indentation, field values and funnel stages aligned, one space around operators, \
      at most one blank line in a row, long lists one item per line, and the fields of each plan \
      block in a fixed order. Comments stay where they were; formatting never changes what a plan \
      means. docs/language.md ("Layout and mplan fmt") lists the rules.

      Examples:
        mplan fmt plan.mplan          rewrite the file in place
        mplan fmt --check .           list the plans under . not yet formatted (CI)
        mplan fmt --diff plan.mplan   show what would change, as a unified diff
        mplan fmt - < plan.mplan      format standard input to standard output

      A file is rewritten only when its layout changes, and then all at once (a new file renamed \
      over the old, with its permissions and owner; a linked file is updated through its link). A \
      file that does not parse, is read-only, or is not a regular file (a FIFO, a device) is left \
      alone and the reason is shown. A folder's walk follows no symbolic links.

      Exit status: 0 success (with --check: every file is formatted), 1 with --check (alone or with \
      --diff) when a file would change, 65 when a file does not parse, 66 when a file cannot be read, \
      70 when mplan could not lay a file out safely (E0501; the file is left as it was), 73 when a \
      file could not be written, 74 when standard output could not be written.
      """
  )

  @Argument(
    help: "The plans to format (a folder: every .mplan file in it, at any depth), or - for standard input.")
  var files: [String] = []

  @Flag(name: .long, help: "Write nothing: list the files that would change and exit 1 if there are any.")
  var check = false

  @Flag(name: .long, help: "Write nothing: print how each file would change, as a unified diff.")
  var diff = false

  @OptionGroup var output: OutputOptions

  func validate() throws {
    if files.isEmpty {
      throw ValidationError("name the plans to format, a folder of them, or - to read standard input")
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
      let plan = FormattedPlan(path: file)
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
                plan.writeFailure(error.description)))
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
