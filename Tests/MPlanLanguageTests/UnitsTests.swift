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

  @Test func declaredUnitsAndPlurals() {
    var table = UnitTable()
    table.declare("signup")
    #expect(table.lookup("signups")?.base == "signup")
    #expect(table.lookup("signups")?.kind == .count)
  }

  @Test func timeIsKeptInMonths() {
    #expect(UnitTable().lookup("year")?.scale == 12)
    #expect(UnitTable().lookup("quarters")?.scale == 3)
  }
}
