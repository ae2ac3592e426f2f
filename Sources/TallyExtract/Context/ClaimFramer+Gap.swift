import TallyCore

/// The side a stated balance favours: "a gap of $2.4bn" after two flows, "imports exceeded
/// exports by $11bn", "a surplus of $290m", "in Russia's favour".
///
/// A balance is the reporter's exports minus its imports with the partner, so the frame's
/// reporter must be the side with the surplus. The words seldom say it: a gap or a difference
/// has no sign; "the surplus" after "China sold $9.99bn and bought $9.7bn" is China's. The
/// text says it by the flows it stated next to the balance (the larger one's exporter has the
/// surplus), by the verb ("Chinese exports exceeded imports": China's), or by "in X's favour".
extension ClaimFramer {
  /// Nouns of a balance between two flows; "gap", "difference" and "balance" only before
  /// "of" or after "the" or "a" (the gap between two countries' statistics is read by the
  /// source rules; "the balance tipped in Beijing's favour by $290m").
  static let gapNouns: WordTable = [
    "gap", "difference", "surplus", "deficit", "imbalance", "surpluses", "deficits", "balance",
  ]

  /// Verbs of one flow being larger than the other ("imports exceeded exports by $11bn").
  static let exceedVerbs: WordTable = [
    "exceeded", "exceeding", "exceeds", "exceed", "outstripped", "outstripping", "outstrips",
    "outpaced", "outpacing", "topped", "surpassed", "beat", "beats", "outsold", "outweighed",
  ]

  /// Words between "by" and an amount ("by about $5bn").
  static let byQualifiers: WordTable = [
    "about", "around", "roughly", "nearly", "almost", "some", "over", "more", "than", "just",
    "less", "under", "close", "to", "approximately",
  ]

  /// The surplus side and the other side of a balance stated around the money figure at
  /// `fi`, or `nil` when the figure is no balance between two flows the text names.
  ///
  /// The figure is a balance when a noun of ``gapNouns`` stands in its clause before it with
  /// no flow noun between ("a gap of $13.8bn", "the surplus in Russia's favour reached
  /// $11.1bn"), or when it follows "by" after a verb of ``exceedVerbs`` with a flow before the
  /// verb ("Chinese exports exceeded imports from Russia by $5.1bn").
  func statedBalance(_ f: Figure, at fi: Int, end: Int, clause: Range<Int>) -> (String, String)? {
    guard f.unit.isCurrency, f.dimension == .money, f.kind == .level || f.kind == .change else {
      return nil
    }
    let t = tokens
    var gapAt: Int?
    var k = fi - 1
    while k >= clause.lowerBound, k >= fi - 10 {
      let w = t.lower(k)
      if Self.gapNouns.contains(w) {
        gapAt = k
        break
      }
      if ClaimWords.flowNouns[w] != nil {
        // "Russia's positive balance in trade with China reached $38bn": the trade noun
        // after a balance noun names the balance's trade.
        gapAt = balanceOfTrade(at: k)
        break
      }
      if t[k].isNumber { break }
      k -= 1
    }
    if let g = gapAt, t.id(g).isAny(W.gap, W.difference) || t.id(g) == W.balance,
      !(t.id(g + 1) == W.of || t.id(g - 1).isAny(W.the, W.a, W.resulting, W.this, W.that)
        || Self.balanceSigns[t.lower(g - 1)] != nil)
    {
      gapAt = nil
    }
    // "a positive balance" is a surplus, "a negative balance" a deficit; a gap has no sign.
    let signed = gapAt.flatMap { g -> Bool? in
      let w = t.lower(g)
      if w.hasPrefix("surplus") { return true }
      if w.hasPrefix("deficit") { return false }
      return t.id(g) == W.balance ? Self.balanceSigns[t.lower(g - 1)] : nil
    }
    // The first word of the balance's noun phrase after its owner ("Russia's positive
    // balance": "positive").
    let head = gapAt.map { g in Self.balanceSigns[t.lower(g - 1)] != nil ? g - 1 : g }
    var exceed: (verb: Int, subject: Flow)?
    if gapAt == nil {
      var b = fi - 1
      while b > clause.lowerBound, t.has(b, .byQualifiers) { b -= 1 }
      guard t.id(b) == W.by,
        let v = (clause.lowerBound..<b).last(where: { t.has($0, .exceedVerbs) }),
        let s = (clause.lowerBound..<v).last(where: {
          let fl = t.flowNoun($0)
          return fl == .export || fl == .import
        }),
        let flow = t.flowNoun(s)
      else { return nil }
      exceed = (v, flow)
    }
    let around = clause.lowerBound..<min(t.count, max(clause.upperBound, end + 8))
    if let side = favouredSide(in: around) {
      guard let other = balancePartner(of: side) else { return nil }
      return (side, other)
    }
    // "the balance in July was negative for Russia, by $0.29bn", "..., so Russia kept its
    // surplus": the side the sentence names with a sign, before or after the figure.
    if let (side, surplus) = signedSide(in: around, figure: fi..<end) {
      guard let other = balancePartner(of: side) else { return nil }
      return surplus ? (side, other) : (other, side)
    }
    if let g = gapAt, let h = head, let m = t.mentions(in: max(0, h - 3)..<h).last,
      t.id(m.end) == W.possessive || m.kind == .adjective, m.end == h || m.end + 1 == h
    {
      // "Russia's surplus with China", "China's trade deficit", "Russia's positive balance".
      guard let other = balancePartner(of: m.iso3) else { return nil }
      if t.id(g) == W.balance, signed == nil { return (m.iso3, other) }
      return signed == false ? (other, m.iso3) : (m.iso3, other)
    }
    // "a deficit for Beijing of $13.8bn", "a surplus for the Turkish side of $3bn", "the
    // positive balance for the Russian side": the side named after "for" has the deficit
    // (surplus).
    if let g = gapAt, let sign = signed,
      t.id(g + 1) == W.for, let m = t.mentions(in: (g + 2)..<fi).first, m.start <= g + 3
    {
      guard let other = balancePartner(of: m.iso3) else { return nil }
      return sign ? (m.iso3, other) : (other, m.iso3)
    }
    if let g = gapAt, t.lower(g).hasPrefix("surplus") || t.lower(g).hasPrefix("deficit"),
      !t.mentions(in: max(clause.lowerBound, previousFigure(before: fi) + 1)..<fi).isEmpty
    {
      // "leaving Moscow with a surplus of $18bn", "Russia ran a surplus of": the text names
      // the side; the flow rules read it (`balanceNoun`, the deficit swap).
      return nil
    }
    if let (verb, subject) = exceed {
      // "Chinese exports exceeded imports from Russia": the exporter of the larger flow.
      let s = (clause.lowerBound..<verb).last(where: {
        t.flowNoun($0) == subject
      })
      let own = s.flatMap { s in
        t.mentions(in: max(clause.lowerBound, s - 3)..<s).last(where: {
          $0.end == s || $0.end + 1 == s
        })?.iso3
      }
      guard let r = own ?? lastOneWayFlow()?.reporter, let other = balancePartner(of: r)
      else { return nil }
      return subject == .export ? (r, other) : (other, r)
    }
    // "Russian sales came to $11.1bn, while China shipped $8.68bn the other way. The gap of
    // $2.4bn": the exporter of the larger of the two flows stated before.
    if let (e, i) = largerOfTwoFlows(before: fi) { return (e, i) }
    // "China's surplus was $3bn, but the gap was far narrower than the $12bn of 2014": the
    // gap is the balance stated last, in this sentence or the one before.
    guard gapAt != nil, let b = lastStatedBalance(before: fi) else { return nil }
    return b
  }

  /// The surplus side and the other side of the last balance framed before token `fi` of
  /// this sentence, else in the sentence before; `nil` when there is none.
  func lastStatedBalance(before fi: Int) -> (String, String)? {
    let here = sentenceFrames.filter { $0.index < fi }.map(\.frame)
    let fr = (lastSentenceFrames + here).last {
      $0.flow == .balance && $0.reporter != nil && $0.partner != nil
    }
    guard let fr, let r = fr.reporter, let p = fr.partner, r != "WLD", p != "WLD" else {
      return nil
    }
    return (r, p)
  }

  /// Verbs between a country and "its surplus" ("Russia kept its surplus").
  static let keptBalanceVerbs: WordTable = [
    "kept", "keeps", "keep", "ran", "runs", "run", "had", "has", "retained", "retains",
    "maintained", "maintains", "posted", "posts", "held", "holds",
  ]

  /// The side and sign of a balance the sentence states in words in `r` outside the figure.
  ///
  /// "negative for Russia" (Russia's deficit), "positive for China"; after the figure, "so
  /// Russia kept its surplus", "China's deficit". `nil` when none, or two disagree.
  func signedSide(in r: Range<Int>, figure: Range<Int>) -> (String, Bool)? {
    let t = tokens
    var found: (String, Bool)?
    for k in r where !figure.contains(k) {
      var got: (String, Bool)?
      if let sign = Self.balanceSigns[t.lower(k)], t.id(k + 1) == W.for,
        let m = t.mentions(in: (k + 2)..<min(t.count, k + 5)).first, m.start <= k + 3
      {
        got = (m.iso3, sign)
      } else if k >= figure.upperBound,
        t.lower(k).hasPrefix("surplus") || t.lower(k).hasPrefix("deficit")
      {
        let surplus = t.lower(k).hasPrefix("surplus")
        if t.id(k - 1) == W.possessive, let m = t.mentions(in: max(0, k - 4)..<(k - 1)).last,
          m.end == k - 1
        {
          got = (m.iso3, surplus)
        } else if t.id(k - 1).isAny(W.its, W.their),
          t.has(k - 2, .keptBalanceVerbs),
          let m = t.mentions(in: max(figure.upperBound, k - 6)..<(k - 2)).last, m.end == k - 2
        {
          got = (m.iso3, surplus)
        }
      }
      guard let g = got else { continue }
      if let f = found, f != g { return nil }
      found = g
    }
    return found
  }

  /// Words before "balance" that give it a sign: a positive balance is a surplus.
  static let balanceSigns: [String: Bool] = [
    "positive": true, "negative": false, "favourable": true, "favorable": true,
    "unfavourable": false, "unfavorable": false,
  ]

  /// "balance" before the trade noun at `k` ("the positive balance in trade", "a balance in
  /// its trade"): its index, or `nil`. ("surplus in its trade", "deficit on trade" are read by
  /// the flow rules, ``balanceNoun(before:)``.)
  func balanceOfTrade(at k: Int) -> Int? {
    let t = tokens
    guard ClaimWords.flowNouns[t.lower(k)] == .total else { return nil }
    for j in stride(from: k - 1, through: max(0, k - 3), by: -1) {
      if t.id(j) == W.balance { return j }
      guard t.id(j).isAny(W.in, W.on, W.its, W.the, W.their) else { return nil }
    }
    return nil
  }

  /// The first token of the sentence's last figure before token `fi`, or -1.
  func previousFigure(before fi: Int) -> Int {
    sentenceFrames.last(where: { $0.index < fi })?.index ?? -1
  }

  /// The country of "in Russia's favour", "in favour of China", "in China's favor".
  func favouredSide(in r: Range<Int>) -> String? {
    let t = tokens
    for k in r where t.id(k).isAny(W.favour, W.favor) {
      if t.id(k - 1) == W.possessive, let m = t.mentions(in: max(0, k - 4)..<(k - 1)).last,
        m.end == k - 1
      {
        return m.iso3
      }
      if t.id(k + 1) == W.of, let m = t.mentions(in: (k + 2)..<min(t.count, k + 5)).first {
        return m.iso3
      }
    }
    return nil
  }

  /// The other side of a balance whose one side is `side`: the other side of the last trade
  /// between two countries the text named with it, else the story's other leading country.
  func balancePartner(of side: String) -> String? {
    for fr in sentenceFrames.reversed().map(\.frame) + lastSentenceFrames.reversed()
      + [lastTrade?.frame].compactMap({ $0 })
    {
      if fr.reporter == side, let p = fr.partner, p != "WLD", p != side { return p }
      if fr.partner == side, let r = fr.reporter, r != "WLD", r != side { return r }
    }
    return ranked.first(where: { $0 != side })
  }

  /// The last flow one way between two countries the sentence or the one before stated.
  func lastOneWayFlow() -> ClaimFrame? {
    (sentenceFrames.reversed().map(\.frame) + lastSentenceFrames.reversed()).first {
      ($0.flow == .export || $0.flow == .import) && $0.exporter != nil && $0.importer != nil
        && $0.exporter != "WLD" && $0.importer != "WLD"
    }
  }

  /// The exporter and importer of the larger of the last two flows in opposite directions
  /// between the same two countries, stated in money before token `fi` of this sentence or in
  /// the sentence before; `nil` when there are no such two or they are equal.
  func largerOfTwoFlows(before fi: Int) -> (String, String)? {
    let here = sentenceFrames.filter { $0.index < fi }.map { ($0.frame, $0.figure) }
    let before = lastSentenceFigures.map { ($0.frame, $0.figure) }
    for set in [here, here.isEmpty ? before : before + here] {
      let flows = set.filter {
        ($0.0.flow == .export || $0.0.flow == .import) && $0.1.unit.isCurrency
          && $0.1.kind == .level && $0.0.exporter != nil && $0.0.importer != nil
          && $0.0.exporter != "WLD" && $0.0.importer != "WLD" && $0.0.hs.isEmpty
      }
      guard let b = flows.last,
        let a = flows.dropLast().last(where: {
          $0.0.exporter == b.0.importer && $0.0.importer == b.0.exporter
            && $0.1.unit == b.1.unit
        }),
        a.1.value != b.1.value, let ae = a.0.exporter, let ai = a.0.importer
      else { continue }
      return a.1.value > b.1.value ? (ae, ai) : (ai, ae)
    }
    return nil
  }
}
