import MPlanKit
import PropertyBased
import Testing

/// A printed value parses back to the same value (issue 9): what `print` shows is mplan
/// source, so pasting it back gives the value again, and printing that gives the same text.
@Suite struct PrintedValueProperties {
  static let units = ["", " visit", " customer", " lead", "%", " month", " week", " USD", " EUR"]

  static func value(_ text: String) -> Value? {
    let session = Session(options: .init(interactive: true), output: { _ in })
    let outcome = session.evaluate(text)
    return outcome.hasErrors ? nil : outcome.value
  }

  @Test func aPrintedQuantityReadsBackAsItself() async {
    await propertyCheck(
      count: 300, input: Gen.int(in: -10_000_000...10_000_000), Gen.int(in: 0...(Self.units.count - 1))
    ) { cents, unitIndex in
      let source = "\(Double(cents) / 100)\(Self.units[unitIndex])"
      guard let first = Self.value(source) else {
        Issue.record("`\(source)` did not evaluate")
        return
      }
      let printed = Session.describe(first)
      guard let again = Self.value(printed) else {
        Issue.record("`\(printed)` (printed from `\(source)`) does not read back")
        return
      }
      #expect(Session.describe(again) == printed, "from `\(source)`")
    }
  }

  @Test func aPrintedListOrRecordReadsBackAsItself() async {
    await propertyCheck(count: 100, input: Gen.int(in: -100_000...100_000).array(of: 0...5)) { numbers in
      for source in [
        "[" + numbers.map { "\($0) visit" }.joined(separator: ", ") + "]",
        "{" + numbers.enumerated().map { "k\($0.offset): $\($0.element)" }.joined(separator: ", ") + "}",
      ] {
        guard let first = Self.value(source) else { continue }
        let printed = Session.describe(first)
        guard let again = Self.value(printed) else {
          Issue.record("`\(printed)` (printed from `\(source)`) does not read back")
          continue
        }
        #expect(Session.describe(again) == printed, "from `\(source)`")
      }
    }
  }
}
