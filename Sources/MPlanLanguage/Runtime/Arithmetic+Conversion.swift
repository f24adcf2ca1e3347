import MPlanSyntax

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Moving dates by durations and converting between units and currencies: the part of unit
/// arithmetic that is not an operator.
extension Arithmetic {
  // MARK: - Dates

  /// Dates are kept within ±10,000 years of today's calendar, far past any plan.
  package static let largestShiftInMonths = 120_000.0

  package func shift(
    _ period: CalendarPeriod, by duration: Quantity, negate: Bool, left: SourceSpan, right: SourceSpan
  )
    throws -> Value
  {
    guard duration.unit.isTime, let months = duration.magnitude.exactValue else {
      throw Diagnostic.error(
        .unitMismatch,
        Message("dates-move-by-duration", ["unit": .message(UnitTable.described(duration.unit))]),
        at: right, fixIt: Message("dates-move-by-duration-fix"))
    }
    let signed = negate ? -months : months
    guard abs(signed) <= Self.largestShiftInMonths else {
      throw Diagnostic.error(
        .invalidValue, Message("dates-move-too-far"), at: right, label: Message.thisIs(duration))
    }
    guard var duration = duration.calendarDuration else {
      throw Diagnostic.error(
        .invalidValue, Message("dates-move-whole", ["duration": .value(Formatting.describe(duration))]),
        at: right, fixIt: duration.wholeDurationAdviceMessage)
    }
    if negate { duration = CalendarDuration(months: -duration.months, days: -duration.days) }
    return .time(Self.moved(period, by: duration, in: calendar))
  }

  /// `period` moved by whole months by the calendar (2027-01-31 + 1 month is 2027-02-28),
  /// then by days, each end written as it still reads: a month moved by months is a month
  /// (February + 1 month ends on 31 March), by days the days it covers (`2027-03 + 7 days` is
  /// 2027-03-08 .. 2027-04-07, not March); a quarter moved by a month is months; a week moved
  /// by a month or by days not whole weeks no longer runs Monday to Sunday.
  /// Under `calendar persian` the months are Persian months, and a Gregorian month or quarter
  /// moved by them is the days it lands on.
  package static func moved(
    _ period: CalendarPeriod, by duration: CalendarDuration, in calendar: CalendarSystem = .gregorian
  ) -> CalendarPeriod {
    let isRange = period.granularity == .period
    func kept(_ written: CalendarPeriod.Granularity) -> CalendarPeriod.Granularity {
      switch written {
      case .week: duration.months == 0 && duration.days % 7 == 0 ? .week : .day
      case .month, .quarter: duration.days == 0 && calendar == .gregorian ? written : .day
      case .day, .period: .day
      }
    }
    let startAs = kept(isRange ? period.startGranularity : period.granularity)
    let endAs = kept(isRange ? period.endGranularity : period.granularity)
    let start = period.start.adding(duration, in: calendar)
    var end = period.end.adding(duration, in: calendar)
    if endAs == .month || endAs == .quarter {
      // The last day of the month the end's month lands in, not the same day of it.
      let landed = CalendarDay(dayNumber: period.end.dayNumber - period.end.components.day + 1)
        .addingMonths(duration.months).components
      end = CalendarPeriod.month(year: landed.year, month: landed.month).end
    }
    if calendar != .gregorian, duration.days == 0, period.start != period.end,
      calendar.components(of: period.start).day == 1, Self.isMonthEnd(period.end, in: calendar)
    {
      // Whole months of the plan's calendar stay whole months: 1406-07 - 1 month ends on
      // 31 Shahrivar, not on its 30th.
      let (year, month, _) = calendar.components(of: end)
      end = calendar.clampedDay(year: year, month: month, day: calendar.daysIn(month: month, year: year))
    }
    let first = CalendarPeriod.starting(on: start, as: startAs)
    let last = CalendarPeriod.ending(on: end, as: endAs)
    return !isRange && first == last ? first : .spanning(first, last)
  }

  private static func isMonthEnd(_ day: CalendarDay, in calendar: CalendarSystem) -> Bool {
    let (year, month, dayOfMonth) = calendar.components(of: day)
    return dayOfMonth == calendar.daysIn(month: month, year: year)
  }

  package func times(
    _ op: BinaryOperator, _ a: CalendarPeriod, _ b: CalendarPeriod, left: SourceSpan, right: SourceSpan
  )
    throws -> Value
  {
    switch op {
    case .subtract:
      let days = Double(a.start.dayNumber - b.start.dayNumber)
      let scale = 1 / UnitTable.daysPerMonth
      return .quantity(
        Quantity(
          days * scale, unit: Unit(base: UnitTable.timeBase), display: .time(name: "day", scale: scale)))
    case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual:
      return .bool(Self.compare(op, Double(a.start.dayNumber), Double(b.start.dayNumber)))
    default:
      throw Diagnostic.error(
        .typeMismatch, Message("dates-operator", ["operator": .text(op.rawValue)]),
        at: left.joined(right))
    }
  }

  // MARK: - Conversion

  /// `x as USD`, `d as weeks`, `r as %`, `10 as customer`.
  package func convert(_ value: Value, to unitName: UnitName, span: SourceSpan) throws -> Value {
    guard case .quantity(var quantity) = value else {
      throw Diagnostic.error(
        .typeMismatch, Message("conversion-not-a-number", ["type": .message(value.typeMessage)]), at: span)
    }
    guard let definition = units.lookup(unitName.text) else {
      throw Self.unknownUnit(unitName, units: units)
    }
    switch definition.kind {
    case .percent:
      // A ratio of two counts (`200 mql / 10,000 visit`) is a conversion rate.
      let factors = quantity.unit.factors
      if factors.count == 2, Set(factors.map(\.power)) == [1, -1],
        factors.allSatisfy({ units.lookup($0.base)?.kind == .count })
      {
        quantity.unit = .none
      }
      guard quantity.unit.isDimensionless else {
        throw Diagnostic.error(
          .unitMismatch, Message("conversion-percentage"), at: span, label: UnitTable.described(quantity.unit)
        )
      }
      quantity.display = definition.singular == "pp" ? .points : .percent
    case .time:
      // `$60k per year as month`: shows a rate per another time.
      if quantity.unit.isPerTime {
        quantity.display = .time(name: definition.singular, scale: definition.scale)
        return .quantity(quantity)
      }
      guard quantity.unit.isTime || quantity.unit.isDimensionless else {
        throw mismatch(quantity, unitName, span)
      }
      if quantity.unit.isDimensionless {
        quantity.magnitude = quantity.magnitude.map { $0 * definition.scale }
        quantity.unit = Unit(base: UnitTable.timeBase)
      }
      quantity.display = .time(name: definition.singular, scale: definition.scale)
    case .count:
      let target = definition.unit
      guard quantity.unit == target || quantity.unit.isDimensionless else {
        throw mismatch(quantity, unitName, span)
      }
      quantity.unit = target
      quantity.display = .plain
    case .currency:
      if quantity.unit.isDimensionless {
        quantity.unit = definition.unit
        quantity.display = .plain
        return .quantity(quantity)
      }
      var factor = 1.0
      var factors: [Unit.Factor] = []
      var converted = false
      for part in quantity.unit.factors {
        if part.isCurrency, part.base != definition.base {
          guard let rate = rateBetween(part.base, definition.base) else {
            throw Diagnostic.error(
              .missingRate,
              Message("conversion-no-rate", ["from": .text(part.base), "to": .text(definition.base)]),
              at: span,
              fixIt: Message(
                "conversion-no-rate-fix", ["from": .text(part.base), "to": .text(definition.base)]))
          }
          factor *= pow(rate, Double(part.power))
          factors.append(definition.unit.factors[0].with(power: part.power))
          converted = true
        } else {
          if part.isCurrency { converted = true }
          factors.append(part)
        }
      }
      guard converted else { throw mismatch(quantity, unitName, span) }
      quantity.magnitude = quantity.magnitude.map { $0 * factor }
      quantity.unit = Unit(factors: factors)
    }
    return .quantity(quantity)
  }

  package func mismatch(_ quantity: Quantity, _ unitName: UnitName, _ span: SourceSpan) -> Diagnostic {
    Diagnostic.error(
      .unitMismatch,
      Message(
        "conversion-unit-mismatch",
        ["unit": .message(UnitTable.described(quantity.unit)), "target": .text(unitName.text)]),
      at: span, label: UnitTable.described(quantity.unit),
      secondary: [.init(span: unitName.span, message: Message("label-a-different-unit"))])
  }
}
