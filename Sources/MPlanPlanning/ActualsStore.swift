import MPlanLanguage
import MPlanSyntax
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The ledgers of the `actuals` blocks, read once per run: the block is read when it is
/// declared (so its problems are reported at its line), and `show`, `check` and the members
/// read the same ledger again. A ledger is kept under its block's name and fields, so a
/// changed block (or a REPL redefinition) reads its files again.
package enum ActualsStore {
  private static let ledgers = Mutex<[String: (key: String, ledger: ActualsLedger, warnings: [Diagnostic])]>(
    [:])

  /// The block's file, fields, and each file's size and modification time: an export that
  /// grew since the last read is read again, an unchanged one is not.
  private static func key(of block: PlanItem, in environment: Environment) -> String {
    var key =
      "\(block.span.file):\(block.span.line):\(block.span.column)\u{0}"
      + block.fields.map { "\($0.name)=\(Formatting.describe($0.value))" }.joined(separator: "\u{0}")
    let loader = ActualsLoader(block: block, environment: environment)
    // A rules table edited since is a changed mapping too.
    for opened in ((try? loader.paths()) ?? []).map(\.1) + loader.rulesTablePaths() {
      var info = stat()
      if stat(opened, &info) == 0 {
        key += "\u{0}\(info.st_size):\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
      }
    }
    return key
  }

  /// Reads the block's files, keeps the ledger, and returns the warnings. A block declared
  /// again unchanged, over unchanged files (a scenario's replay, `compare`), is not read again.
  package static func load(_ block: PlanItem, in environment: Environment) throws -> [Diagnostic] {
    let key = key(of: block, in: environment)
    if let kept = ledgers.withLock({ $0[block.name] }), kept.key == key { return kept.warnings }
    var loader = ActualsLoader(block: block, environment: environment)
    let ledger = try loader.load()
    ledgers.withLock { $0[block.name] = (key, ledger, loader.warnings) }
    return loader.warnings
  }

  /// The ledger of a block read before; nil when its files could not be read.
  package static func ledger(of block: PlanItem, in environment: Environment) -> ActualsLedger? {
    let key = key(of: block, in: environment)
    if let kept = ledgers.withLock({ $0[block.name] }), kept.key == key { return kept.ledger }
    var loader = ActualsLoader(block: block, environment: environment)
    guard let ledger = try? loader.load() else { return nil }
    ledgers.withLock { $0[block.name] = (key, ledger, loader.warnings) }
    return ledger
  }

  /// Every `actuals` block's ledger, in the order they were declared.
  package static func ledgers(in environment: Environment) -> [ActualsLedger] {
    environment.planItems.filter { $0.kind == .actuals }.compactMap { ledger(of: $0, in: environment) }
  }
}
