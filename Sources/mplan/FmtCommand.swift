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
      over the old, with its permissions). A file that does not parse is left alone and its errors \
      are shown.

      Exit status: 0 success (with --check: every file is formatted), 1 with --check (alone or with \
      --diff) when a file would change, 65 when a file does not parse, 66 when a file cannot be read, \
      70 when mplan could not lay a file out safely (E0501; the file is left as it was).
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
    var failure: ExitCode?
    var unformatted = false
    for file in files.flatMap(Self.plans(in:)) {
      let plan = FormattedPlan(path: file)
      if let problem = plan.problem {
        Terminal.writeError(plan.renderedDiagnostics(style: Terminal.styler(color: color)))
        // A file that cannot be read counts most, then mplan's own fault (E0501), then the plan's.
        let status: ExitCode =
          switch problem {
          case .unreadable: ExitStatus.missingInput
          case .formatterFault: ExitStatus.internalFault
          case .invalid: ExitStatus.badScript
          }
        let rank = [ExitStatus.badScript, ExitStatus.internalFault, ExitStatus.missingInput]
        if failure.map({ rank.firstIndex(of: $0)! < rank.firstIndex(of: status)! }) ?? true {
          failure = status
        }
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
      } else if plan.isChanged, let reason = Self.replace(file, with: plan.text) {
        Terminal.writeError(
          DiagnosticRenderer(sources: [], style: Terminal.styler(color: color)).render(
            plan.writeFailure(reason)))
        failure = ExitStatus.missingInput
      }
    }
    if let failure { throw failure }
    if unformatted, check { throw ExitStatus.checkFailed }
  }

  /// A folder's `.mplan` files at any depth, in name order, skipping hidden folders
  /// (`.git`, `.build`); any other path as it is.
  static func plans(in path: String) -> [String] {
    var info = stat()
    guard path != "-", stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR, let folder = opendir(path)
    else {
      return [path]
    }
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
      guard stat(child, &childInfo) == 0 else { return [] }
      if (childInfo.st_mode & S_IFMT) == S_IFDIR { return plans(in: child) }
      return name.hasSuffix(".mplan") ? [child] : []
    }
  }

  /// Writes `text` over `path` all at once: into a new file in the same folder, with the old
  /// file's permissions, renamed over it, so a crash or a full disk never leaves half a plan.
  /// A symbolic link stays a link: the file it points to is replaced.
  /// Returns why it could not, or nil when it did.
  static func replace(_ path: String, with text: String) -> String? {
    let target =
      realpath(path, nil).map { pointer in
        defer { free(pointer) }
        return String(cString: pointer)
      } ?? path
    func failure(_ what: String) -> String { "\(what): \(String(cString: strerror(errno)))" }
    var info = stat()
    guard stat(target, &info) == 0 else { return failure("cannot read its permissions") }
    var template = Array((target + ".fmt-XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else { return failure("cannot create a temporary file next to it") }
    let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    var bytes = Array(text.utf8)
    var offset = 0
    var written = true
    while offset < bytes.count {
      let count = bytes.withUnsafeMutableBytes {
        Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset)
      }
      if count < 0, errno == EINTR { continue }
      if count <= 0 {
        written = false
        break
      }
      offset += count
    }
    let kept = written && fchmod(descriptor, info.st_mode & 0o7777) == 0 && fsync(descriptor) == 0
    close(descriptor)
    guard kept, rename(temporary, target) == 0 else {
      let problem = failure("cannot write the new version")
      unlink(temporary)
      return problem
    }
    return nil
  }
}
