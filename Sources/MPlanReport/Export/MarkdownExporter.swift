import MPlanLanguage
import MPlanPlanning
import MPlanSyntax

/// The plan as a GitHub-flavoured Markdown document: headings and pipe tables that read well
/// on a code host and in a chat message. Every text from the plan is escaped, so a name with
/// `|`, `*` or `<script>` stays text.
public struct MarkdownExporter: Exporter {
  /// How every file this exporter writes begins: recognised before replacing a file.
  public static let signature = "<!-- written by mplan export -->"

  public init() {}

  public func render(_ export: PlanExport) -> String {
    var lines = [
      Self.signature, "# " + Self.escape(export.displayTitle + (export.subject.map { ": \($0)" } ?? "")), "",
    ]
    var facts = ["Currency: " + Self.escape(export.currency)]
    if let period = export.period { facts.insert("Period: \(period.description)", at: 0) }
    lines.append(facts.joined(separator: " · "))
    func section(_ title: String, _ body: [String]) {
      guard !body.isEmpty else { return }
      lines += ["", "## " + title, ""] + body
    }
    section("Objectives", items(export.objectives, kind: "objective"))
    section("Goals", goals(export.goals))
    section("Funnels", Self.separated(export.funnels.map(funnel)))
    section("Budgets", Self.separated(export.budgets.map(budget)))
    section("Actions", actions(export.actions))
    section("Reports", items(export.reports, kind: "report"))
    section("Comparisons", Self.separated(export.comparisons.map(comparison)))
    section("Data tables", Self.separated(export.dataTables.map(dataTable)))
    section(
      "Values",
      export.values.isEmpty
        ? []
        : table(
          ["value", "amount"], export.values.map { [$0.name, Formatting.describe(.quantity($0.value))] }))
    section("Uncertain values", uncertain(export.uncertainValues))
    if export.subject == nil { section("Open items", openItems(export)) }
    return lines.joined(separator: "\n") + "\n"
  }

  package func items(_ items: [PlanExport.Item], kind: String) -> [String] {
    guard !items.isEmpty else { return [] }
    var fieldNames: [String] = []
    for item in items {
      for field in item.fields where !fieldNames.contains(field.name) { fieldNames.append(field.name) }
    }
    return table(
      [kind, "title"] + fieldNames,
      items.map { item in
        [item.name, item.title ?? "—"]
          + fieldNames.map { name in ExportText.describe(item.fields.first { $0.name == name }?.value) }
      })
  }

  package func goals(_ goals: [PlanExport.Goal]) -> [String] {
    guard !goals.isEmpty else { return [] }
    return table(
      ["goal", "title", "metric", "baseline", "target", "deadline", "owner", "supports", "SMART"],
      goals.map { goal in
        [
          goal.name, goal.title ?? "—", goal.metric ?? "—", ExportText.describe(goal.baseline),
          ExportText.describe(goal.target), goal.deadline?.iso ?? "—", ExportText.names(goal.owners),
          ExportText.names(goal.supports), ExportText.smart(goal.smart),
        ]
      }, rightAligned: [3, 4])
  }

  package func funnel(_ funnel: PlanExport.Funnel) -> [String] {
    var lines = ["### Funnel " + Self.escape(funnel.name), ""]
    if let goal = funnel.countsFor { lines += ["Stage counts from `\(goal)`.", ""] }
    lines += table(
      ["stage", "rate from the stage before", "count"],
      funnel.stages.map { stage in
        [
          stage.name,
          stage.rate.map {
            Formatting.describe(.quantity(Quantity(magnitude: $0, unit: .none, display: .percent)))
          }
            ?? "—",
          stage.count.map {
            Formatting.describe(.quantity(Quantity(magnitude: $0, unit: Unit(base: stage.name))))
          }
            ?? "—",
        ]
      }, rightAligned: [1, 2])
    return lines
  }

  package func budget(_ budget: PlanExport.Budget) -> [String] {
    var lines = [
      "### Budget " + Self.escape(budget.name + (budget.title.map { " — \($0)" } ?? "")), "",
      Self.escape(ExportText.kinds(budget)), "",
    ]
    lines += table(
      ["account", "amount", "note"], ExportText.accounts(budget).map { [$0.0, $0.1, $0.2] }, rightAligned: [1]
    )
    if !budget.months.isEmpty {
      var cumulative = 0.0
      lines += ["", "Pacing by month:", ""]
      lines += table(
        ["month", "committed", "cumulative"],
        budget.months.map { month in
          cumulative += month.amount
          return [
            month.label, Formatting.money(month.amount, budget.currency),
            Formatting.money(cumulative, budget.currency),
          ]
        }, rightAligned: [1, 2])
    }
    if budget.unscheduled > 0 {
      lines += ["", "Unscheduled (no period): " + Formatting.money(budget.unscheduled, budget.currency)]
    }
    return lines
  }

  package func actions(_ actions: [PlanExport.Action]) -> [String] {
    guard !actions.isEmpty else { return [] }
    var lines: [String] = []
    for (heading, key) in [("owner", \PlanExport.Action.owners), ("channel", \.channelList)] {
      lines += ["### By " + heading, ""]
      for (group, members) in ExportText.grouped(actions, by: { $0[keyPath: key] }) {
        lines += ["**" + Self.escape(group) + "**", ""]
        lines += table(
          ["action", "serves", heading == "owner" ? "channel" : "owner", "cost", "period", "budget"],
          members.map { action in
            [
              action.name, ExportText.names(action.serves),
              heading == "owner" ? action.channel ?? "—" : ExportText.names(action.owners),
              ExportText.describe(action.cost), ExportText.period(action), action.budget ?? "—",
            ]
          }, rightAligned: [3])
        lines.append("")
      }
    }
    return Array(lines.dropLast())
  }

  package func comparison(_ comparison: PlanExport.Comparison) -> [String] {
    let showChange = comparison.scenarios.count == 2
    let title = "### " + Self.escape(comparison.scenarios.joined(separator: " vs "))
    return [title, ""]
      + table(
        [""] + comparison.scenarios + (showChange ? ["change"] : []),
        comparison.rows.map { row in
          [row.label] + row.values.map(Formatting.describe) + (showChange ? [ExportText.change(row)] : [])
        }, rightAligned: Set(1...(comparison.scenarios.count + (showChange ? 1 : 0))))
  }

  package func uncertain(_ values: [PlanExport.NamedValue]) -> [String] {
    guard !values.isEmpty else { return [] }
    return table(
      ["value", "mean", "p5", "p50", "p95"],
      values.map { value in
        let summary = ExportText.summary(value.value)
        return [value.name, summary.mean, summary.p5, summary.p50, summary.p95]
      }, rightAligned: [1, 2, 3, 4])
  }

  package func openItems(_ export: PlanExport) -> [String] {
    var lines = export.openItems.map { item in
      var line = "- **\(item.severity.rawValue) \(item.code)**"
      if item.line > 0 { line += " (line \(item.line))" }
      line += ": " + Self.escape(item.message)
      if let fix = item.fix { line += " — fix: " + Self.escape(fix) }
      return line
    }
    if lines.isEmpty { lines.append("None: every check passes.") }
    return lines + ["", "\(export.checksPassed) of \(export.checksTotal) checks pass."]
  }

  /// Blocks with a blank line between them.
  package static func separated(_ blocks: [[String]]) -> [String] {
    blocks.enumerated().flatMap { index, block in index == 0 ? block : [""] + block }
  }

  /// A pipe table; every cell escaped.
  package func table(_ headings: [String], _ rows: [[String]], rightAligned: Set<Int> = []) -> [String] {
    let rule = headings.indices.map { rightAligned.contains($0) ? "---:" : "---" }
    return [
      "| " + headings.map(Self.escape).joined(separator: " | ") + " |",
      "| " + rule.joined(separator: " | ") + " |",
    ]
      + rows.map { "| " + $0.map(Self.escape).joined(separator: " | ") + " |" }
  }

  /// Text as Markdown shows it literally: characters with a meaning are escaped, angle
  /// brackets become entities (no HTML gets through), and line breaks become spaces so a
  /// table row stays one line.
  package static func escape(_ text: String) -> String {
    var result = ""
    let characters = Array(text)
    for (index, character) in characters.enumerated() {
      switch character {
      // `new_customers` stays as written: GitHub reads no emphasis inside a word.
      case "_"
      where index > 0 && index + 1 < characters.count && characters[index - 1].isLetterOrDigit
        && characters[index + 1].isLetterOrDigit:
        result.append(character)
      case "\\", "|", "*", "_", "`", "[", "]", "#", "~": result += "\\\(character)"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "&": result += "&amp;"
      case "\n", "\r", "\r\n": result += " "
      // An escape sequence from a file's cell reaches no terminal that shows the export.
      default: result += DiagnosticRenderer.visible(String(character))
      }
    }
    return result
  }
}

extension Character {
  package var isLetterOrDigit: Bool { isLetter || isNumber }
}

extension PlanExport.Action {
  package var channelList: [String] { channel.map { [$0] } ?? [] }
}
