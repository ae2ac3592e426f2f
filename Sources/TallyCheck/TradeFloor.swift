import TallyCore

/// Amounts below what trade data count: a price, a rate or a weight is never a trade level the
/// data lack, whatever frame the text carried onto it (``ClaimSummary``).
enum TradeFloor {
  /// The smallest amount trade data count, by dimension.
  ///
  /// A hundred thousand in any currency (a day's charter, a barrel, a rouble to the dollar, a
  /// spool are less); one tonne of goods, for a figure in kilograms (a spool's 4 kg is less; a
  /// figure in tonnes is never below one).
  static let tradeFloor: [TallyCore.Dimension: (amount: Double, unit: TallyCore.Unit?)] = [
    .money: (1e5, nil), .mass: (1000, "kg"),
  ]

  /// True when the figure is an amount of money or goods below what trade data count
  /// (``tradeFloor``): a price, a rate or a weight, never a trade level, whatever its frame.
  static func belowTradeData(_ f: Figure) -> Bool {
    guard let floor = tradeFloor[f.dimension], floor.unit == nil || floor.unit == f.unit
    else { return false }
    return abs(f.valueHigh ?? f.value) < floor.amount
  }
}
