import TallyCore

/// Questions without figures set the trade their answers are about (see ``ClaimFramer``).
///
/// Explainers in question-and-answer form name the trade in a question and give the figure
/// in the answer: "How much did China pay for Russian LNG in August? Customs put the value at
/// $558.4 million." The question is read like a figure's clause (flow word, sides, goods);
/// the trade it names becomes the last trade named, and what it asks ("the volume", "the
/// value") the kind of quantity the answer states.
extension ClaimFramer {
  /// Reads every question in `t` (a stretch of text without figures), in order.
  mutating func readQuestions(_ t: ClaimTokens) {
    var start = 0
    // Whether the last period written in `t` was in a question ("And May? Turnover was
    // $20.7bn"): the answers after it are about that period.
    var askedPeriod = false
    for k in 0..<t.count {
      let w = t.lower(k)
      if w == "." || w == "!" {
        start = k + 1
      } else if w == "?" {
        if start < k { readQuestion(t, start..<k) }
        start = k + 1
      } else if namesPeriod(t, at: k) == true {
        askedPeriod = questionEnd(t, after: k) != nil
      }
    }
    if askedPeriod, let p = lastPeriod { lastMainPeriod = p }
  }

  /// Whether token `k` of `t` writes a period the story may move to (a month, a year, "last
  /// year", the periods ``readPeriods(_:)`` reads), not a comparison's base ("than in 2022", "since 2019"): `true` for such a period,
  /// `false` for a base, `nil` for no period.
  func namesPeriod(_ t: ClaimTokens, at k: Int) -> Bool? {
    let month = t[k].capitalized && Self.monthNumber(t.lower(k)) != nil
    let year = !month && t.year(at: k) != nil && Self.monthNumber(t.lower(k - 1)) == nil
    // "And last year overall?" (as ``readPeriods(_:)`` reads it).
    let lastYear =
      t.id(k) == W.last && t.id(k + 1) == W.year && Self.monthNumber(t.lower(k - 1)) == nil
    guard month || year || lastYear else { return nil }
    // "Did sales recover by June?" asks about a deadline: no answer's period.
    if Self.afterBaseWord(t, k)
      || Self.baseWords.contains(t.id(k - 1) == W.in ? t.lower(k - 2) : t.lower(k - 1))
      || t.has(k - 1, .deadlineWords)
    {
      return false
    }
    return true
  }

  /// The index after the question mark that ends the question holding token `k`, or `nil`
  /// when a full stop or an exclamation mark comes first or none follows (a statement).
  func questionEnd(_ t: ClaimTokens, after k: Int) -> Int? {
    var j = k + 1
    while j < t.count {
      let w = t.lower(j)
      if w == "?" { return j + 1 }
      if w == "." || w == "!" { return nil }
      j += 1
    }
    return nil
  }

  /// Words before a period that make it a deadline, not the period asked about.
  static let deadlineWords: WordTable = ["by", "until", "till", "before"]

  /// Words of a question that ask for a physical quantity ("And the volume in July?").
  static let askVolume: WordTable = [
    "volume", "volumes", "tonnes", "tons", "tonnage", "barrels", "cargoes",
  ]
  /// Words of a question that ask for money ("How much did China pay", "the value").
  static let askValue: WordTable = ["value", "worth", "pay", "paid", "spend", "spent", "bill"]

  /// Verbs of paying, which in a question ask what the buyer paid for goods ("How much did
  /// China pay for Russian LNG?"); in a statement "pay" governs fees and prices too ("pay
  /// commissions of 3%"), so only questions read it as a flow.
  static let payVerbs: WordTable = ["pay", "pays", "paying", "spend", "spends", "spending"]

  /// Reads one question, the tokens `q` of `t`.
  ///
  /// A flow word with a country or goods named makes the question's trade the last trade
  /// named; a question with no trade of its own that asks for a volume or a value sets the
  /// kind of quantity the last trade's answer states.
  mutating func readQuestion(_ t: ClaimTokens, _ q: Range<Int>) {
    var asked: TallyCore.Dimension?
    if q.contains(where: { t.has($0, .askVolume) }) {
      asked = .mass
    } else if q.contains(where: { t.has($0, .askValue) }) {
      asked = .money
    }
    let saved = tokens
    tokens = t
    defer { tokens = saved }
    let mentions = t.mentions(in: q)
    let paying = q.last(where: { t.has($0, .payVerbs) }).map {
      Anchor(index: $0, flow: .import, verb: true)
    }
    if let a = flowAnchor(q.upperBound, end: q.upperBound, clause: q) ?? paying {
      let goods = attachedGoods(a, figure: q.upperBound, end: q.upperBound, clause: q)
      var named = !mentions.isEmpty
      if case .named? = goods { named = true }
      guard named else { return }
      var fr = ClaimFrame()
      fr.flow = a.flow
      fr.source = source
      var origins: CaseMap<OriginKey, FrameOrigin> = [:]
      let s = sides(a, mentions: mentions, clause: q, figure: q.upperBound)
      applySides(&fr, s, goods: goods, origins: &origins)
      if case .named(let g)? = goods {
        fr.hs = [g.hs]
        fr.commodity = g.name
      }
      guard let r = fr.reporter, let p = fr.partner, r != p else { return }
      lastTrade = (fr, asked ?? .money)
    } else if mentions.isEmpty, let last = lastTrade, let g = askedGoods(t, q, last: last.frame) {
      // "And coal? Purchases came to 100 Mt" after Russian LNG: the same trade in the goods
      // the question turns to.
      var fr = last.frame
      fr.hs = [g.hs]
      fr.commodity = g.name
      lastTrade = (fr, asked ?? last.dimension)
      statedTradeFrame = nil
    } else if let asked, let last = lastTrade {
      lastTrade = (last.frame, asked)
    }
  }

  /// The goods question `q` of `t` names, when they differ from those of `last`, a one-way
  /// trade in goods; `nil` otherwise.
  func askedGoods(_ t: ClaimTokens, _ q: Range<Int>, last: ClaimFrame) -> Commodities.Entry? {
    guard last.flow == .import || last.flow == .export, !last.hs.isEmpty else { return nil }
    for k in q {
      if let (c, _) = t.commodity(at: k), !Self.isComposition(t, k) {
        return last.hs.contains(c.hs) ? nil : c
      }
    }
    return nil
  }
}
