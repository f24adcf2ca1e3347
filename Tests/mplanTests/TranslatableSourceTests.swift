import Foundation
import Testing

/// Words the source used to pass as English text into a translated sentence: a list's "or",
/// a block's keyword said as a noun, a period and a cadence. Each now reaches the catalogue
/// as a message of its own, so a Russian, Arabic or Persian reader sees their word.
@Suite struct TranslatableSourceTests {
  func run(_ arguments: [String], plan: String) throws -> RunMPlan.Result {
    let file = try RunMPlan.temporaryFile(plan)
    return try RunMPlan.run(arguments + [file], environment: LanguageChoiceTests.noLocale)
  }

  /// The export formats end in the language's "or", in help and at the prompt.
  @Test(arguments: [("ru", ".html или .xlsx", "html или xlsx"), ("ar", ".html أو .xlsx", "html أو xlsx")])
  func exportFormatsAreListedInTheReadersLanguage(language: String, extensions: String, names: String)
    throws
  {
    let help = try RunMPlan.run(
      ["export", "--lang", language, "--help"], environment: LanguageChoiceTests.noLocale)
    // Help wraps its lines: read it as one line.
    let text = help.standardOutput.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(text.contains(extensions), "\(text)")
    #expect(text.contains(names), "\(text)")
    #expect(!text.contains("html or xlsx"), "\(text)")
    let prompt = try RunMPlan.run(
      ["--lang", language], input: Data(":export\n".utf8), environment: LanguageChoiceTests.noLocale)
    #expect(prompt.standardError.contains(extensions), "\(prompt.standardError)")
  }

  static let header = """
    plan "P" {
      currency USD
      period 2027-01 .. 2027-12
    }
    objective growth "Grow"

    """

  /// A name given twice: what the first one is and what to rename, each the block's noun in
  /// the reader's language, never the keyword `goal` or `budget`.
  @Test(arguments: [
    ("ru", "уже цель", "переименуйте здесь бюджет"),
    ("ar", "بالفعل هدف", "لتعريف الميزانية"),
    ("fa", "از پیش یک هدف", "به این بودجه"),
    ("en", "is already a goal", "give this budget a name of its own"),
  ])
  func aNameGivenTwiceNamesBothBlocksInTheReadersLanguage(language: String, first: String, rename: String)
    throws
  {
    let plan =
      Self.header + """
        goal a "Win 30 customers" {
          metric customer  baseline 10 customers  target 30 customers  by 2027-12-31  supports growth
        }
        budget a { total $1k }
        """
    let result = try run(["run", "--lang", language], plan: plan)
    #expect(result.standardError.contains(first), "\(result.standardError)")
    #expect(result.standardError.contains(rename), "\(result.standardError)")
  }

  /// `=>` on a goal: "a goal cannot" with the language's noun.
  @Test(arguments: [("ru", "; цель — нет"), ("fa", "؛ یک هدف نمی‌تواند"), ("en", "; a goal cannot")])
  func theArrowOnAGoalNamesTheGoalInTheReadersLanguage(language: String, said: String) throws {
    let plan =
      Self.header + """
        goal g "Win 30 customers" => growth {
          metric customer  baseline 10 customers  target 30 customers  by 2027-12-31
        }
        """
    let result = try run(["run", "--lang", language], plan: plan)
    #expect(result.standardError.contains(said), "\(result.standardError)")
  }

  /// A budget's control cadence and a report's cadence in the reader's words.
  @Test(arguments: [
    ("ru", "(ежемесячно)"), ("ar", "CMO شهريًا"), ("fa", "ماهانه به دست CMO"),
    ("en", "controlled monthly by CMO"),
  ])
  func aCadenceIsSaidInTheReadersLanguage(language: String, said: String) throws {
    let plan =
      Self.header + """
        goal g "Win 30 customers" {
          metric customer  baseline 10 customers  target 30 customers  by 2027-12-31  supports growth  owner Ana
        }
        budget marketing { total $5k  control monthly by CMO }
        """
    let result = try run(["check", "--lang", language], plan: plan)
    #expect(result.standardOutput.contains(said), "\(result.standardOutput)")
  }

  /// A run-rate goal behind its ramp: "a month" in the reader's language (20 leads a day from
  /// 1 January to 10 March: February's 560 against the 1,000+ a month its ramp needs).
  @Test(arguments: [("ru", "/месяц"), ("ar", "لكل شهر"), ("fa", "در هر ماه"), ("en", " a month (")])
  func aRunRateIsPerThePeriodInTheReadersLanguage(language: String, said: String) throws {
    let csv = RunMPlan.repository.appendingPathComponent("Tests/Scripts/actuals/jan-to-march-10.csv").path
    let plan =
      Self.header + """
        goal leads "5000 leads a month" {
          metric lead  baseline 100 leads per month  target 5000 leads per month  by 2027-06-30  supports growth  owner Ana
        }
        budget marketing { total $5k  control monthly by CMO }
        action search => leads { channel Search  cost $3,650  owner Ana  from marketing }
        actuals spend from "\(csv)" {
          date   "Day"
          action "Campaign"
          amount "Cost"
          leads  "Leads"
        }
        checkpoint 2027-03-10
        """
    let result = try run(["check", "--lang", language], plan: plan)
    let all = result.standardOutput + result.standardError
    #expect(all.contains(said), "\(all)")
    #expect(language == "en" || !all.contains(" month ("), "\(all)")
  }

  /// A day the Persian calendar does not have: the month's name in the reader's script, not
  /// a Latin transliteration (Esfand 1404 has 29 days, Mehr 30).
  @Test(arguments: [
    ("fa", "اسفند 1404", "مهر 1406"), ("ar", "إسفند 1404", "مهر 1406"), ("ru", "эсфанд 1404", "мехр 1406"),
    ("en", "Esfand 1404", "Mehr 1406"),
  ])
  func aPersianMonthIsNamedInTheReadersScript(language: String, esfand: String, mehr: String) throws {
    let plan = """
      plan "Persian" { currency USD  period 1406-01-01 .. 1406-12-29  calendar persian }
      let common = 1404-12-30
      let mehr = 1406-07-31
      """
    let result = try run(["run", "--lang", language], plan: plan)
    #expect(result.standardError.contains(esfand), "\(result.standardError)")
    #expect(result.standardError.contains(mehr), "\(result.standardError)")
    #expect(language == "en" || !result.standardError.contains("Esfand"), "\(result.standardError)")
  }

  /// A goal's unusable deadline is one sentence about the goal, so Russian can say «у цели … срок»
  /// rather than joining «цель `g`:» to a predicate.
  @Test func aDeadlineProblemIsOneSentenceAboutTheGoal() throws {
    let plan =
      Self.header + """
        goal g "Win 30 customers" {
          metric customer  baseline 10 customers  target 30 customers  by "soon"  supports growth  owner Ana
        }
        """
    let russian = try run(["check", "--lang", "ru"], plan: plan)
    #expect(
      russian.standardOutput.contains("у цели `g` срок `by \"soon\"`, а это не дата"),
      "\(russian.standardOutput)")
    let english = try run(["check", "--lang", "en"], plan: plan)
    #expect(
      english.standardOutput.contains("goal `g` has `by \"soon\"`, which is not a date"),
      "\(english.standardOutput)")
  }

  /// `solve` varying a function is said whole in the reader's language, with no English
  /// "varies" left in it.
  @Test func solveVaryingAFunctionIsSaidWhole() throws {
    let plan = Self.header + "let spend = $10k\nlet cpc = $2\nsolve len for spend / cpc >= 100\n"
    let russian = try run(["run", "--lang", "ru"], plan: plan)
    #expect(
      russian.standardError.contains("`solve` перебирает значения, а `len` — функция"),
      "\(russian.standardError)")
    #expect(!russian.standardError.contains("varies"), "\(russian.standardError)")
  }

  /// A value missing before anything is written: a sentence of its own, not "remove the start".
  @Test(arguments: [("en", "write a value before `)`"), ("ru", "пишите значение перед `)`")])
  func aValueMissingAtTheStartIsOneSentence(language: String, said: String) throws {
    let result = try run(["run", "--lang", language], plan: ")\n")
    #expect(result.standardError.contains(said), "\(result.standardError)")
    #expect(!result.standardError.contains("the start"), "\(result.standardError)")
    #expect(!result.standardError.contains("уберите начала"), "\(result.standardError)")
  }

  /// A budget's notes (what each action commits) are in the reader's language, as is the
  /// prompt's own "error:".
  @Test func notesAndTheREPLsErrorLabelAreTranslated() throws {
    let plan =
      Self.header + """
        goal g "Win 30 customers" {
          metric customer  baseline 10 customers  target 30 customers  by 2027-12-31  supports growth  owner Ana
        }
        budget marketing { total $1k  control monthly by CMO }
        action ads => g { channel Search  cost $5k  owner Ana  from marketing }
        """
    let russian = try run(["check", "--lang", "ru"], plan: plan)
    #expect(russian.standardOutput.contains("`ads` расходует $5,000"), "\(russian.standardOutput)")
    let prompt = try RunMPlan.run(
      ["--lang", "ru"], input: Data(":export\n".utf8), environment: LanguageChoiceTests.noLocale)
    #expect(prompt.standardError.hasPrefix("ошибка: "), "\(prompt.standardError)")
  }
}
