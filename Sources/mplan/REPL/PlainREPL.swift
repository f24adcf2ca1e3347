import MPlanCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads statements line by line from standard input and evaluates each in one session,
/// asking for more while a statement is unfinished.
struct PlainREPL {
  let color: Bool

  func run() throws {
    let session = Session(options: .init(interactive: true), output: Terminal.writeLine)
    var failed = false
    var pending = ""
    while let line = readLine(strippingNewline: true) {
      pending += (pending.isEmpty ? "" : "\n") + line
      if !Session.isComplete(pending) { continue }
      let outcome = session.evaluate(pending)
      pending = ""
      Terminal.report(outcome.diagnostics, session: session, color: color)
      if outcome.hasErrors { failed = true }
      if let value = outcome.value { Terminal.writeLine(Formatting.describe(value)) }
    }
    if !pending.isEmpty {
      let outcome = session.evaluate(pending)
      Terminal.report(outcome.diagnostics, session: session, color: color)
      if outcome.hasErrors { failed = true }
    }
    if failed { throw ExitStatus.badScript }
  }
}
