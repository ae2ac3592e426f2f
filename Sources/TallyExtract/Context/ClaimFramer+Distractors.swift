import TallyCore

/// Figures that read like trade but measure something else: a rate or price "traded at" a
/// figure, a share of payments or settlements (see ``ClaimFramer``).
extension ClaimFramer {
  /// "The yuan traded at 6.7 per dollar", "Brent was trading at $80": the verb before "at"
  /// quotes a rate or a price; returns the words.
  func quotedAt(_ fi: Int) -> String? {
    var v = fi - 1
    while tokens.has(v), tokens.lower(v) != "at", Self.qualifierWords.contains(tokens.lower(v)) {
      v -= 1
    }
    guard tokens.lower(v) == "at", Self.quoteVerbs.contains(tokens.lower(v - 1)) else {
      return nil
    }
    return tokens.lower(v - 1) + " at"
  }

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
    if tokens.lower(k) == "share" { k += 1 }
    guard tokens.lower(k) == "of" else { return nil }
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
    guard let a, a.verb, a.flow == .export, Self.saleVerbs.contains(tokens.lower(a.index)),
      a.index < fi
    else { return nil }
    let after = mentions.filter { $0.start > a.index }
    func prep(_ m: Mention) -> String {
      tokens.lower(m.start - 1) == "the" ? tokens.lower(m.start - 2) : tokens.lower(m.start - 1)
    }
    guard after.contains(where: { prep($0) == "in" }),
      !after.contains(where: { ["to", "into"].contains(prep($0)) }),
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
    guard
      let open = (max(clause.lowerBound, k - 8)..<k).last(where: {
        Self.reasonWords.contains(tokens.lower($0))
      }),
      (k + 1..<fi).contains(where: { tokens.lower($0) == "," }),
      (clause.lowerBound..<open).contains(where: {
        ClaimWords.flowNouns[tokens.lower($0)] != nil
          || ClaimWords.flowVerbs[tokens.lower($0)] != nil
      })
    else { return false }
    return true
  }

  /// Words that open an aside of reason.
  static let reasonWords: WordTable = ["as", "because", "amid", "after", "since", "despite"]

  /// Verbs of a sale that a market can be the place of.
  static let saleVerbs: WordTable = ["sold", "sells", "sell", "selling"]
}
