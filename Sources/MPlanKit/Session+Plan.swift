import MPlanLanguage
import MPlanPlanning
import MPlanReport
import MPlanSyntax

/// The plan checks over what a session has declared: what `mplan check`, the findings after
/// `mplan run`, `:check` and the script tests read. Worked out once per state of the session.
public struct PlanCheck: Sendable {
  /// Every finding, passed and failed; without a plan, only what a plan needs (objectives, a
  /// period), so `mplan check` of an empty file still says what to write.
  public let findings: [PlanFinding]
  /// True when the script declared anything a plan check looks at.
  public let hasPlan: Bool

  /// The failed findings as diagnostics: what `mplan run` reports after a script (nothing
  /// when there is no plan).
  public var diagnostics: [Diagnostic] { hasPlan ? findings.compactMap(\.diagnostic) : [] }

  /// The checklist; `strict` counts every warning as an error.
  public func checklist(strict: Bool = false) -> Checklist { Checklist(findings, strict: strict) }

  /// The groups a checklist can be limited to, by the name `--only` and `:check` take.
  public static let groupNames = PlanFinding.Group.allCases.map { $0.rawValue.lowercased() }

  /// Only the findings of one group (`smart`, `budget`…, in any case), or nil for a name that
  /// is none. A workshop checks only the SMART letters: a goal's letters, with the goal errors
  /// that decide one (an unknown objective), and none of the plan-level findings.
  public func only(_ name: String) -> PlanCheck? {
    guard
      let group = PlanFinding.Group.allCases.first(where: { $0.rawValue.lowercased() == name.lowercased() })
    else { return nil }
    let kept = findings.filter {
      $0.group == group || (group == .smart && $0.diagnostic?.code == PlanCode.unknownObjective.rawValue)
    }
    return PlanCheck(findings: kept, hasPlan: hasPlan)
  }
}

extension Session {
  /// The plan checks for the session as it stands.
  public func checkPlan() -> PlanCheck {
    if let cachedCheck, cachedCheck.revision == revision { return cachedCheck.check }
    let checker = PlanChecker(environment: environment)
    let check = PlanCheck(findings: checker.runEvenWithoutPlan(), hasPlan: checker.hasPlan)
    cachedCheck = (revision, check)
    return check
  }

  /// Each goal's SMART letters as the checklist gives them (`S ✓ M ✗ A ? R ✓ T ✓`), with
  /// where the goal was declared: what the prompt prints when a goal is typed or loaded.
  public func smartLines() -> [(goal: String, declaredAt: String, letters: String)] {
    if let cachedSmartLines, cachedSmartLines.revision == revision { return cachedSmartLines.lines }
    var lines: [(goal: String, declaredAt: String, letters: String)] = []
    if environment.planItems.contains(where: { $0.kind == .goal }) {
      let checker = PlanChecker(environment: environment)
      let rules = checker.smartRules
      lines = checker.index.goals.map { goal in
        ("\(goal.name)", "\(goal.nameSpan.file):\(goal.nameSpan.start)", rules.check(goal).verdict.line)
      }
    }
    cachedSmartLines = (revision, lines)
    return lines
  }

  /// A value as the language prints it: `$1.20 per visit`, `10 customers`.
  public static func describe(_ value: Value) -> String { Formatting.describe(value) }

  /// A value as the prompt echoes it: a data table as the `table` statement shows it, on
  /// lines of its own; any other value as `describe` gives it.
  public static func display(_ value: Value) -> String {
    guard let table = value.dataTable else { return describe(value) }
    return ViewText().render(table.view)
  }

  /// The nearest of `candidates` to a misspelt `word`, for "did you mean".
  public static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
    Suggestions.closest(to: word, among: candidates)
  }

  /// Runs a script read from standard input; throws why it could not be read.
  public func runStandardInput() throws(Diagnostic) -> Outcome {
    do {
      return run(try SourceLoader.readStandardInput())
    } catch {
      throw error.diagnostic
    }
  }

  /// Runs a script the command line names: a file, or `-` for standard input; throws when
  /// standard input cannot be read.
  public func runScript(_ file: String) throws(Diagnostic) -> Outcome {
    file == "-" ? try runStandardInput() : runFile(path: file)
  }

  /// Runs a text given on the command line (`mplan eval`).
  public func run(text: String, name: String) -> Outcome {
    run(SourceFile(name: name, text: text))
  }
}

// The vocabulary the command line and the REPL share with the layers below, so that they
// import the façade alone.
public typealias Diagnostic = MPlanSyntax.Diagnostic
public typealias DiagnosticRenderer = MPlanReport.DiagnosticRenderer
public typealias Value = MPlanLanguage.Value
public typealias OutputEvent = MPlanLanguage.OutputEvent
public typealias ViewText = MPlanReport.ViewText
public typealias Sparkline = MPlanReport.Sparkline
public typealias Checklist = MPlanPlanning.Checklist
public typealias Suggestions = MPlanSyntax.Suggestions
public typealias ChangeText = MPlanReport.ChangeText
public typealias ChangeSet = MPlanReport.ChangeSet
public typealias DigitChoice = MPlanSyntax.DigitChoice
public typealias DisplayConventions = MPlanSyntax.DisplayConventions
