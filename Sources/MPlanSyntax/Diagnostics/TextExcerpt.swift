/// Long text where a line has room for a little: a cell of a view, a name quoted in a
/// message. A 100 MB campaign name is shown as its first hundred characters and `…`, so a
/// view or a warning stays a screen and its memory stays small.
public enum TextExcerpt {
  /// The characters shown of a long text, and the window of a long source line a diagnostic
  /// shows.
  public static let width = 100

  /// `text`, or its first `width - 1` characters and `…` when it is longer.
  public static func head(_ text: String, width: Int = width) -> String {
    if text.utf8.count <= width { return text }
    var shown = Substring(text).prefix(width)
    guard shown.endIndex < text.endIndex else { return text }
    shown = shown.dropLast()
    return String(shown) + "…"
  }
}
