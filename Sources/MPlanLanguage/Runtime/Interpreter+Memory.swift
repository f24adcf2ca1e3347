import MPlanSyntax

/// The memory budget (`Options.memoryBudget`, `mplan --memory`): what a run's values hold,
/// samples above all, is checked against it often enough that a run stops with E0316 long
/// before the process is in danger, and seldom enough that checking costs nothing.
extension Interpreter {
  /// One uncertain value: its samples, 8 bytes each.
  package var bytesPerSampledValue: Int {
    options.sampleCount.multipliedReportingOverflow(by: 8).partialValue
  }

  /// Evaluations between checks: each may make a sampled value or two, so about 32 MB of
  /// samples between two checks (every evaluation with 100 million samples), and at most
  /// 65,536 evaluations (a few milliseconds' work) whatever the samples: with `--samples 1`
  /// a check came every 2 million, and what a plan held besides samples went unchecked.
  package static func memoryCheckInterval(sampleCount: Int) -> Int {
    min(1 << 16, max(1, (32 << 20) / max(1, 16 * max(1, min(sampleCount, Int.max / 16)))))
  }

  /// Throws E0316 when the process holds, or would hold with `needing` more bytes (and room
  /// for the next two sampled values), more than the budget.
  package mutating func checkMemory(at span: SourceSpan, needing: Int = 0) throws {
    evaluationsSinceMemoryCheck = 0
    let budget = options.memoryBudget
    let held = ProcessMemory.residentBytes()
    guard held > 0, held + needing + 2 * bytesPerSampledValue > budget else { return }
    // Samples are the usual culprit (`needing` is asked for when drawing them, and the room
    // kept for two more sampled values may be all that tips a run over: `--samples 100000000`
    // under `--memory 1GB` stopped before its first draw and blamed the plan); when the run
    // drew none, or small ones, lowering `--samples` would not help: the advice says what does.
    let samplesHoldMuch =
      (needing > 0 || hasDrawn || held + needing <= budget)
      && bytesPerSampledValue >= Self.bytesWorthLowering
    let perValue = ProcessMemory.describe(bytesPerSampledValue)
    throw Diagnostic.error(
      .memoryBudgetExceeded,
      samplesHoldMuch
        ? Message(
          "interpreter-memory-budget-samples",
          [
            "budget": .value(ProcessMemory.describe(budget)), "samples": .count(options.sampleCount),
            "size": .value(perValue),
          ])
        : Message("interpreter-memory-budget", ["budget": .value(ProcessMemory.describe(budget))]),
      at: span, notes: [Message("interpreter-step-budget-note")],
      fixIt: samplesHoldMuch
        ? Message("interpreter-memory-budget-samples-fix") : Message("interpreter-memory-budget-fix"))
  }

  /// Below this an uncertain value is small (1,000 samples, 8 KB): fewer samples would not
  /// save what a budget of at least 64 MB is about.
  package static let bytesWorthLowering = 8 * 1_000
}
