import TallyCore

/// The "measure" and "actors" cells of the report's figure ledger, read from the claim frame.
///
/// The ledger used to print the words the sentence put beside the figure ("imports from
/// russia", `RUS -> ?`), while the checks judged the frame the whole article gave it (the pair's
/// total, China's imports from Russia). A reader checking a finding against the ledger must see
/// what was checked, so the cells describe the frame; a figure with no trade frame (measure
/// `other`, or no frame at all) keeps the sentence's words.
enum FrameColumns {
  /// What the figure measures: `trade`, `exports`, `liquefied natural gas imports`,
  /// `growth of exports`, `share of fibre-optic cable exports`, `count: factory`.
  static func measure(_ frame: ClaimFrame?, text: String?) -> String {
    guard let frame, frame.measure != .other else { return text ?? "" }
    let goods = goodsPhrase(frame)
    switch frame.measure {
    case .trade, .exports, .imports: return goods.isEmpty ? frame.measure.rawValue : goods
    case .balance: return "balance"
    case .regional: return "regional trade"
    case .duration: return "duration"
    case .other: return text ?? ""
    case .commodity: return goods.isEmpty ? "goods" : goods
    case .price: return frame.commodity.map { "price of \($0)" } ?? "price"
    case .count: return frame.counted.map { "count: \($0)" } ?? "count"
    case .growth: return goods.isEmpty ? "growth" : "growth of \(goods)"
    case .share:
      let whole: String
      switch frame.shareOf {
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
  static func actors(_ frame: ClaimFrame?, fallback: Actors?) -> String {
    guard let frame, frame.measure != .other else {
      return fallback.map { $0.isEmpty ? "" : $0.description } ?? ""
    }
    switch frame.flow {
    case .export?, .import?, .reExport?, .reImport?:
      let isExport = frame.flow == .export || frame.flow == .reExport
      let from = isExport ? frame.reporter : frame.partner
      let to = isExport ? frame.partner : frame.reporter
      if from == nil, to == nil { return "" }
      return "\(from ?? "?") -> \(to ?? "?")"
    case .total?, .balance?, nil:
      switch (frame.reporter, frame.partner) {
      case let (r?, p?): return "\(r) & \(p)"
      case let (r?, nil): return r
      case let (nil, p?): return p
      case (nil, nil): return ""
      }
    }
  }

  /// The goods and flow: `exports`, `imports`, `trade`, `liquefied natural gas imports`.
  private static func goodsPhrase(_ frame: ClaimFrame) -> String {
    let flow: String
    switch frame.flow {
    case .export?, .reExport?: flow = "exports"
    case .import?, .reImport?: flow = "imports"
    case .total?: flow = "trade"
    case .balance?: flow = "balance"
    case nil: flow = ""
    }
    guard let goods = frame.commodity else { return flow }
    return flow.isEmpty ? goods : "\(goods) \(flow)"
  }
}
