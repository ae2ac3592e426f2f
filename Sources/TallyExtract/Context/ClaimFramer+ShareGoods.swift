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

/// A share gapped after the share of the other direction: "Russian goods made up 53% of the
/// pair's trade and Chinese goods 47%", "Russian goods made up 57% of it, Chinese goods 47%".
///
/// The second percentage has no verb and no whole of its own: it is a share of the same whole,
/// and its part is the goods the other side sells. Only when the gap names the other side and
/// nothing but words of a seller's goods (``sellerPartWords``): "and Chinese imports 47%" is
/// left alone, imports naming the buyer.
extension ClaimFramer {
  /// Words a gapped share's part may hold beside the country.
  static let sellerPartWords: WordTable = [
    "goods", "products", "exports", "sales", "shipments", "deliveries", "supplies", "cargo",
    "cargoes", "the", "other", "'s", "’s", "'", "and", ",", ";", "while", "whereas", "with",
  ]

  /// The share before the figure at `fi` (ending at `end`), as the other direction's part of
  /// the same whole, when the gap between them names that direction's seller.
  func otherSidePart(_ prev: ClaimFrame, from end: Int, to fi: Int) -> ClaimFrame? {
    guard prev.shareOf != nil, prev.flow == .export || prev.flow == .import,
      let importer = prev.importer, prev.exporter != nil, end < fi,
      let open = (end..<fi).last(where: {
        tokens.lower($0).isAny(",", "and", ";", "while", "whereas")
      })
    else { return nil }
    let gap = (open + 1)..<fi
    let named = tokens.mentions(in: gap)
    guard named.count == 1, let m = named.first, m.iso3 == importer,
      gap.allSatisfy({ k in
        (m.start..<m.end).contains(k) || tokens.has(k, .sellerPartWords)
      }),
      gap.contains(where: { !(m.start..<m.end).contains($0) && tokens[$0].isWord })
    else { return nil }
    var other = prev
    swap(&other.reporter, &other.partner)
    return other
  }
}
