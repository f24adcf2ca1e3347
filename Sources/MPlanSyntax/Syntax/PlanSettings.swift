/// What a plan says about how it is read and written: `calendar` (how its dates are read and
/// printed), `digits` and `language` (how numbers are printed). They are read from the syntax,
/// before anything runs, because the lexer needs the calendar to read a date.
public struct PlanSettings: Sendable, Equatable {
  public var calendar: CalendarSystem?
  public var digits: DigitChoice?
  public var language: String?

  public init(calendar: CalendarSystem? = nil, digits: DigitChoice? = nil, language: String? = nil) {
    self.calendar = calendar
    self.digits = digits
    self.language = language
  }

  /// The languages whose readers' conventions mplan knows.
  public static let languages = ["en", "ar", "fa", "ru"]

  /// The settings of the file's `plan` block, with an error for each word that names no
  /// setting. Nil when no plan block is in the file.
  package static func read(from statements: [Stmt]) -> (PlanSettings?, [Diagnostic]) {
    for statement in statements {
      guard case .declaration(let declaration) = statement.kind, declaration.kind == .plan else { continue }
      var settings = PlanSettings()
      var problems: [Diagnostic] = []
      for field in declaration.fields {
        let choices: [String]
        switch field.name.text {
        case "calendar": choices = CalendarSystem.allCases.map(\.rawValue)
        case "digits": choices = DigitChoice.allCases.map(\.rawValue)
        case "language": choices = languages
        default: continue
        }
        let word = singleWord(of: field)?.lowercased()
        if let word, choices.contains(word) {
          switch field.name.text {
          case "calendar": settings.calendar = CalendarSystem(rawValue: word)
          case "digits": settings.digits = DigitChoice(rawValue: word)
          default: settings.language = word
          }
          continue
        }
        // A language mplan has no catalogue for is the plan checks' finding (PLAN-A06), which
        // says it and runs the plan in English: numbers keep the canonical form.
        if field.name.text == "language" { continue }
        let name = field.name.text
        let closest = word.flatMap { Suggestions.closest(to: $0, among: choices) }
        problems.append(
          .error(
            .invalidValue,
            "a plan's `\(name)` is one of " + choices.map { "`\($0)`" }.joined(separator: ", "),
            at: field.values.first?.span ?? field.span,
            fixIt: closest.map { "did you mean `\(name) \($0)`?" } ?? "write `\(name) \(choices[0])`"))
      }
      return (settings, problems)
    }
    return (nil, [])
  }

  private static func singleWord(of field: Field) -> String? {
    guard field.values.count == 1 else { return nil }
    switch field.values[0].kind {
    case .name(let name): return name
    case .literal(.string(let text)): return text
    default: return nil
    }
  }
}

/// The plan's `digits` (or `--digits`): which digits numbers are printed in.
public enum DigitChoice: String, Sendable, CaseIterable {
  /// 0–9, mplan's canonical output.
  case latin
  /// The reader's language's own digits: Persian for `fa`, Eastern Arabic for `ar`.
  case native
  case arabic
  case persian

  /// The digit system for a reader of `language` (nil: not known; a Persian plan's `native`
  /// is then Persian, any other's 0–9).
  public func system(language: String?, calendar: CalendarSystem) -> DigitSystem {
    switch self {
    case .latin: .latin
    case .arabic: .arabic
    case .persian: .persian
    case .native: language.map(DigitSystem.native(for:)) ?? (calendar == .persian ? .persian : .latin)
    }
  }
}
