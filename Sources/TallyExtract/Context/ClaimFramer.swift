import Foundation
import TallyCore

/// Reads every figure of one document as a claim (``ClaimFrame``), in one pass in text order,
/// carrying the story's topic from the headline, the lead and earlier sentences to figures
/// that leave it implicit.
///
/// What the story carries:
///
/// | carried         | set by                                                   | used when a figure…                                   |
/// |-----------------|----------------------------------------------------------|-------------------------------------------------------|
/// | countries       | every country named (the headline counts twice), every claim's sides | names one side or none, or says "the two countries", "bilateral" |
/// | the last trade  | the last claim with goods, flow and both sides           | is stated by anaphora ("these shipments", "it", "the total") or names no side of its flow |
/// | commodity       | the headline, the last commodity a claim named           | states tonnes without goods                           |
/// | source          | "according to Chinese customs" anywhere before           | names no source                                       |
/// | period          | the last month or year written out or resolved           | states none, or says "in the month", "that year", "the following year" |
///
/// Inside the figure's own clause: the flow from the nearest flow noun or verb before the
/// figure ("exports", "bought"), the sides from possessives, adjectives, "to"/"from"/"with"
/// phrases, capitals ("Beijing") and demonyms with buyer or seller nouns ("Chinese refiners"
/// are importers); the goods from the words attached to the flow or the figure ("imports of
/// Russian crude", "8.3 million tonnes of LNG"), never from a composition ("mostly oil and
/// gas"). "Russia's exports to China" and "China's imports from Russia" are the same trade
/// (exporter RUS, importer CHN) stated from two sides.
struct ClaimFramer {
  private var weights: [String: Double] = [:]
  private var reporter: String?
  private var commodity: Commodities.Entry?
  private var lastTrade: (frame: ClaimFrame, dimension: TallyCore.Dimension)?
  private var source: String?
  private var lastPeriod: TimeRef?
  private var lastMonth: Period?
  /// The period of the last trade level the story stated (not a comparison's base).
  private var lastMainPeriod: TimeRef?
  private var lastYear: Int?
  private let reference: (year: Int, month: Int)?
  private let explain: Bool
  /// Frames of the current sentence, for elliptical figures and "a year earlier".
  private var sentence = ""
  private var tokens = ClaimTokens("")
  private var sentenceFrames: [(index: Int, figure: Figure, frame: ClaimFrame)] = []

  init(title: String?, reference: (year: Int, month: Int)?, explain: Bool) {
    self.reference = reference
    self.explain = explain
    if let title, !title.isEmpty { read(title, origin: "headline") }
  }

  // MARK: - Text without figures

  /// Reads a stretch of text without figures (the headline, sentences before a figure) for
  /// the story's topic: countries, goods, source, period.
  mutating func read(_ text: String, origin: String) {
    let t = ClaimTokens(text)
    let (src, srcTokens) = Self.source(t)
    if let src { source = src }
    let weight = origin == "headline" ? 2.0 : 1.0
    for m in t.mentions(in: 0..<t.count) where !srcTokens.contains(m.start) {
      weights[m.iso3, default: 0] += weight
    }
    if origin == "headline" || commodity == nil {
      var k = 0
      while k < t.count {
        if let (c, e) = t.commodity(at: k), !Self.isComposition(t, k) {
          commodity = c
          k = e
          if origin == "headline" { break }
        } else {
          k += 1
        }
      }
    }
    if reporter == nil {
      // "China's LNG imports from Russia": the possessor of a flow noun states the flow.
      let all = t.mentions(in: 0..<t.count)
      for k in 0..<t.count where ClaimWords.flowNouns[t.lower(k)] != nil {
        if let m = all.last(where: { $0.end <= k && k - $0.end <= 3 }) { reporter = m.iso3 }
        break
      }
    }
    readPeriods(t)
  }

  /// The last month or year the text writes out ("in December", "in 2023", "last year").
  private mutating func readPeriods(_ t: ClaimTokens) {
    for k in 0..<t.count {
      if let m = Self.monthNumber(t.lower(k)), t[k].capitalized {
        if t.has(k + 1), t[k + 1].isNumber, let d = Int(t[k + 1].text), d <= 31 { continue }
        var y: Int?
        if t.has(k + 1), t[k + 1].isNumber, let v = Int(t[k + 1].text), (1900...2100).contains(v) { y = v }
        if y == nil, t.lower(k + 1) == "last", t.lower(k + 2) == "year" { y = reference.map { $0.year - 1 } }
        if y == nil, let ref = reference { y = m <= ref.month ? ref.year : ref.year - 1 }
        if let y {
          lastMonth = .month(y, m)
          lastPeriod = TimeRef(.month(y, m))
          lastYear = y
        }
      } else if t[k].isNumber, let y = Int(t[k].text), (1900...2100).contains(y),
        Self.monthNumber(t.lower(k - 1)) == nil
      {
        lastYear = y
        lastPeriod = TimeRef(.year(y))
      } else if t.lower(k) == "last", t.lower(k + 1) == "year", Self.monthNumber(t.lower(k - 1)) == nil,
        let ref = reference
      {
        lastYear = ref.year - 1
        lastPeriod = TimeRef(.year(ref.year - 1))
      }
    }
  }

  // MARK: - Figures

  /// Reads `f` as a claim. Figures are held until their sentence ends, so that a figure
  /// can take what a later one in the sentence states ("rose 23% to 8 million tonnes": the
  /// change is about the tonnes' goods); returns the figures of sentences that ended.
  mutating func frame(_ f: Figure) -> [Figure] {
    var out: [Figure] = []
    if f.sentence != sentence {
      out = flush()
      sentence = f.sentence
      tokens = ClaimTokens(f.sentence)
    }
    let index = figureIndex(f)
    let fr = local(f, at: index)
    var g = f
    g.frame = fr
    sentenceFrames.append((index, g, fr))
    remember(fr, f)
    return out
  }

  /// The held figures, revised against each other, with their frames.
  mutating func flush() -> [Figure] {
    revise()
    let out = sentenceFrames.map { item -> Figure in
      var g = item.figure
      var fr = item.frame
      if !explain { fr.origins = [:] }
      g.frame = fr
      return g
    }
    sentenceFrames = []
    return out
  }

  /// Revisions inside a sentence once all its figures are read.
  private mutating func revise() {
    // A change with no goods of its own takes them from a level of the same flow in its
    // clause ("purchases had risen 23% to 8 million tonnes", "9.8 million tonnes of LNG, up
    // 18%"), and its period from the level it leads to when it has none.
    for i in sentenceFrames.indices where sentenceFrames[i].frame.measure == .growth {
      let fr = sentenceFrames[i].frame
      let clause = clauseRange(around: sentenceFrames[i].index)
      let levels = sentenceFrames.filter {
        $0.frame.measure != .growth && $0.frame.flow == fr.flow && $0.frame.flow != nil
          && (clause.contains($0.index) || $0.frame.role == .to)
      }
      if fr.hs.isEmpty, fr.origins["commodity"] == nil,
        let level = levels.first(where: { !$0.frame.hs.isEmpty && $0.frame.exporter == fr.exporter })
          ?? levels.first(where: { !$0.frame.hs.isEmpty })
      {
        sentenceFrames[i].frame.hs = level.frame.hs
        sentenceFrames[i].frame.commodity = level.frame.commodity
        sentenceFrames[i].frame.origins["commodity"] = "the level beside it"
      }
      if fr.period == nil || fr.origins["period"] == "the period stated before",
        let to = sentenceFrames.first(where: { $0.frame.role == .to && $0.index > sentenceFrames[i].index }),
        let p = to.frame.period
      {
        sentenceFrames[i].frame.period = p
        sentenceFrames[i].frame.origins["period"] = "the level it leads to"
      }
    }
    // "rose 23% to 8 million tonnes from 6.5 million tonnes": with no time of its own, the
    // level a change starts from is a year before the level it leads to (or the change's base).
    if let change = sentenceFrames.first(where: { $0.frame.measure == .growth }),
      let to = sentenceFrames.first(where: { $0.frame.role == .to }), let tp = to.frame.period, !tp.isSpan
    {
      for i in sentenceFrames.indices where sentenceFrames[i].frame.role == .from {
        guard sentenceFrames[i].frame.period == tp,
          sentenceFrames[i].frame.origins["period"].map({ !$0.contains("before the period compared") }) ?? true
        else { continue }
        let base = change.frame.base ?? TimeRef(tp.start.yearEarlier())
        sentenceFrames[i].frame.period = base
        sentenceFrames[i].frame.origins["period"] = "the base of the change"
      }
    }
  }

  /// Where `f` starts among the sentence's tokens: the n-th occurrence of its text, n being
  /// how many figures with the same text the sentence had before.
  private func figureIndex(_ f: Figure) -> Int {
    let earlier = sentenceFrames.filter { $0.figure.text == f.text }.count
    var search = sentence.startIndex..<sentence.endIndex
    var seen = 0
    // Whole-token matches only: the "20" of "at least 20" is not the one in "2025".
    while let r = sentence.range(of: f.text, range: search) {
      search = r.upperBound..<sentence.endIndex
      let before = r.lowerBound > sentence.startIndex ? sentence[sentence.index(before: r.lowerBound)] : " "
      let after = r.upperBound < sentence.endIndex ? sentence[r.upperBound] : " "
      let joined = (f.text.first?.isNumber == true && (before.isNumber || before.isLetter))
        || (f.text.last?.isNumber == true && (after.isNumber || after.isLetter))
        || (f.text.first?.isLetter == true && before.isLetter) || (f.text.last?.isLetter == true && after.isLetter)
      if joined { continue }
      if seen == earlier {
        return tokens.index(atOffset: sentence.distance(from: sentence.startIndex, to: r.lowerBound))
      }
      seen += 1
    }
    return 0
  }

  /// Updates the story's topic from a frame.
  private mutating func remember(_ fr: ClaimFrame, _ f: Figure) {
    if let r = fr.reporter, let p = fr.partner, r != p, fr.flow != nil {
      weights[r, default: 0] += 1
      weights[p, default: 0] += 1
      if fr.flow != .total { reporter = r }
      if fr.isTrade, fr.measure != .share, fr.flow != .balance, f.kind == .level || lastTrade == nil {
        let dim = f.dimension == .percent ? (lastTrade?.dimension ?? f.dimension) : f.dimension
        lastTrade = (fr, dim)
      }
    }
    if let c = fr.commodity, let hs = fr.hs.first {
      commodity = Commodities.Entry(hs: hs, name: c)
    }
    if let src = fr.source, fr.origins["source"] != "earlier sentence" { source = src }
    if let p = fr.period, f.kind == .level, fr.flow != nil {
      if fr.role != .from && fr.role != .base && fr.origins["period"]?.contains("before the period compared") != true {
        lastMainPeriod = p
      }
      lastPeriod = p
      if p.last.granularity == .month { lastMonth = p.last }
      lastYear = p.last.year
    }
    // The last year written out in the sentence, for "that year".
    for k in 0..<tokens.count where tokens[k].isNumber {
      if let y = Int(tokens[k].text), (1900...2100).contains(y) { lastYear = y }
    }
  }

  // MARK: - Reading one figure

  private mutating func local(_ f: Figure, at fi: Int) -> ClaimFrame {
    let t = tokens
    var fr = ClaimFrame()
    var origins: [String: String] = [:]
    let end = figureEnd(f, from: fi)
    let clause = clauseRange(around: fi)
    let (src, srcTokens) = Self.source(t)
    let mentions = t.mentions(in: clause).filter { !srcTokens.contains($0.start) }

    fr.qualifier = qualifier(f, at: fi)
    fr.role = role(f, at: fi)
    fr.record = f.kind == .level && isRecord(clause, figure: fi, end: end)
    fr.counted = f.counted
    fr.currency = currencyTerms()
    if f.unit.rawValue == "times", f.kind != .share {
      // "doubled", "three times the level of a year earlier": a growth by a factor.
      fr.multiple = f.value
    }
    if f.dimension == .duration {
      // "the three-year war", "two years since the invasion", "more than two years ago" after
      // "since the war broke out": the event must be attached to the duration.
      let after = (end..<min(tokens.count, end + 3)).map { t.lower($0) }
      let attached = after.contains { ["war", "conflict", "invasion", "operation"].contains($0) }
        || (after.first == "ago" && sentenceHas("since")) || after.first == "since"
        || t.lower(fi - 1) == "the" && after.contains("war")
      if attached { fr.event = Events.event(in: sentence)?.name }
    } else if sentenceHas("since") {
      fr.event = Events.event(in: sentence)?.name
    }
    if let own = sourceAfter(end) {
      // "$107.06bn recorded by Beijing": this figure's own source.
      fr.source = own
      origins["source"] = "after the figure"
    } else if let src {
      fr.source = src
      origins["source"] = "sentence"
    } else if let source {
      fr.source = source
      origins["source"] = "earlier sentence"
    }

    // The flow and the sides.
    let anchor = flowAnchor(fi, end: end, clause: clause)
    var sides = Sides()
    if let anchor {
      fr.flow = anchor.flow
      origins["flow"] = anchor.verb ? "verb '\(t.lower(anchor.index))'" : "noun '\(t.lower(anchor.index))'"
      sides = self.sides(anchor, mentions: mentions, clause: clause, figure: fi)
    }
    var goods = attachedGoods(anchor, figure: fi, end: end, clause: clause)
    let share = shareWhole(f, at: end, clause: clause)
    if let share {
      applyShare(share, &fr, &sides, &goods, anchor: anchor, mentions: mentions, figure: fi)
      origins["shareOf"] = "sentence"
    }
    var inherited = false
    // "Russian sales to China had jumped 43% in 2022, ..., and rose a further 13% in 2023": a
    // verb with no subject after "and" continues the sentence's first figure.
    if share == nil, f.kind == .change, let first = sentenceFrames.first(where: { $0.frame.flow != nil }),
      continuesSubject(fi)
    {
      inherit(first.frame, into: &fr)
      origins["flow"] = "the sentence's first figure"
      origins["reporter"] = "the sentence's first figure"
      inherited = true
    }
    if share == nil && !inherited {
      if anchor == nil, let prev = sentenceFrames.last, prev.frame.flow != nil,
        !hasOwnMeasure(from: prev.index, to: fi)
      {
        // An elliptical figure: no flow word of its own, after a trade figure of the same
        // sentence ("8.3 million tonnes of LNG, worth $4.5bn").
        inherit(prev.frame, into: &fr)
        origins["flow"] = "previous figure"
        origins["reporter"] = "previous figure"
        inherited = true
      } else if let last = lastTrade, isAnaphoric(f, anchor: anchor, sides: sides, goods: goods, clause: clause, last: last) {
        // "These shipments were worth $468m", "A year earlier it had been $190.3bn".
        inherit(last.frame, into: &fr)
        origins["flow"] = "the last trade named"
        origins["reporter"] = "the last trade named"
        inherited = true
      }
    }
    if fr.flow != nil && !inherited && fr.reporter == nil {
      applySides(&fr, sides, goods: goods, origins: &origins)
    }
    if fr.flow != nil && !inherited && fr.hs.isEmpty && fr.commodity == nil {
      switch goods {
      case .some(.named(let g)):
        fr.hs = [g.hs]
        fr.commodity = g.name
        origins["commodity"] = "sentence"
      case .some(.all):
        break
      case nil:
        if let g = sentenceGoods(outside: clause) {
          // "Lithium-ion batteries ... followed the same path: sales to Russia came to $47m".
          fr.hs = [g.hs]
          fr.commodity = g.name
          origins["commodity"] = "an earlier clause"
        } else if let c = commodity, refersToStoryGoods(f, anchor: anchor) {
          fr.hs = [c.hs]
          fr.commodity = c.name
          origins["commodity"] = "story"
        }
      }
    }
    // "Total Chinese LNG imports": the reporter's flow with all partners.
    if let a = anchor, !a.verb, fr.partner == nil || origins["partner"] != "sentence", fr.flow == .import || fr.flow == .export,
      (max(clause.lowerBound, a.index - 4)..<a.index).contains(where: { ["total", "overall", "all"].contains(t.lower($0)) }),
      !mentions.contains(where: { $0.start > a.index && ["from", "to", "with"].contains(t.lower($0.start - 1)) })
    {
      fr.partner = "WLD"
      origins["partner"] = "total: all partners"
    }
    // Trade of a province or a border crossing is not the national trade; prices, exchange
    // rates, the economy, targets and forecasts are not trade data.
    if (0..<t.count).contains(where: { Self.subnational.contains(t.lower($0)) }) {
      fr.flow = nil
      fr.reporter = nil
      fr.partner = nil
      origins["flow"] = "subnational: not a national series"
    } else if let w = notTradeWord(f, at: fi, end: end, clause: clause) {
      fr.flow = nil
      fr.reporter = nil
      fr.partner = nil
      fr.hs = []
      fr.commodity = nil
      fr.shareOf = nil
      origins["flow"] = "not recorded trade: '\(w)'"
    }
    // A count of actors ("the two neighbours", "20 companies") is no quantity of goods traded.
    if f.dimension == .count, let n = f.counted, ClaimWords.actorNouns.contains(n) {
      fr.flow = nil
      fr.reporter = nil
      fr.partner = nil
      fr.hs = []
      fr.commodity = nil
    }
    fr.measure = measure(f, fr)
    if fr.measure == .growth { fr.role = .change }

    let p = period(f, fr, at: fi, end: end, clause: clause)
    fr.period = p.period
    fr.cumulative = p.cumulative
    fr.base = p.base
    if let o = p.origin { origins["period"] = o }
    fr.origins = origins
    return fr
  }

  /// True when the figure follows "and <verb> (a further|another)" with no subject of its own.
  private func continuesSubject(_ fi: Int) -> Bool {
    var k = fi - 1
    while tokens.has(k), ["a", "further", "another", "by", "some", "about", "nearly", "almost"].contains(tokens.lower(k)) { k -= 1 }
    guard tokens.has(k), tokens[k].isWord, ClaimWords.flowNouns[tokens.lower(k)] == nil else { return false }
    return tokens.lower(k - 1) == "and" || (tokens.lower(k - 1) == "," && tokens.lower(k - 2) != "")
      && tokens.lower(k - 1) == "and"
  }

  /// "recorded by Beijing", "reported by Russian customs": a source right after the figure.
  private func sourceAfter(_ end: Int) -> String? {
    for k in end..<min(tokens.count, end + 3) where tokens.lower(k) == "by" {
      if let m = tokens.mentions(in: (k + 1)..<min(tokens.count, k + 3)).first { return m.iso3 }
    }
    return nil
  }

  /// A word that makes the figure something other than recorded trade: a price ("$60 a
  /// barrel"), an exchange rate, the economy, a target or forecast.
  private func notTradeWord(_ f: Figure, at fi: Int, end: Int, clause: Range<Int>) -> String? {
    for phrase in ClaimWords.perWords where tokens.matches(phrase, at: end) != nil {
      return phrase.joined(separator: " ")
    }
    // "set a goal of $100bn in annual trade by 2015 and $200bn by 2020": a target for a year.
    if tokens.lower(end) == "by", tokens.has(end + 1), tokens[end + 1].isNumber,
      tokens.tokens.contains(where: { ClaimWords.targetWords.contains($0.lower) })
    {
      return "by " + tokens[end + 1].text
    }
    var stop = end
    while stop < min(clause.upperBound, end + 7),
      ![",", "and", ";", "as", "because", "while", "when", "after"].contains(tokens.lower(stop))
    {
      stop += 1
    }
    let near = max(clause.lowerBound, fi - 6)..<stop
    for k in near where ClaimWords.notTrade.contains(tokens.lower(k)) {
      // The currency of the figure itself ("2.5 million roubles") is its unit.
      if k >= fi && k < end { continue }
      return tokens.lower(k)
    }
    // "sells for $300": a price.
    if tokens.lower(fi - 1) == "for" || (tokens.lower(fi - 2) == "for" && Self.qualifierWords.contains(tokens.lower(fi - 1))) {
      let v = tokens.lower(fi - 2 - (tokens.lower(fi - 1) == "for" ? 0 : 1))
      if ["sells", "sold", "sell", "costs", "cost", "priced", "bought", "buys"].contains(v) { return v + " for" }
    }
    return nil
  }

  /// The commodity an earlier clause of the sentence opens with ("Lithium-ion batteries, the
  /// other component in short supply, followed the same path: sales to Russia came to ...").
  private func sentenceGoods(outside clause: Range<Int>) -> Commodities.Entry? {
    guard clause.lowerBound > 0 else { return nil }
    for k in 0..<min(4, clause.lowerBound) {
      if let (c, _) = tokens.commodity(at: k), !Self.isComposition(tokens, k) { return c }
    }
    return nil
  }

  private func inherit(_ p: ClaimFrame, into fr: inout ClaimFrame) {
    fr.flow = p.flow
    fr.hs = p.hs
    fr.commodity = p.commodity
    fr.reporter = p.reporter
    fr.partner = p.partner
    if fr.currency == nil { fr.currency = p.currency }
    if fr.source == nil { fr.source = p.source }
  }

  /// Words that make a figure refer back to the last trade named.
  private static let anaphors: Set<String> = [
    "it", "they", "them", "this", "that", "these", "those", "total", "figure", "level", "volumes",
    "volume", "value", "sum", "amount", "record", "tally", "deliveries", "shipments", "purchases",
    "sales", "supplies", "imports", "exports", "cargoes", "flows", "trade",
  ]
  private static let determiners: Set<String> = ["the", "these", "those", "such", "this", "that"]

  /// True when a figure with no trade of its own refers to the last trade named: its clause
  /// refers back ("it", "these shipments", "the total") or names no flow at all, and the
  /// figure measures the same kind of quantity.
  private func isAnaphoric(
    _ f: Figure, anchor: Anchor?, sides: Sides, goods: Goods?, clause: Range<Int>,
    last: (frame: ClaimFrame, dimension: TallyCore.Dimension)
  ) -> Bool {
    guard f.kind != .share, f.dimension != .count, f.dimension != .duration else { return false }
    let sameKind = f.dimension == last.dimension || (f.kind == .change && f.dimension == .percent)
    guard sameKind else { return false }
    if sides.reporter != nil || sides.partner != nil { return false }
    if case .named(let g)? = goods, !last.frame.hs.contains(g.hs) { return false }
    if let a = anchor {
      // "These shipments", "the imports": a determiner before a flow noun of no country.
      guard !a.verb, a.flow != .total || last.frame.flow == .total else { return false }
      return Self.determiners.contains(tokens.lower(a.index - 1)) || tokens.lower(a.index - 1).isEmpty
        || Self.monthNumber(tokens.lower(a.index - 1)) != nil
    }
    return clause.contains { Self.anaphors.contains(tokens.lower($0)) }
      || clause.lowerBound == 0 && (f.kind == .level || f.kind == .change)
  }

  // MARK: - Clause and anchor

  /// One past the figure's last token.
  private func figureEnd(_ f: Figure, from fi: Int) -> Int {
    min(fi + max(1, ClaimTokens(f.text).count), tokens.count)
  }

  /// Words that make a trade figure a province's, a port's or a company's.
  static let subnational: Set<String> = [
    "province", "provincial", "region", "regional", "border", "port", "city", "municipal",
    "company's", "prefecture", "oblast", "krai",
  ]

  /// Words that open a new clause.
  private static let clauseBreaks: Set<String> = ["while", "whereas", "but", ";", "although", "though", "yet"]

  /// The clause around token `k`: bounded by "while", "but", ";" or "and" before a new flow
  /// word ("exports rose 5% and imports fell 3%").
  private func clauseRange(around k: Int) -> Range<Int> {
    let t = tokens
    var a = min(k, t.count)
    while a > 0 {
      let w = t.lower(a - 1)
      if Self.clauseBreaks.contains(w) { break }
      if w == "and" || w == "," || w == ":", startsFlow(a) { break }
      a -= 1
    }
    var b = min(k + 1, t.count)
    while b < t.count {
      let w = t.lower(b)
      if Self.clauseBreaks.contains(w) { break }
      if w == "and" || w == "," || w == ":", startsFlow(b + 1) { break }
      b += 1
    }
    return a..<max(a, b)
  }

  /// True when a new subject with a flow starts at `k` ("imports from Russia", "its exports",
  /// "Chinese exports", "Russia's sales").
  private func startsFlow(_ k: Int) -> Bool {
    if ["whose", "which", "that", "who"].contains(tokens.lower(k)) { return false }
    var j = k
    var steps = 0
    while tokens.has(j), steps < 4 {
      let w = tokens.lower(j)
      if ClaimWords.flowNouns[w] != nil { return true }
      guard tokens[j].isWord, !["at", "to", "from", "of", "in", "on", "was", "were", "rose", "fell"].contains(w)
      else { return false }
      j += 1
      steps += 1
    }
    return false
  }

  struct Anchor {
    let index: Int
    let flow: Flow
    let verb: Bool
  }

  /// The flow word the figure is measured by: the nearest flow noun or verb before the figure
  /// in its clause, else a flow noun right after it ("$10bn in exports", "$5bn of imports").
  private func flowAnchor(_ fi: Int, end: Int, clause: Range<Int>) -> Anchor? {
    let t = tokens
    var k = fi - 1
    while k >= clause.lowerBound {
      let w = t.lower(k)
      if t[k].isWord {
        if let f = ClaimWords.flowNouns[w], isNounUse(k) { return Anchor(index: k, flow: f, verb: false) }
        if let f = ClaimWords.flowVerbs[w] { return Anchor(index: k, flow: f, verb: true) }
        if w == "bilateral" || (w == "way" && t.lower(k - 1) == "-" && t.lower(k - 2) == "two") {
          return Anchor(index: k, flow: .total, verb: false)
        }
      }
      k -= 1
    }
    var j = end
    var steps = 0
    while j < clause.upperBound, steps < 6, !t[j].isNumber {
      if let f = ClaimWords.flowNouns[t.lower(j)] { return Anchor(index: j, flow: f, verb: false) }
      j += 1
      steps += 1
    }
    return nil
  }

  /// "supply" and "export" are nouns unless a subject stands right before them as a verb.
  private func isNounUse(_ k: Int) -> Bool {
    let w = tokens.lower(k)
    guard ClaimWords.flowVerbs[w] != nil else { return true }
    if k > 0, tokens[k - 1].capitalized, tokens.lower(k - 1) != "'s",
      tokens.mentions(in: (k - 1)..<k).first?.kind == .name
    {
      return false
    }
    return true
  }

  // MARK: - Sides

  struct Sides {
    var reporter: String?
    var partner: String?
    var pairAnaphor = false
    var pronoun = false
  }

  /// The countries of a flow from the words around its anchor.
  private func sides(_ a: Anchor, mentions: [Mention], clause: Range<Int>, figure fi: Int) -> Sides {
    let t = tokens
    var s = Sides()
    let window = a.verb ? 12 : 5
    let before = mentions.filter { $0.end <= a.index && a.index - $0.end <= window }
    var lead = before.last
    for k in max(clause.lowerBound, a.index - 5)...a.index where t.has(k) {
      let w = t.lower(k)
      if w == "bilateral" || ((w == "two" || w == "both") && ClaimWords.pairNouns.contains(t.lower(k + 1)))
        || (w == "two" && t.lower(k + 1) == "-" && t.lower(k + 2) == "way") || w == "their"
      {
        s.pairAnaphor = true
      }
      if w == "its" { s.pronoun = true }
    }
    var to: String?
    var from: String?
    var with: String?
    var goodsOrigin: String?
    var between: [String] = []
    for m in mentions where m.start > a.index {
      var p = t.lower(m.start - 1) == "the" ? t.lower(m.start - 2) : t.lower(m.start - 1)
      if p == "for" && t.lower(m.start - 2) == "bound" { p = "to" }
      switch p {
      case "to", "into": if to == nil { to = m.iso3 }
      case "from": if from == nil { from = m.iso3 }
      case "with": if with == nil { with = m.iso3 }
      case "between": between.append(m.iso3)
      case "and" where !between.isEmpty: between.append(m.iso3)
      default:
        if m.kind == .adjective, goodsOrigin == nil,
          t.commodity(at: m.end) != nil || ["goods", "products", "energy", "exports"].contains(t.lower(m.end))
        {
          goodsOrigin = m.iso3
        }
        // "sold China goods": the indirect object of a sale is the buyer.
        if a.verb, a.flow == .export, m.start == a.index + 1, m.kind == .name, to == nil { to = m.iso3 }
      }
    }
    if let l = lead, l.kind == .adjective, t.commodity(at: l.end) != nil || t.lower(l.end) == "goods",
      a.flow == .import, !(lastTrade?.frame.importer == l.iso3 && t.commodity(at: l.end).map { lastTrade?.frame.hs.contains($0.0.hs) == true } == true)
    {
      goodsOrigin = goodsOrigin ?? l.iso3
      lead = before.dropLast().last
    }
    // Demonyms with a buyer or seller noun before the figure: "Chinese refiners bought".
    var buyer: String?
    var seller: String?
    for m in mentions where m.kind == .adjective && m.end <= max(a.index, fi) {
      let n = t.lower(m.end)
      if CountryReferences.buyers.contains(n) { buyer = m.iso3 }
      if CountryReferences.sellers.contains(n) { seller = m.iso3 }
    }
    if lead == nil, !a.verb, t.lower(a.index - 1) == "with",
      let subject = mentions.first(where: { $0.start <= clause.lowerBound + 1 && $0.kind != .adjective })
    {
      // "Indonesia remained China's largest coal supplier, with shipments of ...".
      lead = subject
    }
    switch a.flow {
    case .export:
      s.reporter = seller ?? lead?.iso3 ?? from ?? goodsOrigin
      s.partner = to ?? buyer
    case .import:
      s.reporter = buyer ?? (lead.map { $0.iso3 == goodsOrigin ? nil : $0.iso3 } ?? nil)
      s.partner = from ?? goodsOrigin ?? seller
    case .total, .balance:
      if between.count >= 2 {
        s.reporter = between[0]
        s.partner = between[1]
      } else {
        let named = before.map(\.iso3).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        s.reporter = named.first
        s.partner = with ?? (named.count > 1 ? named[1] : nil)
        if s.reporter == nil, let w = with { s.partner = w }
      }
    default:
      break
    }
    if s.reporter == s.partner { s.partner = nil }
    return s
  }

  /// The story's countries, most weighty first.
  private var ranked: [String] {
    weights.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
  }

  /// Fills the frame's sides from the clause, then from the last trade, then from the story.
  private func applySides(
    _ fr: inout ClaimFrame, _ s: Sides, goods: Goods?, origins: inout [String: String]
  ) {
    var r = s.reporter
    var p = s.partner
    if r != nil { origins["reporter"] = "sentence" }
    if p != nil { origins["partner"] = "sentence" }
    let top = ranked
    let namedGoods: Bool
    if case .named? = goods { namedGoods = true } else { namedGoods = false }
    if r == nil, p == nil {
      if let last = lastTrade?.frame, let flow = fr.flow, flow != .total, last.flow != .total,
        let e = last.exporter, let i = last.importer, !last.hs.isEmpty, namedGoods || goods == nil,
        !s.pronoun
      {
        // Goods trade named without sides: the story's goods trade, whichever side the noun
        // names ("LNG deliveries", "these purchases" after China's LNG imports from Russia).
        r = flow == .export ? e : i
        p = flow == .export ? i : e
        origins["reporter"] = "the last trade named"
      } else if s.pronoun, let rep = reporter {
        // "its exports": the side that stated the last flow.
        r = rep
        p = top.first { $0 != rep }
        origins["reporter"] = "pronoun"
      } else if let src = fr.source, fr.flow != .total, top.contains(src) {
        // "Chinese customs data show exports ...": customs report their own country's trade.
        r = src
        p = top.first { $0 != src }
        origins["reporter"] = "source"
      } else if top.count >= 2 {
        if fr.flow == .total || s.pairAnaphor {
          r = top[0]
          p = top[1]
        } else {
          r = reporter.flatMap { top.prefix(2).contains($0) ? $0 : nil } ?? top[0]
          p = top.prefix(2).first { $0 != r }
        }
        origins["reporter"] = s.pairAnaphor ? "the pair named earlier" : "story"
      }
      origins["partner"] = origins["reporter"]
    } else if r == nil, let known = p {
      if let last = lastTrade?.frame, !last.hs.isEmpty, namedGoods || goods == nil,
        let counterpart = fr.flow == .export ? last.exporter : last.importer, counterpart != known
      {
        // "what went to Ukraine": the exporter of the goods trade named before.
        r = counterpart
        origins["reporter"] = "the last trade named"
      } else {
        r = (s.pronoun ? reporter : nil)
          ?? (fr.source.flatMap { $0 != known && fr.flow != .total ? $0 : nil })
          ?? top.first { $0 != known }
        if r != nil { origins["reporter"] = "story" }
      }
    } else if p == nil, let known = r {
      if let last = lastTrade?.frame, !last.hs.isEmpty, namedGoods || goods == nil,
        let counterpart = fr.flow == .export ? last.importer : last.exporter, counterpart != known
      {
        // "Ukraine received just 72 miles": the exporter of the goods trade named before.
        p = counterpart
        origins["partner"] = "the last trade named"
      } else {
        p = top.first { $0 != known }
        if p != nil { origins["partner"] = "story" }
      }
    }
    fr.reporter = r
    fr.partner = p == r ? nil : p
  }

  private func goodsMatch(_ goods: Goods?, _ last: ClaimFrame) -> Bool {
    switch goods {
    case .some(.named(let g)): return last.hs.contains(g.hs)
    case .some(.all): return last.hs.isEmpty
    case nil: return true
    }
  }

  // MARK: - Goods

  enum Goods {
    case named(Commodities.Entry)
    /// "goods", "total trade": explicitly all goods.
    case all
  }

  /// Words before a commodity that make it a composition, not the measure ("mostly oil").
  private static let compositionWords: Set<String> = [
    "mostly", "mainly", "including", "especially", "notably", "chiefly", "largely", "led",
    "driven", "such", "primarily", "predominantly", "like", "plus", "than",
  ]

  /// True when the commodity at `k` is part of a composition ("mostly oil, gas and coal",
  /// "led by crude oil and coal") or a list.
  static func isComposition(_ t: ClaimTokens, _ k: Int) -> Bool {
    // "mostly oil, gas and coal", "led by crude oil and coal": back over the list to the word.
    var j = k - 1
    while j >= max(0, k - 10) {
      let w = t.lower(j)
      if compositionWords.contains(w) { return true }
      guard t[j].isWord || w == "," || w == "-", !t[j].isNumber, ClaimWords.flowNouns[w] == nil,
        ClaimWords.flowVerbs[w] == nil
      else { break }
      j -= 1
    }
    // A list: "oil, coal and gas".
    if let (_, e) = t.commodity(at: k), t.lower(e) == "," || t.lower(e) == "and" {
      var j = e + 1
      if t.lower(j) == "and" { j += 1 }
      if t.commodity(at: j) != nil { return true }
    }
    if t.lower(k - 1) == ",", t.commodity(at: max(0, k - 2)) != nil || t.commodity(at: max(0, k - 3)) != nil { return true }
    return false
  }

  /// The goods attached to the figure or its flow: "8.3 million tonnes of LNG", "$47 million
  /// of Chinese batteries", "Russian LNG imports", "imports of Russian crude", "bought crude".
  private func attachedGoods(_ a: Anchor?, figure fi: Int, end: Int, clause: Range<Int>) -> Goods? {
    let t = tokens
    func at(_ k: Int) -> Goods? {
      guard clause.contains(k) || k == clause.upperBound else { return nil }
      if let (c, _) = t.commodity(at: k), !Self.isComposition(t, k) { return .named(c) }
      if ["goods", "products"].contains(t.lower(k)) { return .all }
      return nil
    }
    /// From `k` on, skipping small words and demonyms, up to `limit` tokens.
    func scan(_ k: Int, limit: Int) -> Goods? {
      var j = k
      var steps = 0
      while t.has(j), steps < limit, j < clause.upperBound {
        if let g = at(j) { return g }
        let w = t.lower(j)
        let skippable = ["of", "worth", "in", "the", "its", "their", "-", "for", "russian", "chinese"].contains(w)
          || t.mentions(in: j..<(j + 1)).first?.kind == .adjective
        guard skippable else { return nil }
        j += 1
        steps += 1
      }
      return nil
    }
    // After the figure: "of LNG", "worth of Russian goods".
    if let g = scan(end, limit: 4) { return g }
    if let a {
      // Before the flow noun: "Russian LNG imports", "Coking coal shipments".
      if !a.verb {
        var j = max(clause.lowerBound, a.index - 4)
        while j < a.index {
          if let (c, e) = t.commodity(at: j), e <= a.index, !Self.isComposition(t, j) { return .named(c) }
          j += 1
        }
      }
      // After the flow word: "imports of Russian crude", "bought crude worth".
      if let g = scan(a.index + 1, limit: a.verb ? 3 : 4) { return g }
    }
    // "The value of lithium-ion batteries bound for Russia fell 13%": goods before the figure.
    if a == nil || a?.verb == true {
      var j = clause.lowerBound
      while j < fi {
        if let (c, _) = t.commodity(at: j), !Self.isComposition(t, j) { return .named(c) }
        j += 1
      }
    }
    return nil
  }

  /// True when the figure is about the story's goods without naming them: a physical
  /// quantity, or a definite or demonstrative flow noun ("these shipments", "the imports").
  private func refersToStoryGoods(_ f: Figure, anchor: Anchor?) -> Bool {
    if !f.unit.isCurrency && f.dimension != .percent && f.dimension != .count { return true }
    guard let a = anchor, !a.verb else { return false }
    return ["these", "those", "such", "this", "that"].contains(tokens.lower(a.index - 1))
  }

  /// True when another flow word or a clause break stands between two figures of the sentence.
  private func hasOwnMeasure(from a: Int, to b: Int) -> Bool {
    guard a < b else { return true }
    for k in (a + 1)..<b {
      let w = tokens.lower(k)
      if ClaimWords.flowNouns[w] != nil || ClaimWords.flowVerbs[w] != nil { return true }
      if Self.clauseBreaks.contains(w) || w == ";" { return true }
    }
    return false
  }

  /// "In yuan terms": the currency a change or share is stated in.
  private func currencyTerms() -> String? {
    let words: [String: String] = [
      "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "dollar": "USD", "dollars": "USD",
      "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB",
    ]
    for k in 0..<tokens.count where tokens.lower(k) == "terms" && tokens.lower(k - 2) == "in" {
      if let c = words[tokens.lower(k - 1)] { return c }
    }
    for k in 0..<tokens.count where tokens.lower(k + 1) == "-" && tokens.lower(k + 2) == "denominated" {
      if let c = words[tokens.lower(k)] { return c }
    }
    return nil
  }

  // MARK: - Shares

  struct ShareWhole {
    var base: ShareBase
    var flow: Flow?
    var owner: String?
    var goods: Commodities.Entry?
  }

  /// Nouns for "what a country needs or buys": the whole is its imports.
  private static let needNouns: Set<String> = ["needs", "demand", "consumption", "requirements", "market"]

  /// For "N% of X": what X is. Only for percent figures that are shares.
  private func shareWhole(_ f: Figure, at end: Int, clause: Range<Int>) -> ShareWhole? {
    let before = (max(0, end - 6)..<end).map { tokens.lower($0) }
    let sharePhrase = before.contains("made") && before.contains("up") || before.contains("accounted")
      || before.contains("represented") || before.contains("comprised")
    guard f.dimension == .percent, f.kind != .change || sharePhrase else { return nil }
    var k = end
    if tokens.lower(k) == "share" { k += 1 }
    guard tokens.lower(k) == "of" else { return nil }
    let stop = min(tokens.count, k + 9)
    var flow: Flow?
    var goods: Commodities.Entry?
    var pairWords = false
    var j = k + 1
    while j < stop {
      let w = tokens.lower(j)
      if tokens[j].isNumber || [",", ".", "as", "while", "when", "because", "after", "before", "and"].contains(w) { break }
      if let fl = ClaimWords.flowNouns[w], flow == nil { flow = fl }
      if Self.needNouns.contains(w), flow == nil { flow = .import }
      if let (c, e) = tokens.commodity(at: j), goods == nil {
        goods = c
        j = e
        continue
      }
      if w == "bilateral" || w == "their" || (w == "two" && (ClaimWords.pairNouns.contains(tokens.lower(j + 1)) || tokens.lower(j + 1) == "-")) {
        pairWords = true
      }
      j += 1
    }
    let owners = tokens.mentions(in: (k + 1)..<j)
    let owner = owners.first { tokens.lower($0.end) == "'s" || $0.kind == .adjective }?.iso3
    if ["them", "it", "those"].contains(tokens.lower(k + 1)), let prev = sentenceFrames.last?.frame, prev.flow != nil {
      // "76.7 million tonnes, and Russian cargoes accounted for 11% of them".
      if prev.partner == "WLD" {
        return ShareWhole(base: .world, flow: prev.flow, owner: prev.reporter,
          goods: prev.hs.first.map { Commodities.Entry(hs: $0, name: prev.commodity ?? $0) })
      }
      let named = tokens.commodity(at: k + 2)?.0
      return ShareWhole(base: .allGoods, flow: prev.flow, owner: prev.reporter, goods: named)
    }
    if flow == nil && goods == nil && !pairWords {
      // "54% of the total", "10.8% of the total".
      let w1 = tokens.lower(k + 1)
      let w2 = tokens.lower(k + 2)
      guard w1 == "total" || (w1 == "the" && w2 == "total") || w1 == "all" else { return nil }
      return ShareWhole(base: .total, flow: nil, owner: nil, goods: nil)
    }
    if pairWords || (flow == .total && (owner == nil || owners.count >= 2)) {
      return ShareWhole(base: .total, flow: .total, owner: nil, goods: goods)
    }
    return ShareWhole(base: .world, flow: flow, owner: owner, goods: goods)
  }

  /// Sets a share's part and whole.
  ///
  /// | whole                       | part                                                  |
  /// |-----------------------------|-------------------------------------------------------|
  /// | a country's flow ("of China's LNG imports") | that flow from the supplier named before the figure |
  /// | the pair's total trade ("of bilateral trade", "of the two-way total") | the flow named before the figure ("exports", "Chinese goods", "Russia supplied") |
  /// | "the total", a commodity part | the commodity's world total of that flow             |
  /// | "the total", all goods        | the pair's total trade                                |
  private func applyShare(
    _ share: ShareWhole, _ fr: inout ClaimFrame, _ sides: inout Sides, _ goods: inout Goods?,
    anchor: Anchor?, mentions: [Mention], figure fi: Int
  ) {
    var base = share.base
    if share.flow == nil {
      // "of the total": a commodity's total is its world total, all goods' the pair's trade.
      let named: Bool
      if case .named? = goods { named = true } else { named = commodity != nil && !(anchor.map { $0.flow == .total } ?? false) && goods == nil && anchor == nil }
      base = named ? .world : .total
    }
    fr.shareOf = base
    switch base {
    case .allGoods:
      // The part is the goods named, in the trade the sentence named before.
      if let prev = sentenceFrames.last?.frame {
        fr.flow = prev.flow
        sides.reporter = prev.reporter
        sides.partner = prev.partner
      }
      if let g = share.goods { goods = .named(g) }
    case .world:
      fr.flow = share.flow ?? anchor?.flow ?? .import
      if fr.flow == .total { fr.flow = .import }
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
      if let m = mentions.last(where: { $0.end <= fi }) {
        let next = tokens.lower(m.end)
        if m.kind == .adjective && ["goods", "products", "exports", "sales", "shipments"].contains(next) {
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

  // MARK: - Measure, qualifier, role, record

  private func measure(_ f: Figure, _ fr: ClaimFrame) -> MeasureKind {
    if f.dimension == .duration { return .duration }
    if fr.shareOf != nil { return .share }
    if f.kind == .share { return .share }
    if f.dimension == .count { return .count }
    if f.kind == .change || fr.multiple != nil { return .growth }
    if f.unit.rawValue.contains("/") { return .price }
    switch fr.flow {
    case .total?: return fr.hs.isEmpty ? .trade : .commodity
    case .export?: return fr.hs.isEmpty ? .exports : .commodity
    case .import?: return fr.hs.isEmpty ? .imports : .commodity
    case .balance?: return .balance
    default: return .other
    }
  }

  private func sentenceHas(_ w: String) -> Bool { tokens.tokens.contains { $0.lower == w } }

  private static let nearlyWords: [[String]] = [
    ["nearly"], ["almost"], ["just", "under"], ["close", "to"], ["a", "little", "under"],
    ["just", "below"], ["just", "short", "of"], ["not", "quite"], ["short", "of"],
  ]

  /// Change verbs before "up to": "edged up to $129.3bn" states where a level ended up.
  private static let upVerbs: Set<String> = [
    "edged", "rose", "climbed", "moved", "crept", "went", "jumped", "ticked", "inched", "shot",
    "picked", "built", "grew", "surged", "soared", "crawled", "rising", "climbing", "edging",
  ]

  private func qualifier(_ f: Figure, at fi: Int) -> Qualifier {
    var k = fi - 1
    while tokens.has(k), !tokens[k].isWord { k -= 1 }
    if f.bound == .atMost, tokens.lower(k) == "to", tokens.lower(k - 1) == "up", Self.upVerbs.contains(tokens.lower(k - 2)) {
      return .exact
    }
    switch f.bound {
    case .exact: return .exact
    case .approx: return .about
    case .atLeast: return .atLeast
    case .moreThan: return .moreThan
    case .atMost: return .atMost
    case .range: return .range
    case .lessThan:
      var k = fi - 1
      while tokens.has(k), !tokens[k].isWord { k -= 1 }
      for phrase in Self.nearlyWords {
        let start = k - phrase.count + 1
        if start >= 0, tokens.matches(phrase, at: start) == k + 1 { return .nearly }
      }
      return .lessThan
    }
  }

  private func role(_ f: Figure, at fi: Int) -> ClaimRole {
    if f.kind == .change { return .change }
    var k = fi - 1
    var steps = 0
    while tokens.has(k), steps < 4, !tokens[k].isWord || Self.qualifierWords.contains(tokens.lower(k)) {
      k -= 1
      steps += 1
    }
    switch tokens.lower(k) {
    case "to": return .to
    case "from": return .from
    case "versus", "vs", "against": return .base
    case "with" where ["compared", "compares", "comparison"].contains(tokens.lower(k - 1)): return .base
    default: return .level
    }
  }

  private static let qualifierWords: Set<String> = [
    "nearly", "almost", "about", "around", "some", "roughly", "approximately", "just", "under",
    "over", "more", "than", "less", "at", "least", "most", "up", "an", "estimated", "only",
    "a", "little", "close", "below", "above", "record",
  ]

  /// True when the clause calls the figure's value a record ("a record $X", "X, the highest
  /// on record"), not another period's ("down from a record in June").
  private func isRecord(_ clause: Range<Int>, figure fi: Int, end: Int) -> Bool {
    for k in clause {
      for p in ClaimWords.recordPhrases where tokens.matches(p, at: k) != nil {
        let before = (max(clause.lowerBound, k - 2)..<k).map { tokens.lower($0) }
        if before.contains(where: { ClaimWords.recordNegators.contains($0) }) { continue }
        // A record after another figure belongs to that one ("$47m, after a record $54m").
        let others = k > end
          ? (end..<k).filter { j in
            tokens[j].isNumber && !(Int(tokens[j].text).map { (1900...2100).contains($0) } ?? false)
              && !(tokens.has(j - 1) && tokens[j - 1].isNumber)
          }.count : 0
        if others > 0 { continue }
        // "after a record $54 million": the record is the next figure's.
        if k > end, let e = tokens.matches(p, at: k),
          (e..<min(tokens.count, e + 3)).contains(where: { tokens[$0].isNumber || tokens.lower($0) == "$" })
        {
          continue
        }
        return true
      }
    }
    return false
  }

  // MARK: - Source

  /// The country whose statistics the sentence cites, and the tokens naming it (so they are
  /// not read as a side of the trade).
  static func source(_ t: ClaimTokens) -> (String?, Set<Int>) {
    for k in 0..<t.count {
      var phrase = ""
      for j in k..<min(t.count, k + 6) {
        phrase += (j > k ? " " : "") + t.lower(j)
        if let iso = CountryReferences.agencies[phrase] { return (iso, Set(k...j)) }
      }
    }
    let all = t.mentions(in: 0..<t.count)
    for m in all {
      var j = m.end
      if t.lower(j) == "'s" { j += 1 }
      let noun = t.lower(j)
      if CountryReferences.sourceNouns.contains(noun) || noun == "count" || noun == "tally" || noun == "figures" {
        let according = (max(0, m.start - 4)..<m.start).contains { t.lower($0) == "according" }
        let by = t.lower(m.start - 1) == "by" && (noun == "count" || noun == "tally" || noun == "figures" || noun == "data")
        let customs = noun == "customs" || noun == "statistics"
        if according || customs || by { return (m.iso3, Set([m.start])) }
      }
      if t.lower(m.start - 1) == "to", t.lower(m.start - 2) == "according" { return (m.iso3, Set([m.start])) }
    }
    return (nil, [])
  }

  // MARK: - Periods

  struct PeriodReading {
    var period: TimeRef?
    var cumulative = false
    var base: TimeRef?
    var origin: String?
  }

  /// The figure's period and, for a change, its base.
  ///
  /// 1. The period its own words state: a month, quarter, half or year written in its clause
  ///    before it, or after it up to the next figure, that is not a comparison's base ("from
  ///    April", "than in 2021", "their 2021 level").
  /// 2. Else a span the sentence states: "January to July", "the first five months".
  /// 3. Else a reference back: "in the month", "that year", "the full year", "the following
  ///    year", "since 2016", "between 2016 and 2023".
  /// 4. Else the figure before it in the sentence, else the last period the story stated for
  ///    a trade, else the extractor's.
  ///
  /// A level with "a year earlier" (or "three years earlier") attached is that long before
  /// the period it is compared with; a change takes its base from the same phrases, from a
  /// year or month after "from"/"on"/"than", or from "between June and August".
  private func period(_ f: Figure, _ fr: ClaimFrame, at fi: Int, end: Int, clause: Range<Int>) -> PeriodReading {
    var r = PeriodReading(period: nil)
    let t = tokens
    let isChange = f.kind == .change || fr.measure == .growth
    let previous = sentenceFrames.last(where: { $0.frame.period != nil && $0.index < fi && $0.frame.flow != nil })?.frame.period
    let all = statedPeriods()
    /// True when a number other than a year stands between token `a` and token `b`.
    func figureBetween(_ a: Int, _ b: Int) -> Bool {
      guard a < b else { return false }
      return (a..<b).contains { j in
        t[j].isNumber && !(Int(t[j].text).map { (1900...2100).contains($0) } ?? false) && !(j >= fi && j < end)
      }
    }
    // The periods the figure's own words state, best first: written before it in its clause,
    // else before it in the sentence (an opening "In June last year, ..."), else after it
    // before any other figure; a stretch with another figure in between belongs to that one
    // (but a change leading "to" this level shares its time).
    func separated(_ a: Int, _ b: Int) -> Bool {
      guard a < b else { return false }
      return (a..<b).contains { j in
        guard t[j].isNumber, !(Int(t[j].text).map { (1900...2100).contains($0) } ?? false), !(j >= fi && j < end) else { return false }
        let isPercent = t.lower(j + 1) == "%" || t.lower(j + 1) == "percent" || t.lower(j + 1) == "pct"
        return !(isPercent && fr.role == .to)
      }
    }
    let candidates = all.filter { !$0.base }
    let beforeInClause = candidates.filter { clause.contains($0.index) && $0.index < fi && !separated($0.index + 1, fi) }
    let beforeInSentence = candidates.filter { $0.index < clause.lowerBound && !separated($0.index + 1, fi) }
    let after = candidates.filter { clause.contains($0.index) && $0.index >= end && !separated(end, $0.index) }
    let own = beforeInClause.suffix(1) + beforeInSentence.suffix(1) + after.prefix(1)
    // Counts have no period unless their own words state one.
    if f.dimension == .count {
      r.period = (beforeInClause.last ?? beforeInSentence.last)?.period
      return r
    }
    let lastMain = lastMainPeriod ?? lastPeriod
    // A period written right after the figure ("rose a further 13% in 2023") is its own, even
    // when the clause opened with another.
    let attachedAfter = after.first.flatMap { $0.index - end <= 2 ? $0 : nil }
    if containsPhrase([["the", "following", "year"], ["a", "year", "later"], ["the", "next", "year"]], after: end, limit: 5),
      let main = previous ?? lastMain
    {
      r.period = shift(main, years: 1)
      r.origin = "the year after the period before"
    } else if isChange, let span = yearSpan(near: fi, end: end, clause: clause, own: own.isEmpty) {
      r.period = span
      r.origin = "the years written in the sentence"
    } else if let o = attachedAfter ?? own.first {
      r.period = o.period
      r.origin = "stated"
    }
    if let span = firstMonths() ?? monthSpan().flatMap({ $0.2 && isChange ? nil : TimeRef(from: $0.0, to: $0.1) }),
      r.period.map({ p in p.start.granularity == .year || (span.start <= p.start && p.last <= span.last) }) ?? true
    {
      r.period = span
      r.cumulative = true
      r.origin = "the months of the year stated"
    }
    if r.period == nil {
      if containsPhrase([["in", "the", "month"], ["that", "month"], ["the", "same", "month"], ["for", "the", "month"]], after: 0, limit: t.count),
        let m = (lastMain?.last.granularity == .month ? lastMain?.last : nil) ?? lastMonth
      {
        r.period = TimeRef(m)
        r.origin = "the month stated before"
      } else if containsPhrase(ClaimWords.thatYear + [["the", "full", "year"], ["the", "whole", "year"], ["for", "the", "year"]], after: 0, limit: t.count),
        let y = lastYear ?? lastMain?.last.year
      {
        r.period = TimeRef(.year(y))
        r.origin = "that year = \(y)"
      } else if containsPhrase([["the", "following", "year"], ["a", "year", "later"], ["the", "next", "year"]], after: end, limit: 5),
        let main = previous ?? lastMain
      {
        r.period = shift(main, years: 1)
        r.origin = "the year after the period before"
      } else if isChange, let span = yearSpan(near: fi, end: end, clause: clause, own: true) {
        r.period = span
        r.origin = "the years written in the sentence"
      } else if let p = previous {
        r.period = p
        r.origin = "the figure before it"
      } else if all.isEmpty, let p = lastMain {
        r.period = p
        r.origin = "the period stated before"
      } else if let p = f.period, !all.contains(where: { $0.period == p && $0.base }) {
        r.period = p
      } else {
        r.period = lastMain ?? f.period
        r.origin = "the period stated before"
      }
    }
    // "a year earlier", "the same month last year", "three years earlier".
    if let (years, phraseAt) = yearsEarlierPhrase(after: end, clause: clause, overNumbers: fr.multiple != nil) {
      if isChange {
        if let main = r.period {
          r.base = shift(main, years: -years)
          r.origin = (r.origin ?? "") + "; base \(years == 1 ? "a year" : "\(years) years") before"
        }
      } else if phraseAt <= end + 2 || phraseAt < fi, own.isEmpty || phraseAt < fi, let main = previous ?? lastMain {
        r.period = shift(main, years: -years)
        r.origin = "\(years == 1 ? "a year" : "\(years) years") before the period compared"
        r.cumulative = r.period?.isSpan == true && r.cumulative
        return r
      }
    }
    if isChange {
      // "between June and August": from the first to the second.
      if let (a, b, between) = monthSpan(), between {
        r.period = TimeRef(b)
        r.base = TimeRef(a)
        r.cumulative = false
        r.origin = "change between two months"
      }
      if r.base == nil { r.base = changeBase(after: end, main: r.period) }
    }
    if let p = r.period, let e = p.end {
      r.cumulative = r.cumulative || (p.start.granularity == .month && e.granularity == .month)
    }
    return r
  }

  /// The base a change names after it: "from April", "on 2022", "than in 2021", "their 2021
  /// level", "July's level", "the level of May".
  private func changeBase(after end: Int, main: TimeRef?) -> TimeRef? {
    let t = tokens
    var k = end
    while t.has(k), k < end + 7 {
      let w = t.lower(k)
      var j = k + 1
      if ["from", "on", "over", "than", "of", "their", "its"].contains(w) {
        if t.lower(j) == "in" { j += 1 }
        if t.has(j), t[j].isNumber, let y = Int(t[j].text), (1900...2100).contains(y) {
          return TimeRef(.year(y))
        }
        if let m = Self.monthNumber(t.lower(j)), t[j].capitalized {
          if t.has(j + 1), t[j + 1].isNumber, let y = Int(t[j + 1].text), (1900...2100).contains(y) {
            return TimeRef(.month(y, m))
          }
          return monthBefore(m, main)
        }
      }
      if let m = Self.monthNumber(w), t[k].capitalized, t.lower(k + 1) == "'s" { return monthBefore(m, main) }
      k += 1
    }
    return nil
  }

  /// Month `m` in the year of `main`, or the year before when it comes after `main`'s month.
  private func monthBefore(_ m: Int, _ main: TimeRef?) -> TimeRef? {
    guard let p = (main ?? lastMainPeriod ?? lastPeriod)?.last else { return nil }
    let y = p.granularity == .month && m > p.sub ? p.year - 1 : p.year
    return TimeRef(.month(y, m))
  }

  /// "since 2016" (to the story's year), "between 2016 and 2023", "from 2016 to 2023", in the
  /// figure's clause: right after it, or anywhere in the clause when the figure states no
  /// other period (`anywhere`).
  private func yearSpan(near fi: Int, end: Int, clause: Range<Int>, own anywhere: Bool) -> TimeRef? {
    let t = tokens
    func year(_ k: Int) -> Int? {
      guard t.has(k), t[k].isNumber, let y = Int(t[k].text), (1900...2100).contains(y) else { return nil }
      return y
    }
    for k in clause {
      guard anywhere || (k >= end && k <= end + 3) else { continue }
      if t.lower(k) == "since", let y = year(k + 1), let ref = reference, y < ref.year {
        return TimeRef(from: .year(y), to: .year(ref.year))
      }
      if ["between", "from"].contains(t.lower(k)), let a = year(k + 1), ["and", "to", "-"].contains(t.lower(k + 2)),
        let b = year(k + 3), b > a
      {
        return TimeRef(from: .year(a), to: .year(b))
      }
    }
    return nil
  }

  /// The period shifted by whole years.
  private func shift(_ t: TimeRef, years n: Int) -> TimeRef {
    func s(_ p: Period) -> Period {
      switch p.granularity {
      case .year: return .year(p.year + n)
      case .quarter: return .quarter(p.year + n, p.sub)
      case .month: return .month(p.year + n, p.sub)
      case .day: return .day(p.year + n, p.sub, p.day)
      }
    }
    if let e = t.end { return TimeRef(from: s(t.start), to: s(e)) }
    return TimeRef(s(t.start))
  }

  /// Number words for "three years earlier".
  private static let smallNumbers: [String: Int] = [
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10,
  ]

  /// "a year earlier", "the same month last year", "three years earlier" after the figure
  /// (within eight tokens, before another number) or opening the clause: how many years, and
  /// where the phrase starts.
  private func yearsEarlierPhrase(after end: Int, clause: Range<Int>, overNumbers: Bool = false) -> (Int, Int)? {
    let t = tokens
    func at(_ k: Int) -> Int? {
      if ClaimWords.yearEarlier.contains(where: { t.matches($0, at: k) != nil }) { return 1 }
      // "three years earlier"; "two years ago" is a duration unless it is "a year ago".
      if let n = Self.smallNumbers[t.lower(k)] ?? Int(t.lower(k)), n <= 10, t.lower(k + 1).hasPrefix("year"),
        ["earlier", "before"].contains(t.lower(k + 2)) || (n == 1 && t.lower(k + 2) == "ago"),
        t.lower(k - 1) != "than"
      {
        return n
      }
      if t.lower(k) == "the", t.lower(k + 1) == "same", ["month", "period", "quarter"].contains(t.lower(k + 2)),
        t.lower(k + 3) == "of" || t.lower(k + 3) == "in", t.has(k + 4), t[k + 4].isNumber
      {
        return 1
      }
      return nil
    }
    var k = end
    var steps = 0
    while t.has(k), steps < 8, overNumbers || !t[k].isNumber || Int(t[k].text).map({ (1900...2100).contains($0) }) == true {
      if let n = at(k) { return (n, k) }
      if t.lower(k) == ";" { break }
      k += 1
      steps += 1
    }
    // Opening the clause: "A year earlier it had been $190.3bn".
    for j in clause.lowerBound..<min(clause.upperBound, clause.lowerBound + 3) {
      if let n = at(j) { return (n, j) }
    }
    return nil
  }

  private func containsPhrase(_ phrases: [[String]], after k: Int, limit: Int) -> Bool {
    for j in k..<min(tokens.count, k + limit) {
      if phrases.contains(where: { tokens.matches($0, at: j) != nil }) { return true }
    }
    return false
  }

  /// A period written in the sentence.
  struct Stated {
    let index: Int
    let period: TimeRef
    /// True when it is a comparison's base: after "from", "than", "on", "since", "their", or
    /// before "level".
    let base: Bool
  }

  private static let baseWords: Set<String> = [
    "from", "than", "on", "since", "their", "its", "versus", "with", "published", "released",
    "announced", "issued",
  ]
  private static let ordinals: [String: Int] = ["first": 1, "second": 2, "third": 3, "fourth": 4]

  /// Months, quarters, halves and years written in the sentence ("in August", "May this
  /// year", "the first quarter", "2023", "last year"), with their token index. A month
  /// followed by a day ("Jan 15") is a dateline, not a period.
  private func statedPeriods() -> [Stated] {
    var out: [Stated] = []
    let t = tokens
    func isBase(_ k: Int, _ e: Int) -> Bool {
      var b = k - 1
      if t.lower(b) == "in" || t.lower(b) == "the" { b -= 1 }
      if Self.baseWords.contains(t.lower(b)) { return true }
      if t.lower(e) == "level" || t.lower(e) == "levels" || (t.lower(e) == "'s" && t.lower(e + 1) == "level") { return true }
      if t.lower(k - 1) == "of", t.lower(k - 2) == "period" || t.lower(k - 2) == "month" || t.lower(k - 2) == "level" { return true }
      return false
    }
    func year(_ k: Int) -> Int? {
      guard t.has(k), t[k].isNumber, let v = Int(t[k].text), (1900...2100).contains(v) else { return nil }
      return v
    }
    var k = 0
    while k < t.count {
      if let m = Self.monthNumber(t.lower(k)), t[k].capitalized {
        if t.has(k + 1), t[k + 1].isNumber, let d = Int(t[k + 1].text), d <= 31 {
          k += 2
          continue
        }
        var y = year(k + 1)
        var e = k + (y == nil ? 1 : 2)
        if y == nil, t.lower(k + 1) == "last", t.lower(k + 2) == "year" {
          y = reference.map { $0.year - 1 }
          e = k + 3
        } else if y == nil, t.lower(k + 1) == "this", t.lower(k + 2) == "year" {
          y = reference?.year
          e = k + 3
        } else if y == nil, t.lower(k + 1) == "of", let yy = year(k + 2) {
          y = yy
          e = k + 3
        }
        if y == nil, let ref = reference { y = m <= ref.month ? ref.year : ref.year - 1 }
        if let y { out.append(Stated(index: k, period: TimeRef(.month(y, m)), base: isBase(k, e))) }
        k = e
        continue
      }
      if let q = Self.ordinals[t.lower(k)], t.lower(k + 1) == "quarter" || t.lower(k + 1) == "half" {
        let half = t.lower(k + 1) == "half"
        var e = k + 2
        var y: Int?
        if t.lower(e) == "of", let yy = year(e + 1) {
          y = yy
          e += 2
        } else if let yy = year(e) {
          y = yy
          e += 1
        }
        let first = half ? (q - 1) * 6 + 1 : (q - 1) * 3 + 1
        let last = half ? q * 6 : q * 3
        if y == nil, let ref = reference { y = first <= ref.month ? ref.year : ref.year - 1 }
        if let y, !half || q <= 2 {
          let p = half ? TimeRef(from: .month(y, first), to: .month(y, last)) : TimeRef(.quarter(y, q))
          out.append(Stated(index: k, period: p, base: isBase(k, e)))
        }
        k = e
        continue
      }
      if let y = year(k) {
        out.append(Stated(index: k, period: TimeRef(.year(y)), base: isBase(k, k + 1)))
      } else if t.lower(k) == "last", t.lower(k + 1) == "year", let ref = reference,
        !(t.lower(k - 1) == "month" || t.lower(k - 1) == "period" || t.lower(k - 2) == "same"
          || t.lower(k - 1) == "the")
      {
        out.append(Stated(index: k, period: TimeRef(.year(ref.year - 1)), base: isBase(k, k + 2)))
      } else if t.lower(k) == "this", t.lower(k + 1) == "year", let ref = reference {
        out.append(Stated(index: k, period: TimeRef(.year(ref.year)), base: isBase(k, k + 2)))
      }
      k += 1
    }
    return out
  }

  private static let monthNames: [String: Int] = [
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1,
    "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
  ]

  static func monthNumber(_ w: String) -> Int? { monthNames[w] }

  /// "January to July (2025)", "January-July", "between June and August": the two months
  /// (in the year written after them, else the latest such span before the story's date),
  /// and whether the text said "between".
  private func monthSpan() -> (Period, Period, Bool)? {
    let t = tokens
    for k in 0..<t.count {
      guard let a = Self.monthNumber(t.lower(k)), t[k].capitalized else { continue }
      let sep = t.lower(k + 1)
      guard ["to", "-", "–", "through", "and", "till", "until"].contains(sep),
        let b = Self.monthNumber(t.lower(k + 2)), t[k + 2].capitalized, b > a
      else { continue }
      let between = t.lower(k - 1) == "between"
      if sep == "and", !between { continue }
      var year: Int?
      var j = k + 3
      if t.lower(j) == "of" { j += 1 }
      if t.has(j), t[j].isNumber, let y = Int(t[j].text), (1900...2100).contains(y) { year = y }
      if year == nil, t.lower(j) == "this", t.lower(j + 1) == "year" { year = reference?.year }
      if year == nil, t.lower(j) == "last", t.lower(j + 1) == "year" { year = reference.map { $0.year - 1 } }
      if year == nil, let ref = reference { year = b <= ref.month ? ref.year : ref.year - 1 }
      guard let y = year else { return nil }
      return (.month(y, a), .month(y, b), between)
    }
    return nil
  }

  /// "the first five months (of 2022 / of the year)", "January-to-date", "so far this year":
  /// January to month N.
  private func firstMonths() -> TimeRef? {
    let t = tokens
    for k in 0..<t.count where t.lower(k) == "first" {
      let w = t.lower(k + 1)
      guard let n = Self.smallNumbers[w] ?? Int(w) ?? ["eleven": 11, "twelve": 12][w], n >= 2, n <= 11,
        t.lower(k + 2) == "months"
      else { continue }
      var year: Int?
      var j = k + 3
      if t.lower(j) == "of" { j += 1 }
      if t.has(j), t[j].isNumber, let y = Int(t[j].text), (1900...2100).contains(y) { year = y }
      if year == nil, let ref = reference { year = n < ref.month ? ref.year : ref.year - 1 }
      guard let y = year else { return nil }
      return TimeRef(from: .month(y, 1), to: .month(y, n))
    }
    if let ref = reference,
      containsPhrase([["so", "far", "this", "year"], ["year", "to", "date"], ["year", "-", "to", "-", "date"]], after: 0, limit: t.count),
      ref.month > 1
    {
      return TimeRef(from: .month(ref.year, 1), to: .month(ref.year, ref.month - 1))
    }
    return nil
  }
}
