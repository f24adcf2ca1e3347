import MPlanLanguage
import MPlanSyntax

/// Unit economics as a grid, one a funnel its channels buy: what each channel and the mix
/// buy, what each stage and a customer cost, and what the customers return (`UnitEconomics`).
/// `show economics`, every export's "Unit economics" section and its CSV grid read it.
extension PlanExport {
  public struct Economics: Sendable {
    public var funnel: String
    /// The funnel's first and last stages: the grid's `top` and `bottom` columns.
    public var top: String
    public var bottom: String
    /// How many of the top the funnel needs, for which target: the grid's note.
    public var note: Message
    public var table: Table
  }

  package static func economics(_ index: PlanIndex) -> [Economics] {
    ChannelMix.all(in: index).map { mix in
      let currency = mix.currency ?? index.currency
      let top = mix.funnel.stages[0]
      let last = mix.funnel.stages[mix.funnel.stages.count - 1]
      func count(_ amount: Double, _ stage: String) -> Table.Cell {
        // Expected counts, not rounded: a channel's 35.94 customers is what its cost per
        // customer divides by, and the data formats carry the figure as worked out.
        .value(.quantity(Quantity(amount, unit: mix.funnel.unit(of: stage))))
      }
      func money(_ amount: Double?) -> Table.Cell {
        amount.map {
          .value(
            .quantity(
              Quantity($0, unit: index.environment.units.lookup(currency)?.unit ?? Unit(base: currency))))
        } ?? .empty
      }
      func percent(_ share: Double?) -> Table.Cell {
        share.map { .value(.quantity(Quantity($0, display: .percent))) } ?? .empty
      }
      var columns: [Table.Column] = [
        .init(Message("economics-heading-channel").english),
        .init(Message("economics-heading-share").english, .right, key: "share"),
        .init(UnitTable.countName(top, plural: true), .right, key: top),
        .init(UnitTable.countName(last, plural: true), .right, key: last),
        .init(Message("economics-heading-spend").english, .right, key: "spend"),
      ]
      for stage in mix.funnel.stages.dropLast() {
        columns.append(
          .init(
            Message("economics-heading-cost-per", ["stage": .text(UnitTable.countName(stage, plural: false))])
              .english,
            .right,
            key: "cost_per_\(stage)"))
      }
      columns += [
        .init(Message("economics-heading-cac").english, .right, key: "cac"),
        .init(Message("economics-heading-spend-share").english, .right, key: "spend_share"),
        .init(Message("economics-heading-payback").english, .right, key: "payback_months"),
        .init(Message("economics-heading-ltv-cac").english, .right, key: "ltv_cac"),
        .init(Message("economics-heading-romi").english, .right, key: "romi"),
      ]
      var table = Table(columns)
      func row(_ label: Table.Cell, share: Double?, _ economics: UnitEconomics) {
        var cells: [Table.Cell] = [
          label, percent(share), count(economics.counts[0], top), count(economics.customers, last),
          money(economics.spend),
        ]
        for stage in mix.funnel.stages.indices.dropLast() {
          cells.append(money(economics.costPer(stage: stage)))
        }
        cells += [
          money(economics.acquisitionCost), percent(economics.spendShare),
          economics.paybackMonths.map {
            .value(.quantity(Quantity($0, unit: Unit(base: UnitTable.timeBase))))
          } ?? .empty,
          economics.lifetimeValueRatio.map { .value(.number($0)) } ?? .empty,
          percent(economics.returnOnSpend),
        ]
        table.add(cells)
      }
      for channel in mix.channels {
        row(.name(channel.name), share: mix.need.map(channel.share), mix.economics(of: channel, in: index))
      }
      row(
        .text(Message("economics-blended").english),
        share: mix.need.map { _ in mix.statedShare > 1 ? mix.statedShare : 1 },
        mix.economics(of: nil, in: index))
      var arguments: [String: Message.Argument] = ["funnel": .text(mix.funnelName)]
      if let need = mix.need {
        arguments["need"] = .value(
          Formatting.describe(.quantity(Quantity(need, unit: mix.funnel.unit(of: top)))))
      }
      if let target = mix.target {
        arguments["target"] = .value(
          Formatting.describe(.quantity(Quantity(target, unit: mix.funnel.unit(of: last)))))
      }
      let note =
        mix.need == nil
        ? Message("economics-note-no-need", arguments)
        : mix.target == nil
          ? Message("economics-note-counts", arguments) : Message("economics-note", arguments)
      return Economics(funnel: mix.funnelName, top: top, bottom: last, note: note, table: table)
    }
  }
}

extension PlanDocument {
  package static func economics(_ all: [PlanExport.Economics]) -> [Block] {
    all.flatMap { [Block.note([.text($0.note.english)]), .table($0.table)] }
  }

  /// Every funnel's economics in one grid whose columns do not depend on the funnels' stages
  /// (a CSV file's headings never change with the plan): the top and the last stage, the cost
  /// of one at the top, and a customer's figures.
  package static func economicsGrid(_ all: [PlanExport.Economics]) -> Table {
    // A data grid: each column is headed by its key, as the CSV writes it.
    let fields: [(key: String, from: (PlanExport.Economics) -> String)] = [
      ("share", { _ in "share" }), ("top", { $0.top }), ("bottom", { $0.bottom }),
      ("spend", { _ in "spend" }),
      ("cost_per_top", { "cost_per_\($0.top)" }), ("cac", { _ in "cac" }),
      ("spend_share", { _ in "spend_share" }),
      ("payback_months", { _ in "payback_months" }), ("ltv_cac", { _ in "ltv_cac" }),
      ("romi", { _ in "romi" }),
    ]
    var grid = Table([.init("funnel"), .init("channel")] + fields.map { Table.Column($0.key, .right) })
    for economics in all {
      let keys = economics.table.columns.map { $0.keys.first ?? "" }
      for row in economics.table.rows {
        let cells = fields.map { field in keys.firstIndex(of: field.from(economics)).map { row[$0] } ?? .empty
        }
        grid.add([.name(economics.funnel), row[0]] + cells)
      }
    }
    return grid
  }
}
