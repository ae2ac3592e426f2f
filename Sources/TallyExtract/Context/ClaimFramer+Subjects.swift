import TallyCore

/// Goods named as the subject of a clause with no flow word ("LNG was the exception: volumes
/// fell by a fifth", "pipeline gas cost China $1.2bn", "Coking coal, at 21 million tonnes,
/// doubled"): the goods trade of the story's direction (see ``ClaimFramer``).
extension ClaimFramer {
  /// A clause whose subject is goods, and what the story says about the way they go.
  struct GoodsSubject {
    var goods: Commodities.Entry
    /// Where the subject starts: a flow word before it belongs to an earlier clause.
    var start: Int
    var exporter: String
    var importer: String
    /// The flow the story states the trade with (the last trade's, else the buyer's).
    var flow: Flow
    /// Where "cost" or "costs" stands as the verb of the goods ("pipeline gas cost $1bn"):
    /// the figure is what the buyer paid, not a price.
    var costVerb: Int?
  }

  /// Words that may open a subject before its goods: determiners, and nouns for the value or
  /// volume of the goods ("the bill for pipeline gas", "volumes of coking coal").
  static let subjectLeads: WordTable = [
    "the", "its", "their", "this", "that", "total", "overall", "bill", "value", "volume",
    "volumes", "tonnage", "for", "of",
    // "Only coking coal doubled", "Even coal tripled": a focus word before the goods.
    "only", "even",
  ]

  /// Words that end the clause before a subject ("..., and pipeline gas cost ...").
  static let subjectBreaks: WordTable = [
    ",", "and", ":", ";", "while", "whereas", "but", "although", "though", "yet", "with",
  ]

  /// Nouns after goods that make the subject something other than the goods traded ("coal
  /// stocks", "crude futures", "LNG tankers"); the non-trade words (`ClaimWords.notTrade`:
  /// "output", "prices", "reserves") are caught later for any figure.
  static let goodsAttributes: WordTable = [
    "stocks", "stock", "inventories", "inventory", "futures", "storage", "tankers", "tanker",
    "carriers", "terminal", "terminals", "fields", "field", "plant", "plants", "project",
    "projects", "pipeline", "pipelines", "mines", "mine", "refineries", "refinery", "sector",
    "industry", "companies", "producers", "benchmark", "benchmarks", "blend", "spread",
    "miners", "mining", "workers", "harvest",
  ]

  /// The goods subject of the figure at `fi`, and the story's seller and buyer of them.
  ///
  /// The subject is the last goods named before the figure that open a clause (after the
  /// sentence start, a comma, "and", a colon or a clause word), possibly after a determiner
  /// or a value or volume noun ("the bill for"); no flow word, no country (but the buyer of
  /// "cost China") and no modal stand between it and the figure. "Volumes reached 86 million
  /// tonnes" after a heading "Crude oil." names the story's goods by a volume noun alone,
  /// when no trade was named yet. The way the goods go is the last goods trade's, else the
  /// one the headline names.
  func goodsSubject(_ f: Figure, at fi: Int, clause: Range<Int>) -> GoodsSubject? {
    let t = tokens
    guard f.dimension != .count, f.dimension != .duration, f.kind != .share,
      f.dimension != .percent || f.kind == .change,
      // "Crude oil cost $80 a barrel": a price.
      !f.unit.rawValue.utf8.contains(UInt8(ascii: "/"))
    else { return nil }
    var k = fi - 1
    var found: (start: Int, end: Int, entry: Commodities.Entry)?
    while k >= 0 {
      let w = t.lower(k)
      if ClaimWords.flowNouns[w] != nil || ClaimWords.flowVerbs[w] != nil
        || isModal(k) || Self.sentenceStops.contains(w)
      {
        return nil
      }
      if let (c, e) = t.commodity(at: k), e <= fi, !Self.isComposition(t, k),
        opensClause(k)
      {
        found = (k, e, c)
        break
      }
      k -= 1
    }
    var start: Int
    var end: Int
    var goods: Commodities.Entry
    if let found {
      (start, end, goods) = (found.start, found.end, found.entry)
    } else {
      // "Crude oil. Volumes reached 86.3 million tonnes": a volume or value noun opening the
      // sentence, before any trade was named, is the story's goods.
      var j = 0
      while j < fi, t.has(j, .leadDeterminers) { j += 1 }
      guard lastTrade == nil, j < fi, t.has(j, .volumeOrValue),
        let g = commodity
      else { return nil }
      (start, end, goods) = (j, j + 1, g)
    }
    guard !t.has(end, .goodsAttributes) else { return nil }
    // "LNG and pipeline gas cost buyers $5bn": a sum of goods, which no one series holds.
    if found != nil, coordinatedGoods(at: start) { return nil }
    // "Crude oil alone cost $58bn": a focus word between the goods and their verb.
    let verb = t.has(end, .focusWords) ? end + 1 : end
    // The way the goods go: the last goods trade, else the headline's seller and buyer.
    var exporter: String
    var importer: String
    var flow = Flow.import
    if let (e, i, fl) = storyDirection(goodsOnly: true) {
      (exporter, importer, flow) = (e, i, fl)
    } else if let (e, i) = storySides {
      (exporter, importer) = (e, i)
    } else if t.id(end).isAny(W.from, W.to), end + 1 < fi,
      let m = t.mentions(in: (end + 1)..<min(fi, end + 4)).first, m.start == end + 1,
      let other = ranked.first(where: { $0 != m.iso3 })
    {
      // "LNG from Russia reached 8 Mt" in a story about the pair: the route is the way.
      (exporter, importer) = t.id(end) == W.from ? (m.iso3, other) : (other, m.iso3)
    } else if let (e, i, fl) = storyDirection(goodsOnly: false) {
      // "China paid $114bn for Russian goods. Crude oil alone cost $58bn": the last trade one
      // way, of all goods.
      (exporter, importer, flow) = (e, i, fl)
    } else {
      return nil
    }
    // No other country between the goods and the figure, but the payer or the payee right
    // after a verb of money ("cost China $4bn", "earned Russian suppliers $4bn").
    var costVerb: Int?
    for m in t.mentions(in: end..<fi) {
      // "LNG from Russia reached 8 Mt": the goods' route, the story's seller or buyer.
      let route =
        m.start - 1 == end
        && (t.id(end) == W.from && m.iso3 == exporter
          || t.id(end) == W.to && m.iso3 == importer)
      guard
        route
          || t.has(m.start - 1, .moneyVerbs)
            && (m.iso3 == importer || m.iso3 == exporter)
      else {
        return nil
      }
      // "Crude alone brought Russian producers $40bn" after a flow the other way: the payee of
      // a verb of earning is the seller, the payer of "cost" the buyer, whatever the story's
      // last direction.
      let verbWord = t.lower(m.start - 1)
      if !route, verbWord.isAny("cost", "costs") ? m.iso3 == exporter : m.iso3 == importer {
        swap(&exporter, &importer)
      }
    }
    if t.id(verb).isAny(W.cost, W.costs) { costVerb = verb }
    return GoodsSubject(
      goods: goods, start: start, exporter: exporter, importer: importer, flow: flow,
      costVerb: costVerb)
  }

  /// The goods a quantity or value names with no flow word and no country ("Tankers brought
  /// 6.5 million tonnes of LNG"), with the story's seller, buyer and flow of them: the last
  /// goods trade's, the headline's, else the last trade's one way.
  ///
  /// Not under a modal ("a tanker can carry 70,000 tonnes of LNG"), nor for shares, counts,
  /// durations or prices.
  func storyGoodsTrade(_ f: Figure, goods: Goods?, clause: Range<Int>)
    -> (Commodities.Entry, String, String, Flow)?
  {
    guard case .named(let g)? = goods, f.kind == .level, f.dimension != .percent,
      f.dimension != .count, f.dimension != .duration,
      !f.unit.rawValue.utf8.contains(UInt8(ascii: "/")),
      !clause.contains(where: { isModal($0) || tokens.has($0, .holdingVerbs) })
    else { return nil }
    if let (e, i, fl) = storyDirection(goodsOnly: true) { return (g, e, i, fl) }
    if let (e, i) = storySides { return (g, e, i, .import) }
    if let (e, i, fl) = storyDirection(goodsOnly: false) { return (g, e, i, fl) }
    return nil
  }

  /// The exporter and importer of the last flow one way the story named, reversed, when
  /// "in the other direction", "in the opposite direction" or "the other way" follows the flow
  /// noun at `a` before the figure ("sales in the other direction rose to $111bn").
  func reverseOfLastFlow(after a: Int, before fi: Int) -> (String, String)? {
    guard a + 1 < fi else { return nil }
    let words = (a + 1..<fi).map { tokens.lower($0) }
    guard
      zip(words, words.dropFirst()).contains(where: {
        Self.otherWayWords.contains($0.0) && Self.wayNouns.contains($0.1)
      })
    else { return nil }
    func oneWay(_ fr: ClaimFrame) -> Bool {
      (fr.flow == .export || fr.flow == .import) && fr.exporter != nil && fr.importer != nil
        && fr.exporter != "WLD" && fr.importer != "WLD"
    }
    guard
      let prior = sentenceFrames.last(where: { $0.index < a && oneWay($0.frame) })?.frame
        ?? lastSentenceFrames.last(where: oneWay)
        ?? lastTrade.map(\.frame).flatMap({
          oneWay($0) ? $0 : nil
        }),
      let e = prior.exporter, let i = prior.importer
    else { return nil }
    return (i, e)
  }

  /// Verbs of holding goods in place, not moving them ("the terminal stores 200,000 tonnes").
  static let holdingVerbs: WordTable = ["store", "stores", "stored", "storing"]

  /// The seller, buyer and flow of the last trade one way between two countries (of named
  /// goods when `goodsOnly`); a trade with all partners ("33 Mt of LNG worldwide") gives no
  /// direction between two.
  func storyDirection(goodsOnly: Bool) -> (String, String, Flow)? {
    guard let last = lastTrade?.frame, !goodsOnly || !last.hs.isEmpty,
      let fl = last.flow, fl == .export || fl == .import,
      let e = last.exporter, let i = last.importer, e != "WLD", i != "WLD"
    else { return nil }
    return (e, i, fl)
  }

  /// The goods that open the last sentence of `t` that starts inside it ("Russian LNG is one
  /// bright spot.", "Crude oil.", "Coal tells a third story."), when no noun of their own
  /// follows them ("coal prices", "LNG tankers").
  ///
  /// Only sentences that start after a full stop, a question or an exclamation mark in `t`
  /// count: a stretch of text may begin in the middle of a sentence.
  func sentenceTopicGoods(_ t: ClaimTokens) -> Commodities.Entry? {
    var out: Commodities.Entry?
    for k in 1..<max(1, t.count)
    where t.id(k - 1).isAny(W.fullStop, W.questionMark, W.exclamationMark) {
      var j = k
      while t.has(j), !t[j].isWord || t.has(j, .leadDeterminers) { j += 1 }
      if let m = t.mentions(in: j..<min(t.count, j + 4)).first, m.start == j,
        m.kind == .adjective
      {
        j = m.end
      }
      guard let (c, e) = t.commodity(at: j), !Self.isComposition(t, j),
        !t.has(e, .goodsAttributes), !t.has(e, .notTrade)
      else { continue }
      out = c
    }
    return out
  }

  /// The country a sentence that starts inside `t` opens with ("Russia.", "Russia sold ...",
  /// "Chinese exports rose ..."), the last such in `t`; sources ("Chinese customs said") are
  /// skipped.
  static func sentenceSubject(_ t: ClaimTokens, mentions: [Mention], skipping src: Set<Int>)
    -> String?
  {
    var out: String?
    for m in mentions where !src.contains(m.start) && m.start > 0 {
      var b = m.start - 1
      if t.id(b) == W.the || !t[b].isWord && ![".", "?", "!"].contains(t.lower(b)) { b -= 1 }
      if t.id(b).isAny(W.fullStop, W.questionMark, W.exclamationMark) { out = m.iso3 }
    }
    return out
  }

  /// The side "its" stands for when the other side (`known`) is named: the country that last
  /// opened a sentence, else the side that stated the last flow.
  func pronounSide(excluding known: String) -> String? {
    if let s = sentenceSubject, s != known { return s }
    return reporter.flatMap { $0 != known ? $0 : nil }
  }

  /// True when the figure's flow word or the figure goes on with "from all suppliers", "to all
  /// destinations", "with all partners" or "from the rest of the world" ("exports to all
  /// destinations reached $99bn", "the 76.7 Mt China imported from all suppliers") before
  /// another figure: the flow with all partners.
  func allPartnersAfter(_ anchor: Anchor?, _ fi: Int, _ end: Int, clause: Range<Int>) -> Bool {
    func says(_ k: Int) -> Bool {
      guard tokens.id(k).isAny(W.from, W.to, W.with) else { return false }
      return tokens.id(k + 1) == W.all && tokens.has(k + 2, .allPartnerNouns)
        || tokens.matches(["the", "rest", "of", "the", "world"], at: k + 1) != nil
        || tokens.matches(["the", "world"], at: k + 1) != nil
    }
    if let a = anchor, !a.verb, a.index < fi {
      var k = a.index + 1
      while k < fi, !tokens[k].isNumber, tokens.id(k) != W.comma {
        if says(k) { return true }
        k += 1
      }
    }
    var k = end
    while k < min(clause.upperBound, end + 8), !tokens[k].isNumber {
      // "Russia shipped 33 Mt of LNG worldwide".
      if says(k) || tokens.has(k, .everywhereWords) { return true }
      k += 1
    }
    return false
  }

  /// True when the figure's flow noun is a country's trade with the whole world ("China's
  /// total foreign trade reached 42 trillion yuan", "Russia's external trade fell 8%"): an
  /// adjective of all partners right before the noun, no partner named after it ("foreign
  /// trade with China" is the pair's), and the figure no share ("4% of China's foreign
  /// trade": the whole of a share is read by `shareOf`).
  func worldFlow(_ anchor: Anchor?, _ f: Figure, mentions: [Mention]) -> Bool {
    guard let a = anchor, !a.verb, f.kind != .share,
      tokens.has(a.index - 1, .worldAdjectives)
    else { return false }
    return !mentions.contains {
      $0.start > a.index && tokens.id($0.start - 1).isAny(W.from, W.to, W.with)
    }
  }

  /// The sentence's earlier flow one way that the bare flow noun at `a` ("exports",
  /// "imports", naming no country) is joined to by "and", "while", "whereas" or a comma, the
  /// other way round ("Chinese exports to Russia came to $115.49bn and imports to $129.32bn",
  /// "Japan's exports to Korea rose to $4bn, while imports fell to $3bn"): the same reporter
  /// and partner.
  ///
  /// No country may stand between the two, and the noun must be the plain word
  /// (not "deliveries" or "purchases", which name the goods flow of either side).
  func coordinatedOppositeFlow(_ a: Anchor, flow: Flow?) -> ClaimFrame? {
    guard tokens.id(a.index).isAny(W.exports, W.imports),
      let prior = sentenceFrames.last(where: { $0.index < a.index }),
      Self.isOneWayPair(prior.frame), let pf = prior.frame.flow, pf != flow,
      a.index - prior.index <= 8,
      tokens.mentions(in: (prior.index + 1)..<a.index).isEmpty,
      (prior.index + 1..<a.index).contains(where: {
        tokens.id($0).isAny(W.and, W.comma) || tokens.has($0, .contrastJoiners)
      })
    else { return nil }
    return prior.frame
  }

  /// Words that join two clauses in contrast ("exports rose, while imports fell").
  static let contrastJoiners: WordTable = ["while", "whereas", "whilst"]

  /// Adjectives of a flow with every partner ("foreign trade", "external trade").
  static let worldAdjectives: WordTable = ["foreign", "external", "global", "worldwide"]

  /// True when the sentence's figure at token `k` is the whole of a share stated right before
  /// it ("10.8% of the 76.7 million tonnes").
  func isShareWhole(_ k: Int) -> Bool {
    sentenceFrames.contains {
      $0.index < k && k - $0.index <= 5 && $0.frame.shareOf != nil
        && (($0.index + 1)..<k).contains { tokens.id($0) == W.of }
    }
  }

  /// Words after a flow's figure that make it the flow with every partner.
  static let everywhereWords: WordTable = ["worldwide", "globally"]

  /// Nouns after "from all" or "to all" that cover every partner.
  static let allPartnerNouns: WordTable = [
    "suppliers", "sources", "partners", "countries", "destinations", "markets", "origins",
    "exporters", "buyers",
  ]

  /// True when "cost" or "costs" shortly before the figure is the verb of goods followed by
  /// an amount ("pipeline gas cost China $3.98bn, 2.6 times the 2021 figure"): what the
  /// buyer paid, for that amount and for a multiple or change of it.
  func paidCost(before fi: Int) -> Bool {
    for k in max(1, fi - 8)..<max(1, fi) where tokens.id(k).isAny(W.cost, W.costs) {
      // "Those cargoes cost $8bn": a noun for the goods of the story before the verb;
      // "crude oil alone cost": a focus word between.
      let v = tokens.has(k - 1, .focusWords) ? k - 1 : k
      let goodsBefore =
        (max(0, v - 4)..<v).contains { j in
          tokens.commodity(at: j).map { $0.1 == v } == true && !coordinatedGoods(at: j)
        }
        || tokens.has(k - 1, .commodityAnaphors)
          && (tokens.has(k - 2, .determiners) || periodPossessive(before: k - 1))
      var n = k + 1
      if let m = tokens.mentions(in: n..<min(tokens.count, n + 4)).first, m.start == n {
        n = m.end
        // "cost Chinese buyers $5bn": the payer's people after its adjective.
        if tokens.has(n, .buyers) { n += 1 }
      }
      if goodsBefore, tokens.has(n), tokens[n].isNumber || tokens.id(n) == W.dollarSign {
        return true
      }
    }
    return false
  }

  /// True when "of the market" (or "of a market", "of China's market", "of the month's
  /// market") follows a share figure ending at `end`: its whole is what the market bought.
  func marketWhole(after end: Int) -> Bool {
    var k = end
    if tokens.id(k) == W.share { k += 1 }
    guard tokens.id(k) == W.of else { return false }
    var j = k + 1
    while j < k + 5, tokens.has(j),
      tokens.has(j, .leadWords) || tokens.id(j) == W.possessive
        || !tokens.mentions(in: j..<(j + 1)).isEmpty || tokens.has(j, .periodNouns)
    {
      j += 1
    }
    return tokens.has(j) && tokens.id(j).isAny(W.market, W.markets)
  }

  /// True when the goods at `k` follow other goods and "and" or a comma ("LNG and pipeline
  /// gas cost buyers $5bn"): a sum of goods, which no one series holds.
  func coordinatedGoods(at k: Int) -> Bool {
    guard k >= 2, tokens.id(k - 1).isAny(W.and, W.comma) else { return false }
    return (max(0, k - 5)..<(k - 1)).contains { tokens.commodity(at: $0)?.1 == k - 1 }
  }

  /// True when "its cost" or "their cost" stands as the subject shortly before the figure at
  /// `fi` ("Its cost rose 76%"): what the trade named before cost, not a price ("the cost of
  /// freight" names what it is the cost of and stays no trade).
  func ownCost(before fi: Int) -> Bool {
    (max(1, fi - 5)..<max(1, fi)).contains { k in
      tokens.id(k).isAny(W.cost, W.costs) && tokens.id(k - 1).isAny(W.its, W.their)
        && !tokens.id(k + 1).isAny(W.of, W.per, W.to, W.for)
    }
  }

  /// True when a period owns the word at `k` ("June's cargoes", "2023's shipments", "last
  /// month's deliveries"): the goods of the story in that period, as "those cargoes" are.
  func periodPossessive(before k: Int) -> Bool {
    guard tokens.id(k - 1) == W.possessive, tokens.has(k - 2) else { return false }
    let w = tokens.lower(k - 2)
    return Self.monthNumber(w) != nil || tokens.year(at: k - 2) != nil
      || Self.periodNouns.contains(w)
  }

  /// Nouns of a period that may own goods ("the month's cargoes", "last year's deliveries").
  static let periodNouns: WordTable = ["month", "year", "quarter", "week", "season"]

  /// True when the goods at `k` open a clause: only determiners or value and volume nouns
  /// stand between them and the sentence start or a clause break.
  func opensClause(_ k: Int) -> Bool {
    var j = k - 1
    while j >= 0, tokens.has(j, .subjectLeads) { j -= 1 }
    return j < 0 || tokens.has(j, .subjectBreaks)
  }

  /// True when mention `m` stands after the next figure of the clause with a flow word of
  /// its own between ("took 86 Mt of Russian crude, short of the 87 Mt it bought from Saudi
  /// Arabia"): a side of that later figure, not of this one.
  func ofLaterFigure(_ m: Mention, after end: Int, clause: Range<Int>) -> Bool {
    guard m.start > end,
      let next = (end..<m.start).first(where: {
        tokens[$0].isNumber && tokens.year(at: $0) == nil
      })
    else { return false }
    return (next..<m.start).contains {
      tokens.flowVerb($0) != nil || tokens.flowNoun($0) != nil
    }
  }

  /// A country named before the figure in its clause that is neither side of the frame `fr`
  /// inherited from the last trade (`mentions` are the clause's, sources left out).
  func thirdCountry(_ mentions: [Mention], before fi: Int, of fr: ClaimFrame) -> String? {
    guard fr.flow == .import || fr.flow == .export, let r = fr.reporter, let p = fr.partner
    else { return nil }
    let others = Set(mentions.filter { $0.start < fi }.map(\.iso3)).subtracting([r, p])
    return others.count == 1 ? others.first : nil
  }

  /// True when "total" stands as a noun before the figure in its clause, the subject of
  /// the figure ("the total was", "the monthly total had eased", "The May total was", "That
  /// total"): no flow noun, goods or "of" after it ("total exports", "the total of").
  func totalNoun(before fi: Int, _ clause: Range<Int>) -> Bool {
    for k in clause.lowerBound..<fi where tokens.id(k) == W.total {
      let next = tokens.lower(k + 1)
      if ClaimWords.flowNouns[next] != nil || tokens.commodity(at: k + 1) != nil
        || next.isAny("of", "for", "value", "volume", "volumes")
      {
        continue
      }
      let prev = tokens.lower(k - 1)
      if Self.determiners.contains(prev) || prev == "'s" || prev.isAny("monthly", "annual")
        || Self.monthNumber(prev) != nil
      {
        return true
      }
    }
    return false
  }

  /// Verbs by which goods state the money their trade moved: what the buyer paid ("pipeline
  /// gas cost China $4bn") or what the seller earned ("coal earned Russian miners $12bn",
  /// "crude brought in $40bn").
  static let moneyVerbs: WordTable = [
    "cost", "costs", "earned", "earns", "earning", "brought", "brings", "fetched", "generated",
    "generates", "raised", "yielded",
  ]
  /// Words that single out the subject before its verb ("crude oil alone cost ...").
  static let focusWords: WordTable = ["alone", "itself", "themselves", "only"]

  /// Determiners before a volume or value noun that opens a sentence.
  static let leadDeterminers: WordTable = ["the", "its", "their", "total", "overall"]
  /// Nouns for the volume or value of goods.
  static let volumeOrValue: WordTable = ["volumes", "volume", "tonnage", "bill", "value"]
  /// Tokens that end the look-back for a subject: a sentence inside the sentence.
  static let sentenceStops: WordTable = ["?", "!"]
}
