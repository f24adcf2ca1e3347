#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// What Tab may put in place of the word before the cursor.
struct Completion: Equatable {
  /// The part already typed, which every candidate starts with.
  var word: String
  var candidates: [String]
  /// What goes after a lone candidate: a space after a command, nothing after a folder.
  var terminator = ""

  /// The text to insert: the rest of a lone candidate, or what all candidates share.
  var insertion: String {
    guard let first = candidates.first else { return "" }
    if candidates.count == 1 { return String(first.dropFirst(word.count)) + terminator }
    var shared = first[...]
    for candidate in candidates.dropFirst() {
      while !candidate.hasPrefix(shared) { shared = shared.dropLast() }
    }
    return String(shared.dropFirst(word.count))
  }
}

/// Decides what Tab completes from the text before the cursor: `:commands`, file paths after
/// `:load`, `:save`, `:export` and `import "`, members after `name.`, and otherwise names and keywords.
/// It asks for names through closures because `:reset` swaps the session underneath it.
struct Completer {
  var names: () -> [String]
  var members: (String) -> [String]
  var helpTopics: [String] = []

  func complete(before cursor: String) -> Completion {
    let trimmed = cursor.drop { $0 == " " }
    if trimmed.hasPrefix(":") {
      guard let space = trimmed.firstIndex(of: " ") else {
        let word = String(trimmed)
        return Completion(
          word: word, candidates: ReplCommandName.allNames.filter { $0.hasPrefix(word) }.sorted(),
          terminator: " ")
      }
      let command = trimmed[..<space]
      let argument = String(trimmed[space...].drop { $0 == " " })
      switch command {
      case ":load", ":save", ":export", ":export!": return Self.completePath(argument)
      case ":help":
        return Completion(word: argument, candidates: helpTopics.filter { $0.hasPrefix(argument) })
      case ":show": return completeName(argument, among: names())
      default: return Completion(word: argument, candidates: [])
      }
    }
    if let partialPath = Self.importPath(in: cursor) { return Self.completePath(partialPath) }
    let word = String(cursor.reversed().prefix { Self.isNameCharacter($0) }.reversed())
    let beforeWord = cursor.dropLast(word.count)
    if beforeWord.hasSuffix(".") {
      let owner = String(beforeWord.dropLast().reversed().prefix { Self.isNameCharacter($0) }.reversed())
      return completeName(word, among: owner.isEmpty ? [] : members(owner))
    }
    return completeName(word, among: names())
  }

  func completeName(_ word: String, among candidates: [String]) -> Completion {
    let matches = Set(candidates.filter { $0.hasPrefix(word) && $0 != "_" && !$0.hasPrefix("<") })
    return Completion(word: word, candidates: matches.sorted())
  }

  static func isNameCharacter(_ character: Character) -> Bool {
    character.isLetter || character.isNumber || character == "_"
  }

  /// The unfinished path in `import "exam`, if the cursor is inside such a string.
  static func importPath(in text: String) -> String? {
    guard let quote = text.lastIndex(of: "\"") else { return nil }
    let before = text[..<quote].reversed().drop { $0 == " " }
    guard String(before.prefix(6).reversed()) == "import" else { return nil }
    return String(text[text.index(after: quote)...])
  }

  /// Entries of the folder the partial path names, hidden ones only when asked for.
  static func completePath(_ partial: String) -> Completion {
    let folderPart: String
    let namePrefix: String
    if let slash = partial.lastIndex(of: "/") {
      folderPart = String(partial[...slash])
      namePrefix = String(partial[partial.index(after: slash)...])
    } else {
      folderPart = ""
      namePrefix = partial
    }
    var folder = folderPart.isEmpty ? "." : folderPart
    if folder.hasPrefix("~/"), let home = getenv("HOME") {
      folder = String(cString: home) + folder.dropFirst()
    }
    guard let directory = opendir(folder) else { return Completion(word: partial, candidates: []) }
    defer { closedir(directory) }
    var candidates: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      guard name != ".", name != "..", name.hasPrefix(namePrefix) else { continue }
      if name.hasPrefix("."), !namePrefix.hasPrefix(".") { continue }
      var info = stat()
      let isDirectory =
        stat(folder + "/" + name, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
      candidates.append(folderPart + name + (isDirectory ? "/" : ""))
    }
    candidates.sort()
    return Completion(word: partial, candidates: candidates)
  }
}
