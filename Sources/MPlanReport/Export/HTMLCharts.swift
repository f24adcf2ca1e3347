import MPlanLanguage
import MPlanPlanning
import MPlanSyntax

/// The charts of the HTML export as inline SVG: each a `<figure>` with an accessible title
/// (`role="img"`, `<title>`, `<desc>`) and a caption; the numbers are in the tables beside
/// them. Coordinates are rounded to a tenth, so the bytes are the same on every machine.
package struct HTMLCharts {
  /// Numbers each chart's ids, so that every `aria-labelledby` points at its own title.
  private var count = 0
  /// The reader's language, for the charts' titles and words.
  package var catalogue: Catalogue

  package init(catalogue: Catalogue = .english) { self.catalogue = catalogue }

  package static let width = 640.0

  // MARK: - Funnel

  /// One bar a stage, as long as the share of the top stage that reaches it, with its rate
  /// and count written beside it.
  package mutating func funnel(_ funnel: PlanExport.Funnel, title: String, description: String) -> String {
    let rowHeight = 34.0
    let labelWidth = 150.0
    let barSpace = Self.width - labelWidth - 170
    var share = 1.0
    var shapes: [String] = []
    for (index, stage) in funnel.stages.enumerated() {
      if let rate = stage.rate { share *= rate.central }
      let y = Double(index) * rowHeight + 6
      let length = max(2, barSpace * min(1, max(0, share)))
      var label = catalogue.render(
        Message("chart-share-of-top", ["share": .value(Formatting.percent(share))]))
      if let count = stage.count {
        label = Formatting.describe(.quantity(Quantity(magnitude: count, unit: Unit(base: stage.name))))
      }
      if let rate = stage.rate { label += " (" + Formatting.percent(rate.central) + ")" }
      shapes.append(Self.text(stage.name, x: labelWidth - 8, y: y + 17, anchor: "end"))
      shapes.append(Self.rect(x: labelWidth, y: y, width: length, height: rowHeight - 10, class: "bar"))
      shapes.append(Self.text(label, x: labelWidth + length + 6, y: y + 17))
    }
    let height = Double(funnel.stages.count) * rowHeight + 6
    return figure(title: title, height: height, description: description, shapes: shapes)
  }

  // MARK: - Budget pacing

  /// Committed spend a month as bars, the cumulative spend as a line, and the budget (given,
  /// or needed when bottom-up) as a dashed line: where the money goes against what there is.
  package mutating func pacing(_ budget: PlanExport.Budget, title: String, description: String) -> String {
    let limit = (budget.given ?? budget.needed).magnitude.central
    var cumulative: [Double] = []
    var running = 0.0
    for month in budget.months {
      running += month.amount
      cumulative.append(running)
    }
    // Headroom above the highest line, so the budget's label stays inside the chart.
    let top = Self.niceCeiling(1.08 * max(limit, running, budget.months.map(\.amount).max() ?? 0))
    // The axis's labels decide how much room they take: `1,000,000,000 IRR` needs twice what
    // `$60,000` does, and a fixed margin cut it to `00,000 IRR`.
    let widest = (0...4).map { Formatting.money(top * Double($0) / 4, budget.currency).count }.max() ?? 0
    let (left, right, chartTop, chartHeight) = (max(70.0, 14 + 7.5 * Double(widest)), 20.0, 10.0, 200.0)
    let slot = (Self.width - left - right) / Double(max(1, budget.months.count))
    func y(_ amount: Double) -> Double { chartTop + chartHeight * (1 - amount / top) }
    var shapes = Self.axis(
      top: top, currency: budget.currency, left: left, chartTop: chartTop, height: chartHeight)
    var points: [String] = []
    for (index, month) in budget.months.enumerated() {
      let x = left + Double(index) * slot
      shapes.append(
        Self.rect(
          x: x + slot * 0.15, y: y(month.amount), width: slot * 0.7, height: y(0) - y(month.amount),
          class: "bar2"))
      points.append("\(Self.coordinate(x + slot / 2)),\(Self.coordinate(y(cumulative[index])))")
      // At most six labels, so they never run into each other.
      if index % max(1, (budget.months.count + 5) / 6) == 0 {
        shapes.append(
          Self.text(month.label, x: x + slot / 2, y: chartTop + chartHeight + 16, anchor: "middle"))
      }
    }
    shapes.append("<polyline class=\"line\" points=\"\(points.joined(separator: " "))\"/>")
    let limitY = Self.coordinate(y(limit))
    shapes.append(
      "<line class=\"budget\" x1=\"\(Self.coordinate(left))\" y1=\"\(limitY)\" x2=\"\(Self.coordinate(Self.width - right))\" y2=\"\(limitY)\"/>"
    )
    shapes.append(
      Self.text(
        catalogue.render(
          budget.given == nil
            ? Message("chart-line-needed", ["amount": .value(Formatting.money(limit, budget.currency))])
            : Message("chart-line-budget", ["amount": .value(Formatting.money(limit, budget.currency))])),
        x: Self.width - right,
        y: y(limit) - 5, anchor: "end"))
    return figure(title: title, height: chartTop + chartHeight + 26, description: description, shapes: shapes)
  }

  // MARK: - Bars

  /// A chart of the document, drawn; empty when there is nothing to draw.
  package mutating func chart(_ chart: Chart) -> String {
    let (title, description) = (catalogue.render(chart.title), catalogue.render(chart.description))
    return switch chart.kind {
    case .bars(let groups, let scaledByGroup):
      bars(groups, scaledByGroup: scaledByGroup, title: title, description: description)
    case .funnel(let funnel): self.funnel(funnel, title: title, description: description)
    case .pacing(let budget): pacing(budget, title: title, description: description)
    case .distribution(let value): distribution(value, title: title, description: description)
    }
  }

  /// Horizontal bars on an axis through zero: a negative value runs to the left of the zero
  /// line, a positive one to its right, each as long as its share of the axis, with its value
  /// written after the bar (or after the zero line, for a negative one). Labelled groups (a
  /// compared value's scenarios) stack with their label above; `scaledByGroup` gives each
  /// group its own axis, for values in different units.
  package mutating func bars(_ groups: [Chart.Group], scaledByGroup: Bool, title: String, description: String)
    -> String
  {
    let classes = ["bar", "bar3", "bar2"]
    let labelled = groups.contains { $0.label != nil || $0.bars.count > 1 }
    let labelWidth = 150.0
    let barSpace = Self.width - labelWidth - (labelled ? 150 : 130)
    let (barHeight, gap) = labelled ? (16.0, 4.0) : (18.0, 8.0)
    let overall = Chart.Group.axis(groups)
    var shapes: [String] = []
    var y = 6.0
    for group in groups {
      let (low, high) = scaledByGroup ? Chart.Group.axis([group]) : overall
      let range = high - low
      let zero = labelWidth + (range > 0 ? barSpace * -low / range : 0)
      if let label = group.label {
        shapes.append(Self.text(label, x: 0, y: y + 12))
        y += 18
      }
      let top = y
      for (index, bar) in group.bars.enumerated() {
        let length = range > 0 && bar.value.isFinite ? max(2, barSpace * abs(bar.value) / range) : 2
        let start = bar.value < 0 ? zero - length : zero
        let textY = y + (labelled ? 12 : 14)
        shapes.append(Self.text(bar.label, x: labelWidth - 8, y: textY, anchor: "end"))
        shapes.append(
          Self.rect(
            x: start, y: y, width: length, height: barHeight,
            class: labelled ? classes[index % classes.count] : "bar"))
        shapes.append(Self.text(bar.text, x: max(zero, start + length) + 6, y: textY))
        y += barHeight + gap
      }
      if low < 0 {
        shapes.append(
          "<line class=\"zero\" x1=\"\(Self.coordinate(zero))\" y1=\"\(Self.coordinate(top - 2))\" x2=\"\(Self.coordinate(zero))\" y2=\"\(Self.coordinate(y - gap + 2))\"/>"
        )
      }
      if labelled { y += 10 }
    }
    return figure(title: title, height: labelled ? y : y + 2, description: description, shapes: shapes)
  }

  // MARK: - Distributions

  /// A histogram of the samples between the 1st and 99th percentiles, with the 5th, 50th
  /// and 95th marked.
  package mutating func distribution(_ value: PlanExport.NamedValue, title: String, description: String)
    -> String
  {
    guard case .samples(let samples) = value.value.magnitude, !samples.values.isEmpty else { return "" }
    let points = samples.percentiles([0.01, 0.05, 0.5, 0.95, 0.99])
    let (low, high) = (points[0], points[4])
    let binCount = 30
    var bins = [Int](repeating: 0, count: binCount)
    let span = high - low
    for sample in samples.values where sample >= low && sample <= high {
      let bin = span > 0 ? min(binCount - 1, Int((sample - low) / span * Double(binCount))) : 0
      bins[bin] += 1
    }
    let (left, chartTop, chartHeight) = (10.0, 36.0, 110.0)
    let slot = (Self.width - 2 * left) / Double(binCount)
    let tallest = Double(bins.max() ?? 1)
    var shapes: [String] = []
    for (index, count) in bins.enumerated() where count > 0 {
      let height = chartHeight * Double(count) / tallest
      shapes.append(
        Self.rect(
          x: left + Double(index) * slot, y: chartTop + chartHeight - height, width: slot - 1, height: height,
          class: "bar2"))
    }
    func describe(_ number: Double) -> String {
      Formatting.describe(
        .quantity(Quantity(magnitude: .exact(number), unit: value.value.unit, display: value.value.display)))
    }
    for (label, number, anchor) in [
      ("p5", points[1], "start"), ("p50", points[2], "middle"), ("p95", points[3], "end"),
    ] {
      let x = span > 0 ? left + (number - low) / span * (Self.width - 2 * left) : Self.width / 2
      shapes.append(
        "<line class=\"mark\" x1=\"\(Self.coordinate(x))\" y1=\"\(Self.coordinate(chartTop))\" x2=\"\(Self.coordinate(x))\" y2=\"\(Self.coordinate(chartTop + chartHeight))\"/>"
      )
      // The median's label sits a line higher, so it never runs into the outer two.
      let labelY = label == "p50" ? chartTop - 20 : chartTop - 6
      shapes.append(Self.text("\(label) \(describe(number))", x: x, y: labelY, anchor: anchor))
    }
    return figure(title: title, height: chartTop + chartHeight + 6, description: description, shapes: shapes)
  }

  // MARK: - Pieces

  package mutating func figure(title: String, height: Double, description: String, shapes: [String]) -> String
  {
    count += 1
    let id = "chart-\(count)"
    let escapedTitle = HTMLExporter.escape(title)
    return """
      <figure>
      <svg viewBox="0 0 \(Self.coordinate(Self.width)) \(Self.coordinate(height))" \
      role="img" aria-labelledby="\(id)-title \(id)-desc" direction="ltr">
      <title id="\(id)-title">\(escapedTitle)</title>
      <desc id="\(id)-desc">\(HTMLExporter.escape(description))</desc>
      \(shapes.joined(separator: "\n"))
      </svg>
      <figcaption>\(escapedTitle)</figcaption>
      </figure>
      """
  }

  /// A value axis: gridlines at quarters of `top`, labelled in money.
  package static func axis(top: Double, currency: String, left: Double, chartTop: Double, height: Double)
    -> [String]
  {
    (0...4).flatMap { step -> [String] in
      let amount = top * Double(step) / 4
      let y = chartTop + height * (1 - Double(step) / 4)
      return [
        "<line class=\"axis\" x1=\"\(coordinate(left))\" y1=\"\(coordinate(y))\" x2=\"\(coordinate(width - 20))\" y2=\"\(coordinate(y))\"/>",
        text(Formatting.money(amount, currency), x: left - 6, y: y + 4, anchor: "end"),
      ]
    }
  }

  package static func rect(x: Double, y: Double, width: Double, height: Double, class name: String) -> String
  {
    "<rect class=\"\(name)\" x=\"\(coordinate(x))\" y=\"\(coordinate(y))\" width=\"\(coordinate(max(0, width)))\" height=\"\(coordinate(max(0, height)))\"/>"
  }

  package static func text(_ text: String, x: Double, y: Double, anchor: String = "start") -> String {
    "<text x=\"\(coordinate(x))\" y=\"\(coordinate(y))\""
      + (anchor == "start" ? "" : " text-anchor=\"\(anchor)\"")
      + ">\(HTMLExporter.escape(text))</text>"
  }

  /// A coordinate to a tenth, without a trailing `.0`: `12.3`, `40`.
  package static func coordinate(_ value: Double) -> String {
    guard value.isFinite else { return "0" }
    let tenths = Int64((value * 10).rounded())
    let sign = tenths < 0 ? "-" : ""
    let whole = abs(tenths) / 10
    let fraction = abs(tenths) % 10
    return sign + "\(whole)" + (fraction == 0 ? "" : ".\(fraction)")
  }

  /// A round number at or above `value` for the top of an axis: 1, 2, 2.5 or 5 times a power
  /// of ten.
  package static func niceCeiling(_ value: Double) -> Double {
    guard value > 0, value.isFinite else { return 1 }
    var power = 1.0
    while power * 10 <= value { power *= 10 }
    while power > value { power /= 10 }
    for step in [1.0, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10] where step * power >= value { return step * power }
    return 10 * power
  }
}
