import Foundation
import MPlanKit
import MPlanSyntax
import Testing

@testable import mplan

/// The REPL's pieces that need no terminal: completion, the history file, the saved script.
@Suite struct REPLUnitTests {
  let completer = Completer(
    names: { ["deal", "deadline", "выручка", "inbound", "_"] + Keyword.allCases.map(\.rawValue) },
    members: { $0 == "inbound" ? ["need", "yield", "stages"] : [] },
    helpTopics: ReplHelp.topics)

  @Test(arguments: [
    ("de", ["deadline", "deal"], "a"),
    ("let x = dea", ["deadline", "deal"], ""),
    ("выр", ["выручка"], "учка"),
    ("inbound.ne", ["need"], "ed"),
    ("inbound.", ["need", "stages", "yield"], ""),
    ("nothing.ne", [], ""),
    (":rel", [":reload"], "oad "),
    ("  :s", [":save", ":scenario", ":show"], ""),
    (":help ke", ["keys"], "ys"),
    (":show dea", ["deadline", "deal"], ""),
    ("fu", ["funnel"], "nnel"),
  ])
  func completes(typed: String, expected: [String], insertion: String) {
    let completion = completer.complete(before: typed)
    #expect(completion.candidates == expected)
    #expect(completion.insertion == insertion)
  }

  @Test func completesPathsAfterLoadAndImport() throws {
    let folder = try REPLTerminal.makeTemporaryFolder()
    try FileManager.default.createDirectory(atPath: folder + "/plans", withIntermediateDirectories: true)
    try Data().write(to: URL(fileURLWithPath: folder + "/plans/growth.mplan"))
    try Data().write(to: URL(fileURLWithPath: folder + "/plans/.hidden"))
    #expect(completer.complete(before: ":load \(folder)/pl").candidates == ["\(folder)/plans/"])
    #expect(
      completer.complete(before: ":load \(folder)/plans/").candidates == ["\(folder)/plans/growth.mplan"])
    let inImport = completer.complete(before: "import \"\(folder)/plans/gr")
    #expect(inImport.insertion == "owth.mplan")
  }

  @Test func historyKeepsTheNewestUseOfEachLine() {
    let lines = ["a", "b", "a", "c", "b", "d"]
    #expect(HistoryFile.newestUnique(lines, limit: 10) == ["a", "c", "b", "d"])
    #expect(HistoryFile.newestUnique(lines, limit: 2) == ["b", "d"])
  }

  @Test func historyFileAppendsAndCompacts() throws {
    let folder = try REPLTerminal.makeTemporaryFolder()
    let path = folder + "/state/mplan/history"
    let writer = HistoryFile(path: path, limit: 4)
    #expect(writer.load().isEmpty)
    for line in ["a", "b", "a", "c", "d", "e", "a"] { writer.append(line) }
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "a\nb\na\nc\nd\ne\na\n")
    // Seven lines against a limit of four: the next start-up rewrites the file.
    let reader = HistoryFile(path: path, limit: 4)
    #expect(reader.load() == ["c", "d", "e", "a"])
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "c\nd\ne\na\n")
    #expect(reader.warnings.isEmpty)
  }

  @Test func historyFileThatIsNotTextIsNeverWritten() throws {
    let path = try RunMPlan.temporaryFile(Data([0x61, 0x0A, 0xFF, 0x0A]), name: "history")
    let history = HistoryFile(path: path)
    #expect(history.load().isEmpty)
    history.append("new line")
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data([0x61, 0x0A, 0xFF, 0x0A]))
    #expect(history.warnings.count == 1)
    #expect(history.warnings[0].contains("not UTF-8 text"))
  }

  @Test func historyPathFollowsXDGThenHome() {
    let both = ["XDG_STATE_HOME": "/state", "HOME": "/home/ana"]
    #expect(HistoryFile.defaultPath(environment: { both[$0] }) == "/state/mplan/history")
    let home = ["HOME": "/home/ana"]
    #expect(HistoryFile.defaultPath(environment: { home[$0] }) == "/home/ana/.mplan_history")
    let relative = ["XDG_STATE_HOME": "state", "HOME": "/home/ana"]
    #expect(HistoryFile.defaultPath(environment: { relative[$0] }) == "/home/ana/.mplan_history")
    #expect(ReplPaths.initFile(environment: { both[$0] }) == "/home/ana/.config/mplan/init.mplan")
  }

  @Test func transcriptWritesDefinitionsAndCommentsOutExpressions() {
    var transcript = Transcript()
    transcript.record(file: "base.mplan", text: "let base = $100\n")
    transcript.record(input: "base * 2", result: "$200")
    transcript.record(input: "let doubled = _ + $1", result: nil)
    #expect(
      transcript.script() == """
        # An mplan session saved with :save; run it with `mplan run`.

        # --- loaded from base.mplan ---
        let base = $100
        # --- end of base.mplan ---
        # mplan> base * 2
        #   $200
        let doubled = (base * 2) + $1

        """)
  }

  @Test func lastResultIsReplacedOnlyWhereItIsAName() {
    #expect(Session.replacingLastResult(in: "_ * 2 + my_value", with: "x + 1") == "(x + 1) * 2 + my_value")
    #expect(Session.replacingLastResult(in: "print \"_\"", with: "x") == "print \"_\"")
    #expect(Session.isOnlyExpressions("1 + 1"))
    #expect(!Session.isOnlyExpressions("let a = 1"))
  }
}
