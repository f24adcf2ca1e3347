/// Everything a stage can say about a script: errors, warnings and plan-check findings are
/// all this one type, rendered in one place (`DiagnosticRenderer`).
public struct Diagnostic: Sendable, Error, Hashable {
  public enum Severity: String, Sendable, Hashable, Comparable {
    case note, warning, error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
      let order: [Severity] = [.note, .warning, .error]
      return order.firstIndex(of: lhs)! < order.firstIndex(of: rhs)!
    }
  }

  /// A second place that explains the first, such as the other operand of a unit mismatch.
  public struct Label: Sendable, Hashable {
    public var span: SourceSpan
    public var message: String
  }

  public var severity: Severity
  /// A stable code, documented in docs/diagnostics.md.
  public var code: String
  public var message: String
  public var span: SourceSpan
  /// What the caret under the primary span says.
  public var label: String?
  public var secondary: [Label]
  public var notes: [String]
  /// A suggested change, shown as `help: …`.
  public var fixIt: String?

  public init(
    _ severity: Severity, _ code: DiagnosticCode, _ message: String, at span: SourceSpan,
    label: String? = nil, secondary: [Label] = [], notes: [String] = [], fixIt: String? = nil
  ) {
    self.severity = severity
    self.code = code.rawValue
    self.message = message
    self.span = span
    self.label = label
    self.secondary = secondary
    self.notes = notes
    self.fixIt = fixIt
  }

  public static func error(
    _ code: DiagnosticCode, _ message: String, at span: SourceSpan, label: String? = nil,
    secondary: [Label] = [], notes: [String] = [], fixIt: String? = nil
  ) -> Diagnostic {
    Diagnostic(
      .error, code, message, at: span, label: label, secondary: secondary, notes: notes, fixIt: fixIt)
  }

  public static func warning(
    _ code: DiagnosticCode, _ message: String, at span: SourceSpan, label: String? = nil,
    notes: [String] = [], fixIt: String? = nil
  ) -> Diagnostic {
    Diagnostic(.warning, code, message, at: span, label: label, notes: notes, fixIt: fixIt)
  }
}

/// The stable codes. Each is documented with an example in docs/diagnostics.md; a test keeps
/// the two lists the same.
public enum DiagnosticCode: String, Sendable, CaseIterable {
  // Reading the file
  case fileNotFound = "E0010"
  case notAFile = "E0011"
  case unreadableText = "E0001"
  case unexpectedCharacter = "E0002"
  case unterminatedString = "E0003"
  case malformedLiteral = "E0004"
  case invalidEscape = "E0005"
  // Grammar
  case unexpectedToken = "E0101"
  case nestingTooDeep = "E0102"
  case unknownField = "E0103"
  case misplacedStatement = "E0104"
  // Names
  case unknownName = "E0201"
  case unknownUnit = "E0202"
  case duplicateName = "E0203"
  case unknownMember = "E0204"
  case reservedName = "E0205"
  // Values and units
  case unitMismatch = "E0301"
  case divisionByZero = "E0302"
  case typeMismatch = "E0303"
  case wrongArgumentCount = "E0304"
  case assertionFailed = "E0305"
  case missingRate = "E0306"
  case invalidValue = "E0307"
  case recursionTooDeep = "E0308"
  case interrupted = "E0309"
  // Files and modules
  case importNotFound = "E0401"
  case importCycle = "E0402"
  case unknownModule = "E0403"
  case importsTooDeep = "E0404"
  // Formatting (`mplan fmt`)
  case formatWouldChangeMeaning = "E0501"
  // Warnings of the language
  case conflictingRate = "W0301"
  // Plan checks (docs/diagnostics.md, "Plan checks"; docs/planning.md explains each rule).
  // Alignment
  case planNoObjectives = "PLAN-A01"
  case planTooManyObjectives = "PLAN-A02"
  case unknownObjective = "PLAN-A03"
  case planNoPeriod = "PLAN-A04"
  // SMART, one code a letter
  case smartSpecific = "SMART-S"
  case smartMeasurable = "SMART-M"
  case smartAttainable = "SMART-A"
  case smartRelevant = "SMART-R"
  case smartTimeBound = "SMART-T"
  // Goals as data
  case goalTargetNotPositive = "PLAN-G01"
  case goalDeadlineBeforeBaseline = "PLAN-G02"
  case goalWithoutAction = "PLAN-G03"
  // Funnel
  case unknownFunnel = "PLAN-F01"
  case funnelWrongStage = "PLAN-F02"
  case funnelRateAboveWhole = "PLAN-F03"
  // Actions
  case actionNoOwner = "PLAN-X01"
  case actionNoCost = "PLAN-X02"
  case actionServesNoGoal = "PLAN-X03"
  case actionUnknownGoal = "PLAN-X04"
  case actionOutsidePlanPeriod = "PLAN-X05"
  // Budget
  case budgetNoReserve = "PLAN-B01"
  case budgetOverCommitted = "PLAN-B02"
  case unknownBudget = "PLAN-B03"
  case budgetNoRate = "PLAN-B04"
  case zeroBasedLineWithoutGoal = "PLAN-B05"
  case actionUnfunded = "PLAN-B06"
  case budgetNoControl = "PLAN-B07"
  // Reporting
  case goalNotReported = "PLAN-R01"
  case reportNobodyActs = "PLAN-R02"
  case reportUnknownGoal = "PLAN-R03"
  // Impossible values (added after review: negative money, reserves beyond 100%, unknown currencies)
  case budgetTotalNotMoney = "PLAN-B08"
  case budgetReserveOutOfRange = "PLAN-B09"
  case unknownCurrency = "PLAN-B10"
  case actionCostNotPositive = "PLAN-X06"
  case reportIncomplete = "PLAN-R04"
}
