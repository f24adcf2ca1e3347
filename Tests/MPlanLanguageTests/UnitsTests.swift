import MPlanKit
import MPlanLanguage
import MPlanSyntax
import Testing

@Suite struct UnitsTests {
  let usd = Unit(base: "USD")
  let customer = Unit(base: "customer")

  @Test func unitsFormAGroup() {
    let perCustomer = usd / customer
    #expect(usd / perCustomer == customer)
    #expect((perCustomer * customer) == usd)
    #expect((usd / usd).isDimensionless)
    #expect(usd.currency == "USD")
    #expect(perCustomer.currency == nil)
  }

  @Test(arguments: ["customer", "customers", "mqls", "people", "weeks", "USD", "%"])
  func namesResolve(name: String) {
    var table = UnitTable()
    table.declare("person")
    #expect(table.lookup(name) != nil)
  }

  @Test func unknownNamesDoNot() {
    #expect(UnitTable().lookup("visitz") == nil)
    #expect(UnitTable().lookup("usd") == nil)
  }

  /// Only ISO 4217 codes, and currencies a plan states a rate for, are money.
  @Test(arguments: [
    ("USD", true), ("AED", true), ("MQL", false), ("SQL", false), ("ABC", false), ("usd", false),
  ])
  func currencies(code: String, isMoney: Bool) {
    #expect((UnitTable().lookup(code)?.kind == .currency) == isMoney)
  }

  @Test func aStatedCurrencyIsMoney() {
    var table = UnitTable()
    table.declareCurrency("XBT")
    #expect(table.lookup("XBT")?.kind == .currency)
    #expect(table.lookup("XBT")?.unit.currency == "XBT")
    #expect(UnitTable().lookup("XBT") == nil)
  }

  /// Count and time units match ignoring case; currency codes do not.
  @Test(arguments: ["MQL", "Mql", "MQLs", "SQLs", "Visits", "CUSTOMER", "Weeks"])
  func countsAndTimeIgnoreCase(name: String) {
    #expect(UnitTable().lookup(name) != nil)
  }

  @Test func declaredUnitsReadOnlyInTheirOwnSpellings() {
    var table = UnitTable()
    table.declare("paid")
    table.declare("Workshop", plural: "workshops")
    #expect(table.lookup("paid") != nil)
    #expect(table.lookup("PAID") != nil)
    #expect(table.lookup("paids") == nil)
    #expect(table.lookup("workshops")?.base == "Workshop")
    #expect(table.lookup("WORKSHOP")?.plural == "workshops")
    #expect(table.declaredWithoutPlural(near: "paids")?.singular == "paid")
  }

  @Test func declaredUnitsAndPlurals() {
    var table = UnitTable()
    table.declare("signup")  // built in already
    #expect(table.lookup("signups")?.base == "signup")
    #expect(table.lookup("signups")?.kind == .count)
  }

  @Test func timeIsKeptInMonths() {
    #expect(UnitTable().lookup("year")?.scale == 12)
    #expect(UnitTable().lookup("quarters")?.scale == 3)
  }
}

/// The help of an unknown unit says what to write instead.
@Suite struct UnknownUnitHelpTests {
  func help(_ text: String) -> String? {
    let session = Session(output: { _ in })
    return session.run(SourceFile(name: "t", text: text)).diagnostics.first?.fixIt
  }

  @Test func aCurrencyInTheWrongCaseSuggestsItsCode() {
    #expect(help("print 24 usd")?.contains("`USD`") == true)
    #expect(help("print 24 usd")?.contains("unit usd") == false)
  }

  @Test func threeCapitalsThatAreNoCurrencySayHowToStateOne() {
    #expect(help("print 3 ABC")?.contains("rate ABC =") == true)
  }

  @Test func aDeclaredUnitWithoutAPluralSaysHowToGiveOne() {
    #expect(help("unit sale\nprint 5 sales")?.contains("unit sale, sales") == true)
  }

  @Test func aValueNamedLikeAUnitSuggestsAnotherName() {
    #expect(help("let deal = $24k per customer")?.contains("deal_value") == true)
  }
}
