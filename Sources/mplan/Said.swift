import MPlanKit

extension Message {
  /// The message as the command line says it: in the reader's language (`ReaderLanguage`).
  var said: String { ReaderLanguage.catalogue.render(self) }
}
