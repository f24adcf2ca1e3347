#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a script from disk or standard input and turns every way that can go wrong (no such
/// file, a directory, a binary file, bytes that are not UTF-8) into a diagnostic. Plain POSIX
/// calls keep Foundation out of start-up.
public enum SourceLoader {
  /// Larger files are refused rather than read into memory whole.
  public static let maximumSize = 64 * 1024 * 1024

  public enum Failure: Error, Sendable {
    /// The input could not be had: exit 66.
    case input(Diagnostic)
    /// The input was read but is not a script: exit 65.
    case content(Diagnostic)

    public var diagnostic: Diagnostic {
      switch self {
      case .input(let diagnostic), .content(let diagnostic): diagnostic
      }
    }
  }

  public static func read(path: String) throws(Failure) -> SourceFile {
    let fileSpan = SourceSpan(file: path, start: 0, end: 0, line: 0, column: 0)
    let descriptor: Int32
    switch openFile(path) {
    case .success(let opened): descriptor = opened
    case .failure(.missing(let reason)):
      throw .input(.error(.fileNotFound, .cannotRead(path, reason: reason), at: fileSpan))
    case .failure(.notAFile(let kind)):
      throw .input(
        .error(
          .notAFile, Message("loader-not-a-script", ["path": .text(path), "kind": .message(kind.message)]),
          at: fileSpan,
          fixIt: kind == .directory ? Message("loader-folder-fix") : Message("loader-not-a-file-fix")))
    }
    defer { close(descriptor) }
    let bytes = try readAll(descriptor, name: path)
    return try decode(bytes, name: path)
  }

  /// What a path names when it is not a file that can be read.
  public enum NotAFile: Sendable, Equatable {
    case directory, pipe, device, socket

    /// What a file of this mode is, or nil for a regular file.
    public init?(mode: mode_t) {
      switch mode & S_IFMT {
      case S_IFREG: return nil
      case S_IFDIR: self = .directory
      case S_IFIFO: self = .pipe
      case S_IFSOCK: self = .socket
      default: self = .device
      }
    }

    /// `a folder`, `a named pipe (FIFO)`: what the path is, for a message.
    public var message: Message {
      switch self {
      case .directory: Message("loader-kind-folder")
      case .pipe: Message("loader-kind-pipe")
      case .device: Message("loader-kind-device")
      case .socket: Message("loader-kind-socket")
      }
    }

    /// `message` in English, for the callers that still build text.
    public var described: String { message.english }
  }

  public enum OpenFailure: Error, Sendable, Equatable {
    /// No such file, or no permission: the reason in the system's words.
    case missing(String)
    case notAFile(NotAFile)
  }

  /// Opens a regular file for reading. Anything else is refused before it is opened: reading
  /// a FIFO with no writer, or a device such as a terminal, would wait forever. The file is
  /// opened without blocking and checked again, so one swapped in between the two checks is
  /// refused too.
  public static func openFile(_ path: String) -> Result<Int32, OpenFailure> {
    func missing() -> OpenFailure {
      // The system's reason is English text already; ours says the same in the catalogue's words.
      .missing(errno == ENOENT ? Message("loader-no-such-file").english : String(cString: strerror(errno)))
    }
    func kind(_ info: stat) -> NotAFile? { NotAFile(mode: info.st_mode) }
    var info = stat()
    guard stat(path, &info) == 0 else { return .failure(missing()) }
    if let kind = kind(info) { return .failure(.notAFile(kind)) }
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { return .failure(missing()) }
    guard fstat(descriptor, &info) == 0 else {
      let failure = missing()
      close(descriptor)
      return .failure(failure)
    }
    if let kind = kind(info) {
      close(descriptor)
      return .failure(.notAFile(kind))
    }
    _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
    return .success(descriptor)
  }

  public static func readStandardInput() throws(Failure) -> SourceFile {
    try decode(try readAll(STDIN_FILENO, name: "<stdin>"), name: "<stdin>")
  }

  package static func readAll(_ descriptor: Int32, name: String) throws(Failure) -> [UInt8] {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw .input(
          .error(
            .fileNotFound, .cannotRead(name, reason: String(cString: strerror(errno))),
            at: SourceSpan(file: name, start: 0, end: 0, line: 0, column: 0)))
      }
      if count == 0 { return bytes }
      bytes.append(contentsOf: chunk[0..<count])
      if bytes.count > maximumSize {
        throw .input(
          .error(
            .notAFile,
            Message(
              "loader-too-large", ["path": .text(name), "size": .value("\(maximumSize / 1024 / 1024) MB")]),
            at: SourceSpan(file: name, start: 0, end: 0, line: 0, column: 0)))
      }
    }
  }

  /// Text must be UTF-8; a NUL byte means a binary file. Errors point at the first bad byte.
  public static func decode(_ bytes: [UInt8], name: String) throws(Failure) -> SourceFile {
    var line = 1
    var lineStart = 0
    if let nul = bytes.firstIndex(of: 0) {
      for (index, byte) in bytes[0..<nul].enumerated() where byte == 10 { line += 1; lineStart = index + 1 }
      throw .content(
        .error(
          .unreadableText, Message("loader-binary", ["path": .text(name)]),
          at: SourceSpan(file: name, start: nul, end: nul + 1, line: line, column: nul - lineStart + 1),
          notes: [Message("loader-binary-note", ["offset": .count(nul)])]))
    }
    if let text = String(validating: bytes, as: UTF8.self) {
      return SourceFile(name: name, text: text)
    }
    // Find the first byte that does not decode, for the line and column.
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    var offset = 0
    var column = 1
    var scalarStart = 0
    loop: while true {
      scalarStart = offset
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        offset += UTF8.width(scalar)
        if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
      case .emptyInput: break loop
      case .error: break loop
      }
    }
    throw .content(
      .error(
        .unreadableText, Message("loader-not-utf8", ["path": .text(name)]),
        at: SourceSpan(file: name, start: 0, end: 0, line: line, column: column),
        notes: [Message("loader-not-utf8-note", ["offset": .count(scalarStart)])],
        fixIt: Message("loader-not-utf8-fix")))
  }

  /// The folder part of a path, for resolving `import` relative to the importing file.
  public static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  /// A path made absolute and without `.` or `..` parts, so one file has one key.
  public static func canonical(_ path: String) -> String {
    if let resolved = realpath(path, nil) {
      defer { free(resolved) }
      return String(cString: resolved)
    }
    return path
  }
}

extension Message {
  /// A file that could not be read: `reason` is the system's (`no such file`, `permission denied`).
  static func cannotRead(_ path: String, reason: String) -> Message {
    Message("loader-cannot-read", ["path": .text(path), "reason": .text(reason)])
  }
}
