import MPlanKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One fuzz input through the whole pipeline, the way the command line takes it: the bytes as
/// text (invalid UTF-8 replaced, NUL bytes kept: the file loader, which refuses both, is not
/// on this path), lex, parse, check, run, the plan checks, the rendered diagnostics and the
/// checklist as text and JSON; then, for short inputs, the same text line by line through an
/// interactive session, as the piped REPL would.
///
/// Each input has a small budget (samples, a deadline, a memory budget) so that one input
/// cannot stall the campaign: a slow input is stopped by the interpreter's own `shouldStop`,
/// which is a clean diagnostic, not a finding. A crash, a hang past libFuzzer's `-timeout`, or
/// memory past `-rss_limit_mb` is a finding.
func fuzzOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
  guard let bytes else { return 0 }
  if FilesMode.isOn {
    FilesMode.run(UnsafeBufferPointer(start: bytes, count: count))
    return 0
  }
  let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
  runAsScript(text)
  if count <= 4096 { runAsREPL(text) }
  return 0
}

/// The per-input budget.
enum FuzzBudget {
  static let samples = 200
  static let seconds = 2.0
  static let memoryBytes = 1 << 30
}

func fuzzOptions(interactive: Bool) -> Session.Options {
  var options = Session.Options(interactive: interactive)
  options.sampleCount = FuzzBudget.samples
  options.memoryBudget = FuzzBudget.memoryBytes
  let deadline = monotonicSeconds() + FuzzBudget.seconds
  options.shouldStop = { monotonicSeconds() > deadline }
  return options
}

func runAsScript(_ text: String) {
  let session = Session(options: fuzzOptions(interactive: false), events: { render($0) })
  let outcome = session.run(text: text, name: "fuzz.mplan")
  let renderer = session.renderer()
  _ = renderer.render(outcome.diagnostics)
  let check = session.checkPlan()
  _ = renderer.render(check.diagnostics)
  let checklist = check.checklist()
  _ = ViewText().render(checklist.view(mainFile: "fuzz.mplan", scriptErrors: 0))
  _ = checklist.json(
    file: "fuzz.mplan", scriptDiagnostics: outcome.diagnostics, scriptFailed: outcome.hasErrors)
}

func runAsREPL(_ text: String) {
  let session = Session(options: fuzzOptions(interactive: true), events: { render($0) })
  var pending = ""
  for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
    pending += pending.isEmpty ? String(line) : "\n" + line
    guard Session.isComplete(pending) else { continue }
    let outcome = session.evaluate(pending)
    _ = session.renderer().render(outcome.diagnostics)
    if let value = outcome.value { _ = Session.describe(value) }
    pending = ""
  }
  if !pending.isEmpty { _ = session.evaluate(pending) }
}

func render(_ event: OutputEvent) {
  _ = ViewText().render(event)
}

func monotonicSeconds() -> Double {
  var now = timespec()
  clock_gettime(CLOCK_MONOTONIC, &now)
  return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
}
