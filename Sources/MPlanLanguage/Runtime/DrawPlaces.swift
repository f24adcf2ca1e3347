import MPlanSyntax

/// Where a draw site's stream comes from: the statement that draws, by what it defines, and
/// the site's text and occurrence within that statement (`Interpreter.drawStream`).
///
/// Counted by text over the whole run, a draw's stream depended on every draw before it: at
/// the prompt a name typed again with another count of draws (`let a = 1 to 2`, then
/// `let a = normal(3, 1) + (4 to 5)`) moved every later `4 to 5` to another occurrence in the
/// script `:save` writes, and a definition that moves there (after what it now reads) drew
/// another occurrence than at the prompt; so did a scenario that adds a draw, for every later
/// statement. Keyed by the statement's own name, a draw depends on nothing else: a name typed
/// again, a scenario's change or a replay that reruns part of the plan leaves every other
/// statement's samples as they were, wherever the statements stand.
extension Interpreter {
  /// Runs `statement` as a whole statement of the plan: its draws are its own (see above).
  /// One that reads its own name's earlier life (`let a = a * 2`, at the prompt) reads it as
  /// the saved script does, where that life is kept under a name of its own (`a_1`) and draws
  /// as that name: the lives it reads are run again first, each drawing as its saved name.
  package mutating func executeInPlace(_ statement: Stmt) throws {
    let owner = Self.drawOwner(of: statement)
    if history.definesNamesAgain, let owner, let name = statement.definedName?.text,
      statement.namesRead.contains(name)
    {
      for (generation, life) in earlierLives(of: statement, named: owner).enumerated() {
        startDrawing(as: savedName(of: name, generation: generation + 1))
        try execute(life)
      }
    }
    startDrawing(as: owner)
    try execute(statement)
  }

  /// What a statement's draws are keyed by: the name it defines (a currency's rate by its
  /// currency), or nothing for one that defines nothing (`print`, `solve`), whose draws are
  /// keyed by their text alone.
  static func drawOwner(of statement: Stmt) -> String? {
    switch statement.kind {
    case .rate(let currency, _): "rate " + currency.text
    case .scenario(let name, _, _): "scenario " + name.text
    default: statement.definedName?.text
    }
  }

  /// The draws that follow are `owner`'s, each site's occurrences counted from zero. The
  /// owner is hashed when the statement first draws: most statements draw nothing, and
  /// hashing each one's name cost a script of 20,000 `let`s 2% more instructions.
  mutating func startDrawing(as owner: String?) {
    drawOwner = owner
    drawOwnerKey = nil
    if !draws.isEmpty { draws.removeAll(keepingCapacity: true) }
  }

  /// The hash a draw site's text continues (FNV-1a): of the owner, if any.
  mutating func drawOwnerHash() -> UInt64 {
    if let drawOwnerKey { return drawOwnerKey }
    var key: UInt64 = 0xCBF2_9CE4_8422_2325
    if let drawOwner {
      for byte in drawOwner.utf8 { key = (key ^ UInt64(byte)) &* 0x100_0000_01B3 }
      // A byte no name holds, so `ab` + `c` and `a` + `bc` differ.
      key = (key ^ 0xFF) &* 0x100_0000_01B3
    }
    drawOwnerKey = key
    return key
  }

  /// The lives of `statement`'s name that it reads, the earliest first: the one in force
  /// before it, and the one before that while each reads its own name too. The history holds
  /// what ran before the statement first ran (a rerun joins the history again, later).
  private func earlierLives(of statement: Stmt, named owner: String) -> [Stmt] {
    let position = history.firstIndex { $0.span == statement.span } ?? history.endIndex
    var lives: [Stmt] = []
    var index = position
    while let earlier = history[..<index].lastIndex(where: { Self.drawOwner(of: $0) == owner }) {
      let life = history[earlier]
      lives.append(life)
      guard let name = life.definedName?.text, life.namesRead.contains(name) else { break }
      index = earlier
    }
    return lives.reversed()
  }

  /// The name `:save` gives the `generation`th earlier life of `name` it keeps
  /// (`SessionScript.FinalState`): `name_1`, then `_` added while that is a name in use.
  private func savedName(of name: String, generation: Int) -> String {
    var candidate = "\(name)_\(generation)"
    while environment.bindings[candidate] != nil || environment.scenarios[candidate] != nil {
      candidate += "_"
    }
    return candidate
  }
}
