import Foundation
import MPlanLanguage
import MPlanPlanning
import MPlanSyntax
import Testing

@testable import MPlanKit

/// Goal seek and data tables (docs/whatif.md). The script tests in Tests/Scripts/planning
/// cover the statements end to end; these check the replay they are built on.
@Suite struct WhatIfTests {
  static let plan = """
    plan "P" { currency USD  period 2027-01 .. 2027-12 }
    objective growth "Grow"
    let cpc = $0.8 to $1.6 per visit
    let deal_size = $24k per customer
    funnel inbound {
      visit -> mql      : 2%
      mql   -> sql      : 25%
      sql   -> customer : 20%
    }
    goal wins "Win" {
      metric customer  baseline 0 customer  target $240k / deal_size
      by 2027-12-31  supports growth
    }
    let need = inbound.need(wins.target)
    budget marketing { total $60k  reserve 20% }
    action paid => wins { cost cpc * need.visit  from marketing  owner "Ana" }
    let noise = 1 to 2
    let left = marketing.available * noise
    let spent = marketing.spent
    let unrelated = 5 to 7
    let reach = need.visit * (0.9 to 1.1)
    scenario bigger_deals { deal_size = $30k per customer }
    scenario better_top { inbound.visit->mql = 3% }
    scenario smaller_budget { marketing.total = $40k }

    """

  /// A replay of only what depends on a change gives every value a whole rerun gives, draws
  /// of uncertain values included.
  @Test(arguments: ["bigger_deals", "better_top", "smaller_budget"])
  func aReplayOfWhatDependsAgreesWithAWholeRerun(scenario: String) throws {
    let session = Session(output: { _ in })
    let outcome = session.run(SourceFile(name: "plan.mplan", text: Self.plan))
    #expect(!outcome.hasErrors, "\(outcome.diagnostics.map(\.message))")
    var interpreter: Interpreter = session.interpreter
    let change = interpreter.environment.scenarios[scenario]!.overrides[0]
    let key = try interpreter.overrideKey(change.target)
    let value = try interpreter.evaluate(change.value)

    let (whole, wholeFailure) = interpreter.replaying(under: [key: change.value])
    let (part, partFailure) = interpreter.replay(changing: [key]).run(with: [key: value])
    #expect(wholeFailure == nil && partFailure == nil)
    for name in ["need", "left", "spent", "unrelated", "noise", "paid", "reach"] {
      let expected = Formatting.describe(whole.environment.bindings[name]!.value)
      #expect(Formatting.describe(part.environment.bindings[name]!.value) == expected, "\(name)")
    }
    // The change changed something: the test is not comparing the plan with itself.
    let base = Formatting.describe(interpreter.environment.bindings["left"]!.value)
    let need = Formatting.describe(interpreter.environment.bindings["need"]!.value)
    #expect(
      Formatting.describe(part.environment.bindings["left"]!.value) != base
        || Formatting.describe(part.environment.bindings["need"]!.value) != need)
  }

  /// Only what depends on a change is rerun: a change to the deal size leaves the budget and
  /// an unrelated uncertain value alone.
  @Test func onlyDependentStatementsAreReplayed() throws {
    let session = Session(output: { _ in })
    _ = session.run(SourceFile(name: "plan.mplan", text: Self.plan))
    let replay = session.interpreter.replay(changing: [.binding("deal_size")])
    let replayed = replay.statements.compactMap { $0.statement.definedName?.text }
    #expect(replayed == ["deal_size", "wins", "need", "paid", "left", "spent", "reach"])
  }

  /// A grid fixes one input per row and runs what depends only on it once: each cell still
  /// agrees with a whole rerun under both changes.
  @Test func aRowFixedOnceAgreesWithAWholeRerun() throws {
    let session = Session(output: { _ in })
    _ = session.run(SourceFile(name: "plan.mplan", text: Self.plan))
    var interpreter: Interpreter = session.interpreter
    let deal = interpreter.environment.scenarios["bigger_deals"]!.overrides[0]
    let rate = interpreter.environment.scenarios["better_top"]!.overrides[0]
    let (dealKey, rateKey) = (
      try interpreter.overrideKey(deal.target), try interpreter.overrideKey(rate.target)
    )
    let (dealValue, rateValue) = (try interpreter.evaluate(deal.value), try interpreter.evaluate(rate.value))

    let (whole, _) = interpreter.replaying(under: [dealKey: deal.value, rateKey: rate.value])
    let replay = interpreter.replay(changing: [dealKey, rateKey])
    for (first, second) in [
      ((dealKey, dealValue), (rateKey, rateValue)), ((rateKey, rateValue), (dealKey, dealValue)),
    ] {
      let fixed = replay.fixing([first.0: first.1])
      #expect(fixed.statementCount < replay.statementCount)
      let (part, failure) = fixed.run(with: [second.0: second.1])
      #expect(failure == nil)
      for name in ["need", "left", "spent", "reach", "paid"] {
        #expect(
          Formatting.describe(part.environment.bindings[name]!.value)
            == Formatting.describe(whole.environment.bindings[name]!.value), "\(name)")
      }
    }
  }

  /// Common random numbers (issue 14): each `a to b` draws from its own stream, so a
  /// scenario that makes one input certain (one draw fewer) leaves every other uncertain
  /// input's samples as they were, and the difference between scenarios has no sampling
  /// noise: spend under a fixed cpc is exactly cpc × visits, sample by sample, for any seed.
  @Test(arguments: [1, 7, 2027] as [UInt64])
  func scenariosThatLeaveAnUncertainInputAloneSeeTheSameDraws(seed: UInt64) throws {
    var options = Session.Options()
    options.seed = seed
    options.sampleCount = 2_000
    let session = Session(options: options, output: { _ in })
    let outcome = session.run(
      SourceFile(
        name: "plan.mplan",
        text: """
          let cpc = $0.8 to $1.6 per visit
          let conv = 1% to 3%
          let traffic = 100 customer / conv * 1 visit per customer
          let spend = cpc * traffic
          scenario fixed_price { cpc = $1 per visit }
          let fixed_traffic = fixed_price.traffic
          let fixed_spend = fixed_price.spend

          """))
    #expect(!outcome.hasErrors, "\(outcome.diagnostics.map(\.message))")
    func samples(_ name: String) -> [Double] {
      guard case .quantity(let quantity)? = session.environment[name],
        case .samples(let draws) = quantity.magnitude
      else { return [] }
      return Array(draws.values)
    }
    #expect(samples("traffic").count == 2_000)
    #expect(samples("fixed_traffic") == samples("traffic"))
    #expect(samples("fixed_spend") == samples("traffic").map { $0 * 1 })
  }
}

/// A large grid takes the fast path (issue 14's 100 × 100 target): cells worked out on every
/// processor in runs of rows, one working interpreter per run that each rerun overwrites, and
/// only the fields and funnel rates a change reaches worked out again. Every cell must still
/// be what the plan gives when it is written with those inputs.
@Suite struct LargeTableTests {
  static let plan = """
    plan "P" { currency USD  period 2027-01 .. 2027-12 }
    objective growth "Grow"
    let deal_size = $24k per customer
    let qualify = 25%
    funnel inbound {
      visit -> mql      : 2%
      mql   -> sql      : qualify
      sql   -> customer : 20%
    }
    goal wins "Win" {
      metric customer  baseline 0 customer  target $240k / deal_size
      by 2027-12-31  supports growth  owner "Head of sales"
    }
    let need = inbound.need(wins.target)
    budget marketing { total $60k  reserve 20%  owner "CMO" }
    action paid => wins {
      channel "Paid search"  cost $1.20 per visit * need.visit  owner "Ana"
      period 2027-Q1 .. 2027-Q4  from marketing
    }
    action events => wins { channel "Events"  cost $5k  owner "Bo"  from marketing }

    """

  static let dealSizes = Array(stride(from: 10, through: 49, by: 1))  // $k per customer
  static let rates = Array(stride(from: 10, through: 125, by: 5))  // %; past 100% fails

  static func text(deal: Int, rate: Int) -> String {
    plan.replacingOccurrences(of: "$24k per customer", with: "$\(deal)k per customer")
      .replacingOccurrences(of: "visit -> mql      : 2%", with: "visit -> mql      : \(rate)%")
  }

  @Test func everyCellOfALargeGridIsWhatThePlanGivesWithThoseInputs() throws {
    let session = Session(output: { _ in })
    let outcome = session.run(
      SourceFile(
        name: "plan.mplan",
        text: Self.plan + """
          let grid = table marketing.spent, need.visit, marketing.available over deal_size from $10k per customer to $49k per customer step $1k per customer, inbound.visit->mql from 10% to 125% step 5%

          """))
    #expect(!outcome.hasErrors, "\(outcome.diagnostics.map(\.message))")
    let table = try #require(session.interpreter.environment.bindings["grid"]?.value.dataTable)
    #expect(table.axes.map(\.values.count) == [Self.dealSizes.count, Self.rates.count])
    #expect(
      table.axes[0].values.count * table.axes[1].values.count * table.outputs.count
        >= PlanAnalysis.parallelCellThreshold)
    #expect(table.failureCount == Self.dealSizes.count * 5 * 3)

    // Every cell against a fresh replay of the whole plan under both changes.
    var interpreter: Interpreter = session.interpreter
    let keys = try table.definition.inputs.map { try interpreter.overrideKey($0.target) }
    let fresh = interpreter.replay(changing: Set(keys))
    for row in table.axes[0].values.indices {
      for column in table.axes[1].values.indices {
        var (run, failure) = fresh.run(with: [
          keys[0]: .quantity(table.axes[0].values[row]), keys[1]: .quantity(table.axes[1].values[column]),
        ])
        for (index, output) in table.definition.outputs.enumerated() {
          let expected = failure == nil ? try? run.evaluate(output) : nil
          #expect(
            table.value(index, row: row, column: column).map(Formatting.describe)
              == expected.map(Formatting.describe), "row \(row), column \(column), \(table.outputs[index])")
        }
      }
    }

    // Some cells against the plan written with those inputs and run from scratch.
    for (row, column) in [(0, 0), (14, 3), (39, 18), (7, 17), (22, 11), (39, 0)] {
      let written = Session(output: { _ in })
      let result = written.run(
        SourceFile(
          name: "plan.mplan",
          text: Self.text(deal: Self.dealSizes[row], rate: Self.rates[column])
            + "let spent = marketing.spent\nlet visit_count = need.visit\nlet available = marketing.available\n"
        ))
      #expect(!result.hasErrors)
      for (index, name) in ["spent", "visit_count", "available"].enumerated() {
        let expected = try #require(written.interpreter.environment.bindings[name]?.value)
        #expect(
          table.value(index, row: row, column: column).map(Formatting.describe)
            == Formatting.describe(expected), "row \(row), column \(column), \(name)")
      }
    }
  }
}
