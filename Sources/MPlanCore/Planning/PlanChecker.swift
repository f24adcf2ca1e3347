/// The checklist a seasoned marketing lead runs over a plan (domain.md §1–§6): each item
/// passes or fails with a reason and the line it is about.
public struct PlanFinding: Sendable {
  public enum Group: String, Sendable, CaseIterable {
    case alignment = "Alignment", smart = "SMART", funnel = "Funnel", budget = "Budget", actions = "Actions"
    case reporting = "Reporting"
  }

  public var group: Group
  public var passed: Bool
  /// What was checked, in the user's words: "goal `someday` has a deadline".
  public var message: String
  /// For a failed item, the diagnostic with its code, span and fix-it.
  public var diagnostic: Diagnostic?

  public static func pass(_ group: Group, _ message: String) -> PlanFinding {
    PlanFinding(group: group, passed: true, message: message, diagnostic: nil)
  }

  public static func fail(_ group: Group, _ diagnostic: Diagnostic) -> PlanFinding {
    PlanFinding(group: group, passed: false, message: diagnostic.message, diagnostic: diagnostic)
  }
}

public struct PlanChecker {
  let environment: Environment

  public init(environment: Environment) { self.environment = environment }

  var items: [PlanItem] { environment.planItems }

  func items(_ kind: DeclarationKind) -> [PlanItem] { items.filter { $0.kind == kind } }

  public func run() -> [PlanFinding] {
    checkObjectives() + checkActions() + checkBudgets()
  }

  func checkObjectives() -> [PlanFinding] {
    let objectives = items(.objective)
    if objectives.isEmpty {
      let span = items.first?.span ?? .unknown
      return [
        .fail(
          .alignment,
          .warning(
            .planNoObjectives, "the plan names no objectives", at: span,
            fixIt: "add the company's top 3–5 objectives: `objective growth \"Grow revenue 10%\"`"))
      ]
    }
    if objectives.count > 5 {
      return [
        .fail(
          .alignment,
          .warning(
            .planTooManyObjectives, "the plan has \(objectives.count) objectives: more than five is no focus",
            at: objectives[5].span, fixIt: "keep the company's top 3–5 and fold the rest into them"))
      ]
    }
    return [.pass(.alignment, "\(objectives.count) objective\(objectives.count == 1 ? "" : "s"): focused")]
  }

  func checkActions() -> [PlanFinding] {
    var findings: [PlanFinding] = []
    for action in items(.action) {
      if action["owner"] == nil {
        findings.append(
          .fail(
            .actions,
            .warning(
              .actionNoOwner, "action `\(action.name)` has no owner", at: action.nameSpan,
              fixIt: "add `owner \"NAME\"`: vague instructions to \"sell more\" produce nothing")))
      } else {
        findings.append(.pass(.actions, "action `\(action.name)` has an owner"))
      }
      if action["cost"] == nil {
        findings.append(
          .fail(
            .actions,
            .warning(
              .actionNoCost, "action `\(action.name)` has no cost", at: action.nameSpan,
              fixIt: "add `cost $…` so a budget can fund it")))
      }
    }
    return findings
  }

  func checkBudgets() -> [PlanFinding] {
    var findings: [PlanFinding] = []
    for budget in items(.budget) {
      if budget["reserve"] == nil {
        findings.append(
          .fail(
            .budget,
            .warning(
              .budgetNoReserve, "budget `\(budget.name)` keeps no reserve", at: budget.nameSpan,
              fixIt: "add `reserve 20%`: online, 20–30% of a budget can leak away")))
      } else {
        findings.append(.pass(.budget, "budget `\(budget.name)` keeps a reserve"))
      }
      guard let ledger = try? BudgetLedger(budget: budget, environment: environment),
        let total = ledger.total,
        let available = ledger.available.magnitude.exactValue
      else { continue }
      if available < -0.005 {
        findings.append(
          .fail(
            .budget,
            .error(
              .budgetOverCommitted,
              "budget `\(budget.name)` is over-committed by \(Formatting.money(-available, ledger.currency))",
              at: budget.nameSpan,
              notes: ledger.lines.map { "\($0.action.name): \(Formatting.describe($0.cost))" },
              fixIt: "raise `total` above \(Formatting.describe(total)), or cut the actions it funds")))
      } else {
        findings.append(.pass(.budget, "budget `\(budget.name)` covers its actions"))
      }
    }
    return findings
  }
}
