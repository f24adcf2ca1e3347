import MPlanLanguage
import MPlanPlanning
import MPlanReport
import MPlanSyntax

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where a script's `export` may write and whether it may replace a file mplan did not write.
/// Shared by the session and the plan host it hands the interpreter; a class so the script's
/// folder can be set when a file runs.
final class ExportPolicy: @unchecked Sendable {
  /// An `export` statement's file, checked and rendered but not yet written.
  struct HeldExport {
    var data: [UInt8]
    var format: ExportFormat
    var path: String
    var span: SourceSpan
  }

  /// Folders a script may write under besides its own and the current one (`--allow-write`).
  var allowedFolders: [String]
  /// The folder of the script being run, or nil at the prompt.
  var scriptFolder: String?
  /// True when `export` statements are held rather than written at once: at the prompt an
  /// input's exports are written only once the input has run without error (so a `:load`
  /// that fails writes nothing), and a held session writes them only when told.
  var holds = false
  var held: [HeldExport] = []

  init(allowedFolders: [String]) { self.allowedFolders = allowedFolders }
}

/// How a file is exported: the façade the command line, the REPL and the `export` statement
/// share, so each way in writes the same bytes the same safe way.
public struct ExportRequest: Sendable {
  /// The file to write, or `-` for standard output.
  public var path: String
  /// `md`, `json`, `csv`, `html` or `xlsx` (`ExportFormat.names`); nil takes it from the
  /// path's extension.
  public var format: String?
  /// The CSV view: `ledger` (the default), `goals`, `actions`, `budgets`, `pacing`, `checks`;
  /// or the name of a data table the plan bound (`let by_cpc = table …`), exported alone in
  /// any format.
  public var table: String?
  /// Replace a file even when mplan did not write it.
  public var force = false
  /// How the user asks for `force` where the request comes from (`--force`, `:export! FILE`),
  /// for the advice when a file is kept; nil where there is no way.
  public var forceAdvice: String?

  public init(
    path: String, format: String? = nil, table: String? = nil, force: Bool = false, forceAdvice: String? = nil
  ) {
    (self.path, self.format, self.table, self.force) = (path, format, table, force)
    self.forceAdvice = forceAdvice
  }
}

extension Session {
  /// The codes of a request the command line got wrong (exit 64 rather than 73).
  public static let exportFormatCode = DiagnosticCode.exportFormat.rawValue
  public static let exportTableCode = DiagnosticCode.exportTable.rawValue
  public static let exportPathCode = DiagnosticCode.exportPath.rawValue

  /// `.md, .json, .csv, .html or .xlsx`: the formats for help texts and messages.
  public static let exportFormatList = ExportFormatNames.alternatives(prefix: ".")
  /// `md, json, csv, html or xlsx`, as `--format` takes them.
  public static let exportFormatNames = ExportFormatNames.alternatives()

  /// `html` for `html`, `md` for `markdown`: the extension a format's files get, or nil.
  public static func fileExtension(ofFormat name: String) -> String? { ExportFormat(name: name)?.rawValue }

  /// The plan as the session holds it, rendered in the request's format: what `-o -` prints.
  public func exportText(_ request: ExportRequest, at span: SourceSpan = .unknown) throws(Diagnostic)
    -> String
  {
    let (exporter, export) = try exportParts(for: request, at: span)
    return exporter.render(export)
  }

  /// The exporter and what it renders: the plan, or the data table `--table` names alone.
  func exportParts(for request: ExportRequest, at span: SourceSpan) throws(Diagnostic) -> (
    any Exporter, PlanExport
  ) {
    if let name = request.table, CSVExporter.View(rawValue: name) == nil, environment[name]?.dataTable != nil,
      let table = try planExport().only(name, in: environment)
    {
      return (try Self.format(of: request, at: span).exporter(), table)
    }
    var export = try planExport()
    export.language =
      [options.language, environment.planLanguage, options.localeLanguage]
      .compactMap { $0.flatMap { Catalogue.named($0)?.language } }.first
    return (try Self.exporter(for: request, at: span), export)
  }

  /// The plan as data, on a copy of the interpreter so that a comparison worked out again
  /// (one the prompt has moved past) leaves the session as it was.
  package func planExport() throws(Diagnostic) -> PlanExport {
    var copy = interpreter!
    do {
      return try PlanExport(interpreter: &copy)
    } catch let diagnostic as Diagnostic {
      throw diagnostic
    } catch {
      throw Diagnostic.error(
        .invalidValue, Message("export-failed", ["error": .text("\(error)")]), at: .unknown)
    }
  }

  /// Writes the plan to `request.path` (see `ExportWriting.write`); returns the format written.
  @discardableResult
  public func export(_ request: ExportRequest, at span: SourceSpan = .unknown) throws(Diagnostic) -> String {
    try ExportWriting.checkName(request.path, at: span)
    let (exporter, export) = try exportParts(for: request, at: span)
    let format = try Self.format(of: request, at: span)
    try ExportWriting.write(
      exporter.data(export), format: format, to: request.path, force: request.force,
      forceAdvice: request.forceAdvice, at: span)
    return format.rawValue
  }

  /// The exports the session held (see `exportsHeld`), written now in the order they ran;
  /// gives what stopped any of them. The session holds nothing afterwards.
  public func writeHeldExports() -> [Diagnostic] {
    writeHeldExports(from: 0)
  }

  /// All or nothing: every file is written beside its target first, and only when all of
  /// them could be are they put in place.
  func writeHeldExports(from start: Int) -> [Diagnostic] {
    let held = exportPolicy.held[start...]
    exportPolicy.held.removeSubrange(start...)
    var prepared: [(export: ExportPolicy.HeldExport, file: SafeWrite.Prepared?)] = []
    for export in held {
      do {
        prepared.append(
          (
            export,
            try ExportWriting.prepare(export.data, format: export.format, to: export.path, at: export.span)
          ))
      } catch {
        for file in prepared.compactMap(\.file) { file.discard() }
        return [error]
      }
    }
    var failures: [Diagnostic] = []
    for (export, file) in prepared {
      do {
        if let file {
          try ExportWriting.commit(file, at: export.span)
        } else {
          try ExportWriting.write(
            export.data, format: export.format, to: export.path, force: false, at: export.span)
        }
      } catch {
        failures.append(error)
      }
    }
    return failures
  }

  static func format(of request: ExportRequest, at span: SourceSpan) throws(Diagnostic) -> ExportFormat {
    if let name = request.format {
      guard let format = ExportFormat(name: name) else {
        throw Diagnostic.error(
          .exportFormat, Message("export-not-a-format", ["name": .text(name)]), at: span,
          fixIt: Message("export-use-format", ["formats": .message(ExportFormatNames.alternatives())]))
      }
      return format
    }
    if request.path == "-" { return .markdown }
    guard let format = ExportFormat(path: request.path) else {
      throw Diagnostic.error(
        .exportFormat, Message("export-unknown-extension", ["path": .text(request.path)]), at: span,
        fixIt: Message(
          "export-unknown-extension-fix", ["formats": .message(ExportFormatNames.alternatives(prefix: "."))]))
    }
    return format
  }

  static func exporter(for request: ExportRequest, at span: SourceSpan) throws(Diagnostic) -> any Exporter {
    let format = try format(of: request, at: span)
    guard let table = request.table else { return format.exporter() }
    guard let view = CSVExporter.View(rawValue: table) else {
      throw Diagnostic.error(
        .exportTable, Message("export-no-csv-table", ["table": .text(table)]), at: span,
        fixIt: Message(
          "export-no-csv-table-fix",
          ["tables": .text(CSVExporter.View.allCases.map(\.rawValue).joined(separator: ", "))]))
    }
    guard format == .csv else {
      throw Diagnostic.error(
        .exportTable, Message("export-table-not-csv", ["format": .text(format.rawValue)]), at: span,
        fixIt: Message("export-table-not-csv-fix"))
    }
    return format.exporter(table: view)
  }

  /// What an `export` statement does: checks the path against the policy, then writes.
  static func writer(policy: ExportPolicy) -> PlanHost.ExportWriter {
    { export, path, pathSpan, span in
      let request = ExportRequest(path: path)
      try ExportWriting.checkName(path, at: pathSpan)
      // Every other problem points at the whole statement: the file is the statement's.
      let format = try format(of: request, at: span)
      // A relative path is read from the script's folder, as an `import` is.
      let base = span.file.hasPrefix("<") || span.file.isEmpty ? "." : SourceLoader.directory(of: span.file)
      let resolved = path.hasPrefix("/") || base == "." ? path : base + "/" + path
      try ExportWriting.checkFolder(of: resolved, at: span)
      try ExportWriting.checkAllowed(resolved, shownAs: path, policy: policy, at: span)
      let data = format.exporter().data(export)
      guard policy.holds else {
        return try ExportWriting.write(data, format: format, to: resolved, force: false, at: span)
      }
      try ExportWriting.checkReplacing(resolved, with: data, format: format, force: false, at: span)
      policy.held.append(.init(data: data, format: format, path: resolved, span: span))
    }
  }
}

/// The file side of exporting: where a script may write, whether a file may be replaced, and
/// the write itself (`SafeWrite`: a temporary file beside the target, then a rename).
enum ExportWriting {
  static func write(
    _ data: [UInt8], format: ExportFormat, to path: String, force: Bool, forceAdvice: String? = nil,
    at span: SourceSpan
  ) throws(Diagnostic) {
    if path == "-" {
      guard SafeWrite.writeAll(data, to: STDOUT_FILENO) else {
        throw Diagnostic.error(.exportFailed, Message("export-stdout-failed"), at: span)
      }
      return
    }
    guard
      let file = try prepare(data, format: format, to: path, force: force, forceAdvice: forceAdvice, at: span)
    else { return }
    try commit(file, at: span)
  }

  /// Every check, then the file written beside its target (`SafeWrite.prepare`); nil for
  /// standard output, which has nothing to prepare.
  static func prepare(
    _ data: [UInt8], format: ExportFormat, to path: String, force: Bool = false, forceAdvice: String? = nil,
    at span: SourceSpan
  ) throws(Diagnostic) -> SafeWrite.Prepared? {
    if path == "-" { return nil }
    try checkName(path, at: span)
    try checkFolder(of: path, at: span)
    try checkReplacing(path, with: data, format: format, force: force, forceAdvice: forceAdvice, at: span)
    do {
      return try SafeWrite.prepare(bytes: data, to: path, force: force, forceAdvice: forceAdvice)
    } catch {
      throw failed(error, at: span)
    }
  }

  static func commit(_ file: SafeWrite.Prepared, at span: SourceSpan) throws(Diagnostic) {
    do {
      try file.commit()
    } catch {
      throw failed(error, at: span)
    }
  }

  private static func failed(_ error: SafeWrite.Failure, at span: SourceSpan) -> Diagnostic {
    Diagnostic.error(
      .exportFailed, error.content, at: span,
      notes: error.targetUnchanged ? [Message("export-nothing-written")] : [])
  }

  /// A name with a control character is refused before anything looks at the disk: the
  /// system would end it at a NUL and write another file (see `SafeWrite.problemWithName`).
  static func checkName(_ path: String, at span: SourceSpan) throws(Diagnostic) {
    guard let problem = SafeWrite.problemWithNameContent(path) else { return }
    throw Diagnostic.error(.exportPath, problem, at: span)
  }

  /// An existing file is replaced only when mplan wrote it (or an earlier export of the same
  /// data table), or with `force`.
  static func checkReplacing(
    _ path: String, with data: [UInt8], format: ExportFormat, force: Bool, forceAdvice: String? = nil,
    at span: SourceSpan
  ) throws(Diagnostic) {
    var status = stat()
    guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, !force,
      case let start = readStart(of: path), !format.isOwnFile(start),
      !isSameTable(data, start, format: format)
    else { return }
    throw Diagnostic.error(
      .exportWouldReplace, Message("export-would-replace", ["path": .text(path)]),
      at: span,
      fixIt: forceAdvice.map { Message("export-would-replace-force-fix", ["advice": .text($0)]) }
        ?? Message("export-would-replace-fix"))
  }

  static func checkFolder(of path: String, at span: SourceSpan) throws(Diagnostic) {
    let folder = SourceLoader.directory(of: path)
    var status = stat()
    guard stat(folder, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else {
      throw Diagnostic.error(
        .exportNoFolder, Message("export-no-folder", ["folder": .text(folder), "path": .text(path)]),
        at: span,
        fixIt: Message("export-no-folder-fix"))
    }
  }

  /// A script may write under its own folder, the current folder, or a folder named with
  /// `mplan run --allow-write DIR`.
  ///
  /// The rule applies to the file that would be written: a symbolic link is followed first
  /// (a link committed beside the script, even a dangling one, must not lead elsewhere).
  static func checkAllowed(_ path: String, shownAs shown: String, policy: ExportPolicy, at span: SourceSpan)
    throws(Diagnostic)
  {
    let target: String
    do {
      target = try SafeWrite.resolvingLinks(path)
    } catch {
      throw Diagnostic.error(.exportFailed, error.content, at: span)
    }
    let folder = SourceLoader.canonical(SourceLoader.directory(of: target))
    let allowed =
      ([".", policy.scriptFolder].compactMap { $0 } + policy.allowedFolders.filter { !$0.isEmpty }).map(
        SourceLoader.canonical)
    guard allowed.contains(where: { folder == $0 || folder.hasPrefix($0 == "/" ? "/" : $0 + "/") }) else {
      throw Diagnostic.error(
        .exportOutsideFolder,
        target == path
          ? Message("export-outside-folder", ["path": .text(shown)])
          : Message("export-outside-folder-link", ["path": .text(shown), "target": .text(target)]),
        at: span, fixIt: Message("export-outside-folder-fix"))
    }
  }

  /// A data table's CSV has the table's own headings (`cpc (USD per visit),spend (USD)`), so
  /// a file is taken for an earlier export of it when its heading row is the same.
  static func isSameTable(_ data: [UInt8], _ start: String, format: ExportFormat) -> Bool {
    guard format == .csv else { return false }
    let text = String(decoding: data, as: UTF8.self)
    guard let end = text.firstIndex(of: "\r\n") else { return false }
    return start.hasPrefix(text[...end])
  }

  /// The first bytes of a file, to recognise one mplan wrote; empty when it cannot be read.
  static func readStart(of path: String) -> String {
    guard let file = fopen(path, "rb") else { return "" }
    defer { fclose(file) }
    var buffer = [UInt8](repeating: 0, count: 512)
    let count = fread(&buffer, 1, buffer.count, file)
    return String(decoding: buffer[0..<count], as: UTF8.self)
  }
}
