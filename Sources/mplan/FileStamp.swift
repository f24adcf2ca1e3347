#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// How a file looked when it was read: the time of its last change (to the nanosecond) and its
/// size. `mplan run --watch` and `:reload` compare stamps to see that a file was saved; the
/// size catches a save within the same clock tick on file systems with coarse times.
struct FileStamp: Equatable {
  var seconds: Int
  var nanoseconds: Int
  var size: Int

  /// The file's stamp now, or nil for a file that is not there (a deleted file has changed).
  static func of(_ path: String) -> FileStamp? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    #if canImport(Darwin)
      let time = info.st_mtimespec
    #else
      let time = info.st_mtim
    #endif
    return FileStamp(seconds: Int(time.tv_sec), nanoseconds: Int(time.tv_nsec), size: Int(info.st_size))
  }
}
