import Foundation
import Testing

@testable import MPlanSyntax

/// The layout rules of `mplan fmt`, one small case each; every case is also formatted twice
/// to show the layout is stable.
struct FormatterTests {
  static func format(_ text: String) -> String {
    Formatter.format(SourceFile(name: "plan.mplan", text: text)).text
  }

  static let cases: [(name: String, input: String, output: String)] = [
    (
      "one space around binary operators", "let x=1+2*3\nprint x>=2 and x!=4\n",
      "let x = 1 + 2 * 3\nprint x >= 2 and x != 4\n"
    ),
    (
      "a minus that negates keeps to its value", "print -2^2\nlet y = 3*-2\nprint y - -1\n",
      "print -2 ^ 2\nlet y = 3 * -2\nprint y - -1\n"
    ),
    (
      "calls, members and brackets are tight", "print sum( [ 1 ,2 ] )\nprint {a:1,b:2}.b\n",
      "print sum([1, 2])\nprint {a: 1, b: 2}.b\n"
    ),
    (
      "a calendar month and a subtraction stay apart", "print 2027-12\nprint 2027 - 12\n",
      "print 2027-12\nprint 2027 - 12\n"
    ),
    ("numbers keep their spelling", "print 10,000+1_000+24k\n", "print 10,000 + 1_000 + 24k\n"),
    (
      "a funnel rate reads as one name", "scenario s {inbound.visit -> mql = 1.5%}\n",
      "scenario s { inbound.visit->mql = 1.5% }\n"
    ),
    (
      "funnel stages align at -> and :",
      "funnel inbound {\nvisit->mql:2%\n    mql -> sql : 25%\nsql->customer:20%\n}\n",
      "funnel inbound {\n  visit -> mql      : 2%\n  mql   -> sql      : 25%\n  sql   -> customer : 20%\n}\n"
    ),
    (
      "field values align, valueless fields count too",
      "budget m {\ntotal $60k\nreserve 20%\nzero_based\ncontrol monthly by \"CMO\"\n}\n",
      "budget m {\n  total      $60k\n  reserve    20%\n  control    monthly by \"CMO\"\n  zero_based\n}\n"
    ),
    (
      "fields take the order of their kind, with their comments",
      "goal g \"G\" {\n  owner \"Ana\"\n  # the deadline the board set\n  by 2027-12-31\n  target 10 customer\n  metric customer\n}\n",
      "goal g \"G\" {\n  metric customer\n  target 10 customer\n  # the deadline the board set\n  by     2027-12-31\n  owner  \"Ana\"\n}\n"
    ),
    (
      "a blank line is a fence fields do not cross",
      "goal g {\n  owner \"Ana\"\n\n  target 10 customer\n  metric customer\n}\n",
      "goal g {\n  owner  \"Ana\"\n\n  metric customer\n  target 10 customer\n}\n"
    ),
    (
      "fields on one line stay in their order",
      "report weekly {author \"Ana\" readers \"CMO\"  acts \"CMO\"}\n",
      "report weekly { author \"Ana\"  readers \"CMO\"  acts \"CMO\" }\n"
    ),
    (
      "an action's goals after a spaced =>", "action a=>g1,g2 {\nowner \"A\"\n}\n",
      "action a => g1, g2 {\n  owner \"A\"\n}\n"
    ),
    (
      "blank lines: at most one, none at the ends or inside a block's edges",
      "\n\nlet a = 1\n\n\n\nlet b = 2\ngoal g {\n\n  metric customer\n\n}\n\n\n",
      "let a = 1\n\nlet b = 2\ngoal g {\n  metric customer\n}\n"
    ),
    (
      "trailing comments stay on their line, aligned in a run",
      "print 1 # expect: 1\nprint 100+2     # expect: 102\n\nprint 3   # expect: 3\n",
      "print 1        # expect: 1\nprint 100 + 2  # expect: 102\n\nprint 3  # expect: 3\n"
    ),
    (
      "a line too long to line its comment up keeps it to itself",
      "print 1 # expect: 1\nprint \"" + String(repeating: "a", count: 100)
        + "\" # long\nprint 22 # expect: 22\nprint 3 # expect: 3\n",
      "print 1  # expect: 1\nprint \"" + String(repeating: "a", count: 100)
        + "\"  # long\nprint 22  # expect: 22\nprint 3   # expect: 3\n"
    ),
    (
      "the parser's reading that looks at the text (`per 1,000` in a range) is the one formatted",
      "let r = $4 to $6 per 1,000 impressions\n   print  r\n",
      "let r = $4 to $6 per 1,000 impressions\nprint r\n"
    ),
    (
      "comment lines follow the indentation", "goal g {\n# why\n      metric customer\n   }\n",
      "goal g {\n  # why\n  metric customer\n}\n"
    ),
    (
      "a continued line is indented once",
      "let total = 1 +\n2\nlet list = [\n        1,\n  2\n    ]\n",
      "let total = 1 +\n  2\nlet list = [\n  1,\n  2\n]\n"
    ),
    (
      "a list of many items takes a line each",
      "let xs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]  # eleven\n",
      "let xs = [  # eleven\n  1,\n  2,\n  3,\n  4,\n  5,\n  6,\n  7,\n  8,\n  9,\n  10,\n  11"
        + (Formatter.writesTrailingCommas ? "," : "") + "\n]\n"
    ),
    (
      "a line too long has its widest list split",
      "print len([\"" + String(repeating: "a", count: 40) + "\", \"" + String(repeating: "b", count: 40)
        + "\", \"c\"])\n",
      "print len([\n  \"" + String(repeating: "a", count: 40) + "\",\n  \""
        + String(repeating: "b", count: 40)
        + "\",\n  \"c\"" + (Formatter.writesTrailingCommas ? "," : "") + "\n])\n"
    ),
    (
      "a long print takes a line per value",
      "print \"" + String(repeating: "a", count: 50) + "\", \"" + String(repeating: "b", count: 50)
        + "\", 3  # long\n",
      "print \"" + String(repeating: "a", count: 50) + "\",  # long\n  \"" + String(repeating: "b", count: 50)
        + "\",\n  3\n"
    ),
    (
      "a long field takes a line per value, a long compare per compared value",
      "report r {\nreaders \"" + String(repeating: "a", count: 50) + "\", \""
        + String(repeating: "b", count: 50)
        + "\"\n}\ncompare base, cautious on need.visit, " + String(repeating: "c", count: 80) + "\n",
      "report r {\n  readers \"" + String(repeating: "a", count: 50) + "\",\n    \""
        + String(repeating: "b", count: 50)
        + "\"\n}\ncompare base, cautious on need.visit,\n  " + String(repeating: "c", count: 80) + "\n"
    ),
    ("line ends become LF and the file ends with one", "let a = 1\r\nprint a", "let a = 1\nprint a\n"),
    ("an empty file stays empty", "\n\n", ""),
    (
      "the files of an actuals block stay on its header line, one space apart",
      "actuals spend from \"a.csv\",\"b.csv\" {\ndate \"Day\"\namount \"Cost\"\n}\n",
      "actuals spend from \"a.csv\", \"b.csv\" {\n  date   \"Day\"\n  amount \"Cost\"\n}\n"
    ),
  ]

  @Test("layout rule", arguments: cases)
  func layout(_ example: (name: String, input: String, output: String)) {
    let once = Self.format(example.input)
    #expect(once == example.output, "\(example.name)")
    #expect(Self.format(once) == once, "\(example.name), formatted twice")
  }

  @Test func aScriptThatDoesNotParseIsLeftAsItIs() {
    let text = "let a = (1 +\nprint  a\n"
    let result = Formatter.format(SourceFile(name: "broken.mplan", text: text))
    #expect(result.text == text)
    #expect(!result.isChanged)
    #expect(result.diagnostics.map(\.code) == ["E0101"])
  }

  @Test func formattedTextKnowsWhereEachLineCameFrom() {
    let result = Formatter.format(
      SourceFile(name: "plan.mplan", text: "\n\ngoal g {\n  owner \"A\"\n  metric customer\n}\n"))
    #expect(result.originalLines == [3, 5, 4, 6])
    #expect(result.isChanged)
  }

  /// A list laid out one item per line ends with a comma, so adding an item is a one-line diff.
  @Test func aSplitListEndsWithATrailingComma() {
    let items = (1...11).map(String.init)
    let formatted = Self.format("let xs = [" + items.joined(separator: ", ") + "]\n")
    #expect(formatted.hasSuffix("  10,\n  11,\n]\n"))
    #expect(Self.format(formatted) == formatted)
  }

  @Test func aTrailingCommaWrittenByHandIsKept() {
    #expect(Self.format("let xs = [\n1,\n2,\n]\n") == "let xs = [\n  1,\n  2,\n]\n")
  }

  /// The safety net: a layout that would read back as other tokens is refused, not written.
  @Test func aLayoutThatWouldReadDifferentlyIsRefused() {
    let meant = Lexer.tokenize(SourceFile(name: "plan.mplan", text: "print 2027 - 12\n")).tokens.map(\.kind)
      .filter { $0 != .newline && $0 != .endOfFile }
    #expect(Formatter.verify("print 2027 - 12\n", expected: meant, name: "plan.mplan") == nil)
    let refusal = Formatter.verify("print 2027-12\n", expected: meant, name: "plan.mplan")
    #expect(refusal?.code == "E0501")
    #expect(refusal?.message.contains("left as it was") == true)
  }

  /// mplan's own standard library is written in the canonical layout.
  @Test(arguments: ["prelude", "kpi"])
  func theStandardLibraryIsFormatted(_ module: String) throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let path = root.appendingPathComponent("stdlib/\(module).mplan").path
    let result = Formatter.format(
      SourceFile(name: path, text: try String(contentsOfFile: path, encoding: .utf8)))
    #expect(result.diagnostics.isEmpty)
    #expect(!result.isChanged, "\(result.text)")
  }
}
