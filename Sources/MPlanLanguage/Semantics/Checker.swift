import MPlanSyntax

/// Resolves a program before it runs: every name and unit must be defined before use (with
/// "did you mean" when not), plan blocks may only have their own fields, a script defines a
/// name once, and imports may not loop. Unit arithmetic is checked as the program runs, with
/// the spans of both operands.
public struct Checker {
  public struct Options: Sendable {
    /// The REPL redefines names freely: trying `let budget = $80k` again is the point.
    public var allowsRedefinition = false
    /// A script throws away the value of a bare expression, so one is almost always a slip
    /// (`-$20` meant to continue the line above); the REPL echoes it. On unless redefining.
    public var warnsOfUnusedValues: Bool
    public init(allowsRedefinition: Bool = false, warnsOfUnusedValues: Bool? = nil) {
      self.allowsRedefinition = allowsRedefinition
      self.warnsOfUnusedValues = warnsOfUnusedValues ?? !allowsRedefinition
    }
  }

  package var defined: Set<String>
  /// Where this program defined each name, for "first defined here".
  package var definedAt: [String: SourceSpan] = [:]
  package var units: UnitTable
  /// Names given values with `let`, and where: a unit declared later must not take one.
  package var valueNames: [String: SourceSpan?] = [:]
  /// Functions and funnels this program defined: with plan blocks (`declarationNames`), the
  /// names in `definedAt` that are not values. (Kept instead of a map of every `let`: the
  /// 100,000-line benchmark is mostly `let`s.)
  package var nonValueNames: Set<String> = []
  /// Names bound to a data table (`let by_cpc = table …`): only readers may read them.
  package var tableNames: Set<String> = []
  package let options: Options
  weak var loader: (any ModuleLoader)?
  package var importStack: [String]
  package var checkedModules: Set<String>
  public internal(set) var diagnostics: [Diagnostic] = []

  /// What a program is checked against: the names and units already defined (by earlier
  /// inputs, the prelude, natives) and the modules already loaded. The checker reads no
  /// runtime values.
  public struct Scope: Sendable {
    public var names: Set<String>
    public var units: UnitTable
    public var modules: Set<String>
    /// Names that hold values (not functions, funnels or plan blocks), and where each was
    /// defined: a unit declared later may not take one.
    public var values: [String: SourceSpan?]
    /// Scenarios defined so far, whose names may start a member (`low.need.visit`).
    public var scenarios: Set<String> = []

    public init(
      names: Set<String> = [], units: UnitTable = UnitTable(), modules: Set<String> = [],
      values: [String: SourceSpan?] = [:]
    ) {
      self.names = names
      self.units = units
      self.modules = modules
      self.values = values
    }
  }

  public init(
    scope: Scope, options: Options = Options(), loader: (any ModuleLoader)?, importStack: [String] = []
  ) {
    self.defined = scope.names
    self.units = scope.units
    self.valueNames = scope.values
    self.options = options
    self.loader = loader
    self.importStack = importStack
    self.checkedModules = scope.modules
    self.knownScenarios = scope.scenarios
  }

  /// The scenarios defined before this check (at the prompt, by earlier inputs).
  package var knownScenarios: Set<String> = []

  /// Names that exist although no statement defines them (their definition did not parse).
  public mutating func assumeDefined(_ names: Set<String>) { defined.formUnion(names) }

  /// Checking and running an import recurses; a chain of thousands of files must be an
  /// error, not a stack overflow.
  package static let maximumImportDepth = 64

  public mutating func check(_ statements: [Stmt]) {
    program = statements
    definedLater = nil
    for statement in statements { check(statement) }
  }

  /// The statements being checked, and the names they define anywhere: a function's body
  /// runs when it is called, so it may use what the script defines further down
  /// (`fn total() = base + extra` before `let extra = …`). Worked out at the first `fn` only.
  package var program: [Stmt] = []
  package var definedLater: Set<String>?

  package mutating func namesDefinedAnywhere() -> Set<String> {
    if let definedLater { return definedLater }
    var names: Set<String> = []
    for statement in program where statement.bindsValue {
      if let name = statement.definedName { names.insert(name.text) }
    }
    definedLater = names
    return names
  }
  /// A statement that only reads: in a script it runs once everything else has
  /// (`Interpreter.run`), so it may name what is defined further down too; at the REPL an
  /// input runs in order.
  package mutating func checkReader(_ expression: Expr) {
    readerMayLookAhead = !options.allowsRedefinition
    defer { readerMayLookAhead = false }
    check(expression, locals: [])
  }

  /// True while checking a reader of a script (see `checkReader`).
  package var readerMayLookAhead = false
  /// True while checking a function's body, which may name what the program defines anywhere.
  package var bodyMayNameAnything = false

  /// Plan blocks are checked by name when they run (so a duplicate is one error and the rest
  /// of the plan is still checked); this tells them apart from `let` and `fn` names.
  package var declarationNames: Set<String> = []
  /// What each plan block is, so a scenario's `a.owner = Bo` reads `Bo` as the field does.
  package var declarationKinds: [String: DeclarationKind] = [:]
  package var scenarioNames: [String: SourceSpan] = [:]
  /// In a script, each input `correlate` names, with the inputs it moves with and where.
  package var correlatedInputs: [String: (others: [String], span: SourceSpan)] = [:]
  /// How many more unknown names get a "did you mean" (`suggestion(for:locals:)`).
  package var suggestionsLeft = 20

  package mutating func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

  package mutating func define(_ name: Name) {
    if let first = definedAt.updateValue(name.span, forKey: name.text), !options.allowsRedefinition {
      report(
        .error(
          .duplicateName, Message("checker-already-defined", ["name": .text(name.text)]), at: name.span,
          secondary: [.init(span: first, message: .firstDefinedHere)],
          fixIt: Message("checker-already-defined-fix")))
    }
    defined.insert(name.text)
  }

  package mutating func check(_ statement: Stmt) {
    switch statement.kind {
    case .letBinding(let name, let value):
      check(value, locals: [])
      checkNotAUnit(name)
      define(name)
    case .function(let name, let parameters, let body):
      define(name)
      nonValueNames.insert(name.text)
      var seen: Set<String> = []
      for parameter in parameters where !seen.insert(parameter.text).inserted {
        report(
          .error(
            .duplicateName, Message("checker-parameter-twice", ["parameter": .text(parameter.text)]),
            at: parameter.span))
      }
      // A body may name what the program defines anywhere (it runs when called). Asked of
      // `namesDefinedAnywhere` as needed, not merged into the locals: a copy of every name for
      // each function made 4,000 functions take 5 s.
      bodyMayNameAnything = true
      defer { bodyMayNameAnything = false }
      check(body, locals: seen)
    case .print(let values):
      for value in values { checkReader(value) }
    case .assert(let condition, let message):
      checkReader(condition)
      if let message { checkReader(message) }
    case .unitDeclaration(let name, let plural, let forms):
      for spelling in [name, plural].compactMap({ $0 }) + forms.map(\.name) {
        if let existing = units.lookup(spelling.text), existing.kind != .count {
          report(
            .error(
              .duplicateName,
              Message(
                "checker-already-a-unit-of-kind",
                ["unit": .text(spelling.text), "kind": .text(String(describing: existing.kind))]),
              at: spelling.span))
        }
        checkNotAValue(spelling)
      }
      units.declare(name.text, plural: plural?.text, forms: Self.forms(forms))
    case .rate(let currency, let value):
      check(value, locals: [])
      if let existing = units.lookup(currency.text), existing.kind != .currency {
        report(
          .error(
            .nameIsUnit,
            Message(
              "checker-currency-is-unit",
              ["currency": .text(currency.text), "kind": .text(String(describing: existing.kind))]),
            at: currency.span, fixIt: Message("checker-currency-is-unit-fix")))
      } else if UnitTable.looksLikeCurrencyCode(currency.text) {
        units.declareCurrency(currency.text)
      }
    case .importFile(let path, let pathSpan):
      checkImport(at: pathSpan) { try $0.loadFile(path, from: pathSpan) }
    case .use(let module):
      checkImport(at: module.span) { try $0.loadModule(module.text, from: module.span) }
    case .funnel(let name, let stages):
      for stage in stages {
        for unit in [stage.from, stage.to] where units.lookup(unit.text) == nil {
          checkNotAValue(unit)
          units.declare(unit.text)
        }
        check(stage.rate, locals: [])
      }
      define(name)
      nonValueNames.insert(name.text)
    case .declaration(let declaration):
      checkDeclaration(declaration)
    case .scenario(let name, _, let overrides):
      for change in overrides {
        check(change.target, locals: [])
        if !isWordForAField(change) { check(change.value, locals: []) }
      }
      if !options.allowsRedefinition, let first = scenarioNames[name.text] {
        report(
          .error(
            .duplicateName, Message("checker-scenario-already-defined", ["name": .text(name.text)]),
            at: name.span,
            secondary: [.init(span: first, message: .firstDefinedHere)],
            fixIt: Message("checker-scenario-already-defined-fix")))
      }
      scenarioNames[name.text] = name.span
    case .compare(_, let expressions):
      for expression in expressions { checkReader(expression) }
    case .show(let words, _):
      checkShow(words)
    case .check:
      break
    case .solve(let seek):
      for expression in [seek.unknown, seek.result, seek.target]
        + [seek.range?.low, seek.range?.high].compactMap({ $0 })
      {
        checkReader(expression)
      }
    case .tornado(let result, let inputs, let spread):
      for expression in [result, spread].compactMap({ $0 }) + inputs.flatMap(\.expressions) {
        checkReader(expression)
      }
    case .sensitivity(let result):
      checkReader(result)
    case .correlate(let inputs, let coefficients):
      checkCorrelate(inputs, coefficients, at: statement.span)
    case .table(let outputs, let inputs):
      checkTable(outputs, inputs)
    case .tableBinding(let name, let outputs, let inputs):
      checkTable(outputs, inputs)
      checkNotAUnit(name)
      define(name)
      tableNames.insert(name.text)
    case .checkpoint(let day):
      checkReader(day)
    case .export(let target, _, _):
      // `plan` is the whole plan, a scenario its comparisons; any other name must be defined,
      // as in `show NAME`.
      if target.text != "plan", scenarioNames[target.text] == nil {
        checkReader(Expr(.name(target.text), target.span))
      }
    case .expression(let value):
      checkReader(value)
      if options.warnsOfUnusedValues {
        let isFirst = program.first.map { $0.span.start == statement.span.start } ?? true
        report(Self.unusedValue(value, followsAStatement: !isFirst))
      }
    }
  }

  package mutating func checkDeclaration(_ declaration: Declaration) {
    let kind = declaration.kind
    let known = kind.fieldNames
    checkServes(declaration)
    var seen: [String: SourceSpan] = [:]
    var previous: Field?
    for field in declaration.fields {
      defer { previous = field }
      if let quoted = Self.unquotedName(field, after: previous, in: kind) {
        report(
          .error(
            .unknownField, Message("checker-name-with-spaces"),
            at: (previous?.values.last?.span ?? field.name.span).joined(field.span),
            fixIt: .write(quoted)))
      } else if !known.contains(field.name.text) {
        let suggestion = Suggestions.closest(to: field.name.text, among: known)
        // `by` is a deadline; a budget names who answers for it with `control … by`.
        let deadlineHelp =
          field.name.text == "by" && kind == .budget
          ? Message("checker-budget-no-deadline-fix") : nil
        report(
          .error(
            .unknownField,
            Message(
              "checker-no-such-field", ["kind": .text(kind.rawValue), "field": .text(field.name.text)]),
            at: field.name.span,
            fixIt: deadlineHelp ?? suggestion.map(Message.didYouMean)
              ?? Message(
                "checker-fields-are",
                ["fields": .message(Message.codeList(known) ?? .verbatim(""))])))
      }
      if let first = seen[field.name.text], !kind.repeatableFields.contains(field.name.text) {
        report(
          .error(
            .duplicateName, Message("checker-field-twice", ["field": .text(field.name.text)]),
            at: field.name.span,
            secondary: [.init(span: first, message: Message("label-first-given-here"))]))
      }
      seen[field.name.text] = field.name.span
      // An unknown field is reported once; its words are not reported again as names.
      let asWords = kind.wordKind(of: field.name.text) != nil || !known.contains(field.name.text)
      for value in field.values {
        if asWords, case .name = value.kind { continue }
        check(value, locals: [])
      }
      // `control monthly by CMO`: who controls it is a name, like an owner.
      if let qualifier = field.by, !{ if case .name = qualifier.kind { true } else { false } }() {
        check(qualifier, locals: [])
      }
    }
    // A second plan block of the same name is reported when it runs (E0203), so the rest
    // of the plan still runs and is checked; a clash with a `let` or `fn` is reported here.
    declarationKinds[declaration.name.text] = declaration.kind
    if declarationNames.contains(declaration.name.text) {
      defined.insert(declaration.name.text)
    } else {
      define(declaration.name)
      declarationNames.insert(declaration.name.text)
    }
  }

  /// "Did you mean" for the first unknown names only: each compares the name with every name
  /// defined, and a report shows only the first 50 diagnostics of a file anyway.
  package mutating func suggestion(for name: String, locals: Set<String>) -> String? {
    guard suggestionsLeft > 0 else { return nil }
    suggestionsLeft -= 1
    let candidates = bodyMayNameAnything ? locals.union(namesDefinedAnywhere()) : locals
    return Suggestions.closest(to: name, among: candidates.isEmpty ? defined : defined.union(candidates))
  }

  package mutating func check(_ expression: Expr, locals: Set<String>) {
    switch expression.kind {
    case .literal:
      break
    case .quantity(let number, let unit):
      check(number, locals: locals)
      checkUnit(unit)
    case .name(let name):
      // A unit's name that no binding shadows is one of the unit (numbat): `$0.80/visit`.
      if !defined.contains(name), locals.isEmpty || !locals.contains(name),
        !(readerMayLookAhead || bodyMayNameAnything) || !namesDefinedAnywhere().contains(name),
        units.lookup(name) == nil
      {
        report(
          .error(
            .unknownName, Message("checker-unknown-name", ["name": .text(name)]), at: expression.span,
            fixIt: suggestion(for: name, locals: locals).map(Message.didYouMean)))
      } else if !tableNames.isEmpty {
        checkTableRead(name, at: expression.span, locals: locals)
      }
    case .unary(_, let operand):
      check(operand, locals: locals)
    case .binary(_, let left, let right), .period(let left, let right), .uncertain(let left, let right):
      check(left, locals: locals)
      check(right, locals: locals)
    case .per(let value, let unit), .convert(let value, let unit):
      check(value, locals: locals)
      checkUnit(unit)
    case .call(let callee, let arguments):
      check(callee, locals: locals)
      for argument in arguments { check(argument, locals: locals) }
    case .member(let base, _), .stageRate(let base, _, _):
      // `low.need.visit`: a scenario's name reads the plan under it.
      if case .name(let name) = base.kind, !defined.contains(name),
        scenarioNames[name] != nil || knownScenarios.contains(name)
      {
        return
      }
      check(base, locals: locals)
    case .list(let elements):
      for element in elements { check(element, locals: locals) }
    case .record(let entries):
      for (_, value) in entries { check(value, locals: locals) }
    case .conditional(let condition, let thenBranch, let elseBranch):
      check(condition, locals: locals)
      check(thenBranch, locals: locals)
      check(elseBranch, locals: locals)
    }
  }

  /// `let deal = …` when `deal` is a unit: `2 deal` would be two deals and `2 * deal` the
  /// value, so the name is refused (as numbat does).
  package mutating func checkNotAUnit(_ name: Name) {
    guard let unit = units.lookup(name.text) else { return }
    let message =
      unit.kind == .currency
      ? Message("checker-name-is-currency", ["name": .text(name.text)])
      : unit.kind == .time
        ? Message("checker-name-is-time-unit", ["name": .text(name.text)])
        : Message(
          "checker-name-is-unit",
          [
            "name": .text(name.text),
            "counts": .text(UnitTable.countName(unit.base, plural: true, declaredPlural: unit.plural)),
          ])
    report(
      .error(
        .nameIsUnit, message, at: name.span,
        fixIt: Message("checker-name-is-unit-fix", ["name": .text(name.text)])))
  }

  /// Where this program's `let NAME` is, if NAME is one (nil inside when it is not).
  package func letSpan(_ name: String) -> SourceSpan?? {
    guard let span = definedAt[name], !nonValueNames.contains(name), !declarationNames.contains(name) else {
      return nil
    }
    return .some(span)
  }

  /// Every value named so far: earlier inputs', imports', and this program's `let`s.
  package var valuesSoFar: [String: SourceSpan?] {
    var values = valueNames
    for (name, span) in definedAt where values[name] == nil && letSpan(name) != nil { values[name] = span }
    return values
  }

  /// `unit x` or a funnel stage `x` after `let x = …`: the same clash, the other way round.
  package mutating func checkNotAValue(_ unit: Name) {
    guard let first = valueNames[unit.text] ?? letSpan(unit.text) else { return }
    report(
      .error(
        .nameIsUnit, Message("checker-unit-is-value", ["unit": .text(unit.text)]),
        at: unit.span,
        secondary: first.map { [.init(span: $0, message: Message("label-defined-here"))] } ?? [],
        fixIt: Message("checker-unit-is-value-fix")))
  }

  package mutating func checkUnit(_ unit: UnitName) {
    if units.lookup(unit.text) == nil {
      report(Arithmetic.unknownUnit(unit, units: units))
    }
  }
}
