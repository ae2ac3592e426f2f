import Foundation
import TallyCore

/// Reads every figure of one document as a claim (``ClaimFrame``), in one pass in text order,
/// carrying the story's topic from the headline, the lead and earlier sentences to figures
/// that leave it implicit.
///
/// What the story carries:
///
/// | carried       | set by                                                  | used when a figure's clause…                     |
/// |---------------|---------------------------------------------------------|--------------------------------------------------|
/// | pair          | headline and lead (first two countries), any claim naming both sides | names one side or none, or says "the two countries", "bilateral" |
/// | reporter      | the last side stating a flow ("China's imports…")       | says "its exports", or names no side             |
/// | commodity     | headline, lead, the last commodity named                | says "these shipments", "the fuel", or states tonnes without goods |
/// | source        | "according to Chinese customs" anywhere before          | names no source                                  |
/// | year          | the last year written out                               | says "that year", "the same year"                |
///
/// Inside the figure's own sentence: the flow from the nearest flow noun or verb before the
/// figure ("exports", "bought"), the sides from possessives, adjectives, "to"/"from"/"with"
/// phrases, capitals ("Beijing") and demonyms with buyer or seller nouns ("Chinese refiners"
/// are importers); "Russia's exports to China" and "China's imports from Russia" are the same
/// trade (exporter RUS, importer CHN) stated from two sides.
struct ClaimFramer {
  private var pair: [String] = []
  private var reporter: String?
  private var commodity: Commodities.Entry?
  private var source: String?
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

  /// Reads a stretch of text without figures (the headline, a sentence before the first
  /// figure) for the story's topic.
  mutating func read(_ text: String, origin: String) {
    let t = ClaimTokens(text)
    let all = t.mentions(in: 0..<t.count)
    let (src, srcTokens) = Self.source(t)
    if let src { source = src }
    for m in all where !srcTokens.contains(m.start) && pair.count < 2 && !pair.contains(m.iso3) {
      pair.append(m.iso3)
    }
    for k in 0..<t.count {
      if let (c, _) = t.commodity(at: k) {
        commodity = c
        break
      }
    }
    if reporter == nil {
      // "China's LNG imports from Russia": the possessor of a flow noun states the flow.
      for k in 0..<t.count where ClaimWords.flowNouns[t.lower(k)] != nil {
        if let m = all.last(where: { $0.end <= k && k - $0.end <= 3 }) { reporter = m.iso3 }
        break
      }
    }
    for k in 0..<t.count where t[k].isNumber {
      if let y = Int(t[k].text), (1900...2100).contains(y) { lastYear = y }
    }
  }

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
    g.period = fr.period
    g.frame = fr
    sentenceFrames.append((index, g, fr))
    remember(fr)
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
      g.period = fr.period
      return g
    }
    sentenceFrames = []
    return out
  }

  /// A change with no goods of its own takes them from the level it leads to or comes
  /// from in the same clause ("purchases had risen 23% to 8 million tonnes").
  private mutating func revise() {
    // "rose 23% to 8 million tonnes from 6.5 million tonnes": with no time of its own, the
    // level a change starts from is a year before the level it leads to.
    if sentenceFrames.contains(where: { $0.frame.measure == .growth }),
      let to = sentenceFrames.first(where: { $0.frame.role == .to }), let tp = to.frame.period, !tp.isSpan
    {
      for i in sentenceFrames.indices where sentenceFrames[i].frame.role == .from {
        guard sentenceFrames[i].frame.period == tp, sentenceFrames[i].frame.origins["period"] == nil else { continue }
        sentenceFrames[i].frame.period = TimeRef(tp.start.yearEarlier())
        sentenceFrames[i].frame.origins["period"] = "a year before the level the change leads to"
      }
    }
    for i in sentenceFrames.indices where sentenceFrames[i].frame.measure == .growth {
      let fr = sentenceFrames[i].frame
      guard fr.hs.isEmpty,
        let level = sentenceFrames.first(where: {
          ($0.frame.role == .to || $0.frame.role == .from) && !$0.frame.hs.isEmpty
            && $0.frame.flow == fr.flow && $0.index > sentenceFrames[i].index
        })
      else { continue }
      sentenceFrames[i].frame.hs = level.frame.hs
      sentenceFrames[i].frame.commodity = level.frame.commodity
      sentenceFrames[i].frame.origins["commodity"] = "the level it leads to"
    }
  }

  /// Where `f` starts among the sentence's tokens: the n-th occurrence of its text, n being
  /// how many figures with the same text the sentence had before.
  private func figureIndex(_ f: Figure) -> Int {
    let earlier = sentenceFrames.filter { $0.figure.text == f.text }.count
    var search = sentence.startIndex..<sentence.endIndex
    var found: Range<String.Index>?
    for _ in 0...earlier {
      guard let r = sentence.range(of: f.text, range: search) else { break }
      found = r
      search = r.upperBound..<sentence.endIndex
    }
    guard let r = found else { return 0 }
    return tokens.index(atOffset: sentence.distance(from: sentence.startIndex, to: r.lowerBound))
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

    // Qualifier, role, record, event.
    fr.qualifier = qualifier(f, at: fi)
    fr.role = role(f, at: fi)
    fr.record = f.kind == .level && isRecord(clause)
    fr.counted = f.counted
    if f.dimension == .duration || hasSince() {
      fr.event = Events.event(in: sentence)?.name
    }
    if let src {
      fr.source = src
      origins["source"] = "sentence"
    } else if let source {
      fr.source = source
      origins["source"] = "earlier sentence"
    }

    // The flow, the sides and the goods.
    let anchor = flowAnchor(fi, end: end, clause: clause)
    var sides = Sides()
    if let anchor {
      fr.flow = anchor.flow
      origins["flow"] = anchor.verb ? "verb '\(t.lower(anchor.index))'" : "noun '\(t.lower(anchor.index))'"
      sides = self.sides(anchor, mentions: mentions, clause: clause, figure: fi)
    }
    var goods = commodityIn(clause, near: fi)
    let share = shareWhole(f, at: end, clause: clause)
    if let share {
      // "11% of China's LNG imports": the whole's flow and owner; the supplier is the part.
      fr.flow = share.flow ?? fr.flow ?? .total
      fr.shareOf = share.base
      if let owner = share.owner { sides.reporter = owner }
      if share.base == .world {
        let owner = share.owner ?? sides.reporter
        let supplier = mentions.last { $0.end <= fi && $0.iso3 != owner }
        if let s = supplier?.iso3 { sides.partner = s }
      }
      if goods == nil, let g = share.goods { goods = g }
      origins["shareOf"] = "sentence"
    }
    // An elliptical figure: no flow word of its own before it, after a trade figure of the
    // same sentence ("8.3 million tonnes of LNG, worth $4.5bn").
    if anchor == nil, share == nil, let prev = sentenceFrames.last, prev.frame.flow != nil,
      !hasOwnMeasure(from: prev.index, to: fi)
    {
      let p = prev.frame
      fr.flow = p.flow
      fr.hs = p.hs
      fr.commodity = p.commodity
      fr.reporter = p.reporter
      fr.partner = p.partner
      fr.shareOf = nil
      origins["flow"] = "previous figure"
      origins["reporter"] = "previous figure"
    }
    if fr.flow != nil && fr.reporter == nil {
      applySides(&fr, sides, origins: &origins)
    }
    if fr.flow != nil && fr.hs.isEmpty && fr.commodity == nil {
      if let goods {
        fr.hs = [goods.hs]
        fr.commodity = goods.name
        origins["commodity"] = "sentence"
      } else if !saysAllGoods(clause), let c = commodity,
        refersToStoryGoods(f, anchor: anchor, clause: clause)
      {
        fr.hs = [c.hs]
        fr.commodity = c.name
        origins["commodity"] = "story"
      }
    }

    // Trade of a province or a border crossing is not the national trade.
    if clause.contains(where: { Self.subnational.contains(tokens.lower($0)) }) {
      fr.flow = nil
      origins["flow"] = "subnational: not a national series"
    }
    // The measure.
    fr.measure = measure(f, fr)
    if fr.measure == .growth || f.kind == .change { fr.role = .change }

    // The period.
    let (period, cumulative, periodOrigin) = self.period(f, at: fi, end: end)
    fr.period = period
    fr.cumulative = cumulative
    if let periodOrigin { origins["period"] = periodOrigin }
    fr.origins = origins
    return fr
  }

  /// Updates the story's topic from a frame.
  private mutating func remember(_ fr: ClaimFrame) {
    if let r = fr.reporter, let p = fr.partner, r != p, fr.flow != nil {
      pair = [r, p]
      if fr.flow != .total { reporter = r }
    } else if let r = fr.reporter, fr.flow != nil, fr.flow != .total {
      reporter = r
    }
    if let c = fr.commodity, let hs = fr.hs.first {
      commodity = Commodities.Entry(hs: hs, name: c)
    }
    if let src = fr.source, fr.origins["source"] != "earlier sentence" { source = src }
    // The last year written out in the sentence, for "that year".
    for k in 0..<tokens.count where tokens[k].isNumber {
      if let y = Int(tokens[k].text), (1900...2100).contains(y) { lastYear = y }
    }
  }

  // MARK: - Clause and anchor

  /// One past the figure's last token.
  private func figureEnd(_ f: Figure, from fi: Int) -> Int {
    let stop = fi + max(1, ClaimTokens(f.text).count)
    return min(stop, tokens.count)
  }

  /// Words that make a trade figure a province's, a port's or a company's.
  static let subnational: Set<String> = [
    "province", "provincial", "region", "regional", "border", "port", "city", "municipal",
    "company's", "prefecture", "oblast", "krai",
  ]

  /// Words that open a new clause.
  private static let clauseBreaks: Set<String> = ["while", "whereas", "but", ";", "although", "though"]

  /// The clause around token `k`: bounded by "while", "but", ";" or "and" before a new flow
  /// word ("exports rose 5% and imports fell 3%").
  private func clauseRange(around k: Int) -> Range<Int> {
    let t = tokens
    var a = min(k, t.count)
    while a > 0 {
      let w = t.lower(a - 1)
      if Self.clauseBreaks.contains(w) { break }
      if w == "and" || w == ",", startsFlow(a) { break }
      a -= 1
    }
    var b = min(k + 1, t.count)
    while b < t.count {
      let w = t.lower(b)
      if Self.clauseBreaks.contains(w) { break }
      if (w == "and" || w == ","), startsFlow(b + 1) { break }
      b += 1
    }
    return a..<max(a, b)
  }

  /// True when a flow noun starts at `k` (after "its", "the", an adjective or a possessive).
  private func startsFlow(_ k: Int) -> Bool {
    var j = k
    var steps = 0
    while tokens.has(j), steps < 3 {
      let w = tokens.lower(j)
      if ClaimWords.flowNouns[w] != nil { return tokens[j].isWord }
      guard tokens[j].isWord, !tokens[j].isNumber else { return false }
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
        if ClaimWords.totalAdjectives.contains(w), w == "bilateral" {
          return Anchor(index: k, flow: .total, verb: false)
        }
      }
      k -= 1
    }
    // After the figure: "worth of", "in", "of" then up to four words to a flow noun.
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
    // "Russia supplies ...", "China exports ...": a verb after a bare country name.
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
    var reporterOrigin = "sentence"
    var pairAnaphor = false
  }

  /// The countries of a flow from the words around its anchor.
  private func sides(_ a: Anchor, mentions: [Mention], clause: Range<Int>, figure fi: Int) -> Sides {
    let t = tokens
    var s = Sides()
    // Before the anchor: a possessive, an adjective, a capital or the subject of a verb.
    let window = a.verb ? 6 : 5
    let before = mentions.filter { $0.end <= a.index && a.index - $0.end <= window }
    var lead = before.last
    // "the two countries", "bilateral", "both sides", "their".
    for k in max(clause.lowerBound, a.index - 5)...a.index where t.has(k) {
      let w = t.lower(k)
      if w == "bilateral" || ((w == "two" || w == "both") && ClaimWords.pairNouns.contains(t.lower(k + 1)))
        || (w == "two" && t.lower(k + 1) == "-" && t.lower(k + 2) == "way") || w == "their"
      {
        s.pairAnaphor = true
      }
    }
    // After the anchor: "to X", "from X", "with X", "between X and Y", "of Russian gas".
    var to: String?
    var from: String?
    var with: String?
    var goodsOrigin: String?
    var between: [String] = []
    for m in mentions where m.start > a.index {
      let p = t.lower(m.start - 1) == "the" ? t.lower(m.start - 2) : t.lower(m.start - 1)
      switch p {
      case "to", "into": if to == nil { to = m.iso3 }
      case "from": if from == nil { from = m.iso3 }
      case "with": if with == nil { with = m.iso3 }
      case "between": between.append(m.iso3)
      case "and" where !between.isEmpty: between.append(m.iso3)
      default:
        if m.kind == .adjective, goodsOrigin == nil, t.commodity(at: m.end) != nil || t.lower(m.end) == "goods" {
          goodsOrigin = m.iso3
        }
      }
    }
    // Between subject and anchor, an adjective before goods is the goods' origin
    // ("Chinese imports of Russian oil" is handled above; "Russian oil imports" here).
    if let l = lead, l.kind == .adjective, !a.verb, t.commodity(at: l.end) != nil, a.flow == .import {
      goodsOrigin = goodsOrigin ?? l.iso3
      lead = before.dropLast().last
    }
    // Demonyms with a buyer or seller noun: "Chinese refiners bought".
    var buyer: String?
    var seller: String?
    for m in mentions where m.kind == .adjective {
      let n = t.lower(m.end)
      if CountryReferences.buyers.contains(n) { buyer = m.iso3 }
      if CountryReferences.sellers.contains(n) { seller = m.iso3 }
    }
    let pronoun = (max(clause.lowerBound, a.index - 3)..<a.index).contains { t.lower($0) == "its" }
    switch a.flow {
    case .export:
      s.reporter = seller ?? lead?.iso3 ?? goodsOrigin
      s.partner = to ?? buyer
      if s.reporter == nil, pronoun { s.reporterOrigin = "pronoun" }
    case .import:
      s.reporter = buyer ?? (lead.map { $0.iso3 == goodsOrigin ? nil : $0.iso3 } ?? nil)
      s.partner = from ?? goodsOrigin ?? seller
      if s.reporter == nil, pronoun { s.reporterOrigin = "pronoun" }
    case .total, .balance:
      if between.count >= 2 {
        s.reporter = between[0]
        s.partner = between[1]
      } else {
        let named = before.map(\.iso3).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        s.reporter = named.first
        s.partner = with ?? (named.count > 1 ? named[1] : nil)
        // "trade with China" without a reporter.
        if s.reporter == nil, let w = with { s.partner = w }
      }
    default:
      break
    }
    if s.reporter == s.partner { s.partner = nil }
    return s
  }

  /// Fills the frame's sides from the clause, then from the story.
  private func applySides(_ fr: inout ClaimFrame, _ s: Sides, origins: inout [String: String]) {
    var r = s.reporter
    var p = s.partner
    if r != nil { origins["reporter"] = "sentence" }
    if p != nil { origins["partner"] = "sentence" }
    if r == nil, p == nil, pair.count == 2 {
      if fr.flow == .total {
        r = pair[0]
        p = pair[1]
      } else {
        r = reporter.flatMap { pair.contains($0) ? $0 : nil } ?? pair[0]
        p = pair.first { $0 != r }
      }
      origins["reporter"] = s.pairAnaphor ? "the pair named earlier" : "story"
      origins["partner"] = origins["reporter"]
    } else if r == nil, let known = p {
      r = pair.first { $0 != known } ?? (reporter != known ? reporter : nil)
      if r != nil { origins["reporter"] = "story" }
    } else if p == nil, let known = r {
      p = pair.first { $0 != known }
      if p != nil { origins["partner"] = "story" }
    }
    fr.reporter = r
    fr.partner = p
  }

  // MARK: - Goods

  /// The commodity named in the clause nearest the figure.
  private func commodityIn(_ clause: Range<Int>, near fi: Int) -> Commodities.Entry? {
    var best: (Commodities.Entry, Int)?
    var k = clause.lowerBound
    while k < clause.upperBound {
      if let (c, e) = tokens.commodity(at: k) {
        let d = abs(k - fi)
        if best == nil || d < best!.1 { best = (c, d) }
        k = e
      } else {
        k += 1
      }
    }
    return best?.0
  }

  /// True when the clause says the figure is about all goods ("total trade", "overall").
  private func saysAllGoods(_ clause: Range<Int>) -> Bool {
    clause.contains { k in
      let w = tokens.lower(k)
      return w == "trade" || w == "turnover" || w == "commerce" || w == "overall" || w == "total"
        || w == "goods" || w == "bilateral"
    }
  }

  /// True when the figure is about the story's goods without naming them: a definite or
  /// demonstrative flow noun ("these shipments", "the imports"), a goods noun ("the fuel"),
  /// a physical quantity, or a verb with no object in a story about one commodity.
  private func refersToStoryGoods(_ f: Figure, anchor: Anchor?, clause: Range<Int>) -> Bool {
    if !f.unit.isCurrency && f.dimension != .percent && f.dimension != .count { return true }
    guard let a = anchor else { return false }
    let before = tokens.lower(a.index - 1)
    if ["the", "these", "those", "such", "this", "that"].contains(before) { return true }
    for k in clause where Commodities.anaphors.contains(tokens.lower(k)) {
      let d = tokens.lower(k - 1)
      if ["the", "these", "those", "such", "this", "that"].contains(d) { return true }
    }
    return false
  }

  /// True when another flow word or commodity stands between two figures of the sentence.
  private func hasOwnMeasure(from a: Int, to b: Int) -> Bool {
    guard a < b else { return true }
    for k in (a + 1)..<b {
      let w = tokens.lower(k)
      if ClaimWords.flowNouns[w] != nil || ClaimWords.flowVerbs[w] != nil { return true }
      if Self.clauseBreaks.contains(w) { return true }
    }
    return false
  }

  // MARK: - Shares

  struct ShareWhole {
    var base: ShareBase
    var flow: Flow?
    var owner: String?
    var goods: Commodities.Entry?
  }

  /// For "N% of X": what X is. Only for percent figures that are shares.
  private func shareWhole(_ f: Figure, at end: Int, clause: Range<Int>) -> ShareWhole? {
    guard f.dimension == .percent, f.kind == .share || tokens.lower(end) == "of"
      || tokens.lower(end) == "share"
    else { return nil }
    var k = end
    if tokens.lower(k) == "share" { k += 1 }
    guard tokens.lower(k) == "of" else { return nil }
    let stop = min(clause.upperBound, k + 9)
    var flow: Flow?
    var goods: Commodities.Entry?
    var pairWords = false
    var j = k + 1
    while j < stop {
      let w = tokens.lower(j)
      if tokens[j].isNumber || w == "," { break }
      if let fl = ClaimWords.flowNouns[w], flow == nil { flow = fl }
      if let (c, e) = tokens.commodity(at: j), goods == nil {
        goods = c
        j = e
        continue
      }
      if w == "bilateral" || w == "their" || (w == "two" && ClaimWords.pairNouns.contains(tokens.lower(j + 1))) {
        pairWords = true
      }
      j += 1
    }
    let owners = tokens.mentions(in: (k + 1)..<j)
    let owner = owners.first { tokens.lower($0.end) == "'s" || $0.kind == .adjective }?.iso3
    let base: ShareBase
    if flow == .total && (pairWords || owner == nil) {
      base = .total
    } else if flow == .total && owners.count >= 2 {
      base = .total
    } else {
      base = .world
    }
    // "10.8% of the total": the total of the flow the clause is about.
    if flow == nil && goods == nil && !pairWords {
      let w1 = tokens.lower(k + 1)
      let w2 = tokens.lower(k + 2)
      guard w1 == "total" || (w1 == "the" && w2 == "total") || w1 == "all" else { return nil }
      return ShareWhole(base: .world, flow: nil, owner: nil, goods: nil)
    }
    return ShareWhole(base: base, flow: flow, owner: owners.count >= 2 && base == .total ? nil : owner, goods: goods)
  }

  // MARK: - Measure, qualifier, role, record

  private func measure(_ f: Figure, _ fr: ClaimFrame) -> MeasureKind {
    if f.dimension == .duration { return .duration }
    if fr.shareOf != nil { return .share }
    if f.kind == .share { return .share }
    if f.kind == .change || fr.multiple != nil { return .growth }
    if f.dimension == .count { return .count }
    if f.unit.rawValue.contains("/") || sentenceHas("price") && tokens.lower(figureIndexAfterPer(f)) == "per" {
      return .price
    }
    switch fr.flow {
    case .total?: return fr.hs.isEmpty ? .trade : .commodity
    case .export?: return fr.hs.isEmpty ? .exports : .commodity
    case .import?: return fr.hs.isEmpty ? .imports : .commodity
    case .balance?: return .balance
    default: return .other
    }
  }

  private func figureIndexAfterPer(_ f: Figure) -> Int {
    let i = figureIndex(f)
    return figureEnd(f, from: i)
  }

  private func sentenceHas(_ w: String) -> Bool { tokens.tokens.contains { $0.lower == w } }

  private func hasSince() -> Bool { sentenceHas("since") }

  private static let nearlyWords: [[String]] = [
    ["nearly"], ["almost"], ["just", "under"], ["close", "to"], ["a", "little", "under"],
    ["just", "below"], ["just", "short", "of"], ["not", "quite"], ["short", "of"],
  ]

  private func qualifier(_ f: Figure, at fi: Int) -> Qualifier {
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
    // Skip the qualifier and the currency sign: "to nearly $8.1bn".
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
    "a", "little", "close", "below", "above",
  ]

  /// True when the clause calls its value a record ("a record", "the highest on record").
  private func isRecord(_ clause: Range<Int>) -> Bool {
    for k in clause {
      for p in ClaimWords.recordPhrases where tokens.matches(p, at: k) != nil {
        let before = (max(clause.lowerBound, k - 2)..<k).map { tokens.lower($0) }
        if before.contains(where: { ClaimWords.recordNegators.contains($0) }) { continue }
        // "record" as a verb ("customs recorded") is another word.
        return true
      }
    }
    return false
  }

  // MARK: - Source

  /// The country whose statistics the sentence cites, and the tokens naming it (so they are
  /// not read as a side of the trade).
  static func source(_ t: ClaimTokens) -> (String?, Set<Int>) {
    // Agencies by name: "GACC", "the General Administration of Customs".
    for k in 0..<t.count {
      var phrase = ""
      for j in k..<min(t.count, k + 6) {
        phrase += (j > k ? " " : "") + t.lower(j)
        if let iso = CountryReferences.agencies[phrase] { return (iso, Set(k...j)) }
      }
    }
    // "according to Chinese customs data", "Russian customs figures show".
    let all = t.mentions(in: 0..<t.count)
    for m in all {
      var j = m.end
      if t.lower(j) == "'s" { j += 1 }
      if CountryReferences.sourceNouns.contains(t.lower(j)), t.lower(j) != "data" || m.kind != .name {
        let according = (max(0, m.start - 4)..<m.start).contains { t.lower($0) == "according" }
        let customs = t.lower(j) == "customs" || t.lower(j) == "statistics"
        if according || customs { return (m.iso3, Set([m.start])) }
      }
      // "data from Beijing", "according to Moscow".
      if t.lower(m.start - 1) == "to", t.lower(m.start - 2) == "according" { return (m.iso3, Set([m.start])) }
    }
    return (nil, [])
  }

  // MARK: - Periods

  /// The figure's period: the extractor's, corrected for cumulative spans ("January to
  /// July"), "the same month last year", "May this year" and "that year".
  private func period(_ f: Figure, at fi: Int, end: Int) -> (TimeRef?, Bool, String?) {
    var p = f.period
    var origin: String?
    let t = tokens
    // "a year earlier", "the same month last year" after the figure: the period of the
    // figure it is compared with, a year before.
    var k = end
    var steps = 0
    while t.has(k), steps < 8, !t[k].isNumber {
      if ClaimWords.yearEarlier.contains(where: { t.matches($0, at: k) != nil }),
        let main = sentenceFrames.last(where: { $0.frame.period != nil && $0.index < fi })?.frame.period
      {
        p = main.end.map { TimeRef(from: main.start.yearEarlier(), to: $0.yearEarlier()) }
          ?? TimeRef(main.start.yearEarlier())
        origin = "a year before the figure compared"
        return (p, p?.isSpan == true && main.isSpan, origin)
      }
      if t.lower(k) == "," || t.lower(k) == "and" || t.lower(k) == "while" { break }
      k += 1
      steps += 1
    }
    // Month spans: "January to July", "January-July", "between January and July".
    if let span = monthSpan() {
      p = span
      origin = "month span"
      return (p, true, origin)
    }
    // "that year", "the same year".
    if let y = lastYear, ClaimWords.thatYear.contains(where: { ph in (0..<t.count).contains { t.matches(ph, at: $0) != nil } }),
      !(0..<t.count).contains(where: { t[$0].isNumber && Int(t[$0].text).map { (1900...2100).contains($0) } == true })
    {
      if let q = p, q.start.granularity == .month, !q.isSpan {
        p = TimeRef(.month(y, q.start.sub))
      } else {
        p = TimeRef(.year(y))
      }
      origin = "that year = \(y)"
    }
    // "May this year", "in March last year": a month, not the year.
    if let ref = reference, let q = p, q.start.granularity == .year, !q.isSpan {
      for k in 0..<t.count {
        guard let m = Self.monthNumber(t.lower(k)) else { continue }
        if t.lower(k + 1) == "this", t.lower(k + 2) == "year" {
          p = TimeRef(.month(ref.year, m))
          origin = "month of this year"
        } else if t.lower(k + 1) == "last", t.lower(k + 2) == "year" {
          p = TimeRef(.month(ref.year - 1, m))
          origin = "month of last year"
        }
      }
    }
    let cumulative = p.map { r in
      guard let e = r.end else { return false }
      return r.start.granularity == .month && e.granularity == .month
    } ?? false
    return (p, cumulative, origin)
  }

  private static let monthNames: [String: Int] = [
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1,
    "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
  ]

  static func monthNumber(_ w: String) -> Int? { monthNames[w] }

  /// "January to July (2025)", "January-July", "between January and July", "January through
  /// July": the months, in the year written after them, else the latest such span before the
  /// story's date.
  private func monthSpan() -> TimeRef? {
    let t = tokens
    for k in 0..<t.count {
      guard let a = Self.monthNumber(t.lower(k)), t[k].capitalized || t.lower(k) == "may" else { continue }
      let sep = t.lower(k + 1)
      guard ["to", "-", "–", "through", "and", "till", "until"].contains(sep),
        let b = Self.monthNumber(t.lower(k + 2)), b > a
      else { continue }
      if sep == "and", t.lower(k - 1) != "between" { continue }
      var year: Int?
      var j = k + 3
      if t.lower(j) == "of" { j += 1 }
      if t.has(j), t[j].isNumber, let y = Int(t[j].text), (1900...2100).contains(y) { year = y }
      if year == nil, t.lower(j) == "this", t.lower(j + 1) == "year" { year = reference?.year }
      if year == nil, t.lower(j) == "last", t.lower(j + 1) == "year" { year = reference.map { $0.year - 1 } }
      if year == nil, let ref = reference { year = b < ref.month ? ref.year : ref.year - 1 }
      guard let y = year else { return nil }
      return TimeRef(from: .month(y, a), to: .month(y, b))
    }
    return nil
  }
}
