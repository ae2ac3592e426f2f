import TallyCore

/// A trade that a sentence without figures states, for the figures after it that name no trade
/// of their own.
///
/// "Russian coal poured into China in August. Customs data show 7.85 million tonnes arriving":
/// the second sentence says only who counted; the first says what was counted. "China's
/// exports to Russia fell again in September. Customs data put them at $8.85bn": the same, with
/// a pronoun. Without this, the figure has no trade (or the trade of an older figure) because
/// the last trade the framer remembers is the last one a figure stated.
extension ClaimFramer {
  /// The trade the last whole sentence of `t` that states one names, or `nil`.
  ///
  /// Once a figure was read, a stretch of text begins inside that figure's sentence: only
  /// sentences that start after a full stop, a question or an exclamation mark in `t` count,
  /// and only those that end in it (the last one runs on into the next figure's sentence).
  func statedTrade(_ t: ClaimTokens, mentions: [Mention], skipping src: Set<Int>)
    -> ClaimFrame?
  {
    var out: ClaimFrame?
    // Text that opens a block of the layout opens a sentence too.
    var start: Int? = sentence.isEmpty || layout.opensSentence ? 0 : nil
    for k in 0..<t.count where !t[k].isWord && t.has(k, .sentenceEnds) {
      if let s = start, k > s, let fr = tradeStated(t, s..<k, mentions, src) { out = fr }
      start = k + 1
    }
    return out
  }

  static let sentenceEnds: WordTable = [".", "?", "!"]

  /// The trade the tokens `r` of `t` state: a seller and a buyer ("Russian coal poured into
  /// China", "China's exports to Russia fell", "Russian LNG cargoes to China kept climbing"),
  /// or a flow both ways between exactly two countries ("China's trade with Russia shrank").
  ///
  /// Nothing under a modal ("could", "will") or with a word of `ClaimWords.notTrade` (a price,
  /// a forecast, a target): those state no recorded trade. A one-way trade needs a flow word
  /// or named goods.
  func tradeStated(
    _ t: ClaimTokens, _ r: Range<Int>, _ all: [Mention], _ src: Set<Int>
  ) -> ClaimFrame? {
    // "Commerce with China collapsed as the rouble lost half its value": the words of a reason
    // after the trade say why, not what.
    let said =
      r.lowerBound..<(r.first(where: { t.has($0, .reasonWords) }) ?? r.upperBound)
    // Cheap tests first: most sentences name no flow and no country.
    var export = false
    var total = false
    var anyFlow = false
    for k in said where t[k].isWord {
      let fl = t.flowNoun(k) ?? t.flowVerb(k)
      if fl != nil || t.has(k, .statedTradeMotion) { anyFlow = true }
      if fl == .export { export = true }
      if fl == .total || t.has(k, .totalAdjectives) { total = true }
    }
    let ms = all.filter {
      said.contains($0.start) && !src.contains($0.start)
        && !t.has($0.end, .statedTradeSourceNouns)
    }
    guard total || !ms.isEmpty else { return nil }
    if r.contains(where: { t.has($0, .modals) && !t[$0].capitalized })
      || said.contains(where: { t.has($0, .notTrade) })
    {
      return nil
    }
    var goods: Commodities.Entry?
    for k in said where t[k].isWord {
      if let (c, _) = t.commodity(at: k), !Self.isComposition(t, k) {
        goods = c
        break
      }
    }
    guard anyFlow || goods != nil || total else { return nil }
    var fr = ClaimFrame()
    let named = ms.map(\.iso3).reduce(into: [String]()) {
      if !$0.contains($1) { $0.append($1) }
    }
    if !ms.isEmpty, anyFlow || goods != nil, let (e, i) = Self.tradeSides(t, mentions: ms) {
      fr.flow = export ? .export : .import
      fr.reporter = export ? e : i
      fr.partner = export ? i : e
    } else if total, named.count <= 2 {
      // "Commerce with China collapsed", "How big did trade get?": a total with one country
      // or none named is the story's pair's.
      var pair = named
      if pair.count < 2 {
        for c in ranked + aheadCountries where c != "WLD" && !pair.contains(c) {
          pair.append(c)
          if pair.count == 2 { break }
        }
      }
      guard pair.count >= 2 else { return nil }
      fr.flow = .total
      fr.reporter = pair[0]
      fr.partner = pair[1]
    } else {
      return nil
    }
    if let goods {
      fr.hs = [goods.hs]
      fr.commodity = goods.name
    }
    return fr
  }

  /// Verbs of goods moving that state a trade with a seller and a buyer named ("Russian coal
  /// poured into China", "crude landed in Chinese ports").
  static let statedTradeMotion: WordTable = [
    "poured", "flowed", "flowing", "landed", "arrived", "arriving", "shipped", "moved",
    "climbing", "climbed", "rose", "fell", "grew", "shrank", "slipped", "jumped",
  ]

  /// Nouns after a country that make it whose count it is, not a side ("Chinese customs",
  /// "Russian statistics").
  static let statedTradeSourceNouns: WordTable = [
    "customs", "statistics", "data", "officials", "ministry", "figures",
  ]

  /// The trade a figure with no trade of its own may refer to: the trade stated without a
  /// figure since the last trade a figure stated (for money, quantities and percentage
  /// changes), else that last trade; `true` when it is the stated one.
  ///
  /// A physical quantity after a trade stated in all goods keeps the last trade's goods
  /// (``quantityOfGoods(_:clause:stated:last:)``).
  func carriedTrade(_ f: Figure, clause: Range<Int>) -> (
    (frame: ClaimFrame, dimension: TallyCore.Dimension), Bool
  )? {
    if let st = statedTradeFrame,
      f.dimension == .money || f.dimension == .mass || f.dimension == .volume
        || f.kind == .change && f.dimension == .percent,
      !f.unit.rawValue.utf8.contains(UInt8(ascii: "/"))
    {
      if let last = lastTrade, quantityOfGoods(f, clause: clause, stated: st, last: last.frame) {
        return (last, false)
      }
      return ((st, f.dimension), true)
    }
    return lastTrade.map { ($0, false) }
  }
}
