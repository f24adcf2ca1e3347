import MPlanLanguage
import MPlanSyntax

/// The rules of an `actuals` block: each `rule` field in the order written, then each row of
/// each `rules` table (`rules "campaigns.csv"`), hledger's if-table in CSV.
extension ActualsLoader {
  package func readRules() throws -> [ActualsRule] {
    var rules: [ActualsRule] = []
    for field in block.fields where field.name == "rule" {
      for value in Self.values(of: field.value) {
        guard case .text(let text) = value else {
          throw Diagnostic.error(
            .actualsBadRule, Message("actuals-rule-in-quotes"), at: field.span,
            fixIt: Message("actuals-rule-in-quotes-fix"))
        }
        rules.append(
          try ActualsRuleText.parse(
            text, span: field.span, label: Message("actuals-rule-number", ["number": .count(rules.count + 1)])
          ))
      }
    }
    for field in block.fields where field.name == "rules" {
      for value in Self.values(of: field.value) {
        guard case .text(let name) = value else {
          throw Diagnostic.error(
            .actualsBadRule, Message("actuals-rules-in-quotes"), at: field.span,
            fixIt: Message("actuals-rules-in-quotes-fix"))
        }
        rules += try table(name, opening: opened(name), span: field.span)
      }
    }
    return rules
  }

  /// A file the block names, as opened: relative to the plan's folder.
  private func opened(_ name: String) -> String {
    let folder = SourceLoader.directory(of: block.span.file)
    return name.hasPrefix("/") || block.span.file.hasPrefix("<") || folder == "." ? name : folder + "/" + name
  }

  /// The rules tables the block names, as opened.
  package func rulesTablePaths() -> [String] {
    block.fields.filter { $0.name == "rules" }.flatMap { Self.values(of: $0.value) }.compactMap {
      if case .text(let name) = $0 { opened(name) } else { nil }
    }
  }

  private static func values(of value: Value) -> [Value] {
    if case .list(let values) = value { return values }
    return [value]
  }

  /// A rules table: a header of the actuals file's columns, whose cells are patterns (empty:
  /// any; `/regex/`; `>100`, `<=5`, `=MQL`, `!=x`; `!glob`; else a glob), and of `action`,
  /// `channel` or `stage`, what a row that meets them all is given.
  private func table(_ path: String, opening opened: String, span: SourceSpan) throws -> [ActualsRule] {
    let reader: CSVReader
    do {
      reader = try CSVReader(path: opened)
    } catch {
      throw Self.fileError(error, path: path, span: span)
    }
    guard let header = try Self.next(reader, path: path, span: span) else {
      throw Diagnostic.error(
        .actualsNotText, Message("actuals-rules-file-empty", ["path": .text(path)]), at: span,
        fixIt: Message("actuals-rules-file-empty-fix"))
    }
    let headings = header.fields.map { $0.trimmingSpaces }
    let assignments = ["action", "channel", "stage"]
    guard headings.contains(where: { assignments.contains($0.lowercased()) }) else {
      throw Diagnostic.error(
        .actualsBadRule, Message("actuals-rules-assign-nothing", ["path": .text(path)]),
        at: span,
        notes: [
          Message(
            "actuals-columns-found", ["columns": .text(headings.map { "\"\($0)\"" }.joined(separator: ", "))])
        ],
        fixIt: Message("actuals-rules-assign-nothing-fix"))
    }
    var rules: [ActualsRule] = []
    while let record = try Self.next(reader, path: path, span: span) {
      if record.fields.allSatisfy({ $0.trimmingSpaces.isEmpty }) { continue }
      let place = SourceSpan(file: opened, start: 0, end: 0, line: record.line, column: 1)
      var rule = ActualsRule(
        conditions: [], span: place,
        label: Message("actuals-rule-line", ["path": .text(path), "line": .count(record.line)]))
      for (column, heading) in headings.enumerated() {
        let cell = column < record.fields.count ? record.fields[column].trimmingSpaces : ""
        let at = SourceSpan(
          file: opened, start: 0, end: 0, line: record.line,
          column: column < record.columns.count ? record.columns[column] : 1)
        switch heading.lowercased() {
        case "action": rule.action = cell.isEmpty ? nil : cell
        case "channel": rule.channel = cell.isEmpty ? nil : cell
        case "stage":
          guard !cell.isEmpty else { continue }
          guard let stage = ActualsStage.allCases.first(where: { $0.field == cell.lowercased() }) else {
            throw Diagnostic.error(
              .actualsBadRule, Message("actuals-no-such-stage", ["cell": .text(TextExcerpt.head(cell))]),
              at: at,
              fixIt: Message(
                "actuals-no-such-stage-fix",
                ["stages": .text(ActualsStage.allCases.map(\.field).joined(separator: ", "))]))
          }
          rule.stage = stage
        default:
          do {
            if let condition = try ActualsRuleText.cell(cell, column: heading) {
              rule.conditions.append(condition)
            }
          } catch let failure as ActualsRuleText.Failure {
            throw Diagnostic.error(
              .actualsBadRule,
              Message(
                "actuals-rule-cell-unreadable",
                [
                  "rule": .message(rule.label), "problem": .message(failure.message),
                  "character": .count(failure.offset + 1), "cell": .text(TextExcerpt.head(cell)),
                ]),
              at: SourceSpan(
                file: opened, start: 0, end: 0, line: record.line, column: at.column + failure.offset),
              fixIt: Message("actuals-rule-cell-fix"))
          }
        }
      }
      guard rule.action != nil || rule.channel != nil || rule.stage != nil else { continue }
      rules.append(rule)
    }
    return rules
  }
}
