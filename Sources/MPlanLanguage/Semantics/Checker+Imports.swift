import MPlanSyntax

/// `import` and `use`: a module is checked once, in the names and units of the program that
/// imports it, and an import that loops or nests too deep is an error, not a stack overflow.
extension Checker {
  package mutating func checkImport(at span: SourceSpan, _ load: (any ModuleLoader) throws -> LoadedModule) {
    guard let loader else { return }
    if importStack.count > Self.maximumImportDepth {
      report(
        .error(
          .importsTooDeep, Message("checker-imports-too-deep", ["depth": .count(Self.maximumImportDepth)]),
          at: span,
          fixIt: Message("checker-imports-too-deep-fix")))
      return
    }
    do {
      let module = try load(loader)
      if importStack.contains(module.key) {
        let chain = (importStack + [module.key]).map { $0.split(separator: "/").last.map(String.init) ?? $0 }
        report(
          .error(
            .importCycle,
            Message(
              "checker-import-cycle",
              ["module": .text(module.displayName), "chain": .text(chain.joined(separator: " → "))]),
            at: span, fixIt: Message("checker-import-cycle-fix")))
        return
      }
      if checkedModules.contains(module.key) { return }
      checkedModules.insert(module.key)
      var inner = Checker(
        scope: Scope(), options: options, loader: loader, importStack: importStack + [module.key])
      inner.defined = defined
      inner.units = units
      inner.valueNames = valuesSoFar
      inner.checkedModules = checkedModules
      inner.check(module.statements)
      diagnostics += inner.diagnostics
      defined.formUnion(inner.defined)
      units = inner.units
      valueNames.merge(inner.valuesSoFar) { first, _ in first }
      checkedModules.formUnion(inner.checkedModules)
    } catch let diagnostic as Diagnostic {
      report(diagnostic)
    } catch {
      return
    }
  }
}
