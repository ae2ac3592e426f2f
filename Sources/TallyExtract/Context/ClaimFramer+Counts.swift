import TallyCore

/// Counts that are part of a set named elsewhere, and the trade of a province (see
/// ``ClaimFramer``): figures whose frame says what no national series or other report holds.
extension ClaimFramer {
  /// True when a figure in a sentence about a province's, region's or port's trade is that trade.
  ///
  /// The sentence is ``isSubnational(_:)``; the figure an amount of money or goods, or a share
  /// ("Heilongjiang province handled 217 billion yuan of trade with Russia, about a fifth of
  /// its foreign trade"). Such a claim is about trade the data could hold but do not
  /// (`unverifiable`); counts ("30 provinces exhibited") and changes are not.
  func isRegionalTrade(_ f: Figure, _ fr: ClaimFrame) -> Bool {
    guard f.kind == .level || f.kind == .share else { return false }
    switch f.dimension {
    case .money, .mass, .volume, .energy: return fr.measure == .other
    case .percent: return fr.measure == .share || fr.measure == .other
    default: return false
    }
  }

  /// Words after "of" that make a count a part of a set: "nine of the firms it identified",
  /// "six of them", "two of those suppliers".
  static let partitiveDeterminers: WordTable = [
    "the", "them", "those", "these", "its", "their", "our", "which", "whom",
  ]

  /// True when the count ending at token `end` is followed by "of" and a determiner: it
  /// counts some members of a set the text counts elsewhere ("The group says nine of the firms
  /// it identified also sell to Ukraine"), not the set, so it is compared with no other
  /// report's count of that set.
  func isPartitiveCount(_ f: Figure, end: Int) -> Bool {
    f.dimension == .count && tokens.id(end) == W.of
      && tokens.has(end + 1, .partitiveDeterminers)
  }
}

/// Counts of what carries or reads about the trade, never goods traded (see ``ClaimFramer``).
extension ClaimFramer {
  /// Counted nouns besides ``ClaimWords/actorNouns`` that are no goods: an audience ("the blog
  /// has 3,000 subscribers", "it now employs 140 Russian speakers") and the means of carriage
  /// ("he sent only 12 lorries of apples across the border").
  static let carrierAndAudienceNouns: WordTable = [
    "subscriber", "reader", "listener", "viewer", "follower", "speaker", "employee", "member",
    "lorry", "truck", "wagon", "railcar", "sailing", "voyage",
  ]

  /// True when a count's noun (the singular the recogniser gave) counts actors, carriers or
  /// an audience, not goods: ``ClaimWords/actorNouns`` and ``carrierAndAudienceNouns``.
  ///
  /// A plural in "-oes" of a noun in "-o" ("cargoes") comes singular as "cargoe": read as
  /// "cargo".
  static func countsNoGoods(_ noun: String) -> Bool {
    let n = noun.hasSuffix("oe") && noun.count > 4 ? String(noun.dropLast()) : noun
    return ClaimWords.actorNouns.contains(n) || carrierAndAudienceNouns.contains(n)
  }
}

/// What counted businesses do for the trade (see ``ClaimFramer``).
extension ClaimFramer {
  /// Words before a business noun that say what the businesses do: "16 Russian importing
  /// companies" counts importers.
  static let roleAdjectives: WordMap<String> = [
    "importing": "importer", "exporting": "exporter", "supplying": "supplier",
  ]

  /// Role nouns after "as": "18 Chinese companies as regular suppliers", "12 firms act as
  /// suppliers" count suppliers.
  static let roleNouns: WordMap<String> = [
    "importer": "importer", "importers": "importer", "exporter": "exporter",
    "exporters": "exporter", "supplier": "supplier", "suppliers": "supplier",
  ]

  /// Counted nouns that name businesses without saying what they do.
  static let businessNouns: WordTable = ["company", "firm", "enterprise", "business"]

  /// The role a count of businesses states ("16 Russian importing companies", "18 companies
  /// as regular suppliers"), read as what is counted; nil when it states none.
  ///
  /// Reports count the same businesses by the noun or by their role ("at least 25 Russian
  /// importers" two days before "about 16 Russian importing companies"), so the role is
  /// what another report's count is compared with.
  func countedRole(_ f: Figure, end: Int) -> String? {
    guard f.dimension == .count, let noun = f.counted, Self.businessNouns.contains(noun) else {
      return nil
    }
    let t = tokens
    let stem = noun == "company" ? "compan" : noun
    guard
      let k = (end..<min(end + 4, t.count)).first(where: { t.lower($0).hasPrefix(stem) })
    else { return nil }
    for j in end..<k {
      if let r = Self.roleAdjectives[t.lower(j)] { return r }
    }
    // "as regular suppliers", "act as suppliers".
    guard let a = [k + 1, k + 2].first(where: { t.id($0) == W.as }) else { return nil }
    for j in (a + 1)..<min(a + 4, max(a + 1, t.count)) {
      if let r = Self.roleNouns[t.lower(j)] { return r }
    }
    return nil
  }
}

/// The goods a count of businesses deals in (see ``ClaimFramer``).
extension ClaimFramer {
  /// Nouns of businesses whose count another report may state for other goods.
  static let tradingNouns: WordTable = [
    "company", "firm", "enterprise", "business", "supplier", "manufacturer", "maker",
    "producer", "vendor", "seller", "exporter", "importer",
  ]
  /// Verbs (and "of") whose object is what the counted businesses deal in.
  static let dealingWords: WordTable = [
    "sell", "sells", "selling", "sold", "supply", "supplies", "supplying", "supplied", "make",
    "makes", "making", "produce", "produces", "producing", "export", "exports", "exporting",
    "of",
  ]
  /// Words that end the object ("motors for the drones", "cable to Russian buyers").
  static let objectEnds: WordTable = [
    "and", "or", "for", "to", "in", "from", "with", "into", "that", "which", "as", "at", "on",
    "have", "has", "had", "are", "is", "were", "was", "will", "who",
  ]
  /// Words before the object's head that are no part of it.
  static let objectDeterminers: WordTable = ["such", "the", "a", "an", "this", "that", "these"]

  /// The head word of the goods named right after a count of businesses, as its object.
  ///
  /// "at least 40 Chinese firms selling such cable" and "some 45 companies sell fibre-optic
  /// cable" deal in cable; "Fourteen companies supply electric motors" in motors: counts of
  /// different businesses. Goods the vocabulary knows come with their entry; others by their
  /// head word, a plural's "s" dropped ("motors" is "motor"). Nothing past a comma, and nothing without a verb of
  /// dealing ("18 companies as regular suppliers to drone workshops" names no goods).
  func countedGoods(_ f: Figure, end: Int, clause: Range<Int>) -> (
    name: String, entry: Commodities.Entry?
  )? {
    guard f.dimension == .count, let noun = f.counted, Self.tradingNouns.contains(noun) else {
      return nil
    }
    let t = tokens
    // The verb follows the counted noun ("firms selling", "companies that supply"), never
    // precedes it ("shipping companies").
    let stem = noun == "company" ? "compan" : noun
    guard
      let n = (end..<min(end + 4, clause.upperBound)).first(where: {
        t.lower($0).hasPrefix(stem)
      }),
      let v = [n + 1, n + 2].first(where: { t.has($0, .dealingWords) }),
      v == n + 1 || t.id(n + 1).isAny(W.that, W.which, W.who)
    else { return nil }
    var head: String?
    var k = v + 1
    while t.has(k), k < min(v + 6, clause.upperBound) {
      let w = t.lower(k)
      if t[k].isNumber || t.id(k).isAny(W.comma, W.semicolon, W.period)
        || Self.objectEnds.contains(w)
      {
        break
      }
      // Goods the vocabulary knows go by their name ("fibre-optic cable" and "cable" are
      // one).
      if let (g, _) = t.commodity(at: k) { return (g.name, g) }
      if !Self.objectDeterminers.contains(w), !t[k].isHyphen { head = w }
      // A plural ends the noun phrase: "such valves operate in Busan".
      if w.count > 3, w.hasSuffix("s"), !w.hasSuffix("ss") { break }
      k += 1
    }
    guard let h = head, h.count > 2 else { return nil }
    return (h.count > 3 && h.hasSuffix("s") ? String(h.dropLast()) : h, nil)
  }
}

/// The counted noun of a count the recognizer left without one (see ``ClaimFramer``).
extension ClaimFramer {
  /// Nouns of businesses and sites a count stands for, by their plural.
  ///
  /// Read when adjectives come between them and the number ("Around 80 small and regional
  /// banks"), or when "the number of" names them before it ("the number of Chinese firms
  /// shipping components ... at around 25").
  static let countableNouns: WordMap<String> = [
    "banks": "bank", "firms": "firm", "companies": "company", "suppliers": "supplier",
    "manufacturers": "manufacturer", "makers": "maker", "producers": "producer",
    "factories": "factory", "plants": "plant", "warehouses": "warehouse",
    "facilities": "facility", "entities": "entity", "exporters": "exporter",
    "importers": "importer", "traders": "trader", "forwarders": "forwarder",
    "lenders": "bank",
  ]

  /// Words that may stand between a count and its noun: adjectives joined by "and" or a
  /// comma, and a country's adjective ("80 small and regional banks", "25 Chinese firms").
  static let countedGap = 4

  /// The counted noun of a count with none (`f.counted` nil), read from the figure's clause.
  ///
  /// A noun of ``countableNouns`` at most ``countedGap`` words after the figure with only
  /// words between (no number, no punctuation but a comma, no verb of the clause), or after
  /// "the number of" before the figure. Nil otherwise ("a total of 25 in a year").
  func countedNounNear(_ f: Figure, at fi: Int, end: Int, clause: Range<Int>) -> String? {
    guard f.dimension == .count, f.counted == nil else { return nil }
    let t = tokens
    var k = end
    while k < min(end + Self.countedGap + 1, clause.upperBound), t.has(k) {
      if let n = Self.countableNouns[t.lower(k)] { return n }
      guard t[k].isWord || t.id(k) == W.comma, t.flowVerb(k) == nil,
        !t.has(k, .objectEnds) || t.id(k) == W.and
      else { break }
      k += 1
    }
    // "the number of Chinese firms shipping drone components to Russia at around 25".
    guard
      let n = (clause.lowerBound..<max(clause.lowerBound, fi - 1)).last(where: {
        t.lower($0) == "number" && t.id($0 + 1) == W.of
      })
    else { return nil }
    for j in (n + 2)..<min(n + 2 + Self.countedGap, fi) {
      if let noun = Self.countableNouns[t.lower(j)] { return noun }
    }
    return nil
  }
}
