import Foundation
import TallyCore

/// The clause around a figure, the flow word it is measured by, and the countries on each
/// side of that flow (see ``ClaimFramer``).
extension ClaimFramer {
  // MARK: - Clause and anchor

  /// One past the figure's last token.
  func figureEnd(_ f: Figure, from fi: Int) -> Int {
    min(fi + max(1, ClaimTokens.count(f.text)), tokens.count)
  }

  /// Words that make a trade figure a province's, a port's or a company's.
  static let subnational: WordTable = [
    "province", "provincial", "region", "regional", "border", "port", "city", "municipal",
    "company's", "prefecture", "oblast", "krai", "territory",
  ]

  /// True when the sentence puts its trade in a province, a port or a company.
  ///
  /// The words are ``subnational``. "Across the border" and "cross-border" name the frontier every trade
  /// between neighbours crosses, not a border region.
  ///
  /// Nor does the frontier as a barrier ("despite closed border crossings", "border checks"),
  /// nor a word inside a clause set off by ", which ... ," that describes a source ("Russian
  /// customs, which count some border trade differently, put the figure at ...").
  static func isSubnational(_ t: ClaimTokens, where side: (Int) -> Bool = { _ in true }) -> Bool {
    var aside = false
    for k in 0..<t.count {
      let w = t.lower(k)
      if w == "which", t.id(k - 1) == W.comma {
        aside = true
        continue
      }
      if aside, w == "," || w == ";" {
        aside = false
        continue
      }
      guard !aside, subnational.contains(w) else { continue }
      // "the largest of any regional bloc": a group of countries, not a part of one.
      if w == "regional", t.has(k + 1, .supranational) { continue }
      // "Khabarovsk territory": a named territory; not "on Russian territory".
      if w == "territory",
        !(t.has(k - 1) && t[k - 1].isWord && t[k - 1].capitalized
          && t.mentions(in: (k - 1)..<k).isEmpty)
      {
        continue
      }
      if w == "border" {
        let crossing =
          (t.id(k - 1) == W.the
            && t.id(k - 2).isAny(W.across, W.over, W.beyond, W.past))
          || (t.id(k - 1) == W.hyphen && t.id(k - 2) == W.cross)
          || t.has(k + 1, .barrierWords) || t.has(k - 1, .closedWords)
          // "when the pandemic froze the border", "after Beijing shut its border": the
          // frontier closed, the object of a verb of closing.
          || (t.has(k - 1, .borderDeterminers)
            && t.has(k - 2, .closingVerbs))
        if crossing { continue }
      }
      if side(k) { return true }
    }
    return false
  }

  /// True when a ``subnational`` word makes the figure at `fi` (ending at `end`) a part's
  /// trade: the place is a side of the figure's trade, not a place the sentence merely names.
  ///
  /// A place's statistics body anywhere in the sentence still makes the figure its own when the
  /// clause does not name both countries (``reportingBodies``, ``pairWords``). Otherwise the
  /// word must be in the figure's clause. Before the figure it is the subject's ("the
  /// province's trade with Russia reached $2bn", "exports through the port came to 3 Mt"),
  /// unless it names a speaker ("border officials said trade reached ...", "officials at the
  /// city's park") or a source ("according to a regional official"). After the figure it is a
  /// side only close by and in the same phrase ("$2bn of the province's trade"), not past a
  /// comma or a word that opens a new clause ("a growth of 31% that regional exporters felt",
  /// "... because goods are valued at each border").
  func subnationalSide(at fi: Int, end: Int, clause: Range<Int>) -> Bool {
    let t = tokens
    // "Trade with Russia reached $2bn, the provincial government said": with the countries
    // not both named, a place's statistics body that reports the figure is its side (a
    // regional official who comments on it is not).
    let pairNamed =
      Set(t.mentions(in: clause).map(\.iso3)).count >= 2
      || clause.contains { t.has($0, .pairWords) }
    return Self.isSubnational(t) { k in
      if !pairNamed,
        ((k + 1)..<min(t.count, k + 3)).contains(where: {
          t.has($0, .reportingBodies)
        })
      {
        return true
      }
      guard clause.contains(k) else { return false }
      if k >= end {
        guard k - end <= 6 else { return false }
        return !(end..<k).contains { t.has($0, .phraseEnds) }
      }
      if k >= fi { return false }
      if ((k + 1)..<min(t.count, k + 4)).contains(where: { t.has($0, .speakerNouns) }
      ) {
        return false
      }
      for j in max(0, k - 3)..<k where t.has(j, .speakerNouns) {
        // "officials at the city's park", "the governor of the province": where they sit.
        if ((j + 1)..<k).contains(where: { t.has($0, .seatWords) }) {
          return false
        }
      }
      var j = k - 1
      while j >= clause.lowerBound, t.id(j) != W.comma {
        if t.id(j) == W.according { return false }
        j -= 1
      }
      return true
    }
  }

  /// The country the current sentence opens with ("Turkey, once a hub, saw its trade
  /// ..."), unless it is the statistics' source ("Chinese customs said ...").
  var sentenceOpener: String? {
    tokens.mentions(in: 0..<min(2, tokens.count)).first { !sentenceSource.1.contains($0.start) }?
      .iso3
  }

  /// People and offices that speak about trade: a place before or after them ("border
  /// officials", "a regional official", "officials in the city") is where they sit, not a side
  /// of the trade they report.
  static let speakerNouns: WordTable = [
    "official", "officials", "spokesman", "spokeswoman", "spokesperson", "governor", "mayor",
    "minister", "ministry", "authorities",
  ]

  /// Bodies that publish a place's own trade figures ("the provincial government", "the
  /// regional customs office").
  static let reportingBodies: WordTable = [
    "government", "administration", "customs", "department", "bureau", "office", "statistics",
  ]

  /// Words that name both countries of a trade without naming them ("between the two
  /// countries", "bilateral trade", "the national figures").
  static let pairWords: WordTable = [
    "bilateral", "national", "countries", "nations", "neighbours", "neighbors",
  ]

  /// Prepositions between a speaker and a place that seat the speaker there.
  static let seatWords: WordTable = ["at", "in", "of", "from", "for"]

  /// Words after a figure that end the phrase a side of its trade can be named in.
  static let phraseEnds: WordTable = [
    ",", ";", ":", "that", "which", "who", "where", "because", "according", "as", "after",
    "when", "while", "and", "but", "since", "though", "although",
  ]

  /// True when "own" at `k` makes a flow a part's own.
  ///
  /// "Tatarstan's own trade with China", "the province says its own exports rose", "traders
  /// say their own sales doubled". A country's own ("Russia's own exports") is that country's
  /// trade.
  static func ownPartTrade(_ t: ClaimTokens, _ k: Int) -> Bool {
    guard t.id(k) == W.own, t.flowNoun(k + 1) != nil else { return false }
    switch t.lower(k - 1) {
    case "its", "their": return true
    case "'s":
      return t.has(k - 2) && t[k - 2].capitalized && t.mentions(in: max(0, k - 4)..<(k - 1)).isEmpty
    default: return false
    }
  }

  /// True when a place that is no country follows "from" between the flow word at `a` and
  /// the figure at `fi` ("exports to China from Primorye alone reached $1.4bn", "shipments
  /// from Sakhalin came to 2 Mt"): a province's, a port's or a firm's part of the trade.
  ///
  /// Not a country or its capital (mentions), a region or bloc (``regionSides``), nor a month
  /// or weekday ("from January"). The caller asks for money, mass and volume figures only
  /// ("voyages from Baltic ports of 35 to 40 days" is no trade's part).
  func fromPlace(_ a: Int, figure fi: Int) -> Bool {
    let t = tokens
    guard a + 2 < fi else { return false }
    for k in (a + 1)..<(fi - 1) where t.id(k) == W.from {
      let n = k + 1
      guard t[n].isWord, t[n].capitalized, !t.has(n, .calendarNames),
        CountryReferences.regions[t.lower(n)] == nil, region(endingAt: n + 1) == nil,
        t.mentions(in: n..<min(t.count, n + 4)).first?.start != n
      else { continue }
      return true
    }
    return false
  }

  /// Nouns of a state's formal name before "of" and the country ("the Kingdom of Saudi
  /// Arabia", "the Republic of Korea", "the Sultanate of Oman").
  static let stateForms: WordTable = [
    "kingdom", "republic", "state", "sultanate", "emirate", "principality", "federation",
    "commonwealth", "union",
  ]

  /// Where the name of the country mentioned at token `k` starts with its formal form.
  ///
  /// That is `k - 2` after a capitalized "Kingdom of", else `k`: "from the Kingdom of Saudi
  /// Arabia" is goods from Saudi Arabia; "the state of the economy" names no country.
  func formalNameStart(_ k: Int) -> Int {
    let t = tokens
    guard k >= 2, t.id(k - 1) == W.of, t[k - 2].capitalized,
      t.has(k - 2, .stateForms)
    else { return k }
    return k - 2
  }

  /// Months and weekdays, capitalized after "from" but no place.
  static let calendarNames: WordTable = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "q1", "q2", "q3", "q4", "h1", "h2",
  ]

  /// Nouns after "regional" that name a group of countries ("regional bloc").
  static let supranational: WordTable = [
    "bloc", "blocs", "grouping", "groupings", "organisation", "organization", "partners",
  ]

  /// Nouns after "border" that make it the frontier as a barrier, not a place that trades.
  static let barrierWords: WordTable = [
    "crossings", "closures", "closure", "controls", "checks", "guards", "restrictions",
    "queues", "delays",
  ]
  /// Words before "border" that make it the frontier as a barrier ("closed border crossings").
  static let closedWords: WordTable = ["closed", "shut", "reopened", "sealed"]
  /// Verbs whose object "the border" is the frontier as a barrier ("the pandemic froze the
  /// border", "to reopen the border").
  static let borderDeterminers: WordTable = ["the", "its", "their"]
  static let closingVerbs: WordTable = [
    "froze", "freeze", "frozen", "freezes", "closed", "close", "closes", "shut", "shuts",
    "sealed", "seal", "seals", "reopened", "reopen", "reopens", "opened", "open", "opens",
  ]

  /// Words that open a new clause.
  static let clauseBreaks: WordTable = [
    "while", "whereas", "but", ";", "although", "though", "yet",
  ]

  /// The clause around token `k`: bounded by "while", "but", ";" or "and" before a new flow
  /// word ("exports rose 5% and imports fell 3%").
  func clauseRange(around k: Int) -> Range<Int> {
    let opens = clauseOpens
    let n = opens.count - 1
    var a = min(k, n)
    while a > 0 && !opens[a] { a -= 1 }
    var b = min(k + 1, n)
    while b < n && (b < 0 || !opens[b + 1]) { b += 1 }
    return a..<max(a, b)
  }

  /// True when token `k` is a comma, a semicolon, a colon or a full stop: where the words
  /// read around a figure stop inside its clause (``ForecastEvidence``,
  /// ``TradeClaimEvidence``).
  func isBreak(_ k: Int) -> Bool {
    tokens.id(k).isAny(W.comma, W.semicolon, W.colon, W.fullStop)
  }

  /// Where clauses of the sentence open, by token position (0 through `count`).
  ///
  /// A clause opens after "while", "but", ";" and the other ``clauseBreaks``, or after "and",
  /// "," or ":" before a new flow word (``startsFlow(_:)``). Read once per sentence, where
  /// ``clauseRange(around:)`` asked the words of the clause for every figure.
  func clauseOpenings() -> [Bool] {
    let t = tokens
    var opens = [Bool](repeating: false, count: t.count + 1)
    for j in stride(from: 1, through: t.count, by: 1) {
      let w = t.lower(j - 1)
      opens[j] =
        Self.clauseBreaks.contains(w) || ((w == "and" || w == "," || w == ":") && startsFlow(j))
    }
    return opens
  }

  /// True when a new subject with a flow starts at `k` ("imports from Russia", "its exports",
  /// "Chinese exports", "Russia's sales").
  func startsFlow(_ k: Int) -> Bool {
    if tokens.id(k).isAny(W.whose, W.which, W.that, W.who) { return false }
    var j = k
    var steps = 0
    while tokens.has(j), steps < 4 {
      let w = tokens.lower(j)
      if ClaimWords.flowNouns[w] != nil { return true }
      guard tokens[j].isWord,
        !["at", "to", "from", "of", "in", "on", "was", "were", "rose", "fell"].contains(w)
      else { return false }
      j += 1
      steps += 1
    }
    return false
  }

  struct Anchor {
    let index: Int
    let flow: Flow
    let verb: Bool
    /// A participle after the figure ("6 million tonnes sold to China"): the figure is the
    /// goods, no subject stands before the verb, "by X" names it.
    var passive = false
  }

  /// The flow word the figure is measured by: the nearest flow noun or verb before the figure
  /// in its clause, else a flow noun right after it ("$10bn in exports", "$5bn of imports").
  func flowAnchor(_ fi: Int, end: Int, clause: Range<Int>) -> Anchor? {
    let t = tokens
    // "$9.99bn of Chinese goods went north": the goods' own verb of motion after them beats a
    // flow word before the figure ("trade ... nearly matched: $9.99bn of ...").
    if let p = participleAfter(end, clause: clause),
      t.has(p.index, .motionVerbs) || t.has(p.index, .movingWords)
    {
      return p
    }
    // "$9.62bn of Chinese exports against $9.61bn of imports": a flow noun right after "of"
    // names what the figure measures, over a flow word before it ("the two-way figure was
    // $19.2bn, split almost evenly: ...").
    if let n = flowNounOf(end, clause: clause), !t.has(end - 1, .partOfWords) {
      return n
    }
    if let before = flowWordBefore(fi, clause: clause) {
      // "Shipments from Russia were worth $11.1bn, against $8.68bn of Chinese goods sent
      // north": a participle after the figure beats a flow word that measured an earlier one.
      if (before.index + 1..<fi).contains(where: { t[$0].isNumber }),
        let p = participleAfter(end, clause: clause)
      {
        return p
      }
      return before
    }
    var j = end
    var steps = 0
    // "rose 12% to 28 Mt as Indonesian supply filled the gap": a clause of reason after the
    // figure measures something else.
    while j < clause.upperBound, steps < 6, !t[j].isNumber, !t.has(j, .reasonWords) {
      if let f = t.flowNoun(j) { return Anchor(index: j, flow: f, verb: false) }
      j += 1
      steps += 1
    }
    return participleAfter(end, clause: clause)
  }

  /// Last words of a figure that is a part of what follows "of" ("20% of imports", "a third
  /// of exports"): the flow noun after it is the whole, not the figure's measure.
  static let partOfWords: WordTable = [
    "%", "percent", "cent", "half", "third", "thirds", "quarter", "quarters", "fifth",
    "fifths", "tenth", "tenths", "share", "bulk", "most", "part",
  ]

  /// A flow noun right after "of" past a demonym ("of Chinese exports", "of imports").
  func flowNounOf(_ end: Int, clause: Range<Int>) -> Anchor? {
    let t = tokens
    guard t.id(end) == W.of else { return nil }
    var g = end + 1
    if let m = t.mentions(in: g..<min(t.count, g + 3)).first, m.start == g, m.kind == .adjective {
      g = m.end
    }
    guard g < clause.upperBound, let f = t.flowNoun(g), f != .balance,
      isNounUse(g)
    else { return nil }
    return Anchor(index: g, flow: f, verb: false)
  }

  /// The nearest flow noun or verb before the figure in its clause.
  func flowWordBefore(_ fi: Int, clause: Range<Int>) -> Anchor? {
    let t = tokens
    var k = fi - 1
    while k >= clause.lowerBound {
      if t[k].isWord {
        // "the Harbin trade fair", "trade talks": a flow noun modifying another noun.
        if t.has(k + 1, .compoundHeads) {
          k -= 1
          continue
        }
        if let f = t.flowNoun(k), isNounUse(k) {
          return Anchor(index: k, flow: f, verb: false)
        }
        if let f = t.flowVerb(k) { return Anchor(index: k, flow: f, verb: true) }
        // "Chinese goods heading north were worth $37.3bn": goods of a country on the move
        // are its exports.
        if t.has(k, .movingWords), originGoods(endingAt: k) || movingCompass(k) {
          return Anchor(index: k, flow: .export, verb: true)
        }
        // "Northbound goods were worth $1.1bn": goods named by the way they go.
        if t.id(k).isAny(W.goods, W.products) || t.flowNoun(k) != nil,
          t.has(k - 1, .compassAdjectives)
        {
          return Anchor(index: k, flow: .export, verb: true)
        }
        let w = t.lower(k)
        if w == "bilateral" || (w == "way" && t.id(k - 1) == W.hyphen && t.id(k - 2) == W.two) {
          return Anchor(index: k, flow: .total, verb: false)
        }
        // "Combined, the two flows amount to $19.8bn", "both directions together": the trade
        // both ways.
        if t.has(k, .bothWaysNouns), t.id(k - 1) == W.two || t.id(k - 1) == W.both {
          return Anchor(index: k, flow: .total, verb: false)
        }
      }
      k -= 1
    }
    return nil
  }

  /// Nouns of the two flows of a pair after "the two" or "both" ("the two flows").
  static let bothWaysNouns: WordTable = ["flows", "directions", "streams"]

  /// Participles of goods on the move before the figure ("Chinese goods heading north").
  static let movingWords: WordTable = [
    "heading", "going", "flowing", "moving", "travelling", "traveling", "crossing", "coming",
    "entering", "arriving", "headed",
  ]

  /// "Goods going north were worth $9.99bn", "shipments heading south": goods on the move
  /// (`movingWords` at `k`, goods or a flow noun before) toward a compass point, whose sides
  /// `compassSides` reads from the story's pair.
  func movingCompass(_ k: Int) -> Bool {
    let t = tokens
    guard CountryReferences.compassWords[t.lower(k + 1)] != nil else { return false }
    var start: Int?
    if t.id(k - 1).isAny(W.goods, W.products) || t.flowNoun(k - 1) != nil {
      start = k - 1
    } else {
      start = (max(0, k - 3)..<k).first { t.commodity(at: $0)?.1 == k }
    }
    // "prices of goods heading north": the goods are no subject of the figure.
    guard let s = start, t.id(s - 1) != W.of, t.id(s - 2) != W.of else { return false }
    return compassSides(k) != nil
  }

  /// Compass adjectives of goods ("northbound goods", "southbound shipments").
  static let compassAdjectives: WordTable = ["northbound", "southbound"]

  /// The exporter and importer of goods sent toward a compass point right after the flow
  /// word at `k` ("going north", "shipped south") or before it ("northbound goods"), between
  /// the story's two leading countries when `CountryReferences.northOf` gives their bearing.
  func compassSides(_ k: Int) -> (exporter: String, importer: String)? {
    let t = tokens
    guard
      let north = CountryReferences.compassWords[t.lower(k + 1)]
        ?? CountryReferences.compassWords[t.lower(k - 1)]
        ?? (t.id(k - 1).isAny(W.goods, W.products)
          ? CountryReferences.compassWords[t.lower(k - 2)] : nil)
    else { return nil }
    // The pair of the last trade, else the headline's, else the story's two leading
    // countries: the first with a bearing.
    var pairs: [[String]] = []
    if let l = lastTrade?.frame, let r = l.reporter, let p = l.partner { pairs.append([r, p]) }
    if let s = storySides { pairs.append([s.exporter, s.importer]) }
    pairs.append(Array(ranked.prefix(2)))
    for pair in pairs where pair.count == 2 {
      if let (e, i) = CountryReferences.compassTrade(pair[0], pair[1], northward: north) {
        return (e, i)
      }
    }
    return nil
  }

  /// Whether goods with a demonym before them ("Chinese goods", "Brazilian soybeans",
  /// "Russian crude oil") end right before token `k`, not after "of".
  func originGoods(endingAt k: Int) -> Bool { goodsOrigin(endingAt: k) != nil }

  /// The country of the demonym before goods that end right before token `k` ("Mexican goods
  /// worth $40bn": k is "worth"), not after "of"; see `originGoods(endingAt:)`.
  func goodsOrigin(endingAt k: Int) -> String? {
    let t = tokens
    var g: Int?
    if t.id(k - 1).isAny(W.goods, W.products) {
      g = k - 1
    } else {
      g = (max(0, k - 3)..<k).first { t.commodity(at: $0)?.1 == k }
    }
    guard let start = g, let m = t.mentions(in: max(0, start - 3)..<start).last else {
      return nil
    }
    // "prices of Chinese goods heading north": the goods are no subject of the figure.
    return m.kind == .adjective && m.end == start && t.id(m.start - 1) != W.of ? m.iso3 : nil
  }

  /// Nouns that a flow noun before them modifies ("trade fair", "trade talks", "export
  /// controls"): the compound names no flow.
  static let compoundHeads: WordTable = [
    "fair", "fairs", "expo", "show", "talks", "war", "wars", "deal", "deals", "minister",
    "ministers", "ministry", "mission", "delegation", "union", "unions", "dispute", "disputes",
    "controls", "licence", "licences", "license", "licenses", "ban", "bans", "policy",
    "policies", "representative", "tensions", "barriers", "zone", "zones",
  ]

  /// A flow verb's past participle right after the figure, or after its goods ("6 million
  /// tonnes sold to China", "the 119,000 miles shipped in May", "$2bn of coal bought from
  /// Indonesia"): the figure is what the verb moved.
  func participleAfter(_ end: Int, clause: Range<Int>) -> Anchor? {
    var j = end
    var origin = false
    if tokens.id(j) == W.of {
      // "$8.68bn of Chinese goods sent north", "6 Mt of Russian coal shipped to India".
      var g = j + 1
      if let m = tokens.mentions(in: g..<min(tokens.count, g + 3)).first, m.start == g,
        m.kind == .adjective
      {
        g = m.end
        origin = true
      }
      if let (_, e) = tokens.commodity(at: g) {
        j = e
      } else if tokens.id(g).isAny(W.goods, W.products) {
        j = g + 1
      }
    }
    if let r = relativeClauseVerb(at: j, clause: clause) { return r }
    // "$9.99bn of Chinese goods went north": goods that moved went from their origin.
    if origin, j < clause.upperBound, tokens.has(j, .motionVerbs) {
      return Anchor(index: j, flow: .export, verb: true, passive: true)
    }
    // "$115.5bn of Chinese goods going north", "$59bn of Russian goods arriving": goods on
    // the move are their origin's exports, or go the way a compass point and the pair say.
    if j < clause.upperBound, tokens.has(j, .movingWords),
      origin || compassSides(j) != nil
    {
      return Anchor(index: j, flow: .export, verb: true, passive: true)
    }
    // "Batteries worth $47m went to Russia": goods that moved to a country named right after
    // the verb are that country's imports, whatever their origin.
    if j + 2 < clause.upperBound, tokens.has(j, .motionVerbs),
      tokens.id(j + 1).isAny(W.to, W.into),
      let m = tokens.mentions(in: (j + 2)..<min(tokens.count, j + 5)).first,
      m.start == j + 2 || (m.start == j + 3 && tokens.id(j + 2) == W.the), m.kind != .adjective
    {
      return Anchor(index: j, flow: .export, verb: true, passive: true)
    }
    guard j < clause.upperBound, let f = tokens.flowVerb(j), f != .total,
      tokens.has(j, .participles)
    else { return nil }
    return Anchor(index: j, flow: f, verb: true, passive: true)
  }

  /// "the $67.5bn China sold in return", "the 40 Mt that Japan bought": a relative clause
  /// after the figure whose subject is a country and whose verb is a flow verb; the figure is
  /// what that country moved.
  func relativeClauseVerb(at j: Int, clause: Range<Int>) -> Anchor? {
    var k = j
    if tokens.id(k).isAny(W.that, W.which) { k += 1 }
    guard tokens.has(k), let m = tokens.mentions(in: k..<min(tokens.count, k + 4)).first,
      m.start == k,
      m.kind != .adjective
    else { return nil }
    var v = m.end
    if tokens.id(v).isAny(W.had, W.has, W.have, W.itself) { v += 1 }
    guard v < clause.upperBound, let f = tokens.flowVerb(v), f != .total
    else { return nil }
    return Anchor(index: v, flow: f, verb: true)
  }

  /// Verbs of goods moving, after "of <goods>" ("$10bn of Chinese goods went north").
  static let motionVerbs: WordTable = [
    "went", "flowed", "moved", "travelled", "traveled", "crossed", "headed",
  ]

  /// Flow verbs that can be a past participle ("sold to", "shipped in May").
  static let participles: WordTable = [
    "exported", "shipped", "sold", "supplied", "sent", "delivered", "provided", "imported",
    "bought", "purchased", "received", "obtained",
  ]

  /// "supply" and "export" are nouns unless a subject stands right before them as a verb.
  func isNounUse(_ k: Int) -> Bool {
    let w = tokens.lower(k)
    guard ClaimWords.flowVerbs[w] != nil else { return true }
    if k > 0, tokens[k - 1].capitalized, tokens.id(k - 1) != W.possessive,
      tokens.mentions(in: (k - 1)..<k).first?.kind == .name
    {
      return false
    }
    return true
  }

  // MARK: - Sides

  struct Sides {
    var reporter: String?
    var partner: String?
    var pairAnaphor = false
    var pronoun = false
    /// The flow's partner is a group of countries no dataset is kept for ("commerce with
    /// Southeast Asian countries"): no partner is filled in from the story.
    var groupPartner = false
  }

  /// Plural nouns that make "with <adjective> countries" a group of partners.
  static let groupNouns: WordTable = [
    "countries", "nations", "states", "economies", "neighbours", "neighbors", "members",
  ]

  /// The countries of a flow from the words around its anchor.
  func sides(_ a: Anchor, mentions: [Mention], clause: Range<Int>, figure fi: Int) -> Sides {
    let t = tokens
    var s = Sides()
    let window = a.verb ? 12 : 5
    let before =
      a.passive ? [] : mentions.filter { $0.end <= a.index && a.index - $0.end <= window }
    var lead = before.last
    if let subject = coordinatedSubject(a) { lead = subject }
    for k in max(clause.lowerBound, a.index - 5)...a.index where t.has(k) {
      let w = t.lower(k)
      if w == "bilateral"
        || ((w == "two" || w == "both") && t.has(k + 1, .pairNouns))
        || (w == "two" && t.id(k + 1) == W.hyphen && t.id(k + 2) == W.way) || w == "their"
      {
        s.pairAnaphor = true
      }
      if w == "its" { s.pronoun = true }
    }
    var to: String?
    var from: String?
    var with: String?
    var goodsOrigin: String?
    var between: [String] = []
    for m in mentions where m.start > a.index {
      // "from the Kingdom of Saudi Arabia": the word before the state's formal name.
      let s0 = formalNameStart(m.start)
      var p = t.id(s0 - 1) == W.the ? t.lower(s0 - 2) : t.lower(s0 - 1)
      if p == "for" && t.id(m.start - 2) == W.bound { p = "to" }
      switch p {
      case "to", "into": if to == nil { to = m.iso3 }
      case "from": if from == nil { from = m.iso3 }
      case "with": if with == nil { with = m.iso3 }
      case "between": between.append(m.iso3)
      // "imported by Japan": the agent of a participle is its subject.
      case "by" where a.passive && lead == nil: lead = m
      // "Russian products bought by China": a verb's agent right after it is its subject.
      case "by" where a.verb && t.id(a.index + 1) == W.by && m.start <= a.index + 3: lead = m
      case "and" where !between.isEmpty: between.append(m.iso3)
      default:
        // "$47m of Chinese batteries": the origin of the figure's goods, not of goods in a
        // later phrase ("..., against $110.9bn of Chinese goods going the other way").
        if m.kind == .adjective, goodsOrigin == nil, m.start < fi || m.start - fi <= 6,
          t.commodity(at: m.end) != nil
            || t.id(m.end).isAny(W.goods, W.products, W.energy, W.exports)
        {
          goodsOrigin = m.iso3
        }
        // "sold China goods": the indirect object of a sale is the buyer.
        if a.verb, a.flow == .export, m.start == a.index + 1, m.kind == .name, to == nil {
          to = m.iso3
        }
      }
    }
    // "$8.68bn of Chinese goods sent north": the goods' origin between the figure and its
    // participle.
    if a.passive, goodsOrigin == nil,
      let m = mentions.first(where: { $0.start > fi && $0.end <= a.index && $0.kind == .adjective })
    {
      goodsOrigin = m.iso3
    }
    // "Mexican goods worth $475bn crossed into the United States": the origin of the goods
    // the figure is the worth of.
    if a.passive, goodsOrigin == nil, t.id(fi - 1) == W.worth {
      goodsOrigin = self.goodsOrigin(endingAt: fi - 1)
    }
    if let l = lead, l.kind == .adjective,
      t.commodity(at: l.end) != nil || t.id(l.end) == W.goods,
      a.flow == .import,
      !(lastTrade?.frame.importer == l.iso3
        && t.commodity(at: l.end).map { lastTrade?.frame.hs.contains($0.0.hs) == true } == true)
    {
      goodsOrigin = goodsOrigin ?? l.iso3
      lead = before.dropLast().last
    }
    // Demonyms with a buyer or seller noun before the figure: "Chinese refiners bought".
    var buyer: String?
    var seller: String?
    // "Chinese exporters shipped $7.99bn north, and Russia sold $10.66bn to China": a country
    // right before a flow verb is its subject; buyers and sellers named before it are an
    // earlier clause's.
    let subjectStart =
      a.verb
      ? lead.flatMap { $0.kind == .name && a.index - $0.end <= 1 ? $0.start : nil } : nil
    for m in mentions
    where m.kind == .adjective && m.end <= max(a.index, fi) && m.start >= (subjectStart ?? 0) {
      let n = t.lower(m.end)
      if CountryReferences.buyers.contains(n) { buyer = m.iso3 }
      if CountryReferences.sellers.contains(n) { seller = m.iso3 }
    }
    if lead == nil, !a.verb, t.id(a.index - 1) == W.with,
      let subject = mentions.first(where: {
        $0.start <= clause.lowerBound + 1 && $0.kind != .adjective
      })
        // "Russia was China's largest crude supplier, ahead of Saudi Arabia, with shipments
        // of ...": the sentence's subject, before the clause.
        ?? t.mentions(in: 0..<min(2, t.count)).first(where: {
          $0.kind != .adjective && t.id($0.end) != W.possessive
            && !sentenceSource.1.contains($0.start)
        })
    {
      // "Indonesia remained China's largest coal supplier, with shipments of ...".
      lead = subject
      // "China's largest coal supplier": the possessor of a seller noun is the buyer.
      for m in t.mentions(in: subject.end..<clause.lowerBound)
      where buyer == nil && t.id(m.end) == W.possessive && m.iso3 != subject.iso3 {
        if (m.end + 1..<min(t.count, m.end + 5)).contains(where: {
          t.has($0, .sellers)
        }) {
          buyer = m.iso3
        }
      }
    }
    switch a.flow {
    case .export:
      s.reporter = seller ?? lead?.iso3 ?? from ?? goodsOrigin
      s.partner = to ?? buyer
    case .import:
      s.reporter = buyer ?? (lead.map { $0.iso3 == goodsOrigin ? nil : $0.iso3 } ?? nil)
      s.partner = from ?? goodsOrigin ?? seller
    case .total, .balance:
      if between.count >= 2 {
        s.reporter = between[0]
        s.partner = between[1]
      } else {
        let named = before.map(\.iso3).reduce(into: [String]()) {
          if !$0.contains($1) { $0.append($1) }
        }
        s.reporter = named.first
        s.partner = with ?? (named.count > 1 ? named[1] : nil)
        if s.reporter == nil, let w = with { s.partner = w }
      }
    default:
      break
    }
    // "Goods going north were worth $9.99bn", "$8.7bn of goods shipped south": the compass
    // point and the story's pair give both sides.
    if a.flow == .export, s.reporter == nil, s.partner == nil, let (e, i) = compassSides(a.index) {
      s.reporter = e
      s.partner = i
    }
    regionSides(&s, a, clause: clause)
    if s.reporter == s.partner { s.partner = nil }
    // "commerce with Southeast Asian countries": a group, not the story's other country.
    if s.partner == nil, a.index + 1 < fi,
      let w = (a.index + 1..<fi).first(where: { t.id($0).isAny(W.with, W.to, W.from) }),
      let g = (w + 1..<min(fi, w + 5)).first(where: { t.has($0, .groupNouns) }),
      !["two", "both", "the"].contains(t.lower(g - 1)),
      t.mentions(in: (w + 1)..<g).isEmpty
    {
      s.groupPartner = true
    }
    return s
  }

  /// The subject of a flow verb joined by "and" to an earlier one ("Russia sold $61bn of goods
  /// to China and bought $49.7bn in return", "with China selling goods worth $10bn to its
  /// neighbour and buying $9.7bn in return"): the country right before the earlier verb, not
  /// the last country named before this one.
  func coordinatedSubject(_ a: Anchor) -> Mention? {
    let t = tokens
    guard t.id(a.index - 1) == W.and, a.verb || t.lower(a.index).hasSuffix("ing") else {
      return nil
    }
    var k = a.index - 2
    while k >= 0 {
      let w = t.lower(k)
      if Self.clauseBreaks.contains(w) || w == "." { return nil }
      if ClaimWords.flowVerbs[w] != nil {
        return t.mentions(in: max(0, k - 3)..<k).last { $0.end == k && $0.kind != .adjective }
      }
      k -= 1
    }
    return nil
  }

  /// The seller and buyer a stretch of text names without a figure.
  ///
  /// "Russian oil keeps flowing to Chinese refiners", "Moscow's LNG sales to Beijing": goods
  /// or a sale of one country's, and a buyer or a "to" phrase of another's. `nil` unless both
  /// are named and differ.
  static func tradeSides(_ t: ClaimTokens, mentions: [Mention]) -> (
    exporter: String, importer: String
  )? {
    var exporter: String?
    var importer: String?
    for m in mentions {
      let next = t.id(m.end) == W.possessive ? m.end + 1 : m.end
      let w = t.lower(next)
      // "Russian oil", "Russia's LNG sales", "China's LNG imports", "Chinese refiners".
      var flow = ClaimWords.flowNouns[w]
      var goods = false
      if let (_, e) = t.commodity(at: next), !isComposition(t, next) {
        goods = true
        flow = t.flowNoun(e)
      } else if flow == nil, t.has(next + 1), t[next].isWord,
        let f = t.flowNoun(next + 1)
      {
        // "Russia's energy sales to China", "Australian farm exports": one modifier before
        // the flow noun.
        flow = f
      }
      if m.kind != .adjective, next == m.end, let v = ClaimWords.flowVerbs[w], v != .total {
        // "What does China buy from Russia?", "Russia sells more to China": the verb's
        // subject.
        if v == .export { exporter = exporter ?? m.iso3 } else { importer = importer ?? m.iso3 }
        continue
      }
      if m.kind == .adjective || next != m.end || m.kind == .metonym {
        if flow == .export || CountryReferences.sellers.contains(w)
          || (goods && flow == nil && m.kind == .adjective)
        {
          exporter = exporter ?? m.iso3
          continue
        }
        if flow == .import || CountryReferences.buyers.contains(w) {
          importer = importer ?? m.iso3
          continue
        }
      }
      switch t.lower(m.start - 1) {
      case "to",
        "into" where exporter != nil:
        importer = importer ?? m.iso3
      case "from" where importer != nil: exporter = exporter ?? m.iso3
      default: break
      }
    }
    // "how much the Chinese market is worth to Russian producers", "Russian LNG arriving in
    // China": one side's role is stated, the other country named is the other side.
    let others = Set(mentions.map(\.iso3).filter { $0 != exporter && $0 != importer })
    if others.count == 1, let o = others.first {
      if exporter != nil, importer == nil { importer = o }
      if importer != nil, exporter == nil { exporter = o }
    }
    guard let e = exporter, let i = importer, e != i else { return nil }
    return (e, i)
  }

  /// True when `fr` is a flow one way between two countries (no world total).
  static func isOneWayPair(_ fr: ClaimFrame) -> Bool {
    (fr.flow == .export || fr.flow == .import) && fr.reporter != nil && fr.partner != nil
      && fr.reporter != fr.partner && fr.reporter != "WLD" && fr.partner != "WLD"
  }

  /// The story's countries, most weighty first.
  var ranked: [String] {
    weights.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
  }

  /// Fills the frame's sides from the clause, then from the last trade, then from the story.
  func applySides(
    _ fr: inout ClaimFrame, _ s: Sides, goods: Goods?,
    origins: inout CaseMap<OriginKey, FrameOrigin>
  ) {
    var r = s.reporter
    var p = s.partner
    if r != nil { origins[.reporter] = .sentence }
    if p != nil { origins[.partner] = .sentence }
    let top = ranked
    let namedGoods: Bool
    if case .named? = goods { namedGoods = true } else { namedGoods = false }
    if r == nil, p == nil, s.groupPartner {
      // "commerce with Southeast Asian countries reached $982bn": no pair to fill in.
      origins[.partner] = FrameOrigin(.stated, "a group of countries")
    } else if r == nil, p == nil {
      if let last = lastTrade?.frame, let flow = fr.flow, flow != .total, last.flow != .total,
        let e = last.exporter, let i = last.importer, !last.hs.isEmpty, namedGoods || goods == nil,
        !s.pronoun
      {
        // Goods trade named without sides: the story's goods trade, whichever side the noun
        // names ("LNG deliveries", "these purchases" after China's LNG imports from Russia).
        r = flow == .export ? e : i
        p = flow == .export ? i : e
        origins[.reporter] = .lastTradeNamed
      } else if let (e, i) = storySides, !s.pronoun, flow(of: fr) != nil {
        // "Deliveries reached 107 million tonnes" under "Russian oil keeps flowing to Chinese
        // refiners": the trade the headline named.
        r = fr.flow == .export ? e : i
        p = fr.flow == .export ? i : e
        origins[.reporter] = FrameOrigin(.carried, "the trade the headline named")
      } else if s.pronoun, let rep = reporter {
        // "its exports": the side that stated the last flow.
        r = rep
        p = top.first { $0 != rep }
        origins[.reporter] = FrameOrigin(.carried, "pronoun")
      } else if let src = fr.source, fr.flow != .total, top.contains(src) {
        // "Chinese customs data show exports ...": customs report their own country's trade.
        r = src
        p = top.first { $0 != src }
        origins[.reporter] = .source
      } else if top.count >= 2 {
        if fr.flow == .total || s.pairAnaphor {
          r = top[0]
          p = top[1]
        } else {
          r = reporter.flatMap { top.prefix(2).contains($0) ? $0 : nil } ?? top[0]
          p = top.prefix(2).first { $0 != r }
        }
        origins[.reporter] =
          s.pairAnaphor ? FrameOrigin(.carried, "the pair named earlier") : .story
      } else if fr.flow == .total || s.pairAnaphor {
        // "Trade between the two countries reached $69.5bn" before the story names both: the
        // pair its opening names.
        let pair = (top + aheadCountries).reduce(into: [String]()) {
          if !$0.contains($1) { $0.append($1) }
        }
        if pair.count >= 2 {
          r = pair[0]
          p = pair[1]
          origins[.reporter] = FrameOrigin(.carried, "the pair the story's opening names")
        }
      }
      origins[.partner] = origins[.reporter]
    } else if r == nil, let known = p {
      if let last = lastTrade?.frame, !last.hs.isEmpty, namedGoods || goods == nil,
        let counterpart = fr.flow == .export ? last.exporter : last.importer, counterpart != known
      {
        // "what went to Ukraine": the exporter of the goods trade named before.
        r = counterpart
        origins[.reporter] = .lastTradeNamed
      } else {
        r =
          (s.pronoun ? pronounSide(excluding: known) : nil)
          ?? (fr.source.flatMap { $0 != known && fr.flow != .total ? $0 : nil })
          ?? top.first { $0 != known }
          // "A Duma member said trade with China has tripled" before the story names Russia:
          // the other country its opening names.
          ?? aheadCountries.first { $0 != known && (fr.flow == .total || s.pairAnaphor) }
          // "China's customs service said trade with Russia reached ...": the statistics'
          // own country, when the story names no other.
          ?? fr.source.flatMap { $0 != known ? $0 : nil }
        if r != nil { origins[.reporter] = .story }
      }
    } else if p == nil, s.groupPartner {
      origins[.partner] = FrameOrigin(.stated, "a group of countries")
    } else if p == nil, let known = r {
      if let last = lastTrade?.frame, !last.hs.isEmpty, namedGoods || goods == nil,
        let counterpart = fr.flow == .export ? last.importer : last.exporter, counterpart != known
      {
        // "Ukraine received just 72 miles": the exporter of the goods trade named before.
        p = counterpart
        origins[.partner] = .lastTradeNamed
      } else if s.pronoun, let o = sentenceOpener, o != known {
        // "Turkey, once a hub for re-exports, saw its Russian trade fall": the country
        // that opens the sentence, not the story's pair.
        p = o
        origins[.partner] = FrameOrigin(.carried, "pronoun")
      } else {
        p = top.first { $0 != known }
        if p != nil { origins[.partner] = .story }
      }
    }
    fr.reporter = r
    fr.partner = p == r ? nil : p
  }

  /// The frame's flow when it has two sides to fill (exports or imports).
  func flow(of fr: ClaimFrame) -> Flow? {
    fr.flow == .export || fr.flow == .import ? fr.flow : nil
  }

  func goodsMatch(_ goods: Goods?, _ last: ClaimFrame) -> Bool {
    switch goods {
    case .some(.named(let g)): return last.hs.contains(g.hs)
    case .some(.all): return last.hs.isEmpty
    case nil: return true
    }
  }
}
