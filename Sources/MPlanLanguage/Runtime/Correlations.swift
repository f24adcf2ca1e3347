import MPlanSyntax

/// The inputs `correlate` ties together, and how: rank correlation through a Gaussian copula,
/// by Iman and Conover's method. For each set of inputs a stream of its own (the run's seed
/// mixed with the inputs' names) draws independent normal scores, one column an input; their
/// sample correlation is taken out exactly (Cholesky) and the wanted one put in (`factor`).
/// Each input then keeps its own samples, only reordered: its k-th smallest sample goes where
/// its column of scores has its k-th smallest score. So its distribution is untouched, the
/// rank correlation between inputs is that of the scores, and an input can be reordered alone,
/// when it is bound — which is why redefining one (at the prompt, in a scenario, in a table's
/// cell, in a goal seek's step) re-applies its correlation with no other change, and why the
/// generator that drew its samples can change underneath.
package struct Correlations: Sendable {
  package struct Group: Sendable {
    package var names: [String]
    /// The rank correlations as written.
    package var ranks: CorrelationMatrix
    /// Where the `correlate` that made the group stands.
    package var span: SourceSpan
    /// Each input's order (the sample at `order[k]` gets the k-th smallest value), for the
    /// sample count they were worked out for: the same for every input bound in the run.
    fileprivate var orders: (count: Int, seed: UInt64, columns: [ContiguousArray<Int32>])?

    package init(names: [String], ranks: CorrelationMatrix, span: SourceSpan) {
      (self.names, self.ranks, self.span) = (names, ranks, span)
    }
  }

  package private(set) var groups: [Group] = []
  private var groupOf: [String: Int] = [:]

  package init() {}

  package func group(of name: String) -> Group? { groupOf[name].map { groups[$0] } }

  /// Adds `group`, in place of one over the same inputs (typed again at the prompt); nil, or
  /// the group an input already belongs to when it would belong to two.
  package mutating func add(_ group: Group) -> Group? {
    let existing = Set(group.names.compactMap { groupOf[$0] })
    if let index = existing.first, existing.count == 1, Set(groups[index].names) == Set(group.names) {
      groups[index] = group
      return nil
    }
    if let index = existing.first { return groups[index] }
    for name in group.names { groupOf[name] = groups.count }
    groups.append(group)
    return nil
  }

  /// Forgets the group `correlate` at `span` made, if any.
  package mutating func remove(_ span: SourceSpan) {
    guard let index = groups.firstIndex(where: { $0.span == span }) else { return }
    groups.remove(at: index)
    groupOf = [:]
    for (position, group) in groups.enumerated() {
      for name in group.names { groupOf[name] = position }
    }
  }

  /// `value` bound as `name`: its samples reordered to their place in `name`'s correlation; as
  /// it is when `name` is correlated with nothing or holds one number.
  package mutating func reordered(_ value: Value, as name: String, seed: UInt64) -> Value {
    guard let index = groupOf[name], let column = groups[index].names.firstIndex(of: name),
      case .quantity(var quantity) = value, case .samples(let samples) = quantity.magnitude,
      samples.values.count > 1
    else { return value }
    let order = orders(of: index, count: samples.values.count, seed: seed)[column]
    let sorted = samples.values.sorted()
    var placed = ContiguousArray<Double>(repeating: 0, count: sorted.count)
    placed.withUnsafeMutableBufferPointer { placed in
      order.withUnsafeBufferPointer { order in
        for rank in 0..<order.count { placed[Int(order[rank])] = sorted[rank] }
      }
    }
    quantity.magnitude = .samples(Samples(placed))
    return .quantity(quantity)
  }

  private mutating func orders(of index: Int, count: Int, seed: UInt64) -> [ContiguousArray<Int32>] {
    if let orders = groups[index].orders, orders.count == count, orders.seed == seed { return orders.columns }
    let group = groups[index]
    var key: UInt64 = 0xCBF2_9CE4_8422_2325  // FNV-1a, as draw sites are keyed
    for byte in ("correlate " + group.names.joined(separator: ", ")).utf8 {
      key = (key ^ UInt64(byte)) &* 0x100_0000_01B3
    }
    var random = SeededGenerator(seed: seed ^ key)
    let scores = Self.scores(
      count: count, correlation: group.ranks.map(CorrelationMatrix.scores(fromRank:)), random: &random)
    let columns = scores.map { column in
      var order = ContiguousArray<Int32>((0..<Int32(count)))
      column.withUnsafeBufferPointer { column in
        order.sort { column[Int($0)] < column[Int($1)] }
      }
      return order
    }
    groups[index].orders = (count, seed, columns)
    return columns
  }

  /// Normal scores, one column an input, whose sample correlation is `correlation` exactly:
  /// independent normals, centred and made exactly uncorrelated (x* = x·F⁻ᵀ where F·Fᵀ is
  /// their sample covariance), then mixed by L with L·Lᵀ = the correlation wanted.
  static func scores(count: Int, correlation: CorrelationMatrix, random: inout SeededGenerator)
    -> [ContiguousArray<Double>]
  {
    let size = correlation.size
    var independent: [ContiguousArray<Double>] = (0..<size).map { _ in
      var column = ContiguousArray<Double>(unsafeUninitializedCapacity: count) { buffer, initialized in
        random.fillStandardNormals(UnsafeMutableBufferPointer(rebasing: buffer[0..<count]))
        initialized = count
      }
      let mean = column.reduce(0, +) / Double(count)
      for index in column.indices { column[index] -= mean }
      return column
    }
    var covariance = [[Double]](repeating: [Double](repeating: 0, count: size), count: size)
    for row in 0..<size {
      for column in 0...row {
        let sum = zip(independent[row], independent[column]).reduce(0) { $0 + $1.0 * $1.1 }
        covariance[row][column] = sum / Double(count)
        covariance[column][row] = covariance[row][column]
      }
    }
    if let lower = cholesky(covariance) {
      for row in 0..<size {
        for earlier in 0..<row {
          let weight = lower[row][earlier]
          for index in 0..<count { independent[row][index] -= weight * independent[earlier][index] }
        }
        let scale = 1 / lower[row][row]
        for index in 0..<count { independent[row][index] *= scale }
      }
    }
    let mixing = correlation.factor()
    return (0..<size).map { row in
      var column = ContiguousArray<Double>(repeating: 0, count: count)
      for source in 0..<size where mixing[row][source] != 0 {
        let weight = mixing[row][source]
        for index in 0..<count { column[index] += weight * independent[source][index] }
      }
      return column
    }
  }

  /// The lower triangle F with F·Fᵀ = `matrix`; nil when it is not positive definite (too few
  /// samples to tell the columns apart), when the scores are used as drawn.
  private static func cholesky(_ matrix: [[Double]]) -> [[Double]]? {
    let size = matrix.count
    var lower = [[Double]](repeating: [Double](repeating: 0, count: size), count: size)
    for row in 0..<size {
      for column in 0...row {
        var sum = matrix[row][column]
        for k in 0..<column { sum -= lower[row][k] * lower[column][k] }
        if row == column {
          guard sum > 0 else { return nil }
          lower[row][row] = sum.squareRoot()
        } else {
          lower[row][column] = sum / lower[column][column]
        }
      }
    }
    return lower
  }
}
