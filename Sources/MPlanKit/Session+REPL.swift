import MPlanLanguage
import MPlanPlanning
import MPlanReport
import MPlanSyntax

/// What the REPL's `:commands` need from a session beyond `evaluate`: loading a file without
/// moving where later inputs import from, listing what the user defined, and turning the
/// inputs of a session back into a script.
extension Session {
  /// One name the user defined, for `:vars`.
  public struct UserBinding: Sendable {
    public var name: String
    public var value: Value
  }

  /// Runs a script file as one REPL input (all or nothing). Unlike `runFile`, later REPL inputs
  /// still import relative to the working folder, not the loaded file's folder.
  public func load(path: String) -> Outcome {
    let savedBase = importBase
    defer { importBase = savedBase }
    return runFile(path: path)
  }

  /// Names defined by scripts and inputs, not by natives or the standard library, by name.
  public var userBindings: [UserBinding] {
    environment.bindings.filter { name, binding in
      name == "_" || binding.span.map { !$0.file.hasPrefix("stdlib/") } ?? false
    }
    .map { UserBinding(name: $0.key, value: $0.value.value) }
    .sorted { $0.name < $1.name }
  }

  /// The scenario the prompt works under (`:scenario low`), or nil for the plan as written.
  public var activeScenario: String? { interpreter.activeScenario }

  /// Makes `name` the scenario inputs run and show under (`base`: none): the plan so far is
  /// run again under its changes. Returns what is wrong, or nil.
  public func activateScenario(_ name: String) -> Message? {
    // Replaying the plan under the scenario is an input of its own: the whole step budget,
    // not what the last input left.
    interpreter.refillSteps()
    var keyed: [OverrideKey: Expr] = [:]
    if name != "base" {
      guard let definition = environment.scenarios[name] else {
        let guess = Session.closest(to: name, among: ["base"] + environment.scenarios.keys)
        return guess.map {
          Message("scenario-none-did-you-mean", ["scenario": .text(name), "guess": .text($0)])
        }
          ?? Message("scenario-none", ["scenario": .text(name)])
      }
      do {
        for change in definition.overrides {
          keyed[try interpreter.overrideKey(change.target)] = change.value
        }
      } catch {
        return Message(
          "scenario-no-longer-applies",
          [
            "scenario": .text(name),
            "error": .message((error as? Diagnostic)?.content ?? .verbatim("\(error)")),
          ])
      }
    }
    if let failure = interpreter.switchScenario(to: name == "base" ? nil : name, overrides: keyed) {
      return Message(
        "scenario-plan-does-not-run",
        ["scenario": .text(name), "error": .message(failure.content), "place": .text("\(failure.span)")])
    }
    revision += 1
    return nil
  }

  /// The files imported so far (not standard-library modules), for `--watch`.
  public var importedFiles: [String] { modules.keys.filter { !$0.hasPrefix("stdlib:") }.sorted() }

  /// The scenarios defined so far, by name, each with the changes in force as written (with
  /// `extends`, the other scenario's too, unless this one changes the same thing): for `:vars`
  /// and `:show`.
  public var scenarios: [(name: String, changes: [String])] {
    environment.scenarios.map { name, definition in
      var targets: [String] = []
      var values: [String: String] = [:]
      for change in definition.overrides {
        let target = ExprPrinter.print(change.target)
        if values[target] == nil { targets.append(target) }
        values[target] = ExprPrinter.print(change.value)
      }
      return (name, targets.map { "\($0) = \(values[$0]!)" })
    }
    .sorted { $0.name < $1.name }
  }

  /// True when every statement of the input is a bare expression: it defines nothing, so a
  /// saved script keeps it only as a comment.
  public static func isOnlyExpressions(_ text: String) -> Bool {
    let result = Parser.parse(SourceFile(name: "<input>", text: text))
    return !result.statements.isEmpty
      && result.statements.allSatisfy { if case .expression = $0.kind { true } else { false } }
  }

  /// The input with each use of `_` (the REPL's last result) replaced by `replacement` in
  /// brackets, so a saved script does not depend on a name only the REPL binds.
  public static func replacingLastResult(in text: String, with replacement: String) -> String {
    let source = SourceFile(name: "<input>", text: text)
    let uses = Lexer.tokenize(source).tokens.filter { $0.kind == .identifier("_") }
    guard !uses.isEmpty else { return text }
    var scalars = source.scalars
    for use in uses.reversed() {
      scalars.replaceSubrange(use.span.start..<use.span.end, with: "(\(replacement))".unicodeScalars)
    }
    var rebuilt = String.UnicodeScalarView()
    rebuilt.append(contentsOf: scalars)
    return String(rebuilt)
  }

  /// Runs a script in a fresh, non-interactive session, as `mplan run` would, and gives the
  /// errors; `:save` uses it to say whether the saved script reproduces the session.
  public static func errorsRunningAsScript(_ text: String, name: String) -> [Diagnostic] {
    let session = Session(output: { _ in })
    // A check writes nothing: its `export`s are checked, then dropped.
    session.exportsHeld = true
    // Imports and exports resolve from the file's folder, as `mplan run FILE` resolves them.
    session.importBase = SourceLoader.directory(of: name)
    session.exportPolicy.scriptFolder = session.importBase
    return session.run(SourceFile(name: name, text: text), key: SourceLoader.canonical(name)).diagnostics
      .filter { $0.severity == .error }
  }

  /// The names an input defines (`let`, `fn`, `funnel`, plan blocks, scenarios), in order.
  public static func definedNames(in text: String) -> [String] {
    Parser.parse(SourceFile(name: "<input>", text: text)).statements.compactMap { $0.definedName?.text }
  }

  /// The input with the name `old` written as `new` wherever it names a value: not after a
  /// `.` (a member), not before a `:` (a record key or funnel stage).
  ///
  /// With `onlyInItsRedefinition`, only the uses before the line that defines `old` again and
  /// on that line are renamed: in `let a = a + 1` the right side means the earlier `a`.
  public static func renaming(
    _ old: String, to new: String, in text: String, onlyInItsRedefinition: Bool = false
  )
    -> String
  {
    let source = SourceFile(name: "<input>", text: text)
    let tokens = Lexer.tokenize(source).tokens
    var uses: [SourceSpan] = []
    var definitionLine: Int?
    for (index, token) in tokens.enumerated() where token.kind == .identifier(old) {
      if index > 0, tokens[index - 1].kind == .symbol(.dot) { continue }
      if index + 1 < tokens.count, tokens[index + 1].kind == .symbol(.colon) { continue }
      if onlyInItsRedefinition {
        let defines =
          index > 0
          && (tokens[index - 1].kind == .keyword(.let) || tokens[index - 1].kind == .keyword(.fn)
            || {
              if case .identifier(let word) = tokens[index - 1].kind {
                PlanWords.declaration(word) != nil || word == "funnel" || word == "scenario"
              } else {
                false
              }
            }())
        if definitionLine == nil, defines {
          definitionLine = token.span.line
          continue
        }
        // Before the name is defined again, a use still means the earlier one (an input that
        // redefines `b` and then reruns `a = b + 1` uses the earlier `a` first); after it,
        // only the redefining line's own uses do (`let a = a + 1`).
        if let line = definitionLine, token.span.line != line { continue }
      }
      uses.append(token.span)
    }
    guard !uses.isEmpty else { return text }
    var scalars = source.scalars
    for use in uses.reversed() {
      scalars.replaceSubrange(use.start..<use.end, with: new.unicodeScalars)
    }
    var rebuilt = String.UnicodeScalarView()
    rebuilt.append(contentsOf: scalars)
    return String(rebuilt)
  }
}
