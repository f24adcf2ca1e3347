import MPlanSyntax

extension Checker {
  /// A declaration's forms by category (the last given for a category counts).
  package static func forms(_ forms: [CategoryForm]) -> [PluralCategory: String] {
    var byCategory: [PluralCategory: String] = [:]
    for form in forms { byCategory[form.category] = form.name.text }
    return byCategory
  }
}
