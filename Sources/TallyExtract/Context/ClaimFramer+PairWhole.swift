import TallyCore

/// The whole of a share that names one flow between two countries and no goods: "51% of
/// everything China bought from Russia", "65% of Chinese purchases from Russia", "70% of
/// everything Russia sold to China". The part is the goods named before the figure, and the
/// whole is the pair's trade that way in all goods (``ShareBase/allGoods``), not the owner's
/// flow with all partners.
extension ClaimFramer {
  /// The pair's flow in all goods, when the whole of "N% of X" (the words after "of") names a
  /// flow one way (`flow`), no goods, an owner of that flow ("China bought", "Chinese
  /// purchases", "Russia's exports") and a second country (`countries`: the mentions in the
  /// whole); `nil` otherwise.
  func pairFlowWhole(
    flow: Flow?, goods: Commodities.Entry?, pairWords: Bool, owner: String?, countries: [Mention]
  ) -> ShareWhole? {
    guard goods == nil, !pairWords, let flow, flow == .export || flow == .import,
      let owner, let other = countries.first(where: { $0.iso3 != owner }),
      owner != "WLD", other.iso3 != "WLD", flowsWith(other)
    else { return nil }
    return ShareWhole(base: .allGoods, flow: flow, owner: owner, goods: nil, partner: other.iso3)
  }

  /// True when the country `m` is the other side of the flow word before it.
  ///
  /// "bought from Russia", "purchases from Russia", "sales to China": the flow word, then
  /// "from", "to" or "with". After a participle ("of Korea's exports going to Vietnam") the
  /// country picks the part out of the owner's flow with all partners, the whole.
  func flowsWith(_ m: Mention) -> Bool {
    let t = tokens
    guard m.start >= 2, t.lower(m.start - 1).isAny("from", "to", "with") else { return false }
    let w = t.lower(m.start - 2)
    return ClaimWords.flowNouns[w] != nil || ClaimWords.flowVerbs[w] != nil
  }
}

/// Several goods named as one part of a share: "Crude, coal, pipeline gas and LNG together
/// made up about 65% of Chinese purchases from Russia". The part is the sum of the goods
/// (the frame's ``ClaimFrame/hs`` holds each code), checked by
/// `ClaimVsDataset.goodsSumShare`.
extension ClaimFramer {
  /// Words of a list of goods besides the goods: separators and "together".
  static let goodsListJoins: WordTable = [",", "and", "together", "combined", "between", "them"]

  /// Words that may stand between the list and the figure: the verb of a share and hedges.
  static let goodsListVerbs: WordTable = [
    "together", "combined", "made", "make", "up", "accounted", "account", "for", "were",
    "represented", "comprised", "about", "around", "roughly", "nearly", "almost", "some",
    "over", "more", "than", "just", "under", "close", "to", "approximately",
  ]

  /// Words of a part made of several goods ("those three items", "both fuels").
  static let severalGoodsWords: WordTable = [
    "two", "three", "four", "five", "six", "both", "items", "goods", "products", "commodities",
    "fuels",
  ]

  /// True when the clause before the share at token `fi` speaks of several goods
  /// (``severalGoodsWords``): the story's one goods is not the part.
  func namesSeveralGoods(before fi: Int, clause: Range<Int>) -> Bool {
    (clause.lowerBound..<fi).contains { tokens.has($0, .severalGoodsWords) }
  }

  /// The goods of a list that ends right before the share at token `fi`.
  ///
  /// "Crude, coal and gas together made up 70%": each goods once, in order; `nil` unless
  /// there are two or more, the list standing alone as the subject of the share's verb
  /// (with "together" or "combined" or not). "Gas" in such a list is both kinds of natural
  /// gas (``Commodities/naturalGas``).
  func listedGoods(before fi: Int, clause: Range<Int>) -> [Commodities.Entry]? {
    let t = tokens
    // Back from the figure over the verb of the share to the end of the list.
    var k = fi - 1
    while k >= clause.lowerBound, t.has(k, .goodsListVerbs) { k -= 1 }
    guard k >= clause.lowerBound, k < fi - 1 else { return nil }
    // The list, read forwards from its first item: back over goods and joins first.
    var start = k
    var j = k
    while j >= clause.lowerBound {
      let w = t.lower(j)
      // A join, "gas", or a word of goods starting at most three words before it.
      let inGoods = (max(clause.lowerBound, j - 3)...j).contains { s in
        t.commodity(at: s).map { $0.1 > j } ?? false
      }
      if Self.goodsListJoins.contains(w) || Commodities.listWords[w] != nil || inGoods {
        start = j
        j -= 1
        continue
      }
      break
    }
    var out: [Commodities.Entry] = []
    var i = start
    // From the first goods (the walk back may stop inside goods that began before it).
    while i <= k, t.commodity(at: i) == nil, Commodities.listWords[t.lower(i)] == nil { i += 1 }
    while i <= k {
      if let (c, e) = t.commodity(at: i) {
        if !out.contains(where: { $0.hs == c.hs }) { out.append(c) }
        i = e
      } else if let gas = Commodities.listWords[t.lower(i)] {
        for g in gas where !out.contains(where: { $0.hs == g.hs }) { out.append(g) }
        i += 1
      } else if t.has(i, .goodsListJoins) {
        i += 1
      } else {
        return nil
      }
    }
    return out.count >= 2 ? out : nil
  }
}
