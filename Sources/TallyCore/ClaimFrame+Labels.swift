/// Short labels of a claim frame for tables: what was measured (`liquefied natural gas
/// imports`, `share of exports (of all partners)`) and who trades with whom (`CHN -> RUS`).
///
/// The report's figure ledger and the findings' subjects both describe the frame the checks
/// judged, not the words the sentence put beside the figure ("imports from russia"), so that
/// a reader sees what was checked and the two tables say the same thing.
extension ClaimFrame {
  /// What the figure measures: `trade`, `exports`, `liquefied natural gas imports`,
  /// `growth of exports`, `share of fibre-optic cable exports`, `count: factory`; `nil` for a
  /// frame of measure `other` (no trade frame: a caller keeps the sentence's words).
  public var measureLabel: String? {
    let goods = goodsPhrase
    switch measure {
    case .trade, .exports, .imports: return goods.isEmpty ? measure.rawValue : goods
    case .balance: return "balance"
    case .regional: return "regional trade"
    case .duration: return "duration"
    case .other: return nil
    case .commodity: return goods.isEmpty ? "goods" : goods
    case .price: return commodity.map { "price of \($0)" } ?? "price"
    case .count: return counted.map { "count: \($0)" } ?? "count"
    case .growth: return goods.isEmpty ? "growth" : "growth of \(goods)"
    case .share:
      let whole: String
      switch shareOf {
      case .world?: whole = " (of all partners)"
      case .total?: whole = " (of the pair's trade)"
      case .allGoods?: whole = " (of all goods)"
      case nil: whole = ""
      }
      return (goods.isEmpty ? "share" : "share of \(goods)") + whole
    }
  }

  /// Who trades with whom: `CHN -> RUS` (exporter to importer) for a flow, `CHN & RUS` for a
  /// total, `CHN -> ?` when one side is unknown; empty when the frame names neither.
  public var actorsLabel: String {
    switch flow {
    case .export?, .import?, .reExport?, .reImport?:
      let isExport = flow == .export || flow == .reExport
      let from = isExport ? reporter : partner
      let to = isExport ? partner : reporter
      if from == nil, to == nil { return "" }
      return "\(from ?? "?") -> \(to ?? "?")"
    case .total?, .balance?, nil:
      switch (reporter, partner) {
      case let (r?, p?): return "\(r) & \(p)"
      case let (r?, nil): return r
      case let (nil, p?): return p
      case (nil, nil): return ""
      }
    }
  }

  /// The measure and the actors in one label, for a finding's subject: `exports CHN -> RUS`,
  /// `trade CHN & RUS`; `nil` for a frame of measure `other`.
  public var subjectLabel: String? {
    guard let m = measureLabel else { return nil }
    let a = actorsLabel
    return a.isEmpty ? m : "\(m) \(a)"
  }

  /// The goods and flow: `exports`, `imports`, `trade`, `liquefied natural gas imports`.
  private var goodsPhrase: String {
    let flowWord: String
    switch flow {
    case .export?, .reExport?: flowWord = "exports"
    case .import?, .reImport?: flowWord = "imports"
    case .total?: flowWord = "trade"
    case .balance?: flowWord = "balance"
    case nil: flowWord = ""
    }
    guard let goods = commodity else { return flowWord }
    return flowWord.isEmpty ? goods : "\(goods) \(flowWord)"
  }
}
