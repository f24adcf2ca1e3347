/// The layout rules that move lines: fields in a stable order, long lists one item per line,
/// and blank lines kept but never doubled.
extension Layout {
  package func arrange() -> [OutputLine] {
    var lines = indented(originalLines())
    // Reordering moves lines only inside a block, so the braces' lines stay where they are.
    var lineOfBrace: [Int: Int] = [:]
    for (index, line) in lines.enumerated() {
      for token in line.tokens where roles.blockOpen.contains(token) || roles.blockClose.contains(token) {
        lineOfBrace[token] = index
      }
    }
    for block in roles.blocks {
      guard let kind = block.declaration, let open = lineOfBrace[block.open],
        let close = lineOfBrace[block.close],
        open < close, lines[open].tokens.last == block.open, lines[close].tokens.first == block.close
      else { continue }
      lines.replaceSubrange((open + 1)..<close, with: orderingFields(lines[(open + 1)..<close], kind: kind))
    }
    lines = splittingLongLists(lines)
    return withBlankLinesTidied(lines)
  }

  // MARK: - Field order

  /// The lines inside a plan block with its fields in the order of `DeclarationKind.fieldNames`,
  /// so that two people who add the same field add it in the same place. Each field moves with
  /// its continuation lines and the comment lines above it; a blank line is a fence that fields
  /// do not cross, and a block with two fields on one line is left as written. (The interpreter
  /// evaluates fields in this order too, so moving them changes nothing it does.)
  package func orderingFields(_ inside: ArraySlice<OutputLine>, kind: DeclarationKind) -> [OutputLine] {
    var result: [OutputLine] = []
    var section: [OutputLine] = []
    for line in inside {
      if line.isBlank {
        result += ordered(section, kind: kind) + [line]
        section = []
      } else {
        section.append(line)
      }
    }
    return result + ordered(section, kind: kind)
  }

  /// One run of field lines, reordered when every field starts a line of its own.
  package func ordered(_ section: [OutputLine], kind: DeclarationKind) -> [OutputLine] {
    var groups: [(rank: Int, lines: [OutputLine])] = []
    var pending: [OutputLine] = []  // comment lines, which go with the field below them
    for line in section {
      guard let first = line.tokens.first else {
        pending.append(line)
        continue
      }
      if roles.fieldNames.contains(first) {
        if line.tokens.dropFirst().contains(where: roles.fieldNames.contains) { return section }
        // By the English field, whatever language it is written in (`метрика` is `metric`).
        let rank = kind.rank(ofField: roles.keywordWords[first] ?? text(of: first))
        groups.append((rank, pending + [line]))
        pending = []
      } else if groups.isEmpty || !pending.isEmpty {
        return section
      } else {
        groups[groups.count - 1].lines.append(line)
      }
    }
    let sorted = groups.enumerated().sorted { left, right in
      (left.element.rank, left.offset) < (right.element.rank, right.offset)
    }
    return sorted.flatMap(\.element.lines) + pending
  }

  // MARK: - Long lists

  /// Lines over `Formatter.lineWidth`, or with a list of more than `Formatter.itemsOnOneLine`
  /// items, have that list laid out one item per line. Only lists in `[ ]`, where the parser
  /// ignores line ends, are split; the items are checked again, so a long list in a long list
  /// is split too. A long line with no such list may have its values split instead, where a
  /// line ending in `,` continues (see `valueCommas(in:)`).
  package func splittingLongLists(_ lines: [OutputLine]) -> [OutputLine] {
    var result: [OutputLine] = []
    var work = Array(lines.reversed())
    let padding = roles.padding(for: lines, text: text(of:))
    while let line = work.popLast() {
      let width = line.level * Formatter.indentUnit.count + code(of: line, padding: padding).count
      if let list = listToSplit(in: line, isLong: width > Formatter.lineWidth) {
        work += split(line, at: list).reversed()
      } else if width > Formatter.lineWidth, let commas = valueCommas(in: line) {
        work += split(line, after: commas).reversed()
      } else {
        result.append(line)
      }
    }
    return result
  }

  /// The commas between the values of `print a, b`, a field's `readers "CMO", "CFO"` or
  /// `compare … on x, y`: after these a line end does not end the statement, so a long one
  /// can take a line per value. Nil for any other line, or one with a single value.
  package func valueCommas(in line: OutputLine) -> [Int]? {
    guard let first = line.tokens.first else { return nil }
    let isPrint = tokens[first].kind == .keyword(.print)
    let isField =
      roles.fieldNames.contains(first) && !line.tokens.dropFirst().contains(where: roles.fieldNames.contains)
    let isCompare = tokens[first].kind == .identifier("compare") && roles.itemStarts.contains(first)
    guard isPrint || isField || isCompare else { return nil }
    var depth = 0
    var valuesStart = isCompare ? nil : 0
    var commas: [Int] = []
    for (position, token) in line.tokens.enumerated() {
      let kind = tokens[token].kind
      if roles.isOpeningBracket(token, kind: kind) {
        depth += 1
      } else if roles.isClosingBracket(token, kind: kind) {
        depth -= 1
      } else if depth == 0, isCompare, kind == .identifier("on") {
        valuesStart = position
      } else if depth == 0, kind == .symbol(.comma), let start = valuesStart, position > start {
        commas.append(position)
      }
    }
    guard let last = commas.last, last + 1 < line.tokens.count else { return nil }
    return commas
  }

  /// The line up to its first value's comma, then a line for each further value.
  package func split(_ line: OutputLine, after commas: [Int]) -> [OutputLine] {
    var head = line
    head.tokens = Array(line.tokens[...commas[0]])
    let ends = Array(commas.dropFirst()) + [line.tokens.count - 1]
    var start = commas[0] + 1
    var values: [OutputLine] = []
    for end in ends {
      values.append(
        OutputLine(
          original: line.original, level: line.level + 1, tokens: Array(line.tokens[start...end]),
          comment: nil))
      start = end + 1
    }
    return [head] + values
  }

  /// The list to split: the first with too many items, or on a long line the widest.
  package func listToSplit(in line: OutputLine, isLong: Bool) -> (open: Int, close: Int, commas: [Int])? {
    var stack: [(position: Int, commas: [Int])] = []
    var lists: [(open: Int, close: Int, commas: [Int])] = []
    for (position, token) in line.tokens.enumerated() {
      let kind = tokens[token].kind
      if roles.isOpeningBracket(token, kind: kind) {
        stack.append((position, []))
      } else if roles.isClosingBracket(token, kind: kind), let opened = stack.popLast() {
        if tokens[line.tokens[opened.position]].kind == .symbol(.leftBracket), position > opened.position + 1
        {
          lists.append((opened.position, position, opened.commas))
        }
      } else if kind == .symbol(.comma), !stack.isEmpty {
        stack[stack.count - 1].commas.append(position)
      }
    }
    func items(_ list: (open: Int, close: Int, commas: [Int])) -> Int {
      list.commas.last == list.close - 1 ? list.commas.count : list.commas.count + 1
    }
    if let crowded = lists.filter({ items($0) > Formatter.itemsOnOneLine }).min(by: { $0.open < $1.open }) {
      return crowded
    }
    guard isLong else { return nil }
    return lists.filter { items($0) > 1 }.max { $0.close - $0.open < $1.close - $1.open }
  }

  /// The line up to the list's `[`, one line for each item, and a line from its `]` on.
  package func split(_ line: OutputLine, at list: (open: Int, close: Int, commas: [Int])) -> [OutputLine] {
    var head = line
    head.tokens = Array(line.tokens[...list.open])
    var tail = line
    tail.tokens = Array(line.tokens[list.close...])
    tail.comment = nil
    var items: [OutputLine] = []
    var start = list.open + 1
    for end in list.commas + [list.close] where start < end {
      let hasComma = end != list.close
      let itemEnd = hasComma ? end + 1 : end
      items.append(
        OutputLine(
          original: line.original, level: line.level + 1, tokens: Array(line.tokens[start..<itemEnd]),
          comment: nil))
      start = end + 1
    }
    if Formatter.writesTrailingCommas, let last = items.indices.last,
      let lastToken = items[last].tokens.last, tokens[lastToken].kind != .symbol(.comma)
    {
      items[last].appendsComma = true
    }
    return [head] + items + [tail]
  }

  // MARK: - Blank lines

  /// At most one blank line in a row, and none at the start or end of the file or of a block.
  package func withBlankLinesTidied(_ lines: [OutputLine]) -> [OutputLine] {
    var result: [OutputLine] = []
    for line in lines {
      if line.isBlank {
        guard let previous = result.last, !previous.isBlank else { continue }
        if let last = previous.tokens.last, roles.blockOpen.contains(last) { continue }
        result.append(line)
        continue
      }
      if let first = line.tokens.first, roles.blockClose.contains(first), result.last?.isBlank == true {
        result.removeLast()
      }
      result.append(line)
    }
    if result.last?.isBlank == true { result.removeLast() }
    return result
  }
}
