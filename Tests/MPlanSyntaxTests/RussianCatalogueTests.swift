import MPlanSyntax
import Testing

/// Russian messages read right once their counts are filled in: a noun after a number takes
/// the form the number's CLDR category asks for (1 and 21 one, 2–4 and 22 few, 5–20 and 111
/// many), and after a preposition («из», «глубже», «за», «в пределах») its case as well, which
/// is why some selectors fold few into many.
@Suite struct RussianCatalogueTests {
  static let counts = [1, 2, 5, 11, 21, 22, 111]

  func russian() throws -> Catalogue { try #require(Catalogue.named("ru")) }

  func forms(_ key: String, _ argument: String, _ extra: [String: Message.Argument] = [:]) throws -> [String]
  {
    let catalogue = try russian()
    return Self.counts.map { count in
      catalogue.render(Message(key, extra.merging([argument: .count(count)]) { $1 }))
    }
  }

  @Test func monthsAfterANumber() throws {
    #expect(
      try forms("smart-months", "months") == [
        "1 месяц", "2 месяца", "5 месяцев", "11 месяцев", "21 месяц", "22 месяца", "111 месяцев",
      ])
    #expect(try russian().render(Message("smart-months", ["months": .value("1.5")])) == "1.5 месяца")
  }

  /// «из N значений»: the genitive plural except after 1, 21, 101 (genitive singular).
  @Test func aListOfValuesAfterIz() throws {
    let said = try forms("blocks-one-amount", "count", ["field": .text("cost")])
    #expect(said[0] == "`cost` принимает одну сумму, а не список из 1 значения")
    #expect(said[1] == "`cost` принимает одну сумму, а не список из 2 значений")
    #expect(said[2] == "`cost` принимает одну сумму, а не список из 5 значений")
    #expect(said[4] == "`cost` принимает одну сумму, а не список из 21 значения")
  }

  /// «глубже N уровней»: the genitive after a comparative, singular after 1 and 21.
  @Test func levelsAfterAComparative() throws {
    let said = try forms("interpreter-value-too-deep", "levels")
    #expect(said.map { $0.hasSuffix(" уровня") } == [true, false, false, false, true, false, false])
    #expect(said[1] == "в этом значении списки или записи вложены глубже 2 уровней")
  }

  /// «за N дней»: the accusative, one day, two days, five days.
  @Test func daysOfAnIdleCampaign() throws {
    let said = try forms(
      "tracking-idle-never", "days",
      ["key": .text("retargeting"), "spent": .value("$451"), "result": .text("MQL")])
    #expect(said[0] == "`retargeting` потратила $451 за 1 день работы, не дав ни одного результата (MQL)")
    #expect(said[1].contains("за 2 дня работы"))
    #expect(said[2].contains("за 5 дней работы"))
    #expect(said[5].contains("за 22 дня работы"))
  }

  /// The verb agrees with the count too: «снова применён 1 ввод», «применены 2 ввода».
  @Test func reloadedInputsAgreeWithTheirVerb() throws {
    let said = try forms("repl-reloaded-applied-all", "typed", ["files": .text("plan.mplan")])
    #expect(said[0].hasSuffix("снова применён 1 ввод из приглашения."))
    #expect(said[1].hasSuffix("снова применены 2 ввода из приглашения."))
    #expect(said[2].hasSuffix("снова применено 5 вводов из приглашения."))
    #expect(said[4].hasSuffix("снова применён 21 ввод из приглашения."))
  }

  /// The article's budget methods: a `total` is «Снизу», a budget without one «Сверху».
  @Test func bottomUpIsTheArticlesSverhu() throws {
    let said = try russian().render(
      Message("budget-bottom-up", ["budget": .text("marketing"), "needed": .value("$35,800")]))
    #expect(said == "бюджет `marketing` — «Сверху»: его действиям нужно $35,800")
  }
}
