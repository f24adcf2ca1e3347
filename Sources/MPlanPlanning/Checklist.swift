import MPlanLanguage
import MPlanSyntax

/// The plan checks as the checklist the articles end with: grouped Alignment, SMART, Funnel,
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
        // A note (PLAN-T06's suggested move) is advice, not a fault: it stays a note.
        if finding.diagnostic?.severity == .warning { finding.diagnostic?.severity = .error }
        return finding
      } : findings
  }

  public var passCount: Int { findings.count { $0.passed } }
  public var errorCount: Int { findings.count { $0.diagnostic?.severity == .error } }
  public var warningCount: Int { findings.count { $0.diagnostic?.severity == .warning } }
  /// Suggestions (notes), such as where the next dollar goes.
  public var noteCount: Int { findings.count { $0.diagnostic?.severity == .note && $0.group != .smart } }
  /// SMART letters nothing could judge (`A ?`): neither met nor failed.
  public var unjudgedCount: Int { findings.count { $0.diagnostic?.severity == .note && $0.group == .smart } }
  public var hasErrors: Bool { errorCount > 0 }

  public var summary: String {
    var text = "\(passCount) of \(findings.count) checks pass"
    if passCount < findings.count {
      text += "; \(Self.count(errorCount, "error")), \(Self.count(warningCount, "warning"))"
      if noteCount > 0 { text += ", \(Self.count(noteCount, "suggestion"))" }
      if unjudgedCount > 0 { text += ", \(unjudgedCount) not judged" }
    }
    return text
  }

  /// The summary, led by the script's own errors when it had any: a broken script never
  /// reads as "0 of 0 checks pass".
  package func summaryAfterScript(errors: Int) -> String {
    guard errors > 0 else { return summary }
    let script = "the script has \(Self.count(errors, "error"))"
    return findings.isEmpty ? script + "; nothing was checked" : script + "; " + summary
  }

  package static func count(_ number: Int, _ noun: String) -> String {
    "\(number) \(noun)\(number == 1 ? "" : "s")"
  }

  /// ✓ and ✗ by group, the fix-it under each ✗, then the summary. Items from another file
  /// than `mainFile` (an import) say which file they are in.
  /// `scriptErrors`: the script's own errors, reported above the checklist; the summary
  /// leads with them so a clean checklist never hides a failed script.
  public func view(mainFile: String? = nil, scriptErrors: Int = 0) -> View {
    var view = View()
    var byGroup: [PlanFinding.Group: [PlanFinding]] = [:]
    for finding in findings { byGroup[finding.group, default: []].append(finding) }
    for group in PlanFinding.Group.allCases {
      guard let inGroup = byGroup[group] else { continue }
      view.add(.line(group.rawValue))
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
        var item = Finding(
          passed: finding.passed, severity: finding.diagnostic?.severity, message: finding.message,
          place: place.joined(separator: ", "), notes: finding.diagnostic?.notes ?? [],
          fix: finding.diagnostic?.fixIt)
        item.notJudged = group == .smart && finding.diagnostic?.severity == .note
        view.add(.finding(item))
      }
    }
    view.add(.line(summaryAfterScript(errors: scriptErrors)))
    return view
  }
}
