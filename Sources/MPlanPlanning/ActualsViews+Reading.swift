import MPlanLanguage
import MPlanSyntax

/// What `show actuals` says about how a block was read: the currencies converted to the
/// plan's, the amounts as the export gave them, and the rows not counted.
extension PlanPresenter {
  /// ` (2 skipped; JPY converted at the plan's rates)`: the rows not counted, and the
  /// currencies converted to the ledger's, when there are any.
  package static func readingNote(_ ledger: ActualsLedger) -> String {
    let notes = [skippedNote(ledger), conversionNote(ledger)].filter { !$0.isEmpty }
    return notes.isEmpty ? "" : " (" + notes.joined(separator: "; ") + ")"
  }

  /// `JPY converted at the plan's rates`, when any row was in another currency.
  package static func conversionNote(_ ledger: ActualsLedger) -> String {
    let codes = ledger.exported.currencies
    guard !codes.isEmpty else { return "" }
    let listed =
      codes.count == 1 ? codes[0] : codes.dropLast().joined(separator: ", ") + " and " + codes.last!
    return "\(listed) converted at the plan's rates"
  }

  /// `3 skipped`, or, when rows were skipped for more than damage, why:
  /// `4 skipped: 1 damaged, 2 already read, 1 outside the period`.
  package static func skippedNote(_ ledger: ActualsLedger) -> String {
    let reasons = [
      (ledger.rowsSkipped, "damaged"), (ledger.rowsAlreadyRead, "already read"),
      (ledger.rowsOutsidePeriod, "outside the period"),
    ].filter { $0.0 > 0 }
    let total = reasons.reduce(0) { $0 + $1.0 }
    guard total > 0 else { return "" }
    let count = Formatting.grouped(Double(total))
    if reasons.count == 1, ledger.rowsSkipped > 0 { return "\(count) skipped" }
    return "\(count) skipped: "
      + reasons.map { "\(Formatting.grouped(Double($0.0))) \($0.1)" }.joined(separator: ", ")
  }

  /// A key's spend as the file gave it: `¥2,000,000`, `€50 + ¥100`; the part already in the
  /// ledger's currency first.
  package func asExported(_ ledger: ActualsLedger, _ position: Int) -> Table.Cell {
    guard let amounts = ledger.exported.byKey[position] else {
      return .value(ledger.money(ledger.totals[position].spend, in: environment))
    }
    var parts: [String] = []
    let same = ledger.totals[position].spend - (ledger.exported.converted[position] ?? 0)
    if abs(same) >= 0.005 { parts.append(Formatting.money(same, ledger.currency)) }
    parts += amounts.map { Formatting.money($0.amount, $0.currency) }
    return .text(parts.joined(separator: " + "))
  }
}
