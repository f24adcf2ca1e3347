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
        .actualsMappingIncomplete,
        "`decimal_mark` is \".\" (1,234.50) or \",\" (1.234,50), not \(written)",
        at: block.place("decimal_mark"),
        fixIt:
          "write `decimal_mark \",\"` when the file writes `1.234,50`, `decimal_mark \".\"` for `1,234.50`")
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

  /// A row wider than its header: a comma inside an unquoted amount or name shifts every
  /// column after it (`1,234.50` read as $1 and 234.5 visits), so the row is not read.
  package static func tooManyFields(_ record: CSVReader.Record, _ headings: [String]) -> String {
    "the row has \(record.fields.count) fields; the header has \(headings.count): is a comma inside an amount or a name? quote that field"
  }
}
