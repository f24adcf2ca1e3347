import Synchronization

/// One language's messages: the text of each key, parsed from `messages/LANG.ftl` (a subset
/// of Project Fluent's syntax, docs/messages.md). Rendering is the last step of a message's
/// life: arguments are inserted as they are, and a selector picks a variant by the language's
/// plural rules.
public struct Catalogue: Sendable {
  public let language: String
  private let store: CatalogueStore
  /// True to isolate right-to-left text for a terminal (docs/languages.md): a whole message
  /// of a right-to-left language, and each argument that holds right-to-left text.
  public private(set) var bidi: Bidi.Style?
  public var keys: [String] { store.keys }

  /// Every key's text, parsed: what the tests compare across languages.
  package var patterns: [String: Pattern] {
    Dictionary(
      uniqueKeysWithValues: store.keys.compactMap { key in store.pattern(for: key).map { (key, $0) } })
  }

  package init(language: String, patterns: [String: Pattern]) {
    self.language = language
    store = CatalogueStore(parsed: patterns)
  }

  /// Parses a catalogue's text; `file` names it in errors (`messages/ru.ftl:12:5: …`).
  public init(language: String, file: String, text: String) throws(CatalogueError) {
    var parser = CatalogueParser(file: file, text: text)
    self.init(language: language, patterns: try parser.parseEntries())
  }

  /// A catalogue the binary carries: each message is parsed the first time it is said, since
  /// a run says a few dozen of the catalogue's thousand-odd messages, and parsing all of them
  /// at start-up cost more than running a small plan. `MessageCatalogueTests` parses every
  /// embedded catalogue whole, so a malformed entry fails the tests, not a run.
  private init(language: String, embeddedText text: String) {
    self.language = language
    store = CatalogueStore(text: text)
  }

  /// The English catalogue, which every key must have: the fallback of every other language.
  public static let english = embedded("en")

  /// The languages the binary carries a catalogue for, English first: `en`, then the others
  /// in alphabetical order (`ar`, `fa`, `ru`).
  public static let languages = ["en"] + EmbeddedCatalogues.files.keys.filter { $0 != "en" }.sorted()

  /// The catalogue the binary carries for `language` (`ru`, `ar`, `fa`), or nil.
  public static func named(_ language: String) -> Catalogue? {
    language == "en" ? english : parsed[language]
  }

  /// Each catalogue parsed once, the first time a reader asks for another language than English.
  private static let parsed: [String: Catalogue] = Dictionary(
    uniqueKeysWithValues: EmbeddedCatalogues.files.keys.map { ($0, embedded($0)) })

  /// The reader's catalogue: the first of `choices` mplan speaks, in the order they are given
  /// (`--lang`, the plan's `language`, the locale's), else English.
  public static func first(of choices: [String?]) -> Catalogue {
    for case let language? in choices {
      if let catalogue = named(language) { return catalogue }
    }
    return english
  }

  private static func embedded(_ language: String) -> Catalogue {
    Catalogue(language: language, embeddedText: EmbeddedCatalogues.files[language] ?? "")
  }

  /// The same catalogue, setting right-to-left text apart with `style`'s marks, or not (nil).
  public func isolating(_ style: Bidi.Style?) -> Catalogue {
    var copy = self
    copy.bidi = style
    return copy
  }

  /// Arabic and Persian (and Hebrew and Urdu, should they come) are written right to left.
  public var isRightToLeft: Bool { ["ar", "fa", "he", "ur"].contains(language) }

  /// The message in this language, else in English, else its key (a key missing from English
  /// fails `MessageCatalogueTests`).
  public func render(_ message: Message) -> String {
    if let text = message.verbatimText { return text }
    if let pattern = store.pattern(for: message.key) {
      let text = pattern.render(message.arguments, rules: PluralRules(language: language), in: self)
      guard let bidi, isRightToLeft else { return text }
      return Bidi.isolatedRightToLeft(text, style: bidi)
    }
    if language != "en", let pattern = Catalogue.english.store.pattern(for: message.key) {
      return pattern.render(message.arguments, rules: PluralRules(language: "en"), in: self)
    }
    return message.key
  }
}

extension Message {
  /// The message in English, for the places that still hand text onwards instead of messages.
  public var english: String { verbatimText ?? Catalogue.english.render(self) }

  /// Text not yet a message is most of what diagnostics say today: it needs no catalogue, so
  /// reading it never parses one.
  var verbatimText: String? {
    guard key == "verbatim", case .text(let text)? = arguments["text"] else { return nil }
    return text
  }
}

/// A message's text as parsed: literal text, placeables and selectors.
public struct Pattern: Sendable, Equatable {
  package enum Element: Sendable, Equatable {
    case text(String)
    /// `{$name}`.
    case argument(String)
    /// `{$name -> [one] … *[other] …}`: `defaultIndex` is the starred variant.
    case select(String, [Variant], defaultIndex: Int)
  }

  package struct Variant: Sendable, Equatable {
    /// A plural category, a number (`[0]`) or a word matched against a text argument.
    package let key: String
    package let value: Pattern
  }

  package let elements: [Element]

  /// The argument names the text refers to, in placeables and selectors alike: another
  /// language's text for the key must refer to the same ones.
  public var argumentNames: Set<String> {
    var names: Set<String> = []
    for element in elements {
      switch element {
      case .text: break
      case .argument(let name): names.insert(name)
      case .select(let name, let variants, _):
        names.insert(name)
        for variant in variants { names.formUnion(variant.value.argumentNames) }
      }
    }
    return names
  }

  /// The arguments the text only selects by, never prints: English's `{$rows -> [one] row
  /// *[other] rows}` after a printed `{$shown}`. A language whose noun has one form after
  /// every number (Persian) has nothing to select, so it may leave these out.
  public var selectorOnlyNames: Set<String> {
    argumentNames.subtracting(placedNames)
  }

  private var placedNames: Set<String> {
    var names: Set<String> = []
    for element in elements {
      switch element {
      case .text: break
      case .argument(let name): names.insert(name)
      case .select(_, let variants, _):
        for variant in variants { names.formUnion(variant.value.placedNames) }
      }
    }
    return names
  }

  /// The variant keys of every selector, for checking them against a language's categories.
  public var variantKeys: [String] {
    elements.flatMap { element -> [String] in
      guard case .select(_, let variants, _) = element else { return [] }
      return variants.flatMap { [$0.key] + $0.value.variantKeys }
    }
  }

  func render(_ arguments: [String: Message.Argument], rules: PluralRules, in catalogue: Catalogue) -> String
  {
    var text = ""
    for element in elements {
      switch element {
      case .text(let literal):
        text += literal
      case .argument(let name):
        // A missing argument shows as written, never as an empty gap in a sentence.
        text += arguments[name].map { catalogue.text(of: $0) } ?? "{$\(name)}"
      case .select(let name, let variants, let defaultIndex):
        let chosen = arguments[name].flatMap {
          Self.variant(of: variants, for: $0, rules: rules, in: catalogue)
        }
        text += (chosen ?? variants[defaultIndex].value).render(arguments, rules: rules, in: catalogue)
      }
    }
    return text
  }

  /// Fluent's order: an exact number (`[0]`) first, then the plural category, then the default.
  private static func variant(
    of variants: [Variant], for argument: Message.Argument, rules: PluralRules, in catalogue: Catalogue
  ) -> Pattern? {
    let operands: PluralOperands?
    switch argument {
    case .count(let count): operands = PluralOperands(count)
    case .value(let text): operands = PluralOperands(readingFirstNumberIn: text)
    case .text, .message:
      let word = catalogue.text(of: argument)
      return variants.first { $0.key == word }?.value
    }
    guard let operands else { return nil }
    if let exact = variants.first(where: { PluralOperands(readingFirstNumberIn: $0.key) == operands }) {
      return exact.value
    }
    let category = rules.category(of: operands).rawValue
    return variants.first { $0.key == category }?.value
  }
}

extension Catalogue {
  fileprivate func text(of argument: Message.Argument) -> String {
    switch argument {
    case .text(let text), .value(let text): bidi.map { Bidi.isolated(text, style: $0) } ?? text
    case .count(let count): String(count)
    case .message(let message): render(message)
    }
  }
}

/// A catalogue's messages: each entry's text, found by a quick scan of the file's lines, and
/// each entry parsed once, when it is first said.
private final class CatalogueStore: Sendable {
  /// Where each entry lies in the catalogue's text; empty for a catalogue given parsed.
  private let index: CatalogueIndex?
  private let parsedKeys: [String]
  private let parsed: Mutex<[String: Pattern]>

  init(parsed patterns: [String: Pattern]) {
    parsedKeys = Array(patterns.keys)
    index = nil
    parsed = Mutex(patterns)
  }

  init(text: String) {
    index = CatalogueIndex(text: text)
    parsedKeys = []
    parsed = Mutex([:])
  }

  var keys: [String] { index?.keys ?? parsedKeys }

  func pattern(for key: String) -> Pattern? {
    if let pattern = parsed.withLock({ $0[key] }) { return pattern }
    guard let index, let range = index.entry(for: key) else { return nil }
    var parser = CatalogueParser(file: "", bytes: index.bytes[range])
    guard let pattern = (try? parser.parseEntries())?[key] else { return nil }
    parsed.withLock { $0[key] = pattern }
    return pattern
  }
}
