/// Writing text inside another format (JSON strings, HTML, Markdown): one loop, with each
/// format's table of what a character becomes.
package enum TextEscape {
  /// `text` with every scalar that `replacement` maps written as what it maps to.
  package static func replacing(_ text: String, _ replacement: (Unicode.Scalar) -> String?) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      if let replaced = replacement(scalar) {
        result += replaced
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
