import MPlanSyntax

/// The arguments of a call to a distribution (`normal($10k, $2k)`, `normal(p5: $8k, p95: $12k)`),
/// each with its span, matched against the forms the distribution accepts.
public struct DistributionArguments: Sendable {
  package var function: String
  package var span: SourceSpan
  package var positional: [(value: Value, span: SourceSpan)]
  package var named: [(name: String, value: Value, span: SourceSpan)]
  package var sampleCount: Int

  /// Named arguments arrive as one record after the others (the parser's desugaring of
  /// `f(x, k: v)`), so a record written by hand (`normal({p5: 1, p95: 2})`, Squiggle's form)
  /// reads the same.
  package init(
    function: String, span: SourceSpan, values: [Value], expressions: [Expr], sampleCount: Int
  ) {
    self.function = function
    self.span = span
    self.sampleCount = sampleCount
    positional = []
    named = []
    for (index, value) in values.enumerated() {
      let expression = index < expressions.count ? expressions[index] : nil
      if index == values.count - 1, case .record(let record) = value {
        var fieldSpans: [String: SourceSpan] = [:]
        if case .record(let entries)? = expression?.kind {
          for (name, field) in entries { fieldSpans[name.text] = field.span }
        }
        named = record.fields.map { ($0.name, $0.value, fieldSpans[$0.name] ?? expression?.span ?? span) }
      } else {
        positional.append((value, expression?.span ?? span))
      }
    }
  }

  /// The parameters by name, for the first form (a list of parameter names) the call
  /// matches: the values without names fill the form's first places, the named ones the rest;
  /// only `optional` parameters may be left out.
  package func match(_ forms: [[String]], optional: Set<String> = []) throws -> [String: (
    value: Value, span: SourceSpan
  )] {
    let names = Set(named.map(\.name))
    for form in forms where positional.count <= form.count {
      let rest = Set(form.dropFirst(positional.count))
      guard names.count == named.count, names.isSubset(of: rest),
        rest.subtracting(names).isSubset(of: optional)
      else { continue }
      var found: [String: (value: Value, span: SourceSpan)] = [:]
      for (name, argument) in zip(form, positional) { found[name] = argument }
      for argument in named { found[argument.name] = (argument.value, argument.span) }
      return found
    }
    let written = forms.map { form in "`\(function)(\(form.map { "\($0): …" }.joined(separator: ", ")))`" }
    throw Diagnostic.error(
      .wrongArgumentCount,
      "`\(function)` takes \(written.joined(separator: " or "))",
      at: span,
      fixIt: "write, for example, \(Self.examples[function] ?? written[0])")
  }

  private static let examples = [
    "normal": "`normal($10k, $2k)` (a mean and a standard deviation) or `normal(p5: $7k, p95: $13k)`",
    "lognormal":
      "`lognormal($10k, $2k)` (a mean and a standard deviation) or `lognormal(p5: $7k, p95: $13k)`",
    "uniform": "`uniform($8k, $12k)`",
    "triangular": "`triangular($8k, $9k, $12k)` (low, most likely, high)",
    "pert": "`pert($8k, $9k, $12k)` (low, most likely, high)",
    "beta": "`beta(13, 389)` or `beta(successes: 12, trials: 400)`",
    "mixture": "`mixture([$5k to $8k, $20k to $30k], weights: [80%, 20%])`",
  ]

  /// One parameter as an exact quantity: a distribution's parameters are numbers, not ranges.
  package func exact(_ parameters: [String: (value: Value, span: SourceSpan)], _ name: String) throws
    -> (quantity: Quantity, number: Double, span: SourceSpan)
  {
    guard let (value, span) = parameters[name] else {
      throw Diagnostic.error(.wrongArgumentCount, "`\(function)` needs `\(name)`", at: self.span)
    }
    guard case .quantity(let quantity) = value else {
      throw Diagnostic.error(
        .typeMismatch, "`\(function)`'s `\(name)` is a number, not \(value.typeDescription)", at: span)
    }
    guard let number = quantity.magnitude.exactValue else {
      throw Diagnostic.error(
        .typeMismatch, "`\(function)`'s `\(name)` is one number, not an uncertain value", at: span,
        fixIt: "give the parameter as one number, such as its `.mean`")
    }
    return (quantity, number, span)
  }

  /// Parameters that are amounts of the result (a mean, a bound, a mode) share one unit:
  /// `normal($10k, 2k visits)` has no single unit to give its samples.
  package func sameUnit(_ parameters: [(quantity: Quantity, number: Double, span: SourceSpan)]) throws {
    guard let first = parameters.first else { return }
    for other in parameters.dropFirst() where other.quantity.unit != first.quantity.unit {
      throw Diagnostic.error(
        .unitMismatch, "`\(function)`'s parameters need the same unit", at: other.span,
        label: UnitTable.describe(other.quantity.unit),
        secondary: [.init(span: first.span, message: UnitTable.describe(first.quantity.unit))],
        fixIt: "write each parameter in the unit of the result, as in `normal($10k, $2k)`")
    }
  }

  /// A parameter outside what the distribution allows (a negative spread, a mode outside the
  /// bounds): E0320 at the parameter, saying what would do.
  package func invalid(_ message: String, at span: SourceSpan, fixIt: String) -> Diagnostic {
    Diagnostic.error(.invalidDistribution, message, at: span, fixIt: fixIt)
  }
}
