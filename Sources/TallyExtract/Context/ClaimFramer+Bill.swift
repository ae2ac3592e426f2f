import TallyCore

/// The bill of goods whose change was just named ("China's bill for Russian pipeline gas
/// quadrupled. The September bill, $411m, was well up"): a money figure that would carry the
/// last level's trade (all goods) takes the goods of the change stated since, see
/// ``ClaimFramer``.
extension ClaimFramer {
  /// Nouns of money paid for goods: "the bill", "the outlay", "payments".
  static let billNouns: WordTable = [
    "bill", "bills", "tab", "outlay", "outlays", "spending", "payments", "earnings", "revenue",
    "revenues", "receipts",
  ]

  /// The goods of a bill: the change of named goods stated after the last level.
  ///
  /// `lastGoodsChange`, when a money figure carried from the last level names no goods and a
  /// bill noun stands in its clause before it ("China's bill for Russian pipeline gas
  /// quadrupled. The September bill, $411m, was well up"); `nil` otherwise.
  func goodsOfBill(_ f: Figure, at fi: Int, clause: Range<Int>, carried: ClaimFrame)
    -> ClaimFrame?
  {
    guard f.unit.isCurrency, f.kind == .level, carried.hs.isEmpty, let g = lastGoodsChange,
      (clause.lowerBound..<fi).contains(where: { tokens.has($0, .billNouns) })
    else { return nil }
    return g
  }
}
