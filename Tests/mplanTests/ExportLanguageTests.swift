import Foundation
import Testing

/// The HTML report in the reader's language and direction (docs/languages.md, docs/export.md):
/// `lang` and `dir` from `--lang` or the plan's `language`, else from the plan's script;
/// amounts and names inside sentences each in a `<bdi>`; an axis that fits any amount.
@Suite struct ExportLanguageTests {
  static let arabicPlan = """
    plan "نمو 2027" {
      currency USD
      period 2027-01 .. 2027-12
    }
    objective نمو "زيادة المبيعات"
    unit عميل, عملاء
    goal عملاء_جدد "الحصول على عملاء جدد من خلال البحث المدفوع" {
      metric عميل  baseline 10 عملاء  target 2,000 عملاء  within 1 month  supports نمو  owner "سارة"
    }
    action بحث => عملاء_جدد { cost $12k  owner "علي"  from تسويق }
    budget تسويق { total $20k  reserve 20%  control monthly by "المدير" }
    """

  func html(_ plan: String, _ arguments: [String] = []) throws -> String {
    let file = try RunMPlan.temporaryFile(plan)
    let result = try RunMPlan.run(
      ["export"] + arguments + [file, "-o", "-", "--format", "html"], environment: ["LANG": "", "LC_ALL": ""])
    #expect(result.status == 0, "\(result.standardError)")
    return result.standardOutput
  }

  /// The plan's script decides when no language was chosen: Persian by ی ک پ چ ژ گ and its
  /// digits, Arabic by ي ك ة and its digits, Russian by Cyrillic.
  @Test(arguments: [
    ("رشد ۱۴۰۶", "<html lang=\"fa\" dir=\"rtl\">"),
    ("افزایش فروش در کانال دیجیتال", "<html lang=\"fa\" dir=\"rtl\">"),
    ("نمو المبيعات في السنة", "<html lang=\"ar\" dir=\"rtl\">"),
    ("Рост продаж 2027", "<html lang=\"ru\" dir=\"ltr\">"),
    ("Growth 2027", "<html lang=\"en\" dir=\"ltr\">"),
  ])
  func thePlansScriptChoosesLangAndDir(title: String, expected: String) throws {
    let plan = "plan \"\(title)\" {\n  currency USD\n  period 2027-01 .. 2027-12\n}\n"
    #expect(try html(plan).contains(expected))
  }

  @Test func theReadersLanguageOutranksTheScript() throws {
    #expect(try html(Self.arabicPlan, ["--lang", "fa"]).contains("<html lang=\"fa\" dir=\"rtl\">"))
    let russian = try html(Self.arabicPlan, ["--lang", "ru"])
    #expect(russian.contains("<html lang=\"ru\" dir=\"ltr\">"))
    // The open items' words that go through the catalogue are the reader's.
    #expect(russian.contains("пройдено проверок:"))
    #expect(russian.contains("<strong>предупреждение SMART-A</strong> (<bdi>строка 8</bdi>)"))
    let planSays = try html(
      Self.arabicPlan.replacingOccurrences(of: "currency USD", with: "currency USD\n  language ru"))
    #expect(planSays.contains("<html lang=\"ru\" dir=\"ltr\">"))
  }

  /// The example: each amount in its own `<bdi>`, so the arrow stays between them.
  @Test func amountsInSentencesAreIsolated() throws {
    let page = try html(Self.arabicPlan)
    #expect(page.contains("(<bdi>10 عملاء</bdi> → <bdi>2,000 عملاء</bdi> in 1 month)"))
    #expect(page.contains("aim for at most <bdi>15 عملاء</bdi>"))
  }

  /// Markdown has no `dir`: a right-to-left plan is wrapped in a `<div dir="rtl">`; others
  /// are as they were.
  @Test func markdownCarriesTheDirection() throws {
    let file = try RunMPlan.temporaryFile(Self.arabicPlan)
    let arabic = try RunMPlan.run(["export", file, "-o", "-", "--format", "md"], environment: ["LANG": ""])
    #expect(
      arabic.standardOutput.hasPrefix("<!-- written by mplan export -->\n<div dir=\"rtl\" lang=\"ar\">\n\n# ")
    )
    #expect(arabic.standardOutput.hasSuffix("\n\n</div>\n"))
    let russian = try RunMPlan.run(
      ["export", "--lang", "ru", file, "-o", "-", "--format", "md"], environment: ["LANG": ""])
    #expect(!russian.standardOutput.contains("<div dir"))
  }

  /// `1,000,000,000 IRR` needs about 17 characters of axis: the chart starts far enough in
  /// that the label's start (its x less its width, at 7.5 units a character) is inside it.
  @Test func theBudgetAxisFitsAnyAmount() throws {
    let plan = """
      plan "Growth 2027" {
        currency IRR
        period 2027-01 .. 2027-12
      }
      budget marketing { total 1,000,000,000 IRR  reserve 20%  control monthly by "CMO" }
      action ads { cost 600,000,000 IRR  owner "Ali"  from marketing }
      """
    let page = try html(plan)
    let label = try #require(page.range(of: "text-anchor=\"end\">1,200,000,000 IRR</text>"))
    let start = page[..<label.lowerBound]
    let x = try #require(start.range(of: "<text x=\"", options: .backwards))
    let number = Double(start[x.upperBound...].prefix { $0 != "\"" }) ?? 0
    #expect(number >= 7.5 * Double("1,200,000,000 IRR".count))
  }
}

/// `--lang ru` says the export's own words in Russian: its sections, facts, column labels and
/// grouped headings, in Markdown and HTML alike; the plan's names and values stay as written.
@Suite struct ExportHeadingLanguageTests {
  static let plan = """
    plan "Growth 2027" { currency USD  period 2027-01 .. 2027-12 }
    goal leads { metric mql  baseline 10 mql  target 20 mql  by 2027-03-31  owner "Ana" }
    budget money { total $1k }
    action ads => leads { channel "Search"  cost $300  owner "Ana"  from money }
    """

  func export(_ format: String, _ arguments: [String]) throws -> String {
    let file = try RunMPlan.temporaryFile(Self.plan)
    let result = try RunMPlan.run(
      ["export"] + arguments + [file, "-o", "-", "--format", format], environment: ["LANG": "", "LC_ALL": ""])
    #expect(result.status == 0, "\(result.standardError)")
    return result.standardOutput
  }

  @Test func russianHeadingsInMarkdownAndHTML() throws {
    let markdown = try export("md", ["--lang", "ru"])
    #expect(markdown.contains("## Цели\n") && markdown.contains("## Действия\n"))
    #expect(markdown.contains("Период: 2027-01 .. 2027-12 · Валюта: USD"))
    #expect(markdown.contains("| цель | метрика | исходное значение | целевое значение | срок |"))
    #expect(markdown.contains("### По ответственным") && markdown.contains("| leads | "))
    let html = try export("html", ["--lang", "ru"])
    #expect(html.contains("<h2><bdi>Цели</bdi></h2>") && html.contains("<th>ответственный</th>"))
    #expect(html.contains("<bdi>Валюта <bdi dir=\"ltr\">USD</bdi></bdi>"))
    // English unless asked: the same words as before.
    let english = try export("md", [])
    #expect(english.contains("## Goals\n") && english.contains("| goal | metric | baseline | target |"))
  }
}
