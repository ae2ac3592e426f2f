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
    for k in end..<min(t.count, end + 6) where t.has(k, .marketNouns) {
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
        t.has($0, .sellers)
      }),
      let m = t.mentions(in: max(clause.lowerBound, s - 3)..<s).last, m.end == s,
      m.iso3 != importer
    else { return nil }
    return (m.iso3, importer)
  }
}

/// Moves of quoted prices in a trade story: "shares of logistics firms, which rose 4.1%",
/// "the Hang Seng index lost 1.5%", "coking coal futures rose 9%", "PetroChina rose 1.2%".
///
/// A change with no flow word of its own would otherwise measure the last trade named. The
/// evidence that it measures a quoted price instead is scored, not matched as one phrase:
///
/// | evidence                                                                  | score |
/// |---------------------------------------------------------------------------|-------|
/// | a quote noun (``quoteNouns``) between the figure and the number before it  | +2    |
/// | a quote noun earlier in the sentence                                      | +1    |
/// | the change's subject is a capitalised name that is no country, goods or month | +1 |
/// | the story opens as a market report (two quote nouns in its opening)       | +1    |
/// | a flow word between the figure and the number before it, or one governing its clause | −2 |
///
/// A score of ``marketMoveThreshold`` or more makes the figure no recorded trade. A level
/// (a percentage with no change verb, "and Chery's listed supplier 2.4%") needs the quote noun
/// in its own stretch.
extension ClaimFramer {
  /// Nouns of quoted markets: share prices, indices, futures, freight and interest rates.
  static let quoteNouns: WordTable = [
    "shares", "stocks", "index", "indices", "indexes", "futures", "bourse", "listed",
    "rates", "yields", "bonds", "equities",
  ]

  /// The score a change needs to be read as a market price's move.
  static let marketMoveThreshold = 2

  /// True when the story's opening reads as a market report: two quote nouns or more.
  static func isMarketStory(_ text: String) -> Bool {
    let t = ClaimTokens(text)
    var n = 0
    for k in 0..<t.count where t.has(k, .quoteNouns) { n += 1 }
    return n >= 2
  }

  /// The quote noun (or "name") that makes the percentage at `fi` a market price's move, when
  /// the evidence in the table above scores ``marketMoveThreshold`` or more.
  func marketMove(_ f: Figure, at fi: Int, stated: Bool) -> String? {
    guard f.dimension == .percent, f.kind == .change || f.kind == .level else { return nil }
    let t = tokens
    // The figure's stretch: back to the number before it (years aside) or the sentence start.
    var start = fi
    while start > 0, !(t[start - 1].isNumber && t.year(at: start - 1) == nil) { start -= 1 }
    var score = 0
    var word: String?
    var flows = false
    for k in start..<fi {
      let w = t.lower(k)
      if Self.quoteNouns.contains(w), word == nil { word = w }
      if ClaimWords.flowNouns[w] != nil || ClaimWords.flowVerbs[w] != nil { flows = true }
    }
    if word != nil { score += 2 }
    if flows || stated { score -= 2 }
    guard f.kind == .change || word != nil else { return nil }
    if word == nil,
      let k = (0..<start).first(where: { t.has($0, .quoteNouns) })
    {
      word = t.lower(k)
      score += 1
    }
    if let name = changeSubjectName(before: fi, from: start) {
      word = word ?? name
      score += 1
    }
    if marketStory { score += 1 }
    return score >= Self.marketMoveThreshold ? word ?? "a market report" : nil
  }

  /// A capitalised name right before the change verb of the figure at `fi` ("PetroChina rose
  /// 1.2%", "Great Wall gained 3.2%"), not the sentence's first word and no country, goods,
  /// month or flow word.
  func changeSubjectName(before fi: Int, from start: Int) -> String? {
    let t = tokens
    var v = fi - 1
    while v > start, t.has(v, .qualifierWords) || t.id(v) == W.by { v -= 1 }
    let s = v - 1
    guard s > 0, s >= start, t.has(v), t[v].isWord, t[s].isWord, t[s].capitalized,
      t[s - 1].isWord || t.lower(s - 1) == ":",
      t.flowVerb(v) == nil, t.flowNoun(s) == nil,
      t.mentions(in: s..<(s + 1)).isEmpty, t.commodity(at: s) == nil,
      Self.monthNumber(t.lower(s)) == nil
    else { return nil }
    return t.lower(s)
  }
}
