import MPlanSyntax

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The size of a quantity: one exact number, or a vector of samples when the value is
/// uncertain (`$18k to $30k`). Arithmetic is written once over `Magnitude`, so the
/// interpreter never asks which one it holds (design §5).
public enum Magnitude: Sendable {
  case exact(Double)
  case samples(Samples)

  public static func combine(_ lhs: Magnitude, _ rhs: Magnitude, _ operation: (Double, Double) -> Double)
    -> Magnitude
  {
    switch (lhs, rhs) {
    case (.exact(let a), .exact(let b)): return .exact(operation(a, b))
    case (.samples(let a), .exact(let b)): return .samples(a.map { operation($0, b) })
    case (.exact(let a), .samples(let b)): return .samples(b.map { operation(a, $0) })
    case (.samples(let a), .samples(let b)): return .samples(a.zip(b, operation))
    }
  }

  public func map(_ transform: (Double) -> Double) -> Magnitude {
    switch self {
    case .exact(let value): .exact(transform(value))
    case .samples(let samples): .samples(samples.map(transform))
    }
  }

  /// The exact value, or the mean of the samples: what a single number stands for.
  public var central: Double {
    switch self {
    case .exact(let value): value
    case .samples(let samples): samples.mean
    }
  }

  public var exactValue: Double? {
    if case .exact(let value) = self { return value }
    return nil
  }

  /// True when any sample (or the exact value) satisfies the predicate.
  /// True when every sample (or the exact value) is a finite number. Checked after every
  /// operation, so it is one tight pass: `x * 0` is 0 for a finite `x` and NaN otherwise.
  package var isAllFinite: Bool {
    switch self {
    case .exact(let value):
      return value.isFinite
    case .samples(let samples):
      var probe = 0.0
      samples.values.withUnsafeBufferPointer { buffer in
        for value in buffer { probe += value * 0 }
      }
      return !probe.isNaN
    }
  }

  public func contains(where predicate: (Double) -> Bool) -> Bool {
    switch self {
    case .exact(let value): predicate(value)
    case .samples(let samples): samples.values.contains(where: predicate)
    }
  }
}

/// A vector of Monte Carlo samples. Kept as one contiguous buffer, transformed in place
/// when uniquely referenced, so a chain of operations allocates little.
public struct Samples: Sendable {
  public var values: ContiguousArray<Double>

  public init(_ values: ContiguousArray<Double>) { self.values = values }

  // Both write into a fresh, uninitialised buffer: copying the operand first (copy-on-write)
  // and then overwriting every sample read and wrote each million samples twice.
  package func map(_ transform: (Double) -> Double) -> Samples {
    Samples(
      values.withUnsafeBufferPointer { source in
        ContiguousArray(unsafeUninitializedCapacity: source.count) { target, initialized in
          for index in source.indices { target[index] = transform(source[index]) }
          initialized = source.count
        }
      })
  }

  package func zip(_ other: Samples, _ operation: (Double, Double) -> Double) -> Samples {
    Samples(
      values.withUnsafeBufferPointer { left in
        other.values.withUnsafeBufferPointer { right in
          ContiguousArray(unsafeUninitializedCapacity: left.count) { target, initialized in
            let paired = min(left.count, right.count)
            for index in 0..<paired { target[index] = operation(left[index], right[index]) }
            // Samples of one run all have one count; a longer left side keeps its tail as it was.
            for index in paired..<left.count { target[index] = left[index] }
            initialized = left.count
          }
        }
      })
  }

  public var mean: Double {
    guard !values.isEmpty else { return .nan }
    let count = Double(values.count)
    let sum = values.reduce(0, +)
    // Samples near the largest doubles overflow their sum, not their mean.
    return sum.isFinite ? sum / count : values.reduce(0) { $0 + $1 / count }
  }

  /// The p-th percentile (0…1) by linear interpolation between order statistics.
  public func percentile(_ p: Double) -> Double {
    percentiles([p])[0]
  }

  /// Percentiles by selection rather than sorting: O(n) for each, which matters at a million
  /// samples (a sort of 1M doubles took ~0.1 s, and every printed range asks for two).
  public func percentiles(_ ps: [Double]) -> [Double] {
    let count = values.count
    guard count > 0 else { return ps.map { _ in .nan } }
    var work = Array(values)
    var results = [Double](repeating: .nan, count: ps.count)
    var low = 0
    for index in ps.indices.sorted(by: { ps[$0] < ps[$1] }) {
      let position = max(0, min(1, ps[index])) * Double(count - 1)
      let rank = Int(position)
      let weight = position - Double(rank)
      Self.select(&work, rank: rank, from: low)
      var next = work[rank]
      if weight > 0, rank + 1 < count { next = work[(rank + 1)...].min()! }
      results[index] = work[rank] * (1 - weight) + next * weight
      low = rank
    }
    return results
  }

  /// Rearranges `values[from...]` so that `values[rank]` is the value a sort would put there,
  /// with nothing larger before it and nothing smaller after it (Hoare's quickselect).
  package static func select(_ values: inout [Double], rank: Int, from start: Int) {
    var low = start
    var high = values.count - 1
    values.withUnsafeMutableBufferPointer { buffer in
      while low < high {
        let middle = low + (high - low) / 2
        // Median of three as the pivot keeps sorted and reversed input linear.
        if buffer[middle] < buffer[low] { buffer.swapAt(middle, low) }
        if buffer[high] < buffer[low] { buffer.swapAt(high, low) }
        if buffer[high] < buffer[middle] { buffer.swapAt(high, middle) }
        let pivot = buffer[middle]
        var left = low
        var right = high
        while left <= right {
          while buffer[left] < pivot { left += 1 }
          while pivot < buffer[right] { right -= 1 }
          if left <= right {
            buffer.swapAt(left, right)
            left += 1
            right -= 1
          }
        }
        if rank <= right {
          high = right
        } else if rank >= left {
          low = left
        } else {
          return
        }
      }
    }
  }
}

/// A small, fast, seeded generator (xoshiro256**), so a script's uncertain results are the
/// same on every run and every machine.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
  package var state: (UInt64, UInt64, UInt64, UInt64)

  public init(seed: UInt64) {
    var splitMix = seed
    func next() -> UInt64 {
      splitMix &+= 0x9E37_79B9_7F4A_7C15
      var z = splitMix
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    state = (next(), next(), next(), next())
  }

  public mutating func next() -> UInt64 {
    let result = rotate(state.1 &* 5, 7) &* 9
    let t = state.1 << 17
    state.2 ^= state.0
    state.3 ^= state.1
    state.1 ^= state.2
    state.0 ^= state.3
    state.2 ^= t
    state.3 = rotate(state.3, 45)
    return result
  }

  private func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

  /// A uniform double in (0, 1), never exactly 0 so its logarithm is finite.
  package mutating func nextUnit() -> Double {
    (Double(next() >> 11) + 0.5) * 0x1.0p-53
  }
}
