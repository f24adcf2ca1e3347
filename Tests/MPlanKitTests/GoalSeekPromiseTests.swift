import Foundation
import MPlanSyntax
import Testing

/// Goal seek keeps its promise (issue 21): the value `solve` prints, read back at the digits
/// shown, meets the condition, and the result printed under it is the result at that value.
/// Each case runs `solve`, puts the printed answer into the plan in place of the unknown's
/// value, runs the plan again and prints the result there.
struct GoalSeekPromiseTests {
  /// A plan with `⟨x⟩` where the unknown's value goes, the unknown, and the starting value.
  struct Plan: CustomStringConvertible {
    var text: String
    var unknown: String
    var start: String
    var description: String { unknown }

    func with(_ value: String) -> String { text.replacingOccurrences(of: "⟨x⟩", with: value) }
  }

  /// A percentage: visits are whole, so spend is `cpc × ⌈1,250 leads / rate⌉`.
  static let rate = Plan(
    text: """
      let cpc = $1.20 per visit
      funnel f {
        visit -> lead : ⟨x⟩
      }
      let need = f.need(1,250 leads)
      let spend = cpc * need.visit

      """, unknown: "f.visit->lead", start: "2%")
  /// Money per visit: spend is `cpc × 10,000 visits`.
  static let price = Plan(
    text: """
      let cpc = ⟨x⟩
      funnel inbound {
        visit -> mql      : 2%
        mql   -> sql      : 25%
        sql   -> customer : 20%
      }
      let need = inbound.need(10 customers)
      let spend = cpc * need.visit

      """, unknown: "cpc", start: "$1.20 per visit")
  /// Money: the deal size that pays back a spend.
  static let money = Plan(
    text: """
      let deal_size = ⟨x⟩
      let won = 37 customers
      let revenue = deal_size / 1 customer * won
      let roi = revenue / $10k

      """, unknown: "deal_size", start: "$1,000")
  /// A count: leads from visits at 3.7%.
  static let count = Plan(
    text: """
      let traffic = ⟨x⟩
      let new_leads = traffic * 3.7% * 1 lead / 1 visit

      """, unknown: "traffic", start: "1,000 visits")
  /// A duration, and money per year (kept per month, shown per year).
  static let time = Plan(
    text: """
      let ramp = ⟨x⟩
      let cost = $5k per month * ramp

      """, unknown: "ramp", start: "6 months")
  static let salary = Plan(
    text: """
      let pay = ⟨x⟩
      let payroll = pay * 7 months

      """, unknown: "pay", start: "$60,000 per year")
  /// A plain number, smooth.
  static let plain = Plan(
    text: """
      let x = ⟨x⟩
      let cube = x * x * x

      """, unknown: "x", start: "2")

  static let cases: [(Plan, String)] = [
    (rate, "spend <= $52k"), (rate, "spend >= $52k"), (rate, "spend <= $40,001"), (rate, "spend >= $40,001"),
    (price, "spend <= $14,999.99"), (price, "spend >= $15,000.01"), (price, "spend <= $12,345.67"),
    (price, "spend >= $12,345.67"),
    (money, "revenue >= $100k"), (money, "revenue <= $100k"), (money, "roi >= 3.3333"),
    (count, "new_leads >= 1,000 leads"), (count, "new_leads <= 1,000 leads"),
    (time, "cost <= $32,123"), (time, "cost >= $32,123"), (salary, "payroll <= $33,333"),
    (salary, "payroll >= $33,333"),
    (plain, "cube <= 7"), (plain, "cube >= 7"), (plain, "cube = 7"), (plain, "cube = 20"),
    (rate, "spend = $52k"), (price, "spend = $14,999.99"),
  ]

  /// `visits = 1,000 visits` and `  spend = $1,200: …` from what `solve` printed.
  static func answer(_ output: [String], unknown: String) -> (value: String, result: String)? {
    guard output.count == 2, output[0].hasPrefix("\(unknown) = ") else { return nil }
    let value = String(output[0].dropFirst(unknown.count + 3))
    guard let equals = output[1].range(of: " = "), let colon = output[1].range(of: ": ") else { return nil }
    return (value, String(output[1][equals.upperBound..<colon.lowerBound]))
  }

  @Test(arguments: cases)
  func thePrintedAnswerMeetsTheConditionAndGivesThePrintedResult(plan: Plan, condition: String) throws {
    let solved = ScriptRunner.run(
      SourceFile(
        name: "solve.mplan", text: plan.with(plan.start) + "solve \(plan.unknown) for \(condition)\n"))
    let answer = try #require(Self.answer(solved.output, unknown: plan.unknown), "\(solved.output)")
    let result = String(condition.prefix { $0 != " " })
    let relation = condition.split(separator: " ")[1]
    let target = condition.split(separator: " ", maxSplits: 2)[2]
    let check = relation == "=" ? "" : "print \(result) \(relation) \(target)\n"
    let rerun = ScriptRunner.run(
      SourceFile(name: "check.mplan", text: plan.with(answer.value) + "print \(result)\n" + check))
    #expect(rerun.diagnostics.isEmpty, "\(rerun.diagnostics.map(\.message))")
    #expect(rerun.output.first == answer.result, "\(solved.output)")
    if relation != "=" {
      #expect(rerun.output.last == "true", "\(solved.output) does not meet \(condition): \(rerun.output)")
    }
  }
}

/// A result that is not monotone (issue 21): where `solve` calls its answer the smallest or
/// the largest value that meets the condition, no value beyond it in the range meets it; where
/// the condition holds on several stretches, `solve` says so. Polynomials with roots 3 apart
/// over 0 to 10, so the scan (every 1.25) sees every turn.
struct GoalSeekTurnsTests {
  static let polynomials: [(text: String, value: @Sendable (Double) -> Double)] = [
    ("(x - 1) * (x - 4) * (x - 7)", { ($0 - 1) * ($0 - 4) * ($0 - 7) }),
    ("(1 - x) * (x - 4) * (x - 7)", { (1 - $0) * ($0 - 4) * ($0 - 7) }),
    ("(x - 2) * (x - 8)", { ($0 - 2) * ($0 - 8) }),
    ("(x - 2) * (8 - x)", { ($0 - 2) * (8 - $0) }),
    ("(x - 3) * (x - 3) * (x - 3)", { ($0 - 3) * ($0 - 3) * ($0 - 3) }),
  ]

  static let cases: [(Int, String, Double, Double)] = polynomials.indices.flatMap { index in
    ["<=", ">="].flatMap { relation in
      [0.5, -2.5].flatMap { target in [2, 5.5].map { (index, relation, target, $0) } }
    }
  }

  @Test(arguments: cases)
  func theSmallestOrTheLargestIsSoOnlyWhenNothingElseMeetsTheCondition(
    polynomial: Int, relation: String, target: Double, start: Double
  ) throws {
    let (text, y) = Self.polynomials[polynomial]
    let source = "let x = \(start)\nlet y = \(text)\nsolve x from 0 to 10 for y \(relation) \(target)\n"
    let run = ScriptRunner.run(SourceFile(name: "turns.mplan", text: source))
    guard run.output.count == 2, run.output[0].hasPrefix("x = ") else {
      // No value in the range meets it: an error, not an answer.
      #expect(run.diagnostics.map(\.code) == ["E0702"], "\(source)\(run.output)")
      return
    }
    let answer = try #require(Double(run.output[0].dropFirst(4).replacingOccurrences(of: ",", with: "")))
    let meets = { (x: Double) in relation == "<=" ? y(x) <= target : y(x) >= target }
    #expect(meets(answer), "\(source)\(run.output)")
    let grid = stride(from: 0.0, through: 10, by: 0.005)
    let line = run.output[1]
    if line.contains("the largest") {
      let beyond = grid.filter { $0 > answer + 0.005 && meets($0) }
      #expect(beyond.isEmpty, "\(source)\(line): also meets at \(beyond.prefix(3))")
    } else if line.contains("the smallest") {
      let before = grid.filter { $0 < answer - 0.005 && meets($0) }
      #expect(before.isEmpty, "\(source)\(line): also meets at \(before.suffix(3))")
    } else if !line.contains("every `x` tried") {
      // Several stretches: said as such, and so they are.
      let stretches =
        zip(grid, grid.dropFirst()).filter { !meets($0.0) && meets($0.1) }.count + (meets(0) ? 1 : 0)
      #expect(line.contains("boundaries") && stretches > 1, "\(source)\(line)")
    }
  }
}
