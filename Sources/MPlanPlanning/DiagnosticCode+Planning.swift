import MPlanSyntax

/// The codes the planning layer raises besides its plan checks (`PlanCode`): what to export,
/// what-if statements and actuals.
extension DiagnosticCode {
  /// `export NAME to …` where NAME is no goal, budget, funnel or value.
  package static let exportWhat = DiagnosticCode("E0602")

  // What-if: goal seek and data tables (a table read too early, E0711, is the checker's).
  package static let goalUnitMismatch = DiagnosticCode("E0701")
  package static let noSolution = DiagnosticCode("E0702")
  package static let resultIgnoresInput = DiagnosticCode("E0703")
  package static let invalidStep = DiagnosticCode("E0704")
  package static let valuesUnitMismatch = DiagnosticCode("E0705")
  package static let notANumberToVary = DiagnosticCode("E0706")
  package static let tableTooLarge = DiagnosticCode("E0707")
  package static let tooManyTableInputs = DiagnosticCode("E0708")
  package static let invalidSpread = DiagnosticCode("E0709")
  package static let tornadoInputWithoutRange = DiagnosticCode("E0715")

  // Actuals (`actuals NAME { from "file.csv" … }`, docs/actuals.md)
  package static let actualsFileUnreadable = DiagnosticCode("E0801")
  package static let actualsNotText = DiagnosticCode("E0802")
  package static let actualsUnknownColumn = DiagnosticCode("E0803")
  package static let actualsMappingIncomplete = DiagnosticCode("E0804")
  package static let actualsMixedCurrencies = DiagnosticCode("E0805")
  package static let actualsBadRule = DiagnosticCode("E0806")
  package static let actualsRowsSkipped = DiagnosticCode("W0801")
  package static let actualsDaysAlreadyRead = DiagnosticCode("W0802")
  package static let actualsOutsidePeriod = DiagnosticCode("W0803")
  package static let actualsNotUTF8 = DiagnosticCode("W0804")
  package static let actualsRulesOverlap = DiagnosticCode("W0805")
  package static let actualsRuleUnused = DiagnosticCode("W0806")
}
