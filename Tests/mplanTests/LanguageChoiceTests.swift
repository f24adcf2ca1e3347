import Foundation
import Testing

/// Which language mplan speaks (docs/languages.md): `--lang`, then the plan's `language`, then
/// `LC_ALL` / `LC_MESSAGES` / `LANG`, then English; each on every command that talks.
@Suite struct LanguageChoiceTests {
  /// No locale at all, so only what a test sets chooses the language.
  static let noLocale = ["LC_ALL": "", "LC_MESSAGES": "", "LANG": ""]

  /// A plan whose checklist passes 3 of its 7 checks.
  static func plan(language: String? = nil) -> String {
    """
    plan "Growth 2027" {
      currency USD
      period 2027-01 .. 2027-12
    \(language.map { "  language \($0)\n" } ?? "")}
    objective growth "Grow revenue 10%"
    objective reach "Reach the Gulf"
    goal more "Win 20 customers through search" {
      metric customer  baseline 10 customers  target 30 customers  by 2027-12-31  supports growth
    }
    """
  }

  func check(_ plan: String, _ arguments: [String] = [], environment: [String: String] = [:]) throws
    -> RunMPlan.Result
  {
    let file = try RunMPlan.temporaryFile(plan)
    return try RunMPlan.run(
      ["check"] + arguments + [file], environment: Self.noLocale.merging(environment) { $1 })
  }

  /// The checklist's last line: "2 of 30 checks pass; …" in the chosen language.
  func summary(_ result: RunMPlan.Result) -> String {
    String(result.standardOutput.split(separator: "\n").last ?? "")
  }

  @Test func withNothingChosenMplanSpeaksEnglish() throws {
    let result = try check(Self.plan())
    #expect(summary(result).hasPrefix("3 of "), "\(result.standardOutput)")
    #expect(result.standardError.isEmpty)
  }

  @Test(arguments: [
    ("ru", "пройдено проверок: 3 из"), ("ar", "تحذيرات"), ("fa", "خطا"), ("en", "3 of "),
  ])
  func langChoosesTheCatalogue(language: String, expected: String) throws {
    let result = try check(Self.plan(), ["--lang", language])
    #expect(summary(result).contains(expected), "\(result.standardOutput)")
  }

  @Test func thePlansLanguageComesAfterLangAndBeforeTheLocale() throws {
    let planSays = try check(Self.plan(language: "ru"), environment: ["LANG": "fa_IR.UTF-8"])
    #expect(summary(planSays).hasPrefix("пройдено проверок: 3 из"), "\(planSays.standardOutput)")
    let langSays = try check(
      Self.plan(language: "ru"), ["--lang", "en"], environment: ["LANG": "fa_IR.UTF-8"])
    #expect(summary(langSays).hasPrefix("3 of "), "\(langSays.standardOutput)")
  }

  /// POSIX's order: LC_ALL over LC_MESSAGES over LANG; an empty variable is unset.
  @Test(arguments: [
    (["LANG": "ru_RU.UTF-8"], "пройдено"),
    (["LC_MESSAGES": "ru_RU.UTF-8", "LANG": "en_US.UTF-8"], "пройдено"),
    (["LC_ALL": "ru_RU.UTF-8", "LC_MESSAGES": "en_US.UTF-8", "LANG": "en_US.UTF-8"], "пройдено"),
    (["LC_ALL": "en_US.UTF-8", "LANG": "ru_RU.UTF-8"], "3 of "),
    (["LC_ALL": "", "LANG": "ru_RU@euro"], "пройдено"),
    (["LANG": "C.UTF-8"], "3 of "),
  ])
  func theLocaleChoosesWhenNothingElseDoes(environment: [String: String], expected: String) throws {
    let result = try check(Self.plan(), environment: environment)
    #expect(summary(result).contains(expected), "\(environment): \(result.standardOutput)")
    #expect(result.standardError.isEmpty, "\(result.standardError)")
  }

  @Test func aLocaleWithNoCatalogueIsEnglishWithOneNote() throws {
    let result = try check(Self.plan(), environment: ["LANG": "de_DE.UTF-8"])
    #expect(summary(result).hasPrefix("3 of "))
    #expect(
      result.standardError
        == "note: mplan has no messages in `de` (LANG=de_DE.UTF-8): they are in English unless --lang or the "
        + "plan's `language` chooses one of en, ar, fa, ru\n")
    // Once per run, not once per message: a run with diagnostics says it once too.
    let file = try RunMPlan.temporaryFile("let a = 1 +\nlet b = \"open\n")
    let run = try RunMPlan.run(
      ["run", file], environment: Self.noLocale.merging(["LANG": "de_DE.UTF-8"]) { $1 })
    #expect(run.standardError.components(separatedBy: "note: mplan has no messages").count == 2)
  }

  @Test(arguments: [
    ["check", "x.mplan"], ["run", "x.mplan"], ["export", "x.mplan"], ["eval", "1"], ["fmt", "x.mplan"],
  ])
  func anUnknownLangIsAUsageErrorListingTheFour(command: [String]) throws {
    let result = try RunMPlan.run(
      [command[0], "--lang", "de"] + command.dropFirst(), environment: Self.noLocale)
    #expect(result.status == 64)
    #expect(
      result.standardError.contains("'de' is invalid for '--lang <language>'"), "\(result.standardError)")
    #expect(result.standardError.contains("'en', 'ar', 'fa' or 'ru'"))
  }

  @Test func theUnknownLangIsRefusedAtThePromptToo() throws {
    let result = try RunMPlan.run(["--lang", "sv"], input: Data("1\n".utf8), environment: Self.noLocale)
    #expect(result.status == 64)
    #expect(result.standardError.contains("'en', 'ar', 'fa' or 'ru'"))
  }

  /// A run's closing count and the lexer's diagnostics are in the chosen language, on the
  /// plain `mplan run FILE` path (no option parsing) as well as with options.
  @Test func aRunsDiagnosticsAndTotalsAreInTheChosenLanguage() throws {
    let file = try RunMPlan.temporaryFile("let name = \"open\nlet b = \"also open\n")
    let plain = try RunMPlan.run(
      ["run", file], environment: Self.noLocale.merging(["LANG": "ru_RU.UTF-8"]) { $1 })
    #expect(plain.status == 65)
    #expect(plain.standardError.contains("незакрытая строка"), "\(plain.standardError)")
    #expect(plain.standardError.hasSuffix("\n2 ошибки\n"), "\(plain.standardError)")
    let withLang = try RunMPlan.run(["run", "--lang", "ar", file], environment: Self.noLocale)
    #expect(withLang.standardError.contains("خطآن"), "\(withLang.standardError)")
    let english = try RunMPlan.run(["run", "--lang", "en", file], environment: ["LANG": "ru_RU.UTF-8"])
    #expect(english.standardError.hasSuffix("\n2 errors\n"), "\(english.standardError)")
  }

  /// The `check` statement inside a script speaks the language too.
  @Test func theCheckStatementSpeaksTheChosenLanguage() throws {
    let file = try RunMPlan.temporaryFile(Self.plan(language: "ru") + "\ncheck\n")
    let result = try RunMPlan.run(["run", file], environment: Self.noLocale)
    #expect(result.standardOutput.contains("пройдено проверок: 3 из"), "\(result.standardOutput)")
  }

  @Test func thePromptSpeaksTheChosenLanguageThroughAPipe() throws {
    let home = try REPLTerminal.makeTemporaryFolder()
    let environment = Self.noLocale.merging(["HOME": home, "XDG_CONFIG_HOME": home + "/config"]) { $1 }
    let input = Self.plan() + "\n:check\nlet s = \"open\n"
    let result = try RunMPlan.run(["--lang", "ru"], input: Data(input.utf8), environment: environment)
    #expect(result.standardOutput.contains("пройдено проверок: 3 из"), "\(result.standardOutput)")
    #expect(result.standardError.contains("незакрытая строка"), "\(result.standardError)")
    // With no --lang, the plan's `language` typed at the prompt chooses from then on.
    let planSays = try RunMPlan.run(
      [], input: Data((Self.plan(language: "ru") + "\n:check\n").utf8), environment: environment)
    #expect(planSays.standardOutput.contains("пройдено проверок: 3 из"), "\(planSays.standardOutput)")
  }

  /// `--help` is built after `--lang` is read, wherever `--lang` stands, and `mplan --lang ru
  /// --help` is mplan's overview (not the default subcommand's, `repl`), as with the locale.
  @Test(arguments: [
    (["--lang", "ru", "--help"], "Язык, интерпретатор и REPL"),
    (["--help", "--lang=ar"], "USAGE"),
    (["--lang", "fa", "-h"], "USAGE"),
    (["--lang", "ru", "help", "check"], "--only"),
    (["check", "--lang", "ru", "--help"], "--only"),
    (["--lang", "ar", "export", "--help"], "--table"),
  ])
  func helpSpeaksTheLanguageLangChooses(arguments: [String], shown: String) throws {
    let language = arguments.first { ["ru", "ar", "fa"].contains($0) } ?? "ar"
    let result = try RunMPlan.run(arguments, environment: Self.noLocale)
    let byLocale = try RunMPlan.run(
      arguments.filter { !$0.hasPrefix("--lang") && !["ru", "ar", "fa"].contains($0) },
      environment: Self.noLocale.merging(["LANG": language + "_XX.UTF-8"]) { $1 })
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput == byLocale.standardOutput, "\(arguments): \(result.standardOutput)")
    #expect(result.standardOutput.contains(shown), "\(result.standardOutput)")
    #expect(!result.standardOutput.contains("Start the interactive"), "\(result.standardOutput)")
  }
}
