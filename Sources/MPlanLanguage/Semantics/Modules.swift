import MPlanSyntax

/// What `import` and `use` bring in: a parsed file or standard-library module.
public struct LoadedModule: Sendable {
  /// A canonical path or `stdlib:NAME`: loading the same key twice runs it once.
  public var key: String
  public var displayName: String
  public var source: SourceFile
  public var statements: [Stmt]

  public init(key: String, displayName: String, source: SourceFile, statements: [Stmt]) {
    self.key = key
    self.displayName = displayName
    self.source = source
    self.statements = statements
  }
}

/// Finds and parses what `import` and `use` name; the `Session` implements it with a cache.
public protocol ModuleLoader: AnyObject {
  func loadFile(_ path: String, from span: SourceSpan) throws -> LoadedModule
  func loadModule(_ name: String, from span: SourceSpan) throws -> LoadedModule
}
