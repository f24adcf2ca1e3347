import MPlanLanguage
import MPlanSyntax

/// One rule of an `actuals` block: conditions on a row's columns, all of which must hold,
/// and what a row that meets them reaches in the plan (an action, a channel) or counts as
/// (a funnel stage). Written `rule "Campaign like 'Search | Brand | *' => action brand"`, or
/// a row of a rules table (`rules "campaigns.csv"`). The first rule a row meets that
/// assigns an action or a channel gives it that; the first that assigns a stage, its stage.
package struct ActualsRule {
  package enum Test {
    /// `~ /^Search/`: the cell contains a match, in any case.
    case regex(Regex<AnyRegexOutput>)
    /// `like 'Search | *'`: the whole cell, in any case; `*` any run, `?` one character.
    case glob([Character])
    /// `= MQL`: the same text in any case, or the same number.
    case equals(String)
    /// `> 1000`: the cell read as an amount.
    case compare(String, Double)
  }

  package struct Condition {
    package var column: String
    package var negated: Bool
    package var test: Test
    /// The column's place in the file being read (set by `ActualsRuleSet.bind`).
    package var index = 0
    /// The key column (the `action` or `channel` column) when the rule names none.
    package var onKey: Bool

    package var isText: Bool {
      if case .compare = test { return false }
      return true
    }

    package func holds(_ text: String) -> Bool {
      // The cell as the key column reads it: `Search ` and `Search` are one campaign.
      let cell = text.trimmingSpaces
      let result: Bool
      switch test {
      case .regex(let regex): result = (try? regex.firstMatch(in: cell)) != nil
      case .glob(let pattern): result = ActualsRule.glob(pattern, matches: Array(cell.lowercased()))
      case .equals(let text):
        if let left = ActualsText.amount(cell)?.value, let right = ActualsText.amount(text)?.value {
          result = left == right
        } else {
          result = cell.trimmingSpaces.lowercased() == text.lowercased()
        }
      case .compare(let operation, let bound):
        guard let value = ActualsText.amount(cell)?.value else { return negated }
        switch operation {
        case "<": result = value < bound
        case "<=": result = value <= bound
        case ">": result = value > bound
        case ">=": result = value >= bound
        default: result = value != bound
        }
      }
      return result != negated
    }
  }

  package var conditions: [Condition]
  package var action: String?
  package var channel: String?
  package var stage: ActualsStage?
  /// Where the rule is written: its field in the block, or its row in a rules table.
  package var span: SourceSpan
  /// "rule 2", "`campaigns.csv` line 3": how messages name it.
  package var label: Message

  /// Whether `pattern` (lower-cased) matches the whole of `text`: `*` any run, `?` one
  /// character. Iterative, with one backtrack point: linear for patterns with one `*`.
  package static func glob(_ pattern: [Character], matches text: [Character]) -> Bool {
    var p = 0, t = 0
    var star = -1, resume = 0
    while t < text.count {
      if p < pattern.count, pattern[p] == "?" || pattern[p] == text[t] {
        p += 1
        t += 1
      } else if p < pattern.count, pattern[p] == "*" {
        star = p
        resume = t
        p += 1
      } else if star >= 0 {
        p = star + 1
        resume += 1
        t = resume
      } else {
        return false
      }
    }
    while p < pattern.count, pattern[p] == "*" { p += 1 }
    return p == pattern.count
  }

  /// What the rule assigns, as a key's target.
  package var target: ActualsTarget? {
    guard action != nil || channel != nil else { return nil }
    return ActualsTarget(action: action, channel: channel, byName: false)
  }

  package var assigns: Message {
    let parts = [
      action.map { Message("actuals-rule-assigns-action", ["action": .text($0)]) },
      channel.map { Message("actuals-rule-assigns-channel", ["channel": .text($0)]) },
      stage.map { Message("actuals-rule-assigns-stage", ["stage": .text($0.field)]) },
    ]
    return Message.list(parts.compactMap { $0 }) ?? .verbatim("")
  }
}

/// An `actuals` block's rules, bound to one file's columns: which rule each row meets first,
/// worked out once per distinct text of the columns the rules read (a million rows of 2,700
/// campaigns run the patterns 2,700 times), and what the rules did for the diagnostics.
package struct ActualsRuleSet {
  package var rules: [ActualsRule]
  /// The columns the rules read, in the file being read.
  private var columns: [Int] = []
  private var textOnly = true
  private var cache: [String: (Int32, Int32)] = [:]
  private var conditionCache: [[String: Bool]] = []
  /// Rows each rule won, over every file.
  package private(set) var rowsWon: [Int]
  /// Rows of the file being read a later rule also met with another target: the first of
  /// each pair of rules, with the line and the cell that showed it.
  package private(set) var conflicts: [(winner: Int, other: Int, line: Int, text: String)] = []
  private var conflictPairs: Set<Int> = []
  /// Later rules of the conflicts said so far, over every file.
  private var overlapped: Set<Int> = []

  package init(rules: [ActualsRule]) {
    self.rules = rules
    self.rowsWon = Array(repeating: 0, count: rules.count)
  }

  package var isEmpty: Bool { rules.isEmpty }
  package var stages: [ActualsStage] { rules.compactMap(\.stage) }

  /// Finds each rule's columns in `headings` (as the block's fields are found, in any case);
  /// E0803 with "did you mean" for one the file does not have.
  package mutating func bind(headings: [String], keyColumn: Int, path: String) throws {
    var read: [Int] = []
    for (number, rule) in rules.enumerated() {
      for (place, condition) in rule.conditions.enumerated() {
        let index: Int
        if condition.onKey {
          index = keyColumn
        } else if let found = headings.firstIndex(of: condition.column)
          ?? headings.firstIndex(where: { $0.lowercased() == condition.column.lowercased() })
        {
          index = found
        } else {
          throw Diagnostic.error(
            .actualsUnknownColumn,
            Message(
              "actuals-rule-unknown-column",
              ["rule": .message(rule.label), "column": .text(condition.column), "path": .text(path)]),
            at: rule.span,
            notes: [
              Message(
                "actuals-columns-found",
                ["columns": .text(headings.map { "\"\($0)\"" }.joined(separator: ", "))])
            ],
            fixIt: Suggestions.closest(to: condition.column, among: headings).map {
              Message("actuals-column-did-you-mean", ["column": .text($0)])
            } ?? Message("actuals-unknown-column-fix"))
        }
        rules[number].conditions[place].index = index
        if !read.contains(index) { read.append(index) }
        if !condition.isText { textOnly = false }
      }
    }
    columns = read
    cache = [:]
    conditionCache = Array(repeating: [:], count: rules.count)
  }

  /// The columns a row needs for the rules.
  package var widest: Int { columns.max() ?? 0 }

  /// What the row is given: the first rule it meets that assigns an action or a channel,
  /// and the first that assigns a stage (each kind of assignment has its own first match).
  package mutating func winner(_ record: CSVReader.Record) -> (target: Int?, stage: Int?) {
    guard textOnly else { return evaluate(record) }
    let key =
      columns.count == 1
      ? record.fields[columns[0]] : columns.map { record.fields[$0] }.joined(separator: "\u{1F}")
    if let known = cache[key] {
      let found = (target: known.0 >= 0 ? Int(known.0) : nil, stage: known.1 >= 0 ? Int(known.1) : nil)
      count(found)
      return found
    }
    let found = evaluate(record)
    cache[key] = (Int32(found.target ?? -1), Int32(found.stage ?? -1))
    return found
  }

  /// Whether the rules read the key column alone: the answer is then the key's, kept with
  /// its ledger position (one look-up a row).
  package func readsOnly(column: Int) -> Bool { textOnly && columns == [column] }

  package mutating func count(_ found: (target: Int?, stage: Int?)) {
    if let target = found.target { rowsWon[target] += 1 }
    if let stage = found.stage, stage != found.target { rowsWon[stage] += 1 }
  }

  private mutating func evaluate(_ record: CSVReader.Record) -> (target: Int?, stage: Int?) {
    var target: Int?, stage: Int?
    for (number, rule) in rules.enumerated() {
      let assignsTarget = rule.action != nil || rule.channel != nil
      guard assignsTarget || (rule.stage != nil && stage == nil) else { continue }
      guard meets(rule, number, record) else { continue }
      if rule.stage != nil, stage == nil { stage = number }
      guard assignsTarget else { continue }
      guard let winner = target else {
        target = number
        continue
      }
      // First match wins; a later rule that would send the row to another action (or,
      // neither naming one, another channel) is said once. A specific rule for an action
      // before a general one for its channel is the usual order, not a conflict; the other
      // way round, the channel's rule takes the rows the action's rule was written for.
      let first = rules[winner]
      let differs =
        (rule.action != nil && first.action != nil && rule.action?.lowercased() != first.action?.lowercased())
        || (rule.action != nil && first.action == nil)
        || (rule.action == nil && first.action == nil
          && rule.channel?.lowercased() != first.channel?.lowercased())
      if differs,
        conflictPairs.insert(winner * rules.count + number).inserted
      {
        conflicts.append((winner, number, record.line, record.fields[columns.first ?? 0]))
        overlapped.insert(number)
      }
    }
    let found = (target: target, stage: stage)
    count(found)
    return found
  }

  private mutating func meets(_ rule: ActualsRule, _ number: Int, _ record: CSVReader.Record) -> Bool {
    for condition in rule.conditions {
      let cell = record.fields[condition.index]
      if condition.isText, !textOnly {
        // Per-condition answers: the numeric conditions beside them are read on every row.
        let memo = "\(condition.index)\u{1F}\(cell)"
        if let known = conditionCache[number][memo] {
          if !known { return false }
          continue
        }
        let holds = condition.holds(cell)
        conditionCache[number][memo] = holds
        if !holds { return false }
      } else if !condition.holds(cell) {
        return false
      }
    }
    return true
  }

  /// A later rule that met rows of the file just read that an earlier one had sent
  /// elsewhere (W0805), once per pair of rules.
  package mutating func overlapDiagnostics(path: String) -> [Diagnostic] {
    defer { conflicts = [] }
    return conflicts.map { conflict in
      let (winner, other) = (rules[conflict.winner], rules[conflict.other])
      return Diagnostic.warning(
        .actualsRulesOverlap,
        Message(
          "actuals-rules-overlap",
          [
            "other": .message(other.label), "text": .text(TextExcerpt.head(conflict.text)),
            "path": .text(path),
            "line": .count(conflict.line), "winner": .message(winner.label),
            "assigns": .message(winner.assigns),
          ]),
        at: other.span,
        fixIt: Message("actuals-rules-overlap-fix"))
    }
  }

  /// A rule that decided no row of any file (W0806): none meets it, or earlier rules took
  /// every row that does. One already told which rule took its rows (W0805) is not told
  /// again less precisely.
  package func unusedDiagnostics() -> [Diagnostic] {
    rules.indices.filter { rowsWon[$0] == 0 && !overlapped.contains($0) }.map { number in
      .warning(
        .actualsRuleUnused,
        Message("actuals-rule-unused", ["rule": .message(rules[number].label)]),
        at: rules[number].span,
        fixIt: Message("actuals-rule-unused-fix"))
    }
  }
}
