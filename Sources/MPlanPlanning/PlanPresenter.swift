import MPlanLanguage
import MPlanSyntax

/// `show` as data: plan declarations, values and funnels as views (tables of values with
/// headings). Rendering them is `MPlanReport`'s.
public struct PlanPresenter {
  package let environment: Environment
  /// The plan's index and budget ledgers, worked out once for all the views of one `show`.
  package let checker: PlanChecker

  public init(environment: Environment) {
    self.init(environment: environment, checker: PlanChecker(environment: environment))
  }

  package init(environment: Environment, checker: PlanChecker) {
    self.environment = environment
    self.checker = checker
  }

  package static let collections: [String: DeclarationKind] = [
    "objectives": .objective, "goals": .goal, "budgets": .budget, "actions": .action, "reports": .report,
    "channels": .channel,
  ]

  /// `show NAME`, `show goals`, `show actions by owner`, `show budget NAME`.
  public func show(words: [Name], groupedBy: Name?) throws -> View {
    let first = words[0]
    if Self.actualsViews.contains(first.text), environment[first.text] == nil {
      return try showActuals(first, named: words.count == 2 ? words[1] : nil, groupedBy: groupedBy)
    }
    if first.text == "economics", words.count == 1, environment[first.text] == nil {
      let economics = PlanExport.economics(checker.index)
      guard !economics.isEmpty else { return View([.line(Message("economics-none").english)]) }
      return View(economics.flatMap { [View.Part.line($0.note.english), .table($0.table)] })
    }
    if let kind = Self.collections[first.text] {
      if let groupedBy { try checkGrouping(groupedBy, of: kind) }
      switch kind {
      case .goal where groupedBy == nil: return goalsTable()
      case .action: return actionsTable(groupedBy: groupedBy?.text)
      default: return list(kind, groupedBy: groupedBy?.text)
      }
    }
    if let kind = DeclarationKind(rawValue: first.text), words.count == 2 {
      guard let item = environment[words[1].text]?.block, item.kind == kind else {
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
      var table = Table([Table.Column(""), Table.Column("", .right)])
      for field in record.fields { table.add([.text(field.name), .value(field.value)]) }
      return View([.table(table)])
    case .funnel(let funnel):
      // The funnel as every export shows it: its stages, their rates, and the counts a goal
      // or a `need` works back from its target.
      let exported =
        PlanExport.funnels(in: environment, goals: checker.index.goals).first { $0.name == funnel.name }
        ?? PlanExport.Funnel(
          name: funnel.name,
          stages: funnel.stages.enumerated().map { index, stage in
            PlanExport.FunnelStage(name: stage, rate: index == 0 ? nil : funnel.rates[index - 1], count: nil)
          }, countsFor: nil)
      return PlanDocument.view(of: PlanDocument.funnel(exported))
    case .table(let table):
      return table.view
    default:
      return View([.named(first.text, value)])
    }
  }

  package func unknown(_ name: Name, kind: DeclarationKind?) -> Diagnostic {
    let candidates =
      environment.planItems.filter { kind == nil || $0.kind == kind }.map(\.name)
      + (kind == nil ? Array(Self.collections.keys) + Array(environment.bindings.keys) : [])
    return Diagnostic.error(
      .unknownName, Message("show-unknown-name", ["name": .text(name.text)]), at: name.span,
      fixIt: Suggestions.closest(to: name.text, among: candidates).map(Message.didYouMean)
        ?? Message("show-unknown-name-fix"))
  }

  /// `show actions by ownr`: a field no declaration of the kind has is a typo, not a group of
  /// one called "(no ownr)".
  package func checkGrouping(_ field: Name, of kind: DeclarationKind) throws {
    let items = environment.planItems.filter { $0.kind == kind }
    let fields = Set(kind.fieldNames + items.flatMap { $0.fields.map(\.name) })
    guard !fields.contains(field.text) else { return }
    throw Diagnostic.error(
      .unknownField,
      Message(
        "show-no-field-to-group", ["kinds": .message(Message.plural(kind)), "field": .text(field.text)]),
      at: field.span,
      fixIt: Suggestions.closest(to: field.text, among: fields).map(Message.didYouMean)
        ?? Message("show-group-by-one-of", ["fields": .text(kind.fieldNames.joined(separator: ", "))]))
  }

  /// One declaration, field by field; a budget adds its accounts.
  package func describe(_ item: PlanItem) throws -> View {
    if item.kind == .budget { return try budgetView(item) }
    var heading = "\(item.kind.rawValue) \(item.name)"
    if item.kind == .plan {
      // `plan "Growth 2027" { … }` has a title and no name of its own.
      heading = "plan" + (item.title.map { " \"\($0)\"" } ?? "")
    } else if let title = item.title {
      heading += " — \(title)"
    }
    if !item.serves.isEmpty { heading += " ⇒ " + item.serves.map(\.text).joined(separator: ", ") }
    var table = Table([Table.Column(""), Table.Column("")], indent: 1)
    for field in item.fields { table.add([.text(field.name), .field(field.value)]) }
    return View([.line(heading), .table(table)])
  }

  package func list(_ kind: DeclarationKind, groupedBy: String?) -> View {
    let items = environment.planItems.filter { $0.kind == kind }
    if items.isEmpty { return .said(Message("show-none-of-kind", ["kinds": .message(Message.plural(kind))])) }
    let titled = items.contains { $0.title != nil }
    let columns = kind.fieldNames.filter { name in items.contains { $0[name] != nil } }
    func table(_ rows: [PlanItem]) -> Table {
      let headings = [kind.rawValue] + (titled ? ["title"] : []) + columns
      var table = Table(headings.map { Table.Column($0) })
      for item in rows {
        table.add(
          [.text(item.name)] + (titled ? [.text(item.title ?? "—")] : []) + columns.map { .field(item[$0]) })
      }
      return table
    }
    guard let groupedBy else { return View([.table(table(items))]) }
    return Self.grouped(items, by: groupedBy) { .table(table($0)) }
  }

  /// Items in groups by a field, in the order each group first appears: a line naming the
  /// group, its table, and a blank line between groups (`show actions by owner`).
  package static func grouped(_ items: [PlanItem], by field: String, _ part: ([PlanItem]) -> View.Part)
    -> View
  {
    var order: [String] = []
    var groups: [String: [PlanItem]] = [:]
    for item in items {
      let key =
        item[field].map(Formatting.describe) ?? Message("show-group-none", ["field": .text(field)]).english
      if groups[key] == nil { order.append(key) }
      groups[key, default: []].append(item)
    }
    var view = View()
    for key in order {
      view.append(View([.line("\(field): \(key)"), part(groups[key]!)]))
    }
    return view
  }
}

extension Message {
  /// A kind of declaration in the plural: "goals", "actions".
  static func plural(_ kind: DeclarationKind) -> Message {
    Message("plan-kind-plural", ["kind": .text(kind.rawValue)])
  }
}
