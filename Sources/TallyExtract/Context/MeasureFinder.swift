import TallyCore

/// Finds what a figure measures ("japan's current account surplus", "exports to the
/// eec") and the countries trading, from the words before the figure in its sentence.
///
/// A head noun from ``heads`` is looked for backwards from the figure; its modifiers
/// (up to four words, possessives kept) and a following partner phrase ("to the EEC",
/// "from Japan", "with China") make the measure. Counts measure their counted noun.
enum MeasureFinder {
  static let heads = WordSet([
    "exports", "export", "imports", "import", "surplus", "deficit", "trade", "production",
    "output", "reserves", "sales", "price", "prices", "growth", "revenue", "revenues", "gdp",
    "economy", "investment", "investments", "earnings", "spending", "budget", "inflation",
    "consumption", "demand", "supply", "supplies", "shipments", "purchases", "balance",
    "account", "gap", "debt", "profit", "profits", "income", "capacity", "bill", "turnover",
    "crop", "crops", "assistance", "aid", "requirements", "reserve", "imbalance", "value",
    "volume", "deal", "list", "rate", "tax", "taxes", "rebates", "payments", "loans", "loan",
  ])
  /// Lower-case words inside country names ("Trinidad and Tobago", "Isle of Man").
  private static let nameConnectors = WordSet(["and", "of", "the"])
  private static let partnerPrepositions = WordSet(["to", "from", "with"])
  private static let stopModifiers = WordSet([
    "the", "a", "an", "its", "their", "his", "her", "this", "that", "of", "in", "on", "at",
    "for", "and", "or", "said", "was", "were", "is", "are", "by", "as", "but", "which", "to",
    "from", "with", "also", "total", "while", "whereas", "when", "if", "after", "since",
  ])

  /// What a figure measures, the countries trading, and whether the text names them only
  /// as "the two countries" (or "bilateral", "two-way"), for the caller to resolve.
  struct Found {
    var measure: String?
    var actors: Actors?
    var anaphoric = false
  }

  static func find(_ c: Candidate, _ s: Scan, sentenceStart: Int) -> Found {
    if let noun = c.counted, let end = c.countedEnd {
      let phrase = words(s, c.end..<end)
      return Found(
        measure: phrase.isEmpty ? noun : phrase,
        actors: actors(s, c.end..<end, partner: nil, head: nil))
    }
    let verb = TradeVerbs.clause(c, s, sentenceStart: sentenceStart)
    // "328,000 miles of fibre optic cable", "$47 million worth of batteries".
    if let (phrase, range) = ofPhrase(c, s, afterPaid: verb?.paid ?? false) {
      guard let verb else { return Found(measure: phrase) }
      // "China exported 328,000 miles of fibre-optic cable to Russia": the goods' flow.
      let origin = verb.flow == .import ? country(s, range) : nil
      return Found(
        measure: phrase + " " + verb.flow.noun,
        actors: verb.actors(s, partnerFrom: range.upperBound, origin: origin),
        anaphoric: verb.anaphoric)
    }
    // "the 64% growth in Russian-Chinese trade": the measure follows the change noun.
    if let r = afterChangeNoun(c, s) {
      var pair: Actors?
      if let p = r.first(where: { s.isAny($0, partnerPrepositions) }) {
        // "shipments to Japan", "imports from Russia".
        let head = p > r.lowerBound ? s.lower(p - 1) : nil
        pair = actors(
          s, r.lowerBound..<p, partner: ((p + 1)..<r.upperBound, s.lower(p)), head: head)
      } else {
        let named = countries(s, r)
        pair =
          named.count >= 2
          ? Actors(from: named[0], to: named[1]) : named.first.map { Actors(from: $0) }
      }
      return Found(
        measure: words(s, r), actors: pair, anaphoric: pair == nil && TradeVerbs.isAnaphoric(s, r))
    }
    var k = c.leftEdge - 1
    while k >= sentenceStart, !s.isAny(k, heads) { k -= 1 }
    // "the two countries traded goods worth $240.1bn": a verb nearer than any head noun.
    if let verb, k < verb.index {
      let a = verb.actors(s, partnerFrom: c.countedEnd ?? c.end, origin: nil)
      let subject = verb.subject.map { words(s, $0) }
      let measure =
        verb.flow == .total
        ? verb.flow.noun : subject.map { $0 + " " + verb.flow.noun } ?? verb.flow.noun
      return Found(measure: measure, actors: a, anaphoric: verb.anaphoric)
    }
    guard k >= sentenceStart else { return Found() }
    let head = k
    // Modifiers before the head.
    var m = head
    var taken = 0
    // Four modifiers, more only inside a capitalised name ("Saint Vincent and the Grenadines").
    while m - 1 >= sentenceStart, taken < 4 || (taken < 8 && s[m - 1].capitalized) {
      let p = m - 1
      if s[p].kind == .word, s.lower(p) == "s", Sentences.isQuote(s, p - 1), s.has(p - 2),
        s[p - 2].kind == .word
      {
        // Possessives: "Japan's", "Hong Kong's".
        m = p - 2
        taken += 1
      } else if s[p].kind == .word, !s.isAny(p, stopModifiers) {
        m = p
        taken += 1
      } else if s[p].kind == .word, s.isAny(p, nameConnectors), s[m].capitalized,
        let q = nameStart(s, p, floor: sentenceStart)
      {
        // "Trinidad and Tobago's", "Saint Vincent and the Grenadines'": connectors in a name.
        taken += 1 + p - q
        m = q
      } else if s.isDash(p), s[p].gap == .none, s.has(p - 1), s[p - 1].kind == .word {
        m = p - 1
        taken += 1
      } else {
        break
      }
    }
    var end = head + 1
    var anaphoric = TradeVerbs.isAnaphoric(s, m..<head)
    // "trade between Russia and China", "trade between the two countries".
    if s.has(end), s.lower(end) == "between", end < c.leftEdge {
      if let (pair, q) = between(s, end + 1, limit: c.leftEdge) {
        return Found(measure: words(s, m..<q), actors: pair, anaphoric: false)
      }
      var q = end + 1
      while q < c.leftEdge, q < end + 5, s[q].kind == .word, !TradeVerbs.isPairNoun(s, q - 1) {
        q += 1
      }
      if TradeVerbs.isAnaphoric(s, (end + 1)..<q) {
        return Found(measure: words(s, m..<q), actors: nil, anaphoric: true)
      }
    }
    // Partner: "to the EEC", "from Japan", "with China".
    var partner: Range<Int>?
    if s.has(end), s.isAny(end, partnerPrepositions), end < c.leftEdge {
      var q = end + 1
      if s.has(q), s.isWord(q, Qualifiers.the) { q += 1 }
      let ps = q
      while q < c.leftEdge, s.has(q), s[q].kind == .word, s[q].capitalized || s.isAllCaps(q),
        !s.isAny(q, stopModifiers)
      {
        q += 1
      }
      if q > ps {
        partner = ps..<q
        end = q
      } else if s.lower(end) == "with",
        TradeVerbs.isAnaphoric(s, (end + 1)..<min(end + 4, c.leftEdge))
      {
        anaphoric = true
      }
    }
    // "China's imports of Russian liquefied natural gas": the goods, and their origin.
    var origin: String?
    if partner == nil, s.has(end), s.lower(end) == "of", end + 1 < c.leftEdge,
      s.lower(head).hasPrefix("import") || s.lower(head).hasPrefix("export")
    {
      var q = end + 1
      var taken = 0
      while q < c.leftEdge, taken < 4, s[q].kind == .word || (s.isDash(q) && s[q].gap == .none),
        !s.isAny(q, CountedNouns.phraseBreakers)
      {
        if s[q].kind == .word { taken += 1 }
        q += 1
      }
      if q > end + 1 {
        if s.lower(head).hasPrefix("import") { origin = country(s, (end + 1)..<q) }
        end = q
      }
    }
    let measure = words(s, m..<end)
    let prep = partner != nil ? s.lower(head + 1) : nil
    var found = actors(
      s, m..<head, partner: partner.map { ($0, prep ?? "to") }, head: s.lower(head))
    if let origin { found = Actors(from: origin, to: country(s, m..<head)) }
    // "Russia-China trade", "Sino-Russian turnover": both countries before a total.
    if partner == nil, s.lower(head).isAny("trade", "turnover") {
      let named = countries(s, m..<head)
      if named.count >= 2 { found = Actors(from: named[0], to: named[1]) }
      if named.count >= 2 { anaphoric = false }
    }
    return Found(
      measure: measure.isEmpty ? nil : measure, actors: found,
      anaphoric: anaphoric && found?.to == nil)
  }

  /// Before connector `p` ("and", "and the"), the capitalised word that goes on the name.
  private static func nameStart(_ s: Scan, _ p: Int, floor: Int) -> Int? {
    var q = p
    while q >= floor, q > p - 2, s.isAny(q, nameConnectors) { q -= 1 }
    guard q >= floor, s[q].kind == .word, s[q].capitalized else { return nil }
    return q
  }

  /// The words after "<figure> growth in" / "rise in" / "fall in": up to five words, with
  /// a partner phrase ("in shipments to Japan").
  static func afterChangeNoun(_ c: Candidate, _ s: Scan) -> Range<Int>? {
    var j = c.countedEnd ?? c.end
    var skipped = 0
    while skipped < 3, s.has(j), s.isAny(j, ChangeRules.afterModifiers) {
      j += 1
      skipped += 1
    }
    guard s.has(j + 2), s.isAny(j, ChangeWords.nouns), s.lower(j + 1) == "in", s[j].gap < .paragraph
    else { return nil }
    var k = j + 2
    if s.isWord(k, Qualifiers.the) { k += 1 }
    let start = k
    var taken = 0
    while taken < 5, s.has(k), s[k].gap < .paragraph,
      s[k].kind == .word || (s.isDash(k) && s[k].gap == .none && k > start)
    {
      let w = s.lower(k)
      // A partner keeps the phrase going: "shipments to Japan".
      if s.isAny(k, partnerPrepositions), s.has(k + 1), s[k + 1].capitalized {
        k += 1
        continue
      }
      if s.isAny(k, CountedNouns.phraseBreakers) || w == "since" { break }
      if s[k].kind == .word { taken += 1 }
      k += 1
    }
    if k > start && s.isDash(k - 1) { k -= 1 }
    return k > start ? start..<k : nil
  }

  /// "Russia and China" after "between": the pair and the index after it.
  static func between(_ s: Scan, _ k: Int, limit: Int) -> (Actors, Int)? {
    var q = k
    if s.isWord(q, Qualifiers.the) { q += 1 }
    let a0 = q
    while q < limit, s.has(q), s[q].kind == .word, s[q].capitalized { q += 1 }
    guard q > a0, let a = country(s, a0..<q), s.has(q), s.lower(q) == "and" else { return nil }
    q += 1
    if s.isWord(q, Qualifiers.the) { q += 1 }
    let b0 = q
    while q < limit, s.has(q), s[q].kind == .word, s[q].capitalized { q += 1 }
    guard q > b0, let b = country(s, b0..<q) else { return nil }
    return (Actors(from: a, to: b), q)
  }

  /// The noun phrase after "of" / "worth of" following an amount, up to four words.
  ///
  /// With `afterPaid`, "for" counts as "of" ("paid $54 million for Chinese batteries").
  static func ofPhrase(_ c: Candidate, _ s: Scan, afterPaid: Bool = false) -> (String, Range<Int>)?
  {
    guard c.unit != nil, c.dimension != .percent, c.dimension != .count else { return nil }
    var j = c.end
    if s.has(j), s.lower(j) == "worth" { j += 1 }
    guard s.has(j + 1), s.lower(j) == "of" || (afterPaid && s.lower(j) == "for"),
      s[j].gap < .paragraph
    else { return nil }
    var k = j + 1
    if s.isWord(k, Qualifiers.the) { k += 1 }
    let start = k
    var taken = 0
    // Up to four words; the dashes of "fibre-optic" or "lithium-ion" are free.
    while taken < 4, s.has(k), s[k].gap != .paragraph,
      s[k].kind == .word || (s.isDash(k) && s[k].gap == .none && k > start),
      !s.isAny(k, CountedNouns.phraseBreakers)
    {
      if s[k].kind == .word { taken += 1 }
      k += 1
    }
    if k > start && s.isDash(k - 1) { k -= 1 }
    return k > start ? (words(s, start..<k), start..<k) : nil
  }

  /// The words of a token range, lowercase, possessives joined ("japan's").
  static func words(_ s: Scan, _ r: Range<Int>) -> String {
    var out = ""
    for k in r {
      let w = s.lower(k)
      if k > r.lowerBound && s[k].gap != .none { out += " " }
      out += w == "’" ? "'" : w
    }
    return out
  }

  /// Countries named in the modifiers (the reporter) and in the partner phrase.
  static func actors(
    _ s: Scan, _ r: Range<Int>, partner: (Range<Int>, String)?, head: String?
  ) -> Actors? {
    let reporter = country(s, r)
    let other = partner.flatMap { country(s, $0.0) }
    guard reporter != nil || other != nil else { return nil }
    let isImport = head?.hasPrefix("import") ?? false
    if let (_, prep) = partner, prep == "from" || isImport {
      return Actors(from: other, to: reporter)
    }
    return Actors(from: reporter, to: other)
  }

  /// Every name, alias and adjective of TallyCore's ``CountryTable``, lower case, to its
  /// ISO 3166 alpha-3 code (built once; looked up without Foundation on the hot path).
  static let countryNames: [String: String] = {
    var d: [String: String] = [:]
    for c in CountryTable.all where c.iso3 != "WLD" {
      for k in [c.name.lowercased()] + c.aliases + c.adjectives where d[k] == nil { d[k] = c.iso3 }
    }
    return d
  }()

  /// Every proper prefix of a name in ``countryNames``, cut at token boundaries as
  /// ``words(_:_:)`` writes them ("united", "united arab"), so look-ups stop early.
  static let countryPrefixes: Set<String> = {
    var p = Set<String>()
    for name in countryNames.keys {
      let chars = Array(name)
      for (i, ch) in chars.enumerated()
      where i > 0 && (ch == " " || ch == "-" || ch == "." || ch == "'") {
        p.insert(String(chars[0..<i]))
        if ch != " " { p.insert(String(chars[0...i])) }
      }
    }
    return p
  }()

  static func country(_ s: Scan, _ r: Range<Int>) -> String? {
    countries(s, r, limit: 1).first
  }

  /// The distinct countries named in a token range, in order (at most `limit`).
  static func countries(_ s: Scan, _ r: Range<Int>, limit: Int = 2) -> [String] {
    var found: [String] = []
    var k = max(r.lowerBound, 0)
    while k < r.upperBound, s.has(k), found.count < limit {
      // Country names and adjectives are capitalised: skip other words cheaply.
      if s[k].kind == .word, s[k].capitalized {
        // Grow the name token by token while it is the start of some country's name,
        // keeping the longest full match ("South Georgia and the South Sandwich Islands").
        var name = ""
        var best: (iso3: String, end: Int)?
        var e = k
        while e < r.upperBound, s.has(e) {
          if e > k && s[e].gap != .none { name += " " }
          let w = s.lower(e)
          name += w == "’" ? "'" : w
          if let iso3 = countryNames[name] { best = (iso3, e + 1) }
          guard countryPrefixes.contains(name) else { break }
          e += 1
        }
        if let best {
          if !found.contains(best.iso3) { found.append(best.iso3) }
          k = best.end
          continue
        }
      }
      k += 1
    }
    return found
  }
}
