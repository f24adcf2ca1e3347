import ArgumentParser
import MPlanKit
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The language mplan speaks to its reader (docs/languages.md): `--lang`, else the plan's
/// `language`, else the locale's (`LC_ALL`, `LC_MESSAGES`, `LANG`, POSIX's order), else
/// English. This file reads the command line's and the locale's part; the session adds the
/// plan's between them (`Session.catalogue`).
enum ReaderLanguage {
  /// The language of the locale, when mplan has a catalogue for it. A locale mplan cannot
  /// speak is said once on standard error (English follows), so a German reader knows why
  /// the messages are English and how to choose another language.
  static func fromLocale(_ variable: (String) -> String? = Self.variable) -> String? {
    guard let (name, value) = localeSetting(variable), let language = language(ofLocale: value) else {
      return nil
    }
    if Catalogue.named(language) != nil { return language }
    if !noteSaid.exchange(true, ordering: .relaxed) {
      let note = Message(
        "cli-locale-not-spoken",
        [
          "language": .text(language), "variable": .text(name), "locale": .text(value),
          "languages": .text(Catalogue.languages.joined(separator: ", ")),
        ])
      Terminal.writeError(Catalogue.english.render(note) + "\n")
    }
    return nil
  }

  private static let noteSaid = Atomic<Bool>(false)

  /// The catalogue the command line speaks where no session does (usage, option errors,
  /// `--watch`'s lines): `--lang` or the locale's once the options are read, else the locale's.
  static var catalogue: Catalogue {
    chosen.withLock { $0 }
      ?? Catalogue.first(of: [localeSetting(variable).flatMap { language(ofLocale: $0.value) }])
  }

  /// Records the language the options chose (nil: the locale's, English when mplan has none).
  static func choose(_ language: String?) {
    chosen.withLock { $0 = Catalogue.first(of: [language]) }
  }

  private static let chosen = Mutex<Catalogue?>(nil)

  /// POSIX's order: `LC_ALL` overrides every category, then `LC_MESSAGES` (the one for
  /// messages), then `LANG`; an empty variable counts as unset.
  static func localeSetting(_ variable: (String) -> String?) -> (name: String, value: String)? {
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      if let value = variable(name), !value.isEmpty { return (name, value) }
    }
    return nil
  }

  /// `ar_EG.UTF-8` → `ar`, `ru_RU@euro` → `ru`, `fa` → `fa`; `C` and `POSIX` are no language
  /// (the portable default, which mplan says in English without a note).
  static func language(ofLocale locale: String) -> String? {
    let language = locale.prefix { $0 != "_" && $0 != "." && $0 != "@" && $0 != "-" }.lowercased()
    guard !language.isEmpty, language != "c", language != "posix" else { return nil }
    return language
  }

  static func variable(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
  }
}

/// `--lang`: the four languages, refused with the list otherwise.
struct LanguageChoice: ExpressibleByArgument, Sendable {
  let code: String

  init?(argument: String) {
    guard Catalogue.named(argument) != nil else { return nil }
    code = argument
  }

  static var allValueStrings: [String] { Catalogue.languages }
}
