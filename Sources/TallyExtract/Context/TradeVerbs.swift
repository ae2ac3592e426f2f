import TallyCore

/// Trade stated with a verb instead of a noun: "China exported 328,000 miles of cable to
/// Russia", "Russia bought $47 million of Chinese batteries", "the two countries traded
/// goods worth $240.1bn".
///
/// The verb gives the flow, its subject one country and a "to" or
/// "from" phrase after the figure the other.
enum TradeVerbs {
  /// The flow a verb states.
  enum Flow: Sendable {
    case export, `import`, total

    /// The noun naming the flow in a measure ("fibre-optic cable exports").
    var noun: String {
      switch self {
      case .export: return "exports"
      case .import: return "imports"
      case .total: return "trade"
      }
    }
  }

  static let rows: [(String, Flow)] = [
    ("exported", .export), ("shipped", .export), ("ships", .export), ("sold", .export),
    ("sells", .export), ("supplied", .export), ("supplies", .export), ("sent", .export),
    ("sends", .export), ("delivered", .export), ("delivers", .export), ("exports", .export),
    ("imported", .import), ("bought", .import), ("buys", .import), ("purchased", .import),
    ("received", .import), ("receives", .import), ("paid", .import), ("pays", .import),
    ("spent", .import), ("imports", .import), ("traded", .total), ("trade", .total),
  ]
  static let verbs = PhraseTable(rows)

  /// Words allowed between the subject and the verb ("Russia also bought").
  private static let auxiliaries = WordSet([
    "also", "has", "have", "had", "will", "would", "reportedly",
  ])
  /// Words that may follow the verb before the figure ("bought about $47 million").
  private static let fillers = WordSet([
    "about", "around", "roughly", "some", "nearly", "almost", "just", "only", "over", "more",
    "than", "less", "at", "least", "up", "to", "an", "estimated", "a", "record", "goods",
    "worth", "products", "oil", "gas", "crude",
  ])
  /// Words that make "the two countries" style anaphora.
  private static let anaphors = WordSet(["bilateral", "two-way"])
  private static let pairNouns = WordSet([
    "countries", "nations", "sides", "neighbours", "neighbors", "states", "partners", "economies",
  ])

  /// A verb clause around a figure.
  struct Clause {
    /// Token index of the verb.
    let index: Int
    let flow: Flow
    /// The verb's subject ("China", "Chinese factories").
    let subject: Range<Int>?
    /// The subject is "the two countries": the caller supplies the pair.
    let anaphoric: Bool
    /// "paid ...
    ///
    /// for": the goods follow "for", not "of".
    let paid: Bool

    /// The actors: the subject's country and the partner after `partnerFrom` ("to
    /// Russia" for exports, "from China" for imports); `origin` is the goods' country
    /// ("Chinese batteries") for imports stated without "from".
    func actors(_ s: Scan, partnerFrom: Int, origin: String?) -> Actors? {
      let named = subject.map { MeasureFinder.countries(s, $0) } ?? []
      let partner = TradeVerbs.partner(s, from: partnerFrom, flow: flow)
      switch flow {
      case .export:
        guard named.first != nil || partner != nil else { return nil }
        return Actors(from: named.first, to: partner)
      case .import:
        let from = partner ?? origin
        guard named.first != nil || from != nil else { return nil }
        return Actors(from: from, to: named.first)
      case .total:
        if named.count >= 2 { return Actors(from: named[0], to: named[1]) }
        guard let one = named.first else { return nil }
        return Actors(from: one, to: partner)
      }
    }
  }

  /// The verb clause whose object is the figure `c`, if its verb is a trade verb.
  static func clause(_ c: Candidate, _ s: Scan, sentenceStart: Int) -> Clause? {
    var k = c.leftEdge - 1
    var v: Int?
    var steps = 0
    while k >= sentenceStart, steps < 4, s[k].kind == .word || s.isDash(k) {
      if verbs.match(s, at: k) != nil {
        v = k
        break
      }
      guard s.isAny(k, fillers) || s.isDash(k) else { return nil }
      k -= 1
      steps += 1
    }
    guard let v, let m = verbs.match(s, at: v) else { return nil }
    // The subject: up to four words before the verb (and its auxiliaries).
    var e = v
    while e - 1 >= sentenceStart, s.isAny(e - 1, auxiliaries) { e -= 1 }
    var b = e
    var taken = 0
    while b - 1 >= sentenceStart, taken < 4, s[b - 1].kind == .word || Sentences.isQuote(s, b - 1) {
      b -= 1
      taken += 1
    }
    let subject = b < e ? b..<e : nil
    let lowered = s.lower(v)
    return Clause(
      index: v, flow: m.payload, subject: subject,
      anaphoric: subject.map { isAnaphoric(s, $0) } ?? false,
      paid: lowered == "paid" || lowered == "pays" || lowered == "spent")
  }

  /// "to Russia" (exports, totals) or "from China" (imports) within eight tokens after
  /// `from`, before any punctuation or number.
  static func partner(_ s: Scan, from: Int, flow: Flow) -> String? {
    var k = from
    let prep = flow == .import ? "from" : "to"
    while k < from + 8, s.has(k), s[k].kind == .word || s.isDash(k) {
      if s.lower(k) == prep || (flow == .total && s.lower(k) == "with") {
        var q = k + 1
        if s.isWord(q, Qualifiers.the) { q += 1 }
        let start = q
        while s.has(q), q < start + 3, s[q].kind == .word, s[q].capitalized { q += 1 }
        return q > start ? MeasureFinder.country(s, start..<q) : nil
      }
      k += 1
    }
    return nil
  }

  /// True when token `k` is a noun of "the two countries" ("countries", "sides").
  static func isPairNoun(_ s: Scan, _ k: Int) -> Bool { s.has(k) && s.isAny(k, pairNouns) }

  /// True when the words name the trading pair without naming them: "the two countries",
  /// "both sides", "bilateral", "two-way".
  static func isAnaphoric(_ s: Scan, _ r: Range<Int>) -> Bool {
    var k = r.lowerBound
    while k < r.upperBound, s.has(k) {
      if s.isAny(k, anaphors) { return true }
      let w = s.lower(k)
      if (w == "two" || w == "both"), s.has(k + 1), s.isAny(k + 1, pairNouns) { return true }
      if w == "two", s.isDash(k + 1), s.has(k + 2), s.lower(k + 2) == "way" { return true }
      k += 1
    }
    return false
  }
}
