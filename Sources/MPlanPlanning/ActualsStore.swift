import MPlanLanguage
import MPlanSyntax
import Synchronization

/// The ledgers of the `actuals` blocks, read once per run: the block is read when it is
/// declared (so its problems are reported at its line), and `show`, `check` and the members
/// read the same ledger again. A ledger is kept under its block's name and fields, so a
/// changed block (or a REPL redefinition) reads its files again.
package enum ActualsStore {
  private static let ledgers = Mutex<[String: (key: String, ledger: ActualsLedger)]>([:])

  private static func key(of block: PlanItem) -> String {
    block.span.file + "\u{0}"
      + block.fields.map { "\($0.name)=\(Formatting.describe($0.value))" }
      .joined(separator: "\u{0}")
  }

  /// Reads the block's files, keeps the ledger, and returns the warnings.
  package static func load(_ block: PlanItem, in environment: Environment) throws -> [Diagnostic] {
    var loader = ActualsLoader(block: block, environment: environment)
    let ledger = try loader.load()
    let key = key(of: block)
    ledgers.withLock { $0[block.name] = (key, ledger) }
    return loader.warnings
  }

  /// The ledger of a block read before; nil when its files could not be read.
  package static func ledger(of block: PlanItem, in environment: Environment) -> ActualsLedger? {
    let key = key(of: block)
    if let kept = ledgers.withLock({ $0[block.name] }), kept.key == key { return kept.ledger }
    var loader = ActualsLoader(block: block, environment: environment)
    guard let ledger = try? loader.load() else { return nil }
    ledgers.withLock { $0[block.name] = (key, ledger) }
    return ledger
  }

  /// Every `actuals` block's ledger, in the order they were declared.
  package static func ledgers(in environment: Environment) -> [ActualsLedger] {
    environment.planItems.filter { $0.kind == .actuals }.compactMap { ledger(of: $0, in: environment) }
  }
}
