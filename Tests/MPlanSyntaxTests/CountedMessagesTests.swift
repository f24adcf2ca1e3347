import MPlanSyntax
import Testing

/// Counts reach the catalogue as numbers, and every language gives the noun after them the
/// form its plural rules ask for: English "1 more campaign", Arabic «حملتان» (2), «حملات» (3–10),
/// «حملةً» (11–99), Russian «кампания» (1, 21), «кампании» (2–4), «кампаний» (5–20).
@Suite struct CountedMessagesTests {
  func render(_ language: String, _ key: String, _ arguments: [String: Message.Argument]) throws -> String {
    try #require(Catalogue.named(language)).render(Message(key, arguments))
  }

  @Test(arguments: [
    ("en", 1, "… and 1 more campaign no action"), ("en", 2, "… and 2 more campaigns no action"),
    ("ar", 2, "… وحملتان أخريان"), ("ar", 3, "… و3 حملات أخرى"), ("ar", 11, "… و11 حملةً أخرى"),
    ("ar", 100, "… و100 حملة أخرى"),
    ("ru", 1, "… и ещё 1 кампания, которую"), ("ru", 3, "… и ещё 3 кампании, которых"),
    ("ru", 5, "… и ещё 5 кампаний, которых"), ("ru", 21, "… и ещё 21 кампания, которую"),
  ])
  func unplannedCampaigns(language: String, count: Int, start: String) throws {
    let said = try render(
      language, "tracking-unplanned-more", ["count": .count(count), "spent": .value("$300")])
    #expect(said.hasPrefix(start), "\(said)")
  }

  @Test(arguments: [
    ("en", 1, "… and 1 more action"), ("en", 4, "… and 4 more actions"), ("ar", 11, "… و11 إجراءً آخر"),
    ("ru", 2, "… и ещё 2 действия"),
  ])
  func moreActions(language: String, count: Int, said: String) throws {
    #expect(try render(language, "budget-more-actions", ["count": .count(count)]) == said)
  }

  @Test(arguments: [
    ("en", 1, "holds 1 sample,"), ("en", 2000, "holds 2000 samples,"), ("ar", 2, "تحمل عيّنتين،"),
    ("ar", 5, "تحمل 5 عيّنات،"), ("ar", 2000, "تحمل 2000 عيّنة،"), ("ru", 1, "хранит 1 выборку,"),
    ("ru", 3, "хранит 3 выборки,"), ("ru", 2000, "хранит 2000 выборок,"),
  ])
  func samplesOfAnUncertainValue(language: String, count: Int, said: String) throws {
    let text = try render(
      language, "interpreter-memory-budget-samples",
      ["budget": .value("2 GB"), "samples": .count(count), "size": .value("16 KB")])
    #expect(text.contains(said), "\(text)")
  }

  /// The step budget is printed as mplan prints it (`1,000,001`); its number still selects.
  @Test(arguments: [
    ("ar", "1,005", "أكثر من 1,005 خطوات"), ("ar", "1,000,000", "أكثر من 1,000,000 خطوة"),
    ("ar", "1,011", "أكثر من 1,011 خطوةً"), ("ru", "1,000,001", "больше 1,000,001 шага"),
    ("ru", "1,000,000", "больше 1,000,000 шагов"),
  ])
  func stepsOfTheBudget(language: String, steps: String, said: String) throws {
    let text = try render(language, "interpreter-step-budget", ["steps": .value(steps)])
    #expect(text.contains(said), "\(text)")
  }

  @Test(arguments: [
    ("ar", 2, "في المجموع صفّان تالفان"), ("ar", 12, "في المجموع 12 صفًّا تالفًا"),
    ("ru", 2, "пропущены 2 повреждённые строки"), ("ru", 25, "пропущено 25 повреждённых строк"),
  ])
  func damagedRowsSkipped(language: String, count: Int, said: String) throws {
    let text = try render(
      language, "actuals-rows-skipped",
      ["count": .count(count), "path": .text("ads.csv"), "shown": .count(1)])
    #expect(text.contains(said), "\(text)")
  }

  @Test(arguments: [(2, "خلال يومين من عمله"), (14, "خلال 14 يومًا من عمله"), (100, "خلال 100 يوم من عمله")])
  func idleDaysInArabic(days: Int, said: String) throws {
    let text = try render(
      "ar", "tracking-idle-never",
      ["key": .text("retargeting"), "spent": .value("$451"), "result": .text("MQL"), "days": .count(days)])
    #expect(text.contains(said), "\(text)")
  }

  /// Persian keeps its noun singular after any number, so it leaves out the argument English
  /// only selects by, rather than selecting between two empty variants.
  @Test func persianLeavesOutASelectorItDoesNotNeed() throws {
    let text = try render(
      "fa", "actuals-summary",
      ["block": .text("spend"), "shown": .value("12"), "rows": .count(12), "currency": .text("USD")])
    #expect(text == "داده‌های واقعی spend: 12 سطر، USD")
  }
}
