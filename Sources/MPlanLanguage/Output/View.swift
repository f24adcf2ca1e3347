import MPlanSyntax

/// What `show`, `compare` and `check` produce: data, not text. A view is a list of parts —
/// lines, tables whose cells are `Value`s with their units, and checklist items — that a
/// renderer in `MPlanReport` turns into terminal text today and into other formats next.
public struct View: Sendable {
  public enum Part: Sendable {
    /// A heading or a sentence; `indent` counts levels of two spaces.
    case line(String, indent: Int = 0)
    case blank
    /// `x = 5`: a value shown under its name.
    case named(String, Value)
    case table(Table)
    /// One item of the plan checklist.
    case finding(Finding)
  }

  public var parts: [Part]

  public init(_ parts: [Part] = []) { self.parts = parts }

  public static func line(_ text: String) -> View { View([.line(text)]) }

  public mutating func add(_ part: Part) { parts.append(part) }

  /// Another view after this one, with a blank line between them.
  public mutating func append(_ other: View, separated: Bool = true) {
    if separated, !parts.isEmpty, !other.parts.isEmpty { parts.append(.blank) }
    parts += other.parts
  }
}

/// Rows of cells under headings. A table whose headings are all empty has no heading line.
public struct Table: Sendable {
  public enum Alignment: Sendable { case left, right }

  public struct Column: Sendable {
    public var heading: String
    public var alignment: Alignment
    public init(_ heading: String, _ alignment: Alignment = .left) {
      self.heading = heading
      self.alignment = alignment
    }
  }

  public enum Cell: Sendable {
    /// A value as the language prints it (`$1.20 per visit`, `["a", "b"]`).
    case value(Value)
    /// A field of a plan block: a list reads `CMO, Head of sales`, a missing field `—`.
    case field(Value?)
    case text(String)
    /// The relative change from one scenario's value to another's (`+33.34%`, `=`).
    case change(from: Value, to: Value)
  }

  public var columns: [Column]
  public var rows: [[Cell]] = []
  /// Levels of two spaces before every line.
  public var indent: Int

  public init(_ columns: [Column], indent: Int = 0) {
    self.columns = columns
    self.indent = indent
  }

  /// Columns with these headings: the first left-aligned, the rest right-aligned.
  public init(headings: [String], indent: Int = 0) {
    self.init(headings.enumerated().map { Column($1, $0 == 0 ? .left : .right) }, indent: indent)
  }

  public mutating func add(_ row: [Cell]) { rows.append(row) }

  /// A plan block's field as a cell reads it: a list of people is `CMO, Head of sales`.
  public static func fieldText(_ value: Value?) -> String {
    switch value {
    case nil: "—"
    case .list(let values)?:
      values.isEmpty ? "—" : values.map(Formatting.describe).joined(separator: ", ")
    case let value?: Formatting.describe(value)
    }
  }
}

/// One item of the checklist: passed or failed, with where it is and what to do.
public struct Finding: Sendable {
  public var passed: Bool
  /// For a failed item: an error or a warning.
  public var severity: Diagnostic.Severity?
  public var message: String
  /// `line 12, error PLAN-B02`.
  public var place: String
  public var notes: [String]
  public var fix: String?
  /// Neither met nor failed: nothing could judge it (a SMART letter shown `?`).
  public var notJudged = false

  public init(
    passed: Bool, severity: Diagnostic.Severity?, message: String, place: String, notes: [String] = [],
    fix: String? = nil
  ) {
    (self.passed, self.severity, self.message) = (passed, severity, message)
    (self.place, self.notes, self.fix) = (place, notes, fix)
  }
}

/// What running a statement shows: the values of a `print`, or a view.
public enum OutputEvent: Sendable {
  case printed([Value])
  case view(View)
}
