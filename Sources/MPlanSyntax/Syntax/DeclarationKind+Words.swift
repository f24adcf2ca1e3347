/// What a block is called in a sentence, in the reader's language. The keyword (`goal`) is
/// code and stays English; said as a noun it is a word of the language («цель», «هدف»), one
/// message per kind so each language chooses its own noun and article.
extension DeclarationKind {
  /// The bare noun: "goal" in "give this goal a name of its own".
  package var noun: Message {
    switch self {
    case .plan: Message("block-noun-plan")
    case .objective: Message("block-noun-objective")
    case .goal: Message("block-noun-goal")
    case .budget: Message("block-noun-budget")
    case .action: Message("block-noun-action")
    case .report: Message("block-noun-report")
    case .actuals: Message("block-noun-actuals")
    case .channel: Message("block-noun-channel")
    }
  }

  /// The noun as what a value is: "a goal", "an action" (`Value.typeMessage`).
  package var typeMessage: Message {
    switch self {
    case .plan: Message("value-type-plan")
    case .objective: Message("value-type-objective")
    case .goal: Message("value-type-goal")
    case .budget: Message("value-type-budget")
    case .action: Message("value-type-action")
    case .report: Message("value-type-report")
    case .actuals: Message("value-type-actuals")
    case .channel: Message("value-type-channel")
    }
  }
}
