import TallyCore

/// Amounts below what trade data count: a price, a rate, a weight or a length is never a trade
/// level, whatever frame the text carried onto it (``ClaimSummary``): neither one the data lack
/// nor one a series or another report decides.
enum TradeFloor {
  /// The smallest amount trade data count, by dimension.
  ///
  /// A hundred thousand in any currency (a day's charter, a barrel, a rouble to the dollar, a
  /// spool are less); one tonne of goods (a spool's 4 kg is less); fifty kilometres of goods
  /// counted by length (a drone's spool of 10 to 20 km, its 20 km range, a 3 km bridge are
  /// less; the least month of cable in the data is 72 miles, 116 km).
  ///
  /// With a unit, the figure is converted to it first; without one (money), the amount is in
  /// the figure's own currency.
  static let tradeFloor: [TallyCore.Dimension: (amount: Double, unit: TallyCore.Unit?)] = [
    .money: (1e5, nil), .mass: (1000, "kg"), .length: (50, "km"),
  ]

  /// True when the figure is an amount of money or goods below what trade data count
  /// (``tradeFloor``): a price, a rate, a weight or a distance, never a trade level, whatever
  /// its frame.
  static func belowTradeData(_ f: Figure) -> Bool {
    guard let floor = tradeFloor[f.dimension] else { return false }
    var amount = abs(f.valueHigh ?? f.value)
    if let unit = floor.unit, unit != f.unit {
      guard let v = try? UnitTable.convert(amount, from: f.unit, to: unit) else { return false }
      amount = v
    }
    return amount < floor.amount
  }
}
