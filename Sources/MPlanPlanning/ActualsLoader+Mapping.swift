import MPlanLanguage
import MPlanSyntax

/// What an `actuals` block says about its files: which column holds what (the mapping),
/// and the files themselves, relative to the plan's folder.
extension ActualsLoader {
  package func column(_ field: String) throws -> String? {
    guard let value = block[field] else { return nil }
    guard case .text(let name) = value else {
      throw Diagnostic.error(
        .actualsMappingIncomplete, Message("actuals-column-in-quotes", ["field": .text(field)]),
        at: block.place(field), fixIt: Message("actuals-column-in-quotes-fix", ["field": .text(field)]))
    }
    return name
  }

  package func readMapping() throws -> Mapping {
    func required(_ field: String, example: String) throws -> String {
      guard let name = try column(field) else {
        throw Diagnostic.error(
          .actualsMappingIncomplete,
          Message("actuals-column-not-said", ["block": .text(block.name), "field": .text(field)]),
          at: block.nameSpan,
          fixIt: Message("actuals-column-not-said-fix", ["field": .text(field), "example": .text(example)]))
      }
      return name
    }
    let date = try required("date", example: "Day")
    let action = try column("action"), channel = try column("channel")
    guard let key = action ?? channel else {
      throw Diagnostic.error(
        .actualsMappingIncomplete,
        Message("actuals-key-not-said", ["block": .text(block.name)]), at: block.nameSpan,
        fixIt: Message("actuals-key-not-said-fix"))
    }
    var results: [(ActualsStage, String)] = []
    for stage in ActualsStage.allCases {
      if let name = try column(stage.field) { results.append((stage, name)) }
    }
    let rules = try readRules()
    // A CRM's export of MQLs and SQLs has no spend; a block with no result either reads
    // nothing without one.
    let amount =
      results.isEmpty && !rules.contains(where: { $0.stage != nil })
      ? try required("amount", example: "Cost") : try column("amount")
    var order = ActualsText.DayOrder.monthFirst
    if let word = block.word("day_order") {
      guard let given = ActualsText.DayOrder(rawValue: word.uppercased()) else {
        throw Diagnostic.error(
          .actualsMappingIncomplete,
          Message("actuals-day-order", ["written": .text(word)]),
          at: block.place("day_order"), fixIt: Message("actuals-day-order-fix"))
      }
      order = given
    }
    return Mapping(
      date: date, key: key, keyIsChannel: action == nil, channel: action == nil ? nil : channel,
      amount: amount, results: results, revenue: try column("revenue"), currency: block.word("currency"),
      decimalMark: try decimalMark(), dayOrder: order, period: block.period("period"), rules: rules)
  }

  /// The files as written, and as opened (relative to the plan's folder), with the span
  /// that names them.
  package func paths() throws -> [(String, String, SourceSpan)] {
    let span = block.place("from")
    let names: [String]
    switch block["from"] {
    case .text(let name)?: names = [name]
    case .list(let values)?:
      names = values.compactMap { if case .text(let name) = $0 { name } else { nil } }
    default:
      throw Diagnostic.error(
        .actualsMappingIncomplete, Message("actuals-file-not-said", ["block": .text(block.name)]),
        at: block.nameSpan, fixIt: Message("actuals-file-not-said-fix"))
    }
    let folder = SourceLoader.directory(of: block.span.file)
    return names.map { name in
      (
        name,
        name.hasPrefix("/") || block.span.file.hasPrefix("<") || folder == "." ? name : folder + "/" + name,
        span
      )
    }
  }
}
