import MPlanKit
import MPlanLanguage
import MPlanPlanning
import MPlanSyntax
import Testing

@testable import MPlanKit

/// The guided SMART exercise driven by scripted answers, bad ones included: each refused
/// answer says why in the participant's language and asks again, and the plan written at the
/// end passes `mplan check --only smart`.
@Suite struct WorkshopTests {
  /// The exercise "held" on 2027-01-10, so deadlines and paces are the same every run.
  static func workshop(_ language: String) -> Workshop {
    Workshop(language: language, year: 2027, month: 1, day: 10)
  }

  /// Answers each question with the next of `answers`; the keys of every reply, by step.
  @discardableResult
  static func drive(_ workshop: inout Workshop, _ answers: [String]) -> [(Workshop.Step, [String])] {
    var replies: [(Workshop.Step, [String])] = []
    for answer in answers {
      let step = workshop.step
      replies.append((step, workshop.answer(answer).map(\.key)))
    }
    return replies
  }

  static func smartOnly(_ text: String) -> [PlanFinding] {
    let session = Session(options: Session.Options(), events: { _ in })
    let outcome = session.run(SourceFile(name: "goal.mplan", text: text))
    #expect(!outcome.hasErrors, "\(outcome.diagnostics.map(\.message))")
    return session.checkPlan().only("smart")?.findings ?? []
  }

  @Test func englishWithTheArticlesTraps() throws {
    var workshop = Self.workshop("en")
    let replies = Self.drive(
      &workshop,
      [
        "", "new customers", "customer",  // empty, two words, then right
        "-5", "ten", "100",  // a negative, a word, then right
        "101",  // M: 100 → 101 is met by chance (the article's own example)
        "2,000",
        "Cold calls to local shops",
        "More customers",  // S: a wish
        "2,000 customers next month through cold calls",
        "1 September", "2026-12-01",  // T: words, then a day already past
        "2027-02-10",  // A: 100 → 2,000 in a month (the article's 10 → 2,000)
        "125", "2027-06-30",
        "125 customers by June through cold calls to local shops",  // the sentence, with the new numbers
        "Grow revenue 10% this year",
        "Sam",
      ])
    #expect(workshop.isFinished)
    let byStep = replies.map { "\($0.0): \($0.1.joined(separator: " "))" }
    #expect(
      byStep == [
        "metric: workshop-empty", "metric: workshop-metric-one-word", "metric: ",
        "baseline: workshop-not-number", "baseline: workshop-not-number", "baseline: ",
        "target: workshop-finding workshop-example-measurable", "target: workshop-letter-met",
        "action: ",
        "title: workshop-finding workshop-example-specific", "title: workshop-letter-met",
        "deadline: workshop-not-date workshop-example-time-bound", "deadline: workshop-past-date",
        "deadline: workshop-finding workshop-example-attainable workshop-revise-pace",
        "target: workshop-letter-met",
        "deadline: workshop-letter-met workshop-letter-met workshop-retell-title",
        "title: workshop-letter-met",
        "objective: workshop-letter-met", "owner: ",
      ], "\(byStep)")
    // The written plan is SMART by the checks themselves.
    let findings = Self.smartOnly(workshop.planText)
    #expect(findings.allSatisfy { $0.passed })
    #expect(findings.count == 1)
    #expect(workshop.verdictLine == "S ✓ M ✓ A ✓ R ✓ T ✓")
    #expect(workshop.planText.contains("target   125 customer\n"))
    #expect(
      workshop.planText.contains("action workshop_action \"Cold calls to local shops\" => workshop_goal {"))
  }

  @Test func russianInRussianKeywordsWithRussianNumbers() throws {
    var workshop = Self.workshop("ru")
    let replies = Self.drive(
      &workshop,
      [
        "customers of ours",  // two words
        "клиентов",  // a Russian form of the built-in `customer`
        "1 000", "1 500",
        "Cold calls",  // another language
        "Звонки \"в\" магазины",  // quotes would end the plan's string
        "Звонки в магазины",
        "Больше клиентов",  // S: a wish
        "Клиенты с 1 000 до 1 500 с помощью звонков в магазины",
        "2027-09-01",
        "",  // empty
        "Рост выручки на 10%",
        "Анна",
      ])
    #expect(workshop.isFinished, "\(replies)")
    #expect(replies[4].1 == ["workshop-other-language"])
    #expect(replies[5].1 == ["workshop-no-quotes"])
    #expect(replies[7].1.first == "workshop-finding")
    #expect(replies[10].1 == ["workshop-empty"])
    let plan = workshop.planText
    #expect(plan.contains("цель цель_практикума \"Клиенты с 1 000 до 1 500"))
    #expect(plan.contains("  метрика       customer\n"))
    #expect(plan.contains("  исходно       1 000 customer\n"))
    #expect(plan.contains("  срок          2027-09-01\n"))
    #expect(plan.contains("действие действие_практикума \"Звонки в магазины\" => цель_практикума {"))
    #expect(Self.smartOnly(plan).allSatisfy { $0.passed })
  }

  @Test func arabicWithEasternDigitsAndADeclaredUnit() throws {
    var workshop = Self.workshop("ar")
    let replies = Self.drive(
      &workshop,
      [
        "متابعون",  // not one of `follower`'s forms: the plan declares it
        "١٠٠", "١٠١",  // M: 100 → 101, the article's own example
        "١٢٥",
        "Daily posts",  // another language
        "منشورات يومية على الانستقرام",
        "المتابعون من ١٠٠ إلى ١٢٥ من خلال منشورات يومية",
        "بحلول أول يوم من شهر سبتمبر",  // T: words
        "٢٠٢٧-٠٩-٠١",
        "زيادة الإيرادات 10% هذا العام",
        "لينا",
      ])
    #expect(workshop.isFinished, "\(replies)")
    #expect(replies[2].1 == ["workshop-finding", "workshop-example-measurable"])
    #expect(replies[4].1 == ["workshop-other-language"])
    #expect(replies[7].1 == ["workshop-not-date", "workshop-example-time-bound"])
    let plan = workshop.planText
    #expect(plan.contains("unit متابعون\n"))
    #expect(plan.contains("  بحلول  ٢٠٢٧-٠٩-٠١\n"))
    #expect(Self.smartOnly(plan).allSatisfy { $0.passed })
  }

  @Test func persianReadsDatesInThePersianCalendar() throws {
    var workshop = Self.workshop("fa")
    // 2027-01-10 is 20 Dey 1405; 31 Shahrivar 1406 is 2027-09-22.
    Self.drive(
      &workshop,
      [
        "مشتری", "۱۰۰", "۱۲۵", "پست‌های روزانه در اینستاگرام",
        "مشتریان از ۱۰۰ به ۱۲۵ از طریق پست‌های روزانه", "۱۴۰۶-۰۶-۳۱", "رشد ۱۰٪ درآمد", "لینا",
      ])
    #expect(workshop.isFinished)
    #expect(workshop.planText.contains("  تقویم persian\n"))
    #expect(workshop.planText.contains("  دوره  1405-10 .. 1406-06\n"))
    #expect(Self.smartOnly(workshop.planText).allSatisfy { $0.passed })
  }

  @Test func answersInAnotherScriptAreAskedAgain() {
    #expect(Workshop.writes("Звонки", in: "ru"))
    #expect(!Workshop.writes("Cold calls", in: "ru"))
    #expect(Workshop.writes("Cold calls", in: "en"))
    #expect(!Workshop.writes("منشورات", in: "en"))
    #expect(Workshop.writes("منشورات", in: "ar"))
    #expect(!Workshop.writes("1234", in: "ar"))
  }
}
