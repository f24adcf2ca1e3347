import MPlanLanguage
import MPlanSyntax

/// A budget's `reserve`: a share of what it is given (`reserve 20%`) or money held back
/// (`reserve $5k`). Both are read; anything else is refused (PLAN-B09) with the two forms,
/// never taken for "no reserve".
package enum BudgetReserve {
  case none
  case share(Double)
  case money(Quantity)
  /// Neither a share nor money (`reserve 5 visits`), as written.
  case unreadable(String)

  package init(of budget: PlanItem) {
    guard let value = budget["reserve"] else {
      self = .none
      return
    }
    guard let reserve = budget.quantity("reserve") else {
      self = .unreadable(Formatting.describe(value))
      return
    }
    if reserve.unit.isDimensionless {
      self = .share(reserve.magnitude.central)
    } else if reserve.unit.currency != nil {
      self = .money(reserve)
    } else {
      self = .unreadable(Formatting.describe(value))
    }
  }

  /// Money held back, in the budget's currency; a diagnostic when no rate converts it.
  package static func amount(
    _ reserve: Quantity, in currency: String, of budget: PlanItem, environment: Environment
  ) -> Result<Magnitude, Diagnostic> {
    guard let from = reserve.unit.currency, from != currency else { return .success(reserve.magnitude) }
    guard let rate = Arithmetic(environment: environment).rateBetween(from, currency) else {
      return .failure(
        .error(
          .budgetNoRate,
          Message(
            "budget-reserve-no-rate",
            ["budget": .text(budget.name), "currency": .text(from), "planCurrency": .text(currency)]),
          at: budget.place("reserve"), fixIt: Message.stateTheRate(from, currency)))
    }
    return .success(reserve.magnitude.map { $0 * rate })
  }
}
