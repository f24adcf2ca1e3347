#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a whole text file the way an editor should: `:save` uses it, and so will every
/// exporter. The file is replaced whole or not at all (written beside it, flushed, renamed
/// over it), and what the user had stays what it was:
///
/// - only regular files are written: a device (`/dev/null`, `/dev/full`), a FIFO, a socket
///   or a directory is refused, never replaced;
/// - a symbolic link is followed, so its target is updated and the link stays a link;
/// - the file keeps its permissions (and, when allowed, its owner);
/// - a read-only file is refused unless `force` (`:save! FILE`);
/// - a file with several hard links is rewritten in place, so every name still sees it.
public enum SafeWrite {
  public struct Failure: Error, Sendable, CustomStringConvertible {
    public var description: String
  }

  /// Writes `text` to `path` (see the type's rules); throws what stopped it, in the user's
  /// words.
  public static func write(_ text: String, to path: String, force: Bool = false) throws(Failure) {
    guard !path.isEmpty else { throw Failure(description: "no file was named") }
    let target = try resolvingLinks(path)
    var status = stat()
    if lstat(target, &status) == 0 {
      let kind = status.st_mode & S_IFMT
      guard kind == S_IFREG else {
        throw Failure(description: "`\(path)` is \(describe(kind)), not a regular file; give a file name")
      }
      if status.st_mode & 0o222 == 0, !force {
        throw Failure(description: "`\(path)` is read-only; use `:save! \(path)` to replace it anyway")
      }
      if status.st_nlink > 1 {
        return try writeInPlace(text, to: target, path: path)
      }
      return try writeAndRename(text, to: target, path: path, keeping: status)
    }
    guard errno == ENOENT else { throw failure(path) }
    try writeAndRename(text, to: target, path: path, keeping: nil)
  }

  /// The file a path names once its symbolic links are followed (at most 40, as the kernel
  /// allows); a link to a file not yet made resolves to where the file will be.
  static func resolvingLinks(_ path: String) throws(Failure) -> String {
    var current = path
    for _ in 0..<40 {
      var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
      let length = readlink(current, &buffer, buffer.count - 1)
      if length < 0 {
        if errno == EINVAL || errno == ENOENT { return current }
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
    throw Failure(description: "`\(path)` is a loop of symbolic links")
  }

  private static func writeAndRename(_ text: String, to target: String, path: String, keeping original: stat?)
    throws(Failure)
  {
    let folder = target.lastIndex(of: "/").map { String(target[...$0]) } ?? ""
    let name = target.lastIndex(of: "/").map { String(target[target.index(after: $0)...]) } ?? target
    let temporary = folder + "." + name + ".mplan-save-\(getpid())"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else { throw failure(path) }
    var succeeded = false
    defer {
      if !succeeded { unlink(temporary) }
    }
    if let original {
      // A set-user-ID or set-group-ID bit survives only for a file its owner rewrites: root
      // (or anyone) writing another's file must not leave a privileged program behind.
      let ownRewrite = geteuid() != 0 && original.st_uid == geteuid()
      fchmod(descriptor, original.st_mode & (ownRewrite ? 0o7777 : 0o1777))
      // Only root may give a file away; for anyone else the owner is already theirs.
      _ = fchown(descriptor, original.st_uid, original.st_gid)
    }
    let written = writeAll(text, to: descriptor) && fsync(descriptor) == 0
    let writeError = errno
    close(descriptor)
    guard written else { throw failure(path, errno: writeError) }
    guard rename(temporary, target) == 0 else { throw failure(path) }
    succeeded = true
  }

  private static func writeInPlace(_ text: String, to target: String, path: String) throws(Failure) {
    let descriptor = open(target, O_WRONLY | O_TRUNC | O_CLOEXEC)
    guard descriptor >= 0 else { throw failure(path) }
    let written = writeAll(text, to: descriptor) && fsync(descriptor) == 0
    let writeError = errno
    close(descriptor)
    guard written else { throw failure(path, errno: writeError) }
  }

  /// Writes every byte, going on after short writes and interrupted calls.
  static func writeAll(_ text: String, to descriptor: Int32) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
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

  private static func describe(_ kind: mode_t) -> String {
    switch kind {
    case S_IFDIR: "a directory"
    case S_IFCHR, S_IFBLK: "a device"
    case S_IFIFO: "a pipe (FIFO)"
    case S_IFSOCK: "a socket"
    default: "a special file"
    }
  }

  private static func failure(_ path: String, errno code: Int32 = errno) -> Failure {
    Failure(description: "cannot write `\(path)`: \(String(cString: strerror(code)))")
  }
}

/// `write(2)`, under a name the `SafeWrite.write` above does not hide.
private func writeBytes(_ descriptor: Int32, _ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int {
  write(descriptor, bytes, count)
}
