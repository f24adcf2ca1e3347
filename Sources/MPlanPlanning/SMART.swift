import MPlanLanguage
import MPlanSyntax

/// SMART goal setting (the SMART article, docs/sources.md) as language rules: each letter a
/// goal fails is one diagnostic with its code (`SMART-S` … `SMART-T`), the span of the field
/// at fault, and a fix-it built from the goal's own numbers (`SMART+Teaching.swift`). Each
/// letter is met, not met, or not judged (`A ?`: nothing the plan holds could show it), and a
/// goal that meets all five gets one ✓ that shows them: `S ✓ M ✓ A ✓ R ✓ T ✓`.
package struct SMARTRules {
  package enum Letter: String, CaseIterable {
    case specific = "S", measurable = "M", attainable = "A", relevant = "R", timeBound = "T"
  }

  /// What the checks could say about one letter.
  package enum LetterState: Equatable {
    case met, notMet, notJudged

    package var mark: String {
      switch self {
      case .met: "✓"
      case .notMet: "✗"
      case .notJudged: "?"
      }
    }
  }

  /// One goal's five letters: the same verdict in the checklist, `show goals` and exports.
  package struct Verdict {
    package var states: [Letter: LetterState] = Dictionary(
      uniqueKeysWithValues: Letter.allCases.map { ($0, .met) })

    package mutating func fail(_ letter: Letter) { states[letter] = .notMet }

    /// A letter nothing could judge; a failure found elsewhere still wins.
    package mutating func leaveUnjudged(_ letter: Letter) {
      if states[letter] == .met { states[letter] = .notJudged }
    }

    package func state(_ letter: Letter) -> LetterState { states[letter] ?? .met }
    package var failed: [Letter] { Letter.allCases.filter { state($0) == .notMet } }
    package var isSMART: Bool { Letter.allCases.allSatisfy { state($0) == .met } }

    /// `S ✓ M ✗ A ? R ✓ T ✓`: every letter, met, not met or not judged.
    package var line: String {
      Letter.allCases.map { "\($0.rawValue) \(state($0).mark)" }.joined(separator: " ")
    }
  }

  package let index: PlanIndex
  /// Budgets that cannot carry their actions, so a goal funded from one is not Attainable.
  package let overCommittedBudgets: Set<String>

  /// The findings for one goal, and its verdict letter by letter (for `show goals`).
  package func check(_ goal: PlanItem) -> (findings: [PlanFinding], verdict: Verdict) {
    var findings: [PlanFinding] = []
    var verdict = Verdict()
    func fail(_ letter: Letter, _ diagnostic: Diagnostic) {
      findings.append(.fail(.smart, diagnostic))
      verdict.fail(letter)
    }
    let name = "goal `\(goal.name)`"
    let measure = measurement(of: goal)

    if let diagnostic = specificFinding(for: goal, measure: measure) { fail(.specific, diagnostic) }
    for (letter, finding) in measurableFindings(for: goal, measure: measure) {
      findings.append(finding)
      verdict.fail(letter)
    }
    if let problem = Self.windowProblem(of: goal, named: name) { fail(.measurable, problem) }

    // Relevant: it supports one of the company's objectives.
    let supports = goal.words("supports")
    if supports.isEmpty {
      fail(
        .relevant,
        .warning(
          .smartRelevant, "\(name) supports no objective: a planning gap", at: goal.nameSpan,
          fixIt:
            "add `supports \(index.objectives.first?.name ?? "<objective>")`, the objective it moves "
            + "(SMART: Relevant)"))
    } else {
      for objective in supports where index.objectivesByName[objective] == nil {
        let suggestion = Suggestions.closest(to: objective, among: index.objectivesByName.keys)
        findings.append(
          .fail(
            .alignment,
            .error(
              .unknownObjective, "\(name) supports `\(objective)`, which is not an objective of this plan",
              at: goal.place("supports"),
              fixIt: suggestion.map { "did you mean `\($0)`?" }
                ?? "declare it: `objective \(objective) \"…\"`")))
        verdict.fail(.relevant)
      }
    }

    for (letter, finding) in timeBoundFindings(for: goal) {
      findings.append(finding)
      verdict.fail(letter)
    }

    let attainable = attainableFindings(for: goal, measure: measure)
    findings += attainable.findings
    if attainable.findings.contains(where: { !$0.passed && $0.group == .smart }) {
      verdict.fail(.attainable)
    } else if !attainable.judged {
      verdict.leaveUnjudged(.attainable)
    }

    let firstSMART = findings.firstIndex { !$0.passed && $0.group == .smart }
    var unjudged = verdict.state(.attainable) == .notJudged ? attainable.unjudged : nil
    if verdict.state(.attainable) == .notJudged, unjudged == nil, firstSMART == nil {
      // Never a goal the SMART group says nothing about.
      unjudged = (
        "nothing in the plan shows how fast it can grow", "give it a baseline, a target and a deadline"
      )
    }
    if verdict.isSMART {
      findings.append(.pass(.smart, "\(name) is SMART: \(verdict.line)", at: goal.nameSpan))
    } else if let first = firstSMART
      ?? (unjudged == nil
        ? findings.firstIndex { $0.diagnostic?.code == PlanCode.unknownObjective.rawValue } : nil)
    {
      // A goal that fails one letter still shows the four it meets: the checklist teaches. When
      // an unknown objective (R) is its only fault, that finding carries the letters.
      findings[first].diagnostic?.notes.append("SMART: \(verdict.line)")
      if let unjudged { findings[first].diagnostic?.notes.append("A ?: not judged: \(unjudged.reason)") }
    } else if let unjudged {
      // Every other letter met: the one left unjudged is the finding, neither ✓ nor a fault.
      findings.append(
        .fail(
          .smart,
          .note(
            .smartAttainable, "\(name) is not judged Attainable: \(unjudged.reason)", at: goal.nameSpan,
            notes: ["SMART: \(verdict.line)"], fixIt: unjudged.fixIt + " (SMART: Attainable)")))
    }
    return (findings, verdict)
  }

  // MARK: - Specific

  /// Not "get customers" but "double our customer list through Instagram" (the SMART
  /// article): what is counted, how much it moves, through what, and a title that says so.
  package func specificFinding(for goal: PlanItem, measure: Measurement) -> Diagnostic? {
    let name = "goal `\(goal.name)`"
    var unsaid: [String] = []
    if goal["metric"] == nil { unsaid.append("what it counts (no `metric`)") }
    if goal["target"] == nil {
      unsaid.append("how much (no `target`)")
    } else if case .amounts(let baseline, let target) = measure,
      baseline.magnitude.central == target.magnitude.central
    {
      unsaid.append("how much (the target is the baseline)")
    }
    // Through what: an action that serves it, or a title that names the means ("through
    // Instagram"), so a goal written alone in a workshop can meet S; PLAN-G03 still asks the
    // plan for the action.
    if (index.actionsByGoal[goal.name] ?? []).isEmpty, !(goal.title.map(Self.namesItsMeans) ?? false) {
      unsaid.append("through what (no action serves it)")
    }
    if !unsaid.isEmpty {
      return .warning(
        .smartSpecific, "\(name) does not say \(Self.list(unsaid))", at: goal.nameSpan,
        fixIt: specificFixIt(for: goal)
          + "; a specific goal says what, how much and through what: not \"get "
          + "customers\" but \"double our customer list through Instagram within two months\" (SMART: Specific)"
      )
    }
    guard let title = goal.title else {
      return .warning(
        .smartSpecific, "\(name) names no result", at: goal.nameSpan,
        fixIt:
          "give it a title that says what changes and how: `goal \(goal.name) \"\(suggestedTitle(for: goal))\"` "
          + "(SMART: Specific)")
    }
    if Self.isVague(title) {
      return .warning(
        .smartSpecific, "\(name)'s title \"\(title)\" says neither how much nor through what",
        at: goal.nameSpan,
        fixIt:
          "say the result in the title: `goal \(goal.name) \"\(suggestedTitle(for: goal))\"` (SMART: Specific)"
      )
    }
    return nil
  }

  /// A title shorter than this many words with no number in it ("More sales", "Grow our
  /// following") names a wish, not a result; "Double our customer list through Instagram"
  /// is long enough to say how much and through what.
  package static let specificTitleWords = 4

  /// Words that introduce the means in a title, in the articles' languages: "through Instagram",
  /// «من خلال الانستقرام», «через баннер», «از طریق اینستاگرام».
  package static let meansWords = [
    "through", "via", "using", "من خلال", "عبر", "через", "с помощью", "از طریق",
  ]

  package static func namesItsMeans(_ title: String) -> Bool {
    let padded = " " + title.lowercased() + " "
    return meansWords.contains { padded.contains(" " + $0 + " ") }
  }

  package static func isVague(_ title: String) -> Bool {
    let words = title.split(whereSeparator: { $0 == " " || $0 == "\t" }).count
    return words < specificTitleWords && !title.contains(where: \.isNumber)
  }
}
