import TallyCore

/// A physical quantity after a trade stated in all goods is the quantity of the goods the
/// text was about (see ``ClaimFramer/carriedTrade(_:clause:)``).
///
/// "How much LNG did China buy from Russia? 8.3 Mt. Has the trade grown? The 2024 volume was
/// 28% above 2022's": the question's "the trade" is the pair's trade in all goods, which has
/// no tonnage; the answer's own measure word ("volume", "tonnes") says it counts the goods
/// named before. The same holds outside questions ("Trade between the two kept expanding.
/// Volumes were 28% higher"). Only when the last trade named has goods and the same pair:
/// otherwise the stated trade stays (and a tonnage of all goods stays unverifiable).
extension ClaimFramer {
  /// Words of a clause that make its change or multiple one of physical quantity.
  static let physicalWords: WordTable = [
    "volume", "volumes", "tonnage", "tonnes", "tons", "barrels", "cargoes", "weight",
  ]

  /// Whether figure `f` in `clause` measures a physical quantity that the trade `stated` (all
  /// goods) cannot have and the goods trade `last` (same pair) can.
  func quantityOfGoods(
    _ f: Figure, clause: Range<Int>, stated: ClaimFrame, last: ClaimFrame
  ) -> Bool {
    guard stated.hs.isEmpty, !last.hs.isEmpty,
      Set([stated.reporter, stated.partner]) == Set([last.reporter, last.partner])
    else { return false }
    if f.dimension == .mass || f.dimension == .volume { return true }
    guard f.kind == .change || f.unit.rawValue == "times" else { return false }
    return clause.contains { tokens.has($0, .physicalWords) }
  }
}
