import MPlanSyntax

extension Message {
  /// Column headings of one word that many of the planning layer's tables share (`show`,
  /// the actuals' views, what-if): one key each, so a translator says each word once.
  package enum Heading {
    package static let action = Message("heading-action")
    package static let actual = Message("heading-actual")
    package static let achieved = Message("heading-achieved")
    package static let budget = Message("heading-budget")
    package static let by = Message("heading-by")
    package static let campaign = Message("heading-campaign")
    package static let channel = Message("heading-channel")
    package static let checkpoint = Message("heading-checkpoint")
    package static let given = Message("heading-given")
    package static let goal = Message("heading-goal")
    package static let input = Message("heading-input")
    package static let planned = Message("heading-planned")
    package static let remaining = Message("heading-remaining")
    package static let revenue = Message("heading-revenue")
    package static let spend = Message("heading-spend")
    package static let target = Message("heading-target")
    package static let variance = Message("heading-variance")
  }
}

extension Message {
  /// A row's first cell set under the row above it (`  not in the plan` under a budget).
  package static func rowUnder(_ row: Message) -> Message {
    Message("document-row-under", ["row": .message(row)])
  }
}
