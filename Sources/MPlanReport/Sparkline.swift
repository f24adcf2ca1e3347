import MPlanLanguage

/// An uncertain value's shape in one line: 20 buckets of equal width from its 1st to its 99th
/// percentile (Squiggle draws 20 too), each a block as tall as its share of the samples
/// relative to the fullest. The tails beyond are left out so that one far sample does not
/// squeeze the rest into a single bucket.
public enum Sparkline {
  public enum Glyphs: Sendable {
    /// `▁▂▃▄▅▆▇█`, for a terminal that shows Unicode blocks.
    case blocks
    /// `_.-~=+*#`, for one that does not (`TERM=dumb`, a locale that is not UTF-8).
    case ascii

    var levels: [Character] {
      switch self {
      case .blocks: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
      case .ascii: ["_", ".", "-", "~", "=", "+", "*", "#"]
      }
    }
  }

  public static let bucketCount = 20

  /// The line for these samples; an empty bucket is a space. Empty when every sample is the same.
  public static func line(_ samples: Samples, glyphs: Glyphs) -> String {
    let bounds = samples.percentiles([0.01, 0.99])
    let low = bounds[0]
    let width = bounds[1] - low
    guard width > 0, width.isFinite else { return "" }
    var counts = [Int](repeating: 0, count: bucketCount)
    for value in samples.values where value >= low && value <= bounds[1] {
      counts[min(bucketCount - 1, Int((value - low) / width * Double(bucketCount)))] += 1
    }
    let fullest = Double(counts.max() ?? 1)
    let levels = glyphs.levels
    return String(
      counts.map { count in
        count == 0
          ? " " : levels[min(levels.count - 1, Int(Double(count) / fullest * Double(levels.count - 1)))]
      })
  }
}
