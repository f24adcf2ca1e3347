import MPlanKit

extension Message {
  /// The message as the command line says it: in the reader's language (`ReplHelp.catalogue`).
  var said: String { ReplHelp.catalogue.render(self) }
}
