import MPlanLanguage
import MPlanPlanning
import MPlanSyntax

/// The plan the exercise writes, and its judging by the plan checks: each answer is judged
/// on the plan as written so far, run as `mplan check --only smart` runs it.
extension Workshop {
  /// A built-in count unit written in English (`customer`, `followers`), read as the plan reads it.
  static func isBuiltInCount(_ word: String) -> Bool { UnitTable().lookup(word)?.kind == .count }

  /// The names the plan gives its objective, goal and action, in the participant's words.
  var names: (objective: String, goal: String, action: String) {
    let catalogue = Catalogue.named(language) ?? .english
    return (
      catalogue.render(Message("workshop-name-objective")), catalogue.render(Message("workshop-name-goal")),
      catalogue.render(Message("workshop-name-action"))
    )
  }

  /// The plan from the answers given so far, in the participant's keywords (`PlanWords`):
  /// a part not yet answered is left out, as a participant's draft would leave it.
  func draft() -> String {
    func word(_ english: String) -> String { PlanWords.word(english, in: language) }
    let catalogue = Catalogue.named(language) ?? .english
    let unit = builtInUnit ?? answers[.metric]
    var lines: [String] = []
    // The period runs from this month to the deadline's, so the pace is judged from today.
    let start = calendar.components(of: today)
    let end = answers[.deadline].flatMap(readDay).map(calendar.components(of:)) ?? start
    lines.append("\(word("plan")) \"\(catalogue.render(Message("workshop-plan-title")))\" {")
    lines.append("  \(word("period")) \(Self.month(start)) .. \(Self.month(end))")
    if calendar == .persian { lines.append("  \(word("calendar")) persian") }
    lines.append("  \(word("language")) \(language)")
    lines.append("}")
    lines.append("")
    if let objective = answers[.objective] {
      lines.append("\(word("objective")) \(names.objective) \"\(objective)\"")
      lines.append("")
    }
    if builtInUnit == nil, let unit {
      lines.append("unit \(unit)")
      lines.append("")
    }
    let title = answers[.title].map { " \"\($0)\"" } ?? ""
    lines.append("\(word("goal")) \(names.goal)\(title) {")
    if let unit { lines.append("  \(word("metric")) \(unit)") }
    for field in [Step.baseline, .target] {
      if let amount = answers[field], let unit { lines.append("  \(word(field.rawValue)) \(amount) \(unit)") }
    }
    if let deadline = answers[.deadline] { lines.append("  \(word("by")) \(deadline)") }
    if answers[.objective] != nil { lines.append("  \(word("supports")) \(names.objective)") }
    if let owner = answers[.owner] { lines.append("  \(word("owner")) \"\(owner)\"") }
    lines.append("}")
    if let action = answers[.action] {
      lines.append("")
      lines.append("\(word("action")) \(names.action) \"\(action)\" => \(names.goal) {")
      if let owner = answers[.owner] { lines.append("  \(word("owner")) \"\(owner)\"") }
      lines.append("}")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The finished plan in mplan's canonical layout (`mplan fmt`): what is written to the file.
  public var planText: String {
    let text = draft()
    let formatted = Formatter.format(SourceFile(name: "workshop.mplan", text: text))
    return formatted.diagnostics.isEmpty ? formatted.text : text
  }

  static func month(_ day: (year: Int, month: Int, day: Int)) -> String {
    "\(day.year)-\(day.month < 10 ? "0" : "")\(day.month)"
  }

  func readDay(_ text: String) -> CalendarDay? {
    let tokens = Lexer.tokenize(SourceFile(name: "answer", text: text), calendar: calendar).tokens
    if case .date(let day) = tokens.first?.kind { return day }
    return nil
  }

  /// The SMART findings of the plan `text`, by the checks `mplan check --only smart` runs,
  /// that failed; `verdict` is the goal's letters. An error that stops the plan from running
  /// is a finding too, so an answer the plan cannot read is never passed.
  func goalCheck(_ text: String) -> (findings: [PlanFinding], verdict: String) {
    let session = Session(options: Session.Options(), events: { _ in })
    let outcome = session.run(SourceFile(name: "workshop.mplan", text: text))
    let errors = outcome.diagnostics.filter { $0.severity == .error }.map { PlanFinding.fail(.smart, $0) }
    let findings = session.checkPlan().only("smart")?.findings.filter { !$0.passed } ?? []
    let verdict = session.smartLines().first?.letters ?? ""
    return (errors + findings, verdict)
  }

  /// The failed findings of `letters` (their codes), or with one of `keys` as their message,
  /// said as the checklist says them: the message, then its fix.
  func failures(of text: String, letters codes: Set<String>, keys: Set<String>? = nil) -> [Message] {
    goalCheck(text).findings.filter { finding in
      guard let diagnostic = finding.diagnostic else { return false }
      if diagnostic.severity == .error, !diagnostic.code.hasPrefix("SMART") { return true }
      return codes.contains(diagnostic.code) && (keys?.contains(finding.content.key) ?? true)
    }
    .map(Self.said)
  }

  static func said(_ finding: PlanFinding) -> Message {
    guard let fix = finding.diagnostic?.fixItContent else { return finding.content }
    return Message("workshop-finding", ["finding": .message(finding.content), "fix": .message(fix)])
  }

  /// The goal's SMART letters as `show goals` gives them (`S ✓ M ✓ A ✓ R ✓ T ✓`).
  public var verdictLine: String { goalCheck(draft()).verdict }

  /// Whether `answer` says yes, in English or the participant's language (`да`, `نعم`, `بله`).
  public func isYes(_ answer: String) -> Bool {
    let words =
      (Catalogue.named(language) ?? .english).render(Message("workshop-yes-words"))
      + " " + Catalogue.english.render(Message("workshop-yes-words"))
    return words.split(separator: " ").contains { $0 == answer.trimmingSpaces.lowercased() }
  }
}
