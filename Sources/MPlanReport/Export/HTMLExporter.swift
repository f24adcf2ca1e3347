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

  public func render(_ export: PlanExport) -> String {
    let rightToLeft = Self.isRightToLeft(export)
    var charts = HTMLCharts()
    var body: [String] = []
    func section(_ id: String, _ title: String, _ content: [String]) {
      guard !content.isEmpty else { return }
      body.append(
        "<section id=\"\(id)\">\n<h2><bdi>\(Self.escape(title))</bdi></h2>\n"
          + content.joined(separator: "\n") + "\n</section>")
    }
    section("objectives", "Objectives", items(export.objectives, kind: "objective"))
    section("goals", "Goals", goals(export.goals))
    section("funnels", "Funnels", export.funnels.flatMap { funnel($0, &charts) })
    section("budgets", "Budgets", export.budgets.flatMap { budget($0, &charts) })
    section("actions", "Actions", actions(export, &charts))
    section("reports", "Reports", items(export.reports, kind: "report"))
    section("comparisons", "Scenarios compared", export.comparisons.flatMap { comparison($0, &charts) })
    section("tables", "Data tables", export.dataTables.flatMap { dataTable($0, &charts) })
    if !export.values.isEmpty {
      section(
        "values", "Values",
        [table(["value", "amount"], export.values.map { [.text($0.name), .value(.quantity($0.value))] })])
    }
    section("uncertain", "Uncertain values", export.uncertainValues.flatMap { uncertain($0, &charts) })
    if export.subject == nil { section("checks", "Open items", openItems(export)) }
    // The labels are English and the plan's words may not be: each label with its value is
    // isolated, so a right-to-left page keeps "Period 2027-01 .. 2027-12" in one piece.
    var facts: [String] = []
    if let period = export.period {
      facts.append("<bdi>Period <bdi dir=\"ltr\">\(Self.escape(period.description))</bdi></bdi>")
    }
    facts.append("<bdi>Currency <bdi dir=\"ltr\">\(Self.escape(export.currency))</bdi></bdi>")
    let title = export.displayTitle + (export.subject.map { ": \($0)" } ?? "")
    return """
      \(Self.signature)
      <html lang="\(rightToLeft ?? "en")" dir="\(rightToLeft == nil ? "ltr" : "rtl")">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="generator" content="mplan export">
      <title>\(Self.escape(title))</title>
      <style>
      \(Self.style)
      </style>
      </head>
      <body>
      <main>
      <header>
      <h1><bdi>\(Self.escape(title))</bdi></h1>
      <p class="facts">\(facts.joined(separator: " · "))</p>
      </header>
      \(body.joined(separator: "\n"))
      </main>
      </body>
      </html>

      """
  }

  // MARK: - Sections

  package func items(_ items: [PlanExport.Item], kind: String) -> [String] {
    guard !items.isEmpty else { return [] }
    var names: [String] = []
    for item in items {
      for field in item.fields where !names.contains(field.name) { names.append(field.name) }
    }
    return [
      table(
        [kind, "title"] + names,
        items.map { item in
          [.text(item.name), .text(item.title ?? "—")]
            + names.map { name in .field(item.fields.first { $0.name == name }?.value) }
        })
    ]
  }

  package func goals(_ goals: [PlanExport.Goal]) -> [String] {
    guard !goals.isEmpty else { return [] }
    return [
      table(
        ["goal", "metric", "baseline", "target", "deadline", "owner", "supports", "SMART"],
        goals.map { goal in
          [
            .titled(goal.name, goal.title), .text(goal.metric ?? "—"), .field(goal.baseline),
            .field(goal.target), .number(goal.deadline?.iso ?? "—"), .text(ExportText.names(goal.owners)),
            .text(ExportText.names(goal.supports)), .smart(goal.smart),
          ]
        })
    ]
  }

  package func funnel(_ funnel: PlanExport.Funnel, _ charts: inout HTMLCharts) -> [String] {
    var content = [
      "<h3><bdi>Funnel <bdi>\(Self.escape(funnel.name))</bdi></bdi></h3>", charts.funnel(funnel),
    ]
    if let goal = funnel.countsFor {
      content.append(
        "<p class=\"note\"><bdi>Stage counts from <bdi>\(Self.escape(goal))</bdi>.</bdi></p>")
    }
    content.append(
      table(
        ["stage", "rate from the stage before", "count"],
        funnel.stages.map { stage in
          [
            .text(stage.name),
            stage.rate.map { .value(.quantity(Quantity(magnitude: $0, unit: .none, display: .percent))) }
              ?? .text("—"),
            stage.count.map { .value(.quantity(Quantity(magnitude: $0, unit: Unit(base: stage.name)))) }
              ?? .text("—"),
          ]
        }))
    return content
  }

  package func budget(_ budget: PlanExport.Budget, _ charts: inout HTMLCharts) -> [String] {
    var content = [
      "<h3><bdi>Budget <bdi>\(Self.escape(budget.name))</bdi>"
        + (budget.title.map { " — <bdi>\(Self.escape($0))</bdi>" } ?? "") + "</bdi></h3>",
      "<p class=\"note\"><bdi>\(Self.escape(ExportText.kinds(budget)))</bdi></p>",
      table(
        ["account", "amount", "note"],
        ExportText.accounts(budget).map { [.text($0.0), .number($0.1), .text($0.2)] }),
    ]
    guard !budget.months.isEmpty else { return content }
    content.append(charts.pacing(budget))
    var cumulative = 0.0
    content.append(
      table(
        ["month", "committed", "cumulative"],
        budget.months.map { month in
          cumulative += month.amount
          return [
            .number(month.label), .number(Formatting.money(month.amount, budget.currency)),
            .number(Formatting.money(cumulative, budget.currency)),
          ]
        }))
    if budget.unscheduled > 0 {
      content.append(
        "<p class=\"note\"><bdi>Unscheduled (no period): <bdi dir=\"ltr\">"
          + Self.escape(Formatting.money(budget.unscheduled, budget.currency)) + "</bdi></bdi></p>")
    }
    return content
  }

  package func actions(_ export: PlanExport, _ charts: inout HTMLCharts) -> [String] {
    guard !export.actions.isEmpty else { return [] }
    var content: [String] = []
    if let chart = charts.spendByChannel(export.actions, currency: export.currency) { content.append(chart) }
    for (heading, key) in [("owner", \PlanExport.Action.owners), ("channel", \.channelList)] {
      content.append("<h3><bdi>By \(heading)</bdi></h3>")
      for (group, members) in ExportText.grouped(export.actions, by: { $0[keyPath: key] }) {
        content.append("<h4><bdi>\(Self.escape(group))</bdi></h4>")
        content.append(
          table(
            ["action", "serves", heading == "owner" ? "channel" : "owner", "cost", "period", "budget"],
            members.map { action in
              [
                .text(action.name), .text(ExportText.names(action.serves)),
                .text(heading == "owner" ? action.channel ?? "—" : ExportText.names(action.owners)),
                .field(action.cost), .number(ExportText.period(action)), .text(action.budget ?? "—"),
              ]
            }))
      }
    }
    return content
  }

  package func comparison(_ comparison: PlanExport.Comparison, _ charts: inout HTMLCharts) -> [String] {
    let showChange = comparison.scenarios.count == 2
    return [
      "<h3><bdi>\(Self.escape(comparison.scenarios.joined(separator: " vs ")))</bdi></h3>",
      charts.scenarios(comparison),
      table(
        [""] + comparison.scenarios + (showChange ? ["change"] : []),
        comparison.rows.map { row in
          [.text(row.label)] + row.values.map { .value($0) }
            + (showChange ? [.number(ExportText.change(row))] : [])
        }),
    ]
  }

  package func uncertain(_ value: PlanExport.NamedValue, _ charts: inout HTMLCharts) -> [String] {
    let summary = ExportText.summary(value.value)
    return [
      "<h3><bdi>\(Self.escape(value.name))</bdi></h3>",
      charts.distribution(value),
      table(
        ["mean", "p5", "p50", "p95"],
        [[.number(summary.mean), .number(summary.p5), .number(summary.p50), .number(summary.p95)]]),
    ]
  }

  package func openItems(_ export: PlanExport) -> [String] {
    var items = export.openItems.map { item in
      var text =
        "<li class=\"\(item.severity.rawValue)\"><bdi><strong>\(item.severity.rawValue) \(Self.escape(item.code))</strong>"
      if item.line > 0 { text += " (line <bdi dir=\"ltr\">\(item.line)</bdi>)" }
      text += ": <bdi>\(Self.escape(item.message))</bdi>"
      if let fix = item.fix { text += "<br><span class=\"fix\">fix: <bdi>\(Self.escape(fix))</bdi></span>" }
      return text + "</bdi></li>"
    }
    if items.isEmpty { items.append("<li class=\"passed\"><bdi>None: every check passes.</bdi></li>") }
    return [
      "<ul class=\"checks\">\n" + items.joined(separator: "\n") + "\n</ul>",
      "<p class=\"note\"><bdi>\(export.checksPassed) of \(export.checksTotal) checks pass.</bdi></p>",
    ]
  }

  // MARK: - Tables

  package enum Cell {
    /// Text from the plan: isolated, so its direction is its own.
    case text(String)
    /// A number, a date or an amount: isolated left to right.
    case number(String)
    case value(Value)
    case field(Value?)
    case smart([PlanExport.SMARTMark])
    /// A name with its title under it.
    case titled(String, String?)
  }

  package func table(_ headings: [String], _ rows: [[Cell]]) -> String {
    var html = "<div class=\"table\"><table>\n<thead><tr>"
    // A column of numbers has its heading over the numbers' side.
    let numeric = headings.indices.map { index in
      rows.first.map { index < $0.count && self.cell($0[index]).hasPrefix("<td class=\"n\"") } ?? false
    }
    html +=
      headings.indices.map { "<th\(numeric[$0] ? " class=\"n\"" : "")>\(Self.escape(headings[$0]))</th>" }
      .joined() + "</tr></thead>\n<tbody>\n"
    for row in rows {
      html += "<tr>" + row.map(cell).joined() + "</tr>\n"
    }
    return html + "</tbody>\n</table></div>"
  }

  func cell(_ cell: Cell) -> String {
    switch cell {
    case .text(let text): "<td><bdi>\(Self.escape(text))</bdi></td>"
    case .number(let text): "<td class=\"n\"><bdi dir=\"ltr\">\(Self.escape(text))</bdi></td>"
    case .value(.text(let text)): "<td><bdi>\(Self.escape(text))</bdi></td>"
    case .value(let value): self.cell(.number(Formatting.describe(value)))
    case .field(let value?) where value.quantity != nil || value.period != nil: self.cell(.value(value))
    case .field(let value): self.cell(.text(ExportText.describe(value)))
    case .titled(let name, let title):
      "<td><bdi>\(Self.escape(name))</bdi>"
        + (title.map { "<br><span class=\"title\"><bdi>\(Self.escape($0))</bdi></span>" } ?? "") + "</td>"
    case .smart(let marks):
      // Left to right in any page: a ✓ at the end would otherwise move to the far side.
      "<td class=\"smart\"><bdi dir=\"ltr\">"
        + marks.map {
          "<span class=\"\($0.met.map { $0 ? "met" : "unmet" } ?? "unjudged")\">\($0.letter) \($0.mark)</span>"
        }
        .joined(separator: " ") + "</bdi></td>"
    }
  }

  // MARK: - Text

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

  /// True when the plan's title (or, without one, most of its names' letters) is written in a
  /// right-to-left script: Arabic, Persian, Hebrew, Syriac, Thaana.
  static func isRightToLeft(_ export: PlanExport) -> String? {
    let texts =
      export.planTitle.map { [$0] }
      ?? (export.objectives.compactMap(\.title) + export.goals.compactMap(\.title))
    var rightToLeft = 0
    var leftToRight = 0
    var language = "ar"
    for scalar in texts.joined().unicodeScalars where scalar.properties.isAlphabetic {
      guard isRightToLeftLetter(scalar) else {
        leftToRight += 1
        continue
      }
      rightToLeft += 1
      // Hebrew has a block of its own; پ چ ژ گ and Persian digits are Persian, not Arabic.
      if (0x0590...0x05FF).contains(scalar.value) { language = "he" }
      if [0x067E, 0x0686, 0x0698, 0x06AF].contains(scalar.value) { language = "fa" }
    }
    return rightToLeft > leftToRight ? language : nil
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
