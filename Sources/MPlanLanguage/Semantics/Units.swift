import MPlanSyntax

/// Units as types. A unit is a product of base units with integer powers: `USD`,
/// `USD·visit⁻¹` (`$1.20 per visit`), `customer`. Percent is a number with a way of being
/// shown, not a unit: `10% * $2.4M` is money.
public struct Unit: Sendable, Hashable {
  public struct Factor: Sendable, Hashable {
    public var base: String
    public var power: Int
  }

  /// Sorted by base name, no zero powers: two equal units have equal factor lists.
  public private(set) var factors: [Factor]

  public static let none = Unit(factors: [])

  public init(base: String) { factors = [Factor(base: base, power: 1)] }

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
        if power != 0 { merged.append(Factor(base: lhs.factors[left].base, power: power)) }
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
    unit.factors = factors.map { Factor(base: $0.base, power: $0.power * power) }
    return unit
  }

  /// The currency when this unit is plain money.
  public var currency: String? {
    guard factors.count == 1, factors[0].power == 1, UnitTable.isCurrencyCode(factors[0].base) else {
      return nil
    }
    return factors[0].base
  }

  /// The single base of a plain unit such as `visit` or `month`.
  public var simpleBase: String? {
    factors.count == 1 && factors[0].power == 1 ? factors[0].base : nil
  }

  public var isTime: Bool { simpleBase == UnitTable.timeBase }
}

/// What a unit name means: which base, and how many of that base one of it is.
public struct UnitDefinition: Sendable, Hashable {
  public enum Kind: Sendable, Hashable { case currency, count, time, percent }
  public var kind: Kind
  public var base: String
  public var scale: Double
  /// The name as the user wrote its singular, for showing values in it (`weeks`).
  public var singular: String
}

/// The units a script can name: currencies (any three capital letters), time, the marketing
/// counts mplan knows, and units a script declares with `unit NAME`.
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

  public private(set) var declaredCounts: Set<String> = []

  public init() {}

  public static func isCurrencyCode(_ name: String) -> Bool {
    name.count == 3 && name.unicodeScalars.allSatisfy { $0.value >= 65 && $0.value <= 90 }
  }

  public mutating func declare(_ name: String) {
    declaredCounts.insert(Self.singular(of: name, known: declaredCounts.union(Self.builtInCountSet)))
  }

  public func isDeclared(_ name: String) -> Bool { declaredCounts.contains(name) }

  /// Resolves `customers`, `visit`, `USD`, `weeks`, `%`; nil for a name that is no unit.
  public func lookup(_ name: String) -> UnitDefinition? {
    if name == "%" { return UnitDefinition(kind: .percent, base: "", scale: 0.01, singular: "%") }
    if Self.isCurrencyCode(name) {
      return UnitDefinition(kind: .currency, base: name, scale: 1, singular: name)
    }
    // The name as written is the common case; plural and case variants only when it misses.
    if let found = exactLookup(name) { return found }
    for candidate in Self.candidateSingulars(of: name).dropFirst() {
      if let found = exactLookup(candidate) { return found }
    }
    return nil
  }

  /// Plurals of the built-in units (`months`, `customers`, `MQLs`), so the usual spellings
  /// resolve with one hash look-up.
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
    return definitions
  }()

  private func exactLookup(_ name: String) -> UnitDefinition? {
    if let found = Self.builtInDefinitions[name] { return found }
    if declaredCounts.contains(name) {
      return UnitDefinition(kind: .count, base: name, scale: 1, singular: name)
    }
    return nil
  }

  /// Every name a script may write for a unit, for "did you mean" and completion.
  public var allNames: [String] {
    Array(declaredCounts.union(Self.builtInCounts)) + Array(Self.timeUnits.keys)
  }

  /// `widgets` → `widget`, for suggesting a declaration; names that do not end in "s" stay.
  public static func singularGuess(_ name: String) -> String {
    if name.hasSuffix("ies"), name.count > 3 { return String(name.dropLast(3)) + "y" }
    if name.hasSuffix("s"), !name.hasSuffix("ss"), name.count > 1 { return String(name.dropLast()) }
    return name
  }

  package static func candidateSingulars(of name: String) -> [String] {
    let lower = name.lowercased()
    var candidates = [name, lower]
    if lower.hasSuffix("ies") { candidates.append(String(lower.dropLast(3)) + "y") }
    if lower.hasSuffix("es") { candidates.append(String(lower.dropLast(2))) }
    if lower.hasSuffix("s") { candidates.append(String(lower.dropLast())) }
    if lower == "people" { candidates.append("person") }
    return candidates
  }

  package static func singular(of name: String, known: Set<String>) -> String {
    for candidate in candidateSingulars(of: name).dropFirst() where known.contains(candidate) {
      return candidate
    }
    return name
  }

  /// `1 customer`, `10 customers`, `200 MQLs`.
  public static func countName(_ base: String, plural: Bool) -> String {
    if let forms = displayForms[base] { return plural ? forms.plural : forms.singular }
    if !plural { return base }
    if base.hasSuffix("y"), let last = base.dropLast().last, !"aeiou".contains(last) {
      return base.dropLast() + "ies"
    }
    if base.hasSuffix("s") || base.hasSuffix("x") || base.hasSuffix("ch") || base.hasSuffix("sh") {
      return base + "es"
    }
    return base + "s"
  }

  /// How a unit reads in a message: "money (USD)", "visits", "USD per visit".
  public static func describe(_ unit: Unit) -> String {
    if unit.isDimensionless { return "a plain number" }
    if let currency = unit.currency { return "money (\(currency))" }
    if unit.isTime { return "a duration" }
    if let base = unit.simpleBase { return countName(base, plural: true) }
    return symbol(unit)
  }

  /// A unit written the way mplan reads it back: `USD per visit`, `visit per month`.
  public static func symbol(_ unit: Unit) -> String {
    let numerator = unit.factors.filter { $0.power > 0 }
    let denominator = unit.factors.filter { $0.power < 0 }
    func render(_ factors: [Unit.Factor], sign: Int) -> String {
      factors.map { factor in
        let power = factor.power * sign
        let name = displayBase(factor.base)
        return power == 1 ? name : "\(name)^\(power)"
      }.joined(separator: "·")
    }
    var text = numerator.isEmpty ? "1" : render(numerator, sign: 1)
    if !denominator.isEmpty { text += " per " + render(denominator, sign: -1) }
    return text
  }

  package static func displayBase(_ base: String) -> String {
    displayForms[base]?.singular ?? base
  }
}
