import MPlanSyntax

/// The stable codes of the plan checks, documented with the language's in
/// docs/diagnostics.md ("Plan checks"); docs/planning.md explains each rule.
public enum PlanCode: String, Sendable, CaseIterable {
  // Alignment
  case planNoObjectives = "PLAN-A01", planTooManyObjectives = "PLAN-A02", unknownObjective = "PLAN-A03"
  case planNoPeriod = "PLAN-A04"
  case objectiveUnserved = "PLAN-A05", planUnknownLanguage = "PLAN-A06"
  // SMART, one code a letter
  case smartSpecific = "SMART-S", smartMeasurable = "SMART-M", smartAttainable = "SMART-A"
  case smartRelevant = "SMART-R", smartTimeBound = "SMART-T"
  // Goals as data
  case goalTargetNotPositive = "PLAN-G01", goalDeadlineBeforeBaseline = "PLAN-G02"
  case goalWithoutAction = "PLAN-G03", goalNoOwner = "PLAN-G04"
  // Funnel
  case unknownFunnel = "PLAN-F01", funnelWrongStage = "PLAN-F02"
  // Actions
  case actionNoOwner = "PLAN-X01", actionNoCost = "PLAN-X02", actionServesNoGoal = "PLAN-X03"
  case actionUnknownGoal = "PLAN-X04", actionOutsidePlanPeriod = "PLAN-X05"
  // Budget
  case budgetNoReserve = "PLAN-B01", budgetOverCommitted = "PLAN-B02", unknownBudget = "PLAN-B03"
  case budgetNoRate = "PLAN-B04", zeroBasedLineWithoutGoal = "PLAN-B05", actionUnfunded = "PLAN-B06"
  case budgetNoControl = "PLAN-B07"
  case budgetReserveLow = "PLAN-B12"
  // Reporting
  case goalNotReported = "PLAN-R01", reportNobodyActs = "PLAN-R02", reportUnknownGoal = "PLAN-R03"
  // Impossible values (added after review: negative money, reserves beyond 100%, unknown currencies)
  case budgetTotalNotMoney = "PLAN-B08", budgetReserveOutOfRange = "PLAN-B09", unknownCurrency = "PLAN-B10"
  case actionCostNotPositive = "PLAN-X06", reportIncomplete = "PLAN-R04", unknownCadence = "PLAN-R05"
  // Tracking: the plan against its actuals (docs/actuals.md)
  case trackingOverspend = "PLAN-T01", trackingIdleSpend = "PLAN-T02", trackingUnplannedSpend = "PLAN-T03"
  case trackingGoalBehind = "PLAN-T04", trackingBudgetLands = "PLAN-T05", trackingReallocate = "PLAN-T06"
  case trackingChannelNotSpread = "PLAN-T07"
  // Funnel: channels and unit economics (docs/planning.md, "Channels and unit economics")
  case channelSharesUnder = "PLAN-F03", channelNoCostBasis = "PLAN-F04", channelUnrun = "PLAN-F05"
  case channelCostly = "PLAN-F06", channelLowLifetimeValue = "PLAN-F07", channelSharesOver = "PLAN-F08"
  case channelCostInvalid = "PLAN-F09", channelNoFunnel = "PLAN-F10", channelVolumeInvalid = "PLAN-F11"
}

extension Diagnostic {
  package static func error(
    _ code: PlanCode, _ message: String, at span: SourceSpan, label: String? = nil,
    secondary: [Label] = [], notes: [String] = [], fixIt: String? = nil
  ) -> Diagnostic {
    Diagnostic(
      .error, code: code.rawValue, message, at: span, label: label, secondary: secondary, notes: notes,
      fixIt: fixIt)
  }

  package static func warning(
    _ code: PlanCode, _ message: String, at span: SourceSpan, label: String? = nil, notes: [String] = [],
    fixIt: String? = nil
  ) -> Diagnostic {
    Diagnostic(.warning, code: code.rawValue, message, at: span, label: label, notes: notes, fixIt: fixIt)
  }

  package static func note(
    _ code: PlanCode, _ message: String, at span: SourceSpan, notes: [String] = [], fixIt: String? = nil
  ) -> Diagnostic {
    Diagnostic(.note, code: code.rawValue, message, at: span, notes: notes, fixIt: fixIt)
  }

  package static func error(
    _ code: PlanCode, _ message: Message, at span: SourceSpan, label: String? = nil,
    secondary: [Label] = [], notes: [any DiagnosticWords] = [], fixIt: Message? = nil
  ) -> Diagnostic {
    Diagnostic(
      .error, code: code.rawValue, message, at: span, label: label, secondary: secondary, notes: notes,
      fixIt: fixIt)
  }

  package static func warning(
    _ code: PlanCode, _ message: Message, at span: SourceSpan, label: String? = nil,
    notes: [any DiagnosticWords] = [],
    fixIt: Message? = nil
  ) -> Diagnostic {
    Diagnostic(.warning, code: code.rawValue, message, at: span, label: label, notes: notes, fixIt: fixIt)
  }

  package static func note(
    _ code: PlanCode, _ message: Message, at span: SourceSpan, notes: [any DiagnosticWords] = [],
    fixIt: Message? = nil
  ) -> Diagnostic {
    Diagnostic(.note, code: code.rawValue, message, at: span, notes: notes, fixIt: fixIt)
  }
}
