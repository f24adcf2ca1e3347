/// "Did you mean …?": the closest candidate by edit distance, if it is close enough to be a
/// likely typo rather than a different word.
public enum Suggestions {
  public static func closest<S: Sequence>(to word: String, among candidates: S) -> String?
  where S.Element == String {
    // Names are short (`Lexer.maximumNameLength`); past that there is nothing to suggest, and
    // the distance (quadratic in the length) is not worked out.
    guard !isTooLong(word) else { return nil }
    // Scalars, not Characters: comparing two Characters costs far more, and names are NFC.
    let target = Array(word.lowercased().unicodeScalars)
    let limit = max(1, target.count / 3)
    var best: (String, Int)?
    for candidate in candidates where candidate != word {
      // Lengths first, which costs no allocation: most candidates end here.
      guard !isTooLong(candidate), abs(candidate.unicodeScalars.count - target.count) <= limit else {
        continue
      }
      let distance = editDistance(target, Array(candidate.lowercased().unicodeScalars), limit: limit)
      if distance <= limit, best == nil || distance < best!.1 || (distance == best!.1 && candidate < best!.0)
      {
        best = (candidate, distance)
      }
    }
    return best?.0
  }

  package static func isTooLong(_ word: String) -> Bool {
    word.utf8.count > 4 * Lexer.maximumNameLength || word.unicodeScalars.count > Lexer.maximumNameLength
  }

  /// Damerau–Levenshtein (optimal string alignment), giving up early past `limit`.
  package static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
    if abs(a.count - b.count) > limit { return limit + 1 }
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previousPrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      var rowMinimum = current[0]
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, previousPrevious[j - 2] + 1)
        }
        current[j] = value
        rowMinimum = min(rowMinimum, value)
      }
      if rowMinimum > limit { return limit + 1 }
      (previousPrevious, previous, current) = (previous, current, previousPrevious)
    }
    return previous[b.count]
  }
}

extension Message {
  /// The fix-it that offers the closest candidate: "did you mean `{$name}`?".
  package static func didYouMean(_ name: String) -> Message {
    Message("suggestion-did-you-mean", ["name": .text(name)])
  }

  /// A fix-it that shows the code to write instead: "write `{$code}`".
  package static func write(_ code: String) -> Message { Message("fix-write-code", ["code": .text(code)]) }

  /// Pieces of code as a list, each in backticks: "`a`, `b`, `c`"; nil for none.
  package static func codeList(_ items: [String]) -> Message? {
    list(items.map { Message("token-code", ["code": .text($0)]) })
  }

  /// A secondary label at the first of two definitions.
  package static let firstDefinedHere = Message("label-first-defined-here")
}
