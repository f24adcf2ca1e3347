/// What each token is, read off the parsed statements: the formatter spaces and aligns by
/// these, never by guessing from the text.
package struct TokenRoles {
  /// The `{` and `}` of plan blocks, funnels and scenarios (not of records).
  package var blockOpen: Set<Int> = []
  package var blockClose: Set<Int> = []
  /// The name token of each field in a plan block.
  package var fieldNames: Set<Int> = []
  /// The `->` and `:` of funnel stages, spaced and aligned (elsewhere `->` is unspaced:
  /// `inbound.visit->mql`).
  package var stageSymbols: Set<Int> = []
  /// The tokens that start a statement, a field, a stage or a scenario change: a line that
  /// starts with anything else continues the one above.
  package var itemStarts: Set<Int> = []
  package var blocks: [Block] = []
  /// The block (an index into `blocks`) each field name belongs to.
  package var blockOfField: [Int: Int] = [:]
  /// The plan keywords (a declaration's first word, a field's name), by token, each as its
  /// English word: what `fmt --keywords` rewrites.
  package var keywordWords: [Int: String] = [:]

  package struct Block {
    package var open: Int
    package var close: Int
    /// The plan block's kind; nil for a funnel or scenario.
    package var declaration: DeclarationKind?
    /// For a funnel: the first token of each stage.
    package var stages: [Int] = []
  }

  package init(tokens: [Token], statements: [Stmt]) {
    var indexAt: [Int: Int] = [:]
    for (index, token) in tokens.enumerated() where token.kind != .newline {
      indexAt[token.span.start] = indexAt[token.span.start] ?? index
    }
    func block(after name: Name, closingAt end: Int) -> (Int, Int)? {
      guard let nameIndex = indexAt[name.span.start], let close = indexAt[end - 1],
        tokens[close].kind == .symbol(.rightBrace),
        let open = tokens[nameIndex..<close].firstIndex(where: { $0.kind == .symbol(.leftBrace) })
      else { return nil }
      return (open, close)
    }
    for statement in statements {
      if let start = indexAt[statement.span.start] { itemStarts.insert(start) }
      switch statement.kind {
      case .declaration(let declaration):
        if let start = indexAt[statement.span.start] { keywordWords[start] = declaration.kind.rawValue }
        guard let (open, close) = block(after: declaration.name, closingAt: declaration.span.end) else {
          continue
        }
        add(Block(open: open, close: close, declaration: declaration.kind))
        for field in declaration.fields {
          // `actuals spend from "ads.csv" {`: a field written before the block is part of
          // its header line, one space apart like the rest of it.
          guard let name = indexAt[field.name.span.start], name > open else { continue }
          fieldNames.insert(name)
          keywordWords[name] = field.name.text
          itemStarts.insert(name)
          blockOfField[name] = blocks.count - 1
        }
      case .funnel(let name, let stages):
        guard let (open, close) = block(after: name, closingAt: statement.span.end) else { continue }
        var funnel = Block(open: open, close: close, declaration: nil)
        for stage in stages {
          guard let from = indexAt[stage.from.span.start] else { continue }
          funnel.stages.append(from)
          itemStarts.insert(from)
          stageSymbols.formUnion([from + 1, from + 3])
        }
        add(funnel)
      case .scenario(let name, let parent, let overrides):
        guard let (open, close) = block(after: parent ?? name, closingAt: statement.span.end) else {
          continue
        }
        add(Block(open: open, close: close, declaration: nil))
        for override in overrides {
          if let start = indexAt[override.target.span.start] { itemStarts.insert(start) }
        }
      default:
        break
      }
    }
  }

  package mutating func add(_ block: Block) {
    blocks.append(block)
    blockOpen.insert(block.open)
    blockClose.insert(block.close)
  }

  package func isOpeningBracket(_ token: Int, kind: Token.Kind) -> Bool {
    switch kind {
    case .symbol(.leftParen), .symbol(.leftBracket): true
    case .symbol(.leftBrace): !blockOpen.contains(token)
    default: false
    }
  }

  package func isClosingBracket(_ token: Int, kind: Token.Kind) -> Bool {
    switch kind {
    case .symbol(.rightParen), .symbol(.rightBracket): true
    case .symbol(.rightBrace): !blockClose.contains(token)
    default: false
    }
  }

  /// The width each aligned token is padded to: in a block laid out over several lines, a
  /// field's name to the longest name that starts a line (as in `examples/funnel.mplan`); in
  /// a funnel, each stage's two names, so the `->` and `:` line up.
  package func padding(for lines: [OutputLine], text: (Int) -> String) -> [Int: Int] {
    var lineOf: [Int: Int] = [:]
    for (index, line) in lines.enumerated() {
      for token in line.tokens { lineOf[token] = index }
    }
    var padding: [Int: Int] = [:]
    var fieldsStartingLines: [Int: [Int]] = [:]
    for line in lines {
      guard let first = line.tokens.first, let block = blockOfField[first] else { continue }
      fieldsStartingLines[block, default: []].append(first)
    }
    for (index, block) in blocks.enumerated() where lineOf[block.open] != lineOf[block.close] {
      if let starters = fieldsStartingLines[index] {
        let width = starters.map { text($0).count }.max() ?? 0
        for name in starters { padding[name] = width }
      } else if !block.stages.isEmpty {
        let fromWidth = block.stages.map { text($0).count }.max() ?? 0
        let toWidth = block.stages.map { text($0 + 2).count }.max() ?? 0
        for stage in block.stages {
          padding[stage] = fromWidth
          padding[stage + 2] = toWidth
        }
      }
    }
    return padding
  }
}
