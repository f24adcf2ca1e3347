import MPlanLanguage
import MPlanSyntax

/// How the loader reads a row's numbers: the block's decimal mark, amounts converted to the
/// ledger's currency, rows wider than the header.
extension ActualsLoader {
  /// `decimal_mark "."` or `decimal_mark ","`: for a file whose amounts the rules of
  /// "How numbers are read" (actuals.md) would read otherwise; nil when not stated.
  package func decimalMark() throws -> UInt8? {
    guard let value = block["decimal_mark"] else { return nil }
    switch value {
    case .text("."): return UInt8(ascii: ".")
    case .text(","): return UInt8(ascii: ",")
    default:
      let written: String
      if case .text(let text) = value {
        written = "\"\(text)\""
      } else {
        written = Formatting.describe(value)
      }
      throw Diagnostic.error(
        .actualsMappingIncomplete, Message("actuals-decimal-mark", ["written": .value(written)]),
        at: block.place("decimal_mark"), fixIt: Message("actuals-decimal-mark-fix"))
    }
  }

  /// An amount in the ledger's currency: a cell's own currency (`¥`, `EUR`), else the plain
  /// cells' (`ActualsCurrencies.plain`), converted at the plan's rate. The ledger's currency
  /// is the plan's, else the block's, else the first row's: set here when still open.
  package mutating func inLedgerCurrency(
    _ value: Double, written: String?, ledger: inout ActualsLedger, path: String, record: CSVReader.Record,
    column: Int
  ) throws -> (value: Double, currency: String) {
    let currency = written ?? currencies.plain
    if ledger.currency.isEmpty { ledger.currency = currency }
    guard currency != ledger.currency else { return (value, currency) }
    let rate = try factor(
      from: currency, to: ledger.currency, path: path, record: record, column: column, plain: written == nil)
    return (value * rate, currency)
  }

  /// What one unit of a row's currency is worth in the block's, from the plan's `rate`s;
  /// E0805 when no rate stated before the block converts it.
  package mutating func factor(
    from currency: String, to target: String, path: String, record: CSVReader.Record, column: Int,
    plain: Bool = false
  )
    throws -> Double
  {
    if currency == target { return 1 }
    if let known = factors[currency] { return known }
    guard let rate = Arithmetic(environment: environment).rateBetween(currency, target) else {
      throw Diagnostic.error(
        .actualsMixedCurrencies,
        Message(
          "actuals-no-rate",
          [
            "path": .text(path), "line": .count(record.line), "currency": .text(currency),
            "plain": .text(plain ? "yes" : "no"), "source": .message(currencies.plainSource),
            "block": .text(block.name), "target": .text(target),
            "planCurrency": .text(environment.planCurrency == target ? "yes" : "no"),
          ]),
        at: SourceSpan(file: path, start: 0, end: 0, line: record.line, column: column),
        notes: [Message("actuals-no-rate-note")],
        fixIt: plain
          ? Message("actuals-no-rate-plain-fix", ["currency": .text(currency), "target": .text(target)])
          : Message("actuals-no-rate-fix", ["currency": .text(currency), "target": .text(target)])
      )
    }
    factors[currency] = rate
    return rate
  }

  /// A row wider than its header: a comma inside an unquoted amount or name shifts every
  /// column after it (`1,234.50` read as $1 and 234.5 visits), so the row is not read.
  package static func tooManyFields(_ record: CSVReader.Record, _ headings: [String]) -> Message {
    Message(
      "actuals-row-too-wide", ["fields": .count(record.fields.count), "columns": .count(headings.count)])
  }
}
