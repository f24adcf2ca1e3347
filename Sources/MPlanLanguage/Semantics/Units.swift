import MPlanSyntax

/// Units as types. A unit is a product of base units with integer powers: `USD`,
/// `USD·visit⁻¹` (`$1.20 per visit`), `customer`. Percent is a number with a way of being
/// shown, not a unit: `10% * $2.4M` is money.
public struct Unit: Sendable, Hashable {
  public struct Factor: Sendable, Hashable {
    public var base: String
    public var power: Int
    /// Money: an ISO 4217 code, or a currency the plan stated a rate for.
    public var isCurrency: Bool
    /// The plural a plan gave when it declared the unit (`unit workshop, workshops`); a unit
    /// the plan declared without one has none, and mplan invents none.
    public var declaredPlural: String?
    /// The forms a plan gave by plural category (`unit клиент, few клиента, many клиентов`).
    public var declaredForms: [PluralCategory: String]?

    public init(
      base: String, power: Int, isCurrency: Bool? = nil, declaredPlural: String? = nil,
      declaredForms: [PluralCategory: String]? = nil
    ) {
      self.base = base
      self.power = power
      self.isCurrency = isCurrency ?? UnitTable.isISOCurrencyCode(base)
      self.declaredPlural = declaredPlural
      self.declaredForms = declaredForms
    }

    package func with(power: Int) -> Factor {
      var factor = self
      factor.power = power
      return factor
    }

    // The base and power are the unit; the rest only says how it reads.
    public static func == (lhs: Factor, rhs: Factor) -> Bool {
      lhs.base == rhs.base && lhs.power == rhs.power
    }
    public func hash(into hasher: inout Hasher) {
      hasher.combine(base)
      hasher.combine(power)
    }
  }

  /// Sorted by base name, no zero powers: two equal units have equal factor lists.
  public private(set) var factors: [Factor]

  public static let none = Unit(factors: [])

  /// A built-in unit or an ISO 4217 currency; `UnitDefinition.unit` also knows declared ones.
  public init(base: String) { factors = [Factor(base: base, power: 1)] }

  package init(factor: Factor) { factors = [factor] }

  package init(factors: [Factor]) {
    self.factors = factors.filter { $0.power != 0 }.sorted { $0.base < $1.base }
  }

  public var isDimensionless: Bool { factors.isEmpty }

  /// Merges the two sorted factor lists; no hashing, since this runs for every `*` and `/`.
  public static func * (lhs: Unit, rhs: Unit) -> Unit {
    if lhs.factors.isEmpty { return rhs }
    if rhs.factors.isEmpty { return lhs }
    var merged: [Factor] = []
    merged.reserveCapacity(lhs.factors.count + rhs.factors.count)
    var left = 0
    var right = 0
    while left < lhs.factors.count || right < rhs.factors.count {
      if right == rhs.factors.count
        || (left < lhs.factors.count && lhs.factors[left].base < rhs.factors[right].base)
      {
        merged.append(lhs.factors[left])
        left += 1
      } else if left == lhs.factors.count || rhs.factors[right].base < lhs.factors[left].base {
        merged.append(rhs.factors[right])
        right += 1
      } else {
        let power = lhs.factors[left].power + rhs.factors[right].power
        if power != 0 { merged.append(lhs.factors[left].with(power: power)) }
        left += 1
        right += 1
      }
    }
    var unit = Unit.none
    unit.factors = merged
    return unit
  }

  public static func / (lhs: Unit, rhs: Unit) -> Unit { lhs * rhs.raised(to: -1) }

  public func raised(to power: Int) -> Unit {
    if power == 0 { return .none }
    var unit = self
    unit.factors = factors.map { $0.with(power: $0.power * power) }
    return unit
  }

  /// The currency when this unit is plain money.
  public var currency: String? {
    guard factors.count == 1, factors[0].power == 1, factors[0].isCurrency else {
      return nil
    }
    return factors[0].base
  }

  /// The single factor of a plain unit such as `visit` or `month`.
  public var simpleFactor: Factor? {
    factors.count == 1 && factors[0].power == 1 ? factors[0] : nil
  }

  /// The single base of a plain unit such as `visit` or `month`.
  public var simpleBase: String? {
    factors.count == 1 && factors[0].power == 1 ? factors[0].base : nil
  }

  public var isTime: Bool { simpleBase == UnitTable.timeBase }

  /// A rate per time, such as `USD per month` or `visit per month`.
  public var isPerTime: Bool {
    factors.contains { $0.base == UnitTable.timeBase && $0.power == -1 }
  }
}

/// What a unit name means: which base, and how many of that base one of it is.
public struct UnitDefinition: Sendable, Hashable {
  public enum Kind: Sendable, Hashable { case currency, count, time, percent }
  public var kind: Kind
  public var base: String
  public var scale: Double
  /// The name as the user wrote its singular, for showing values in it (`weeks`).
  public var singular: String
  /// The plural a plan gave with `unit NAME, PLURAL`; nil for built-in units and for units
  /// declared without one.
  public var plural: String?
  /// The forms a plan gave by plural category, if it gave them.
  public var forms: [PluralCategory: String]?

  public init(kind: Kind, base: String, scale: Double, singular: String, plural: String? = nil) {
    self.kind = kind
    self.base = base
    self.scale = scale
    self.singular = singular
    self.plural = plural
  }

  /// One base unit of this definition, carrying what a plan declared about it.
  public var unit: Unit {
    Unit(
      factor: Unit.Factor(
        base: base, power: 1, isCurrency: kind == .currency, declaredPlural: plural, declaredForms: forms))
  }
}

/// The units a script can name: ISO 4217 currencies and those a plan states a rate for, time,
/// the marketing counts mplan knows, and units a script declares with `unit NAME[, PLURAL]`.
///
/// Spelling: count and time units are matched ignoring case (`MQL`, `mql`, `Visits`); a
/// currency code is written in capitals (`USD`; `usd` is an error that suggests it). Built-in
/// units read in their English plural too; a declared unit or funnel stage reads only in the
/// spellings the plan gave, so mplan never invents `paids` or `newses`.
public struct UnitTable: Sendable {
  public static let timeBase = "month"
  /// Months in a day: time is kept in months so `within 6 months` and growth per month are exact.
  package static let daysPerMonth = CalendarDay.averageDaysPerMonth

  package static let builtInCountSet = Set(builtInCounts)

  package static let builtInCounts = [
    "visit", "click", "impression", "lead", "mql", "sql", "customer", "order", "follower", "subscriber",
    "post", "conversion", "download", "user", "signup", "booking", "demo", "deal", "view", "email",
  ]

  package static let timeUnits: [String: Double] = [
    "day": 1 / daysPerMonth, "week": 7 / daysPerMonth, "month": 1, "quarter": 3, "year": 12,
  ]

  /// How count units are shown when English does not just add an "s".
  package static let displayForms: [String: (singular: String, plural: String)] = [
    "mql": ("MQL", "MQLs"), "sql": ("SQL", "SQLs"), "person": ("person", "people"),
  ]

  /// Units the plan declared, under each spelling it gave (singular and plural), lower-cased.
  private var declaredSpellings: [String: UnitDefinition] = [:]
  /// Currencies outside ISO 4217 that the plan stated a rate for (`rate XBT = 95,000 USD`).
  public private(set) var declaredCurrencies: Set<String> = []

  public init() {}

  public static func isISOCurrencyCode(_ name: String) -> Bool { isISOCurrencyCodeListed(name) }

  /// Three capital letters, the shape of an ISO 4217 code: what a plan's own currency must be.
  public static func looksLikeCurrencyCode(_ name: String) -> Bool {
    name.utf8.count == 3 && name.utf8.allSatisfy { $0 >= 65 && $0 <= 90 }
  }

  /// An ISO 4217 code, or a currency this plan stated a rate for.
  public func isCurrency(_ name: String) -> Bool {
    // Every name a script writes passes through here: three capitals first, cheaply.
    guard Self.looksLikeCurrencyCode(name) else { return false }
    return Self.isISOCurrencyCode(name) || (!declaredCurrencies.isEmpty && declaredCurrencies.contains(name))
  }

  /// `rate XBT = …` makes XBT money from then on.
  public mutating func declareCurrency(_ code: String) {
    if !Self.isISOCurrencyCode(code) { declaredCurrencies.insert(code) }
  }

  /// `unit workshop` or `unit workshop, workshops`; a built-in unit is already there.
  public mutating func declare(_ name: String, plural: String? = nil, forms: [PluralCategory: String] = [:]) {
    if let builtIn = Self.builtInDefinitions[name.lowercased()], builtIn.kind == .count { return }
    let key = name.lowercased()
    var definition =
      declaredSpellings[key]
      ?? UnitDefinition(kind: .count, base: name, scale: 1, singular: name)
    // English plurals mplan knows (`person`, `people`) count as given.
    if let plural = plural ?? Self.displayForms[key]?.plural { definition.plural = plural }
    if !forms.isEmpty { definition.forms = forms }
    for spelling in [definition.singular, definition.plural].compactMap({ $0 }) + forms.values {
      declaredSpellings[spelling.lowercased()] = definition
    }
  }

  public func isDeclared(_ name: String) -> Bool { declaredSpellings[name.lowercased()] != nil }

  /// Resolves `customers`, `visit`, `USD`, `weeks`, `%`; nil for a name that is no unit.
  /// True when a name has an ASCII capital or any non-ASCII letter (which `lowercased` may
  /// change): one pass over its bytes.
  package static func mayHaveCapitals(_ name: String) -> Bool {
    for byte in name.utf8 where byte >= 0x80 || (byte >= 0x41 && byte <= 0x5A) { return true }
    return false
  }

  public func lookup(_ name: String) -> UnitDefinition? {
    if name == "%" { return UnitDefinition(kind: .percent, base: "", scale: 0.01, singular: "%") }
    if name == "pp" { return UnitDefinition(kind: .percent, base: "", scale: 0.01, singular: "pp") }
    // The name as written is the common case; other cases only when it misses.
    if let found = Self.builtInDefinitions[name] { return found }
    if isCurrency(name) {
      return UnitDefinition(kind: .currency, base: name, scale: 1, singular: name)
    }
    if !declaredSpellings.isEmpty, let found = declaredSpellings[name] { return found }
    // Most names are lower case already: no new string for them.
    guard Self.mayHaveCapitals(name) else { return nil }
    let lower = name.lowercased()
    if lower == name { return nil }
    return Self.builtInDefinitions[lower] ?? declaredSpellings[lower]
  }

  /// Plurals of the built-in units (`months`, `customers`, `MQLs`, `mqls`), so the usual
  /// spellings resolve with one hash look-up.
  package static let builtInPlurals: [String: String] = {
    var plurals: [String: String] = [:]
    for name in builtInCounts + Array(timeUnits.keys) {
      plurals[countName(name, plural: true)] = name
      plurals[name + "s"] = name
      if let forms = displayForms[name] { plurals[forms.plural] = name }
    }
    return plurals
  }()

  /// Every spelling of a built-in count or time unit, singular and plural: one hash look-up
  /// for the names scripts write nearly always.
  package static let builtInDefinitions: [String: UnitDefinition] = {
    var definitions: [String: UnitDefinition] = [:]
    for name in builtInCounts {
      definitions[name] = UnitDefinition(kind: .count, base: name, scale: 1, singular: name)
    }
    for (name, scale) in timeUnits {
      definitions[name] = UnitDefinition(kind: .time, base: timeBase, scale: scale, singular: name)
    }
    for (plural, singular) in builtInPlurals { definitions[plural] = definitions[singular] }
    for (name, forms) in displayForms where definitions[name] != nil {
      definitions[forms.singular] = definitions[name]
    }
    return definitions
  }()

  /// The declared unit whose singular is `name` less a plural ending, when the plan gave it
  /// no plural: `5 sales` after `unit sale`.
  public func declaredWithoutPlural(near name: String) -> UnitDefinition? {
    guard let found = declaredSpellings[Self.singularGuess(name).lowercased()], found.plural == nil else {
      return nil
    }
    return found
  }

  /// Every name a script may write for a unit, for "did you mean" and completion.
  public var allNames: [String] {
    Array(Set(declaredSpellings.values.map(\.singular)).union(Self.builtInCounts))
      + Array(Self.timeUnits.keys)
  }

  /// `widgets` → `widget`, for suggesting a declaration; names that do not end in "s" stay.
  public static func singularGuess(_ name: String) -> String {
    if name.hasSuffix("ies"), name.count > 3 { return String(name.dropLast(3)) + "y" }
    if name.hasSuffix("s"), !name.hasSuffix("ss"), name.count > 1 { return String(name.dropLast()) }
    return name
  }

  /// `1 customer`, `10 customers`, `200 MQLs`.
  /// A unit the plan declared reads in the plural it gave, or in its singular: no plural
  /// is invented for it.
  public static func countName(_ base: String, plural: Bool, declaredPlural: String? = nil) -> String {
    if let forms = displayForms[base] { return plural ? forms.plural : forms.singular }
    if !plural { return base }
    if !builtInCountSet.contains(base), timeUnits[base] == nil { return declaredPlural ?? base }
    if base.hasSuffix("y"), let last = base.dropLast().last, !"aeiou".contains(last) {
      return base.dropLast() + "ies"
    }
    if base.hasSuffix("s") || base.hasSuffix("x") || base.hasSuffix("ch") || base.hasSuffix("sh") {
      return base + "es"
    }
    return base + "s"
  }

  /// How a unit reads in a message: "money (USD)", "visits", "USD per visit".
  public static func described(_ unit: Unit) -> Message {
    if unit.isDimensionless { return Message("unit-plain-number") }
    if let currency = unit.currency { return Message("unit-money", ["currency": .text(currency)]) }
    if unit.isTime { return Message("unit-duration") }
    if let factor = unit.simpleFactor {
      return Message(
        "unit-as-written",
        ["unit": .text(countName(factor.base, plural: true, declaredPlural: factor.declaredPlural))])
    }
    return Message("unit-as-written", ["unit": .text(symbol(unit))])
  }

  /// `described` in English, for the callers that still build text.
  public static func describe(_ unit: Unit) -> String { described(unit).english }

  /// A unit written the way mplan reads it back: `USD per visit`, `visit per month`, and
  /// `USD per visit per month` (each `per` divides once more).
  public static func symbol(_ unit: Unit) -> String {
    let numerator = unit.factors.filter { $0.power > 0 }.map { factor in
      factor.power == 1 ? displayBase(factor.base) : "\(displayBase(factor.base))^\(factor.power)"
    }
    var text = numerator.isEmpty ? "1" : numerator.joined(separator: "·")
    let denominator = Unit(factors: unit.factors.filter { $0.power < 0 }).raised(to: -1)
    if !denominator.isDimensionless { text += " per " + perText(denominator) }
    return text
  }

  /// What follows `per` for a divisor: `visit`, `month per visit` for visit·month.
  package static func perText(_ divisor: Unit) -> String {
    divisor.factors.flatMap { Array(repeating: displayBase($0.base), count: max($0.power, 1)) }
      .joined(separator: " per ")
  }

  package static func displayBase(_ base: String) -> String {
    displayForms[base]?.singular ?? base
  }
}
