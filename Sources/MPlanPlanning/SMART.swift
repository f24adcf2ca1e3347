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
      Letter.allCases.map { $0.rawValue + " " + state($0).mark }.joined(separator: " ")
    }

    /// "SMART: S ✓ M ✗ A ? R ✓ T ✓", the note under a goal's first failed letter.
    package var note: Message { Message("smart-note-letters", ["letters": .text(line)]) }
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
    let measure = measurement(of: goal)

    if let diagnostic = specificFinding(for: goal, measure: measure) { fail(.specific, diagnostic) }
    for (letter, finding) in measurableFindings(for: goal, measure: measure) {
      findings.append(finding)
      verdict.fail(letter)
    }
    if let problem = Self.windowProblem(of: goal) { fail(.measurable, problem) }

    // Relevant: it supports one of the company's objectives.
    let supports = goal.words("supports")
    if supports.isEmpty {
      fail(
        .relevant,
        .warning(
          .smartRelevant, Message("smart-supports-nothing", ["goal": .text(goal.name)]), at: goal.nameSpan,
          fixIt: .relevant(
            Message(
              "smart-supports-nothing-fix",
              [
                "objective": .message(
                  index.objectives.first.map { .name($0.name) } ?? Message("smart-placeholder-objective"))
              ]))))
    } else {
      for objective in supports where index.objectivesByName[objective] == nil {
        let suggestion = Suggestions.closest(to: objective, among: index.objectivesByName.keys)
        findings.append(
          .fail(
            .alignment,
            .error(
              .unknownObjective,
              Message("smart-unknown-objective", ["goal": .text(goal.name), "objective": .text(objective)]),
              at: goal.place("supports"),
              fixIt: suggestion.map(Message.didYouMean)
                ?? Message("smart-unknown-objective-fix", ["objective": .text(objective)]))))
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
      unjudged = (Message("smart-not-judged-no-pace"), Message("smart-not-judged-no-pace-fix"))
    }
    if verdict.isSMART {
      findings.append(
        .pass(
          .smart, Message("smart-goal-is-smart", ["goal": .text(goal.name), "letters": .text(verdict.line)]),
          at: goal.nameSpan))
    } else if let first = firstSMART
      ?? (unjudged == nil
        ? findings.firstIndex { $0.diagnostic?.code == PlanCode.unknownObjective.rawValue } : nil)
    {
      // A goal that fails one letter still shows the four it meets: the checklist teaches. When
      // an unknown objective (R) is its only fault, that finding carries the letters.
      findings[first].diagnostic?.noteContents.append(verdict.note)
      if let unjudged {
        findings[first].diagnostic?.noteContents.append(
          Message("smart-note-not-judged", ["reason": .message(unjudged.reason)]))
      }
    } else if let unjudged {
      // Every other letter met: the one left unjudged is the finding, neither ✓ nor a fault.
      findings.append(
        .fail(
          .smart,
          .note(
            .smartAttainable,
            Message(
              "smart-not-judged-attainable", ["goal": .text(goal.name), "reason": .message(unjudged.reason)]),
            at: goal.nameSpan, notes: [verdict.note], fixIt: .attainable(unjudged.fixIt))))
    }
    return (findings, verdict)
  }

  // MARK: - Specific

  /// Not "get customers" but "double our customer list through Instagram" (the SMART
  /// article): what is counted, how much it moves, through what, and a title that says so.
  package func specificFinding(for goal: PlanItem, measure: Measurement) -> Diagnostic? {
    var unsaid: [Message] = []
    if goal["metric"] == nil { unsaid.append(Message("smart-unsaid-what")) }
    if goal["target"] == nil {
      unsaid.append(Message("smart-unsaid-how-much"))
    } else if case .amounts(let baseline, let target) = measure,
      baseline.magnitude.central == target.magnitude.central
    {
      unsaid.append(Message("smart-unsaid-how-much-same"))
    }
    // Through what: an action that serves it, or a title that names the means ("through
    // Instagram"), so a goal written alone in a workshop can meet S; PLAN-G03 still asks the
    // plan for the action.
    if (index.actionsByGoal[goal.name] ?? []).isEmpty, !(goal.title.map(Self.namesItsMeans) ?? false) {
      unsaid.append(Message("smart-unsaid-through-what"))
    }
    if !unsaid.isEmpty {
      return .warning(
        .smartSpecific,
        Message("smart-unsaid", ["goal": .text(goal.name), "unsaid": .message(Self.list(unsaid))]),
        at: goal.nameSpan,
        fixIt: .specific(Message("smart-unsaid-fix", ["fix": .message(specificFixIt(for: goal))])))
    }
    let title = [
      "goal": Message.Argument.text(goal.name), "title": .message(suggestedTitle(for: goal)),
    ]
    guard let written = goal.title else {
      return .warning(
        .smartSpecific, Message("smart-no-result", ["goal": .text(goal.name)]), at: goal.nameSpan,
        fixIt: .specific(Message("smart-no-result-fix", title)))
    }
    if Self.isVague(written) {
      return .warning(
        .smartSpecific, Message("smart-vague-title", ["goal": .text(goal.name), "written": .text(written)]),
        at: goal.nameSpan, fixIt: .specific(Message("smart-vague-title-fix", title)))
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
