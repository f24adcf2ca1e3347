import MPlanSyntax

/// Everything a script has defined so far. A value type: the REPL keeps a copy before each
/// line and puts it back when the line fails, so a failed line changes nothing.
public struct Environment: Sendable {
  public struct Binding: Sendable {
    public var value: Value
    /// Where the name was defined; nil for natives and the prelude.
    public var span: SourceSpan?
  }

  public var bindings: [String: Binding] = [:]
  public var units = UnitTable()
  /// `rate EUR = 1.08 USD` is kept as EUR → (1.08, USD).
  public var rates: [String: (factor: Double, currency: String)] = [:]
  /// Declaration blocks in the order they were made.
  public private(set) var blocks: [EvaluatedBlock] = []
  /// Where the latest block of each name sits in `blocks`: recording stays constant time, so
  /// a plan of 10,000 actions loads in linear time.
  package var blockPositions: [String: Int] = [:]
  public var scenarios: [String: Scenario] = [:]
  /// Standard-library modules already loaded with `use`, so a second `use` costs nothing.
  public var usedModules: Set<String> = []
  /// The plan's calendar: the months that `+ 1 month` adds and `.months` counts.
  public var calendar = CalendarSystem.gregorian

  /// Plan blocks of the program being run that have not run yet, by name: a budget's
  /// `committed` read before all the actions are declared would be short, so it is refused
  /// while an action is still ahead.
  public var blocksAhead: [String: (kind: DeclarationKind, name: Name)] = [:]

  public init() {}

  /// What the checker needs of the environment: its names, units and loaded modules.
  public var scope: Checker.Scope {
    var values: [String: SourceSpan?] = [:]
    for (name, binding) in bindings {
      switch binding.value {
      case .function, .funnel, .declaration: continue
      default: values[name] = binding.span
      }
    }
    var scope = Checker.Scope(names: Set(bindings.keys), units: units, modules: usedModules, values: values)
    scope.scenarios = Set(scenarios.keys)
    return scope
  }

  public subscript(name: String) -> Value? {
    bindings[name]?.value
  }

  public mutating func bind(_ name: String, _ value: Value, at span: SourceSpan?) {
    bindings[name] = Binding(value: value, span: span)
  }

  public func block(named name: String) -> EvaluatedBlock? {
    blocks.last { $0.name == name }
  }

  /// A block of a name and kind already recorded takes its place; at the prompt, a block of
  /// another kind under the same name is recorded beside it. Keyed by the name alone: a key
  /// built from kind and name was a new string on every run of a block, and a data table
  /// runs a block once a cell.
  public mutating func record(_ block: EvaluatedBlock) {
    if let index = blockPositions[block.name] {
      if blocks[index].kind == block.kind {
        blocks[index] = block
        return
      }
      if let same = blocks.lastIndex(where: { $0.name == block.name && $0.kind == block.kind }) {
        blocks[same] = block
        return
      }
    }
    blockPositions[block.name] = blocks.count
    blocks.append(block)
  }
}
