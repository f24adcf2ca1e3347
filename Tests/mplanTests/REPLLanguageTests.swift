import Foundation
import Testing

/// The prompt at a (pseudo-)terminal in the reader's language: the locale or `--lang` chooses
/// the catalogue of `:help`, the checklist and the REPL's own notes (docs/languages.md).
@Suite(.serialized) struct REPLLanguageTests {
  @Test func theArabicLocaleGetsArabicHelpWithTheArticlesLetters() throws {
    let terminal = try REPLTerminal(environment: ["LANG": "ar_EG.UTF-8"])
    try terminal.waitForPrompt()
    terminal.type(":help smart\r")
    // The SMART article's own words for the letters (seeds/003).
    try terminal.waitFor("قابل للقياس")
    try terminal.waitFor("مقيد بالزمن")
    try terminal.waitForPrompt()
    // Ctrl-D inside an unfinished block drops it and says so in Arabic.
    terminal.type("funnel f {\r")
    try terminal.waitFor("...> ")
    terminal.type(REPLTerminal.controlD)
    try terminal.waitFor("حُذف الإدخال غير المكتمل")
    try terminal.waitForPrompt()
    terminal.type(REPLTerminal.controlD)
    #expect(try terminal.waitForExit() == 0)
  }

  @Test func langOutranksTheLocaleAtThePrompt() throws {
    let terminal = try REPLTerminal(arguments: ["--lang", "ru"], environment: ["LANG": "fa_IR.UTF-8"])
    try terminal.waitForPrompt()
    terminal.type(":help budget\r")
    // The strategic-marketing article's names of the two budget methods (seeds/004).
    try terminal.waitFor("«Снизу»")
    try terminal.waitFor("«Сверху»")
    try terminal.waitForPrompt()
    terminal.type("let s = \"open\r")
    try terminal.waitFor("незакрытая строка")
    try terminal.waitForPrompt()
    terminal.type(REPLTerminal.controlD)
    #expect(try terminal.waitForExit() == 0)
  }

  /// Through a pipe too: the Persian overview and a topic. (A key a language lacks is said in
  /// English: CatalogueTests.missingTextFallsBackVisibly; Persian now has every topic.)
  @Test func persianHelpAndItsTopicsThroughAPipe() throws {
    let home = try REPLTerminal.makeTemporaryFolder()
    let result = try RunMPlan.run(
      ["--lang", "fa"], input: Data(":help\n:help tornado\n".utf8),
      environment: ["HOME": home, "XDG_CONFIG_HOME": home + "/config", "LANG": ""])
    #expect(result.standardOutput.contains("یک دستور یا عبارت بنویسید"), "\(result.standardOutput)")
    #expect(result.standardOutput.contains("هر ورودی به‌تنهایی 20% پایین‌تر و بالاتر از مقدارش"))
  }
}
