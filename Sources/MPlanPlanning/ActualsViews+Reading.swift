import MPlanLanguage
import MPlanSyntax

/// What `show actuals` says about how a block was read: the currencies converted to the
/// plan's, the amounts as the export gave them, and the rows not counted.
extension PlanPresenter {
  /// ` (2 skipped; JPY converted at the plan's rates)`: the rows not counted, and the
  /// currencies converted to the ledger's, when there are any.
  package static func readingNote(_ ledger: ActualsLedger) -> String {
    let notes = [skippedNote(ledger), conversionNote(ledger)].compactMap { $0?.english }
    return notes.isEmpty ? "" : " (" + notes.joined(separator: "; ") + ")"
  }

  /// `JPY converted at the plan's rates`, when any row was in another currency.
  package static func conversionNote(_ ledger: ActualsLedger) -> Message? {
    let codes = ledger.exported.currencies.map { Message.verbatim($0) }
    guard let last = codes.last else { return nil }
    let listed =
      Message.list(Array(codes.dropLast())).map {
        Message("actuals-list-and-last", ["first": .message($0), "last": .message(last)])
      } ?? last
    return Message("actuals-converted", ["currencies": .message(listed)])
  }

  /// `3 skipped`, or, when rows were skipped for more than damage, why:
  /// `4 skipped: 1 damaged, 2 already read, 1 outside the period`.
  package static func skippedNote(_ ledger: ActualsLedger) -> Message? {
    let count = { (rows: Int) -> Message.Argument in .value(Formatting.grouped(Double(rows))) }
    let reasons = [
      (ledger.rowsSkipped, Message("actuals-skipped-damaged", ["count": count(ledger.rowsSkipped)])),
      (
        ledger.rowsAlreadyRead,
        Message("actuals-skipped-already-read", ["count": count(ledger.rowsAlreadyRead)])
      ),
      (
        ledger.rowsOutsidePeriod,
        Message("actuals-skipped-outside-period", ["count": count(ledger.rowsOutsidePeriod)])
      ),
    ].filter { $0.0 > 0 }
    let total = reasons.reduce(0) { $0 + $1.0 }
    guard total > 0 else { return nil }
    if reasons.count == 1, ledger.rowsSkipped > 0 {
      return Message("actuals-skipped", ["count": count(total)])
    }
    return Message(
      "actuals-skipped-why", ["count": count(total), "reasons": .message(Message.list(reasons.map(\.1))!)])
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
