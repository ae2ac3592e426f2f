import Foundation
import TallyCore

/// The goods a figure is about, and the whole a share is a share of (see ``ClaimFramer``).
extension ClaimFramer {
  // MARK: - Goods

  enum Goods {
    case named(Commodities.Entry)
    /// "goods", "total trade": explicitly all goods.
    case all
  }

  /// Words before a commodity that make it a composition, not the measure ("mostly oil").
  static let compositionWords: WordTable = [
    "mostly", "mainly", "including", "especially", "notably", "chiefly", "largely", "led",
    "driven", "such", "primarily", "predominantly", "like", "plus", "than", "dominated",
  ]

  /// True when the commodity at `k` is part of a composition ("mostly oil, gas and coal",
  /// "led by crude oil and coal") or a list.
  static func isComposition(_ t: ClaimTokens, _ k: Int) -> Bool {
    // "mostly oil, gas and coal", "led by crude oil and coal": back over the list to the word.
    var j = k - 1
    while j >= max(0, k - 10) {
      let w = t.lower(j)
      if compositionWords.contains(w) { return true }
      // "coal purchases more than tripled, while pipeline gas imports were worth ...": the
      // clause ends the list.
      guard t[j].isWord || w == "," || w == "-", !t[j].isNumber, ClaimWords.flowNouns[w] == nil,
        !clauseBreaks.contains(w),
        ClaimWords.flowVerbs[w] == nil
      else { break }
      j -= 1
    }
    // A list: "oil, coal and gas".
    if let (_, e) = t.commodity(at: k), t.id(e) == W.comma || t.id(e) == W.and {
      var j = e + 1
      if t.id(j) == W.and { j += 1 }
      if t.commodity(at: j) != nil { return true }
    }
    if t.id(k - 1) == W.comma,
      t.commodity(at: max(0, k - 2)) != nil || t.commodity(at: max(0, k - 3)) != nil
    {
      return true
    }
    if inListOfThree(t, k) { return true }
    // "oil, timber and seafood": the last of a list, after "and" or "or" right after goods.
    if t.id(k - 1).isAny(W.and, W.or),
      t.commodity(at: max(0, k - 2)).map({ $0.1 == k - 1 }) == true
        || t.commodity(at: max(0, k - 3)).map({ $0.1 == k - 1 }) == true
    {
      return true
    }
    return false
  }

  /// True when the commodity at `k` is an item of a list of three or more words ("Russian
  /// oil, gas and timber sold to Chinese buyers", "machinery, oil and clothing", "phones,
  /// clothing and cars"): a basket of a country's goods, which the stories use for its whole
  /// trade, whatever the other items are (goods of the table or not).
  ///
  /// "Oil, meanwhile, rose" and "crude oil, the biggest item," are no lists: the word after
  /// the comma must be followed by "and", "or" or a second comma and a last item.
  static func inListOfThree(_ t: ClaimTokens, _ k: Int) -> Bool {
    guard let (_, e) = t.commodity(at: k) else { return false }
    func item(_ j: Int) -> Bool {
      t.has(j) && t[j].isWord && !t[j].isNumber && t.mentions(in: j..<(j + 1)).isEmpty
        && !t.has(j, .clauseBreaks)
    }
    let or: (Int) -> Bool = { t.id($0).isAny(W.and, W.or) }
    // First: "oil, gas and timber", "oil, gas, timber and fish".
    if t.id(e) == W.comma, item(e + 1),
      or(e + 2) || (t.id(e + 2) == W.comma && item(e + 3) && or(e + 4))
    {
      return true
    }
    // Middle: "machinery, oil and clothing".
    if t.id(k - 1) == W.comma, item(k - 2), or(e), item(e + 1) { return true }
    // Last: "machinery, phones and oil".
    if or(k - 1), item(k - 2), t.id(k - 3) == W.comma, item(k - 4) { return true }
    return false
  }

  /// The goods attached to the figure or its flow: "8.3 million tonnes of LNG", "$47 million
  /// of Chinese batteries", "Russian LNG imports", "imports of Russian crude", "bought crude".
  func attachedGoods(_ a: Anchor?, figure fi: Int, end: Int, clause: Range<Int>) -> Goods? {
    let t = tokens
    func at(_ k: Int) -> Goods? {
      guard clause.contains(k) || k == clause.upperBound else { return nil }
      if let (c, _) = t.commodity(at: k), !Self.isComposition(t, k) { return .named(c) }
      if t.id(k).isAny(W.goods, W.products) { return .all }
      return nil
    }
    /// From `k` on, skipping small words and demonyms, up to `limit` tokens.
    func scan(_ k: Int, limit: Int) -> Goods? {
      var j = k
      var steps = 0
      while t.has(j), steps < limit, j < clause.upperBound {
        if let g = at(j) { return g }
        let w = t.lower(j)
        // "paid $58.4bn for these cargoes": the goods of the trade named before.
        if Self.determiners.contains(w), w != "the",
          t.has(j + 1, .goodsAnaphors) || t.flowNoun(j + 1) != nil
        {
          return storyGoods.map { .named($0) }
        }
        // "paid $5.2bn for 7.3 million tonnes of crude", "spent $2bn on 40 cargoes of LNG":
        // the quantity bought for the amount is one step, its goods follow "of".
        if t[j].isNumber, t.id(j - 1).isAny(W.for, W.on) {
          var q = j + 1
          while q < j + 6, t.has(q), t[q].isNumber || t.has(q, .quantityWords) {
            q += 1
          }
          if t.id(q) == W.of {
            j = q + 1
            steps += 1
            continue
          }
        }
        let skippable =
          ["of", "worth", "in", "the", "its", "their", "-", "for", "on", "russian", "chinese"]
          .contains(w)
          || t.mentions(in: j..<(j + 1)).first?.kind == .adjective
          || Self.quoteMarks.contains(w)
        guard skippable else { return nil }
        j += 1
        steps += 1
      }
      return nil
    }
    // After the figure: "of LNG", "worth of Russian goods".
    if let g = scan(end, limit: 4) { return g }
    if let a {
      // Before the flow noun: "Russian LNG imports", "Coking coal shipments". Goods further
      // back, with more than a word between ("coal importers doubled their purchases of
      // Russian coking coal"), qualify another noun: goods after the flow word come first.
      var apart: Goods?
      if !a.verb {
        var j = max(clause.lowerBound, a.index - 4)
        while j < a.index {
          if let (c, e) = t.commodity(at: j), e <= a.index, !Self.isComposition(t, j) {
            if a.index - e <= 1 { return .named(c) }
            apart = apart ?? .named(c)
          }
          j += 1
        }
      }
      // After the flow word: "imports of Russian crude", "bought crude worth".
      if let g = scan(a.index + 1, limit: a.verb ? 3 : 4) { return g }
      if let apart { return apart }
    }
    // "The value of lithium-ion batteries bound for Russia fell 13%": goods before the figure.
    if a == nil || a?.verb == true {
      var j = clause.lowerBound
      while j < fi {
        // "The collapse in oil prices ... it stayed below $70bn": goods that modify a noun
        // of their own (prices, output, stocks) are not the figure's goods.
        if let (c, e) = t.commodity(at: j), !Self.isComposition(t, j),
          !t.has(e, .goodsAttributes), !t.has(e, .notTrade)
        {
          return .named(c)
        }
        j += 1
      }
    }
    // "Chinese car exports", "Cross-border online sales": goods the vocabulary does not know
    // (``unlistedGoods(_:clause:)``), with no series.
    if let g = unlistedGoods(a, clause: clause) { return .named(g) }
    return nil
  }

  /// Scales, units and separators inside a quantity ("7.3 million tonnes", "40 cargoes").
  static let quantityWords: WordTable = [
    ".", ",", "thousand", "million", "billion", "mn", "bn", "m", "tonnes", "tons", "tonne",
    "ton", "barrels", "cargoes", "cubic", "metres", "meters", "bcm", "mt", "units", "pieces",
  ]

  /// Quotation marks, which may close a quoted figure before its goods ("paid "a record $54
  /// million" for batteries").
  static let quoteMarks: Set<String> = ["\"", "\u{201C}", "\u{201D}", "'", "\u{2018}", "\u{2019}"]

  /// Nouns that, after "these" or "such", stand for goods already named ("these cargoes").
  static let goodsAnaphors: WordTable = [
    "cargoes", "cargo", "barrels", "volumes", "goods", "consignments", "flows", "tonnes",
  ]

  /// The goods of the last goods trade named, else the story's commodity.
  var storyGoods: Commodities.Entry? {
    if let last = lastTrade?.frame, let hs = last.hs.first {
      return Commodities.Entry(hs: hs, name: last.commodity ?? hs)
    }
    return commodity
  }

  /// Goods named with the country they come from right before them ("Russian LNG at 8
  /// million tonnes"), for a quantity or value with no flow word.
  func goodsWithOrigin(_ f: Figure, goods: Goods?, mentions: [Mention])
    -> (Commodities.Entry, String)?
  {
    guard f.dimension != .percent, f.dimension != .count, f.dimension != .duration else {
      return nil
    }
    guard case .named(let g)? = goods else {
      // "Russian cargoes were 8.3 Mt": a noun for the story's goods, not a flow noun, after
      // their origin.
      guard goods == nil, let c = commodity,
        let m = mentions.first(where: {
          $0.kind == .adjective && tokens.has($0.end, .commodityAnaphors)
            && tokens.flowNoun($0.end) == nil
        })
      else { return nil }
      return (c, m.iso3)
    }
    guard
      let m = mentions.first(where: {
        $0.kind == .adjective && tokens.commodity(at: $0.end)?.0.hs == g.hs
      })
    else { return nil }
    return (g, m.iso3)
  }

  /// Goods named after the figure with the way they went ("8.3 million tonnes of LNG from
  /// Russia", "$40m of cable to Ukraine"), for a quantity or value with no flow word: the
  /// goods, the flow of the figure's reporter (`import` for "from", `export` for "to") and the
  /// country named.
  ///
  /// The phrase must follow the goods inside the figure's clause, before any comma, number or
  /// clause break: "rose from 5 million tonnes of LNG to 8 million tonnes" names no country.
  func goodsWithRoute(_ f: Figure, goods: Goods?, at fi: Int, end: Int, clause: Range<Int>)
    -> (Commodities.Entry, Flow, String)?
  {
    guard f.dimension != .percent, f.dimension != .count, f.dimension != .duration,
      case .named(let g)? = goods
    else { return nil }
    // "A tanker can carry 70,000 tonnes of LNG from Qatar": a capacity or a possibility.
    if (clause.lowerBound..<max(clause.lowerBound, fi)).contains(where: {
      isModal($0)
    }) {
      return nil
    }
    var k = end
    var sawGoods = false
    while k < min(clause.upperBound, end + 10) {
      let w = tokens.lower(k)
      if tokens[k].isNumber || w.isAny(",", ";", ".", ":") || Self.clauseBreaks.contains(w) {
        return nil
      }
      if let (c, e) = tokens.commodity(at: k) {
        guard c.hs == g.hs else { return nil }
        sawGoods = true
        k = e
        continue
      }
      if sawGoods, w == "from" || w == "to",
        let m = tokens.mentions(in: (k + 1)..<min(tokens.count, k + 4)).first,
        m.start <= k + 2
      {
        return (g, w == "from" ? .import : .export, m.iso3)
      }
      k += 1
    }
    return nil
  }

  /// Goods and their route opening the figure's clause ("Crude from Russia came to 5.44
  /// million tonnes", "Wheat to Egypt totalled 2 Mt"): the goods, the flow the preposition
  /// gives and the country after it.
  ///
  /// Only a quantity or a value, with no number between the
  /// country and the figure.
  func goodsRouteBefore(_ f: Figure, at fi: Int, clause: Range<Int>) -> (
    Commodities.Entry, Flow, String
  )? {
    guard f.dimension.isAny(.money, .mass, .volume) else { return nil }
    var k = clause.lowerBound
    while k < min(fi, clause.lowerBound + 4) {
      guard let (g, e) = tokens.commodity(at: k) else {
        k += 1
        continue
      }
      let w = tokens.lower(e)
      guard w == "from" || w == "to",
        let m = tokens.mentions(in: (e + 1)..<min(fi, e + 4)).first, m.start <= e + 2,
        m.kind != .adjective, !(m.end..<fi).contains(where: { tokens[$0].isNumber })
      else { return nil }
      return (g, w == "from" ? .import : .export, m.iso3)
    }
    return nil
  }

  /// True when the clause names gas and then the pipeline it went through before the figure
  /// ("gas imports through the Power of Siberia pipeline", "gas sent via the new pipeline"):
  /// the gas is pipeline gas, however many words stand between.
  func pipelineGas(before fi: Int, clause: Range<Int>) -> Bool {
    let r = clause.lowerBound..<max(clause.lowerBound, fi)
    if r.contains(where: { pipelineTrade(at: $0) }) { return true }
    guard let g = r.first(where: { tokens.id($0) == W.gas }),
      !["liquefied", "liquified", "petroleum"].contains(tokens.lower(g - 1))
    else { return false }
    for k in (g + 1)..<max(g + 1, min(fi, g + 10)) {
      let w = tokens.lower(k)
      if w.isAny(",", ";", ":") || tokens[k].isNumber { return false }
      if w == "pipeline" || w == "pipelines" {
        return ["through", "via", "by", "along", "from", "in"].contains {
          (g + 1..<k).map { tokens.lower($0) }.contains($0)
        }
      }
    }
    return false
  }

  /// True when token `k` is "pipeline" naming the trade in what it carries ("Pipeline
  /// deliveries through the eastern route earned $4bn", "Pipeline revenue tripled",
  /// "pipeline supplies earned $0.53bn"): "pipeline" right before a flow noun or a noun of
  /// money earned (``pipelineTradeNouns``), with no other goods before it ("oil pipeline
  /// deliveries" carry crude; "the pipeline's capacity" is no trade).
  func pipelineTrade(at k: Int) -> Bool {
    guard tokens.lower(k) == "pipeline" else { return false }
    let next = tokens.lower(k + 1)
    guard ClaimWords.flowNouns[next] != nil || Self.pipelineTradeNouns.contains(next) else {
      return false
    }
    if tokens.lower(k - 1).isAny("oil", "crude") { return false }
    let goodsBefore = (max(0, k - 3)..<k).contains {
      tokens.commodity(at: $0).map { $0.1 >= k } == true
    }
    return !goodsBefore
  }

  /// Nouns of money earned or paid that, after "pipeline", name the gas trade.
  static let pipelineTradeNouns: WordTable = [
    "revenue", "revenues", "receipts", "earnings", "payments", "volumes", "flows", "income",
  ]

  /// True when token `k` is a modal verb ("may", not the month "May").
  func isModal(_ k: Int) -> Bool {
    tokens.has(k, .modals) && !tokens[k].capitalized
  }

  /// Modal verbs: what they govern is possible or planned, not recorded.
  static let modals: WordTable = [
    "can", "could", "may", "might", "will", "would", "should", "must",
  ]

  /// The whole a figure states after "out of", or the part and whole a percent restates.
  ///
  /// For a figure right after "out of" (or "of a total of") that follows a trade figure of the
  /// sentence: that figure's frame as `whole` (the same flow, all partners). For a percent
  /// figure restating the ratio of the two (", or 11%", "or less than 11%"): the part's frame
  /// as `part`.
  func wholeOfPart(_ f: Figure, at fi: Int) -> (whole: ClaimFrame, part: ClaimFrame?)? {
    guard let prev = sentenceFrames.last, prev.frame.flow != nil else { return nil }
    var k = fi - 1
    while tokens.has(k), tokens.has(k, .qualifierWords) || !tokens[k].isWord {
      if tokens.id(k) == W.comma { break }
      k -= 1
    }
    let outOf =
      (tokens.id(k) == W.of && tokens.id(k - 1) == W.out)
      || (tokens.id(k) == W.of && tokens.id(k - 1) == W.total && tokens.id(k - 2) == W.a)
    // "exports $48bn and imports $59bn, a total of $107bn": the sum of both directions
    // (``sumOfBothFlows(_:_:at:)``), not the last one's whole.
    if f.dimension != .percent, outOf, prev.frame.partner != "WLD",
      !(appendedTotal(before: fi) != nil
        && sentenceFrames.contains { $0.frame.flow == .export }
        && sentenceFrames.contains { $0.frame.flow == .import })
    {
      return (prev.frame, nil)
    }
    // ", or 11%": the percent restates the part over the whole just stated.
    guard f.dimension == .percent, f.kind != .change, prev.frame.partner == "WLD",
      tokens.id(k) == W.or || (tokens.id(k) == W.comma && tokens.id(k + 1) == W.or),
      let part = sentenceFrames.dropLast().last(where: {
        $0.frame.flow == prev.frame.flow && $0.frame.reporter == prev.frame.reporter
          && $0.frame.partner != "WLD"
      })
    else { return nil }
    return (prev.frame, part.frame)
  }

  /// True when the figure is about the story's goods without naming them: a physical
  /// quantity, or a definite or demonstrative flow noun ("these shipments", "the imports").
  ///
  /// A multiple ("exports had nearly tripled") is a change like a percentage: it names its
  /// goods or measures all goods.
  func refersToStoryGoods(_ f: Figure, anchor: Anchor?) -> Bool {
    if !f.unit.isCurrency && f.dimension != .percent && f.dimension != .count
      && f.unit.rawValue != "times"
    {
      return true
    }
    guard let a = anchor, !a.verb else { return false }
    return tokens.id(a.index - 1).isAny(W.these, W.those, W.such, W.this, W.that)
  }

  /// True when another flow word or a clause break stands between two figures of the sentence.
  func hasOwnMeasure(from a: Int, to b: Int) -> Bool {
    guard a < b else { return true }
    for k in (a + 1)..<b {
      let w = tokens.lower(k)
      if ClaimWords.flowNouns[w] != nil || ClaimWords.flowVerbs[w] != nil { return true }
      if Self.clauseBreaks.contains(w) || w == ";" { return true }
    }
    return false
  }

  /// The goods of a gapped clause between an earlier figure at `a` and the figure at `b`
  /// ("Coking coal accounted for 842,500 tonnes, and steam coal for 3.88 million tonnes",
  /// "crude came to 5.4 Mt, while LNG reached 0.6 Mt"): a commodity right after a conjunction
  /// or a comma, at most six words before the figure, names the figure's goods; the rest
  /// of the earlier figure's trade carries over.
  ///
  /// Goods after "of" belong to the earlier
  /// figure ("8.3 Mt of LNG, worth $4.5bn").
  func gappedGoods(from a: Int, to b: Int) -> Commodities.Entry? {
    guard a < b else { return nil }
    for k in (a + 1)..<b where tokens.has(k - 1, .gapOpeners) {
      if tokens[k].isNumber { return nil }
      guard let (g, e) = tokens.commodity(at: k), e <= b, b - e <= 6,
        !(e..<b).contains(where: { tokens[$0].isNumber })
      else { continue }
      return g
    }
    return nil
  }

  /// Words a gapped clause opens after ("..., and steam coal for 3.88 Mt").
  static let gapOpeners: WordTable = [",", "and", "while", "whereas", "but", ";"]

  /// The currency the sentence states its amounts and changes in.
  ///
  /// "in yuan terms", "yuan-denominated", "In yuan, the total came to 1.74 trillion",
  /// "measured in the Chinese currency", "put the total in yuan at 1.28 trillion"; not the
  /// currency goods were paid or settled in ("the share of trade settled in yuan").
  func currencyTerms() -> String? {
    let t = tokens
    for k in 0..<t.count where t.id(k) == W.terms && t.id(k - 2) == W.in {
      if let c = Self.currencyTermWords[t.lower(k - 1)] { return c }
    }
    for k in 0..<t.count where t.id(k + 1) == W.hyphen && t.id(k + 2) == W.denominated {
      if let c = Self.currencyTermWords[t.lower(k)] { return c }
    }
    for k in 0..<t.count where t.id(k) == W.in {
      guard let (c, e) = currencyPhrase(at: k + 1) else { continue }
      // "In yuan, trade grew 2.9%", "measured in roubles", "the total in yuan at 1.28
      // trillion": the terms of the sentence's amounts.
      if k == 0 || t.has(k - 1, .measuringVerbs) || t.id(e) == W.at {
        return c
      }
    }
    return nil
  }

  /// The currency named at `k` ("yuan", "roubles", "the Chinese currency", "China's
  /// currency") and the token after it.
  func currencyPhrase(at k: Int) -> (String, Int)? {
    let t = tokens
    if let c = Self.currencyTermWords[t.lower(k)] { return (c, k + 1) }
    var g = k
    if t.id(g) == W.the { g += 1 }
    guard let m = t.mentions(in: g..<min(t.count, g + 4)).first, m.start == g else { return nil }
    var e = m.end
    if t.id(e) == W.possessive { e += 1 }
    guard t.id(e) == W.currency, let c = CountryReferences.currencyOf[m.iso3] else {
      return nil
    }
    return (c, e + 1)
  }

  /// Currency words of "in yuan terms", "in roubles", with their codes.
  static let currencyTermWords: WordMap<String> = [
    "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "dollar": "USD", "dollars": "USD",
    "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB",
  ]

  /// Verbs before "in <currency>" that state the terms of an amount ("measured in yuan").
  static let measuringVerbs: WordTable = [
    "measured", "expressed", "calculated", "counted", "reckoned", "valued", "denominated",
    "converted", "stated", "reported",
  ]

  /// True when the figure at `fi` is the value of the figure before it: "shipments of 107
  /// million tonnes, worth $60.6bn" (only a comma, "worth" or "valued at" and qualifiers
  /// between).
  func isWorth(of prev: SentenceFigure, at fi: Int) -> Bool {
    let end = figureEnd(prev.figure, from: prev.index)
    guard end < fi, !prev.figure.unit.isCurrency else { return false }
    var start = end
    // "4.5 million tonnes of LNG worth $2.8bn": the quantity's goods may stand between.
    if tokens.id(start) == W.of {
      // "of Qatari LNG": the goods' origin may stand before them.
      var g = start + 1
      if let m = tokens.mentions(in: g..<min(tokens.count, g + 3)).first, m.start == g { g = m.end }
      if let (_, e) = tokens.commodity(at: g), e <= fi { start = e }
    }
    guard start < fi else { return false }
    let between = (start..<fi).map { tokens.lower($0) }
    guard between.contains("worth") || between.contains("valued") || atCostOf(fi) else {
      return false
    }
    // "60 million tonnes in 2023, worth $9bn": the time of the quantity may stand between,
    // and the verb that moved it ("862,000 tonnes discharged in June, at a cost of $489m").
    return between.allSatisfy {
      [
        ",", "worth", "valued", "at", "and", "some", "in", "last", "year", "a", "cost", "of",
        "total", "for", "the", "over", "during", "month", "quarter",
      ].contains($0)
        || Self.qualifierWords.contains($0) || Self.monthNumber($0) != nil
        || Int($0).map { (1900...2100).contains($0) } == true
        || ClaimWords.flowVerbs[$0] != nil
    }
  }

  /// True when "at a cost of" (or "at a total cost of") stands right before the figure at
  /// `fi`, qualifiers aside: the amount paid for the goods named before it.
  func atCostOf(_ fi: Int) -> Bool {
    var k = fi - 1
    while tokens.has(k), tokens.has(k, .qualifierWords) { k -= 1 }
    guard tokens.id(k) == W.of, tokens.id(k - 1).isAny(W.cost, W.costs) else {
      return false
    }
    let a = tokens.id(k - 2) == W.total ? k - 3 : k - 2
    return tokens.id(a) == W.a && tokens.id(a - 1) == W.at
  }

  /// Words that state a change of goods in physical quantity: "a rise in volume of 30%",
  /// "LNG volumes rose 20%", "by weight".
  static let volumeWords: WordTable = ["volume", "volumes", "tonnage", "weight"]

  /// What the words near a change of goods say it measures, each word a weight.
  ///
  /// Above zero physical quantity, below zero money. The nouns choose the reading ("steam
  /// coal shipments halved" counts tonnes; "the value of those cargoes doubled", "pipeline
  /// gas earnings rose 40%" count money); a clause with neither keeps both readings.
  ///
  /// | words                                                        | weight |
  /// |--------------------------------------------------------------|--------|
  /// | volume, volumes, tonnage, weight, shipments                  | +2     |
  /// | deliveries, arrivals, cargoes, consignments                  | +1     |
  /// | value                                                        | -3     |
  /// | bill, receipts, earnings, revenue(s), payments, proceeds     | -2     |
  /// | spending, paid, earned, spent, valued                        | -2     |
  /// | worth, cost                                                  | -1     |
  static let changeMeasureWeights: [String: Int] = [
    "volume": 2, "volumes": 2, "tonnage": 2, "weight": 2, "shipments": 2,
    "deliveries": 1, "arrivals": 1, "cargoes": 1, "consignments": 1,
    "value": -3, "bill": -2, "receipts": -2, "earnings": -2, "revenue": -2, "revenues": -2,
    "payments": -2, "proceeds": -2, "spending": -2, "paid": -2, "earned": -2, "spent": -2,
    "valued": -2, "worth": -1, "cost": -1,
  ]

  /// The summed ``changeMeasureWeights`` of the clause's words from ten before the figure at
  /// `fi` (the head of "the value of Indonesia's coal shipments") to three after its `end`.
  func changeMeasureScore(at fi: Int, end: Int, clause: Range<Int>) -> Int {
    let near = max(clause.lowerBound, fi - 10)..<min(clause.upperBound, end + 3)
    return near.reduce(0) { $0 + (Self.changeMeasureWeights[tokens.lower($1)] ?? 0) }
  }

  /// The terms of a change (a percent or a multiple) of goods whose clause words score as
  /// physical quantity (``changeMeasureScore(at:end:clause:)``): `ClaimFrame.volumeTerms`
  /// when a word of ``volumeWords`` states it (no money series may then judge it: a value up
  /// 67% is no volume up 30%), `ClaimFrame.quantityTerms` when only nouns lean to quantity
  /// ("Battery shipments fell by a fifth" are their value where the data count no batteries).
  func statedVolume(_ f: Figure, _ fr: ClaimFrame, at fi: Int, end: Int, clause: Range<Int>)
    -> String?
  {
    guard f.dimension == .percent || f.unit.rawValue == "times", !fr.hs.isEmpty,
      changeMeasureScore(at: fi, end: end, clause: clause) > 0
    else { return nil }
    let near = max(clause.lowerBound, fi - 6)..<min(clause.upperBound, end + 3)
    let named = near.contains { tokens.has($0, .volumeWords) }
    return named ? ClaimFrame.volumeTerms : ClaimFrame.quantityTerms
  }

  // MARK: - Shares

  struct ShareWhole {
    var base: ShareBase
    var flow: Flow?
    var owner: String?
    var goods: Commodities.Entry?
    /// The owner's partner when the whole names both sides ("of everything China bought from
    /// Russia"); `nil` otherwise.
    var partner: String? = nil
  }

  /// Nouns for "what a country needs or buys": the whole is its imports.
  static let needNouns: WordTable = ["needs", "demand", "consumption", "requirements", "market"]

  /// For "N% of X": what X is.
  ///
  /// Only for percent figures that are shares.
  func shareWhole(_ f: Figure, at end: Int, clause: Range<Int>) -> ShareWhole? {
    let before = (max(0, end - 6)..<end).map { tokens.lower($0) }
    let sharePhrase =
      before.contains("made") && before.contains("up") || before.contains("accounted")
      || before.contains("represented") || before.contains("comprised")
    guard f.dimension == .percent, f.kind != .change || sharePhrase else { return nil }
    var k = end
    if tokens.id(k) == W.share { k += 1 }
    if tokens.id(k) != W.of,
      let s = (clause.lowerBound..<max(clause.lowerBound, end - 1)).last(where: {
        tokens.id($0) == W.share && tokens.id($0 + 1) == W.of
      })
    {
      // "Russia's share of China's crude imports rose to 19%": the whole before the figure.
      k = s + 1
    }
    guard tokens.id(k) == W.of else { return nil }
    var stop = min(tokens.count, k + 9)
    var flow: Flow?
    var goods: Commodities.Entry?
    var pairWords = false
    var j = k + 1
    while j < stop {
      let w = tokens.lower(j)
      // "11% of China's 76.7 million tonnes of LNG imports": a figure standing in the whole.
      // "10.8% of the 76.7 million tonnes China imported from all suppliers": after "the".
      if tokens[j].isNumber, j > k + 1,
        tokens.id(j - 1) == W.possessive || tokens.id(j - 1) == W.the,
        tokens.year(at: j) == nil
      {
        stop = min(tokens.count, stop + 3)
        j += 1
        continue
      }
      if tokens[j].isNumber
        || w.isAny(",", ".", "as", "while", "when", "because", "after", "before", "and")
      {
        break
      }
      if let fl = ClaimWords.flowNouns[w], flow == nil { flow = fl }
      // "of all the LNG China imported": a verb in the whole names its flow.
      if let fl = ClaimWords.flowVerbs[w], flow == nil, fl != .total { flow = fl }
      if Self.needNouns.contains(w), flow == nil { flow = .import }
      if let (c, e) = tokens.commodity(at: j), goods == nil {
        goods = c
        j = e
        continue
      }
      if w == "bilateral" || w == "their"
        || (w == "two"
          && (tokens.has(j + 1, .pairNouns) || tokens.id(j + 1) == W.hyphen))
      {
        pairWords = true
      }
      j += 1
    }
    let owners = tokens.mentions(in: (k + 1)..<j)
    let owner =
      owners.first {
        tokens.id($0.end) == W.possessive || $0.kind == .adjective
          || tokens.flowVerb($0.end) != nil
      }?.iso3
    if tokens.id(k + 1).isAny(W.them, W.it, W.those), let prev = sentenceFrames.last?.frame,
      prev.flow != nil
    {
      // "76.7 million tonnes, and Russian cargoes accounted for 11% of them".
      if prev.partner == "WLD" {
        return ShareWhole(
          base: .world, flow: prev.flow, owner: prev.reporter,
          goods: prev.hs.first.map { Commodities.Entry(hs: $0, name: prev.commodity ?? $0) })
      }
      let named = tokens.commodity(at: k + 2)?.0
      return ShareWhole(base: .allGoods, flow: prev.flow, owner: prev.reporter, goods: named)
    }
    if tokens.id(k + 1).isAny(W.it, W.that, W.this), Self.clauseEnds(tokens, k + 2),
      let last = sentenceFrames.last(where: { $0.frame.flow != nil })?.frame
        ?? lastSentenceFrames.last(where: { $0.flow != nil }),
      last.flow == .total, last.hs.isEmpty
    {
      // "Trade reached $16bn in September. Russian goods made up 57% of it.", "the two traded
      // goods worth $7bn; Chinese goods made up 55% of that": the pair's total the figure
      // before stated (in the sentence, else in the one before).
      return ShareWhole(base: .total, flow: .total, owner: nil, goods: nil)
    }
    if let pair = pairFlowWhole(
      flow: flow, goods: goods, pairWords: pairWords, owner: owner,
      countries: owners)
    {
      return pair
    }
    if flow == nil && goods == nil && !pairWords {
      // "54% of the total", "10.8% of the total".
      let w1 = tokens.lower(k + 1)
      let w2 = tokens.lower(k + 2)
      // "of that total", "of last year's total", "of the year's total", "of the month's
      // $19.2bn total".
      let dated =
        w2 == "'s" && (tokens.id(k + 3) == W.total || tokens.id(k + 4) == W.total)
        || tokens.id(k + 3) == W.possessive && Self.periodNouns.contains(w2)
          && Self.amountThenTotal(tokens, from: k + 4)
      guard
        w1 == "total" || (Self.determiners.contains(w1) && w2 == "total") || w1 == "all" || dated
          || (w1 == "last" && w2 == "year" && tokens.id(k + 3) == W.possessive
            && tokens.id(k + 4) == W.total)
      else { return nil }
      return ShareWhole(base: .total, flow: nil, owner: nil, goods: nil)
    }
    if pairWords || (flow == .total && (owner == nil || owners.count >= 2)) {
      return ShareWhole(base: .total, flow: .total, owner: nil, goods: goods)
    }
    return ShareWhole(base: .world, flow: flow, owner: owner, goods: goods)
  }

  /// True when the clause ends at token `k` (or the text does): a pronoun there stands alone
  /// ("57% of it."), not as the determiner of a noun ("of that trade").
  static func clauseEnds(_ t: ClaimTokens, _ k: Int) -> Bool {
    !t.has(k)
      || t.id(k).isAny(
        W.comma, W.fullStop, W.semicolon, W.colon, W.and, W.while, W.but, W.in, W.last)
  }

  /// True when an amount and then "total" stand from `k` ("$19.2 billion total"): the whole
  /// a dated share names with its figure.
  static func amountThenTotal(_ t: ClaimTokens, from k: Int) -> Bool {
    var j = k
    while t.has(j), j < k + 4,
      t.id(j) == W.dollarSign || t[j].isNumber || t.has(j, .scaleWords)
    {
      j += 1
    }
    return j > k && t.id(j) == W.total
  }

  /// Words that scale an amount ("$19.2 billion").
  static let scaleWords: WordTable = ["thousand", "million", "billion", "trillion", "bn", "mn"]

  /// Words between two figures that make the second the same measure at another time:
  /// "60% of the total, against 54% a year earlier".
  static let comparisonLinks: WordTable = [
    "against", "versus", "vs", "compared", "with", "from", "up", "down", ",", "and", "than",
    "to", "a", "an", "the",
  ]

  /// The share a percent figure restates without naming its whole: the share just before it
  /// in the sentence ("60% of bilateral trade, against 54% a year earlier", "up from 54%"), or
  /// "that share", "its share" in its clause (the last share the story named).
  func shareAnaphor(_ f: Figure, at fi: Int, clause: Range<Int>) -> (ClaimFrame, FrameOrigin)? {
    guard f.dimension == .percent, f.kind != .change else { return nil }
    if let prev = sentenceFrames.last, prev.frame.shareOf != nil, prev.index < fi {
      let end = figureEnd(prev.figure, from: prev.index)
      let between = (min(end, fi)..<fi).map { tokens.lower($0) }
      // Past "of <whole>" of the earlier share, only comparison words.
      var rest = between[...]
      if let c = rest.firstIndex(where: { $0.isAny(",", "against", "versus", "vs") }) {
        rest = rest[c...]
      }
      if !rest.isEmpty, rest.allSatisfy({ Self.comparisonLinks.contains($0) }) {
        return (prev.frame, FrameOrigin(.stated, "the share before it"))
      }
      if let other = otherSidePart(prev.frame, from: end, to: fi) {
        return (other, FrameOrigin(.stated, "the share before it, the other side's part"))
      }
    }
    if let last = lastShare,
      (max(clause.lowerBound, fi - 6)..<fi).contains(where: {
        tokens.id($0) == W.share && tokens.has($0 - 1, .shareDeterminers)
      })
    {
      return (last, FrameOrigin(.stated, "the share named before"))
    }
    return nil
  }

  static let shareDeterminers: WordTable = ["that", "this", "the", "its", "their", "whose"]

  /// Sets a share's part and whole.
  ///
  /// | whole                       | part                                                  |
  /// |-----------------------------|-------------------------------------------------------|
  /// | a country's flow ("of China's LNG imports") | that flow from the supplier named before the figure |
  /// | the pair's total trade ("of bilateral trade", "of the two-way total") | the flow named before the figure ("exports", "Chinese goods", "Russia supplied"); "X's share": X's exports |
  /// | "the total", a commodity part | the commodity's world total of that flow             |
  /// | "the total", all goods        | the pair's total trade                                |
  func applyShare(
    _ share: ShareWhole, _ fr: inout ClaimFrame, _ sides: inout Sides, _ goods: inout Goods?,
    anchor: Anchor?, mentions: [Mention], figure fi: Int
  ) {
    var base = share.base
    if share.flow == nil, share.base == .total {
      // "of the total": a commodity's total is its world total, all goods' the pair's trade.
      let named: Bool
      if case .named? = goods {
        named = true
      } else {
        // "Russian goods made up 53% of the total": a seller's goods, all of them, are a part
        // of the pair's trade even in a story about one commodity.
        let sellerGoods = mentions.last(where: { $0.end <= fi }).map {
          $0.kind == .adjective && tokens.lower($0.end).isAny("goods", "products")
        }
        named =
          commodity != nil && !(anchor.map { $0.flow == .total } ?? false) && goods == nil
          && anchor == nil && sellerGoods != true
      }
      base = named ? .world : .total
    }
    fr.shareOf = base
    switch base {
    case .allGoods:
      // The part is the goods named, in the trade the whole names ("of everything China
      // bought from Russia"), else in the trade the sentence named before.
      if let partner = share.partner, let owner = share.owner, let flow = share.flow {
        fr.flow = flow
        sides.reporter = owner
        sides.partner = partner
      } else if let prev = sentenceFrames.last?.frame {
        fr.flow = prev.flow
        sides.reporter = prev.reporter
        sides.partner = prev.partner
      }
      if let g = share.goods { goods = .named(g) }
      if share.partner != nil, let list = listedGoods(before: fi, clause: clauseRange(around: fi)) {
        // "Crude, coal and gas together made up 70% of everything Russia sold to China": the
        // sum of the goods listed.
        fr.hs = list.map(\.hs)
        fr.commodity = list.map(\.name).joined(separator: " + ")
      } else if share.partner != nil, goods == nil, let c = commodity,
        !namesSeveralGoods(before: fi, clause: clauseRange(around: fi))
      {
        // "That single commodity made up 51% of everything China bought from Russia": a part
        // of all goods that names no goods is the story's goods ("those three items" are not).
        goods = .named(c)
      }
    case .world:
      // "30% of China's LNG": with no flow word, a country's goods are what it buys.
      fr.flow = share.flow ?? (share.owner != nil ? .import : anchor?.flow ?? .import)
      // "4% of China's total foreign commerce": the part is the pair's trade; a total named
      // only before the figure ("trade in LNG ... 30% of China's imports") is not.
      if fr.flow == .total && share.flow != .total { fr.flow = .import }
      if let owner = share.owner { sides.reporter = owner }
      let owner = share.owner ?? sides.reporter
      if let supplier = mentions.last(where: { $0.end <= fi && $0.iso3 != owner }) {
        sides.partner = supplier.iso3
      }
      if let g = share.goods { goods = .named(g) }
      if fr.flow == .export, let r = sides.reporter, let p = sides.partner, share.owner != nil {
        // "of Russia's exports": the owner exports to the partner named before.
        sides.reporter = r
        sides.partner = p
      }
    case .total:
      // The part: the flow named before the figure.
      var partFlow = anchor.map { $0.flow == .total ? Flow.export : $0.flow } ?? .export
      var exporter: String?
      if let m = mentions.last(where: {
        $0.end + 1 < fi && tokens.id($0.end) == W.possessive && tokens.id($0.end + 1) == W.share
      }) {
        // "Russia's share of the month's trade": the owner of the share is the part's seller.
        exporter = m.iso3
        partFlow = .export
      } else if let m = mentions.last(where: { $0.end <= fi }) {
        let next = tokens.lower(m.end)
        if m.kind == .adjective
          && next.isAny("goods", "products", "exports", "sales", "shipments")
        {
          exporter = m.iso3
          partFlow = .export
        } else if let a = anchor, a.verb, a.flow == .export, m.end <= a.index {
          exporter = m.iso3
          partFlow = .export
        }
      }
      fr.flow = partFlow
      if let e = exporter {
        sides.reporter = e
        sides.partner = nil
      }
      if let g = share.goods { goods = .named(g) }
    }
  }

  /// Makes `fr` the trade in goods `g` (flow, sides, goods) and records where the flow and
  /// the sides came from (`why`); the goods are always the sentence's.
  static func setGoodsTrade(
    _ fr: inout ClaimFrame, _ origins: inout CaseMap<OriginKey, FrameOrigin>,
    goods g: Commodities.Entry,
    flow: Flow, reporter: String, partner: String,
    why: (flow: FrameOrigin, reporter: FrameOrigin, partner: FrameOrigin)
  ) {
    fr.flow = flow
    fr.reporter = reporter
    fr.partner = partner
    fr.hs = [g.hs]
    fr.commodity = g.name
    origins[.flow] = why.flow
    origins[.reporter] = why.reporter
    origins[.partner] = why.partner
    origins[.commodity] = .sentence
  }
}
