import MPlanLanguage
import MPlanPlanning
import MPlanSyntax

/// `mplan check --format json`: the checklist and the script's own diagnostics as one JSON
/// object (its fields are documented in docs/diagnostics.md).
extension Checklist {
  /// One JSON object: the summary, every check, and the script's own diagnostics.
  /// `scriptFailed`: the script had errors of its own, so the check did not pass whatever the
  /// checklist says.
  public func json(file: String, scriptDiagnostics: [Diagnostic] = [], scriptFailed: Bool = false) -> String {
    var checks: [String] = []
    checks.reserveCapacity(findings.count)
    for finding in findings {
      var fields = [
        "\"group\":\(JSONText.quote(finding.group.rawValue))", "\"passed\":\(finding.passed)",
        "\"message\":\(JSONText.quote(finding.message))",
      ]
      if finding.span.line > 0 {
        fields.append("\"line\":\(finding.span.line),\"column\":\(finding.span.column)")
      }
      if let diagnostic = finding.diagnostic { fields.append(JSONText.fields(of: diagnostic)) }
      checks.append("{" + fields.joined(separator: ",") + "}")
    }
    // Every diagnostic the check gave, the script's own and each failed check's, as
    // `mplan run` prints them: a tool reading `diagnostics` alone misses nothing (issue 12).
    let sourced =
      scriptDiagnostics.map { ($0, "script") } + findings.compactMap(\.diagnostic).map { ($0, "check") }
    let diagnostics = sourced.map { diagnostic, source in
      var text = "{\"source\":\"\(source)\",\"message\":\(JSONText.quote(diagnostic.message))"
      if diagnostic.span.line > 0 {
        text +=
          ",\"file\":\(JSONText.quote(diagnostic.span.file)),\"line\":\(diagnostic.span.line),"
          + "\"column\":\(diagnostic.span.column)"
      }
      return text + ",\(JSONText.fields(of: diagnostic))}"
    }
    let scriptErrors = scriptDiagnostics.count { $0.severity == .error }
    return "{\"file\":\(JSONText.quote(file)),\"passed\":\(!hasErrors && !scriptFailed && scriptErrors == 0),"
      + "\"scriptErrors\":\(scriptErrors),"
      + "\"summary\":{\"checks\":\(findings.count),\"passed\":\(passCount),\"errors\":\(errorCount),"
      + "\"warnings\":\(warningCount),\"text\":\(JSONText.quote(summaryAfterScript(errors: scriptErrors)))},"
      + "\"checks\":[" + checks.joined(separator: ",") + "],"
      + "\"diagnostics\":[" + diagnostics.joined(separator: ",") + "]}"
  }
}

/// Just enough JSON writing for check reports, without loading Foundation's encoder at
/// start-up (design §7).
package enum JSONText {
  package static func quote(_ text: String) -> String {
    "\""
      + TextEscape.replacing(text) { scalar in
        switch scalar {
        case "\"": "\\\""
        case "\\": "\\\\"
        case "\n": "\\n"
        case "\r": "\\r"
        case "\t": "\\t"
        case _ where scalar.value < 0x20:
          "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
            + String(scalar.value, radix: 16)
        default: nil
        }
      } + "\""
  }

  package static func fields(of diagnostic: Diagnostic) -> String {
    var fields = [
      "\"severity\":\(quote(diagnostic.severity.rawValue))", "\"code\":\(quote(diagnostic.code))",
    ]
    if let fixIt = diagnostic.fixIt { fields.append("\"fix\":\(quote(fixIt))") }
    if !diagnostic.notes.isEmpty {
      fields.append("\"notes\":[" + diagnostic.notes.map(quote).joined(separator: ",") + "]")
    }
    return fields.joined(separator: ",")
  }
}
