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
  /// A ledger as read, with what it was read under besides its files: the currency it counts
  /// in and the rate each other currency of its rows was converted at.
  private struct Kept {
    var key: String
    var ledger: ActualsLedger
    var warnings: [Diagnostic]
    var countsIn: String?
    var factors: [String: Double]

    init(key: String, ledger: ActualsLedger, loader: ActualsLoader) {
      (self.key, self.ledger, warnings) = (key, ledger, loader.warnings)
      (countsIn, factors) = (loader.currencies.ledger, loader.factors)
    }

    /// Whether the ledger is still what reading its files in `environment` would give: a
    /// rate or the plan's currency stated again (at the prompt, where it reruns every value)
    /// changes every converted figure. A rate first stated after the block changes nothing:
    /// no row was converted at it (a row no rate converted is an error, and nothing is kept).
    func isCurrent(under key: String, in environment: Environment) -> Bool {
      guard key == self.key,
        ActualsCurrencies(block: ledger.block.word("currency"), plan: environment.planCurrency).ledger
          == countsIn
      else { return false }
      let arithmetic = Arithmetic(environment: environment)
      return factors.allSatisfy { arithmetic.rateBetween($0.key, ledger.currency) == $0.value }
    }
  }

  private static let ledgers = Mutex<[String: Kept]>([:])

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
    if let kept = ledgers.withLock({ $0[block.name] }), kept.isCurrent(under: key, in: environment) {
      return kept.warnings
    }
    var loader = ActualsLoader(block: block, environment: environment)
    let ledger = try loader.load()
    ledgers.withLock { $0[block.name] = Kept(key: key, ledger: ledger, loader: loader) }
    return loader.warnings
  }

  /// The ledger of a block read before; nil when its files could not be read.
  package static func ledger(of block: PlanItem, in environment: Environment) -> ActualsLedger? {
    let key = key(of: block, in: environment)
    if let kept = ledgers.withLock({ $0[block.name] }), kept.isCurrent(under: key, in: environment) {
      return kept.ledger
    }
    var loader = ActualsLoader(block: block, environment: environment)
    guard let ledger = try? loader.load() else { return nil }
    ledgers.withLock { $0[block.name] = Kept(key: key, ledger: ledger, loader: loader) }
    return ledger
  }

  /// Every `actuals` block's ledger, in the order they were declared.
  package static func ledgers(in environment: Environment) -> [ActualsLedger] {
    environment.planItems.filter { $0.kind == .actuals }.compactMap { ledger(of: $0, in: environment) }
  }
}
