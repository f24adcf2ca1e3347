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
    var previous: Session.Snapshot?
    while true {
      let session = once()
      runs += 1
      let current = session.snapshot
      if let previous { report(from: previous, to: current, since: Message("watch-since-last-run")) }
      previous = current
      let watched = files.filter { $0 != "-" } + session.importedFiles
      Terminal.writeLine(
        ReaderLanguage.catalogue.render(Message("watch-watching", ["count": .count(watched.count)])))
      if let runLimit, runs >= runLimit { exit(0) }
      let stamps = watched.map(FileStamp.of)
      while watched.map(FileStamp.of) == stamps { usleep(250_000) }
      // Editors save in steps (truncate, write); let the file settle before reading it.
      usleep(50_000)
      Terminal.writeLine("")
    }
  }

  /// What changed between two runs, a line per value (`need.visit 13,334 visits → 20,000 visits
  /// (+50%)`, `x is new`, `x is gone`, a budget's amounts) and per plan finding that appeared
  /// or cleared, as the prompt shows them, under a heading that says since when: `--watch`
  /// after each save, `:reload` after the files it read again.
  static func report(from old: Session.Snapshot, to new: Session.Snapshot, since: Message) {
    let lines = ChangeText.lines(Session.changes(from: old, to: new), catalogue: ReaderLanguage.catalogue)
    let heading =
      lines.isEmpty
      ? Message("watch-nothing-changed", ["since": .message(since)])
      : Message("watch-changed", ["since": .message(since)])
    Terminal.writeLine(ReaderLanguage.catalogue.render(heading))
    for line in lines { Terminal.writeLine("  " + line) }
  }
}
