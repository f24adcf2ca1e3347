import MPlanSyntax

/// The codes of writing an export to a file (issue 8, docs/export.md): the façade's, which
/// opens and writes the file. `E0602`, an `export` of a name the plan does not have, is the
/// planning layer's.
extension DiagnosticCode {
  /// A file name whose extension names no export format, or an unknown `--format`.
  package static let exportFormat = DiagnosticCode("E0601")
  /// A script's `export` to a folder it was not allowed to write.
  package static let exportOutsideFolder = DiagnosticCode("E0603")
  /// An existing file that mplan did not write, without `--force`.
  package static let exportWouldReplace = DiagnosticCode("E0604")
  /// The file could not be written (a directory, no permission, a full disk).
  package static let exportFailed = DiagnosticCode("E0605")
  /// The folder the file should go in does not exist.
  package static let exportNoFolder = DiagnosticCode("E0606")
  /// `--table` names no CSV view, or is given with another format.
  package static let exportTable = DiagnosticCode("E0607")
  /// A file name with a control character (a NUL, a line break), which names another file.
  package static let exportPath = DiagnosticCode("E0608")
}
