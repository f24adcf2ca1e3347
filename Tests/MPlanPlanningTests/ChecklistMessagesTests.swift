import MPlanPlanning
import MPlanSyntax
import Testing

/// The checklist's summary is a message: the same data says "2 errors" in English, «2 ошибки»
/// in Russian and «خطآن» in Arabic, each by its language's plural rules, and a key a language
/// lacks is said in English.
@Suite struct ChecklistMessagesTests {
  static func checklist(errors: Int, warnings: Int, suggestions: Int, passes: Int) -> Checklist {
    func failing(_ count: Int, _ severity: Diagnostic.Severity, _ code: String) -> [PlanFinding] {
      (0..<count).map { _ in .fail(.budget, Diagnostic(severity, code: code, "a fault", at: .unknown)) }
    }
    let passed = (0..<passes).map { _ in PlanFinding.pass(.budget, .verbatim("a pass")) }
    return Checklist(
      passed + failing(errors, .error, "PLAN-B01") + failing(warnings, .warning, "PLAN-B02")
        + failing(suggestions, .note, "PLAN-T06"))
  }

  @Test func theSummarySpeaksEachLanguagesPlurals() throws {
    let russian = try #require(Catalogue.named("ru"))
    let arabic = try #require(Catalogue.named("ar"))
    let few = Self.checklist(errors: 2, warnings: 1, suggestions: 5, passes: 1)
    #expect(few.summary == "1 of 9 checks pass; 2 errors, 1 warning, 5 suggestions")
    #expect(
      russian.render(few.summaryMessage)
        == "пройдено проверок: 1 из 9; 2 ошибки, 1 предупреждение, 5 рекомендаций")
    // Arabic counts the checks as Arabic counts: 3–10 take the plural (فحوص), 11–99 the
    // singular with tanwin (فحصًا); its lists take the Arabic comma (،) and semicolon (؛).
    #expect(arabic.render(few.summaryMessage) == "نجح 1 من 9 فحوص؛ خطآن، تحذير واحد، 5 اقتراحات")
    let many = Self.checklist(errors: 21, warnings: 11, suggestions: 0, passes: 0)
    #expect(russian.render(many.summaryMessage) == "пройдено проверок: 0 из 32; 21 ошибка, 11 предупреждений")
    #expect(arabic.render(many.summaryMessage) == "نجح 0 من 32 فحصًا؛ 21 خطأً، 11 تحذيرًا")
  }

  @Test func aBrokenScriptLeadsTheSummaryInEveryLanguage() throws {
    let russian = try #require(Catalogue.named("ru"))
    let empty = Checklist([])
    #expect(empty.summaryAfterScript(errors: 3) == "the script has 3 errors; nothing was checked")
    #expect(
      russian.render(empty.summaryMessageAfterScript(errors: 3)) == "в скрипте 3 ошибки; ничего не проверено")
    let clean = Self.checklist(errors: 0, warnings: 0, suggestions: 0, passes: 2)
    #expect(clean.summaryAfterScript(errors: 1) == "the script has 1 error; 2 of 2 checks pass")
  }
}
