import MPlanLanguage
import MPlanSyntax

/// The lines `show variance` says around its tables: its heading, how a channel's spend is
/// spread over its actions, and what a run-rate goal's "achieved" is.
extension Message {
  /// "plan versus actual as of 2027-02-16 (ads)" or "checkpoint 2027-03-31 (ads)", with the
  /// day the actuals end when the view looks past it, and the rows before the plan's period.
  static func varianceHeading(_ ledger: ActualsLedger, _ tracking: ActualsTracking, checkpoint: Bool)
    -> Message
  {
    let day: [String: Message.Argument] = ["date": .value(tracking.asOf.iso), "block": .text(ledger.name)]
    var heading =
      checkpoint
      ? Message("actuals-variance-checkpoint-heading", day) : Message("actuals-variance-heading", day)
    if tracking.asOf.dayNumber > ledger.lastDay {
      heading = Message(
        "actuals-variance-actuals-end",
        ["heading": .message(heading), "last": .value(CalendarDay(dayNumber: ledger.lastDay).iso)])
    }
    if tracking.rowsBeforePlan > 0 {
      heading = Message(
        "actuals-variance-rows-before-plan",
        ["heading": .message(heading), "rows": .count(tracking.rowsBeforePlan)])
    }
    return heading
  }

  /// How a channel's spend is spread over its actions: by their planned share, or, when the
  /// actions running change over its days, by their planned spend on each day.
  static func channelSpread(
    _ channel: String, _ phases: [(days: ClosedRange<Int>, actions: [(name: String, share: Double)])]
  ) -> Message {
    func shares(_ actions: [(name: String, share: Double)]) -> Message {
      Message.list(
        actions.map {
          Message(
            "actuals-action-share",
            [
              "action": .text($0.name),
              "share": .value(Formatting.number(PlanPresenter.rounded($0.share * 100)) + "%"),
            ])
        }) ?? .verbatim("")
    }
    if phases.count == 1 {
      return Message(
        "actuals-channel-spread-share",
        ["channel": .text(channel), "shares": .message(shares(phases[0].actions))])
    }
    var spans: Message?
    for phase in phases {
      let span = Message(
        "actuals-channel-spread-span",
        [
          "first": .value(CalendarDay(dayNumber: phase.days.lowerBound).iso),
          "last": .value(CalendarDay(dayNumber: phase.days.upperBound).iso),
          "shares": .message(shares(phase.actions)),
        ])
      spans =
        spans.map { Message("actuals-notes-more", ["list": .message($0), "next": .message(span)]) } ?? span
    }
    return Message(
      "actuals-channel-spread-daily", ["channel": .text(channel), "spans": .message(spans ?? .verbatim(""))])
  }

  /// "goal `mqls` is a run rate: achieved is its rate in 2027-03, the last whole month; a
  /// straight ramp from its baseline to its target stands at 433.33 a month today".
  static func runRateNote(_ name: String, _ run: ActualsTracking.RunRate) -> Message {
    let window: Message =
      switch (run.stated, run.complete) {
      case (true, true):
        Message(
          "actuals-run-rate-stated-window", ["window": .value(run.window.description), "per": .text(run.per)])
      case (false, true):
        Message(
          "actuals-run-rate-last-whole", ["window": .value(run.window.description), "per": .text(run.per)])
      case (true, false):
        Message(
          "actuals-run-rate-stated-before-baseline",
          ["first": .value(run.window.start.iso), "last": .value(run.window.end.iso), "per": .text(run.per)])
      case (false, false):
        Message(
          "actuals-run-rate-no-whole",
          ["first": .value(run.window.start.iso), "last": .value(run.window.end.iso), "per": .text(run.per)])
      }
    return Message(
      "actuals-run-rate",
      [
        "goal": .text(name), "window": .message(window),
        "expected": .value(Formatting.number(PlanPresenter.rounded(run.expected))), "per": .text(run.per),
      ])
  }
}
