import Dispatch

/// Large scripts are parsed in two halves at once, one on each core: reading and parsing are
/// half the work of running a 100,000-line script, and statements do not depend on one
/// another's syntax. The halves meet at a line that starts a statement; if either half has
/// any error (the split fell inside a block, a bracket or a continued line), the whole file is
/// parsed again in one piece, so errors are always reported as a plain parse reports them.
extension Parser {
  /// Smaller files are not worth a second thread.
  package static let parallelThreshold = 1 << 20

  package static func parseHalvesInParallel(
    _ source: SourceFile, calendar: CalendarSystem = .gregorian, memoryBudget: Int = .max
  ) -> Result? {
    let count = source.scalars.count
    guard count >= parallelThreshold, let split = statementStart(near: count / 2, in: source) else {
      return nil
    }
    let splitLine = source.location(of: split).line
    final class Halves: @unchecked Sendable {
      var first: Result?
      var second: Result?
    }
    let halves = Halves()
    DispatchQueue.concurrentPerform(iterations: 2) { half in
      if half == 0 {
        halves.first = parse(
          source, from: 0, to: split, line: 1, calendar: calendar, memoryBudget: memoryBudget)
      } else {
        halves.second = parse(
          source, from: split, to: count, line: splitLine, calendar: calendar, memoryBudget: memoryBudget)
      }
    }
    guard let first = halves.first, let second = halves.second else { return nil }
    // Out of memory is not a syntax error: parsing again in one piece would need yet more.
    let budget = DiagnosticCode.memoryBudgetExceeded.rawValue
    if let stop = (first.diagnostics + second.diagnostics).first(where: { $0.code == budget }) {
      return Result(statements: [], diagnostics: [stop], namesOfBrokenStatements: [])
    }
    guard first.diagnostics.isEmpty, second.diagnostics.isEmpty else { return nil }
    return Result(
      statements: first.statements + second.statements, diagnostics: [],
      namesOfBrokenStatements: first.namesOfBrokenStatements.union(second.namesOfBrokenStatements))
  }

  /// The first line at or after `offset` that begins, in its first column, with a word that
  /// starts a statement (`let`, `fn`, `print`, a plan word…).
  package static func statementStart(near offset: Int, in source: SourceFile) -> Int? {
    let scalars = source.scalars
    var index = offset
    while index < scalars.count - 1 {
      if scalars[index] == "\n" {
        var word = String.UnicodeScalarView()
        var probe = index + 1
        while probe < scalars.count, word.count < 12, Lexer.isIdentifierContinue(scalars[probe]) {
          word.append(scalars[probe])
          probe += 1
        }
        if probe < scalars.count, scalars[probe] == " ", Self.startsStatements.contains(String(word)) {
          return index + 1
        }
      }
      index += 1
    }
    return nil
  }

  package static let startsStatements: Set<String> = [
    "let", "fn", "print", "assert", "unit", "rate", "import", "use", "plan", "objective", "goal", "funnel",
    "budget", "action", "report", "actuals", "scenario", "compare", "show", "checkpoint",
  ]
}
