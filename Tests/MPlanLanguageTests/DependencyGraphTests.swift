import MPlanLanguage
import MPlanSyntax
import Testing

/// The history's dependency graph: what each statement defines and reads, and what a set of
/// changes reaches.
@Suite struct DependencyGraphTests {
  func graph(_ text: String) -> DependencyGraph {
    var graph = DependencyGraph()
    for statement in Parser.parse(SourceFile(name: "t", text: text)).statements { graph.append(statement) }
    return graph
  }

  @Test func aStatementRecordsWhatItDefinesAndReads() {
    let graph = graph(
      """
      let spend = cpc * visits_ + cpc
      let av = marketing.available
      action ads { cost cpc * 50 visits  from b }
      funnel f {
        visit -> lead : top
        lead -> customer : 10%
      }
      scenario low extends cautious { cpc = $2 per visit }
      """)
    let (spend, av, ads, funnel, low) = (
      graph.statements[0], graph.statements[1], graph.statements[2], graph.statements[3], graph.statements[4]
    )
    #expect(spend.name == "spend" && spend.kind == .value && spend.reads == ["cpc", "visits_"])
    #expect(av.membersRead == ["marketing"] && av.reads == ["marketing"])
    #expect(ads.kind == .block && ads.parts.map(\.name) == ["cost", "from"])
    #expect(ads.parts.map(\.reads) == [["cpc"], ["b"]])
    #expect(funnel.kind == .funnel && funnel.parts.map(\.name) == ["lead", "customer"])
    #expect(funnel.parts.map(\.reads) == [["top"], []])
    #expect(low.kind == .scenario && low.extends == "cautious" && !low.bindsValue)
    #expect(graph.blockNames == ["ads"] && graph.scenarioNames == ["low"])
  }

  /// A draw site is where samples are drawn: each `a to b`, with where it is written; a
  /// block's field or a funnel's stage holding one says so.
  @Test func drawSitesAreRecordedWhereTheyAre() {
    let graph = graph(
      """
      let cpc = $1 to $2 per visit
      let spend = (1 to 2) * (3 to 4)
      budget b { total $10k to $20k }
      let plain = $5
      """)
    #expect(graph.statements.map(\.drawSites.count) == [1, 2, 1, 0])
    #expect(graph.statements[0].drawSites[0].column == 11)
    #expect(graph.statements[2].parts.map(\.draws) == [true])
  }

  /// A change to `a` reaches `b` (reads it) and `d` (reads `b`), not `c`; a let that reads a
  /// scenario is reached by any change; of a block, only the fields that read a changed name
  /// or that the change is filed under.
  @Test func aChangeReachesWhatReadsItThroughAnyChain() {
    let graph = graph(
      """
      let a = 1
      let b = a * 2
      let c = 5
      let d = b + c
      budget m { total b * $1  reserve c * 1% }
      scenario low { c = 6 }
      let e = low.c
      """)
    let reach = graph.reach(of: [.binding("a")])
    #expect(reach.map { $0 != nil } == [true, true, false, true, true, false, true])
    #expect(reach[4]?.fields == ["total"])
    #expect(graph.reach(of: [.field(block: "m", field: "reserve")])[4]?.fields == ["reserve"])
    // The scenario reads `c` (the change's target), so a change to `c` reaches it too.
    #expect(
      graph.reach(of: [.binding("c")]).map { $0 != nil } == [false, false, true, true, true, true, true])
  }

  /// A block holding a draw site reruns whole: its draws come in the order of a whole run.
  @Test func aBlockWithADrawSiteRerunsWhole() {
    let graph = graph("let a = $1\nbudget m { total a * 10  reserve 1% to 2% }")
    #expect(graph.reach(of: [.binding("a")])[1].map { $0.fields == nil } == true)
  }

  /// At the prompt: `let b = b * 28%` reads the `b` before it, so both stay live and a new
  /// `a` reruns them in order; the first `a` is no longer live.
  @Test func aPromptChangeRerunsTheLiveDefinitionsThatDependOnIt() {
    let graph = graph("let a = $100\nlet b = a + $50\nlet b = b * 28%\nlet c = $1\nlet a = $10")
    #expect(graph.liveDefinitions() == [false, true, true, true, true])
    #expect(graph.recalculation(after: PromptChange(names: ["a"]), before: 4) == [1, 2])
    #expect(graph.recalculation(after: PromptChange(names: ["c"]), before: 4).isEmpty)
  }

  /// Blocks only added reach what reads a block's member (`m.available`), not what names a
  /// block as a word.
  @Test func blocksOnlyAddedReachWhatReadsABlocksMembers() {
    let graph = graph(
      "budget m { total $10k }\naction x { cost $1k  from m }\nlet left = m.available\nlet who = m\naction y { cost $2k  from m }"
    )
    #expect(graph.recalculation(after: PromptChange(aBlockChanged: true), before: 4) == [2])
  }
}
