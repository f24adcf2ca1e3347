import MPlanLanguage
import MPlanSyntax

/// The export laid out once: every section, table and chart the formats write.
extension PlanDocument {
  /// `goalColumns` are the goals' grid's columns (`PlanDocument.goalColumns`, which every
  /// export and `show goals` use); a test gives more to see them reach every writer.
  public init(_ export: PlanExport, goalColumns: [GridColumn<PlanExport.Goal>] = goalColumns) {
    grids = Grids(export, goalColumns: goalColumns)
    title = export.displayTitle + (export.subject.map { ": \($0)" } ?? "")
    facts =
      (export.period.map { [(Message("document-period"), $0.description)] } ?? [])
      + [(Message("document-currency"), export.currency)]
    planWords =
      export.planTitle.map { [$0] }
      ?? (export.objectives.compactMap(\.title) + export.goals.compactMap(\.title))
    language = export.language
    sections = []
    func section(_ id: String, _ title: Message, _ blocks: [Block]) {
      guard !blocks.isEmpty else { return }
      sections.append(Section(id: id, title: title, blocks: blocks))
    }
    section("objectives", Message("section-objectives"), Self.items(export.objectives, kind: "objective"))
    section("goals", Message("section-goals"), export.goals.isEmpty ? [] : [.table(grids.goals)])
    section("funnels", Message("section-funnels"), export.funnels.flatMap(Self.funnel))
    section("economics", Message("economics-title"), Self.economics(export.economics))
    section("budgets", Message("section-budgets"), export.budgets.flatMap(Self.budget))
    section("actions", Message("section-actions"), Self.actions(export, grids.actions))
    section("reports", Message("section-reports"), Self.items(export.reports, kind: "report"))
    section("comparisons", Message("section-comparisons"), export.comparisons.flatMap(Self.comparison))
    section("tables", Message("section-tables"), export.dataTables.map { .dataTable($0) })
    if !export.values.isEmpty {
      var values = Table([
        .init(Message("document-values-value")), .init(Message("document-values-amount"), .right),
      ])
      for value in export.values { values.add([.name(value.name), .value(.quantity(value.value))]) }
      section("values", Message("section-values"), [.table(values)])
    }
    section("uncertain", Message("section-uncertain"), Self.uncertain(export.uncertainValues))
    if export.subject == nil {
      section(
        "checks", Message("section-checks"),
        [.findings(export.openItems, passed: export.checksPassed, total: export.checksTotal)])
    }
  }

  /// The grid a data view writes (`ledger`, `goals`, `actions`, `budgets`, `pacing`,
  /// `checks`, `scenarios`), built alone: a CSV needs no other part of the document. The
  /// goals and actions are the document's own tables.
  public static func dataGrid(_ name: String, of export: PlanExport) -> Table? {
    switch name {
    case "ledger": ledger(export)
    case "goals": goalsTable(export.goals)
    case "actions": actionsTable(export.actions)
    case "budgets": budgetSummary(export.budgets)
    case "pacing": pacing(export.budgets)
    case "checks": checks(export.openItems)
    case "scenarios": scenarioChanges(export.comparisons)
    case "economics": economicsGrid(export.economics)
    default: nil
    }
  }

  // MARK: - The tables `show` shares

  /// `show goals` and every export's goals: one row a goal, its SMART letters last but the
  /// count of actions that serve it.
  package static func goalsTable(
    _ goals: [PlanExport.Goal], columns: [GridColumn<PlanExport.Goal>] = goalColumns
  ) -> Table {
    var table = Table(columns.map(\.column))
    for goal in goals { table.add(columns.map { $0.cell(goal) }) }
    return table
  }

  /// The goals' grid, a column an entry: a column added here shows in `show goals` and in
  /// every format (Markdown, HTML, CSV, JSON, xlsx), each writing the cell by its type.
  public static let goalColumns: [GridColumn<PlanExport.Goal>] = [
    .init(.init(Message("grid-goal"))) { .name($0.name) },
    .init(.init(Message("grid-title"), optional: true)) { $0.title.map(Table.Cell.name) ?? .empty },
    .init(.init(Message("grid-metric"))) { $0.metric.map(Table.Cell.name) ?? .empty },
    .init(.init(Message("grid-baseline"), .right)) { .field($0.baseline) },
    .init(.init(Message("grid-target"), .right, keys: ["target", "unit"])) { .field($0.target) },
    .init(.init(Message("grid-deadline"))) { $0.deadline.map(Table.Cell.date) ?? .empty },
    .init(.init(Message("grid-owner"))) { .names($0.owners) },
    .init(.init(Message("grid-supports"))) { .names($0.supports) },
    .init(.init(Message("grid-smart"), keys: ["smart"])) { .verdicts($0.smart) },
    .init(.init(Message("grid-actions"), .right)) { .count($0.actions.count) },
    .init(.init(Message("grid-chance-met"), .right, key: "chance_met", optional: true)) { goal in
      goal.chanceMet.map { .value(.quantity(Quantity($0, display: .percent))) } ?? .empty
    },
  ]

  /// Every action: what it serves, through which channel, who owns it, what it costs, when,
  /// and which budget pays for it.
  package static func actionsTable(_ actions: [PlanExport.Action]) -> Table {
    var table = Table([
      .init(Message("grid-action")), .init(Message("grid-title"), optional: true),
      .init(Message("grid-serves")), .init(Message("grid-channel")), .init(Message("grid-owner")),
      .init(Message("grid-cost"), .right, keys: ["cost", "currency"]),
      .init(Message("grid-period"), keys: ["start", "end"]), .init(Message("grid-budget")),
    ])
    for action in actions {
      table.add([
        .name(action.name), action.title.map(Table.Cell.name) ?? .empty, .names(action.serves),
        action.channel.map(Table.Cell.name) ?? .empty, .names(action.owners), .field(action.cost),
        action.period.map { .period($0, fromPlan: action.periodIsPlans) } ?? .empty,
        action.budget.map(Table.Cell.name) ?? .empty,
      ])
    }
    return table
  }

  // MARK: - Sections

  static func items(_ items: [PlanExport.Item], kind: String) -> [Block] {
    guard !items.isEmpty else { return [] }
    var fieldNames: [String] = []
    for item in items {
      for field in item.fields where !fieldNames.contains(field.name) { fieldNames.append(field.name) }
    }
    var table = Table([.init(kind), .init("title", optional: true)] + fieldNames.map { .init($0) })
    for item in items {
      table.add(
        [.name(item.name), item.title.map(Table.Cell.name) ?? .empty]
          + fieldNames.map { name in .field(item.fields.first { $0.name == name }?.value) })
    }
    return [.table(table)]
  }

  static func funnel(_ funnel: PlanExport.Funnel) -> [Block] {
    var blocks: [Block] = [
      .heading([.message(Message("document-funnel")), .text(" "), .name(funnel.name)]),
      .chart(
        Chart(
          title: Message("chart-funnel-title", ["funnel": .text(funnel.name)]),
          description: Message(
            "chart-funnel-description", ["stages": .text(funnel.stages.map(\.name).joined(separator: ", "))]),
          kind: .funnel(funnel))
      ),
    ]
    if let goal = funnel.countsFor {
      blocks.append(
        .note([.message(Message("document-stage-counts-from")), .text(" "), .name(goal), .text(".")]))
    }
    var table = Table([
      .init(Message("document-funnel-stage")), .init(Message("document-funnel-rate"), .right),
      .init(Message("document-funnel-count"), .right),
    ])
    for stage in funnel.stages {
      table.add([
        .name(UnitTable.displayBase(stage.name)),
        stage.rate.map { .value(.quantity(Quantity(magnitude: $0, unit: .none, display: .percent))) }
          ?? .empty,
        stage.count.map { .value(.quantity(Quantity(magnitude: $0, unit: Unit(base: stage.name)))) }
          ?? .empty,
      ])
    }
    return blocks + [.table(table)]
  }

  /// A budget as `show budget` shows it, with its pacing drawn after its accounts.
  static func budget(_ budget: PlanExport.Budget) -> [Block] {
    var blocks = budget.blocks
    guard !budget.months.isEmpty else { return blocks }
    let running = budget.months.reduce(0) { $0 + $1.amount }
    let chart = Chart(
      title: Message("chart-pacing-title", ["budget": .text(budget.name)]),
      description: Message(
        "chart-pacing-description",
        ["months": .count(budget.months.count), "amount": .value(Formatting.money(running, budget.currency))]),
      kind: .pacing(budget))
    let accounts = blocks.firstIndex { if case .table = $0 { true } else { false } } ?? blocks.count - 1
    blocks.insert(.chart(chart), at: min(blocks.count, accounts + 1))
    return blocks
  }

  static func actions(_ export: PlanExport, _ table: Table) -> [Block] {
    guard !export.actions.isEmpty else { return [] }
    var blocks: [Block] = []
    if let chart = spendByChannel(export.actions, currency: export.currency) { blocks.append(.chart(chart)) }
    let rows = Dictionary(
      zip(export.actions.map(\.name), table.rows), uniquingKeysWith: { first, _ in first })
    let groupings: [(String, KeyPath<PlanExport.Action, [String]>, Message)] = [
      ("owner", \.owners, Message("document-by-owner")),
      ("channel", \.channelList, Message("document-by-channel")),
    ]
    for (field, key, title) in groupings {
      blocks.append(.subheading([.message(title)], level: 3))
      let column = table.columns.firstIndex { $0.keys.first == field }!
      for (group, members) in grouped(export.actions, by: { $0[keyPath: key] }) {
        blocks.append(.subheading([.name(group)], level: 4))
        var part = table
        part.columns.remove(at: column)
        part.rows = members.map {
          var row = rows[$0.name]!; row.remove(at: column); return row
        }
        blocks.append(.table(part))
      }
    }
    return blocks
  }

  /// Actions in groups by owner or channel, in the order each group first appears.
  static func grouped(_ actions: [PlanExport.Action], by key: (PlanExport.Action) -> [String])
    -> [(String, [PlanExport.Action])]
  {
    var order: [String] = []
    var groups: [String: [PlanExport.Action]] = [:]
    for action in actions {
      for group in key(action).ifEmpty(["(none)"]) {
        if groups[group] == nil { order.append(group) }
        groups[group, default: []].append(action)
      }
    }
    return order.map { ($0, groups[$0]!) }
  }

  /// Spend a channel over the plan, in the plan's currency; nil when no action has one.
  static func spendByChannel(_ actions: [PlanExport.Action], currency: String) -> Chart? {
    var order: [String] = []
    var totals: [String: Double] = [:]
    // A bar's label is the plan's name for its channel, said as written; the bar of actions
    // with none says so in English, as a name would.
    let noChannel = Message("chart-no-channel").english
    for action in actions where action.currency == currency && !action.months.isEmpty {
      let channel = action.channel ?? noChannel
      if totals[channel] == nil { order.append(channel) }
      totals[channel, default: 0] += action.months.reduce(0) { $0 + $1.amount }
    }
    guard !order.isEmpty else { return nil }
    let bars = order.map { ($0, totals[$0]!) }.sorted { $0.1 > $1.1 }
    return Chart(
      title: Message("chart-channel-spend-title", ["currency": .text(currency)]),
      description: Message("chart-channel-spend-description", ["count": .count(bars.count)]),
      kind: .bars(
        bars.map {
          Chart.Group(
            label: nil, bars: [.init(label: $0.0, value: $0.1, text: Formatting.money($0.1, currency))])
        },
        scaledByGroup: false))
  }

  static func uncertain(_ values: [PlanExport.NamedValue]) -> [Block] {
    guard !values.isEmpty else { return [] }
    var blocks: [Block] = []
    var table = Table(headings: [
      Message("document-values-value"), Message("document-uncertain-mean"), Message("document-uncertain-p5"),
      Message("document-uncertain-p50"), Message("document-uncertain-p95"),
    ])
    for value in values {
      let summary = value.value.summary
      if case .samples(let samples) = value.value.magnitude, !samples.values.isEmpty {
        let range = [summary.p5, summary.p95].map { Formatting.describe(.quantity($0)) }
        blocks.append(
          .chart(
            Chart(
              title: Message("chart-distribution-title", ["value": .text(value.name)]),
              description: Message(
                "chart-distribution-description",
                ["count": .count(samples.values.count), "low": .value(range[0]), "high": .value(range[1])]),
              kind: .distribution(value))))
      }
      table.add(
        [.name(value.name)]
          + [summary.mean, summary.p5, summary.p50, summary.p95].map { .value(.quantity($0)) })
    }
    return blocks + [.table(table)]
  }
}

extension PlanExport.Action {
  package var channelList: [String] { channel.map { [$0] } ?? [] }
}

extension Array {
  package func ifEmpty(_ replacement: [Element]) -> [Element] { isEmpty ? replacement : self }
}

extension Quantity {
  /// Mean and the 5th, 50th and 95th percentiles, each with the quantity's unit; an exact
  /// quantity is all four.
  package var summary: (mean: Quantity, p5: Quantity, p50: Quantity, p95: Quantity) {
    func quantity(_ number: Double) -> Quantity {
      Quantity(magnitude: .exact(number), unit: unit, display: display)
    }
    guard case .samples(let samples) = magnitude else {
      let value = quantity(magnitude.central)
      return (value, value, value, value)
    }
    let points = samples.percentiles([0.05, 0.5, 0.95])
    return (quantity(samples.mean), quantity(points[0]), quantity(points[1]), quantity(points[2]))
  }
}
