/// The plan's keywords and field names in each language mplan speaks, so a participant can
/// write `цель новые_клиенты { метрика клиент … }` in their own words (docs/languages.md,
/// "Plan words in each language").
///
/// The words come from the catalogues (`keyword-goal = цель` under `## Keywords` in
/// `messages/ru.ftl`), embedded in the binary like every other message, so a translator adds
/// a language's keywords where they add its messages. The parser reads an alias only where
/// the English word would be a keyword (a statement's first word, a field's name in a block)
/// and keeps the English word in the syntax tree: a plan written in Russian parses to the tree
/// of its English twin, and a user's own name that happens to equal an alias (`let цель = 5`)
/// stays that name everywhere else, as `let goal = 5` does in English.
public enum PlanWords {
  /// The words that have aliases: the declarations a participant needs for a goal, its
  /// objective and action, and the fields of those blocks. Each is a `Message` so the catalogue
  /// tests know the keys are used.
  static let entries: [(english: String, message: Message)] = [
    ("plan", Message("keyword-plan")),
    ("objective", Message("keyword-objective")),
    ("goal", Message("keyword-goal")),
    ("action", Message("keyword-action")),
    ("budget", Message("keyword-budget")),
    ("report", Message("keyword-report")),
    ("metric", Message("keyword-metric")),
    ("baseline", Message("keyword-baseline")),
    ("target", Message("keyword-target")),
    ("by", Message("keyword-by")),
    ("within", Message("keyword-within")),
    ("supports", Message("keyword-supports")),
    ("owner", Message("keyword-owner")),
    ("direction", Message("keyword-direction")),
    ("cost", Message("keyword-cost")),
    ("channel", Message("keyword-channel")),
    ("period", Message("keyword-period")),
    ("from", Message("keyword-from")),
    ("total", Message("keyword-total")),
    ("reserve", Message("keyword-reserve")),
    ("currency", Message("keyword-currency")),
    ("language", Message("keyword-language")),
    ("calendar", Message("keyword-calendar")),
  ]

  /// The words that start a declaration, the rest being field names.
  static let declarationWords: Set<String> = ["plan", "objective", "goal", "action", "budget", "report"]

  /// For each language with keywords, its word for each English one it translates.
  package static let words: [String: [String: String]] = {
    var words: [String: [String: String]] = [:]
    for language in Catalogue.languages where language != "en" {
      guard let catalogue = Catalogue.named(language) else { continue }
      let keys = Set(catalogue.keys)
      var table: [String: String] = [:]
      for (english, message) in entries where keys.contains(message.key) {
        let word = catalogue.render(message)
        if !word.isEmpty, word != english { table[english] = word }
      }
      words[language] = table
    }
    return words
  }()

  /// Every alias, in any language, and the English word it stands for.
  package static let english: [String: String] = {
    var english: [String: String] = [:]
    for table in words.values {
      for (word, alias) in table { english[alias] = word }
    }
    return english
  }()

  /// The English word `word` stands for when it is a keyword alias; `word` itself otherwise.
  public static func canonical(_ word: String) -> String { english[word] ?? word }

  /// The language's word for the English keyword `word` (`en`, or a word it has no alias
  /// for, gives `word`).
  public static func word(_ word: String, in language: String) -> String {
    words[language]?[word] ?? word
  }

  /// The English keyword `word` stands for when it starts a declaration (`цель` → `goal`).
  package static func declaration(_ word: String) -> String? {
    let english = canonical(word)
    return declarationWords.contains(english) ? english : nil
  }

  /// `fields` with each one's aliases in every language: the words that end a value and
  /// start the next field in a block.
  package static func withAliases(_ fields: [String]) -> Set<String> {
    var all = Set(fields)
    for table in words.values {
      for field in fields { if let alias = table[field] { all.insert(alias) } }
    }
    return all
  }

  /// The languages whose words `fmt --keywords` can write: English and each with a table.
  public static var languages: [String] { ["en"] + words.keys.sorted() }
}
