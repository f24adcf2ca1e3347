#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A spreadsheet formula as a tree: written out as text for the file, and evaluated here so
/// that the value stored beside it is checked against what mplan worked out before the
/// formula goes into the workbook (a unit conversion the formula does not know of would
/// otherwise make a finance partner's sheet silently wrong).
package indirect enum Formula: Sendable {
  case number(Double)
  case text(String)
  case cell(CellReference)
  /// A defined name and the cell it stands for.
  case name(String, CellReference)
  case negate(Formula)
  case binary(Operator, Formula, Formula)
  /// `SUMIFS`, `ROUNDUP`… with their arguments; `range` arguments are written as `.range`.
  case function(String, [Formula])
  /// `A2:A10` on one sheet.
  case range(CellReference, CellReference)

  package enum Operator: String, Sendable {
    case add = "+", subtract = "-", multiply = "*", divide = "/", power = "^"
    case less = "<"

    var precedence: Int {
      switch self {
      case .less: 0
      case .add, .subtract: 1
      case .multiply, .divide: 2
      case .power: 3
      }
    }
  }

  /// The formula as a cell on `sheet` holds it, without the leading `=`.
  package func text(on sheet: String) -> String {
    switch self {
    case .number(let value): return Self.numberText(value)
    case .text(let text): return "\"" + text.replacingAll("\"", with: "\"\"") + "\""
    case .cell(let reference): return reference.formulaText(from: sheet)
    case .name(let name, _): return name
    case .negate(let operand): return "-" + operand.operandText(on: sheet, above: 3)
    case .binary(let op, let left, let right):
      // Left-associative: a right operand of the same precedence needs parentheses.
      return left.operandText(on: sheet, above: op.precedence - 1) + op.rawValue
        + right.operandText(on: sheet, above: op.precedence)
    case .function(let name, let arguments):
      return name + "(" + arguments.map { $0.text(on: sheet) }.joined(separator: ",") + ")"
    case .range(let from, let to):
      return from.formulaText(from: sheet, absolute: true) + ":" + to.a1(absolute: true)
    }
  }

  private func operandText(on sheet: String, above precedence: Int) -> String {
    if case .binary(let op, _, _) = self, op.precedence <= precedence { return "(" + text(on: sheet) + ")" }
    if case .number(let value) = self, value < 0 { return "(" + text(on: sheet) + ")" }
    return text(on: sheet)
  }

  /// The shortest text that reads back as the same double, never in a locale's form.
  package static func numberText(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return value.description.uppercased()
  }

  /// What the formula computes in `workbook`; nil for what it cannot (a text, a missing cell).
  package func value(in workbook: Workbook) -> Double? {
    switch self {
    case .number(let value): return value
    case .text, .range: return nil
    case .cell(let reference), .name(_, let reference):
      // An empty cell reads as 0, as in a spreadsheet; a text is no number.
      guard let cell = workbook.cell(reference) else { return 0 }
      return cell.content == .empty ? 0 : cell.number
    case .negate(let operand): return operand.value(in: workbook).map { -$0 }
    case .binary(let op, let left, let right):
      guard let a = left.value(in: workbook), let b = right.value(in: workbook) else { return nil }
      switch op {
      case .add: return a + b
      case .subtract: return a - b
      case .multiply: return a * b
      case .divide: return b == 0 ? nil : a / b
      case .power: return pow(a, b)
      case .less: return a < b ? 1 : 0
      }
    case .function(let name, let arguments):
      return Self.call(name, arguments, in: workbook)
    }
  }

  private static func call(_ name: String, _ arguments: [Formula], in workbook: Workbook) -> Double? {
    if name == "SUMIFS" { return sumIfs(arguments, in: workbook) }
    let values = arguments.map { $0.value(in: workbook) }
    switch name {
    case "ABS": return values[0].map(abs)
    case "MIN": return values.allSatisfy { $0 != nil } ? values.map { $0! }.min() : nil
    case "MAX": return values.allSatisfy { $0 != nil } ? values.map { $0! }.max() : nil
    case "ROUND":
      guard let value = values[0], let places = values[1] else { return nil }
      let scale = pow(10, places)
      return (value * scale).rounded(.toNearestOrAwayFromZero) / scale
    case "ROUNDUP":
      guard let value = values[0], let places = values[1] else { return nil }
      let scale = pow(10, places)
      return (value * scale).rounded(.awayFromZero) / scale
    case "IF":
      guard let condition = values[0] else { return nil }
      return condition != 0 ? values[1] : values[2]
    default: return nil
    }
  }
}

extension Formula {
  /// `SUMIFS(sum, range, criterion, …)` for the criteria the builder writes: a text matched
  /// regardless of case (as spreadsheets match it), or `>0`.
  fileprivate static func sumIfs(_ arguments: [Formula], in workbook: Workbook) -> Double? {
    guard case .range(let from, let to) = arguments[0], arguments.count % 2 == 1 else { return nil }
    var criteria: [(column: Int, test: (Cell?) -> Bool)] = []
    for pair in stride(from: 1, to: arguments.count, by: 2) {
      guard case .range(let range, _) = arguments[pair], case .text(let criterion) = arguments[pair + 1]
      else {
        return nil
      }
      if criterion == ">0" {
        criteria.append((range.column, { ($0?.number ?? 0) > 0 }))
      } else {
        let wanted = criterion.lowercased()
        criteria.append(
          (
            range.column,
            { if case .text(let text)? = $0?.content { text.lowercased() == wanted } else { false } }
          ))
      }
    }
    var total = 0.0
    for row in from.row...to.row {
      func cell(_ column: Int) -> Cell? {
        workbook.cell(CellReference(sheet: from.sheet, row: row, column: column))
      }
      guard criteria.allSatisfy({ $0.test(cell($0.column)) }) else { continue }
      total += cell(from.column)?.number ?? 0
    }
    return total
  }
}

extension String {
  package func replacingAll(_ target: Character, with replacement: String) -> String {
    var result = ""
    for character in self {
      if character == target { result += replacement } else { result.append(character) }
    }
    return result
  }
}

/// Sheet names as spreadsheets take them: 1–31 characters, none of `[]:*?/\`, not starting or
/// ending with `'`, not `History` (Excel keeps it for itself), and unique regardless of case.
package enum SheetName {
  package static func valid(_ wanted: String, taken: [String]) -> String {
    var name = String(
      wanted.unicodeScalars.filter { XMLText.isAllowed($0) && $0.value >= 0x20 }.map {
        "[]:*?/\\".unicodeScalars.contains($0) ? "_" : Character($0)
      })
    while name.hasPrefix("'") { name.removeFirst() }
    while name.hasSuffix("'") { name.removeLast() }
    if name.isEmpty { name = "Sheet" }
    name = String(name.prefix(31))
    var candidate = name
    var number = 2
    while (taken + ["History"]).contains(where: { $0.lowercased() == candidate.lowercased() }) {
      let suffix = " (\(number))"
      candidate = String(name.prefix(31 - suffix.count)) + suffix
      number += 1
    }
    return candidate
  }

  /// `'Funnel stages'` for a formula: quoted, with `'` doubled, whenever it is not a plain word.
  package static func quoted(_ name: String) -> String {
    let plain = name.unicodeScalars.allSatisfy {
      $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_"
    }
    return plain && !(name.first?.isNumber ?? true) && !DefinedName.looksLikeReference(name)
      ? name : "'" + name.replacingAll("'", with: "''") + "'"
  }
}

/// Names for cells (`cpc`, `last_year`) that a spreadsheet accepts and cannot take for
/// something else: `q1`, `ctr2` and `ab12` are cells, `r1c1`, `R`, `C` are R1C1 references,
/// `true` is a value, and a name may not start with a digit.
package enum DefinedName {
  /// `name` as a defined name, changed as little as it must be: characters a name cannot hold
  /// become `_`, and a name that reads as a reference or a value gets a trailing `_`
  /// (`q1` → `q1_`); unique regardless of case among `taken`.
  package static func valid(_ wanted: String, taken: Set<String>) -> String {
    var name = String(
      String.UnicodeScalarView(
        wanted.unicodeScalars.map {
          $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "." ? $0 : "_"
        }))
    if name.isEmpty || name.first!.isNumber || name.first == "." { name = "_" + name }
    if looksLikeReference(name) || ["true", "false"].contains(name.lowercased()) { name += "_" }
    name = String(name.prefix(250))
    var candidate = name
    var number = 2
    while taken.contains(candidate.lowercased()) {
      candidate = name + "_\(number)"
      number += 1
    }
    return candidate
  }

  /// True for `A1`-style (1–3 letters then digits, as far as `XFD1048576`) and `R1C1`-style
  /// text (`R`, `C`, `R12`, `C3`, `R1C1`, `RC`).
  package static func looksLikeReference(_ name: String) -> Bool {
    let upper = Array(name.uppercased().unicodeScalars)
    let letters = upper.prefix { ("A"..."Z").contains($0) }
    let digits = upper.dropFirst(letters.count)
    if (1...3).contains(letters.count), !digits.isEmpty, digits.allSatisfy({ ("0"..."9").contains($0) }) {
      return true
    }
    // R1C1: R, then optional digits, then optionally C and optional digits (and C alone).
    var rest = upper[...]
    var sawPart = false
    if rest.first == "R" {
      rest = rest.dropFirst()
      rest = rest.drop { ("0"..."9").contains($0) }
      sawPart = true
    }
    if rest.first == "C" {
      rest = rest.dropFirst()
      rest = rest.drop { ("0"..."9").contains($0) }
      sawPart = true
    }
    return sawPart && rest.isEmpty
  }
}
