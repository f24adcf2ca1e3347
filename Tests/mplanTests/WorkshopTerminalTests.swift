import Foundation
import Testing

/// `mplan workshop` in a pseudo-terminal, as a participant meets it: from the first question
/// to the written file, in Arabic and in Russian, with wrong answers asked again.
@Suite(.serialized) struct WorkshopTerminalTests {
  /// Types `answer` once `question` (a piece of the question's text) is on the screen.
  /// Types `answer` once the line editor shows its prompt after `question`: keys typed before
  /// it has set up the terminal can be dropped (a Ctrl-D was, once, under load).
  static func answer(_ terminal: REPLTerminal, after question: String, _ answer: String) throws {
    try terminal.waitFor(question)
    try terminal.waitFor("> ")
    terminal.type(answer + "\r")
  }

  @Test func arabicFromTheFirstQuestionToTheWrittenFile() throws {
    let folder = try REPLTerminal.makeTemporaryFolder()
    let file = folder + "/هدف.mplan"
    let terminal = try REPLTerminal(arguments: ["workshop", "--lang", "ar", file], folder: folder)
    try terminal.waitFor("حرفًا حرفًا")
    try Self.answer(terminal, after: "ماذا ستعدّ", "")
    try terminal.waitFor("من فضلك أجب عن السؤال")
    try Self.answer(terminal, after: "ماذا ستعدّ", "متابع")
    try Self.answer(terminal, after: "كم لديك اليوم", "١٠٠")
    try Self.answer(terminal, after: "كم تريد أن تبلغ", "١٠١")
    // M: the article's 100 → 101, explained and asked again.
    try terminal.waitFor("بـ 100 متابع وانتهيت بـ 101")
    try Self.answer(terminal, after: "كم تريد أن تبلغ", "١٢٥")
    try Self.answer(terminal, after: "من خلال ماذا ستبلغه", "Daily posts")
    try terminal.waitFor("من فضلك أجب بالعربية")
    try Self.answer(terminal, after: "من خلال ماذا ستبلغه", "منشورات يومية على الانستقرام")
    try Self.answer(
      terminal, after: "قل الهدف في جملة واحدة", "المتابعون من ١٠٠ إلى ١٢٥ من خلال منشورات يومية")
    try Self.answer(terminal, after: "بحلول أي تاريخ", "٢٠٣٠-٠٩-٠١")
    try Self.answer(terminal, after: "أيّ غاية من غايات الشركة", "زيادة الإيرادات هذا العام")
    try Self.answer(terminal, after: "من المسؤول عن هذا الهدف", "لينا")
    try terminal.waitFor("الهدف ذكي SMART")
    try terminal.waitFor("mplan check --only smart")
    #expect(try terminal.waitForExit() == 0)
    let plan = try String(contentsOfFile: file, encoding: .utf8)
    #expect(plan.contains("هدف هدف_الورشة \"المتابعون من ١٠٠ إلى ١٢٥ من خلال منشورات يومية\" {"))
    #expect(plan.contains("  مقياس  follower\n"))
    let check = try RunMPlan.run(["check", "--only", "smart", file])
    #expect(check.status == 0, "\(check.standardOutput)\(check.standardError)")
    #expect(check.standardOutput.contains("S ✓ M ✓ A ✓ R ✓ T ✓"))
  }

  @Test func russianKeepsAnExistingFileUnlessTold() throws {
    let folder = try REPLTerminal.makeTemporaryFolder()
    let file = folder + "/цель.mplan"
    let terminal = try REPLTerminal(arguments: ["workshop", "--lang", "ru", file], folder: folder)
    try "# мой старый план\n".write(toFile: file, atomically: true, encoding: .utf8)
    try Self.answer(terminal, after: "что вы будете считать", "клиент")
    try Self.answer(terminal, after: "сколько у вас сейчас", "1 000")
    try Self.answer(terminal, after: "сколько вы хотите получить", "много")
    try terminal.waitFor("не число от 0 и больше")
    try Self.answer(terminal, after: "сколько вы хотите получить", "1 200")
    try Self.answer(terminal, after: "с помощью чего вы этого добьётесь", "Звонки в магазины")
    try Self.answer(
      terminal, after: "скажите цель одним предложением", "Клиенты с 1 000 до 1 200 с помощью звонков")
    try Self.answer(terminal, after: "к какой дате", "к 1 сентября")
    try terminal.waitFor("«к первому сентября»")
    try Self.answer(terminal, after: "к какой дате", "2030-09-01")
    try Self.answer(terminal, after: "какой задаче компании", "Рост выручки")
    try Self.answer(terminal, after: "Кто отвечает за эту цель", "Анна")
    try Self.answer(terminal, after: "уже существует. Заменить его?", "нет")
    try Self.answer(terminal, after: "в какой файл записать цель", folder + "/цель2.mplan")
    try terminal.waitFor("записана в")
    #expect(try terminal.waitForExit() == 0)
    #expect(try String(contentsOfFile: file, encoding: .utf8) == "# мой старый план\n")
    let plan = try String(contentsOfFile: terminal.folder + "/цель2.mplan", encoding: .utf8)
    #expect(plan.contains("цель цель_практикума \"Клиенты с 1 000 до 1 200 с помощью звонков\" {"))
    let check = try RunMPlan.run(["check", "--only", "smart", terminal.folder + "/цель2.mplan"])
    #expect(check.status == 0, "\(check.standardOutput)\(check.standardError)")
  }

  @Test func theEndOfInputEndsTheExerciseWithNothingWritten() throws {
    let folder = try REPLTerminal.makeTemporaryFolder()
    let terminal = try REPLTerminal(
      arguments: ["workshop", "--lang", "ru", folder + "/цель.mplan"], folder: folder)
    try Self.answer(terminal, after: "что вы будете считать", "клиент")
    try terminal.waitFor("сколько у вас сейчас")
    try terminal.waitFor("> ")
    terminal.type(REPLTerminal.controlD)
    try terminal.waitFor("ничего не записано")
    #expect(try terminal.waitForExit() == 1)
    #expect(!FileManager.default.fileExists(atPath: terminal.folder + "/цель.mplan"))
  }
}

/// `:workshop` at the prompt, from a pipe: the same exercise, the session going on after it.
@Suite struct WorkshopPromptTests {
  @Test func theExerciseRunsAtThePromptAndTheSessionGoesOn() throws {
    let folder = try REPLTerminal.makeTemporaryFolder()
    let file = folder + "/goal.mplan"
    let answers = [
      ":workshop \(file)", "follower", "100", "125", "Daily posts on Instagram",
      "Followers from 100 to 125 through daily posts", "2030-09-01", "Grow revenue 10% this year", "Lina",
      "1 + 1",
    ]
    let result = try RunMPlan.run(
      ["--lang", "en"], input: Data((answers.joined(separator: "\n") + "\n").utf8))
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.contains("The goal is SMART: S ✓ M ✓ A ✓ R ✓ T ✓"))
    #expect(result.standardOutput.hasSuffix("2\n"))
    let check = try RunMPlan.run(["check", "--only", "smart", file])
    #expect(check.status == 0, "\(check.standardOutput)")
  }
}
