import MPlanKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The files mode (`scripts/fuzz --files`): each input is a script run from a scratch folder
/// that holds what users' folders hold and a careless writer damages: a hard-linked report, a
/// read-only file, a FIFO, a dangling link that points out of the folder, links to a folder, to
/// the folder itself and to a device. The script's `export` statements and `actuals` blocks
/// meet them by name (the dictionary lists the names), and so do an `mplan export -o` and a
/// `:save` to a target the input picks. After each input, what must hold is checked: nothing
/// outside the scratch folder changed, the special files are what they were, no temporary file
/// is left behind. A broken rule aborts, so libFuzzer keeps the input as a crash.
///
/// An input is `SCRIPT` or `SCRIPT\n%%csv\nCSV`: the CSV becomes `ads.csv` beside the script.
enum FilesMode {
  static var isOn: Bool { getenv("MPLAN_FUZZ_FILES") != nil }

  /// The scratch folder: `$MPLAN_FUZZ_SCRATCH` (scripts/fuzz sets it under `.build-fuzz/`), one
  /// per process, since `-fork` runs several.
  static let root: String = {
    let base = getenv("MPLAN_FUZZ_SCRATCH").map { String(cString: $0) } ?? "/tmp/mplan-fuzz-files"
    mkdir(base, 0o755)
    return base + "/run-\(getpid())"
  }()
  static var planFolder: String { root + "/plan" }
  static var outsideFolder: String { root + "/outside" }

  static let victimText = "#!/bin/sh\necho original\n"
  static let readOnlyText = "Day,Campaign,Cost\n2027-01-05,Search,12.50\n"
  /// What the hard-linked report holds at first: an earlier export, so mplan may replace it.
  static let linkedText = "<!-- written by mplan export -->\n# An earlier plan\n"

  /// Where an `mplan export -o` and a `:save` of the input go: every kind of file the folder
  /// holds, and names that are hard to write (long, with NUL, with an escape). Not the links out
  /// of the folder: a name the user types may lead anywhere, only a script's may not.
  static let targets = [
    "report.md", "linked.md", "readonly.csv", "fifo.csv", "self/self/report.json", "zero-link.csv",
    "new.html",
    "sub", String(repeating: "n", count: 250) + ".md", "hook.sh\u{0}.csv", "bad\u{1b}]0;title\u{7}.md", "",
    "plan.csv", "self/linked2.md",
  ]

  static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
    let text = String(decoding: bytes, as: UTF8.self)
    let (script, csv) = split(text)
    prepare(csv: csv)
    let scriptPath = planFolder + "/fuzz.mplan"
    guard writeFile(scriptPath, script) else { fail("could not write the script") }

    var hash: UInt64 = 1_469_598_103_934_665_603
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 1_099_511_628_211 }
    let target = targets[Int(hash % UInt64(targets.count))]
    let saveTarget = targets[Int((hash >> 17) % UInt64(targets.count))]
    // `:save! readonly.csv` may replace it: that is what the user asked for.
    let force =
      hash & (1 << 40) != 0 && !target.hasSuffix("readonly.csv") && !saveTarget.hasSuffix("readonly.csv")

    let session = Session(options: fuzzOptions(interactive: false), events: { render($0) })
    let outcome = session.runFile(path: scriptPath)
    _ = session.renderer().render(outcome.diagnostics)
    _ = try? session.export(ExportRequest(path: target, force: force))
    _ = try? SafeWrite.write(script, to: saveTarget, force: force)

    let prompt = Session(options: fuzzOptions(interactive: true), events: { render($0) })
    _ = prompt.load(path: scriptPath)
    _ = try? prompt.exportText(ExportRequest(path: "-", format: "json"))

    checkInvariants(after: "input with targets `\(shown(target))` and `\(shown(saveTarget))`", saved: script)
  }

  static func split(_ text: String) -> (script: String, csv: String?) {
    guard let marker = text.firstRange(of: "\n%%csv\n") else { return (text, nil) }
    return (String(text[..<marker.lowerBound]), String(text[marker.upperBound...]))
  }

  /// Lays the scratch folder out anew, and makes it the current folder: a script may write
  /// under the current folder, which must never be the repository.
  static func prepare(csv: String?) {
    removeTree(root)
    for folder in [root, planFolder, outsideFolder, planFolder + "/sub"] {
      guard mkdir(folder, 0o755) == 0 else { fail("could not make \(folder)") }
    }
    guard chdir(planFolder) == 0 else { fail("could not enter \(planFolder)") }
    _ = writeFile(outsideFolder + "/victim.sh", victimText, mode: 0o755)
    _ = writeFile("readonly.csv", readOnlyText, mode: 0o444)
    _ = writeFile("linked.md", linkedText)
    link("linked.md", "linked2.md")
    _ = writeFile("report.md", linkedText)
    mkfifo("fifo.csv", 0o644)
    symlink("../outside/escape.md", "out-link.md")
    symlink("../outside", "dir-link")
    symlink(".", "self")
    symlink("/dev/zero", "zero-link.csv")
    _ = writeFile("ads.csv", csv ?? readOnlyText)
  }

  static func checkInvariants(after what: String, saved script: String) {
    guard chdir(planFolder) == 0 else { fail("the scratch folder went away, \(what)") }
    let outside = entries(of: outsideFolder)
    if outside != ["victim.sh"] { fail("the folder outside changed, \(what): \(outside)") }
    if contents(outsideFolder + "/victim.sh") != victimText { fail("a file outside was rewritten, \(what)") }
    if contents("readonly.csv") != readOnlyText || mode("readonly.csv") != 0o444 {
      fail("the read-only file changed, \(what)")
    }
    if kind("fifo.csv", following: false) != S_IFIFO { fail("the FIFO was replaced, \(what)") }
    for link in ["out-link.md", "dir-link", "self", "zero-link.csv"]
    where kind(link, following: false) != S_IFLNK {
      fail("the link `\(link)` was replaced, \(what)")
    }
    var first = stat()
    var second = stat()
    guard lstat("linked.md", &first) == 0, lstat("linked2.md", &second) == 0, first.st_ino == second.st_ino,
      first.st_nlink == 2
    else { fail("the hard link was broken, \(what)") }
    let linked = contents("linked.md") ?? ""
    if linked != linkedText, linked != script,
      !(linked.hasPrefix("<!-- written by mplan export -->") && linked.hasSuffix("\n"))
    {
      fail("the hard-linked file holds neither the old text nor a whole export, \(what)")
    }
    for name in entries(of: planFolder) {
      if name.hasPrefix(".") { fail("a temporary file `\(name)` was left behind, \(what)") }
      if name == "hook.sh" { fail("a path with a NUL wrote another file, \(what)") }
    }
  }

  /// A name with its control characters spelled out, so the report reads whole.
  static func shown(_ name: String) -> String {
    String(
      name.unicodeScalars.flatMap {
        $0.value < 0x20 ? Array("\\u{\(String($0.value, radix: 16))}") : [Character($0)]
      })
  }

  static func fail(_ message: String) -> Never {
    let line = "mplan fuzz (files mode): " + message + "\n"
    _ = line.withCString { write(STDERR_FILENO, $0, strlen($0)) }
    abort()
  }

  // MARK: - Small file helpers (plain POSIX: the target links no Foundation either)

  @discardableResult
  static func writeFile(_ path: String, _ text: String, mode: mode_t = 0o644) -> Bool {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    let bytes = Array(text.utf8)
    let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    fchmod(descriptor, mode)
    return written == bytes.count
  }

  static func contents(_ path: String) -> String? {
    guard kind(path, following: false) == S_IFREG else { return nil }
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while bytes.count < 1 << 24 {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      guard count > 0 else { break }
      bytes += chunk[0..<count]
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  static func kind(_ path: String, following: Bool) -> mode_t {
    var status = stat()
    let found = following ? stat(path, &status) : lstat(path, &status)
    return found == 0 ? status.st_mode & S_IFMT : 0
  }

  static func mode(_ path: String) -> mode_t {
    var status = stat()
    return lstat(path, &status) == 0 ? status.st_mode & 0o7777 : 0
  }

  static func entries(of folder: String) -> [String] {
    guard let directory = opendir(folder) else { return [] }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) {
        String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name != ".", name != ".." { names.append(name) }
    }
    return names.sorted()
  }

  /// `rm -rf` without following links; read-only files and folders are made writable first.
  static func removeTree(_ path: String) {
    guard kind(path, following: false) == S_IFDIR else {
      unlink(path)
      return
    }
    chmod(path, 0o755)
    for name in entries(of: path) { removeTree(path + "/" + name) }
    rmdir(path)
  }
}
