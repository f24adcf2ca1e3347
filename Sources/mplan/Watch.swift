import MPlanKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// `mplan run --watch` and `mplan check --watch`: run, then run again whenever a script or a
/// file it imports is saved, saying what changed since the last run (hledger's `--watch`, a
/// spreadsheet's feel for a planner who edits in their own editor). Polls the files'
/// modification times four times a second: no platform file-watching API, and a save is
/// seen within a quarter of a second. Stops on Ctrl-C.
enum Watch {
  /// Runs `once` (which returns its session) now and after every change to the files.
  static func loop(files: [String], once: () -> Session) -> Never {
    // A test hook: stop after this many runs (Tests/mplanTests/RunCommandTests).
    let runLimit = getenv("MPLAN_WATCH_RUNS").flatMap { Int(String(cString: $0)) }
    var runs = 0
    var previous: [Session.UserBinding]?
    while true {
      let session = once()
      runs += 1
      let current = session.userBindings
      if let previous { report(from: previous, to: current) }
      previous = current
      let watched = files.filter { $0 != "-" } + session.importedFiles
      Terminal.writeLine(
        "— watching \(watched.count == 1 ? "1 file" : "\(watched.count) files"); Ctrl-C stops")
      if let runLimit, runs >= runLimit { exit(0) }
      let stamps = watched.map(modificationTime)
      while watched.map(modificationTime) == stamps { usleep(250_000) }
      // Editors save in steps (truncate, write); let the file settle before reading it.
      usleep(50_000)
      Terminal.writeLine("")
    }
  }

  static func report(from old: [Session.UserBinding], to new: [Session.UserBinding]) {
    let before = Dictionary(old.map { ($0.name, $0.value) }) { first, _ in first }
    var lines: [String] = []
    for binding in new {
      if let value = before[binding.name] {
        lines += Session.changes(binding.name, from: value, to: binding.value)
      } else {
        lines.append("\(binding.name) is new: \(Session.describe(binding.value))")
      }
    }
    let names = Set(new.map(\.name))
    lines += old.filter { !names.contains($0.name) }.map { "\($0.name) is gone" }
    Terminal.writeLine(lines.isEmpty ? "— no value changed since the last run" : "— since the last run:")
    for line in lines { Terminal.writeLine("  " + line) }
  }

  /// Seconds and nanoseconds of the last change, or nil for a file that is not there.
  static func modificationTime(_ path: String) -> [Int]? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return [Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec), Int(info.st_size)]
  }
}
