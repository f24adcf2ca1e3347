/// A sentence a user reads, kept as data until the last step: a stable key into the message
/// catalogues (`messages/*.ftl`) and the arguments its text refers to by name. The layer that
/// raises a message declares it beside its code, in its own extension of `Message`, as
/// swift-format declares `Finding.Message`s beside each rule:
///
///     extension Message {
///       static func checksPass(_ passed: Int, of total: Int) -> Message {
///         Message("checklist-checks-pass", ["passed": .count(passed), "total": .count(total)])
///       }
///     }
///
/// Only a `Catalogue` turns it into text, in the reader's language. The key is always a string
/// literal at the `Message(` call, so `MessageCatalogueTests` can find every key the code uses.
public struct Message: Sendable, Hashable {
  /// A catalogue key: lower-case words joined by `-`, led by the area that raises it
  /// (`repl-help-…`, `checklist-…`).
  public let key: String
  public let arguments: [String: Argument]

  public init(_ key: String, _ arguments: [String: Argument] = [:]) {
    self.key = key
    self.arguments = arguments
  }

  /// Text not yet converted to a message, said as it is in every language: what a
  /// diagnostic raised with a `String` carries. `grep -c verbatim` is not the measure of what
  /// is left; the call sites that pass text are (docs/messages.md).
  public static func verbatim(_ text: String) -> Message { Message("verbatim", ["text": .text(text)]) }

  /// What a placeable `{$name}` inserts. Values stay in mplan's canonical form in every
  /// language (`$12,000`, `2027-03-31`, `15%`): a translation never re-localises them, so what
  /// a reader sees is what they can type back.
  public enum Argument: Sendable, Hashable {
    /// Inserted as written: a name, a code, a file, a keyword. A selector on it matches a
    /// variant whose key is the same word.
    case text(String)
    /// A value already printed the way mplan prints it (`10,000 visits`, `1.5`). A selector
    /// on it picks the plural category of its first number, as printed.
    case value(String)
    /// How many of something (`3 errors`): printed in plain digits; a selector picks its
    /// plural category.
    case count(Int)
    /// Another message, rendered in the same language first.
    case message(Message)
  }
}
