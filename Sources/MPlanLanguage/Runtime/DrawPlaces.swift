import MPlanSyntax

/// At the prompt, a draw site draws what it draws in the session saved with `:save`
/// (`SessionScript`), where each name is defined once, by its last definition, standing where
/// the name was first defined, and the statements that only read run after the others. There
/// a draw site's occurrence (`Interpreter.drawStream`) counts the draws of its text by the
/// statements before it. At the prompt the earlier lives of a name drew too, so a definition
/// typed again was a later occurrence of its own text and drew other samples: an identical
/// `let r = normal(3, 0.5)` "changed" what reads `r`, and `mplan run` of the saved session
/// gave other numbers than the prompt. So at the prompt each statement starts from the draws
/// of the statements in force that stand before it in the saved session.
package struct DrawPlaces: Sendable {
  /// The draws each statement in force made, by its place: where its name was first defined,
  /// or, for a statement that defines nothing, where it was typed.
  private var made: [Int: [UInt64: Int]] = [:]
  /// The draws of the statements that only read (`print`, a bare expression), in the order typed.
  private var read: [UInt64: Int] = [:]
  private var places: [String: Int] = [:]
  private var next = 0

  /// Where `statement` stands in the saved session; nil for one that only reads.
  mutating func place(of statement: Stmt) -> Int? {
    if statement.onlyReads { return nil }
    defer { next += 1 }
    guard let name = Self.name(of: statement) else { return next }
    if let place = places[name] { return place }
    places[name] = next
    return next
  }

  /// The draws made before `statement`, at `place` (nil: one that only reads); for one that
  /// reads its name's earlier life, after that life too, as the saved session runs it.
  func draws(before statement: Stmt, at place: Int?) -> [UInt64: Int] {
    var total = place == nil ? read : [:]
    let after = Self.readsItself(statement) ? place.map { $0 + 1 } : place
    for (other, counts) in made where after.map({ other < $0 }) ?? true {
      total.merge(counts, uniquingKeysWith: +)
    }
    return total
  }

  private static func readsItself(_ statement: Stmt) -> Bool {
    statement.definedName.map { statement.namesRead.contains($0.text) } ?? false
  }

  /// Records the draws `statement`, at `place`, made, from `before` to `after`, in place of
  /// those of its name's earlier life, unless it reads that life (`let b = b * 2`): the saved
  /// session keeps it then, under a name of its own (`b_1`), and it draws there.
  mutating func record(
    _ statement: Stmt, from before: [UInt64: Int], to after: [UInt64: Int], at place: Int?
  ) {
    var counts: [UInt64: Int] = [:]
    for (key, count) in after where count != before[key, default: 0] {
      counts[key] = count - before[key, default: 0]
    }
    guard let place else { return read.merge(counts, uniquingKeysWith: +) }
    if Self.readsItself(statement) {
      made[place, default: [:]].merge(counts, uniquingKeysWith: +)
    } else {
      made[place] = counts
    }
  }

  /// What the statement defines, as the saved session keeps it apart: scenarios from values,
  /// a currency's rate by its currency.
  private static func name(of statement: Stmt) -> String? {
    switch statement.kind {
    case .scenario(let name, _, _): "scenario " + name.text
    case .rate(let currency, _): "rate " + currency.text
    default: statement.definedName?.text
    }
  }
}

extension Interpreter {
  /// Runs `statement`; at the prompt, from the draws before it in the saved session
  /// (`DrawPlaces`), so a definition typed again draws what the saved session's one does.
  package mutating func executeInPlace(_ statement: Stmt) throws {
    guard history.definesNamesAgain else { return try execute(statement) }
    let place = drawPlaces.place(of: statement)
    let before = drawPlaces.draws(before: statement, at: place)
    draws = before
    try execute(statement)
    drawPlaces.record(statement, from: before, to: draws, at: place)
  }
}
