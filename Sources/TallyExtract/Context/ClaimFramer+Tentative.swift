import Foundation
import TallyCore

/// Candidate trades for a figure the framer read as no trade (``FramePart/subject``
/// readings), Scrutinizer's move: when nothing in the clause frames an amount, a tonnage or a
/// change, but the story is about one pair of countries and the clause names nothing else
/// that could be measured, the figure is most likely about the pair's trade. The framer
/// offers a small set of candidate trades, and the checks accept one only when it is the
/// single candidate the written figure matches within its rounding; otherwise the figure
/// stays unchecked (never inconsistent on a guessed frame).
///
/// | figure                               | candidates                                      |
/// |--------------------------------------|-------------------------------------------------|
/// | an amount of money, no goods in reach | the pair's trade both ways and in total, all goods; the same in the story's goods |
/// | a tonnage or volume                  | the goods in the clause, the sentence or the story: both ways |
/// | a change or a multiple               | as an amount of money (its goods, or all goods and the story's) |
/// | a flow whose sides are missing       | the flow between the pair, either way            |
///
/// Never for a figure the framer dropped on purpose (a price, a forecast, a distance, a
/// province's trade: the frame's flow origin says so), nor when the sentence names a country
/// outside the pair or the clause a non-trade holder ("plant", "company", "output").
extension ClaimFramer {
  /// The candidate trades of a figure whose trade is a goods trade stated both ways.
  ///
  /// A sentence without figures stated it ("China and Russia kept trading oil", then "Customs
  /// records show 6.2 million tonnes landing"): the statement names the goods but no
  /// direction, and the data of one good is usually kept one way only. The candidates are those of a figure no trade
  /// framed (``tentativeReadings(of:_:at:)``, with its guards against another country or
  /// holder); the checks try them only when the stated trade fails, and accept one only when
  /// it is the single match within the figure's rounding.
  func directionCandidates(of fr: ClaimFrame, _ f: Figure, at fi: Int) -> [ClaimReading] {
    guard fr.flow == .total, !fr.hs.isEmpty, fr.origins[.flow] == .statedTrade
    else { return [] }
    var bare = fr
    bare.flow = nil
    bare.reporter = nil
    bare.partner = nil
    bare.origins[.flow] = nil
    if bare.measure != .growth { bare.measure = .other }
    return tentativeReadings(of: bare, f, at: fi)
  }

  /// The pair's total trade as the candidate of a figure read as a province's or a port's trade
  /// (measure `regional`) whose clause names trade in total and no one-way flow.
  ///
  /// A sentence naming a place or its officials ("officials at the city's logistics park
  /// expect ...", "a regional official said") makes every figure in it regional, also
  /// "turnover between the two countries reached $9.1bn". Accepted, as every candidate, only
  /// when it matches the written figure within its rounding; a one-way flow in the clause
  /// ("Russian exports were $11.3bn as well, according to a regional official") gets none: the
  /// candidates would not keep its direction.
  func regionalCandidates(of fr: ClaimFrame, _ f: Figure, at fi: Int) -> [ClaimReading] {
    let clause = clauseRange(around: fi)
    var total = false
    for k in clause {
      let w = tokens.lower(k)
      guard let fl = ClaimWords.flowNouns[w] ?? ClaimWords.flowVerbs[w] else { continue }
      if fl != .total { return [] }
      total = true
    }
    guard total else { return [] }
    var bare = fr
    bare.measure = f.kind == .change ? .growth : .other
    bare.origins[.flow] = nil
    return tentativeReadings(of: bare, f, at: fi).filter { $0.flow == .total }
  }

  /// Candidate trades for `fr` (table above), best first; empty when the figure is framed or
  /// the story gives no pair.
  func tentativeReadings(of fr: ClaimFrame, _ f: Figure, at fi: Int) -> [ClaimReading] {
    guard !fr.isTrade, fr.origins[.flow] == nil || fr.flow != nil, fr.shareOf == nil,
      fr.measure == .other || fr.measure == .growth || (fr.flow != nil && fr.measure != .price),
      fr.measure != .regional,
      f.kind == .level || f.kind == .change || f.kind == .ratio && fr.measure == .growth,
      f.dimension == .money || f.dimension == .mass || f.dimension == .volume
        || fr.measure == .growth,
      !f.unit.rawValue.utf8.contains(UInt8(ascii: "/")),
      let pair = storyPair(), let period = fr.period ?? lastMainPeriod
    else { return [] }
    let clause = clauseRange(around: fi)
    // Another country in the sentence, or a holder other than trade in the clause: the figure
    // may be theirs.
    guard
      tokens.mentions(in: 0..<tokens.count).allSatisfy({
        pair.contains($0.iso3) || sentenceSource.1.contains($0.start)
      }),
      !(clause.lowerBound..<max(clause.lowerBound, fi)).contains(where: {
        tokens.has($0, .otherHolders)
      })
    else { return [] }
    let home = fr.source.flatMap { pair.contains($0) ? $0 : nil } ?? pair[0]
    let other = pair[0] == home ? pair[1] : pair[0]
    // The goods: named in the clause, else in the sentence, else the story's.
    var clauseGoods: Commodities.Entry?
    for k in clause where clauseGoods == nil {
      if let (c, _) = tokens.commodity(at: k), !Self.isComposition(tokens, k) { clauseGoods = c }
    }
    var goods: [Commodities.Entry?] = []
    if let c = clauseGoods
      ?? (fr.hs.first.map { Commodities.Entry(hs: $0, name: fr.commodity ?? $0) })
    {
      goods = [c]
    } else if f.dimension == .money || fr.measure == .growth {
      goods = [nil] + (commodity.map { [$0] } ?? [])
    } else {
      // A tonnage: the goods named before it in the sentence, or the story's.
      for c in [goodsBefore(clause.lowerBound), commodity].compactMap({ $0 })
      where !goods.contains(where: { $0?.hs == c.hs }) {
        goods.append(c)
      }
    }
    let flows: [Flow] = fr.flow.map { [$0] } ?? [.import, .export, .total]
    var out: [ClaimReading] = []
    for g in goods {
      for fl in flows {
        for (r, p) in fr.flow == nil ? [(home, other)] : [(home, other), (other, home)] {
          var measure: MeasureKind
          switch (fl, g) {
          case (_, .some): measure = .commodity
          case (.total, nil): measure = .trade
          case (.export, nil): measure = .exports
          case (.import, nil): measure = .imports
          default: continue
          }
          if fr.measure == .growth { measure = .growth }
          let name = g?.name ?? "all goods"
          let way =
            fl == .total ? "\(r)-\(p) trade" : fl == .export ? "\(r)->\(p)" : "\(p)->\(r)"
          out.append(
            ClaimReading(
              part: .subject,
              why: "candidate: \(way) in \(name) @\(period), a trade of the story's pair",
              period: fr.period == nil ? period : nil, flow: fl, measure: measure,
              hs: g.map { [$0.hs] } ?? [], commodity: g?.name, partner: p, reporter: r))
        }
      }
    }
    return out
  }

  /// The story's pair: its two most named countries, when a third is named less than both;
  /// before the story has named two, the two its opening names most (``lookAhead(_:)``).
  func storyPair() -> [String]? {
    // The three most named countries, in one pass (no sort per figure).
    var top: [(key: String, value: Double)] = []
    // Frames whose sides were carried do not count: "Ukraine received 72 miles" followed by
    // sentences whose figures carry Ukraine would make the third country the story's.
    for (k, w) in weights where k != "WLD" {
      let v = w - carriedWeights[k, default: 0]
      guard v > 0 else { continue }
      let i =
        top.firstIndex { v > $0.value || (v == $0.value && k < $0.key) } ?? top.count
      if i < 3 {
        top.insert((k, v), at: i)
        if top.count > 3 { top.removeLast() }
      }
    }
    if top.count >= 2 {
      guard top.count == 2 || top[2].value < top[1].value else { return nil }
      return [top[0].key, top[1].key]
    }
    let ahead = aheadCountries.filter { $0 != "WLD" }
    if let first = top.first?.key {
      return ahead.first { $0 != first }.map { [first, $0] }
    }
    return ahead.count == 2 ? ahead : nil
  }

  /// The last goods named in the sentence before token `k`, outside a composition.
  ///
  /// "Its cost rose 76%, driven by coking coal, although volumes held at 6.89 Mt": coking coal
  /// is a candidate (the story's goods is the other).
  func goodsBefore(_ k: Int) -> Commodities.Entry? {
    var out: Commodities.Entry?
    var j = 0
    while j < k {
      if let (c, e) = tokens.commodity(at: j), !Self.isComposition(tokens, j) {
        out = c
        j = e
      } else {
        j += 1
      }
    }
    return out
  }

  /// Holders of a figure other than the pair's trade: a plant's output, a company's sales,
  /// a market's prices, a budget.
  static let otherHolders: WordTable = [
    "plant", "plants", "company", "companies", "firm", "firms", "producer", "producers",
    "output", "production", "produces", "produced", "capacity", "reserves", "price", "prices",
    "budget", "gdp", "economy", "investment", "investments", "loan", "loans", "forecast",
    "forecasts", "target", "targets", "expects", "expected", "projected", "could", "would",
    "will", "plans", "planned", "project", "projects", "field", "fields", "port", "ports",
    "revenue", "profit", "profits", "debt", "reserve", "fund", "funds",
  ]
}

/// The pair's total trade carried onto a level no clause framed, when its clause reads as
/// trade (``TradeClaimEvidence``) and names the total: "The monthly total, just under $19
/// billion by the administration's count, compares with ..., which would put the average at
/// about $19.5 billion a month" (the modal later in the sentence dropped the frame). Of the
/// candidate trades (``ClaimFramer/tentativeReadings(of:_:at:)``) the total becomes the frame,
/// so that the check can find the claim inconsistent, not only the one candidate it matches:
///
/// | evidence in the figure's clause                                  | frame                 |
/// |------------------------------------------------------------------|-----------------------|
/// | an amount of money; a total ("total", "turnover", "trade", "bilateral") and no one-way flow | the pair's total trade, all goods or the clause's goods |
/// | a one-way flow, or the total and a one-way flow                  | none: candidates stay readings |
/// | a tonnage or a volume (goods data are kept one way)              | none: candidates stay readings |
/// | no word of trade, or a word against (``TradeClaimEvidence``)     | none                  |
extension ClaimFramer {
  /// The candidate trade to carry onto `fr` as its frame (see above); `nil` when the clause
  /// does not single one out.
  func carriedSubject(of fr: ClaimFrame, _ f: Figure, at fi: Int, among readings: [ClaimReading])
    -> ClaimReading?
  {
    guard fr.flow == nil, f.kind == .level, f.dimension == .money, !readings.isEmpty,
      readings.allSatisfy({ $0.part == .subject }),
      // Set by `settledFrames()` from ``ClaimFramer/unnamedTrade(_:_:at:)`` just before.
      fr.provenance[.subject]?.kind == .stated
    else { return nil }
    var flows = Set<Flow>()
    for k in clauseRange(around: fi) {
      let w = tokens.lower(k)
      if let fl = ClaimWords.flowNouns[w] ?? ClaimWords.flowVerbs[w] { flows.insert(fl) }
      if ClaimWords.totalAdjectives.contains(w) { flows.insert(.total) }
    }
    guard flows == [.total] else { return nil }
    return readings.first { $0.flow == .total }
  }
}
