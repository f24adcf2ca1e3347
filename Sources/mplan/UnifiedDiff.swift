/// A unified diff of two texts by lines, as `diff -u` prints it, for `mplan fmt --diff`.
enum UnifiedDiff {
  /// Lines of context around each change.
  static let context = 3
  /// Past this many line pairs in the part that differs, the changed part is shown as one
  /// replacement rather than matched line by line (the table would be too large).
  static let largestTable = 4_000_000

  enum Edit: Equatable {
    case same(String)
    case removed(String)
    case added(String)
  }

  static func render(old: String, new: String, oldName: String, newName: String) -> String {
    let edits = self.edits(from: lines(of: old), to: lines(of: new))
    var text = "--- \(oldName)\n+++ \(newName)\n"
    for hunk in hunks(edits) { text += hunk }
    return text
  }

  static func lines(of text: String) -> [String] {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    return lines
  }

  /// The edits that turn `old` into `new`: the common start and end, and a longest common
  /// subsequence of the lines between.
  static func edits(from old: [String], to new: [String]) -> [Edit] {
    var prefix = 0
    while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < old.count - prefix, suffix < new.count - prefix,
      old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
    {
      suffix += 1
    }
    let oldMiddle = Array(old[prefix..<(old.count - suffix)])
    let newMiddle = Array(new[prefix..<(new.count - suffix)])
    var middle: [Edit] = []
    if oldMiddle.count * newMiddle.count > largestTable {
      middle = oldMiddle.map(Edit.removed) + newMiddle.map(Edit.added)
    } else {
      // common[i][j]: the longest common subsequence of oldMiddle[i...] and newMiddle[j...].
      let width = newMiddle.count + 1
      var common = [Int](repeating: 0, count: (oldMiddle.count + 1) * width)
      for i in stride(from: oldMiddle.count - 1, through: 0, by: -1) {
        for j in stride(from: newMiddle.count - 1, through: 0, by: -1) {
          common[i * width + j] =
            oldMiddle[i] == newMiddle[j]
            ? common[(i + 1) * width + j + 1] + 1
            : max(common[(i + 1) * width + j], common[i * width + j + 1])
        }
      }
      var i = 0
      var j = 0
      while i < oldMiddle.count || j < newMiddle.count {
        if i < oldMiddle.count, j < newMiddle.count, oldMiddle[i] == newMiddle[j] {
          middle.append(.same(oldMiddle[i]))
          i += 1
          j += 1
        } else if j == newMiddle.count
          || (i < oldMiddle.count && common[(i + 1) * width + j] >= common[i * width + j + 1])
        {
          middle.append(.removed(oldMiddle[i]))
          i += 1
        } else {
          middle.append(.added(newMiddle[j]))
          j += 1
        }
      }
    }
    return old[..<prefix].map(Edit.same) + middle + old[(old.count - suffix)...].map(Edit.same)
  }

  /// The changes with `context` lines around them, each run headed `@@ -a,b +c,d @@`.
  static func hunks(_ edits: [Edit]) -> [String] {
    let changed = edits.indices.filter { edits[$0] != .same(edits[$0].text) }
    guard !changed.isEmpty else { return [] }
    var ranges: [ClosedRange<Int>] = []
    for index in changed {
      let range = max(0, index - context)...min(edits.count - 1, index + context)
      if let last = ranges.last, range.lowerBound <= last.upperBound + 1 {
        ranges[ranges.count - 1] = last.lowerBound...range.upperBound
      } else {
        ranges.append(range)
      }
    }
    return ranges.map { range in
      let before = edits[..<range.lowerBound]
      let oldStart = before.count { if case .added = $0 { false } else { true } } + 1
      let newStart = before.count { if case .removed = $0 { false } else { true } } + 1
      let body = edits[range]
      let oldCount = body.count { if case .added = $0 { false } else { true } }
      let newCount = body.count { if case .removed = $0 { false } else { true } }
      var text =
        "@@ -\(oldCount == 0 ? oldStart - 1 : oldStart),\(oldCount) +\(newCount == 0 ? newStart - 1 : newStart),\(newCount) @@\n"
      for edit in body {
        switch edit {
        case .same(let line): text += " \(line)\n"
        case .removed(let line): text += "-\(line)\n"
        case .added(let line): text += "+\(line)\n"
        }
      }
      return text
    }
  }
}

extension UnifiedDiff.Edit {
  var text: String {
    switch self {
    case .same(let line), .removed(let line), .added(let line): line
    }
  }
}
