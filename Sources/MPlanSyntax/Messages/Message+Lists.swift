/// Messages every layer uses: counts of what a run found, and lists of messages.
extension Message {
  /// "3 errors": the noun in the plural category of `count` in the reader's language.
  package static func errors(_ count: Int) -> Message { Message("count-errors", ["count": .count(count)]) }
  package static func warnings(_ count: Int) -> Message {
    Message("count-warnings", ["count": .count(count)])
  }
  package static func suggestions(_ count: Int) -> Message {
    Message("count-suggestions", ["count": .count(count)])
  }
  package static func notJudged(_ count: Int) -> Message {
    Message("count-not-judged", ["count": .count(count)])
  }

  /// The items as one list, "a, b, c", with the language's separator (Arabic and Persian
  /// write `،`); nil for none.
  package static func list(_ items: [Message]) -> Message? {
    guard var list = items.first else { return nil }
    for item in items.dropFirst() {
      list = Message("list-pair", ["first": .message(list), "second": .message(item)])
    }
    return list
  }

  /// The items as alternatives, "a, b or c", in the reader's language; nil for none.
  package static func alternatives(_ items: [Message]) -> Message? {
    guard let last = items.last else { return nil }
    guard let rest = list(Array(items.dropLast())) else { return last }
    return Message("list-or-last", ["first": .message(rest), "last": .message(last)])
  }
}
