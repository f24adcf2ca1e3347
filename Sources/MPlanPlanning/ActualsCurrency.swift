import MPlanLanguage
import MPlanSyntax

/// Amounts as the file gave them, for keys whose rows were in another currency than the
/// ledger's: the ledger sums every figure in one currency (the plan's), converted at the
/// plan's rates as it is read, and `show actuals` still shows what the export said.
package struct ExportedAmounts: Sendable {
  /// By key position: each currency other than the ledger's, and the amount in it.
  package var byKey: [Int: [(currency: String, amount: Double)]] = [:]
  /// By key position: the ledger-currency value of those converted amounts.
  package var converted: [Int: Double] = [:]
  /// The currencies converted, in the order the file first gave them.
  package var currencies: [String] = []

  package init() {}

  package var isEmpty: Bool { byKey.isEmpty }

  package mutating func add(key: Int, currency: String, amount: Double, convertedTo value: Double) {
    if !currencies.contains(currency) { currencies.append(currency) }
    var amounts = byKey[key] ?? []
    if let slot = amounts.firstIndex(where: { $0.currency == currency }) {
      amounts[slot].amount += amount
    } else {
      amounts.append((currency, amount))
    }
    byKey[key] = amounts
    converted[key, default: 0] += value
  }
}

/// Which currency an `actuals` block counts in and reads plain cells in.
package struct ActualsCurrencies {
  /// The currency every figure is summed and compared in: the plan's, else the block's
  /// `currency`; nil when neither is stated (then the first row's, converted to from there on).
  package var ledger: String?
  /// The currency of a cell with no symbol or code: the block's `currency`, else the plan's,
  /// else USD; never the currency another row happened to name.
  package var plain: String
  /// Where the plain cells' currency was stated, for a message that says why.
  package var plainSource: Message

  package init(block: String?, plan: String?) {
    ledger = plan ?? block
    plain = block ?? plan ?? "USD"
    plainSource =
      block != nil
      ? Message("actuals-plain-from-block")
      : plan != nil ? Message("actuals-plain-from-plan") : Message("actuals-plain-usd")
  }
}

extension ActualsLedger {
  /// A plan quantity of money (a cost, a total, a `move`) in the ledger's currency, at the
  /// plan's rates; as written when it is in the ledger's currency, has no currency, or no
  /// rate converts it (PLAN-B checks report a budget in an unconvertible currency).
  package func inLedgerCurrency(_ quantity: Quantity, environment: Environment) -> Magnitude {
    guard let currency = quantity.unit.currency, currency != self.currency,
      let rate = Arithmetic(environment: environment).rateBetween(currency, self.currency)
    else { return quantity.magnitude }
    return quantity.magnitude.map { $0 * rate }
  }

  /// The same, as one figure (its central value).
  package func amount(_ quantity: Quantity?, environment: Environment) -> Double? {
    quantity.map { inLedgerCurrency($0, environment: environment).central }
  }
}
