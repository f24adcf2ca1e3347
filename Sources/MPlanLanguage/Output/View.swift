import MPlanSyntax

/// What `show`, `compare` and `check` produce: data, not text. A view is a list of parts —
/// lines, tables whose cells are `Value`s with their units, and checklist items — that a
/// renderer in `MPlanReport` turns into terminal text today and into other formats next.
public struct View: Sendable {
  public enum Part: Sendable {
    /// A heading or a sentence; `indent` counts levels of two spaces.
    case line(String, indent: Int = 0)
    /// A heading or a sentence as data, said in the reader's language by the writer.
    case said(Message, indent: Int = 0)
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

  public static func said(_ message: Message) -> View { View([.said(message)]) }

  public mutating func add(_ part: Part) { parts.append(part) }

  /// Another view after this one, with a blank line between them.
  public mutating func append(_ other: View, separated: Bool = true) {
    if separated, !parts.isEmpty, !other.parts.isEmpty { parts.append(.blank) }
    parts += other.parts
  }
}

/// A typed grid: rows of cells under labelled columns. The one table every writer reads —
/// the terminal's `show`, and the exports' Markdown, HTML and CSV — so a table is laid out once
/// and each format only writes it (hledger's `Spreadsheet` under its ODS and HTML writers).
/// A cell keeps its type (a quantity with its unit or currency, a date, a name, a verdict), and
/// a writer aligns, isolates or guards it by that type, never by reading rendered text. A table
/// whose labels are all empty has no heading line.
public struct Table: Sendable {
  public enum Alignment: Sendable { case left, right }

  public struct Column: Sendable {
    /// The heading as data, said in the reader's language by the writer; a heading given as
    /// text is said as it is written.
    public var content: Message
    /// The heading in English, for the writers that still take text.
    public var heading: String {
      get { content.english }
      set { content = .verbatim(newValue) }
    }
    public var alignment: Alignment
    /// A data format's names for the column (`deadline`; `cost`, `currency`): the CSV
    /// headings, a quantity's unit or a period's end in the field after the first.
    public var keys: [String]
    /// Left out by the formats people read when no row has a value in it (a goal's title);
    /// data formats keep every column, so their headings never change with the plan.
    public var isOptional = false

    public init(
      _ heading: String, _ alignment: Alignment = .left, key: String? = nil, keys: [String]? = nil,
      optional: Bool = false
    ) {
      self.content = .verbatim(heading)
      self.alignment = alignment
      self.keys = keys ?? [key ?? heading]
      self.isOptional = optional
    }

    public init(
      _ heading: Message, _ alignment: Alignment = .left, key: String? = nil, keys: [String]? = nil,
      optional: Bool = false
    ) {
      self.init(heading.english, alignment, key: key, keys: keys, optional: optional)
      self.content = heading
    }
  }

  /// One SMART letter and whether the goal meets it: met, not met, or not judged (nil) when
  /// nothing the plan holds could judge it.
  public struct Verdict: Sendable {
    /// `S`, `M`, `A`, `R`, `T`.
    public var letter: String
    public var met: Bool?

    public init(letter: String, met: Bool?) { (self.letter, self.met) = (letter, met) }

    /// `✓`, `✗` or `?`.
    public var mark: String {
      switch met {
      case true?: "✓"
      case false?: "✗"
      case nil: "?"
      }
    }
  }

  public enum Cell: Sendable {
    /// A value as the language prints it (`$1.20 per visit`, `["a", "b"]`): quantities keep
    /// their unit, money its currency, a percentage its display.
    case value(Value)
    /// A field of a plan block: a list reads `CMO, Head of sales`, a missing field `—`.
    case field(Value?)
    /// Text of mplan's own that is no word to translate (`—`, `p90`, a date as written).
    case text(String)
    /// Words of mplan's own (`committed`, `on pace`, `not in the plan`) as a message: the
    /// terminal, Markdown and HTML say them in the reader's language; CSV, JSON and xlsx,
    /// which scripts read, write the English, a value that does not change with `--lang`.
    case said(Message)
    /// The relative change from one scenario's value to another's (`+33.34%`, `=`).
    case change(from: Value, to: Value)
    /// A name from the plan (a goal, a channel, a person): the plan's words, in their own
    /// direction, and never a formula in a spreadsheet.
    case name(String)
    /// Names from the plan, `a, b`; none is `—`.
    case names([String])
    case date(CalendarDay)
    /// A period; `fromPlan` when an action runs through the plan's period (`… (plan)`).
    case period(CalendarPeriod, fromPlan: Bool)
    case count(Int)
    /// A goal's SMART letters.
    case verdicts([Verdict])
    /// Nothing: `—` where people read, an empty field in data.
    case empty
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

  /// Columns with these headings as data: the first left-aligned, the rest right-aligned.
  public init(headings: [Message], indent: Int = 0) {
    self.init(headings.enumerated().map { Column($1, $0 == 0 ? .left : .right) }, indent: indent)
  }

  public mutating func add(_ row: [Cell]) { rows.append(row) }

  /// The table as people read it: optional columns with no value in any row left out.
  public var shown: Table {
    let dropped = Set(
      columns.indices.filter { index in
        columns[index].isOptional && rows.allSatisfy { index >= $0.count || $0[index].isEmpty }
      })
    guard !dropped.isEmpty else { return self }
    var table = self
    table.columns = columns.indices.filter { !dropped.contains($0) }.map { columns[$0] }
    table.rows = rows.map { row in row.indices.filter { !dropped.contains($0) }.map { row[$0] } }
    return table
  }

  /// A plan block's field as a cell reads it: a list of people is `CMO, Head of sales`.
  public static func fieldText(_ value: Value?) -> String { fieldText(value, conventions: .canonical) }

  /// The field's value as the reader's conventions write it.
  public static func fieldText(_ value: Value?, conventions: DisplayConventions) -> String {
    switch value {
    case nil: "—"
    case .list(let values)?:
      values.isEmpty ? "—" : values.map { Formatting.describe($0, in: conventions) }.joined(separator: ", ")
    case let value?: Formatting.describe(value, in: conventions)
    }
  }
}

extension Table.Cell {
  /// True for a cell with nothing in it.
  public var isEmpty: Bool {
    switch self {
    case .empty, .field(nil): true
    case .names(let names): names.isEmpty
    default: false
    }
  }

  /// True for an amount, a count or a change: written on the numbers' side and, in a
  /// right-to-left page, left to right.
  public var isNumeric: Bool {
    switch self {
    case .value(.quantity), .field(.quantity?), .count, .change: true
    default: false
    }
  }

  /// True for what reads left to right in any page: numbers, dates and periods.
  public var isLeftToRight: Bool {
    switch self {
    case .date, .period, .field(.time?), .value(.time): true
    default: isNumeric
    }
  }
}

/// One item of the checklist: passed or failed, with where it is and what to do.
public struct Finding: Sendable {
  public var passed: Bool
  /// For a failed item: an error or a warning.
  public var severity: Diagnostic.Severity?
  /// What was checked or what is wrong, as data: the writer says it in the reader's language.
  public var content: Message
  /// `line 12, error PLAN-B02`, as data; nil when the item has no place.
  public var placeContent: Message?
  /// What explains the item, as data like its message.
  public var noteContents: [Message]
  public var fixContent: Message?
  /// Neither met nor failed: nothing could judge it (a SMART letter shown `?`).
  public var notJudged = false

  /// The message in English, for the writers that still take text.
  public var message: String { content.english }
  public var place: String { placeContent?.english ?? "" }
  public var fix: String? { fixContent?.english }
  public var notes: [String] { noteContents.map(\.english) }

  public init(
    passed: Bool, severity: Diagnostic.Severity?, message: Message, place: Message?, notes: [Message] = [],
    fix: Message? = nil
  ) {
    (self.passed, self.severity, self.content) = (passed, severity, message)
    (self.placeContent, self.noteContents, self.fixContent) = (place, notes, fix)
  }
}

/// What running a statement shows: the values of a `print`, or a view.
public enum OutputEvent: Sendable {
  case printed([Value])
  case view(View)
}
