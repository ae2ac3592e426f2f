import TallyCore

/// Sellers of one country earning money in another's market: "Russian sellers earned $129bn
/// in the Chinese market and Chinese sellers $115bn in the Russian one".
///
/// "Market" is otherwise a word of no recorded trade (a market share, a market price): here
/// the market is where the goods were sold, so the figure is the sellers' country's exports to
/// the market's country.
extension ClaimFramer {
  /// Nouns after a country adjective that name its market ("the Chinese market", "the
  /// Russian one" after a market was named).
  static let marketNouns: WordTable = ["market", "markets", "one"]

  /// The sellers' country and the market's country when the figure at `fi` is what sellers
  /// of one country earned in another's market: a country with a seller noun
  /// (`CountryReferences.sellers`) at most three words before the figure, in its clause, and
  /// "in (on) the <country> market" right after it.
  func sellerInMarket(_ f: Figure, at fi: Int, end: Int, clause: Range<Int>) -> (String, String)? {
    guard f.unit.isCurrency, f.kind == .level else { return nil }
    let t = tokens
    var market: String?
    for k in end..<min(t.count, end + 6) where Self.marketNouns.contains(t.lower(k)) {
      guard let m = t.mentions(in: max(end, k - 3)..<k).last, m.end == k,
        t.id(m.start - 1) == W.the, t.id(m.start - 2).isAny(W.in, W.on, W.into)
      else { break }
      if t.id(k) == W.one,
        !(clause.lowerBound..<fi).contains(where: {
          t.lower($0).hasPrefix("market")
        })
      {
        break
      }
      market = m.iso3
      break
    }
    guard let importer = market else { return nil }
    guard
      let s = (max(clause.lowerBound, fi - 4)..<fi).last(where: {
        CountryReferences.sellers.contains(t.lower($0))
      }),
      let m = t.mentions(in: max(clause.lowerBound, s - 3)..<s).last, m.end == s,
      m.iso3 != importer
    else { return nil }
    return (m.iso3, importer)
  }
}
