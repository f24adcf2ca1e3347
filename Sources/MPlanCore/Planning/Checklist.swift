/// The plan checks as the checklist the seeds end with: grouped Alignment, SMART, Funnel,
/// Budget, Actions, Reporting; a ✓ or ✗ per item with the reason and the line; a summary.
/// Rendered as text for people (`mplan check`, the `check` statement) or JSON for tools.
public struct Checklist: Sendable {
  public let findings: [PlanFinding]

  /// `strict`: every warning counts as an error (`mplan check --strict`), so a workshop or a
  /// CI job can insist on a clean plan.
  public init(_ findings: [PlanFinding], strict: Bool = false) {
    self.findings =
      strict
      ? findings.map { finding in
        var finding = finding
        finding.diagnostic?.severity = .error
        return finding
      } : findings
  }

  public var passCount: Int { findings.count { $0.passed } }
  public var errorCount: Int { findings.count { $0.diagnostic?.severity == .error } }
  public var warningCount: Int { findings.count { $0.diagnostic?.severity == .warning } }
  public var hasErrors: Bool { errorCount > 0 }

  public var summary: String {
    var text = "\(passCount) of \(findings.count) checks pass"
    if passCount < findings.count {
      text += "; \(Self.count(errorCount, "error")), \(Self.count(warningCount, "warning"))"
    }
    return text
  }

  /// The summary, led by the script's own errors when it had any: a broken script never
  /// reads as "0 of 0 checks pass".
  func summaryAfterScript(errors: Int) -> String {
    guard errors > 0 else { return summary }
    let script = "the script has \(Self.count(errors, "error"))"
    return findings.isEmpty ? script + "; nothing was checked" : script + "; " + summary
  }

  static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }

  /// ✓ and ✗ by group, the fix-it under each ✗, then the summary. Items from another file
  /// than `mainFile` (an import) say which file they are in.
  /// `scriptErrors`: the script's own errors, reported above the checklist; the summary
  /// leads with them so a clean checklist never hides a failed script.
  public func text(mainFile: String? = nil, scriptErrors: Int = 0) -> String {
    var lines: [String] = []
    var byGroup: [PlanFinding.Group: [PlanFinding]] = [:]
    for finding in findings { byGroup[finding.group, default: []].append(finding) }
    for group in PlanFinding.Group.allCases {
      guard let inGroup = byGroup[group] else { continue }
      lines.append(group.rawValue)
      for finding in inGroup {
        var place: [String] = []
        if finding.span.line > 0 {
          if let mainFile, finding.span.file != mainFile {
            let name = finding.span.file.split(separator: "/").last.map(String.init) ?? finding.span.file
            place.append("\(name):\(finding.span.line)")
          } else {
            place.append("line \(finding.span.line)")
          }
        }
        if let diagnostic = finding.diagnostic {
          place.append("\(diagnostic.severity.rawValue) \(diagnostic.code)")
        }
        let suffix = place.isEmpty ? "" : " (" + place.joined(separator: ", ") + ")"
        lines.append("  \(finding.passed ? "✓" : "✗") \(finding.message)\(suffix)")
        for note in finding.diagnostic?.notes ?? [] { lines.append("      note: \(note)") }
        if let fixIt = finding.diagnostic?.fixIt { lines.append("      fix: \(fixIt)") }
      }
    }
    lines.append(summaryAfterScript(errors: scriptErrors))
    return lines.joined(separator: "\n")
  }

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
    let diagnostics = scriptDiagnostics.map { diagnostic in
      "{\"message\":\(JSONText.quote(diagnostic.message)),\"file\":\(JSONText.quote(diagnostic.span.file)),"
        + "\"line\":\(diagnostic.span.line),\"column\":\(diagnostic.span.column),\(JSONText.fields(of: diagnostic))}"
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
enum JSONText {
  static func quote(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }

  static func fields(of diagnostic: Diagnostic) -> String {
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
