import MPlanKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The REPL's history on disk: one input line per text line, newest last.
///
/// Lines are appended one `write` at a time with `O_APPEND`, so two sessions open at once both
/// keep their lines and a crash loses at most the line being written. The file is rewritten
/// (to a temporary file, then renamed over it) only at start-up, when duplicates and old
/// lines have made it much longer than `limit`. A file that is not UTF-8 text, is not a regular
/// file (a folder, a FIFO, a device, or a link to one), or cannot be read is never written to:
/// the session warns once and keeps history in memory.
final class HistoryFile {
  static let defaultLimit = 1000
  /// A history file larger than this is not one mplan wrote; it is left alone.
  static let largestReadable = 4 * 1024 * 1024
  /// Longer lines (a pasted table, a generated expression) stay in this session's memory only,
  /// so the file stays quick to load.
  static let longestLine = 4096

  let path: String
  let limit: Int
  /// False after a problem: the file is then left exactly as it was.
  private(set) var isWritable = true
  /// Said once, on standard error, by whoever owns the terminal.
  private(set) var warnings: [String] = []

  init(path: String, limit: Int = HistoryFile.defaultLimit) {
    self.path = path
    self.limit = limit
  }

  /// `$XDG_STATE_HOME/mplan/history`, else `~/.mplan_history`; nil with neither variable set.
  static func defaultPath(environment: (String) -> String? = ReplPaths.variable) -> String? {
    if let state = environment("XDG_STATE_HOME"), state.hasPrefix("/") { return state + "/mplan/history" }
    if let home = environment("HOME"), !home.isEmpty { return home + "/.mplan_history" }
    return nil
  }

  /// The entries to offer for Up/Down, oldest first, each once (its latest use counts).
  func load() -> [String] {
    guard let bytes = readBytes() else { return [] }
    guard !bytes.contains(0), let text = String(validating: bytes, as: UTF8.self) else {
      refuse(Message("history-not-text", ["path": .text(path)]))
      return []
    }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    let entries = Self.newestUnique(lines, limit: limit)
    if lines.count > limit + limit / 2 { rewrite(entries) }
    return entries.map { $0.replacingLineSeparators(with: "\n") }
  }

  /// The file's bytes; nil (with the reason noted) when it is missing or must be left alone.
  /// Only a regular file is opened (a link is followed to one): a FIFO would hold the prompt
  /// until something wrote to it, and a link to `/dev/zero` would be read until memory ran
  /// out. The read stops past `largestReadable` whatever the size said, as a file can grow.
  private func readBytes() -> [UInt8]? {
    var info = stat()
    guard stat(path, &info) == 0 else {
      if errno != ENOENT {
        refuse(Self.unreadable(path))
      }
      return nil
    }
    switch info.st_mode & S_IFMT {
    case S_IFREG: break
    case S_IFDIR: refuse(Message("history-is-folder", ["path": .text(path)])); return nil
    default: refuse(Message("history-not-regular", ["path": .text(path)])); return nil
    }
    let tooLarge = Message(
      "history-too-large",
      ["path": .text(path), "megabytes": .value("\(Self.largestReadable / 1024 / 1024)")])
    if Int(info.st_size) > Self.largestReadable { refuse(tooLarge); return nil }
    // O_NONBLOCK: should the file have become a FIFO since `stat`, opening it does not wait.
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else {
      refuse(Self.unreadable(path))
      return nil
    }
    defer { close(descriptor) }
    guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
      refuse(Message("history-not-regular", ["path": .text(path)]))
      return nil
    }
    guard let bytes = Self.readAll(descriptor, atMost: Self.largestReadable + 1) else {
      refuse(Self.unreadable(path))
      return nil
    }
    if bytes.count > Self.largestReadable { refuse(tooLarge); return nil }
    return bytes
  }

  /// A block of several lines is one entry; in the file its line breaks are U+2028 (LINE
  /// SEPARATOR), so the file stays one entry a line.
  static let storedLineBreak: Character = "\u{2028}"

  /// Adds one line at the end; the first failure is reported and ends saving for the session.
  func append(_ entry: String) {
    let line = String(entry.map { $0 == "\n" ? Self.storedLineBreak : $0 })
    guard isWritable, !line.isEmpty, line.utf8.count <= Self.longestLine, !line.contains("\n") else { return }
    ReplPaths.makeFolder(containing: path)
    // O_NONBLOCK: a FIFO put there since start-up fails to open instead of holding the prompt.
    let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_NONBLOCK | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else {
      refuse(Self.unsaved(path))
      return
    }
    defer { close(descriptor) }
    if !Self.write(line + "\n", to: descriptor) { refuse(Self.unsaved(path)) }
  }

  /// Each line once, at the place of its last use, and at most `limit` of the newest.
  static func newestUnique(_ lines: [String], limit: Int) -> [String] {
    var seen = Set<String>()
    var newestFirst: [String] = []
    for line in lines.reversed() where seen.insert(line).inserted {
      newestFirst.append(line)
      if newestFirst.count == limit { break }
    }
    return newestFirst.reversed()
  }

  private func refuse(_ problem: Message) {
    if isWritable { warnings.append(Message("history-not-saved", ["problem": .message(problem)]).said) }
    isWritable = false
  }

  /// What the system said about the last failed call (`errno`), in its own words.
  private static func unreadable(_ path: String) -> Message {
    Message("history-unreadable", ["path": .text(path), "reason": .text(String(cString: strerror(errno)))])
  }

  private static func unsaved(_ path: String) -> Message {
    Message("history-unsaved", ["path": .text(path), "reason": .text(String(cString: strerror(errno)))])
  }

  /// Replaces the file in one step, so a crash leaves the old file or the new one, never half;
  /// as every file mplan rewrites, through `SafeWrite`: a linked history (dotfile managers
  /// link it) stays a link to the updated file, and the file keeps its permissions.
  private func rewrite(_ entries: [String]) {
    try? SafeWrite.write(entries.map { $0 + "\n" }.joined(), to: path)
  }

  /// Reads to the end, or until more than `limit` bytes have come.
  static func readAll(_ descriptor: Int32, atMost limit: Int) -> [UInt8]? {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while bytes.count < limit {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        return nil
      }
      if count == 0 { return bytes }
      bytes.append(contentsOf: chunk[0..<count])
    }
    return bytes
  }

  static func write(_ text: String, to descriptor: Int32) -> Bool {
    let bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes {
        Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset)
      }
      if written < 0 {
        if errno == EINTR { continue }
        return false
      }
      offset += written
    }
    return true
  }
}

/// Where mplan keeps its files, after the XDG base-directory conventions.
enum ReplPaths {
  static func variable(_ name: String) -> String? {
    guard let value = getenv(name) else { return nil }
    let text = String(cString: value)
    return text.isEmpty ? nil : text
  }

  /// `$XDG_CONFIG_HOME/mplan/init.mplan`, else `~/.config/mplan/init.mplan`.
  static func initFile(environment: (String) -> String? = variable) -> String? {
    if let config = environment("XDG_CONFIG_HOME"), config.hasPrefix("/") {
      return config + "/mplan/init.mplan"
    }
    if let home = environment("HOME") { return home + "/.config/mplan/init.mplan" }
    return nil
  }

  /// Creates the folders above `path` that are missing (like `mkdir -p`), private to the user.
  static func makeFolder(containing path: String) {
    var folder = ""
    for part in path.split(separator: "/").dropLast() {
      folder += "/" + part
      if mkdir(folder, 0o700) != 0, errno != EEXIST { return }
    }
  }
}

extension String {
  /// The entry as typed: the stored line breaks turned back into `separator`.
  fileprivate func replacingLineSeparators(with separator: Character) -> String {
    String(map { $0 == HistoryFile.storedLineBreak ? separator : $0 })
  }
}
