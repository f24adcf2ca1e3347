import MPlanLanguage
import MPlanSyntax

/// How often something happens: a budget's `control` and a report's `cadence` (and the name
/// of a report such as `report weekly`) read this one table. A named cadence is any case
/// (`Monthly`); a duration above zero (`2 weeks`) is a cadence too.
public struct Cadence: Sendable, Equatable {
  /// The cadence as the plan shows it: `weekly`, `every 2 weeks`.
  public var name: String

  /// Every named cadence, with its other spellings after it.
  package static let named: [(name: String, aliases: [String])] = [
    ("daily", []), ("weekly", []), ("fortnightly", ["biweekly"]), ("monthly", []), ("quarterly", []),
    ("yearly", ["annually"]),
  ]

  package static let spellings: [String] = named.flatMap { [$0.name] + $0.aliases }

  /// The cadence as a reader of the message's language says it ("monthly", «ежемесячно»);
  /// `every 2 weeks` keeps its duration as mplan prints it.
  public var said: Message {
    switch name {
    case "daily": Message("cadence-daily")
    case "weekly": Message("cadence-weekly")
    case "fortnightly": Message("cadence-fortnightly")
    case "monthly": Message("cadence-monthly")
    case "quarterly": Message("cadence-quarterly")
    case "yearly": Message("cadence-yearly")
    default: Message("cadence-every", ["duration": .value(String(name.dropFirst("every ".count)))])
    }
  }

  private init(name: String) { self.name = name }

  /// `weekly`, `Weekly`, `biweekly`; nil for a word that names no cadence.
  public init?(word: String) {
    let lowered = word.lowercased()
    guard let entry = Self.named.first(where: { $0.name == lowered || $0.aliases.contains(lowered) }) else {
      return nil
    }
    self.init(name: entry.name)
  }

  /// A field's value: a word or text naming a cadence, or a duration above zero.
  public init?(_ value: Value?) {
    switch value {
    case .symbol(let word), .text(let word):
      self.init(word: word)
    case .quantity(let quantity):
      guard quantity.unit.isTime, let months = quantity.magnitude.exactValue, months > 0 else { return nil }
      self.init(name: "every " + Formatting.describe(quantity))
    default:
      return nil
    }
  }

  /// "did you mean `fortnightly`?" for `fortnigthly`, else the list to choose from.
  package static func help(for written: String) -> Message {
    if let closest = Suggestions.closest(to: written.lowercased(), among: spellings) {
      return .didYouMean(closest)
    }
    return Message(
      "budget-cadence-help", ["cadences": .text(named.map { "`\($0.name)`" }.joined(separator: ", "))])
  }
}
