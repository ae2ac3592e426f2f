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
  private static let partnerPrepositions = WordSet(["to", "from", "with"])
  private static let stopModifiers = WordSet([
    "the", "a", "an", "its", "their", "his", "her", "this", "that", "of", "in", "on", "at",
    "for", "and", "or", "said", "was", "were", "is", "are", "by", "as", "but", "which", "to",
    "from", "with", "also", "total", "while", "whereas", "when", "if", "after", "since",
  ])

  static func find(_ c: Candidate, _ s: Scan, sentenceStart: Int) -> (measure: String?, actors: Actors?) {
    if let noun = c.counted, let end = c.countedEnd {
      let phrase = words(s, c.end..<end)
      return (phrase.isEmpty ? noun : phrase, actors(s, c.end..<end, partner: nil, head: nil))
    }
    // "328,000 miles of fibre optic cable", "$47 million worth of batteries".
    if let phrase = ofPhrase(c, s) { return (phrase, nil) }
    var k = c.leftEdge - 1
    while k >= sentenceStart, !s.isAny(k, heads) { k -= 1 }
    guard k >= sentenceStart else { return (nil, nil) }
    let head = k
    // Modifiers before the head.
    var m = head
    var taken = 0
    while m - 1 >= sentenceStart, taken < 4 {
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
      } else if s.isDash(p), s[p].gap == .none, s.has(p - 1), s[p - 1].kind == .word {
        m = p - 1
        taken += 1
      } else {
        break
      }
    }
    var end = head + 1
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
      }
    }
    let measure = words(s, m..<end)
    let prep = partner != nil ? s.lower(head + 1) : nil
    return (
      measure.isEmpty ? nil : measure,
      actors(s, m..<head, partner: partner.map { ($0, prep ?? "to") }, head: s.lower(head))
    )
  }

  /// The noun phrase after "of" / "worth of" following an amount, up to four words.
  static func ofPhrase(_ c: Candidate, _ s: Scan) -> String? {
    guard c.unit != nil, c.dimension != .percent, c.dimension != .count else { return nil }
    var j = c.end
    if s.has(j), s.lower(j) == "worth" { j += 1 }
    guard s.has(j + 1), s.lower(j) == "of", s[j].gap < .paragraph else { return nil }
    var k = j + 1
    if s.isWord(k, Qualifiers.the) { k += 1 }
    let start = k
    while k < start + 4, s.has(k), s[k].gap != .paragraph,
      s[k].kind == .word || (s.isDash(k) && s[k].gap == .none),
      !s.isAny(k, CountedNouns.phraseBreakers)
    {
      k += 1
    }
    return k > start ? words(s, start..<k) : nil
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

  private static func country(_ s: Scan, _ r: Range<Int>) -> String? {
    var k = r.lowerBound
    while k < r.upperBound {
      // Country names and adjectives are capitalised: skip other words cheaply.
      if s[k].kind == .word, s[k].capitalized {
        for len in stride(from: min(3, r.upperBound - k), through: 1, by: -1) {
          let name = words(s, k..<(k + len))
          if let iso3 = countryNames[name] { return iso3 }
        }
      }
      k += 1
    }
    return nil
  }
}
