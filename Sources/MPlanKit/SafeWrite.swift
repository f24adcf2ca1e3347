import MPlanSyntax

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a whole text file the way an editor should: `:save`, every export and `mplan fmt`
/// use it. The file is replaced whole or not at all (written beside it under a short
/// temporary name, flushed, then put in place), and what the user had stays what it was:
///
/// - a name with a control character (NUL, a line break…) is refused: the system would cut
///   it at a NUL and write another file than the one named;
/// - only regular files are written: a device (`/dev/null`, `/dev/full`), a FIFO, a socket
///   or a directory is refused, never replaced;
/// - a symbolic link is followed, so its target is updated and the link stays a link;
/// - the file keeps its permissions (and, when allowed, its owner);
/// - a read-only file is refused unless `force`; the message gives `forceAdvice`, the way the
///   caller's user replaces it anyway (`:save! FILE`, `--force`);
/// - a file with several hard links keeps them: the new text is first written whole to the
///   temporary file, and only then copied over the old text (never truncated first), so a
///   full disk or a file-size limit leaves the old text as it was.
public enum SafeWrite {
  public struct Failure: Error, Sendable, CustomStringConvertible {
    /// What went wrong, as data: the caller says it in the reader's language.
    public var content: Message
    /// False only when a hard-linked file was partly overwritten (its new text is then kept
    /// in a named temporary file): callers may otherwise say the old file is as it was.
    public var targetUnchanged = true

    init(_ content: Message, targetUnchanged: Bool = true) {
      (self.content, self.targetUnchanged) = (content, targetUnchanged)
    }

    /// The failure in English, for the callers that still take text.
    public var description: String { content.english }
  }

  /// Writes `text` to `path` (see the type's rules); throws what stopped it, in the user's
  /// words. `forceAdvice` is how the user replaces a read-only file anyway, such as
  /// "`:save! plan.mplan`"; nil when there is no such way.
  public static func write(_ text: String, to path: String, force: Bool = false, forceAdvice: String? = nil)
    throws(Failure)
  {
    try prepare(text, to: path, force: force, forceAdvice: forceAdvice).commit()
  }

  /// A text written whole and flushed beside its target, not yet put in place. Several files
  /// are written all or nothing by preparing each, then committing them: whatever can fail
  /// for want of room or rights fails while preparing, when nothing is in place yet.
  public struct Prepared: Sendable {
    let temporary: String
    let target: String
    let path: String
    let length: Int
    let hardLinked: Bool

    /// Puts the text in place: a rename, or for a hard-linked file a copy into it.
    public func commit() throws(Failure) {
      if hardLinked { return try copy(temporary, over: target, length: length, path: path) }
      guard rename(temporary, target) == 0 else {
        let code = errno
        unlink(temporary)
        throw failure(path, errno: code)
      }
    }

    /// Removes the temporary file: the target stays as it was.
    public func discard() { unlink(temporary) }
  }

  /// Checks `path` (see the type's rules) and writes `text` beside it; `commit()` puts it in
  /// place.
  public static func prepare(_ text: String, to path: String, force: Bool = false, forceAdvice: String? = nil)
    throws(Failure) -> Prepared
  {
    try prepare(bytes: Array(text.utf8), to: path, force: force, forceAdvice: forceAdvice)
  }

  /// `prepare` for a file that is not text (an xlsx workbook).
  public static func prepare(bytes: [UInt8], to path: String, force: Bool = false, forceAdvice: String? = nil)
    throws(Failure) -> Prepared
  {
    guard !path.isEmpty else { throw Failure(Message("safewrite-no-name")) }
    if let problem = problemWithNameContent(path) { throw Failure(problem) }
    let target = try resolvingLinks(path)
    var status = stat()
    var existing: stat?
    if lstat(target, &status) == 0 {
      let kind = status.st_mode & S_IFMT
      guard kind == S_IFREG else {
        throw Failure(
          Message("safewrite-not-regular", ["path": .text(path), "kind": .message(describe(kind))]))
      }
      if status.st_mode & 0o222 == 0, !force {
        throw Failure(
          forceAdvice.map {
            Message("safewrite-read-only-force", ["path": .text(path), "advice": .text($0)])
          }
            ?? Message("safewrite-read-only", ["path": .text(path)]))
      }
      existing = status
    } else if errno != ENOENT {
      throw failure(path)
    }
    let temporary = try writeTemporary(bytes, beside: target, path: path, keeping: existing)
    return Prepared(
      temporary: temporary, target: target, path: path, length: bytes.count,
      hardLinked: (existing?.st_nlink ?? 1) > 1)
  }

  /// What is wrong with a file name no file should have, in the user's words, or nil: a
  /// control character (U+0000–U+001F, U+007F–U+009F), or a direction override or isolate
  /// (U+202A–U+202E, U+2066–U+2069). The system ends a name at a NUL, so `"hook.sh\u{0}.csv"`
  /// would write `hook.sh`; a line break or an escape hides in a listing; an override shows
  /// `report\u{202E}lmth.md` as `reportdm.html`. The marks Persian and Arabic words need (the
  /// zero-width non-joiner, the right-to-left mark) are letters' business and stay allowed.
  public static func problemWithName(_ path: String) -> String? { problemWithNameContent(path)?.english }

  /// `problemWithName` as data, said in the reader's language by the caller.
  public static func problemWithNameContent(_ path: String) -> Message? {
    guard let control = path.unicodeScalars.first(where: isControl) else { return nil }
    let hex = String(control.value, radix: 16, uppercase: true)
    let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    return Message(
      "safewrite-control-in-name",
      [
        "path": .text(visible(path)), "what": .text(isDirectionControl(control) ? "direction" : "control"),
        "code": .text(code),
      ])
  }

  /// The path with each control character written as `\u{…}`, fit to show in a message.
  public static func visible(_ path: String) -> String {
    path.unicodeScalars.map { isControl($0) ? "\\u{\(String($0.value, radix: 16))}" : String($0) }.joined()
  }

  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || isDirectionControl(scalar)
  }

  private static func isDirectionControl(_ scalar: Unicode.Scalar) -> Bool {
    (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
  }

  /// The file a path names once its symbolic links are followed (at most 40, as the kernel
  /// allows); a link to a file not yet made resolves to where the file will be.
  public static func resolvingLinks(_ path: String) throws(Failure) -> String {
    var current = path
    for _ in 0..<40 {
      var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
      let length = readlink(current, &buffer, buffer.count - 1)
      if length < 0 {
        if errno == EINVAL || errno == ENOENT || errno == ENOTDIR { return current }
        throw failure(path)
      }
      let link = String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
      if link.hasPrefix("/") {
        current = link
      } else if let slash = current.lastIndex(of: "/") {
        current = String(current[...slash]) + link
      } else {
        current = link
      }
    }
    throw Failure(Message("safewrite-link-loop", ["path": .text(path)]))
  }

  /// Writes the whole text to a new file in the target's folder and flushes it; returns its
  /// name. The name is short (`.mplan-PID-N.tmp`), not derived from the target's, so any name
  /// the file system accepts can be written (a long name plus a suffix would pass NAME_MAX).
  private static func writeTemporary(
    _ bytes: [UInt8], beside target: String, path: String, keeping original: stat?
  )
    throws(Failure) -> String
  {
    let folder = target.lastIndex(of: "/").map { String(target[...$0]) } ?? ""
    var temporary = ""
    var descriptor: Int32 = -1
    for attempt in 0..<100 {
      temporary = folder + ".mplan-\(getpid())-\(attempt).tmp"
      descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
      if descriptor >= 0 || errno != EEXIST { break }
    }
    guard descriptor >= 0 else { throw failure(path) }
    if let original {
      // A set-user-ID or set-group-ID bit survives only for a file its owner rewrites: root
      // (or anyone) writing another's file must not leave a privileged program behind.
      let ownRewrite = geteuid() != 0 && original.st_uid == geteuid()
      fchmod(descriptor, original.st_mode & (ownRewrite ? 0o7777 : 0o1777))
      // Only root may give a file away; for anyone else the owner is already theirs.
      _ = fchown(descriptor, original.st_uid, original.st_gid)
    }
    let written = writeAll(bytes, to: descriptor) && fsync(descriptor) == 0
    let writeError = errno
    close(descriptor)
    guard written else {
      unlink(temporary)
      throw failure(path, errno: writeError)
    }
    return temporary
  }

  /// Puts the text of `temporary` into the hard-linked `target` itself, so every name keeps
  /// seeing it. The text is already whole on disk; the space is reserved before a byte of the
  /// target changes, and the old text is overwritten and only then cut to length (never
  /// truncated first), so a reader never finds it empty. Should the copy still fail, the
  /// temporary file is kept and named, so nothing is lost.
  fileprivate static func copy(_ temporary: String, over target: String, length: Int, path: String)
    throws(Failure)
  {
    let source = open(temporary, O_RDONLY | O_CLOEXEC)
    let descriptor = open(target, O_WRONLY | O_CLOEXEC)
    defer {
      if source >= 0 { close(source) }
      if descriptor >= 0 { close(descriptor) }
    }
    guard source >= 0, descriptor >= 0 else {
      let code = errno
      unlink(temporary)
      throw failure(path, errno: code)
    }
    // Two exports to one linked file take turns rather than interleave their bytes.
    flock(descriptor, LOCK_EX)
    // As the kernel does for any writer but root: new text in a privileged program loses the
    // privilege, which a rename would have dropped too.
    var status = stat()
    if fstat(descriptor, &status) == 0, status.st_mode & (S_ISUID | S_ISGID) != 0 {
      fchmod(descriptor, status.st_mode & 0o1777)
    }
    if !reserve(length, in: descriptor) {
      let code = errno
      unlink(temporary)
      throw failure(path, errno: code)
    }
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    var offset = 0
    var copied = true
    while copied, offset < length {
      let count = read(source, &buffer, buffer.count)
      if count < 0, errno == EINTR { continue }
      guard count > 0 else {
        copied = false
        break
      }
      var done = 0
      while done < count {
        let wrote = buffer.withUnsafeBytes {
          pwrite(descriptor, $0.baseAddress! + done, count - done, off_t(offset + done))
        }
        if wrote < 0, errno == EINTR { continue }
        guard wrote > 0 else {
          copied = false
          break
        }
        done += wrote
      }
      offset += done
    }
    copied = copied && ftruncate(descriptor, off_t(length)) == 0 && fsync(descriptor) == 0
    guard copied else {
      throw Failure(
        Message(
          "safewrite-cannot-write-kept",
          [
            "path": .text(path), "reason": .text(String(cString: strerror(errno))),
            "temporary": .text(temporary),
          ]),
        targetUnchanged: false)
    }
    unlink(temporary)
  }

  /// Writes every byte, going on after short writes and interrupted calls.
  static func writeAll(_ text: String, to descriptor: Int32) -> Bool {
    writeAll(Array(text.utf8), to: descriptor)
  }

  static func writeAll(_ data: [UInt8], to descriptor: Int32) -> Bool {
    data.withUnsafeBufferPointer { bytes in
      var offset = 0
      while offset < bytes.count {
        let count = writeBytes(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
        if count < 0, errno == EINTR { continue }
        guard count > 0 else { return false }
        offset += count
      }
      return true
    }
  }

  /// What a file that is not a regular one is: "a directory", "a pipe (FIFO)".
  package static func describe(_ kind: mode_t) -> Message {
    let word =
      switch kind {
      case S_IFDIR: "directory"
      case S_IFCHR, S_IFBLK: "device"
      case S_IFIFO: "fifo"
      case S_IFSOCK: "socket"
      default: "special"
      }
    return Message("safewrite-file-kind", ["kind": .text(word)])
  }

  fileprivate static func failure(_ path: String, errno code: Int32 = errno) -> Failure {
    Failure(
      Message(
        "safewrite-cannot-write", ["path": .text(path), "reason": .text(String(cString: strerror(code)))]))
  }
}

/// Reserves room for a file to grow to `length` bytes, so a full disk shows before the first
/// byte of it is overwritten. Only the part past its end is reserved (as zeros past the old
/// text, which the copy then overwrites): the old text stays as it was.
private func reserve(_ length: Int, in descriptor: Int32) -> Bool {
  var status = stat()
  guard fstat(descriptor, &status) == 0 else { return false }
  let size = Int(status.st_size)
  guard length > size else { return true }
  let code = posix_fallocate(descriptor, off_t(size), off_t(length - size))
  guard code == 0 else {
    errno = code
    return false
  }
  return true
}

/// `write(2)`, under a name the `SafeWrite.write` above does not hide.
private func writeBytes(_ descriptor: Int32, _ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int {
  write(descriptor, bytes, count)
}
