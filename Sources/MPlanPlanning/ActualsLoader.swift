import MPlanLanguage
import MPlanSyntax

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads an `actuals` block's files into an `ActualsLedger`, with a diagnostic for every
/// problem: a file that cannot be read is an error (E0801–E0805); damaged rows, days read
/// twice and days outside the block's period are skipped and counted (W0801–W0803), never
/// dropped in silence.
package struct ActualsLoader {
  package struct Mapping {
    package var date: String
    package var key: String
    package var keyIsChannel: Bool
    /// With `action` and `channel` both mapped: the channel column, for the rows whose
    /// campaign names no action.
    package var channel: String?
    /// Nil for a CRM export of results alone: rows of no spend.
    package var amount: String?
    package var results: [(ActualsStage, String)]
    package var revenue: String?
    package var currency: String?
    package var decimalMark: UInt8?
    package var dayOrder: ActualsText.DayOrder
    package var period: CalendarPeriod?
    /// The block's `rule`s, then its `rules` tables' rows, in order (`ActualsRules.swift`).
    package var rules: [ActualsRule] = []
  }

  /// Damaged rows reported one by one before the rest are only counted.
  package static let rowsReportedSingly = 5

  package let block: PlanItem
  package let environment: Environment
  package private(set) var warnings: [Diagnostic] = []
  package var rules = ActualsRuleSet(rules: [])
  /// Rates found for the currencies of the rows, once each.
  package var factors: [String: Double] = [:]
  /// The ledger's currency and the plain cells'.
  package var currencies = ActualsCurrencies(block: nil, plan: nil)

  package init(block: PlanItem, environment: Environment) {
    self.block = block
    self.environment = environment
  }

  package mutating func load() throws -> ActualsLedger {
    let mapping = try readMapping()
    let files = try paths()
    currencies = ActualsCurrencies(block: mapping.currency, plan: environment.planCurrency)
    rules = ActualsRuleSet(rules: mapping.rules)
    let stages = ActualsStage.allCases.filter { stage in
      mapping.results.contains { $0.0 == stage } || rules.stages.contains(stage)
    }
    var ledger = ActualsLedger(
      block: block, currency: currencies.ledger ?? "", keyIsChannel: mapping.keyIsChannel,
      stages: stages, hasRevenue: mapping.revenue != nil)
    ledger.hasSpend = mapping.amount != nil
    // The days each campaign had in the earlier files of this block: a later file's rows for
    // the same campaign and day are the same spend exported again (platforms append daily; a
    // Q1 export and a year-to-date export overlap), so they are skipped and counted (W0802).
    // Another campaign on a covered day is new spend and is read.
    var covered = CoveredDays()
    for (number, (path, opened, span)) in files.enumerated() {
      let firstEntry = ledger.days.count
      try read(path, opening: opened, span: span, mapping: mapping, into: &ledger, covered: covered)
      if number < files.count - 1 { covered.add(ledger.days, from: firstEntry) }
    }
    warnings += rules.unusedDiagnostics()
    if ledger.currency.isEmpty { ledger.currency = currencies.plain }
    ledger.finish()
    return ledger
  }

  // MARK: - One file

  package mutating func read(
    _ path: String, opening opened: String, span: SourceSpan, mapping: Mapping,
    into ledger: inout ActualsLedger, covered: CoveredDays
  ) throws {
    let reader: CSVReader
    do {
      reader = try CSVReader(path: opened)
    } catch {
      throw Self.fileError(error, path: path, span: span)
    }
    guard let header = try Self.next(reader, path: path, span: span) else {
      throw Diagnostic.error(
        .actualsNotText, Message("actuals-file-empty", ["path": .text(path)]), at: span,
        fixIt: Message("actuals-file-empty-fix"))
    }
    let headings = header.fields.map { $0.trimmingSpaces }
    func index(_ column: String, field: String) throws -> Int {
      if let exact = headings.firstIndex(of: column) { return exact }
      if let loose = headings.firstIndex(where: { $0.lowercased() == column.lowercased() }) { return loose }
      let found = headings.map { "\"\($0)\"" }.joined(separator: ", ")
      throw Diagnostic.error(
        .actualsUnknownColumn,
        Message(
          "actuals-unknown-column", ["path": .text(path), "column": .text(column), "field": .text(field)]),
        at: block.place(field),
        notes: [Message("actuals-columns-found", ["columns": .text(found)])],
        fixIt: Suggestions.closest(to: column, among: headings).map {
          Message("actuals-column-did-you-mean", ["column": .text($0)])
        } ?? Message("actuals-unknown-column-fix"))
    }
    let dateColumn = try index(mapping.date, field: "date")
    let keyColumn = try index(mapping.key, field: mapping.keyIsChannel ? "channel" : "action")
    let amountColumn = try mapping.amount.map { try index($0, field: "amount") }
    let channelColumn = try mapping.channel.map { try index($0, field: "channel") }
    let resultColumns = try mapping.results.map { ($0.0.rawValue, try index($0.1, field: $0.0.field)) }
    let revenueColumn = try mapping.revenue.map { try index($0, field: "revenue") }
    let numbers = NumberRules(decimalMark: mapping.decimalMark, plainCurrency: currencies.plain)
    try rules.bind(headings: headings, keyColumn: keyColumn, path: path)
    let needed =
      ([dateColumn, keyColumn, amountColumn ?? 0, channelColumn ?? 0, rules.widest] + resultColumns.map(\.1)
      + [revenueColumn ?? 0])
      .max()!
    // Each rule's keys' positions by the key's text: a ruled row is then one look-up, not a
    // new string for its target.
    var ruledPositions: [[String: Int]] = Array(repeating: [:], count: rules.rules.count)
    // Rules that read the key column alone give a key the same answer on every row: the
    // answer and the key's position are kept together, one look-up a row.
    let keyOnlyRules = !rules.isEmpty && channelColumn == nil && rules.readsOnly(column: keyColumn)
    var ruledKeys: [String: (position: Int, found: (target: Int?, stage: Int?), stage: ActualsStage?)] = [:]
    // The keys no rule or channel column sends elsewhere: most rows of most files.
    var byName = ActualsKeyTable()

    var skipped = SkippedRows(path: opened)
    var repeated = 0, outside = 0
    var records = 0, recordBytes = 0
    // One record read into again and again: its arrays are allocated once, not once a row.
    var record = CSVReader.Record()
    while try Self.next(reader, into: &record, path: path, span: span) {
      if records < Self.rowsSampled {
        records += 1
        recordBytes += record.fields.reduce(record.fields.count) { $0 + $1.utf8.count }
        if records == Self.rowsSampled {
          ledger.days.reserve(rows: Self.rowsLeft(in: opened, after: records, of: recordBytes))
        }
      }
      if let problem = record.problemMessage {
        skipped.add(record, column: record.problemColumn ?? record.columns.last ?? 1, problem)
        continue
      }
      // Spreadsheets end a row with a separator (`…,100,`): empty fields past the header
      // shift no column, so only a non-empty one damages the row.
      if record.fields.count > headings.count,
        record.fields[headings.count...].contains(where: { !$0.trimmingSpaces.isEmpty })
      {
        skipped.add(record, column: record.columns[headings.count], Self.tooManyFields(record, headings))
        continue
      }
      guard record.fields.count > needed else {
        skipped.add(
          record, column: record.columns.last ?? 1,
          Message(
            "actuals-row-short", ["fields": .count(record.fields.count), "columns": .count(headings.count)]))
        continue
      }
      guard let day = ActualsText.day(record.fields[dateColumn], order: mapping.dayOrder)?.dayNumber,
        ActualsDays.dayRange.contains(day)
      else {
        skipped.add(
          record, column: record.columns[dateColumn],
          Message("actuals-cell-not-a-day", ["cell": .text(TextExcerpt.head(record.fields[dateColumn]))]))
        continue
      }
      var amount = 0.0, cellCurrency: String?
      if let amountColumn {
        guard let read = ActualsText.amount(record.fields[amountColumn], numbers) else {
          skipped.add(
            record, column: record.columns[amountColumn],
            Message(
              "actuals-cell-not-an-amount", ["cell": .text(TextExcerpt.head(record.fields[amountColumn]))]))
          continue
        }
        (amount, cellCurrency) = read
      }
      var row = ActualsTotals()
      var damaged = false
      for (stage, column) in resultColumns {
        guard let value = ActualsText.count(record.fields[column], numbers) else {
          skipped.add(
            record, column: record.columns[column],
            Message("actuals-cell-not-a-count", ["cell": .text(TextExcerpt.head(record.fields[column]))]))
          damaged = true
          break
        }
        row.results[stage] = value
      }
      if damaged { continue }
      if let revenueColumn {
        guard let (value, revenueCurrency) = ActualsText.amount(record.fields[revenueColumn], numbers) else {
          skipped.add(
            record, column: record.columns[revenueColumn],
            Message(
              "actuals-cell-not-an-amount", ["cell": .text(TextExcerpt.head(record.fields[revenueColumn]))]))
          continue
        }
        row.revenue =
          try inLedgerCurrency(
            value, written: revenueCurrency, ledger: &ledger, path: path, record: record,
            column: record.columns[revenueColumn]
          ).value
      }
      let exported = amount
      let currency = cellCurrency ?? currencies.plain
      if let amountColumn {
        amount = try inLedgerCurrency(
          amount, written: cellCurrency, ledger: &ledger, path: path, record: record,
          column: record.columns[amountColumn]
        ).value
      }
      // The currency the amount was exported in, when it was converted: `show actuals` shows it.
      let convertedFrom = amountColumn != nil && currency != ledger.currency ? currency : nil
      if let period = mapping.period, day < period.start.dayNumber || day > period.end.dayNumber {
        outside += 1
        continue
      }
      row.spend = amount
      row.rows = 1
      row.firstDay = day
      row.lastDay = day
      let key = record.fields[keyColumn].trimmingSpaces
      if keyOnlyRules, let known = ruledKeys[key] {
        rules.count(known.found)
        if let stage = known.stage { row.results[stage.rawValue] += 1 }
        if !covered.isEmpty, covered.contains(key: known.position, day: day) {
          repeated += 1
          continue
        }
        ledger.add(
          keyAt: known.position, day: day, row: row, convertedFrom: convertedFrom, exported: exported)
        continue
      }
      var target = ActualsTarget.byName
      if let channelColumn {
        let channel = record.fields[channelColumn].trimmingSpaces
        if !channel.isEmpty { target.channel = channel }
      }
      var ruled: Int?
      var found: (target: Int?, stage: Int?) = (nil, nil)
      if !rules.isEmpty {
        found = rules.winner(record)
        if let rule = found.stage, let stage = rules.rules[rule].stage { row.results[stage.rawValue] += 1 }
        if let rule = found.target, let assigned = rules.rules[rule].target {
          target = assigned
          ruled = rule
        }
      }
      if !covered.isEmpty, let known = ledger.keyIndex[target.indexKey(key)],
        covered.contains(key: known, day: day)
      {
        repeated += 1
        continue
      }
      let position: Int
      if let ruled {
        if let known = ruledPositions[ruled][key] {
          position = known
        } else {
          position = ledger.position(of: key, target: target)
          ruledPositions[ruled][key] = position
        }
      } else if target == .byName {
        let hash = ActualsKeyTable.hash(key)
        if let known = byName.position(of: key, hash: hash, keys: ledger.keys) {
          position = known
        } else {
          position = ledger.position(of: key, target: target)
          byName.insert(hash: hash, position: position)
        }
      } else {
        position = ledger.position(of: key, target: target)
      }
      if keyOnlyRules {
        ruledKeys[key] = (position, found, found.stage.flatMap { rules.rules[$0].stage })
      }
      ledger.add(keyAt: position, day: day, row: row, convertedFrom: convertedFrom, exported: exported)
    }
    warnings += rules.overlapDiagnostics(path: path)
    ledger.rowsSkipped += skipped.count
    ledger.rowsAlreadyRead += repeated
    ledger.rowsOutsidePeriod += outside
    if let line = reader.firstWindows1252Line {
      warnings.append(
        .warning(
          .actualsNotUTF8,
          Message("actuals-not-utf8", ["path": .text(path)]),
          at: SourceSpan(file: opened, start: 0, end: 0, line: line, column: 1),
          fixIt: Message("actuals-not-utf8-fix")))
    }
    warnings += skipped.diagnostics(fileSpan: span)
    if repeated > 0 {
      warnings.append(
        .warning(
          .actualsDaysAlreadyRead,
          Message("actuals-days-already-read", ["count": .count(repeated), "path": .text(path)]),
          at: span, fixIt: Message("actuals-days-already-read-fix")))
    }
    if outside > 0, let period = mapping.period {
      warnings.append(
        .warning(
          .actualsOutsidePeriod,
          Message(
            "actuals-outside-period",
            ["count": .count(outside), "path": .text(path), "period": .value(period.description)]),
          at: block.place("period"), fixIt: Message("actuals-outside-period-fix")))
    }
  }

  /// Rows read before the rest of a file is estimated from its size.
  package static let rowsSampled = 1_000

  /// The rows a file still holds, from its size and the length of the rows read so far,
  /// with a twentieth to spare.
  package static func rowsLeft(in path: String, after rows: Int, of bytes: Int) -> Int {
    var info = stat()
    guard stat(path, &info) == 0, bytes > 0 else { return 0 }
    let size = Int(info.st_size)
    return max(0, (size - bytes) / max(1, bytes / rows) * 21 / 20)
  }
}
