import MPlanLanguage
import MPlanSyntax

/// A session written as the script of its final state (`:save`): each name defined once, by
/// its last definition, standing where the name was first defined (a block redefined at the
/// prompt stays where it was), so `mplan run` of the script gives every value the prompt
/// shows. An earlier life of a name is kept, under a name of its own (`budget_1`), only when
/// something kept still reads it: `let budget = budget * 2` reads the budget before it.
public enum SessionScript {
  /// What the session read, in order.
  public enum Piece: Sendable {
    /// An input that succeeded, as typed, then the earlier statements it made run again (as
    /// their text), and the result a bare expression showed.
    case input(String, recalculated: [String], result: String?)
    case file(path: String, text: String)
  }

  /// The script: a heading, then the statements in place, file contents between markers,
  /// bare expressions as comments with their results, and the scenario the prompt worked
  /// under, if any.
  public static func script(of pieces: [Piece], activeScenario: String? = nil) -> String {
    var items: [Item] = []
    for piece in pieces {
      switch piece {
      case .input(let text, let recalculated, let result):
        if Session.isOnlyExpressions(text) {
          var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { "# mplan> " + $0 }
          lines += (result?.split(separator: "\n", omittingEmptySubsequences: false) ?? []).map {
            "#   " + $0
          }
          items.append(Item(comment: lines.joined(separator: "\n")))
        } else {
          items += Item.all(in: text)
          for rerun in recalculated { items += Item.all(in: rerun) }
        }
      case .file(let path, let text):
        items.append(Item(comment: "\n# " + Message("save-loaded-from", ["path": .text(path)]).english))
        items += Item.all(in: text, keepingComments: true)
        items.append(Item(comment: "# " + Message("save-end-of", ["path": .text(path)]).english))
      }
    }
    // The saved file's comments are in English, whatever the prompt spoke: the file is a
    // script, read by whoever runs it next.
    var lines = ["# " + Message("save-header").english]
    lines += FinalState(items).texts
    if let activeScenario {
      let note = Message("save-under-scenario", ["scenario": .text(activeScenario)]).english
      lines += [""] + note.split(separator: "\n", omittingEmptySubsequences: false).map { "# " + $0 }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A statement as written (with a comment at the end of its last line), or lines of
  /// comments kept as they are.
  struct Item {
    var text: String
    /// What the statement defines: a name, or `rate EUR` for a currency's rate.
    var defines: String?
    /// Where the defined name is written in `text`, to rename an earlier life.
    var definitionSpan: Range<Int>?
    /// Each name the statement reads, where it is written in `text`.
    var reads: [(name: String, span: Range<Int>)] = []
    /// `unit`, `import`, `use`: what follows may need them, so nothing moves above one.
    var isBarrier = false
    var isDeclaration = false

    init(comment: String) { text = comment }

    init(_ statement: Stmt, text: String, offset: Int) {
      self.text = text
      func local(_ span: SourceSpan) -> Range<Int> { (span.start - offset)..<(span.end - offset) }
      var reads = NameUses()
      switch statement.kind {
      case .rate(let currency, let value):
        defines = "rate " + currency.text
        reads.visit(value)
      case .unitDeclaration, .importFile, .use:
        isBarrier = true
      case .function(let name, let parameters, let body):
        defines = name.text
        definitionSpan = local(name.span)
        reads.visit(body, except: Set(parameters.map(\.text)))
      case .scenario(let name, let parent, let overrides):
        defines = name.text
        definitionSpan = local(name.span)
        if let parent { reads.uses.append((parent.text, parent.span)) }
        for change in overrides {
          reads.visit(change.target)
          reads.visit(change.value)
        }
      default:
        if let name = statement.definedName {
          defines = name.text
          definitionSpan = local(name.span)
        }
        if case .declaration = statement.kind { isDeclaration = true }
        reads.visit(statement)
      }
      self.reads = reads.uses.map { ($0.name, local($0.span)) }
    }

    /// The statements of `text` with the text of each; with `keepingComments`, the lines
    /// between statements too (a loaded file's comments).
    static func all(in text: String, keepingComments: Bool = false) -> [Item] {
      let source = SourceFile(name: "<saved>", text: text)
      let scalars = source.scalars
      var items: [Item] = []
      var position = 0
      func slice(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
      }
      func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" || scalar == "\r" }
      for statement in Parser.parse(source).statements {
        let start = statement.span.start
        // The lines before the statement that hold no statement: comments and blank lines.
        var lineStart = start
        while lineStart > position, scalars[lineStart - 1] != "\n" { lineStart -= 1 }
        if keepingComments, lineStart > position {
          // Blank lines too: a file's paragraphs stay apart.
          let between = slice(position..<lineStart)
          items.append(Item(comment: between.hasSuffix("\n") ? String(between.dropLast()) : between))
        }
        // The statement, and a comment after it on its last line.
        var end = statement.span.end
        var lineEnd = end
        while lineEnd < scalars.count, scalars[lineEnd] != "\n" { lineEnd += 1 }
        var rest = end
        while rest < lineEnd, isSpace(scalars[rest]) { rest += 1 }
        if rest == lineEnd || scalars[rest] == "#" { end = lineEnd }
        let begin = lineStart < position ? start : lineStart
        items.append(Item(statement, text: slice(begin..<end), offset: begin))
        position = max(end, statement.span.end)
        if position < scalars.count, scalars[position] == "\n" { position += 1 }
      }
      if keepingComments, position < scalars.count {
        var rest = slice(position..<scalars.count)
        while rest.hasSuffix("\n") { rest.removeLast() }
        if !rest.isEmpty { items.append(Item(comment: rest)) }
      }
      return items
    }
  }
}

/// The names an expression reads, with where each is written: not a member after `.`, not
/// a funnel's stage, not a function's parameter.
private struct NameUses {
  var uses: [(name: String, span: SourceSpan)] = []

  mutating func visit(_ expression: Expr, except bound: Set<String> = []) {
    if case .name(let name) = expression.kind, !bound.contains(name) { uses.append((name, expression.span)) }
    for part in expression.parts { visit(part, except: bound) }
  }

  mutating func visit(_ statement: Stmt) {
    switch statement.kind {
    case .letBinding(_, let value), .expression(let value): visit(value)
    case .print(let values), .compare(_, let values): values.forEach { visit($0) }
    case .assert(let condition, let message):
      visit(condition)
      message.map { visit($0) }
    case .funnel(_, let stages): stages.forEach { visit($0.rate) }
    case .declaration(let declaration):
      for field in declaration.fields {
        field.values.forEach { visit($0) }
        field.by.map { visit($0) }
      }
      for goal in declaration.serves { uses.append((goal.text, goal.span)) }
    case .solve(let seek): [seek.unknown, seek.result, seek.target].forEach { visit($0) }
    case .tornado(let result, let inputs, let spread):
      ([result] + (spread.map { [$0] } ?? []) + inputs.flatMap(\.expressions)).forEach { visit($0) }
    case .table(let outputs, let inputs), .tableBinding(_, let outputs, let inputs):
      outputs.forEach { visit($0) }
      inputs.forEach { visit($0.target) }
    case .checkpoint(let day): visit(day)
    case .correlate(let inputs, let coefficients): (inputs + [coefficients]).forEach { visit($0) }
    case .sensitivity(let result): visit(result)
    case .show(let words, let group):
      if let first = words.first { uses.append((first.text, first.span)) }
      _ = group
    case .export(let target, _, _): uses.append((target.text, target.span))
    case .function, .scenario, .rate, .unitDeclaration, .importFile, .use, .check: break
    }
  }
}
