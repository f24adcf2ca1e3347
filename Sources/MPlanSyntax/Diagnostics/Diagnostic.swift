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

    public init(span: SourceSpan, message: String) {
      self.span = span
      self.message = message
    }
  }

  public var severity: Severity
  /// A stable code, documented in docs/diagnostics.md.
  public var code: String
  /// What is wrong, as data: `DiagnosticRenderer` says it in the reader's language. Text
  /// raised as a `String` is carried as `Message.verbatim` until its call site is converted
  /// (docs/messages.md).
  public var content: Message
  /// The message in English, for the readers that still take text (JSON, exports, tests).
  public var message: String {
    get { content.english }
    set { content = .verbatim(newValue) }
  }
  public var span: SourceSpan
  /// What the caret under the primary span says.
  public var label: String?
  public var secondary: [Label]
  public var notes: [String]
  /// A suggested change, shown as `help: …`.
  public var fixItContent: Message?
  public var fixIt: String? {
    get { fixItContent?.english }
    set { fixItContent = newValue.map(Message.verbatim) }
  }
  /// For the one diagnostic that stands for those a stage did not keep: how many it stands
  /// for (`Diagnostic.omitted`). Reports count them as errors.
  public var omittedCount = 0

  /// How many errors this stands for: itself, or the ones it counts.
  public var errorCount: Int { severity == .error ? max(1, omittedCount) : 0 }

  public init(
    _ severity: Severity, _ code: DiagnosticCode, _ message: String, at span: SourceSpan,
    label: String? = nil, secondary: [Label] = [], notes: [String] = [], fixIt: String? = nil
  ) {
    self.init(
      severity, code: code.rawValue, message, at: span, label: label, secondary: secondary, notes: notes,
      fixIt: fixIt)
  }

  /// A diagnostic with a code of a higher layer's own (a plan check's `PLAN-B02`).
  public init(
    _ severity: Severity, code: String, _ message: String, at span: SourceSpan,
    label: String? = nil, secondary: [Label] = [], notes: [String] = [], fixIt: String? = nil
  ) {
    self.init(
      severity, code: code, Message.verbatim(message), at: span, label: label, secondary: secondary,
      notes: notes,
      fixIt: fixIt.map(Message.verbatim))
  }

  /// A diagnostic whose words are messages, declared beside the code that raises it.
  public init(
    _ severity: Severity, code: String, _ message: Message, at span: SourceSpan,
    label: String? = nil, secondary: [Label] = [], notes: [String] = [], fixIt: Message? = nil
  ) {
    self.severity = severity
    self.code = code
    self.content = message
    self.span = span
    self.label = label
    self.secondary = secondary
    self.notes = notes
    self.fixItContent = fixIt
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

  public static func error(
    _ code: DiagnosticCode, _ message: Message, at span: SourceSpan, label: String? = nil,
    secondary: [Label] = [], notes: [String] = [], fixIt: Message? = nil
  ) -> Diagnostic {
    Diagnostic(
      .error, code: code.rawValue, message, at: span, label: label, secondary: secondary, notes: notes,
      fixIt: fixIt)
  }

  public static func warning(
    _ code: DiagnosticCode, _ message: Message, at span: SourceSpan, label: String? = nil,
    notes: [String] = [], fixIt: Message? = nil
  ) -> Diagnostic {
    Diagnostic(.warning, code: code.rawValue, message, at: span, label: label, notes: notes, fixIt: fixIt)
  }
}

extension Diagnostic {
  /// The lexer and the parser keep at most this many diagnostics of a text: a 64 MB line of
  /// stray characters would otherwise make 64 million of them (gigabytes, minutes). One more
  /// diagnostic counts the rest.
  public static let maximumKeptPerStage = 1_000

  /// The diagnostic that stands for `count` more that a stage did not keep.
  package static func omitted(_ count: Int, at span: SourceSpan, code: DiagnosticCode) -> Diagnostic {
    var diagnostic = Diagnostic.error(
      code, "… and \(count) more errors like the ones above; only the first \(maximumKeptPerStage) are kept",
      at: span, fixIt: "fix the first ones: the rest often go with them")
    diagnostic.omittedCount = count
    return diagnostic
  }
}

/// The stable codes of the language. Each is documented with an example in
/// docs/diagnostics.md; a test keeps the two lists the same. The plan checks' codes are the
/// planning layer's (`PlanCode`).
public enum DiagnosticCode: String, Sendable, CaseIterable {
  // Reading the file
  case fileNotFound = "E0010"
  case notAFile = "E0011"
  case unreadableText = "E0001"
  case unexpectedCharacter = "E0002"
  case unterminatedString = "E0003"
  case malformedLiteral = "E0004"
  case invalidEscape = "E0005"
  /// `1,5%`: a decimal comma, read as two values.
  case decimalComma = "W0006"
  // Grammar
  case unexpectedToken = "E0101"
  case nestingTooDeep = "E0102"
  case unknownField = "E0103"
  case misplacedStatement = "E0104"
  case ambiguousRange = "E0105"
  case unclosedBlock = "E0106"
  // Names
  case unknownName = "E0201"
  case unknownUnit = "E0202"
  case duplicateName = "E0203"
  case unknownMember = "E0204"
  case reservedName = "E0205"
  case nameIsUnit = "E0206"
  case arrowOnlyOnActions = "E0209"
  case readBeforeDeclared = "E0212"
  case definitionReadsItself = "E0213"
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
  case percentageAndNumber = "E0310"
  case memoryBudgetExceeded = "E0316"
  case invalidFunnel = "E0317"
  case nameTooLong = "E0318"
  case stepBudgetExceeded = "E0319"
  case invalidDistribution = "E0320"
  // Files and modules
  case importNotFound = "E0401"
  case importCycle = "E0402"
  case unknownModule = "E0403"
  case importsTooDeep = "E0404"
  // Formatting (`mplan fmt`)
  case formatWouldChangeMeaning = "E0501"
  // What-if: goal seek and data tables
  case goalUnitMismatch = "E0701"
  case noSolution = "E0702"
  case resultIgnoresInput = "E0703"
  case invalidStep = "E0704"
  case valuesUnitMismatch = "E0705"
  case notANumberToVary = "E0706"
  case tableTooLarge = "E0707"
  case tooManyTableInputs = "E0708"
  case invalidSpread = "E0709"
  case tableReadTooEarly = "E0711"
  case tornadoInputWithoutRange = "E0715"
  // Actuals (`actuals NAME { from "file.csv" … }`, docs/actuals.md)
  case actualsFileUnreadable = "E0801"
  case actualsNotText = "E0802"
  case actualsUnknownColumn = "E0803"
  case actualsMappingIncomplete = "E0804"
  case actualsMixedCurrencies = "E0805"
  case actualsBadRule = "E0806"
  case actualsRowsSkipped = "W0801"
  case actualsDaysAlreadyRead = "W0802"
  case actualsOutsidePeriod = "W0803"
  case actualsNotUTF8 = "W0804"
  case actualsRulesOverlap = "W0805"
  case actualsRuleUnused = "W0806"
  // Export (issue 8).
  /// A file name whose extension names no export format, or an unknown `--format`.
  case exportFormat = "E0601"
  /// `export NAME to …` where NAME is no goal, budget, funnel or value.
  case exportWhat = "E0602"
  /// A script's `export` to a folder it was not allowed to write.
  case exportOutsideFolder = "E0603"
  /// An existing file that mplan did not write, without `--force`.
  case exportWouldReplace = "E0604"
  /// The file could not be written (a directory, no permission, a full disk).
  case exportFailed = "E0605"
  /// The folder the file should go in does not exist.
  case exportNoFolder = "E0606"
  /// `--table` names no CSV view, or is given with another format.
  case exportTable = "E0607"
  /// A file name with a control character (a NUL, a line break), which names another file.
  case exportPath = "E0608"
  // Warnings of the language
  case conflictingRate = "W0301"
  case unusedValue = "W0304"
  case moneyTimesCount = "W0308"
  case rangeReachesZero = "W0309"
}
