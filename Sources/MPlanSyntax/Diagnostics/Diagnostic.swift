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
    /// What the label says, as data.
    public var content: Message
    /// The label in English, for the readers that still take text.
    public var message: String {
      get { content.english }
      set { content = .verbatim(newValue) }
    }

    public init(span: SourceSpan, message: String) {
      self.init(span: span, message: Message.verbatim(message))
    }

    public init(span: SourceSpan, message: Message) {
      self.span = span
      self.content = message
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
  /// What the caret under the primary span says, as data.
  public var labelContent: Message?
  /// The label in English, for the readers that still take text.
  public var label: String? {
    get { labelContent?.english }
    set { labelContent = newValue.map(Message.verbatim) }
  }
  public var secondary: [Label]
  /// What more there is to know, each shown as `note: …`, as data.
  public var noteContents: [Message]
  /// The notes in English, for the readers that still take text.
  public var notes: [String] {
    get { noteContents.map(\.english) }
    set { noteContents = newValue.map(Message.verbatim) }
  }
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
    label: (any DiagnosticWords)? = nil, secondary: [Label] = [], notes: [any DiagnosticWords] = [],
    fixIt: String? = nil
  ) {
    self.init(
      severity, code: code.rawValue, message, at: span, label: label, secondary: secondary, notes: notes,
      fixIt: fixIt)
  }

  /// A diagnostic with a code of a higher layer's own (a plan check's `PLAN-B02`).
  public init(
    _ severity: Severity, code: String, _ message: String, at span: SourceSpan,
    label: (any DiagnosticWords)? = nil, secondary: [Label] = [], notes: [any DiagnosticWords] = [],
    fixIt: String? = nil
  ) {
    self.init(
      severity, code: code, Message.verbatim(message), at: span, label: label, secondary: secondary,
      notes: notes,
      fixIt: fixIt.map(Message.verbatim))
  }

  /// A diagnostic whose words are messages, declared beside the code that raises it.
  public init(
    _ severity: Severity, code: String, _ message: Message, at span: SourceSpan,
    label: (any DiagnosticWords)? = nil, secondary: [Label] = [], notes: [any DiagnosticWords] = [],
    fixIt: Message? = nil
  ) {
    self.severity = severity
    self.code = code
    self.content = message
    self.span = span
    self.labelContent = label?.diagnosticMessage
    self.secondary = secondary
    self.noteContents = notes.map(\.diagnosticMessage)
    self.fixItContent = fixIt
  }

  public static func error(
    _ code: DiagnosticCode, _ message: String, at span: SourceSpan, label: (any DiagnosticWords)? = nil,
    secondary: [Label] = [], notes: [any DiagnosticWords] = [], fixIt: String? = nil
  ) -> Diagnostic {
    Diagnostic(
      .error, code, message, at: span, label: label, secondary: secondary, notes: notes, fixIt: fixIt)
  }

  public static func warning(
    _ code: DiagnosticCode, _ message: String, at span: SourceSpan, label: (any DiagnosticWords)? = nil,
    notes: [any DiagnosticWords] = [], fixIt: String? = nil
  ) -> Diagnostic {
    Diagnostic(.warning, code, message, at: span, label: label, notes: notes, fixIt: fixIt)
  }

  public static func error(
    _ code: DiagnosticCode, _ message: Message, at span: SourceSpan, label: (any DiagnosticWords)? = nil,
    secondary: [Label] = [], notes: [any DiagnosticWords] = [], fixIt: Message? = nil
  ) -> Diagnostic {
    Diagnostic(
      .error, code: code.rawValue, message, at: span, label: label, secondary: secondary, notes: notes,
      fixIt: fixIt)
  }

  public static func warning(
    _ code: DiagnosticCode, _ message: Message, at span: SourceSpan, label: (any DiagnosticWords)? = nil,
    notes: [any DiagnosticWords] = [], fixIt: Message? = nil
  ) -> Diagnostic {
    Diagnostic(.warning, code: code.rawValue, message, at: span, label: label, notes: notes, fixIt: fixIt)
  }
}

/// What a diagnostic's label or note takes: a message, or text not yet converted to one
/// (said as written in every language, docs/messages.md).
public protocol DiagnosticWords: Sendable {
  var diagnosticMessage: Message { get }
}

extension Message: DiagnosticWords {
  public var diagnosticMessage: Message { self }
}

extension String: DiagnosticWords {
  public var diagnosticMessage: Message { .verbatim(self) }
}

extension Diagnostic {
  /// The lexer and the parser keep at most this many diagnostics of a text: a 64 MB line of
  /// stray characters would otherwise make 64 million of them (gigabytes, minutes). One more
  /// diagnostic counts the rest.
  public static let maximumKeptPerStage = 1_000

  /// The diagnostic that stands for `count` more that a stage did not keep.
  package static func omitted(_ count: Int, at span: SourceSpan, code: DiagnosticCode) -> Diagnostic {
    var diagnostic = Diagnostic.error(
      code, Message("diagnostics-omitted", ["count": .count(count), "kept": .count(maximumKeptPerStage)]),
      at: span, fixIt: Message("diagnostics-omitted-fix"))
    diagnostic.omittedCount = count
    return diagnostic
  }
}

/// A stable code, documented with an example in docs/diagnostics.md: an open type that each
/// layer extends with the codes it raises (`DiagnosticCode.exportFormat` is the façade's, in
/// MPlanKit), as swift-format declares each rule's findings beside the rule. A test finds every
/// `DiagnosticCode("…")` in Sources/ and keeps the list the same as the document's. The plan
/// checks' codes are the planning layer's (`PlanCode`).
public struct DiagnosticCode: RawRepresentable, Sendable, Hashable {
  public let rawValue: String

  public init(rawValue: String) { self.rawValue = rawValue }

  /// A code of the layer that declares it, such as the planning layer's E0801.
  public init(_ rawValue: String) { self.rawValue = rawValue }
}

/// The codes of reading, lexing and parsing a script, and the language's names, values and
/// modules, which the checker and the interpreter raise as well.
extension DiagnosticCode {
  // Reading the file
  public static let fileNotFound = DiagnosticCode("E0010")
  public static let notAFile = DiagnosticCode("E0011")
  public static let unreadableText = DiagnosticCode("E0001")
  public static let unexpectedCharacter = DiagnosticCode("E0002")
  public static let unterminatedString = DiagnosticCode("E0003")
  public static let malformedLiteral = DiagnosticCode("E0004")
  public static let invalidEscape = DiagnosticCode("E0005")
  /// `1,5%`: a decimal comma, read as two values.
  public static let decimalComma = DiagnosticCode("W0006")
  // Grammar
  public static let unexpectedToken = DiagnosticCode("E0101")
  public static let nestingTooDeep = DiagnosticCode("E0102")
  public static let unknownField = DiagnosticCode("E0103")
  public static let misplacedStatement = DiagnosticCode("E0104")
  public static let ambiguousRange = DiagnosticCode("E0105")
  public static let unclosedBlock = DiagnosticCode("E0106")
  // Names
  public static let unknownName = DiagnosticCode("E0201")
  public static let unknownUnit = DiagnosticCode("E0202")
  public static let duplicateName = DiagnosticCode("E0203")
  public static let unknownMember = DiagnosticCode("E0204")
  public static let reservedName = DiagnosticCode("E0205")
  public static let nameIsUnit = DiagnosticCode("E0206")
  public static let arrowOnlyOnActions = DiagnosticCode("E0209")
  public static let readBeforeDeclared = DiagnosticCode("E0212")
  public static let definitionReadsItself = DiagnosticCode("E0213")
  // Values and units
  public static let unitMismatch = DiagnosticCode("E0301")
  public static let divisionByZero = DiagnosticCode("E0302")
  public static let typeMismatch = DiagnosticCode("E0303")
  public static let wrongArgumentCount = DiagnosticCode("E0304")
  public static let assertionFailed = DiagnosticCode("E0305")
  public static let missingRate = DiagnosticCode("E0306")
  public static let invalidValue = DiagnosticCode("E0307")
  public static let recursionTooDeep = DiagnosticCode("E0308")
  public static let interrupted = DiagnosticCode("E0309")
  public static let percentageAndNumber = DiagnosticCode("E0310")
  public static let memoryBudgetExceeded = DiagnosticCode("E0316")
  public static let invalidFunnel = DiagnosticCode("E0317")
  public static let nameTooLong = DiagnosticCode("E0318")
  public static let stepBudgetExceeded = DiagnosticCode("E0319")
  public static let invalidDistribution = DiagnosticCode("E0320")
  public static let invalidCorrelation = DiagnosticCode("E0321")
  public static let notUncertain = DiagnosticCode("E0322")
  // Files and modules
  public static let importNotFound = DiagnosticCode("E0401")
  public static let importCycle = DiagnosticCode("E0402")
  public static let unknownModule = DiagnosticCode("E0403")
  public static let importsTooDeep = DiagnosticCode("E0404")
  // Formatting (`mplan fmt`)
  public static let formatWouldChangeMeaning = DiagnosticCode("E0501")
  // Warnings of the language
  public static let conflictingRate = DiagnosticCode("W0301")
  public static let unusedValue = DiagnosticCode("W0304")
  public static let moneyTimesCount = DiagnosticCode("W0308")
  public static let rangeReachesZero = DiagnosticCode("W0309")
}
