import MPlanLanguage
import MPlanPlanning
import MPlanSyntax

/// The plan as one self-contained HTML file: inline CSS and SVG, no script, no reference to
/// anything outside the file. Charts where people would rather look than read (the funnel,
/// spend by month against the budget, spend by channel, scenarios side by side, each
/// uncertain value's distribution), each an SVG with a title and its numbers in a table too.
/// A plan titled in Arabic, Persian or Hebrew lays out right to left; values sit in `<bdi>`
/// so a number keeps its order inside right-to-left text.
public struct HTMLExporter: Exporter {
  /// How every file this exporter writes begins: recognised before replacing a file.
  public static let signature = "<!DOCTYPE html>\n<!-- written by mplan export -->"

  public init() {}

  public func render(_ export: PlanExport) -> String { render(PlanDocument(export)) }

  /// The document as HTML: a `<section>` a section, its blocks in order, charts drawn from
  /// their data.
  public func render(_ document: PlanDocument) -> String {
    let language = document.language ?? Self.language(ofScript: document.planWords)
    let rightToLeft = Catalogue.named(language)?.isRightToLeft ?? (language == "he")
    let catalogue = Catalogue.first(of: [document.language])
    var charts = HTMLCharts(catalogue: catalogue)
    var body: [String] = []
    for section in document.sections {
      let content = section.blocks.flatMap { block($0, &charts, catalogue: catalogue) }
      guard !content.isEmpty else { continue }
      body.append(
        "<section id=\"\(section.id)\">\n<h2><bdi>\(Self.escape(catalogue.render(section.title)))</bdi></h2>\n"
          + content.joined(separator: "\n") + "\n</section>")
    }
    // The labels are English and the plan's words may not be: each label with its value is
    // isolated, so a right-to-left page keeps "Period 2027-01 .. 2027-12" in one piece.
    let facts = document.facts.map {
      "<bdi>\(Self.escape(catalogue.render($0.label))) <bdi dir=\"ltr\">\(Self.escape($0.value))</bdi></bdi>"
    }
    return """
      \(Self.signature)
      <html lang="\(language)" dir="\(rightToLeft ? "rtl" : "ltr")">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="generator" content="mplan export">
      <title>\(Self.escape(document.title))</title>
      <style>
      \(Self.style)
      </style>
      </head>
      <body>
      <main>
      <header>
      <h1><bdi>\(Self.escape(document.title))</bdi></h1>
      <p class="facts">\(facts.joined(separator: " · "))</p>
      </header>
      \(body.joined(separator: "\n"))
      </main>
      </body>
      </html>

      """
  }

  // MARK: - Blocks

  package func block(
    _ block: PlanDocument.Block, _ charts: inout HTMLCharts, catalogue: Catalogue = .english
  ) -> [String] {
    switch block {
    case .heading(let runs): ["<h3><bdi>\(Self.text(runs, catalogue))</bdi></h3>"]
    case .subheading(let runs, let level): ["<h\(level)><bdi>\(Self.text(runs, catalogue))</bdi></h\(level)>"]
    case .note(let runs): ["<p class=\"note\"><bdi>\(Self.text(runs, catalogue))</bdi></p>"]
    case .table(let table): [self.table(table, catalogue: catalogue)]
    case .dataTable(let table): dataTable(table, &charts)
    case .chart(let chart): [charts.chart(chart)].filter { !$0.isEmpty }
    case .findings(let items, let passed, let total):
      findings(items, passed: passed, total: total, catalogue: catalogue)
    }
  }

  /// A sentence: the plan's names and values each isolated, so their direction is their own.
  package static func text(_ runs: [PlanDocument.Run], _ catalogue: Catalogue = .english) -> String {
    runs.map { run in
      switch run {
      case .text(let text): escape(text)
      case .message(let message): escape(catalogue.render(message))
      case .name(let name): "<bdi>\(escape(name))</bdi>"
      case .value(let value): "<bdi dir=\"ltr\">\(escape(Formatting.describe(value)))</bdi>"
      }
    }.joined()
  }

  package func findings(
    _ items: [PlanExport.OpenItem], passed: Int, total: Int, catalogue: Catalogue = .english
  ) -> [String] {
    var list = items.map { item in
      let severity = catalogue.render(.severityAndCode(item))
      var text = "<li class=\"\(item.severity.rawValue)\"><bdi><strong>\(Self.escape(severity))</strong>"
      if item.line > 0 {
        let line = catalogue.render(Message("checklist-place-line", ["line": .count(item.line)]))
        text += " (<bdi>\(Self.escape(line))</bdi>)"
      }
      text += ": <bdi>\(Self.sentence(catalogue.render(item.content)))</bdi>"
      if let fix = item.fixContent {
        text +=
          "<br><span class=\"fix\">\(Self.escape(catalogue.render(.exportFix))): <bdi>\(Self.sentence(catalogue.render(fix)))</bdi></span>"
      }
      return text + "</bdi></li>"
    }
    if list.isEmpty {
      list.append("<li class=\"passed\"><bdi>\(Self.escape(catalogue.render(.everyCheckPasses)))</bdi></li>")
    }
    return [
      "<ul class=\"checks\">\n" + list.joined(separator: "\n") + "\n</ul>",
      "<p class=\"note\"><bdi>\(Self.escape(catalogue.render(.checksPass(passed, of: total)))).</bdi></p>",
    ]
  }

  // MARK: - Tables

  /// A grid as a table: a column of numbers has its heading over the numbers' side, from the
  /// column's type; a grid without labels has no heading row.
  package func table(_ table: Table, catalogue: Catalogue = .english) -> String {
    let table = table.shown
    var html = "<div class=\"table\"><table>\n"
    if !table.columns.allSatisfy(\.heading.isEmpty) {
      html +=
        "<thead><tr>"
        + table.columns.map {
          "<th\($0.alignment == .right ? " class=\"n\"" : "")>\(Self.escape($0.heading(in: catalogue)))</th>"
        }
        .joined() + "</tr></thead>\n"
    }
    html += "<tbody>\n"
    for row in table.rows {
      html += "<tr>" + row.map { cell($0, catalogue: catalogue) }.joined() + "</tr>\n"
    }
    return html + "</tbody>\n</table></div>"
  }

  /// A cell by its type: an amount on the numbers' side, numbers and dates left to right in
  /// any page, the plan's words in their own direction, SMART letters coloured.
  func cell(_ cell: Table.Cell, catalogue: Catalogue = .english) -> String {
    if case .verdicts(let marks) = cell {
      // Left to right in any page: a ✓ at the end would otherwise move to the far side.
      return "<td class=\"smart\"><bdi dir=\"ltr\">"
        + marks.map {
          "<span class=\"\($0.met.map { $0 ? "met" : "unmet" } ?? "unjudged")\">\($0.letter) \($0.mark)</span>"
        }
        .joined(separator: " ") + "</bdi></td>"
    }
    let text = Self.escape(ViewText.cellText(cell, conventions: .canonical, catalogue: catalogue))
    if cell.isNumeric { return "<td class=\"n\"><bdi dir=\"ltr\">\(text)</bdi></td>" }
    if cell.isLeftToRight { return "<td class=\"d\"><bdi dir=\"ltr\">\(text)</bdi></td>" }
    return "<td><bdi>\(text)</bdi></td>"
  }

  // MARK: - Text

  /// A sentence mplan wrote with the plan's words in it (an open item, a fix-it): each
  /// right-to-left name and amount in its own `<bdi>` (`Bidi`'s runs: `10 عملاء` with its
  /// number), so `(10 عملاء → 2,000 عملاء in 1 month)` keeps its order on either page.
  static func sentence(_ text: String) -> String {
    var html = ""
    for character in escape(Bidi.isolatingLine(text)) {
      switch character {
      case Bidi.firstStrongIsolate: html += "<bdi>"
      case Bidi.rightToLeftIsolate: html += "<bdi dir=\"rtl\">"
      case Bidi.popDirectionalIsolate: html += "</bdi>"
      default: html.append(character)
      }
    }
    return html
  }

  /// Text as HTML shows it literally, in an element or an attribute: `<script>`, `]]>`,
  /// quotes and ampersands become entities.
  static func escape(_ text: String) -> String {
    TextEscape.replacing(text) { scalar in
      switch scalar {
      case "&": "&amp;"
      case "<": "&lt;"
      case ">": "&gt;"
      case "\"": "&quot;"
      case "'": "&#39;"
      // HTML allows no control characters but white space: shown as their pictures.
      case "\t", "\n", "\r": nil
      case _ where scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value):
        String(DiagnosticRenderer.visible(scalar))
      default: nil
      }
    }
  }

  /// The language the plan's title (or, without one, its objectives' and goals' titles) is
  /// written in, when no reader's language was chosen: by the script most of its letters are
  /// in. Arabic and Persian share a script: Persian writes ی and ک (Arabic ي and ك), has
  /// پ چ ژ گ, and its own digits ۰–۹ (Arabic ٠–٩); ة is Arabic's. Cyrillic is Russian here,
  /// the one Cyrillic language mplan speaks.
  static func language(ofScript texts: [String]) -> String {
    var rightToLeft = 0
    var cyrillic = 0
    var other = 0
    var hebrew = 0
    var persian = 0
    var arabic = 0
    for scalar in texts.joined().unicodeScalars {
      switch scalar.value {
      case 0x067E, 0x0686, 0x0698, 0x06AF, 0x06CC, 0x06A9, 0x06F0...0x06F9: persian += 1
      case 0x064A, 0x0643, 0x0629, 0x0649, 0x0660...0x0669: arabic += 1
      default: break
      }
      guard scalar.properties.isAlphabetic else { continue }
      if isRightToLeftLetter(scalar) {
        rightToLeft += 1
        if (0x0590...0x05FF).contains(scalar.value) { hebrew += 1 }
      } else if (0x0400...0x04FF).contains(scalar.value) {
        cyrillic += 1
      } else {
        other += 1
      }
    }
    if rightToLeft > cyrillic + other {
      if hebrew * 2 > rightToLeft { return "he" }
      return persian > arabic ? "fa" : "ar"
    }
    return cyrillic > other ? "ru" : "en"
  }

  static func isRightToLeftLetter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF: true
    default: false
    }
  }

  static let style = """
    :root { color-scheme: light; --ink: #1d2433; --muted: #5b6478; --line: #d7dce5; --accent: #2f6fdf;
      --good: #1b7f4b; --bad: #b42318; --warn: #b25e09; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans Arabic",
      sans-serif; color: var(--ink); background: #fff; }
    main { max-width: 66rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
    h1 { font-size: 1.8rem; margin: 0 0 .25rem; }
    h2 { font-size: 1.3rem; margin: 2rem 0 .75rem; padding-bottom: .25rem; border-bottom: 2px solid var(--line); }
    h3 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; }
    h4 { font-size: .95rem; margin: 1rem 0 .25rem; color: var(--muted); }
    .facts, .note { color: var(--muted); margin: .25rem 0 .75rem; }
    .table { overflow-x: auto; margin: .5rem 0 1rem; }
    table { border-collapse: collapse; min-width: 50%; font-size: .93em; font-variant-numeric: tabular-nums; }
    th, td { padding: .3rem .45rem; border-bottom: 1px solid var(--line); text-align: start; vertical-align: top; }
    th { font-weight: 600; background: #f4f6fa; }
    td.n { text-align: end; white-space: nowrap; }
    td.d { white-space: nowrap; }
    td bdi { unicode-bidi: isolate; }
    .smart { white-space: nowrap; }
    .title { color: var(--muted); font-size: .9em; }
    th.n { text-align: end; }
    .met { color: var(--good); } .unmet { color: var(--bad); font-weight: 600; }
    figure { margin: .75rem 0 1rem; }
    figure svg { display: block; width: 100%; height: auto; max-width: 44rem; }
    figcaption { color: var(--muted); font-size: .85rem; }
    svg text { font: 12px system-ui, sans-serif; fill: var(--ink); }
    svg .bar { fill: var(--accent); } svg .bar2 { fill: #9db8ef; } svg .bar3 { fill: #f0a15a; }
    svg .line { fill: none; stroke: var(--ink); stroke-width: 2; }
    svg .budget { fill: none; stroke: var(--bad); stroke-width: 1.5; stroke-dasharray: 6 4; }
    svg .axis { stroke: var(--line); stroke-width: 1; }
    svg .zero { stroke: var(--ink); stroke-width: 1; }
    svg .mark { stroke: var(--ink); stroke-width: 1; stroke-dasharray: 3 3; }
    ul.checks { padding-inline-start: 1.25rem; }
    ul.checks li { margin: .35rem 0; }
    li.error strong { color: var(--bad); } li.warning strong { color: var(--warn); } li.passed { color: var(--good); }
    .fix { color: var(--muted); }
    @media (max-width: 40rem) { body { font-size: 14px; } main { padding: 1rem .6rem 2rem; } h1 { font-size: 1.4rem; } }
    @media print {
      @page { margin: 14mm; }
      body { font-size: 10.5pt; }
      main { max-width: none; padding: 0; }
      figure, tr { break-inside: avoid; }
      h2, h3 { break-after: avoid; }
      .table { overflow: visible; }
    }
    """
}
