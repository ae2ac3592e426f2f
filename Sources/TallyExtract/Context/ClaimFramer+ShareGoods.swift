import TallyCore

/// Goods readings of a share of all partners whose goods were not stated (see
/// ``ClaimFramer/readings(of:_:at:)``).
///
/// "Russia was the third-largest supplier, with 10.8% of the 76.7 million tonnes China
/// imported": a share of one partner in the reporter's imports from all partners, in a story
/// about LNG, is LNG's share; read in all goods it is Russia's share of everything China buys.
/// The goods tried are those of another figure of the sentence (the whole, often) and the story's, each
/// checked only when the first reading fails, and accepted only when it is the single one the
/// written share matches within its rounding.
extension ClaimFramer {
  /// The goods readings of share frame `fr` (a share of all partners, goods defaulted); empty
  /// otherwise.
  func shareGoodsReadings(of fr: ClaimFrame) -> [ClaimReading] {
    guard fr.isTrade, fr.shareOf == .world, fr.hs.isEmpty, fr.flow == .import || fr.flow == .export,
      fr.provenance[.goods]?.kind == .defaulted
    else { return [] }
    var goods: [(hs: String, name: String, why: String)] = []
    if let other = sentenceFrames.first(where: {
      !$0.frame.hs.isEmpty && $0.frame.flow == fr.flow
    }), let hs = other.frame.hs.first {
      goods.append((hs, other.frame.commodity ?? hs, "the goods of '\(other.figure.text)'"))
    }
    if let c = commodity { goods.append((c.hs, c.name, "the story's goods")) }
    var seen: Set<String> = []
    return goods.filter { seen.insert($0.hs).inserted }.map { g in
      ClaimReading(
        part: .goods, why: "read as a share in \(g.name), \(g.why): no goods named with the share",
        hs: [g.hs], commodity: g.name)
    }
  }
}
