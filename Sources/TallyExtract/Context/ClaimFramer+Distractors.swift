import TallyCore

/// Figures that read like trade but measure something else: a rate or price "traded at" a
/// figure, a central bank's rate, a share of payments or settlements (see ``ClaimFramer``).
extension ClaimFramer {
  /// "The yuan traded at 6.7 per dollar", "Brent was trading at $80": the verb before "at"
  /// quotes a rate or a price; returns the words.
  func quotedAt(_ fi: Int) -> String? {
    var v = fi - 1
    while tokens.has(v), tokens.id(v) != W.at, tokens.has(v, .qualifierWords) {
      v -= 1
    }
    guard tokens.id(v) == W.at, tokens.has(v - 1, .quoteVerbs) else {
      return nil
    }
    return tokens.lower(v - 1) + " at"
  }

  /// A percentage a central bank's rate names just before it ("Russia's key rate stands at
  /// 18%", "the policy rate, now 7.5%"): the cost of money, not a trade; returns the words.
  ///
  /// The rate noun is in the figure's clause, at most six words before it, after a word of
  /// `policyRateWords` ("growth rate" and "rate of growth" are changes, kept).
  func policyRate(_ f: Figure, before fi: Int, clause: Range<Int>) -> String? {
    let first = max(clause.lowerBound + 1, fi - 6)
    guard f.dimension == .percent, first < fi else { return nil }
    for k in first..<fi
    where tokens.lower(k).isAny("rate", "rates")
      && tokens.has(k - 1, .policyRateWords)
    {
      return tokens.lower(k - 1) + " " + tokens.lower(k)
    }
    return nil
  }

  /// Words before "rate" that make it a central bank's or a lender's rate.
  static let policyRateWords: WordTable = [
    "key", "policy", "refinancing", "benchmark", "base", "discount", "lending", "deposit",
    "repo", "interest",
  ]

  /// Verbs that put a price or a rate at a figure ("traded at 6.7 per dollar"); goods
  /// traded are "worth" or "valued at" a sum, never "traded at" it.
  static let quoteVerbs: WordTable = [
    "traded", "trading", "trades", "quoted", "fixed", "fetched", "fetching", "fetches",
  ]

  /// For "N% of X": X's head noun when it is no trade ("90% of settlements between the two
  /// countries", "95% of bilateral payments"): the share is of something other than trade.
  ///
  /// The head is the last word of the noun phrase after "of" (before a preposition, a verb
  /// of the whole or punctuation); a trade head is a flow noun, a commodity, a word for the
  /// goods or a total, a need ("market", "demand"), or a pronoun for them.
  func nonTradeWhole(_ f: Figure, at end: Int) -> String? {
    guard f.dimension == .percent else { return nil }
    var k = end
    if tokens.id(k) == W.share { k += 1 }
    if tokens.id(k) != W.of {
      // "The share of settlements in national currencies exceeds 95%": the whole named
      // before the figure, read by its first noun.
      guard
        let s = (max(0, end - 15)..<end).last(where: {
          tokens.id($0) == W.share && tokens.id($0 + 1) == W.of
        })
      else { return nil }
      var j = s + 2
      while tokens.has(j), tokens.has(j, .leadWords) { j += 1 }
      // "the share of the month's trade", "of last year's total": a possessive is no head.
      if tokens.has(j), tokens[j].isWord || tokens[j].isNumber,
        tokens.mentions(in: j..<(j + 1)).isEmpty,
        let p = (j + 1...j + 2).first(where: { tokens.has($0) && tokens.id($0) == W.possessive })
      {
        j = p + 1
        while tokens.has(j), tokens.has(j, .leadWords) { j += 1 }
      }
      guard tokens.has(j), tokens[j].isWord, tokens.commodity(at: j) == nil,
        tokens.mentions(in: j..<(j + 1)).isEmpty
      else { return nil }
      let h = tokens.lower(j)
      let trade =
        ClaimWords.flowNouns[h] != nil || Commodities.anaphors.contains(h)
        || Self.anaphors.contains(h) || Self.needNouns.contains(h) || Self.tradeWholes.contains(h)
        || ClaimWords.totalAdjectives.contains(h)
      return trade ? nil : h
    }
    var head: String?
    var j = k + 1
    while j < min(tokens.count, k + 8) {
      let w = tokens.lower(j)
      if let (_, e) = tokens.commodity(at: j) {
        head = nil
        j = e
        if !tokens.has(j) || !tokens[j].isWord { return nil }
        continue
      }
      // "11% of China's 76.7 million tonnes": the whole is a figure of its own.
      if tokens[j].isNumber { return nil }
      // "two-way trade": the hyphen joins the words of one noun phrase.
      if tokens[j].isHyphen {
        j += 1
        continue
      }
      if !tokens[j].isWord || Self.wholeStops.contains(w) || ClaimWords.flowVerbs[w] != nil {
        break
      }
      // Determiners and possessives before the head: "of all the", "of China's".
      let possessive = w == "'s" || w == "'" || !tokens.mentions(in: j..<(j + 1)).isEmpty
      if head == nil, possessive || Self.leadWords.contains(w) {
        j += 1
        continue
      }
      head = possessive ? nil : w
      j += 1
    }
    guard let h = head else { return nil }
    let trade =
      ClaimWords.flowNouns[h] != nil || Commodities.anaphors.contains(h)
      || Self.anaphors.contains(h) || Self.needNouns.contains(h) || Self.determiners.contains(h)
      || Self.tradeWholes.contains(h)
    return trade ? nil : h
  }

  /// Words that end the whole of "N% of ...".
  static let wholeStops: WordTable = [
    "between", "with", "from", "to", "in", "by", "for", "on", "at", "and", "or", "than", "as",
    "while", "when", "that", "which", "last", "of", "via", "through", "over", "during",
  ]
  /// Words that open the whole of "N% of ..." before its head ("of all the", "of its").
  static let leadWords: WordTable = [
    "the", "a", "an", "all", "its", "their", "his", "her", "our", "this", "these", "those",
  ]
  /// Heads of a share's whole that are trade besides flow nouns and goods.
  static let tradeWholes: WordTable = [
    "goods", "total", "all", "value", "volume", "volumes", "worth", "them", "it", "those",
    "flow", "flows", "bill", "basket", "partners", "partner",
  ]

  /// "Chinese brands sold 900,000 cars in Russia": a sale "in" a country with no "to" phrase
  /// is a sale on that country's market (retail, registrations), not goods sent there.
  func marketSale(_ a: Anchor?, figure fi: Int, mentions: [Mention]) -> String? {
    guard let a, a.verb, a.flow == .export, tokens.has(a.index, .saleVerbs),
      a.index < fi
    else { return nil }
    let after = mentions.filter { $0.start > a.index }
    func prep(_ m: Mention) -> String {
      tokens.id(m.start - 1) == W.the ? tokens.lower(m.start - 2) : tokens.lower(m.start - 1)
    }
    guard after.contains(where: { prep($0) == "in" }),
      !after.contains(where: { prep($0).isAny("to", "into") }),
      !(a.index + 1..<fi).contains(where: { tokens.mentions(in: $0..<($0 + 1)).first != nil })
    else { return nil }
    return tokens.lower(a.index) + " in"
  }

  /// True when token `k` stands in an aside of reason between a flow word and the figure
  /// ("exports fell by 35% as the rouble lost value, to about $38bn"): the aside's words
  /// ("rouble", "prices") say why, not what the figure measures.
  ///
  /// The aside opens with a word of reason after a flow word of the clause and closes with a
  /// comma before the figure.
  func inReasonAside(_ k: Int, before fi: Int, clause: Range<Int>) -> Bool {
    guard k < fi else { return false }
    if inCommaAside(k, before: fi, clause: clause) { return true }
    guard
      let open = (max(clause.lowerBound, k - 8)..<k).last(where: {
        tokens.has($0, .reasonWords)
      }),
      (k + 1..<fi).contains(where: { tokens.id($0) == W.comma }),
      (clause.lowerBound..<open).contains(where: {
        tokens.flowNoun($0) != nil
          || tokens.flowVerb($0) != nil
      })
    else { return false }
    return true
  }

  /// The words of a projection when one governs the figure: a modal before the level's verb
  /// ("trade could reach $250bn", "exports will top $10bn", "may well exceed"), or a verb of
  /// expectation with "to" and a change ("the ministry expects deliveries to rise by a
  /// further 20%", "analysts see imports growing by 5%" is left alone: no "to").
  ///
  /// Only the figure's own clause counts, with no other number between: "trade, which could
  /// grow further, reached $9bn" is recorded (a comma ends the look-back).
  func projectionWords(at fi: Int, clause: Range<Int>) -> String? {
    var k = fi - 1
    while k > clause.lowerBound, fi - k <= 12 {
      let w = tokens.lower(k)
      if tokens[k].isNumber, tokens.year(at: k) == nil { return nil }
      if w.isAny(",", ";", ":", "which", "that", "while", "when") { return nil }
      if Self.projectedVerbs.contains(w) {
        var m = k - 1
        if tokens.has(m, .projectionAdverbs) { m -= 1 }
        if isModal(m) { return tokens.lower(m) + " " + w }
        if tokens.id(m) == W.to,
          let v = (clause.lowerBound..<max(clause.lowerBound, m)).last(where: {
            tokens.has($0, .forecastVerbs)
          }),
          !(v + 1..<m).contains(where: { tokens[$0].isNumber && tokens.year(at: $0) == nil })
        {
          return tokens.lower(v) + " ... to " + w
        }
      }
      k -= 1
    }
    return nil
  }

  /// Verbs of a level or change that a projection may govern ("could reach", "to rise by").
  static let projectedVerbs: WordTable = [
    "reach", "hit", "top", "exceed", "surpass", "pass", "rise", "grow", "increase", "fall",
    "decline", "drop", "climb", "double", "triple", "be", "amount", "total",
  ]
  /// Adverbs between a modal and its verb ("could easily reach", "may well exceed").
  static let projectionAdverbs: WordTable = [
    "well", "easily", "even", "still", "soon", "again", "further", "also", "then",
  ]

  /// True when token `k` stands in an aside set off by commas between a flow word and the
  /// figure, with no number or flow word inside ("Russian supplies to China, hit by lower oil
  /// prices, fell 6.6%"): the aside says why, not what the figure measures.
  func inCommaAside(_ k: Int, before fi: Int, clause: Range<Int>) -> Bool {
    guard
      let open = (max(clause.lowerBound, k - 8)..<k).last(where: { tokens.id($0) == W.comma }),
      let close = (k + 1..<fi).first(where: { tokens.id($0) == W.comma }),
      (clause.lowerBound..<open).contains(where: {
        tokens.flowNoun($0) != nil
      })
    else { return false }
    return !(open + 1..<close).contains {
      tokens[$0].isNumber || tokens.flowNoun($0) != nil
        || tokens.flowVerb($0) != nil
    }
  }

  /// Words that open an aside of reason.
  static let reasonWords: WordTable = ["as", "because", "amid", "after", "since", "despite"]

  /// True when "and cost" stands right before the figure after a trade figure of the
  /// sentence ("Coal imports reached 64.1 Mt and cost $11.7bn"): what that trade cost, a
  /// second verb of the same subject, not a price.
  func coordinatedCost(before fi: Int) -> Bool {
    for k in max(1, fi - 3)..<max(1, fi) where tokens.id(k).isAny(W.cost, W.costs) {
      if tokens.id(k - 1) == W.and,
        sentenceFrames.contains(where: { $0.index < k - 1 && $0.frame.flow != nil })
      {
        return true
      }
    }
    return false
  }

  /// The word of a claim at law before the figure: a sum or a quantity a party claims is no
  /// trade record.
  ///
  /// The word stands at most eight words before the figure in its clause, with no other
  /// number or punctuation between: "The claimant ... seeks $34 million from a Kuzbass
  /// producer", "the cargoes in dispute totalled 145,000 tonnes", "damages of $5m". "dispute"
  /// counts only after "in" or "under" ("despite the trade dispute exports rose" is trade).
  func legalSum(at fi: Int, clause: Range<Int>) -> String? {
    var k = fi - 1
    while k >= max(clause.lowerBound, fi - 8), !isBreak(k) {
      if tokens[k].isNumber, tokens.year(at: k) == nil { return nil }
      let w = tokens.lower(k)
      if Self.legalWords.contains(w) { return w }
      if w == "dispute", k > 0, tokens.lower(k - 1).isAny("in", "under") { return "in dispute" }
      k -= 1
    }
    return nil
  }

  /// The noun of a project or venture whose worth the figure states.
  ///
  /// "27 joint projects worth $22 billion were under way", "ventures valued at $5bn": what is
  /// invested or built is no trade record; "goods worth $5bn" is.
  func projectWorth(at fi: Int) -> String? {
    var k = fi - 1
    while tokens.has(k), tokens.has(k, .qualifierWords) { k -= 1 }
    if tokens.id(k) == W.at, tokens.lower(k - 1) == "valued" { k -= 1 }
    guard tokens.has(k), tokens.lower(k).isAny("worth", "valued") else { return nil }
    for j in max(0, k - 3)..<k where tokens.has(j, .projectNouns) {
      return tokens.lower(j) + " " + tokens.lower(k)
    }
    return nil
  }

  /// Nouns of what is built or invested in, whose worth is no trade.
  static let projectNouns: WordTable = [
    "project", "projects", "venture", "ventures", "investment", "investments", "plant",
    "plants", "factory", "factories",
  ]

  /// Words of a claim at law: a suit, its parties, damages, a fine, a dispute.
  static let legalWords: WordTable = [
    "seeks", "sought", "damages", "compensation", "claimant", "claimants", "plaintiff",
    "lawsuit", "sued", "sues", "suing", "fined", "disputed", "arbitration", "tribunal",
    "litigation",
  ]

  /// Verbs of a sale that a market can be the place of.
  static let saleVerbs: WordTable = ["sold", "sells", "sell", "selling"]
}
