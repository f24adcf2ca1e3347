import MPlanLanguage
import MPlanSyntax

/// Views and printed values as terminal text: the one place where a view gets its layout and,
/// through a `Styler`, its colour (a ✓ green, a ✗ red for an error and yellow for a warning).
public struct ViewText: Sendable {
  public let style: DiagnosticRenderer.Styler
  /// The language a finding's words are said in.
  public let catalogue: Catalogue
  /// How numbers and dates are written (the plan's `calendar` and `digits`, `--digits`).
  public var conventions: DisplayConventions

  /// A printed uncertain value is followed by its sparkline in these glyphs; nil (the
  /// default, and whenever the output is not a terminal) prints none, so piped output and
  /// files stay as they were.
  public let sparklines: Sparkline.Glyphs?

  public init(
    style: @escaping DiagnosticRenderer.Styler = { text, _ in text }, catalogue: Catalogue = .english,
    conventions: DisplayConventions = .canonical, sparklines: Sparkline.Glyphs? = nil
  ) {
    (self.style, self.catalogue, self.conventions, self.sparklines) = (
      style, catalogue, conventions, sparklines
    )
  }

  /// What a statement showed, as the lines to print.
  public func render(_ event: OutputEvent) -> String {
    switch event {
    case .printed(let values): values.map(printed).joined(separator: " ")
    case .view(let view): render(view)
    }
  }

  /// A value as `print` shows it, with its sparkline when the terminal asked for one.
  func printed(_ value: Value) -> String {
    let text = Formatting.describe(value, in: conventions)
    guard let glyphs = sparklines, case .quantity(let quantity) = value,
      case .samples(let samples) = quantity.magnitude
    else { return text }
    let line = Sparkline.line(samples, glyphs: glyphs)
    return line.isEmpty ? text : text + " " + line
  }

  public func render(_ view: View) -> String {
    var lines: [String] = []
    for part in view.parts {
      switch part {
      case .line(let text, let indent): lines.append(Self.indent(indent) + DiagnosticRenderer.visible(text))
      case .said(let message, let indent):
        lines.append(Self.indent(indent) + DiagnosticRenderer.visible(catalogue.render(message)))
      case .blank: lines.append("")
      case .named(let name, let value):
        lines.append("\(name) = \(Formatting.describe(value, in: conventions))")
      case .table(let table): lines.append(Self.render(table, conventions: conventions, catalogue: catalogue))
      case .finding(let finding): lines += render(finding)
      }
    }
    return lines.joined(separator: "\n")
  }

  package func render(_ finding: Finding) -> [String] {
    let mark: String
    if finding.passed {
      mark = style("✓", .help)
    } else if finding.notJudged {
      mark = style("?", .help)
    } else {
      mark = style("✗", finding.severity == .error ? .error : .warning)
    }
    let visible: (String) -> String = DiagnosticRenderer.visible
    let place = finding.placeContent.map { " (" + catalogue.render($0) + ")" } ?? ""
    var lines = ["  \(mark) \(visible(catalogue.render(finding.content)))" + place]
    for note in finding.noteContents.map(catalogue.render) { lines.append("      note: \(visible(note))") }
    if let fix = finding.fixContent.map(catalogue.render) { lines.append("      fix: \(visible(fix))") }
    return lines
  }

  package static func indent(_ levels: Int) -> String { String(repeating: "  ", count: levels) }

  /// A table as aligned text; each cell as the language prints its value.
  public static func render(
    _ table: Table, conventions: DisplayConventions = .canonical, catalogue: Catalogue = .english
  ) -> String {
    let table = table.shown
    var text = TextTable(
      headings: table.columns.map { catalogue.render($0.content) }, alignments: table.columns.map(\.alignment)
    )
    text.rows = cellTexts(table.rows, conventions: conventions, catalogue: catalogue)
    return text.render(indent: indent(table.indent))
  }

  /// Each cell as text. A large table (a data table's grid) is written out on every processor,
  /// in runs of rows: describing 10,000 amounts took a fifth of a 100 × 100 table's time.
  package static func cellTexts(
    _ rows: [[Table.Cell]], conventions: DisplayConventions = .canonical, catalogue: Catalogue = .english
  ) -> [[String]] {
    let cells = rows.reduce(0) { $0 + $1.count }
    let parts = cells >= 2_000 ? min(LargeStack.processorCount, 8) : 1
    return LargeStack.inRuns(rows.count, parts: parts) { indices in
      indices.map { rows[$0].map { cellText($0, conventions: conventions, catalogue: catalogue) } }
    }.flatMap { $0 }
  }

  public static func cellText(_ cell: Table.Cell) -> String { cellText(cell, conventions: .canonical) }

  /// The cell as the reader's conventions write numbers and dates.
  public static func cellText(
    _ cell: Table.Cell, conventions: DisplayConventions, catalogue: Catalogue = .english
  ) -> String {
    switch cell {
    case .value(let value): Formatting.describe(value, in: conventions)
    case .field(let value): Table.fieldText(value, conventions: conventions)
    case .text(let text): text
    case .said(let message): catalogue.render(message)
    case .change(let from, let to): conventions.numbers.localize(change(from: from, to: to))
    case .name(let name): name
    case .names(let names): names.isEmpty ? "—" : names.joined(separator: ", ")
    case .date(let day): conventions.text(of: day)
    case .period(let period, let fromPlan): conventions.text(of: period) + (fromPlan ? " (plan)" : "")
    case .count(let count): conventions.numbers.localize("\(count)")
    case .verdicts(let verdicts): verdicts.map { "\($0.letter) \($0.mark)" }.joined(separator: " ")
    case .empty: "—"
    }
  }

  /// `+33.34%` from one scenario's value to another's; `=` when equal; empty when the two
  /// cannot be compared (other units, or a change from zero). Between two percentages the
  /// change is in percentage points (2% → 1.5% is `-0.5 pp`), not a percentage of a percentage.
  package static func change(from base: Value, to other: Value) -> String {
    guard case .quantity(let a) = base, case .quantity(let b) = other, a.unit == b.unit else { return "" }
    let x = a.magnitude.central
    let y = b.magnitude.central
    if x == y { return "=" }
    if a.display == .percent, b.display == .percent {
      return (y > x ? "+" : "") + Formatting.describe(y - x, .none, .points)
    }
    guard x != 0 else { return "" }
    let ratio = (y - x) / abs(x)
    return (ratio > 0 ? "+" : "") + Formatting.percent(ratio)
  }
}
