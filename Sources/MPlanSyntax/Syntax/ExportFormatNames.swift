/// The export formats by the names `--format` takes and the extensions their files get, the
/// first of each the usual one. The one list the parser's advice, the command line's help and
/// `ExportFormat` read, so a new format is added here once.
public enum ExportFormatNames {
  public static let all: [[String]] = [["md", "markdown"], ["json"], ["csv"], ["html", "htm"], ["xlsx"]]

  /// `md, json, csv, html or xlsx`, with `prefix` (`.`) before each.
  public static func list(prefix: String = "", last: String = "or") -> String {
    let names = all.map { prefix + $0[0] }
    return names.dropLast().joined(separator: ", ") + " \(last) " + names.last!
  }

  /// The usual extension of each format as alternatives, `md, json, csv, html or xlsx`, in
  /// the reader's language.
  public static func alternatives(prefix: String = "") -> Message {
    Message.alternatives(all.map { Message("list-code", ["code": .text(prefix + $0[0])]) })!
  }
}
