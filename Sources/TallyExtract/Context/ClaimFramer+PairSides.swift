import TallyCore

/// The story's pair for sides carried from a trade with a third country (see
/// ``ClaimFramer/readings(of:_:at:)``).
///
/// "Australia shipped China about 24 Mt. Monthly volumes were uneven: 751,000 tonnes in
/// September" in a story on Russian LNG: the monthly figure names no sides, and the last
/// trade named is Australia's; the story is about Russia's. When one side of a carried trade
/// is outside the story's pair and the other inside it, the reading puts the pair's other
/// country in its place; it is tried only when the first reading fails and accepted only when
/// it is the single one the written figure matches within its rounding.
extension ClaimFramer {
  /// The story-pair reading of `fr`, or `nil` when its sides were stated, are the pair's
  /// already, or the story has no pair.
  func storyPairSides(of fr: ClaimFrame, _ prov: CaseMap<FramePart, PartProvenance>)
    -> ClaimReading?
  {
    guard prov[.sides]?.kind == .carried, let r = fr.reporter, let p = fr.partner,
      r != "WLD", p != "WLD", let pair = storyPair()
    else { return nil }
    // A sentence that names the third country ("Australian cargoes came to 751,000 t") keeps
    // it, whatever side the framer carried.
    let named = tokens.mentions(in: 0..<tokens.count)
    guard !named.contains(where: { !pair.contains($0.iso3) && ($0.iso3 == r || $0.iso3 == p) })
    else { return nil }
    switch (pair.contains(r), pair.contains(p)) {
    case (true, false):
      // Only a side the sentence does not state.
      guard fr.origins[.partner] != .sentence, let other = pair.first(where: { $0 != r })
      else { return nil }
      return ClaimReading(
        part: .sides,
        why: "read as \(r)'s trade with \(other): the partner \(p) was carried, the story is "
          + "about \(pair[0])-\(pair[1])", partner: other)
    case (false, true):
      guard fr.origins[.reporter] != .sentence, let other = pair.first(where: { $0 != p })
      else { return nil }
      return ClaimReading(
        part: .sides,
        why: "read as \(other)'s trade with \(p): the reporter \(r) was carried, the story is "
          + "about \(pair[0])-\(pair[1])", reporter: other)
    default:
      return nil
    }
  }

  /// The story-pair reading of a trade whose partner "all partners" (`WLD`) was carried from
  /// an earlier figure, or `nil`.
  ///
  /// "China imported 76.7 Mt of LNG from all sources. ... December, with 889,482 tonnes",
  /// "Imports from every supplier reached 9.8 Mt in 2023. Russian volumes aside, June came to
  /// 0.73 Mt": the world total is one figure of a story about one pair, and the figures after
  /// it that name no partner are most often the pair's again. The reading puts the pair's other
  /// country in place of `WLD`; tried only when the first reading fails, accepted only as the
  /// single match within rounding. Never when the sentence states the partner, and only for
  /// goods: for all goods "the total" is as often the pair's turnover misread as all partners
  /// ("exports of $9.62bn against imports of $9.61bn, for a total of $19.23bn"), and a
  /// one-way reading of the pair would then judge a claim about the turnover.
  func storyPairFromWorld(of fr: ClaimFrame, _ prov: CaseMap<FramePart, PartProvenance>)
    -> ClaimReading?
  {
    guard fr.partner == "WLD", !fr.hs.isEmpty, prov[.sides]?.kind == .carried,
      let r = fr.reporter,
      fr.origins[.partner]?.kind != .stated,
      let pair = storyPair(), pair.contains(r), let other = pair.first(where: { $0 != r })
    else { return nil }
    return ClaimReading(
      part: .sides,
      why: "read as \(r)'s trade with \(other): all partners (WLD) were carried, the story is "
        + "about \(pair[0])-\(pair[1])", partner: other)
  }

  /// Nouns after a demonym that name goods by their origin: "Russian goods" are goods Russia
  /// sells. (Sellers and buyers are ``CountryReferences/sellers`` and ``CountryReferences/buyers``.)
  static let originGoods: WordTable = [
    "goods", "products", "cargoes", "shipments", "deliveries", "supplies", "commodities",
    "merchandise", "wares",
  ]

  /// The reading of a trade in all goods whose sides its clause contradicts by naming the
  /// seller or the buyer.
  ///
  /// A demonym of one of the frame's two countries before a seller, buyer or goods noun
  /// ("Russian goods, $3.22bn, the other 45%", "$11.1bn of Russian goods coming south",
  /// "Russian sellers accounted for $10.66bn of that") names the exporter (or, for a buyer,
  /// the importer), whatever the sides were read from: the last trade named, or a flow word of
  /// the sentence's other figure ("Supplies of Russian goods came to $11.3bn, and the
  /// remainder, $9.2bn, was made up of Chinese products"). The reporter stays; the flow becomes
  /// the one that puts the named side where the words put it (a trade both ways carried from
  /// the last trade named becomes one way).
  ///
  /// Only the words of the figure's clause nearer to it than to the sentence's other figures
  /// count, so "$8.68bn of Chinese goods going north and $11.1bn of Russian goods" gives each
  /// figure its own demonym; two that disagree give no reading. Only for all goods: goods
  /// carried from another trade already have the reading the other way
  /// (``readings(of:_:at:)``). Tried only when the first reading fails, accepted only as the
  /// single match within rounding.
  func clauseRoleSides(of fr: ClaimFrame, at fi: Int) -> ClaimReading? {
    guard fr.hs.isEmpty, let r = fr.reporter, let p = fr.partner, r != "WLD", p != "WLD",
      r != p, let flow = fr.flow, flow == .export || flow == .import || flow == .total
    else { return nil }
    let t = tokens
    let spans = sentenceFrames.map { ($0.index, figureEnd($0.figure, from: $0.index)) }
    guard let own = spans.first(where: { $0.0 == fi }) else { return nil }
    // Tokens between a mention and a figure's span (0 when they overlap).
    func gap(_ m: Mention, _ s: (Int, Int)) -> Int {
      m.start >= s.1 ? m.start - s.1 : m.end <= s.0 ? s.0 - m.end : 0
    }
    var exporters: Set<String> = []
    for m in t.mentions(in: clauseRange(around: fi))
    where m.kind == .adjective && t.has(m.end) && (m.iso3 == r || m.iso3 == p)
      && !spans.contains(where: { $0.0 != fi && gap(m, $0) <= gap(m, own) })
    {
      let w = t.lower(m.end)
      if CountryReferences.sellers.contains(w) || Self.originGoods.contains(w) {
        exporters.insert(m.iso3)
      } else if CountryReferences.buyers.contains(w) {
        exporters.insert(m.iso3 == r ? p : r)
      }
    }
    guard exporters.count == 1, let e = exporters.first else { return nil }
    let one: Flow = e == r ? .export : .import
    guard one != flow else { return nil }
    let measure: MeasureKind? =
      [.trade, .exports, .imports].contains(fr.measure)
      ? (one == .export ? .exports : .imports)
      : nil
    return ClaimReading(
      part: .sides,
      why: "read as \(r)'s \(one == .export ? "exports to" : "imports from") \(p): the "
        + "figure's clause names \(e) as the seller", flow: one, measure: measure)
  }

  /// True when a side of `fr` was carried from an earlier figure or the story rather than
  /// stated with it (the kind ``provenance(of:)`` counts as carried).
  static func sidesCarried(_ fr: ClaimFrame) -> Bool {
    fr.origins[.reporter]?.kind == .carried || fr.origins[.partner]?.kind == .carried
  }

}

/// The sides a figure's clause states by place words, over sides carried from an earlier
/// trade: "Kyiv received 115 km in August. ... $54 million worth of lithium-ion cells left
/// China for Russia in August", "Ukraine took 72 km in August. Lithium-ion batteries: $47
/// million to Russia in August". The clause has no flow word, so no anchor reads its sides,
/// and the trade of the sentence before was carried whole; the clause's own countries win.
///
/// | word before a country in the clause | side it states          |
/// |-------------------------------------|-------------------------|
/// | `to`, `into`, `for`                 | the importer            |
/// | `from`, `left`                      | the exporter            |
///
/// A side the clause does not state is kept from the carried trade, unless it is the country
/// the clause puts on the other side. Only a one-way flow whose sides were carried, with at
/// most one country of each kind in the clause after the figure and before the sentence's
/// next figure, and a
/// result of two different countries that differs from the carried trade.
extension ClaimFramer {
  /// Words before a country that make it the importer, and those that make it the exporter.
  static let destinationWords: WordTable = ["to", "into", "for"]
  static let originWords: WordTable = ["from", "left"]

  /// `fr` with the sides its clause states (see above), or `nil` when it states none that
  /// differ from the carried ones.
  func clauseSides(of fr: ClaimFrame, at fi: Int) -> ClaimFrame? {
    guard fr.provenance[.sides]?.kind == .carried, fr.flow == .import || fr.flow == .export,
      let exporter = fr.exporter, let importer = fr.importer
    else { return nil }
    var to: [String] = []
    var from: [String] = []
    // Only the words after the figure and before the sentence's next figure: a country
    // before it is an earlier figure's ("Korea sold $60bn of goods to Vietnam, and Japan bought
    // $30bn"), one after the next figure that figure's ("525,000 km, about 4,500 times the
    // length sent to Ukraine").
    let next = sentenceFrames.map(\.index).filter { $0 > fi }.min() ?? Int.max
    for m in tokens.mentions(in: clauseRange(around: fi))
    where m.kind == .name && m.start > fi && m.start < next {
      let w = tokens.lower(m.start - 1)
      if Self.destinationWords.contains(w) {
        to.append(m.iso3)
      } else if Self.originWords.contains(w) {
        from.append(m.iso3)
      }
    }
    guard to.count + from.count > 0, to.count <= 1, from.count <= 1 else { return nil }
    let newExporter = from.first ?? (exporter == to.first ? nil : exporter)
    let newImporter = to.first ?? (importer == from.first ? nil : importer)
    guard let e = newExporter, let i = newImporter, e != i,
      e != exporter || i != importer
    else { return nil }
    var out = fr
    (out.reporter, out.partner) = fr.flow == .export ? (e, i) : (i, e)
    out.provenance[.sides] = .stated
    return out
  }
}
