import MPlanLanguage
import MPlanSyntax

extension PlanExport {
  /// What a spreadsheet needs to work mplan's figures out again as live formulas: the plan's
  /// quantities and the expressions the script wrote for them. The values are the run's; the
  /// expressions say how they follow from one another.
  public struct Formulas: Sendable {
    /// A quantity the script bound with `let`, and its expression.
    public struct Input: Sendable {
      public var name: String
      public var value: Quantity
      /// Nil when the binding came from a module or the prompt's history lost it.
      public var expression: Expr?
    }

    /// Exact quantities bound with `let`, in the order of the script.
    public var inputs: [Input] = []
    /// Each action's `cost` as written (one expression).
    public var costs: [String: Expr] = [:]
    /// Each goal's `target` as written (one expression).
    public var targets: [String: Expr] = [:]
    /// `let need = inbound.need(new_customers.target)`: the record's name → the funnel and the
    /// goal whose target its counts were worked back from.
    public var needs: [String: (funnel: String, goal: String)] = [:]
    /// What one of each unit the expressions write is in the unit's base (`year` → 12 months,
    /// `week` → 0.23 months, `%` → 0.01; a count or a currency 1): a formula scales by it.
    public var unitScales: [String: Double] = [:]

    public init() {}

    /// The expressions of the statements that ran; the last definition of a name wins, as at
    /// the prompt.
    package init(history: [Stmt], environment: Environment) {
      var lets: [String: Expr] = [:]
      for statement in history {
        switch statement.kind {
        case .letBinding(let name, let expression):
          lets[name.text] = expression
          if case .call(let callee, let arguments) = expression.kind, arguments.count == 1,
            case .member(let funnel, let method) = callee.kind, method.text == "need",
            case .name(let funnelName) = funnel.kind,
            case .member(let goal, let field) = arguments[0].kind, field.text == "target",
            case .name(let goalName) = goal.kind
          {
            needs[name.text] = (funnelName, goalName)
          } else {
            needs[name.text] = nil
          }
        case .declaration(let declaration) where declaration.kind == .action:
          costs[declaration.name.text] = declaration.field("cost").flatMap {
            $0.values.count == 1 ? $0.values[0] : nil
          }
        case .declaration(let declaration) where declaration.kind == .goal:
          targets[declaration.name.text] = declaration.field("target").flatMap {
            $0.values.count == 1 ? $0.values[0] : nil
          }
        default: continue
        }
      }
      inputs = PlanExport.quantities(in: environment).filter { !$0.value.magnitude.isUncertain }.map {
        Input(name: $0.name, value: $0.value, expression: lets[$0.name])
      }
      for expression in inputs.compactMap(\.expression) + Array(costs.values) + Array(targets.values) {
        noteUnits(in: expression, units: environment.units)
      }
    }

    /// Records the scale of every unit written after a number (`12 months`) or `per`.
    private mutating func noteUnits(in expression: Expr, units: UnitTable) {
      switch expression.kind {
      case .quantity(let inner, let unit), .per(let inner, let unit):
        if let definition = units.lookup(unit.text) {
          unitScales[unit.text] =
            switch definition.kind {
            case .percent: 0.01
            case .time: definition.scale
            case .currency, .count: 1
            }
        }
        noteUnits(in: inner, units: units)
      case .unary(_, let operand): noteUnits(in: operand, units: units)
      case .binary(_, let left, let right):
        noteUnits(in: left, units: units)
        noteUnits(in: right, units: units)
      default: break
      }
    }
  }
}
