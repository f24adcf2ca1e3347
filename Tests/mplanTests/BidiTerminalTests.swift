import Foundation
import Testing

/// Right-to-left text in the terminal (docs/languages.md): `--bidi isolate` adds isolation
/// marks and nothing else, the carets stay under their word, and output through a pipe stays
/// as written unless asked.
@Suite struct BidiTerminalTests {
  static let plan = """
    plan "نمو 2027" {
      currency USD
      period 2027-01 .. 2027-12
    }
    objective نمو "زيادة المبيعات 10%"
    unit عميل, عملاء
    goal عملاء_جدد "الحصول على عملاء جدد من خلال البحث المدفوع" {
      metric عميل  baseline 10 عملاء  target 2,000 عملاء  within 1 month  supports نمو  owner "سارة"
    }
    action بحث => عملاء_جدد { cost $12k  owner "علي"  from تسويق }
    budget تسويق { total $20k  reserve 20%  control monthly by "المدير" }
    show goals
    """

  static let marks: Set<UInt32> = [0x200E, 0x2066, 0x2067, 0x2068, 0x2069]

  static func stripped(_ text: String) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.filter { !marks.contains($0.value) }))
  }

  static func hasMarks(_ text: String) -> Bool { text.unicodeScalars.contains { marks.contains($0.value) } }

  /// One file for every run of a test, so the diagnostics name the same path.
  let file: String

  init() throws { file = try RunMPlan.temporaryFile(Self.plan) }

  func run(_ arguments: [String]) throws -> RunMPlan.Result {
    try RunMPlan.run(["run"] + arguments + [file], environment: ["LANG": "C.UTF-8", "LC_ALL": ""])
  }

  @Test func throughAPipeTheTextStaysAsWritten() throws {
    let plain = try run([])
    #expect(!Self.hasMarks(plain.standardOutput + plain.standardError))
    let none = try run(["--bidi", "none"])
    #expect(none.standardOutput == plain.standardOutput)
    #expect(none.standardError == plain.standardError)
  }

  /// Isolation adds zero-width marks around the right-to-left names and values, and nothing
  /// else: take them out and the output is the plain one, byte for byte.
  @Test func isolateAddsOnlyMarks() throws {
    let plain = try run(["--bidi", "none"])
    let isolated = try run(["--bidi", "isolate"])
    #expect(Self.hasMarks(isolated.standardOutput))
    #expect(Self.hasMarks(isolated.standardError))
    #expect(Self.stripped(isolated.standardOutput) == plain.standardOutput)
    #expect(Self.stripped(isolated.standardError) == plain.standardError)
    // The example: each amount is one isolate, the arrow between them.
    #expect(
      isolated.standardError.contains("(\u{2068}10 عملاء\u{2069} → \u{2068}2,000 عملاء\u{2069} in 1 month)"))
    // A table cell is isolated alone, so the row keeps its columns in order.
    #expect(isolated.standardOutput.contains("\u{2068}عملاء_جدد\u{2069}  \u{2068}الحصول على"))
  }

  /// The caret line is the same in both modes and sits under `target 2,000 عملاء`: counted in cells
  /// of the source line without the marks (they are zero-width).
  @Test func caretsStayUnderTheirWord() throws {
    let isolated = try run(["--bidi", "isolate"]).standardError.split(separator: "\n").map(String.init)
    let plain = try run(["--bidi", "none"]).standardError.split(separator: "\n").map(String.init)
    let sourceIndex = try #require(isolated.firstIndex { $0.hasPrefix("8 | ") })
    let caretLine = isolated[sourceIndex + 1]
    #expect(caretLine == plain[sourceIndex + 1])
    let caretColumn = try #require(caretLine.firstIndex(of: "^")).utf16Offset(in: caretLine)
    let source = Self.stripped(isolated[sourceIndex])
    let field = try #require(source.range(of: "target 2,000 عملاء"))
    #expect(source[..<field.lowerBound].count == caretColumn)
    #expect(caretLine.filter { $0 == "^" }.count == "target 2,000 عملاء".count)
    // The source line marks no word that keeps its cells unmarked (before a keyword), and
    // never takes a number into a word's isolate.
    #expect(isolated[sourceIndex].contains("target 2,000 عملاء  within"))
  }

  @Test func anUnknownBidiModeListsTheModes() throws {
    let result = try RunMPlan.run(["check", "--bidi", "reverse", "x.mplan"])
    #expect(result.status == 64)
    #expect(result.standardError.contains("'auto', 'isolate' or 'none'"), "\(result.standardError)")
  }

  /// At a terminal `auto` isolates: the pseudo-terminal sees the marks.
  @Test func atATerminalAutoIsolates() throws {
    let folder = try REPLTerminal.makeTemporaryFolder()
    let file = folder + "/plan.mplan"
    try Self.plan.write(toFile: file, atomically: true, encoding: .utf8)
    let terminal = try REPLTerminal(arguments: ["run", file])
    #expect(try terminal.waitForExit() == 0)
    #expect(terminal.screen.contains("\u{2068}10 عملاء\u{2069}"))
  }
}
