/// Plan declarations, comparisons and checklists as aligned text tables.
public struct PlanPresenter {
  let environment: Environment

  public init(environment: Environment) { self.environment = environment }

  static let collections: [String: DeclarationKind] = [
    "objectives": .objective, "goals": .goal, "budgets": .budget, "actions": .action, "reports": .report,
  ]

  /// `show NAME`, `show goals`, `show actions by owner`, `show budget NAME`.
  public func show(words: [Name], groupedBy: Name?) throws -> String {
    let first = words[0]
    if let kind = Self.collections[first.text] {
      if let groupedBy { try checkGrouping(groupedBy, of: kind) }
      switch kind {
      case .goal where groupedBy == nil: return goalsTable()
      case .action: return actionsTable(groupedBy: groupedBy?.text)
      default: return list(kind, groupedBy: groupedBy?.text)
      }
    }
    if let kind = DeclarationKind(rawValue: first.text), words.count == 2 {
      guard case .declaration(let item) = environment[words[1].text] ?? .bool(false), item.kind == kind else {
        throw unknown(words[1], kind: kind)
      }
      return try describe(item)
    }
    guard words.count == 1, let value = environment[first.text] else {
      throw unknown(first, kind: nil)
    }
    switch value {
    case .declaration(let item): return try describe(item)
    case .record(let record):
      var table = TextTable(headings: ["", ""], alignments: [.left, .right])
      for field in record.fields { table.add([field.name, Formatting.describe(field.value)]) }
      return table.render()
    case .funnel(let funnel):
      // Every column has a heading, so the heading line and the rows line up.
      var table = TextTable(headings: ["from", "to", "rate"], alignments: [.left, .left, .right])
      for index in funnel.rates.indices {
        table.add([
          UnitTable.displayBase(funnel.stages[index]), UnitTable.displayBase(funnel.stages[index + 1]),
          Formatting.describe(Quantity(magnitude: funnel.rates[index], unit: .none, display: .percent)),
        ])
      }
      return "funnel \(funnel.name)\n" + table.render()
    default:
      return "\(first.text) = \(Formatting.describe(value))"
    }
  }

  func unknown(_ name: Name, kind: DeclarationKind?) -> Diagnostic {
    let candidates =
      environment.planItems.filter { kind == nil || $0.kind == kind }.map(\.name)
      + (kind == nil ? Array(Self.collections.keys) + Array(environment.bindings.keys) : [])
    return Diagnostic.error(
      .unknownName, "nothing to show called `\(name.text)`", at: name.span,
      fixIt: Suggestions.closest(to: name.text, among: candidates).map { "did you mean `\($0)`?" }
        ?? "try `show goals`, `show actions by owner` or `show NAME`")
  }

  /// `show actions by ownr`: a field no declaration of the kind has is a typo, not a group of
  /// one called "(no ownr)".
  func checkGrouping(_ field: Name, of kind: DeclarationKind) throws {
    let items = environment.planItems.filter { $0.kind == kind }
    let fields = Set(kind.fieldNames + items.flatMap { $0.fields.map(\.name) })
    guard !fields.contains(field.text) else { return }
    throw Diagnostic.error(
      .unknownField, "\(kind.rawValue)s have no field `\(field.text)` to group by", at: field.span,
      fixIt: Suggestions.closest(to: field.text, among: fields).map { "did you mean `\($0)`?" }
        ?? "group by one of: " + kind.fieldNames.joined(separator: ", "))
  }

  /// One declaration, field by field; a budget adds its accounts.
  func describe(_ item: PlanItem) throws -> String {
    if item.kind == .budget { return try budgetView(item) }
    var heading = "\(item.kind.rawValue) \(item.name)"
    if item.kind == .plan {
      // `plan "Growth 2027" { … }` has a title and no name of its own.
      heading = "plan" + (item.title.map { " \"\($0)\"" } ?? "")
    } else if let title = item.title {
      heading += " — \(title)"
    }
    if !item.serves.isEmpty { heading += " ⇒ " + item.serves.map(\.text).joined(separator: ", ") }
    var table = TextTable(headings: ["", ""], alignments: [.left, .left])
    for field in item.fields { table.add([field.name, cell(field.value)]) }
    return heading + "\n" + table.render(indent: "  ")
  }

  func list(_ kind: DeclarationKind, groupedBy: String?) -> String {
    let items = environment.planItems.filter { $0.kind == kind }
    if items.isEmpty { return "no \(kind.rawValue)s in this plan" }
    let titled = items.contains { $0.title != nil }
    let columns = kind.fieldNames.filter { name in items.contains { $0[name] != nil } }
    func table(_ rows: [PlanItem]) -> String {
      let headings = [kind.rawValue] + (titled ? ["title"] : []) + columns
      var table = TextTable(headings: headings, alignments: headings.map { _ in .left })
      for item in rows {
        table.add([item.name] + (titled ? [item.title ?? "—"] : []) + columns.map { cell(item[$0]) })
      }
      return table.render()
    }
    guard let groupedBy else { return table(items) }
    var groups: [(String, [PlanItem])] = []
    for item in items {
      let key = item[groupedBy].map(Formatting.describe) ?? "(no \(groupedBy))"
      if let index = groups.firstIndex(where: { $0.0 == key }) {
        groups[index].1.append(item)
      } else {
        groups.append((key, [item]))
      }
    }
    return groups.map { "\(groupedBy): \($0.0)\n" + table($0.1) }.joined(separator: "\n\n")
  }

  /// `compare base, cautious on …`: one column per scenario, and the change when there are two.
  public static func comparison(headings: [String], rows: [String], columns: [[Value]]) -> String {
    let showChange = columns.count == 2
    var table = TextTable(headings: [""] + headings + (showChange ? ["change"] : []))
    for (index, label) in rows.enumerated() {
      var cells = [label] + columns.map { Formatting.describe($0[index]) }
      if showChange {
        cells.append(change(from: columns[0][index], to: columns[1][index]))
      }
      table.add(cells)
    }
    return table.render()
  }

  static func change(from base: Value, to other: Value) -> String {
    guard case .quantity(let a) = base, case .quantity(let b) = other, a.unit == b.unit else { return "" }
    let x = a.magnitude.central
    let y = b.magnitude.central
    if x == y { return "=" }
    guard x != 0 else { return "" }
    let ratio = (y - x) / abs(x)
    return (ratio > 0 ? "+" : "") + Formatting.percent(ratio)
  }

  /// `check` and `:check`: the checklist as text (see `Checklist`).
  public static func checklist(_ findings: [PlanFinding]) -> String { Checklist(findings).text() }
}
