/// The syntax tree. Every node carries the span it was read from, so every later stage can
/// point at the exact text it is talking about.
public struct Expr: Sendable {
  public var kind: Kind
  public var span: SourceSpan
  /// How deep the tree below this node goes; the parser refuses trees deeper than
  /// `Parser.maximumTreeDepth`, so evaluating or freeing one can never exhaust the stack.
  public var depth: Int

  public init(_ kind: Kind, _ span: SourceSpan, depth: Int = 1) {
    self.kind = kind
    self.span = span
    self.depth = depth
  }

  public indirect enum Kind: Sendable {
    case literal(Literal)
    /// `10 customer`, `24k USD`, `6 months`: a number written with its unit.
    case quantity(Expr, UnitName)
    case name(String)
    case unary(UnaryOperator, Expr)
    case binary(BinaryOperator, Expr, Expr)
    /// `$1.20 per visit`: the value divided by one of the unit.
    case per(Expr, UnitName)
    /// `x as USD`, `d as weeks`, `r as %`.
    case convert(Expr, UnitName)
    case call(Expr, [Expr])
    case member(Expr, Name)
    /// `inbound.visit->mql`: one conversion rate of a funnel.
    case stageRate(Expr, from: Name, to: Name)
    case list([Expr])
    case record([(Name, Expr)])
    case conditional(condition: Expr, then: Expr, else: Expr)
    /// `2027-01 .. 2027-12`: a calendar period.
    case period(Expr, Expr)
    /// `$18k to $30k`: a 90% interval, evaluated as samples.
    case uncertain(Expr, Expr)
  }
}

public enum Literal: Sendable, Equatable {
  case number(Double)
  case percent(Double)
  case money(Double, currency: String)
  case date(CalendarDay)
  case month(year: Int, month: Int)
  case quarter(year: Int, quarter: Int)
  case week(year: Int, week: Int)
  case string(String)
  case bool(Bool)
}

/// `few клиента` in a unit's declaration: the word after a number of that plural category.
public struct CategoryForm: Sendable {
  public var category: PluralCategory
  public var name: Name

  public init(category: PluralCategory, name: Name) {
    self.category = category
    self.name = name
  }
}

/// A name as written, with where it was written.
public struct Name: Sendable, Hashable {
  public var text: String
  public var span: SourceSpan
  public init(_ text: String, _ span: SourceSpan) {
    self.text = text
    self.span = span
  }
}

/// A unit as written after a number, `per` or `as`; `%` is spelt "%".
public typealias UnitName = Name

public enum UnaryOperator: String, Sendable {
  case negate = "-"
  /// `+25%`: a sign, written where a goal's target grows from its baseline.
  case plus = "+"
  case not = "not"
}

public enum BinaryOperator: String, Sendable {
  case add = "+", subtract = "-", multiply = "*", divide = "/", power = "^"
  case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
  case and = "and", or = "or"
}

public struct Stmt: Sendable {
  public var kind: Kind
  public var span: SourceSpan

  public init(_ kind: Kind, _ span: SourceSpan) {
    self.kind = kind
    self.span = span
  }

  /// Cases with large payloads are boxed (`indirect`): every statement of a script is held
  /// twice (the program and the history), so the size of the largest case counts.
  public enum Kind: Sendable {
    case letBinding(Name, Expr)
    indirect case function(Name, parameters: [Name], body: Expr)
    case print([Expr])
    indirect case assert(Expr, message: Expr?)
    /// `unit signup` or `unit workshop, workshops`: a count unit and, if given, its plural;
    /// `unit клиент, few клиента, many клиентов`: its form for each plural category given.
    indirect case unitDeclaration(Name, plural: Name?, forms: [CategoryForm] = [])
    case rate(currency: Name, value: Expr)
    case importFile(path: String, pathSpan: SourceSpan)
    case use(module: Name)
    case funnel(Name, stages: [FunnelStage])
    /// `plan`, `objective`, `goal`, `budget`, `action`, `report`: a named block of fields.
    indirect case declaration(Declaration)
    /// `scenario low extends cautious { … }`: changes, on top of another scenario's if given.
    indirect case scenario(Name, extends: Name?, overrides: [Override])
    case compare(scenarios: [Name], expressions: [Expr])
    /// `show NAME`, `show goals`, `show actions by owner`: the words after `show`.
    case show(words: [Name], groupedBy: Name?)
    case check
    /// `solve cpc for spend <= $15k`: goal seek.
    indirect case solve(GoalSeek)
    /// `table spend, need.visit over cpc from $0.50 per visit to $2 per visit step $0.25 per visit`.
    indirect case table(outputs: [Expr], inputs: [TableInput])
    /// `let by_cpc = table spend over cpc …`: a data table kept as a value, worked out once the
    /// plan has run (like `table`), to print, show, export or compare later.
    indirect case tableBinding(Name, outputs: [Expr], inputs: [TableInput])
    /// `tornado spend over cpc, deal_size by 10%`: which input moves a result most; without
    /// `by`, each input over its own range.
    indirect case tornado(result: Expr, inputs: [TornadoInput], by: Expr?)
    /// `correlate cpc, deal_size by 0.6`, or several inputs by a matrix: the inputs' samples
    /// move together with that rank correlation (docs/uncertainty.md, "Correlated inputs").
    indirect case correlate(inputs: [Expr], by: Expr)
    /// `sensitivity spend`: which uncertain inputs explain the result's spread, by rank
    /// correlation over all samples and share of variance.
    case sensitivity(Expr)
    /// `checkpoint 2027-03-31`: plan versus actual at the end of that month (docs/actuals.md).
    case checkpoint(Expr)
    /// `export plan to "growth.html"`, `export marketing to "budget.csv"`.
    indirect case export(target: Name, path: String, pathSpan: SourceSpan)
    case expression(Expr)
  }
}

extension Stmt {
  /// The name this statement defines, if any: a `let`, a `fn`, a funnel, a plan block or a
  /// scenario. The checker, the interpreter and the REPL's `:save` all ask this one place.
  public var definedName: Name? {
    switch kind {
    case .letBinding(let name, _), .function(let name, _, _), .funnel(let name, _), .scenario(let name, _, _),
      .tableBinding(let name, _, _):
      name
    case .declaration(let declaration): declaration.name
    case .print, .assert, .unitDeclaration, .rate, .importFile, .use, .compare, .show, .check, .checkpoint,
      .solve, .table, .tornado, .correlate, .sensitivity, .export, .expression:
      nil
    }
  }

  /// True for the statements that only read what the script defines: `print`, `show`,
  /// `compare`, `check`, `assert`, `solve`, `table` (bound with `let` too) and bare
  /// expressions. A script runs them once everything else has run, so where they sit never
  /// changes what they see.
  public var onlyReads: Bool {
    switch kind {
    case .print, .show, .compare, .check, .checkpoint, .assert, .solve, .table, .tableBinding, .tornado,
      .sensitivity, .export, .expression:
      true
    default: false
    }
  }

  public var isExport: Bool { if case .export = kind { true } else { false } }

  public var isTableBinding: Bool { if case .tableBinding = kind { true } else { false } }

  /// True for the statements that bind a value under their name (not scenarios, which are
  /// kept apart from values).
  public var bindsValue: Bool {
    switch kind {
    case .scenario: false
    default: definedName != nil
    }
  }
}

public struct FunnelStage: Sendable {
  public var from: Name
  public var to: Name
  public var rate: Expr
}

/// `solve cpc [from LOW to HIGH] for spend <= $15k`: the value of `unknown` (a `let`, a funnel
/// rate or a plan block's field) that brings `result` to `target`.
public struct GoalSeek: Sendable {
  public enum Relation: String, Sendable {
    case equal = "="
    case atMost = "<="
    case atLeast = ">="
  }

  public var unknown: Expr
  /// Where to look (`from $0.10 per visit to $5 per visit`); nil searches outward from the
  /// unknown's current value.
  public var range: (low: Expr, high: Expr)?
  public var result: Expr
  public var relation: Relation
  public var target: Expr

  public init(unknown: Expr, range: (low: Expr, high: Expr)?, result: Expr, relation: Relation, target: Expr)
  {
    (self.unknown, self.range, self.result, self.relation, self.target) = (
      unknown, range, result, relation, target
    )
  }
}

/// One input of a data table: what varies and the values it takes.
public struct TableInput: Sendable {
  public enum Values: Sendable {
    /// `from A to B step S`.
    case range(from: Expr, to: Expr, step: Expr)
    /// `in [A, B, C]`.
    case list(Expr)
  }

  public var target: Expr
  public var values: Values

  public init(target: Expr, values: Values) { (self.target, self.values) = (target, values) }
}

/// One input of a tornado: what varies and, when written after it, how far.
public struct TornadoInput: Sendable {
  public enum Spread: Sendable {
    /// `cpc by 20%`: a share below and above its value.
    case share(Expr)
    /// `cpc from $1 per visit to $1.50 per visit`: these two ends.
    case range(low: Expr, high: Expr)
  }

  public var target: Expr
  /// Nil: the tornado's `by`, or else the range the input's value is written as (`a to b`).
  public var spread: Spread?

  public init(target: Expr, spread: Spread? = nil) { (self.target, self.spread) = (target, spread) }

  /// The expressions written for this input, for checks and dependencies.
  public var expressions: [Expr] {
    switch spread {
    case nil: [target]
    case .share(let share): [target, share]
    case .range(let low, let high): [target, low, high]
    }
  }
}

/// One line of a scenario: a `let`, a funnel rate or a declaration's field, given a new value.
public struct Override: Sendable {
  public var target: Expr
  public var value: Expr
}

public struct Declaration: Sendable {
  public var kind: DeclarationKind
  public var name: Name
  public var title: String?
  /// The goals after `=>` in `action NAME => GOAL, GOAL`.
  public var serves: [Name]
  public var fields: [Field]
  public var span: SourceSpan

  public func field(_ name: String) -> Field? { fields.first { $0.name.text == name } }
}

public struct Field: Sendable {
  public var name: Name
  public var values: [Expr]
  /// `control monthly by "CMO"`: who controls a budget. Only `control` takes a `by`; any other
  /// `by` is a field (the deadline).
  public var by: Expr?
  public var span: SourceSpan
}

public enum DeclarationKind: String, Sendable, CaseIterable {
  case plan, objective, goal, budget, action, report
  /// `actuals spend { from "ads.csv"  date "Day"  action "Campaign"  amount "Cost" }`: what
  /// really happened, read from CSV exports (docs/actuals.md).
  case actuals
  /// `channel search "Paid search" { funnel inbound  share 60%  cost $1.20 per visit }`: where
  /// a funnel's top comes from and what it costs (docs/planning.md, "Channels and unit economics").
  case channel

  /// The fields a declaration of this kind may have. The parser uses these to tell where one
  /// field ends on a line that holds several (`author "Ana" readers "CMO"`), the checker to
  /// suggest a name for a misspelt one.
  public var fieldNames: [String] { Self.tables[ordinal].fieldNames }

  /// Fields whose bare words name things rather than values: `supports growth`,
  /// `from marketing`, `control monthly`, `metric customer`. They are kept as words and
  /// resolved by the plan checks, which can say "did you mean".
  public var referenceFields: Set<String> { Self.tables[ordinal].referenceFields }

  /// Fields that hold names of people or labels, shown as written: `owner Ana`,
  /// `readers "CMO", "Head of sales"`, `channel Search`. Like a reference field, a bare word
  /// and a string mean the same; a name with spaces needs the quotes.
  public var nameFields: Set<String> { Self.tables[ordinal].nameFields }

  /// How a field reads a bare word or a string: as a reference the plan checks resolve, as a
  /// name shown as written, or (nil) as an expression like any other.
  public func wordKind(of field: String) -> FieldWords? {
    // A scan of a few names, not a hash: this is asked for every field of every block run.
    for (name, words) in Self.tables[ordinal].wordList where name == field { return words }
    return nil
  }

  /// Each kind's fields, worked out once: these are read for every field of every block, and
  /// building the sets at each read cost a fifth of `mplan check` on a large plan.
  package struct Fields {
    package var fieldNames: [String]
    package var referenceFields: Set<String>
    package var nameFields: Set<String>
    /// How each reference or name field reads a word (see `wordKind(of:)`).
    package var wordList: [(String, FieldWords)]
  }

  /// Indexed by `ordinal`, not keyed by kind: a kind with a raw value hashes its text, and a
  /// data table reads these for every field of every cell.
  package static let tables: [Fields] = allCases.map { kind in
    let references = Set(kind.referenceFieldList)
    let names = Set(kind.nameFieldList)
    var words: [String: FieldWords] = [:]
    for field in names { words[field] = .name }
    for field in references { words[field] = .reference }
    return Fields(
      fieldNames: kind.fieldNameList, referenceFields: references, nameFields: names,
      wordList: words.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
  }

  /// The kind's place in `allCases`.
  package var ordinal: Int {
    switch self {
    case .plan: 0
    case .objective: 1
    case .goal: 2
    case .budget: 3
    case .action: 4
    case .report: 5
    case .actuals: 6
    case .channel: 7
    }
  }

  package var fieldNameList: [String] {
    switch self {
    case .plan:
      [
        "currency", "period", "max_growth", "min_reserve", "min_chance", "owner", "calendar", "digits",
        "language",
      ]
    case .objective: ["owner", "metric", "target", "by"]
    case .goal:
      [
        "metric", "direction", "baseline", "since", "target", "by", "within", "supports", "owner", "measured",
        "funnel", "budget", "window", "forecast", "deal_size", "gross_margin", "monthly_churn",
      ]
    case .budget: ["total", "reserve", "control", "zero_based", "currency", "owner"]
    case .action: ["channel", "cost", "owner", "period", "from", "reports"]
    case .report: ["cadence", "author", "readers", "acts", "measures"]
    case .actuals:
      [
        "from", "date", "action", "channel", "amount", "currency", "decimal_mark", "visits", "leads", "mqls",
        "sqls", "customers", "revenue", "day_order", "period", "idle_days", "elasticity", "move", "rule",
        "rules",
      ]
    case .channel: ["funnel", "share", "brings", "cost", "ctr", "buys", "rates", "owner"]
    }
  }

  /// Where a field goes in a block: its place in `fieldNames`, after them all when it is not
  /// one of them. `mplan fmt` writes a block's fields in this order and the interpreter
  /// evaluates them in it, so moving a field within its block never changes what it does.
  public func rank(ofField name: String) -> Int {
    fieldNames.firstIndex(of: name) ?? fieldNames.count
  }

  /// The fields in their canonical order (see `rank(ofField:)`); fields of one name keep
  /// the order they were written in.
  public func canonicalOrder(_ fields: [Field]) -> [Field] {
    // Ranked once each, not in the comparison, and not sorted at all when already in order
    // (as `mplan fmt` writes them): a goal seek or a table evaluates a block thousands of times.
    let names = Self.tables[ordinal].fieldNames
    func rank(_ field: Field) -> Int { names.firstIndex(of: field.name.text) ?? names.count }
    var last = 0
    var inOrder = true
    for field in fields where inOrder {
      let rank = rank(field)
      inOrder = rank >= last
      last = rank
    }
    if inOrder { return fields }
    let ranks = fields.map(rank)
    return fields.indices.sorted { (ranks[$0], $0) < (ranks[$1], $1) }.map { fields[$0] }
  }

  /// Fields that take one amount: two values written there (`cost $12, 5`, or a decimal
  /// comma, `cost $12,5`) or a list would otherwise count as no amount at all, a silent $0 in
  /// the budget and the checks, so the interpreter refuses them at the field (E0303).
  package var oneAmountFields: Set<String> {
    switch self {
    case .plan: ["max_growth", "min_reserve", "min_chance"]
    case .objective: ["target"]
    case .goal: ["baseline", "target", "forecast", "window", "deal_size", "gross_margin", "monthly_churn"]
    case .budget: ["total", "reserve"]
    case .action: ["cost"]
    case .report: []
    case .actuals: ["idle_days", "elasticity"]
    case .channel: ["share", "brings", "cost", "ctr", "buys"]
    }
  }

  /// Fields a block may give more than once, each one more of a list in the order written:
  /// an `actuals` block's campaign rules.
  package var repeatableFields: Set<String> {
    self == .actuals ? ["rule", "rules"] : []
  }

  package var referenceFieldList: [String] {
    switch self {
    case .plan: ["currency", "calendar", "digits", "language"]
    case .objective: ["metric"]
    case .goal: ["metric", "direction", "supports", "measured", "funnel", "budget"]
    case .budget: ["control", "currency"]
    case .action: ["from", "reports"]
    case .report: ["cadence", "measures"]
    case .actuals: ["currency", "day_order"]
    case .channel: ["funnel", "rates"]
    }
  }

  package var nameFieldList: [String] {
    switch self {
    case .plan, .objective, .goal, .budget, .channel: ["owner"]
    case .action: ["owner", "channel"]
    case .report: ["author", "readers", "acts"]
    case .actuals: []
    }
  }
}

/// The two kinds of fields whose bare words are not names of values.
public enum FieldWords: Sendable {
  /// `supports growth`, `supports "growth"`: a word, resolved by the plan checks.
  case reference
  /// `owner Ana`, `owner "Ana"`: text, shown as written.
  case name
}
