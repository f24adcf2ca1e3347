#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The small symmetric matrices of `correlate` (one row an input: a handful, never many), and
/// the two facts about them the copula needs: whether they can hold together (positive
/// semi-definite), and a factor L with L·Lᵀ = R to turn independent normals into correlated ones.
package struct CorrelationMatrix: Sendable, Equatable {
  package var rows: [[Double]]

  package init(_ rows: [[Double]]) { self.rows = rows }

  package var size: Int { rows.count }

  /// Spearman's ρ of the inputs to Pearson's r of their normal scores: for a Gaussian copula
  /// ρ = (6/π)·asin(r/2), so drawing the scores with r = 2·sin(πρ/6) gives the rank
  /// correlation written, whatever each input's own distribution.
  package static func scores(fromRank rank: Double) -> Double { 2 * sin(Double.pi * rank / 6) }
  package static func rank(fromScores scores: Double) -> Double {
    6 / Double.pi * asin(max(-1, min(1, scores / 2)))
  }

  package func map(_ transform: (Double) -> Double) -> CorrelationMatrix {
    var copy = self
    for row in 0..<size {
      for column in 0..<size where row != column { copy.rows[row][column] = transform(rows[row][column]) }
    }
    return copy
  }

  /// Eigenvalues and eigenvectors (columns of `vectors`) by cyclic Jacobi rotations: exact to
  /// rounding for a symmetric matrix, and a few sweeps for the sizes a plan correlates.
  package func eigen() -> (values: [Double], vectors: [[Double]]) {
    var a = rows
    let n = size
    var v = (0..<n).map { row in (0..<n).map { $0 == row ? 1.0 : 0.0 } }
    for _ in 0..<100 {
      var off = 0.0
      for p in 0..<n { for q in 0..<n where p != q { off += a[p][q] * a[p][q] } }
      if off < 1e-22 { break }
      for p in 0..<n {
        for q in (p + 1)..<n where abs(a[p][q]) > 1e-300 {
          let theta = (a[q][q] - a[p][p]) / (2 * a[p][q])
          let t = (theta >= 0 ? 1.0 : -1.0) / (abs(theta) + (theta * theta + 1).squareRoot())
          let c = 1 / (t * t + 1).squareRoot()
          let s = t * c
          for k in 0..<n {
            let (akp, akq) = (a[k][p], a[k][q])
            a[k][p] = c * akp - s * akq
            a[k][q] = s * akp + c * akq
          }
          for k in 0..<n {
            let (apk, aqk) = (a[p][k], a[q][k])
            a[p][k] = c * apk - s * aqk
            a[q][k] = s * apk + c * aqk
          }
          for k in 0..<n {
            let (vkp, vkq) = (v[k][p], v[k][q])
            v[k][p] = c * vkp - s * vkq
            v[k][q] = s * vkp + c * vkq
          }
        }
      }
    }
    return ((0..<n).map { a[$0][$0] }, v)
  }

  /// True when the correlations can hold together; a little rounding below zero is let
  /// through (it is clipped in `factor`).
  package var isPositiveSemidefinite: Bool { (eigen().values.min() ?? 0) >= -1e-9 }

  /// L = V·√Λ (eigenvalues below zero clipped to zero): L·Lᵀ = R, and unlike Cholesky it
  /// exists for a correlation of exactly ±1.
  package func factor() -> [[Double]] {
    let (values, vectors) = eigen()
    let roots = values.map { max(0, $0).squareRoot() }
    return (0..<size).map { row in (0..<size).map { vectors[row][$0] * roots[$0] } }
  }

  /// The nearest matrix that holds together, by clipping the eigenvalues below zero and
  /// scaling back to a unit diagonal (Higham's alternating projections refine this; one step is
  /// near enough to say which pairs to change and by how much).
  package func nearestValid() -> CorrelationMatrix {
    let (values, vectors) = eigen()
    let clipped = values.map { max($0, 1e-6) }
    var result = rows
    for row in 0..<size {
      for column in 0..<size {
        result[row][column] = (0..<size).reduce(0) {
          $0 + vectors[row][$1] * clipped[$1] * vectors[column][$1]
        }
      }
    }
    let diagonal = (0..<size).map { result[$0][$0].squareRoot() }
    for row in 0..<size {
      for column in 0..<size {
        result[row][column] = row == column ? 1 : result[row][column] / (diagonal[row] * diagonal[column])
      }
    }
    return CorrelationMatrix(result)
  }
}
