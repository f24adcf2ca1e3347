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

  /// "8 of 10 checks pass; 1 error, 1 warning" in the reader's language.
  public var summaryMessage: Message {
    let checks = Message.checksPass(passCount, of: findings.count)
    guard passCount < findings.count else { return checks }
    var counts = [Message.errors(errorCount), .warnings(warningCount)]
    if noteCount > 0 { counts.append(.suggestions(noteCount)) }
    if unjudgedCount > 0 { counts.append(.notJudged(unjudgedCount)) }
    return Message(
      "checklist-summary-with-faults", ["checks": .message(checks), "counts": .message(.list(counts)!)])
  }

  public var summary: String { summaryMessage.english }

  /// The summary, led by the script's own errors when it had any: a broken script never
  /// reads as "0 of 0 checks pass".
  package func summaryMessageAfterScript(errors: Int) -> Message {
    guard errors > 0 else { return summaryMessage }
    let script = Message("checklist-script-errors", ["errors": .message(.errors(errors))])
    guard !findings.isEmpty else {
      return Message("checklist-script-errors-nothing-checked", ["script": .message(script)])
    }
    return Message(
      "checklist-script-errors-then-summary",
      ["script": .message(script), "summary": .message(summaryMessage)])
  }

  package func summaryAfterScript(errors: Int) -> String { summaryMessageAfterScript(errors: errors).english }

  /// "3 actions": an English noun's plural for the tables that still build text (PlanTables).
  package static func count(_ number: Int, _ noun: String) -> String {
    "\(number) \(noun)\(number == 1 ? "" : "s")"
  }

  /// ✓ and ✗ by group, the fix-it under each ✗, then the summary. Items from another file
  /// than `mainFile` (an import) say which file they are in.
  /// `scriptErrors`: the script's own errors, reported above the checklist; the summary
  /// leads with them so a clean checklist never hides a failed script.
  public func view(mainFile: String? = nil, scriptErrors: Int = 0, catalogue: Catalogue = .english) -> View {
    var view = View()
    var byGroup: [PlanFinding.Group: [PlanFinding]] = [:]
    for finding in findings { byGroup[finding.group, default: []].append(finding) }
    for group in PlanFinding.Group.allCases {
      guard let inGroup = byGroup[group] else { continue }
      view.add(.line(catalogue.render(group.heading)))
      for finding in inGroup {
        var place: [Message] = []
        if finding.span.line > 0 {
          if let mainFile, finding.span.file != mainFile {
            let name = finding.span.file.split(separator: "/").last.map(String.init) ?? finding.span.file
            // file:line is a place, not words: the same in every language.
            place.append(
              Message("checklist-place-file-line", ["file": .text(name), "line": .count(finding.span.line)]))
          } else {
            place.append(Message("checklist-place-line", ["line": .count(finding.span.line)]))
          }
        }
        if let diagnostic = finding.diagnostic {
          place.append(
            Message(
              "checklist-place-severity",
              ["severity": .text(diagnostic.severity.rawValue), "code": .text(diagnostic.code)]))
        }
        var item = Finding(
          passed: finding.passed, severity: finding.diagnostic?.severity, message: finding.content,
          place: Message.list(place), notes: finding.diagnostic?.noteContents ?? [],
          fix: finding.diagnostic?.fixItContent)
        item.notJudged = group == .smart && finding.diagnostic?.severity == .note
        view.add(.finding(item))
      }
    }
    view.add(.line(catalogue.render(summaryMessageAfterScript(errors: scriptErrors))))
    return view
  }
}

extension Message {
  /// "8 of 10 checks pass".
  package static func checksPass(_ passed: Int, of total: Int) -> Message {
    Message("checklist-checks-pass", ["passed": .count(passed), "total": .count(total)])
  }
}

extension PlanFinding.Group {
  /// The group's heading in the checklist. The raw value stays the group's name in JSON.
  var heading: Message {
    switch self {
    case .alignment: Message("checklist-group-alignment")
    case .smart: Message("checklist-group-smart")
    case .funnel: Message("checklist-group-funnel")
    case .budget: Message("checklist-group-budget")
    case .actions: Message("checklist-group-actions")
    case .reporting: Message("checklist-group-reporting")
    case .tracking: Message("checklist-group-tracking")
    }
  }
}
