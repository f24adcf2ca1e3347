import MPlanReport
import MPlanSyntax

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// What `mplan fmt` makes of one file (or of standard input): the file read, laid out by
/// `Formatter`, and what kept it from being formatted, in the usual diagnostic form. The
/// command line decides what to write where.
public struct FormattedPlan: Sendable {
  public enum Problem: Sendable {
    /// The file could not be read (exit 66).
    case unreadable
    /// The file is not a script or does not parse (exit 65).
    case invalid
    /// The layout would not read back as the same tokens (`E0501`, exit 70).
    case formatterFault
  }

  /// The path as given; `<stdin>` for standard input.
  public let name: String
  /// The formatted text; the original when there is a problem.
  public let text: String
  public let isChanged: Bool
  public let problem: Problem?
  public let diagnostics: [Diagnostic]
  let original: String
  let sources: [SourceFile]

  /// The original text, for a diff.
  public var originalText: String { original }

  /// The diagnostics with their source lines and carets, as the other commands print them.
  public func renderedDiagnostics(
    style: @escaping DiagnosticRenderer.Styler = { text, _ in text }, catalogue: Catalogue = .english
  ) -> String {
    let renderer = DiagnosticRenderer(sources: sources, style: style, catalogue: catalogue)
    return diagnostics.map(renderer.render).joined(separator: "\n")
  }

  /// The error for a formatted file that could not be written back (`reason`, from
  /// `SafeWrite`, says why and names the file).
  public func writeFailure(_ reason: Message) -> Diagnostic {
    .error(
      .fileNotFound, reason, at: SourceSpan(file: name, start: 0, end: 0, line: 0, column: 0),
      fixIt: Message("fmt-file-unchanged"))
  }
}

extension FormattedPlan {
  /// Reads and formats `path`, or standard input for `-`.
  /// `keywords`: the language to write the plan's keywords in (`fmt --keywords`), or nil to
  /// keep them as written.
  public init(path: String, keywords: String? = nil) {
    let name = path == "-" ? "<stdin>" : path
    if path != "-", let refusal = Self.refusal(path) {
      self.init(
        name: name, text: "", isChanged: false, problem: .unreadable, diagnostics: [refusal], original: "",
        sources: [])
      return
    }
    let source: SourceFile
    do {
      source = path == "-" ? try SourceLoader.readStandardInput() : try SourceLoader.read(path: path)
    } catch {
      let problem: Problem
      if case .input = error { problem = .unreadable } else { problem = .invalid }
      self.init(
        name: name, text: "", isChanged: false, problem: problem, diagnostics: [error.diagnostic],
        original: "",
        sources: [])
      return
    }
    let result = Formatter.format(source, keywords: keywords)
    let fault = result.diagnostics.contains { $0.code == DiagnosticCode.formatWouldChangeMeaning.rawValue }
    self.init(
      name: name, text: result.text, isChanged: result.isChanged,
      problem: result.diagnostics.isEmpty ? nil : (fault ? .formatterFault : .invalid),
      diagnostics: result.diagnostics, original: source.text, sources: [source])
  }
}

extension FormattedPlan {
  /// Why `path` is no file to format, checked before it is opened: opening a FIFO with no
  /// writer would wait for ever, and a device is no plan. Nil for a regular file (or a link
  /// to one) and for a path that does not exist, which `SourceLoader` reports.
  static func refusal(_ path: String) -> Diagnostic? {
    var info = stat()
    guard stat(path, &info) == 0, let kind = SourceLoader.NotAFile(mode: info.st_mode), kind != .directory
    else { return nil }
    return .error(
      .notAFile, Message("fmt-not-a-file", ["path": .text(path), "kind": .message(kind.message)]),
      at: SourceSpan(file: path, start: 0, end: 0, line: 0, column: 0),
      fixIt: Message("fmt-not-a-file-fix"))
  }
}
