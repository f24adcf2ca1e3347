import MPlanLanguage
import MPlanPlanning
import MPlanSyntax

/// The guided SMART exercise (`mplan workshop`, `:workshop`; docs/workshop.md): one goal,
/// asked part by part in the participant's language, each answer judged by the plan checks'
/// own SMART rules (`SMARTRules`) on the plan written so far, and a failed letter explained
/// with the article's examples before the question is asked again. The dialogue is data in,
/// messages out, so tests drive it with scripted answers and the terminal only shows it.
public struct Workshop {
  /// The parts asked, in order. S is judged once the goal says what, how much and through
  /// what (the rule needs all three), M as soon as there is a target, A once there is a
  /// deadline (attainable is a pace), T on the deadline, R on the objective.
  public enum Step: String, CaseIterable, Sendable {
    case metric, baseline, target, action, title, deadline, objective, owner, done
  }

  public let language: String
  /// The day the exercise runs: deadlines must come after it, and the plan's period starts
  /// in its month, the baseline's date for the pace A judges.
  public let today: CalendarDay
  public private(set) var step: Step = .metric
  /// What the participant answered, by step, as the plan will spell it.
  var answers: [Step: String] = [:]
  /// The built-in unit the metric names (`клиентов` is `customer`), or nil for a unit the
  /// plan declares in the participant's word.
  var builtInUnit: String?
  /// After a failed A the target is asked again, then the deadline: true while that lasts.
  var revisingPace = false

  public init(language: String, today: CalendarDay) {
    self.language = Catalogue.named(language) == nil ? "en" : language
    self.today = today
  }

  /// The exercise on the Gregorian day `year`-`month`-`day`.
  public init(language: String, year: Int, month: Int, day: Int) {
    self.init(language: language, today: CalendarDay(year: year, month: month, day: day))
  }

  public var isFinished: Bool { step == .done }

  /// Dates are read and written in the Persian calendar for Persian (`۱۴۰۶-۰۶-۱۰`), the
  /// calendar its readers plan in; the plan the exercise writes says `calendar persian`.
  public var calendar: CalendarSystem { language == "fa" ? .persian : .gregorian }

  /// The greeting, said once before the first question.
  public var introduction: Message { Message("workshop-intro") }

  /// The question for the current step, with its SMART letter.
  public var question: Message {
    switch step {
    case .metric: Message("workshop-ask-metric")
    case .baseline: Message("workshop-ask-baseline", ["metric": .text(answers[.metric] ?? "")])
    case .target: Message("workshop-ask-target", ["metric": .text(answers[.metric] ?? "")])
    case .action: Message("workshop-ask-action")
    case .title: Message("workshop-ask-title")
    case .deadline: Message("workshop-ask-deadline", ["example": .text(exampleDeadline)])
    case .objective: Message("workshop-ask-objective")
    case .owner: Message("workshop-ask-owner")
    case .done: Message("workshop-done", ["letters": .text(verdictLine)])
    }
  }

  /// A date three months from today in the calendar asked in: what a deadline looks like.
  var exampleDeadline: String { calendar.text(of: today.addingMonths(3, in: calendar)) }

  /// Takes one answer to the current question: the replies to say before the next question
  /// (why an answer was refused, with the rule's own words and the article's example, or the
  /// letter it met). A refused answer leaves the step where it was: the exercise goes on.
  public mutating func answer(_ raw: String) -> [Message] {
    let text = raw.trimmingSpaces
    guard !text.isEmpty else { return [Message("workshop-empty")] }
    switch step {
    case .metric: return answerMetric(text)
    case .baseline, .target: return answerAmount(text)
    case .action, .title, .objective: return answerSentence(text)
    case .deadline: return answerDeadline(text)
    case .owner:
      guard !Self.breaksAString(text) else { return [Message("workshop-no-quotes")] }
      answers[.owner] = text
      return finish()
    case .done: return []
    }
  }

  mutating func answerMetric(_ text: String) -> [Message] {
    guard text.unicodeScalars.allSatisfy(Lexer.isIdentifierContinue),
      Lexer.isIdentifierStart(text.unicodeScalars.first!)
    else { return [Message("workshop-metric-one-word", ["answer": .text(text)])] }
    let builtIn =
      UnitNames.base(named: text, language: language)
      ?? (Self.isBuiltInCount(text) ? text : nil)
    guard builtIn != nil || Self.writes(text, in: language) else {
      return [Message("workshop-other-language")]
    }
    answers[.metric] = text
    builtInUnit = builtIn
    step = .baseline
    return []
  }

  mutating func answerAmount(_ text: String) -> [Message] {
    let (tokens, problems) = Lexer.tokenize(SourceFile(name: "answer", text: text))
    if let problem = problems.first {
      return [problem.content, Message("workshop-not-number", ["answer": .text(text)])]
    }
    guard case .number(let amount) = tokens.first?.kind, amount >= 0,
      tokens.dropFirst().allSatisfy({ token in
        if case .identifier = token.kind { return true }
        return token.kind == .newline || token.kind == .endOfFile
      })
    else { return [Message("workshop-not-number", ["answer": .text(text)])] }
    let written = SourceFile(name: "answer", text: text).text(of: tokens[0].span)
    answers[step] = written
    guard step == .target else {
      step = .target
      return []
    }
    // M: the target judged against the baseline, by the rules `mplan check` applies.
    let failed =
      failures(of: draft(), letters: [.measurableCode])
      + failures(of: draft(), letters: [.specificCode], keys: ["smart-unsaid-how-much-same"])
    if !failed.isEmpty {
      answers[.target] = nil
      return failed + [Message("workshop-example-measurable")]
    }
    step = revisingPace ? .deadline : .action
    return [Message("workshop-letter-met", ["letter": .text("M")])]
  }

  mutating func answerSentence(_ text: String) -> [Message] {
    guard Self.writes(text, in: language) else { return [Message("workshop-other-language")] }
    guard !Self.breaksAString(text) else { return [Message("workshop-no-quotes")] }
    answers[step] = text
    switch step {
    case .action:
      step = .title
      return []
    case .title:
      let failed = failures(of: draft(), letters: [.specificCode])
      if !failed.isEmpty {
        answers[.title] = nil
        return failed + [Message("workshop-example-specific")]
      }
      step = answers[.deadline] == nil ? .deadline : .objective
      return [Message("workshop-letter-met", ["letter": .text("S")])]
    default:
      let failed = failures(of: draft(), letters: [.relevantCode])
      if !failed.isEmpty {
        answers[.objective] = nil
        return failed + [Message("workshop-example-relevant")]
      }
      step = .owner
      return [Message("workshop-letter-met", ["letter": .text("R")])]
    }
  }

  mutating func answerDeadline(_ text: String) -> [Message] {
    let (tokens, problems) = Lexer.tokenize(SourceFile(name: "answer", text: text), calendar: calendar)
    guard problems.isEmpty, case .date(let day) = tokens.first?.kind,
      tokens.dropFirst().allSatisfy({ $0.kind == .newline || $0.kind == .endOfFile })
    else {
      return problems.map(\.content) + [
        Message("workshop-not-date", ["answer": .text(text), "example": .text(exampleDeadline)]),
        Message("workshop-example-time-bound", ["example": .text(exampleDeadline)]),
      ]
    }
    guard day > today else {
      return [
        Message(
          "workshop-past-date", ["answer": .text(text), "today": .text(calendar.text(of: today))])
      ]
    }
    answers[.deadline] = SourceFile(name: "answer", text: text).text(of: tokens[0].span)
    let timeBound = failures(of: draft(), letters: [.timeBoundCode])
    if !timeBound.isEmpty {
      answers[.deadline] = nil
      return timeBound + [Message("workshop-example-time-bound", ["example": .text(exampleDeadline)])]
    }
    let attainable = failures(of: draft(), letters: [.attainableCode])
    if !attainable.isEmpty {
      // Too steep a pace: a smaller target or a later deadline, so both are asked again.
      answers[.target] = nil
      answers[.deadline] = nil
      revisingPace = true
      step = .target
      return attainable + [Message("workshop-example-attainable"), Message("workshop-revise-pace")]
    }
    let met = [
      Message("workshop-letter-met", ["letter": .text("T")]),
      Message("workshop-letter-met", ["letter": .text("A")]),
    ]
    if revisingPace {
      // The sentence said the old numbers: it is said again with the new ones.
      revisingPace = false
      answers[.title] = nil
      step = .title
      return met + [Message("workshop-retell-title")]
    }
    step = .objective
    return met
  }

  /// The last check, on the whole goal: every letter the rules judge must pass. A letter that
  /// still fails sends the exercise back to its question.
  mutating func finish() -> [Message] {
    let check = goalCheck(draft())
    if let failed = check.findings.first, let back = Self.stepOwning(failed.diagnostic?.code) {
      answers[back] = nil
      step = back
      return check.findings.map(Self.said)
    }
    step = .done
    return []
  }

  static func stepOwning(_ code: String?) -> Step? {
    switch code {
    case String.specificCode: .title
    case String.measurableCode, String.attainableCode: .target
    case String.timeBoundCode: .deadline
    case String.relevantCode: .objective
    case nil: nil
    default: .owner
    }
  }

  /// A double quote or a backslash would end or escape the plan's string early: the plan
  /// quotes a sentence itself, and a sentence needs neither.
  static func breaksAString(_ text: String) -> Bool { text.contains("\"") || text.contains("\\") }

  /// Whether `text` is written in `language`: at least one letter of its script (a brand
  /// name in Latin letters may sit in a Russian sentence, but not make the whole answer).
  public static func writes(_ text: String, in language: String) -> Bool {
    text.unicodeScalars.contains { scalar in
      guard scalar.properties.isAlphabetic else { return false }
      switch language {
      case "ru": return (0x0400...0x04FF).contains(scalar.value)
      case "ar", "fa":
        return (0x0600...0x06FF).contains(scalar.value) || (0xFB50...0xFEFF).contains(scalar.value)
      default: return scalar.isASCII
      }
    }
  }
}

extension String {
  static let specificCode = "SMART-S"
  static let measurableCode = "SMART-M"
  static let attainableCode = "SMART-A"
  static let relevantCode = "SMART-R"
  static let timeBoundCode = "SMART-T"

  var trimmingSpaces: String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }
}
