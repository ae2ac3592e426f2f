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
  var weights: [String: Double] = [:]
  /// The part of ``weights`` frames with carried sides added (``storyPair()`` leaves it out).
  var carriedWeights: [String: Double] = [:]
  var reporter: String?
  /// The country that last opened a sentence, for "its".
  ///
  /// "Who sells more? Russia. Its deliveries to China ...": see
  /// ``ClaimFramer/pronounSide(excluding:)``.
  var sentenceSubject: String?
  var commodity: Commodities.Entry?
  @Boxed var lastTrade: (frame: ClaimFrame, dimension: TallyCore.Dimension)? = nil
  /// A change of named goods one way stated after `lastTrade` ("China's bill for Russian
  /// pipeline gas quadrupled"), for the bill that follows (`goodsOfBill`); `nil` once a level
  /// is named.
  @Boxed var lastGoodsChange: ClaimFrame? = nil
  /// The trade a sentence without figures stated after `lastTrade`
  /// (``statedTrade(_:mentions:skipping:)``).
  @Boxed var statedTradeFrame: ClaimFrame? = nil
  /// The side chooser's runners-up in the current sentence, by the figure's token index
  /// (``ClaimFramer/chooseSides(_:at:origins:)``), with the winner's score.
  @Boxed var sideRunnersUp: [(fi: Int, candidate: SideCandidate, best: Double)] = []
  /// The last trade both ways between two countries the story named, for "the total" after
  /// one of its flows.
  @Boxed var lastTotal: ClaimFrame? = nil
  /// The seller and buyer the headline (or the text before the first figure) names.
  var storySides: (exporter: String, importer: String)?
  /// The last share the story stated, for "that share".
  @Boxed var lastShare: ClaimFrame? = nil
  var source: String?
  var lastPeriod: TimeRef?
  var lastMonth: Period?
  /// The period of the last trade level the story stated (not a comparison's base).
  var lastMainPeriod: TimeRef?
  var lastYear: Int?
  /// The span of years the sentence before wrote ("between 2016 and 2022"), for "over the
  /// period" (``statedYearSpan(_:)``).
  var lastYearSpan: TimeRef?
  /// The month-and-year anchors of the current and the previous sentence
  /// (``carriedYear(_:month:at:dated:)``).
  var sentenceMonthAnchor: (year: Int, month: Int)?
  var previousMonthAnchor: (year: Int, month: Int)?
  /// The earlier year the story's opening writes the story's own month with ("the December
  /// 2016 figures" in a story of December 2017), for that month named bare
  /// (``bareMonthYear(_:_:)``).
  var ownMonthYear: Int?
  /// The period of the story's first trade level (its lead), for "in the same month last
  /// year" opening a sentence.
  var leadPeriod: TimeRef?
  /// The frames of the last sentence that had figures, for "That is an increase of 63%".
  var lastSentenceFrames: [ClaimFrame] = []
  /// The figures of the last sentence that had figures, with their frames, for "the gap of
  /// $2.4bn" after two flows (``largerOfTwoFlows(before:)``).
  var lastSentenceFigures: [SentenceFigure] = []
  let reference: (year: Int, month: Int)?
  let explain: Bool
  /// Frames of the current sentence, for elliptical figures and "a year earlier".
  var sentence = ""
  var tokens = ClaimTokens("") {
    didSet { clauseOpens = clauseOpenings() }
  }
  /// Where the current sentence's clauses may open, read once per sentence for
  /// ``clauseRange(around:)`` (``clauseOpenings()``).
  private(set) var clauseOpens: [Bool] = [false]
  /// `source(tokens)` of the current sentence, read once per sentence.
  var sentenceSource: (String?, Set<Int>) = (nil, [])
  /// The periods the current sentence states, read once per sentence.
  var sentencePeriods = SentencePeriods()
  /// Per-sentence readings every figure of the sentence asks for: "in yuan terms", the word
  /// "since", a province or port, and the event named (read on first use).
  var sentenceCurrency: String?
  var sentenceSince = false
  var sentenceSubnational = false
  var sentenceEvent: String??
  /// The sentence is plain ASCII (figures are found in it on bytes), read once per sentence.
  var sentenceIsPlain = true
  var sentenceFrames: [SentenceFigure] = []
  /// The countries the story's opening names, most often first (``lookAhead(_:)``), for "the
  /// two countries" or "bilateral trade" stated before the story names both.
  var aheadCountries: [String] = []
  /// The story opens as a market report (``isMarketStory(_:)``).
  var marketStory = false
  /// Earlier levels and growths, for other readings of carried parts (``ClaimReading``).
  var readingMemory = ReadingMemory()
  /// What the document's layout set for the block entered last (``enterBlock(_:)``,
  /// ClaimFramer+Layout.swift).
  @Boxed var layout = LayoutState()

  init(title: String?, reference: (year: Int, month: Int)?, explain: Bool) {
    self.reference = reference
    self.explain = explain
    if let title, !title.isEmpty { read(title, origin: "headline") }
  }

  // MARK: - Text without figures

  /// Reads the story's opening (its first paragraphs) for the countries it names, so that a
  /// pair stated before both are named ("Trade between the two countries reached $69.5bn",
  /// "bilateral trade hit $146.9bn" before "Russia sold China ...") is the pair the story is
  /// about.
  mutating func lookAhead(_ text: String) {
    var count: [String: Int] = [:]
    var first: [String: Int] = [:]
    for m in ClaimTokens.mentions(of: text) {
      count[m.iso3, default: 0] += 1
      if first[m.iso3] == nil { first[m.iso3] = m.start }
    }
    aheadCountries = count.keys.sorted {
      count[$0] != count[$1]
        ? count[$0, default: 0] > count[$1, default: 0]
        : first[$0, default: 0] < first[$1, default: 0]
    }
    readOwnMonthYear(text)
    marketStory = Self.isMarketStory(text)
  }

  /// Reads a stretch of text without figures (the headline, sentences before a figure) for
  /// the story's topic: countries, goods, source, period.
  mutating func read(_ text: String, origin: String) {
    let t = ClaimTokens(text)
    // Text between figures that writes a year ends the month a bare month continues.
    if Self.writesYearInNewSentence(t) {
      sentenceMonthAnchor = nil
      previousMonthAnchor = nil
    }
    let all = t.mentions(in: 0..<t.count)
    let (src, srcTokens) = Self.source(t, mentions: all)
    if let src { source = src }
    let weight = origin == "headline" ? 2.0 : 1.0
    if storySides == nil, origin == "headline" || lastTrade == nil {
      storySides = Self.tradeSides(t, mentions: all.filter { !srcTokens.contains($0.start) })
    }
    for m in all where !srcTokens.contains(m.start) {
      weights[m.iso3, default: 0] += weight
    }
    if origin == "headline" || commodity == nil {
      var k = 0
      while k < t.count {
        if let (c, e) = t.commodity(at: k), !Self.isComposition(t, k) {
          // The first goods a stretch names are its topic: "how much fibre-optic cable, the
          // guidance line of many drones, crossed the border" is about the cable.
          commodity = c
          k = e
          break
        } else {
          k += 1
        }
      }
    }
    if let m = Self.sentenceSubject(t, mentions: all, skipping: srcTokens) { sentenceSubject = m }
    if origin != "headline", let st = statedTrade(t, mentions: all, skipping: srcTokens) {
      statedTradeFrame = st
    }
    if origin != "headline", let g = sentenceTopicGoods(t) {
      // "Russian LNG is one bright spot. China bought 4.55 million tonnes in 2021": goods
      // that open a sentence are the story's goods from there on.
      commodity = g
      if var st = statedTradeFrame, st.hs.isEmpty, st.flow != .total {
        // "... Russian energy deliveries to China. Crude oil. Volumes reached 86.3 Mt": the
        // goods the text turns to are the stated trade's.
        st.hs = [g.hs]
        st.commodity = g.name
        statedTradeFrame = st
      } else if statedTradeFrame == nil, var st = lastTrade?.frame, Self.isOneWayPair(st),
        !st.hs.isEmpty, !st.hs.contains(g.hs)
      {
        // "China paid $58.8bn for Russian crude. Coal comes second.": the same trade in the
        // goods the text turns to.
        st.hs = [g.hs]
        st.commodity = g.name
        statedTradeFrame = st
      }
    }
    if reporter == nil {
      // "China's LNG imports from Russia": the possessor of a flow noun states the flow.
      for k in 0..<t.count where t.flowNoun(k) != nil {
        if let m = all.last(where: { $0.end <= k && k - $0.end <= 3 }) { reporter = m.iso3 }
        break
      }
    }
    readPeriods(t)
    if t.tokens.contains(where: { $0.id == W.questionMark }) { readQuestions(t) }
    // Only the first text read after a block's edge opens a sentence.
    if layout.opensSentence { layout.opensSentence = false }
  }

  /// The last month or year the text writes out ("in December", "in 2023", "last year"); a
  /// period the text says statistics cover ("the customs tables for last year", "data for
  /// November") wins over the others it writes (``coveredPeriod(_:)``).
  mutating func readPeriods(_ t: ClaimTokens) {
    lastYearSpan = statedYearSpan(t)
    for k in 0..<t.count {
      if t[k].capitalized, let m = Self.monthNumber(t.lower(k)) {
        if t.has(k + 1), t[k + 1].isNumber, let d = Int(t[k + 1].text), d <= 31 { continue }
        var y: Int?
        if let v = t.year(at: k + 1) {
          y = v
        }
        if y == nil, t.id(k + 1) == W.last, t.id(k + 2) == W.year {
          y = reference.map { $0.year - 1 }
        }
        // "In October of that year": the year named last.
        if y == nil, t.id(k + 1) == W.of, t.id(k + 2) == W.that, t.id(k + 3) == W.year {
          y = lastYear
        }
        if y == nil, let ref = reference {
          let dated = bareMonthYear(m, ref)
          y = carriedYear(t, month: m, at: k, dated: dated) ?? dated
        }
        if let y {
          lastMonth = .month(y, m)
          lastPeriod = TimeRef(.month(y, m))
          lastYear = y
        }
      } else if let y = t.year(at: k),
        Self.monthNumber(t.lower(k - 1)) == nil, !Self.afterBaseWord(t, k),
        // "slightly more than in 2023": a comparison's base is not the year the story is on.
        !Self.baseWords.contains(t.id(k - 1) == W.in ? t.lower(k - 2) : t.lower(k - 1))
      {
        lastYear = y
        lastPeriod = TimeRef(.year(y))
      } else if t.id(k) == W.last, t.id(k + 1) == W.year,
        Self.monthNumber(t.lower(k - 1)) == nil,
        let ref = reference
      {
        lastYear = ref.year - 1
        lastPeriod = TimeRef(.year(ref.year - 1))
      }
    }
    // Each read once: they depend on the text, the reference and the story's own month's
    // year, none of which the lines below change.
    let covered = coveredPeriod(t)
    let subject = subjectPeriod(t)
    if let p = covered ?? subject {
      lastPeriod = p
      lastYear = p.last.year
      if p.last.granularity == .month { lastMonth = p.last }
    }
    // "The full-year 2022 numbers put this in context.": the story turns to that period.
    if let p = covered { lastMainPeriod = p }
    // "December was a busy month.": the story turns to that month.
    if let p = subject { lastMainPeriod = p }
  }

  /// True when token `k` follows a comparison's word ("slightly more than in 2023", "from
  /// 2021"): a base, not a period the story moves to.
  static func afterBaseWord(_ t: ClaimTokens, _ k: Int) -> Bool {
    var b = k - 1
    if t.id(b) == W.in || t.id(b) == W.the { b -= 1 }
    return t.id(b).isAny(W.than, W.from, W.on, W.over, W.versus, W.since)
  }

  // MARK: - Figures

  /// Reads `f` as a claim.
  ///
  /// Figures are held until their sentence ends, so that a figure
  /// can take what a later one in the sentence states ("rose 23% to 8 million tonnes": the
  /// change is about the tonnes' goods); returns the figures of sentences that ended.
  mutating func frame(_ f: Figure) -> [Figure] {
    var out: [Figure] = []
    if f.sentence != sentence {
      out = flush()
      sentence = f.sentence
      sentenceIsPlain = Self.isPlainASCII(sentence)
      var t = ClaimTokens(f.sentence)
      t.keepMentions()
      tokens = t
      advanceMonthAnchor(tokens)
      sentenceSource = Self.source(tokens)
      sentencePeriods = readSentencePeriods()
      sentenceCurrency = currencyTerms()
      sentenceSince = sentenceHas("since")
      sentenceSubnational = Self.isSubnational(tokens)
      sentenceEvent = nil
      if let m = tokens.mentions(in: 0..<min(2, tokens.count)).first,
        !sentenceSource.1.contains(m.start)
      {
        sentenceSubject = m.iso3
      }
    }
    let index = figureIndex(f)
    var f = f
    if let c = sentenceCurrency, f.kind == .level, Self.quantityDimensions.contains(f.dimension),
      Unit(rawValue: c).isCurrency, !Self.statesItsUnit(f.text)
    {
      // "... 100.9 million tonnes. In yuan terms the total came to 1.64 trillion": a bare
      // amount (no unit written, so the quantity's unit was carried from an earlier figure)
      // is money in the terms its sentence states (a carried currency is changed in `flush`).
      f.unit = Unit(rawValue: c)
      f.dimension = .money
    }
    if sentenceEvent == nil, f.dimension == .duration || sentenceSince {
      // `local` reads the event from here: it does not mutate the framer, so that the
      // framer is handed to the methods it calls without a copy (912 bytes, per call).
      _ = eventOfSentence()
    }
    var runnerUp: (fi: Int, candidate: SideCandidate, best: Double)?
    let fr = local(f, at: index, runnerUp: &runnerUp)
    if let runnerUp { sideRunnersUp.append(runnerUp) }
    sentenceFrames.append(SentenceFigure(index: index, figure: f, frame: fr))
    remember(fr, f, at: index)
    return out
  }

  /// The held figures, revised against each other, with their frames.
  mutating func flush() -> [Figure] {
    revise()
    settleReadings()
    if !sentenceFrames.isEmpty { rememberYears(upTo: tokens.count) }
    let out = sentenceFrames.map { item -> Figure in
      var g = item.figure
      var fr = item.frame
      if g.unit.isCurrency, let c = fr.currency, c != g.unit.rawValue, Unit(rawValue: c).isCurrency,
        !Self.statesItsUnit(g.text)
      {
        // "In yuan terms it came to 1.74 trillion": the amount is in yuan, not in the dollars
        // the recognizer carried over from an earlier figure.
        g.unit = Unit(rawValue: c)
        fr.origins[.currency] = FrameOrigin(
          .stated, "the terms the sentence states; the unit was carried")
      }
      // A period carried from a block's label or question names it.
      if explain, let o = layoutOrigin(fr) { fr.origins[.period] = o }
      if !explain { fr.origins = [:] }
      g.frame = fr
      return g
    }
    if !sentenceFrames.isEmpty {
      lastSentenceFrames = sentenceFrames.map(\.frame)
      lastSentenceFigures = sentenceFrames
    }
    sentenceFrames = []
    if !sideRunnersUp.isEmpty { sideRunnersUp = [] }
    return out
  }

  /// Revisions inside a sentence once all its figures are read.
  mutating func revise() {
    // A change with no goods of its own takes them from a level of the same flow in its
    // clause ("purchases had risen 23% to 8 million tonnes", "9.8 million tonnes of LNG, up
    // 18%"), and its period from the level it leads to when it has none.
    for i in sentenceFrames.indices where sentenceFrames[i].frame.measure == .growth {
      let fr = sentenceFrames[i].frame
      let clause = clauseRange(around: sentenceFrames[i].index)
      // The same flow, or the same trade seen from the other side ("imported 1.9 million
      // tonnes ..., deliveries more than double a year earlier").
      let levels = sentenceFrames.filter {
        $0.frame.measure != .growth && $0.frame.flow != nil
          && ($0.frame.flow == fr.flow
            || ($0.frame.exporter != nil && $0.frame.exporter == fr.exporter
              && $0.frame.importer == fr.importer))
          && (clause.contains($0.index) || $0.frame.role == .to)
      }
      if fr.hs.isEmpty, fr.origins[.commodity] == nil,
        let level = levels.first(where: { !$0.frame.hs.isEmpty && $0.frame.exporter == fr.exporter }
        )
          ?? levels.first(where: { !$0.frame.hs.isEmpty })
      {
        sentenceFrames[i].frame.hs = level.frame.hs
        sentenceFrames[i].frame.commodity = level.frame.commodity
        sentenceFrames[i].frame.origins[.commodity] = FrameOrigin(.carried, "the level beside it")
      }
      if fr.period == nil || fr.origins[.period] == .periodStatedBefore,
        let to = sentenceFrames.first(where: {
          $0.frame.role == .to && $0.index > sentenceFrames[i].index
        }),
        let p = to.frame.period
      {
        sentenceFrames[i].frame.period = p
        sentenceFrames[i].frame.origins[.period] = FrameOrigin(.carried, "the level it leads to")
      }
    }
    // "rose 23% to 8 million tonnes from 6.5 million tonnes": with no time of its own, the
    // level a change starts from is a year before the level it leads to (or the change's base).
    if let change = sentenceFrames.first(where: { $0.frame.measure == .growth }),
      let to = sentenceFrames.first(where: { $0.frame.role == .to }), let tp = to.frame.period,
      !tp.isSpan
    {
      for i in sentenceFrames.indices where sentenceFrames[i].frame.role == .from {
        guard sentenceFrames[i].frame.period == tp,
          sentenceFrames[i].frame.origins[.period]?.kind != .relative
        else { continue }
        let base = change.frame.base ?? TimeRef(tp.start.yearEarlier())
        sentenceFrames[i].frame.period = base
        sentenceFrames[i].frame.origins[.period] = FrameOrigin(.carried, "the base of the change")
      }
    }
    settleComparandPeriods()
  }

  /// Where `f` starts among the sentence's tokens: the n-th occurrence of its text, n being
  /// how many figures with the same text the sentence had before.
  func figureIndex(_ f: Figure) -> Int {
    var earlier = 0
    for i in sentenceFrames.indices where sentenceFrames[i].figure.text == f.text { earlier += 1 }
    let offset =
      sentenceIsPlain && Self.isPlainASCII(f.text)
      ? Self.asciiOffset(of: f.text, in: sentence, skipping: earlier)
      : Self.scalarOrCharacterOffset(of: f.text, in: sentence, skipping: earlier)
    return offset.map { tokens.index(atOffset: $0) } ?? 0
  }

  /// Offset in `Character`s of the whole-token occurrence of `needle` in `hay` that
  /// `skipping` earlier whole-token occurrences precede, or nil.
  static func characterOffset(of needle: String, in hay: String, skipping: Int) -> Int? {
    let sentence = hay
    var search = sentence.startIndex..<sentence.endIndex
    var seen = 0
    // Plain ASCII (no "\r"): bytes are characters and Foundation's search is a byte search.
    let ascii = Self.isPlainASCII(sentence) && Self.isPlainASCII(needle)
    func find(_ range: Range<String.Index>) -> Range<String.Index>? {
      ascii
        ? Self.asciiRange(of: needle, in: sentence, range: range)
        : sentence.range(of: needle, range: range)
    }
    // Whole-token matches only: the "20" of "at least 20" is not the one in "2025".
    while let r = find(search) {
      search = r.upperBound..<sentence.endIndex
      let before =
        r.lowerBound > sentence.startIndex ? sentence[sentence.index(before: r.lowerBound)] : " "
      let after = r.upperBound < sentence.endIndex ? sentence[r.upperBound] : " "
      let joined =
        (needle.first?.isNumber == true && (before.isNumber || before.isLetter))
        || (needle.last?.isNumber == true && (after.isNumber || after.isLetter))
        || (needle.first?.isLetter == true && before.isLetter)
        || (needle.last?.isLetter == true && after.isLetter)
      if joined { continue }
      if seen == skipping { return sentence.distance(from: sentence.startIndex, to: r.lowerBound) }
      seen += 1
    }
    return nil
  }

  /// True when every byte of `s` is ASCII and none is "\r" (one byte, one character).
  static func isPlainASCII(_ s: String) -> Bool {
    var s = s
    return s.withUTF8 { b in !b.contains { $0 >= 0x80 || $0 == 0x0D } }
  }

  /// The first occurrence of `needle` in `range` of `hay`, both plain ASCII, byte by byte.
  static func asciiRange(of needle: String, in hay: String, range: Range<String.Index>)
    -> Range<String.Index>?
  {
    let n = Array(needle.utf8)
    guard !n.isEmpty else { return nil }
    let h = hay.utf8
    var i = range.lowerBound
    while i < range.upperBound {
      var j = i
      var k = 0
      while k < n.count, j < range.upperBound, h[j] == n[k] {
        h.formIndex(after: &j)
        k += 1
      }
      if k == n.count { return i..<j }
      h.formIndex(after: &i)
    }
    return nil
  }

  /// Updates the story's topic from a frame.
  mutating func remember(_ fr: ClaimFrame, _ f: Figure, at index: Int) {
    if let r = fr.reporter, let p = fr.partner, r != p, fr.flow != nil {
      weights[r, default: 0] += 1
      weights[p, default: 0] += 1
      if Self.sidesCarried(fr) {
        carriedWeights[r, default: 0] += 1
        carriedWeights[p, default: 0] += 1
      }
      if fr.flow == .total, fr.hs.isEmpty, p != "WLD" { lastTotal = fr }
      // "Russian goods made up 53% of the total": a part of the pair's trade, not the side
      // whose flows the story reports.
      if fr.flow != .total, fr.shareOf != .total { reporter = r }
      // The whole of a share ("10.8% of the 76.7 Mt China imported") is not the trade the
      // story goes on about.
      if fr.isTrade, fr.measure != .share, fr.flow != .balance,
        f.kind == .level || lastTrade == nil,
        !isShareWhole(index), !isContrastAside(fr)
      {
        let dim = f.dimension == .percent ? (lastTrade?.dimension ?? f.dimension) : f.dimension
        lastTrade = (fr, dim)
        statedTradeFrame = nil
        lastGoodsChange = nil
      }
      if fr.isTrade, f.kind != .level, !fr.hs.isEmpty, fr.flow == .export || fr.flow == .import {
        lastGoodsChange = fr
      }
    }
    if let c = fr.commodity, let hs = fr.hs.first {
      commodity = Commodities.Entry(hs: hs, name: c)
    }
    if fr.shareOf != nil, fr.flow != nil { lastShare = fr }
    // A figure's own source ("the $107bn published in Beijing") is not the story's.
    if let src = fr.source, fr.origins[.source] != .earlierSentence,
      fr.origins[.source] != .afterFigure
    {
      source = src
    }
    // A duration ("over the same eight years") is no level of the trade: its span is not the
    // story's period.
    if let p = fr.period, f.kind == .level, fr.flow != nil, f.dimension != .duration {
      if fr.role != .from && fr.role != .base
        && fr.origins[.period]?.kind != .relative
        && fr.origins[.period] != .monthAfterSpan && fr.origins[.period] != .toDate
        && !inPeriodAside(index) && !isPeriodAlone(p) && !isUnendedYear(p)
      {
        lastMainPeriod = p
        if leadPeriod == nil { leadPeriod = p }
      }
      lastPeriod = p
      if p.last.granularity == .month { lastMonth = p.last }
      lastYear = p.last.year
    }
    // The last year written out in the sentence before the figure, for "that year" (the rest
    // of the sentence counts once it ends, in `flush`).
    rememberYears(upTo: index)
  }

  /// True when token `k` stands in an aside about an earlier period.
  ///
  /// "growth slowed from 27% in 2018, when the total had been $98.2bn": ", when" right after
  /// a year or month. Such a level does not move the story to that period.
  func inPeriodAside(_ k: Int) -> Bool {
    for w in max(1, k - 8)..<max(1, k) where tokens.id(w) == W.when {
      var b = w - 1
      if tokens.id(b) == W.comma { b -= 1 }
      // "Our numbers remain anchored on 2022, when buyers took 64.1 Mt": with no figure
      // before it, the "when" clause holds the sentence's claim, not an aside.
      guard isAsideAfterFigure(before: b) else { continue }
      if tokens.year(at: b) != nil || Self.monthNumber(tokens.lower(b)) != nil { return true }
    }
    return false
  }

  /// Sets `lastYear` to the last year written in the sentence before token `end`; a
  /// comparison's base ("slightly more than in 2023") is not the year the story is about.
  mutating func rememberYears(upTo end: Int) {
    let bases = Set(sentencePeriods.stated.filter(\.base).map(\.index))
    for k in 0..<min(tokens.count, end) where tokens[k].isNumber && !bases.contains(k) {
      if let y = tokens.year(at: k) { lastYear = y }
    }
  }

  /// Words a figure's text may hold besides its number without naming a unit (scales).
  static let scaleOnlyWords: WordTable = [
    "thousand", "million", "billion", "trillion", "k", "m", "mn", "mln", "bn", "b", "tn", "trn",
    "mm", "lakh", "crore", "a", "an", "one",
  ]

  /// Dimensions of a quantity of goods whose unit a bare amount can carry.
  static let quantityDimensions: Set<TallyCore.Dimension> = [.mass, .volume, .energy, .length]

  /// True when the figure's text names its unit or currency ("$1.2bn", "1.74 trillion yuan"),
  /// false when it is a number with at most a scale ("1.74 trillion": a carried unit).
  static func statesItsUnit(_ text: String) -> Bool {
    if let plain = asciiStatesItsUnit(text) { return plain }
    var word = ""
    func named() -> Bool {
      defer { word = "" }
      return !word.isEmpty && !scaleOnlyWords.contains(word.lowercased())
    }
    for ch in text {
      if ch.isLetter {
        word.append(ch)
      } else {
        if named() { return true }
        if !(ch.isNumber || ch.isWhitespace || ch == "." || ch == "," || ch == "-") { return true }
      }
    }
    return named()
  }

  // MARK: - Reading one figure

  /// The frame of figure `f` at token `fi`, from its sentence and the story so far; the side
  /// chooser's runner-up, if it kept one, in `runnerUp`.
  ///
  /// Not `mutating`: a mutating method hands a copy of the whole framer to each non-mutating
  /// method it calls (some sixty call sites here, once per figure each).
  func local(
    _ f: Figure, at fi: Int, runnerUp: inout (fi: Int, candidate: SideCandidate, best: Double)?
  ) -> ClaimFrame {
    let t = tokens
    var fr = ClaimFrame()
    var origins: CaseMap<OriginKey, FrameOrigin> = [:]
    let end = figureEnd(f, from: fi)
    let clause = clauseRange(around: fi)
    var (src, srcTokens) = sentenceSource
    var clauseSourced = false
    // "Chinese customs reported $107.06bn, while the Russian customs service counted
    // $108.3bn": a source named in the figure's own clause, after a clause break, is the
    // figure's.
    if src != nil, clause.lowerBound > 0,
      t.has(clause.lowerBound - 1, .clauseBreaks),
      case let (own?, ownTokens) = Self.source(t, in: clause.lowerBound..<fi), own != src
    {
      src = own
      srcTokens.formUnion(ownTokens)
      clauseSourced = true
    }
    // (A loop: a closure that asks the framer copies the whole framer.)
    var mentions: [Mention] = []
    for m in t.mentions(in: clause)
    where !srcTokens.contains(m.start) && !ofLaterFigure(m, after: end, clause: clause) {
      mentions.append(m)
    }

    fr.qualifier = qualifier(f, at: fi)
    fr.role = role(f, at: fi)
    fr.record = f.kind == .level && isRecord(clause, figure: fi, end: end)
    fr.counted =
      countedRole(f, end: end) ?? f.counted ?? countedNounNear(f, at: fi, end: end, clause: clause)
    if isPartitiveCount(f, end: end) { fr.role = .part }
    fr.currency = sentenceCurrency
    if f.unit.rawValue == "times", f.kind != .share {
      // "doubled", "three times the level of a year earlier": a growth by a factor.
      fr.multiple = f.value
    }
    if f.dimension == .duration {
      // "the three-year war", "two years since the invasion", "more than two years ago" after
      // "since the war broke out": the event must be attached to the duration.
      let after = (end..<min(tokens.count, end + 3)).map { t.lower($0) }
      let attached =
        after.contains { $0.isAny("war", "conflict", "invasion", "operation") }
        || (after.first == "ago" && sentenceSince) || after.first == "since"
        || t.id(fi - 1) == W.the && after.contains("war")
      if attached { fr.event = sentenceEvent ?? nil }
    } else if sentenceSince {
      fr.event = sentenceEvent ?? nil
    }
    if let own = sourceAfter(end) {
      // "$107.06bn recorded by Beijing": this figure's own source.
      fr.source = own
      origins[.source] = .afterFigure
    } else if let own = sourceBefore(fi) {
      fr.source = own
      origins[.source] = FrameOrigin(.stated, "before the figure")
    } else if let src {
      fr.source = src
      origins[.source] = clauseSourced ? FrameOrigin(.stated, "its clause") : .sentence
    } else if let source {
      fr.source = source
      origins[.source] = .earlierSentence
    }

    // The flow and the sides.
    let anchor = flowAnchor(fi, end: end, clause: clause)
    var sides = Sides()
    if let anchor {
      fr.flow = anchor.flow
      origins[.flow] = FrameOrigin(
        .stated,
        anchor.verb ? "verb '\(t.lower(anchor.index))'" : "noun '\(t.lower(anchor.index))'")
      sides = self.sides(anchor, mentions: mentions, clause: clause, figure: fi)
      if flow(of: fr) != nil, goesTheOtherWay(anchor, figure: fi, end: end, sides: sides) {
        // "Russia sold China $4.08bn, far more than the $2.75bn of Chinese goods that went the
        // other way": the second figure borrows the verb of the first, in reverse.
        swap(&sides.reporter, &sides.partner)
        origins[.sides] = FrameOrigin(.stated, "the other direction")
      } else if !anchor.verb, anchor.flow != .total, sides.reporter == nil, sides.partner == nil,
        let (e, i) = reverseOfLastFlow(after: anchor.index, before: fi)
      {
        // "Russian goods made up 54% of the total. Sales in the other direction rose to $111bn":
        // the last flow one way, reversed.
        sides.reporter = anchor.flow == .export ? e : i
        sides.partner = anchor.flow == .export ? i : e
        origins[.sides] = FrameOrigin(.stated, "the other direction of the last flow one way")
      }
    }
    var goods = attachedGoods(anchor, figure: fi, end: end, clause: clause)
    if goods == nil, pipelineGas(before: fi, clause: clause) {
      // "Gas imports through the Power of Siberia pipeline were worth $72m".
      goods = .named(Commodities.pipeline)
    }
    let share = shareWhole(f, at: end, clause: clause)
    if let share {
      applyShare(share, &fr, &sides, &goods, anchor: anchor, mentions: mentions, figure: fi)
      origins[.shareOf] = .sentence
    }
    var inherited = false
    if share == nil, let (whole, origin) = shareAnaphor(f, at: fi, clause: clause) {
      // "against 54% a year earlier", "that share rose to 14%": the same share again.
      inherit(whole, into: &fr)
      fr.shareOf = whole.shareOf
      origins[.shareOf] = origin
      origins[.flow] = origin
      origins[.reporter] = origin
      inherited = true
    }
    // "Russian sales to China had jumped 43% in 2022, ..., and rose a further 13% in 2023": a
    // verb with no subject after "and" continues the sentence's first figure.
    if share == nil, f.kind == .change,
      let first = sentenceFrames.first(where: { $0.frame.flow != nil }),
      continuesSubject(fi)
    {
      inherit(first.frame, into: &fr)
      origins[.flow] = FrameOrigin(.carried, "the sentence's first figure")
      origins[.reporter] = FrameOrigin(.carried, "the sentence's first figure")
      inherited = true
    }
    if share == nil, !inherited, let (whole, part) = wholeOfPart(f, at: fi) {
      // "8.31 million tonnes out of 76.7 million tonnes": the whole is the same flow with all
      // partners; ", or less than 11%" after it is the part's share of that whole.
      inherit(part ?? whole, into: &fr)
      if part == nil {
        fr.partner = "WLD"
        origins[.partner] = FrameOrigin(.stated, "total: all partners")
      } else {
        fr.shareOf = .world
        origins[.shareOf] = FrameOrigin(.stated, "the part and whole before it")
      }
      origins[.flow] = .previousFigure
      origins[.reporter] = .previousFigure
      inherited = true
    }
    if share == nil && !inherited {
      // "8.31 Mt of Russian LNG, 10.8% of the 76.7 Mt China imported, and 3.3% more than in
      // 2023": the whole of a share is no subject for the figures after it.
      if let prev = sentenceFrames.last(where: { !isShareWhole($0.index) }), prev.frame.flow != nil,
        anchor == nil && !hasOwnMeasure(from: prev.index, to: fi) || isWorth(of: prev, at: fi)
      {
        // An elliptical figure: no flow word of its own, after a trade figure of the same
        // sentence ("8.3 million tonnes of LNG, worth $4.5bn").
        inherit(prev.frame, into: &fr)
        origins[.flow] = .previousFigure
        origins[.reporter] = .previousFigure
        if !prev.frame.hs.isEmpty, let g = gappedGoods(from: prev.index, to: fi),
          !prev.frame.hs.contains(g.hs)
        {
          // "..., and steam coal for 3.88 Mt": the same trade in the goods of the gap.
          fr.hs = [g.hs]
          fr.commodity = g.name
          origins[.commodity] = FrameOrigin(.carried, "goods of a gapped clause")
        }
        inherited = true
      } else if anchor == nil, clauseSourced, let prev = sentenceFrames.last,
        prev.frame.flow != nil, reportedAfterBreak(from: prev.index, to: fi)
      {
        // "Chinese customs reported $107.06bn of trade with Russia, while the Russian customs
        // service counted $108.3bn": the other source's count of the same trade.
        inherit(prev.frame, into: &fr)
        origins[.flow] = FrameOrigin(.carried, "previous figure, counted by another source")
        origins[.reporter] = origins[.flow]
        inherited = true
      } else if anchor == nil, let w = cleftTrade(at: fi, end: end, clause: clause) {
        // "$76.1bn was what China sold to Russia in 2022": the trade the "what" clause states.
        inherit(w, into: &fr)
        origins[.flow] = FrameOrigin(.stated, "the trade of a 'what' clause")
        origins[.reporter] = origins[.flow]
        inherited = true
      } else if anchor == nil, baseOfNoTrade(f, at: fi) {
        // "$1,150 per box in late August, down from $1,400 in spring": the base of a price
        // is a price, not the last trade named.
        origins[.flow] = FrameOrigin(
          .stated, "not recorded trade: the base of a figure that is no trade", tag: .notRecorded)
      } else if let (topic, origin) = layoutTopic(f, anchor: anchor, goods: goods, clause: clause) {
        // "* LNG: 6.5 Mt in 2022; in 2021, 3.53 Mt": a figure of a labelled
        // item with no trade of its own is about the label's goods (ClaimFramer+Layout.swift).
        inherit(topic, into: &fr)
        origins[.flow] = origin
        origins[.reporter] = origin
        origins[.commodity] = origin
        inherited = true
      } else if let (last, stated) = carriedTrade(f, clause: clause),
        isAnaphoric(f, anchor: anchor, sides: sides, goods: goods, clause: clause, last: last)
      {
        // "These shipments were worth $468m", "A year earlier it had been $190.3bn"; "Russian
        // coal poured into China. Customs data show 7.85 Mt arriving" (a trade stated without
        // a figure).
        inherit(last.frame, into: &fr)
        origins[.flow] = stated ? .statedTrade : .lastTradeNamed
        origins[.reporter] = origins[.flow]
        if let g = goodsOfBill(f, at: fi, clause: clause, carried: fr) {
          // "China's bill for pipeline gas quadrupled. The September bill, $411m, ...": the
          // bill of the goods whose change was named since.
          inherit(g, into: &fr)
          origins[.flow] = FrameOrigin(.stated, "a bill of the goods changed last")
          origins[.reporter] = origins[.flow]
        }
        if anchor == nil, let other = thirdCountry(mentions, before: fi, of: fr) {
          // "Australia remained the leading source at 24 Mt": the same trade with a country
          // outside the last trade's pair.
          fr.partner = other
          origins[.partner] = FrameOrigin(
            .stated, "a country outside the last trade's pair, in the clause")
        }
        // "China's exports to Russia fell to $8.6bn. Imports fell 5% to $9bn": the same
        // reporter and partner, the other flow. Only the words "exports" and "imports":
        // "deliveries", "sales" or "purchases" after a trade name the same goods flow.
        if let a = anchor, !a.verb,
          t.id(a.index).isAny(W.exports, W.imports, W.export, W.import),
          let had = fr.flow, had == .export || had == .import, a.flow != had
        {
          fr.flow = a.flow
          origins[.flow] = FrameOrigin(
            .stated, "noun '\(t.lower(a.index))'; sides of the last trade named")
        }
        if fr.flow == .export || fr.flow == .import, fr.hs.isEmpty, totalNoun(before: fi, clause),
          let total = lastTotal,
          Set([total.reporter, total.partner]) == Set([fr.reporter, fr.partner])
        {
          // "Trade reached $20bn in May; imports were $11bn. The monthly total was 6% higher":
          // after the pair's trade both ways was named, the total is that trade.
          fr.flow = .total
          origins[.flow] = FrameOrigin(.stated, "noun 'total'; the pair of the last trade named")
        }
        inherited = true
      }
    }
    if fr.flow == nil, !inherited, share == nil, anchor == nil,
      let (g, origin) = goodsWithOrigin(f, goods: goods, mentions: mentions),
      let buyer = lastTrade.flatMap({ $0.frame.exporter == origin ? $0.frame.importer : nil })
        ?? ranked.first(where: { $0 != origin })
    {
      // "Customs data put Russian LNG at 8 million tonnes": goods named with their origin and
      // no flow word are the origin's sales to the story's other country.
      Self.setGoodsTrade(
        &fr, &origins, goods: g, flow: .import, reporter: buyer, partner: origin,
        why: (FrameOrigin(.stated, "goods named with their origin"), .story, .sentence))
    }
    if fr.flow == nil, !inherited, share == nil, anchor == nil,
      let (g, flow, other) = goodsWithRoute(f, goods: goods, at: fi, end: end, clause: clause)
        ?? goodsRouteBefore(f, at: fi, clause: clause),
      let own = fr.source.flatMap({ $0 != other ? $0 : nil })
        ?? ranked.first(where: { $0 != other }) ?? aheadCountries.first(where: { $0 != other })
    {
      // "Customs recorded 8.3 million tonnes of LNG from Russia": goods and the way they went,
      // with no flow word, are the trade of the side whose statistics (or story) it is.
      Self.setGoodsTrade(
        &fr, &origins, goods: g, flow: flow, reporter: own, partner: other,
        why: (
          FrameOrigin(.stated, flow == .import ? "goods 'from' a country" : "goods 'to' a country"),
          fr.source == own ? .source : .story, .sentence
        ))
    }
    var subject: GoodsSubject?
    if !inherited, share == nil, let gs = goodsSubject(f, at: fi, clause: clause),
      fr.flow == nil || anchor.map({ $0.index < gs.start }) == true
    {
      // "LNG was the exception: volumes fell by a fifth", ", and pipeline gas cost $1.2bn":
      // goods as the subject of a clause with no flow word are the story's trade in them.
      subject = gs
      let why = FrameOrigin(
        .carried, "goods as the clause's subject; the story's trade in them", tag: .goodsSubject)
      Self.setGoodsTrade(
        &fr, &origins, goods: gs.goods, flow: gs.flow,
        reporter: gs.flow == .export ? gs.exporter : gs.importer,
        partner: gs.flow == .export ? gs.importer : gs.exporter, why: (why, why, why))
      inherited = true
    }
    if fr.flow == nil, !inherited, subject == nil, share == nil, anchor == nil, mentions.isEmpty,
      let (g, e, i, fl) = storyGoodsTrade(f, goods: goods, clause: clause)
    {
      // "Tankers brought 6.5 million tonnes of LNG": goods named with no flow word and no
      // country are the story's trade in them.
      Self.setGoodsTrade(
        &fr, &origins, goods: g, flow: fl, reporter: fl == .export ? e : i,
        partner: fl == .export ? i : e,
        why: (
          FrameOrigin(.stated, "goods named with no flow word; the story's trade in them"), .story,
          .story
        ))
    }
    if fr.flow == .export || fr.flow == .import, !inherited, fr.reporter == nil,
      sides.reporter == nil, sides.partner == nil, let a = anchor, !a.verb,
      tokens.id(a.index + 1).isAny(W.from, W.to), tokens.id(a.index + 2).isAny(W.it, W.them),
      let prior = sentenceFrames.last(where: { Self.isOneWayPair($0.frame) })?.frame
    {
      // "Chinese exports to its neighbour were $9.99bn and imports from it $9.7bn": "it" is
      // the partner of the sentence's earlier flow one way; the reporter is the same.
      sides.reporter = prior.reporter
      sides.partner = prior.partner
    }
    if fr.flow == .export || fr.flow == .import, !inherited, fr.reporter == nil,
      sides.reporter == nil, sides.partner == nil, let a = anchor, !a.verb,
      let prior = coordinatedOppositeFlow(a, flow: fr.flow)
    {
      // "Chinese exports to Russia came to $115.49bn and imports to $129.32bn": the other
      // flow of the same reporter, joined to the sentence's flow one way.
      sides.reporter = prior.reporter
      sides.partner = prior.partner
      origins[.sides] = FrameOrigin(.stated, "the reporter of the flow it is joined to")
    }
    if fr.flow != nil && !inherited && fr.reporter == nil {
      applySides(&fr, sides, goods: goods, origins: &origins)
      // Sides carried from weak evidence: re-decided by the side chooser (Chooser/).
      chooseSides(&fr, at: fi, origins: &origins, runnerUp: &runnerUp)
    }
    if fr.flow != nil && !inherited && fr.hs.isEmpty && fr.commodity == nil {
      switch goods {
      case .some(.named(let g)):
        fr.hs = [g.hs]
        fr.commodity = g.name
        origins[.commodity] = .sentence
      case .some(.all):
        break
      case nil:
        if let g = sentenceGoods(outside: clause) {
          // "Lithium-ion batteries ... followed the same path: sales to Russia came to $47m".
          fr.hs = [g.hs]
          fr.commodity = g.name
          origins[.commodity] = FrameOrigin(.carried, "an earlier clause")
        } else if let c = commodity, refersToStoryGoods(f, anchor: anchor) {
          fr.hs = [c.hs]
          fr.commodity = c.name
          origins[.commodity] = .story
        }
      }
    }
    // "Total Chinese LNG imports": the reporter's flow with all partners.
    if let a = anchor, !a.verb, fr.partner == nil || origins[.partner] != .sentence,
      fr.flow == .import || fr.flow == .export,
      (max(clause.lowerBound, a.index - 4)..<a.index).contains(where: {
        t.id($0).isAny(W.total, W.overall, W.all)
      }),
      !mentions.contains(where: {
        $0.start > a.index && t.id($0.start - 1).isAny(W.from, W.to, W.with)
      }),
      // "Total coal purchases came to 64 million tonnes" in a story about one pair's coal is
      // that pair's total over kinds of coal: all partners only when the reporter is named
      // with the total ("Total Chinese LNG imports", "China's total imports") or no trade was
      // named before.
      lastTrade == nil
        || mentions.contains(where: { $0.end <= a.index && a.index - $0.end <= 5 })
    {
      fr.partner = "WLD"
      origins[.partner] = FrameOrigin(.stated, "total: all partners")
    }
    // "the 76.7 million tonnes China imported from all suppliers", "China's trade with all
    // partners came to $4.65tn": all partners.
    if fr.flow == .import || fr.flow == .export || fr.flow == .total && fr.reporter != nil,
      allPartnersAfter(anchor, fi, end, clause: clause)
        || worldFlow(anchor, f, mentions: mentions)
    {
      if fr.flow == .total, fr.reporter == "WLD" { swap(&fr.reporter, &fr.partner) }
      fr.partner = "WLD"
      origins[.partner] = FrameOrigin(.stated, "total: all partners")
    }
    // "Russian sellers earned $129bn in the Chinese market": the sellers' exports to the
    // market's country ("market" is then no word of a non-trade figure).
    let inMarket = sellerInMarket(f, at: fi, end: end, clause: clause)
    if let (e, i) = inMarket {
      Self.dropTrade(&fr)
      fr.flow = .export
      fr.reporter = e
      fr.partner = i
      origins[.flow] = FrameOrigin(.stated, "sellers of one country in another's market")
      origins[.reporter] = origins[.flow]
      origins[.partner] = origins[.flow]
    }
    if let other = thirdSideVolumes(fi, clause: clause, fr) {
      // "China's crude imports fell, with Saudi volumes down 4.5%": another partner's share
      // of the flow.
      fr.partner = other
      origins[.partner] = FrameOrigin(.stated, "a country's volumes right before the figure")
    }
    // Trade of a province or a border crossing is not the national trade; prices, exchange
    // rates, the economy, targets and forecasts are not trade data.
    // (Conditions in `if`s, not closures: a closure that calls the framer copies it.)
    var notTrade =
      notTradeWord(f, at: fi, end: end, clause: clause)
      ?? distanceWord(f, at: fi, end: end) ?? occurrenceWord(f, at: fi, end: end)
      ?? facilitySize(f, at: fi, end: end) ?? legalSum(at: fi, clause: clause)
      ?? rateMultiple(f, at: fi, clause: clause) ?? projectWorth(at: fi)
      ?? forecastWord(f, at: fi, clause: clause)
      ?? marketSale(anchor, figure: fi, mentions: mentions)
      ?? marketMove(f, at: fi, stated: anchor != nil)
    // "Russian cargoes took 10.8% of the market": the buyer's imports are the share's whole,
    // the seller named before the figure their part.
    if let w = notTrade,
      (inMarket != nil
        || fr.shareOf != nil && marketWhole(after: end)
          && mentions.last(where: { $0.end <= fi })?.iso3 == fr.exporter)
        && w.hasPrefix("market")
    {
      notTrade = nil
    }
    // "pipeline gas cost China $4bn": what the buyer paid for the goods, not a price;
    // "imports of LNG reached 0.9 Mt, at a cost of $0.5bn": what that trade cost.
    if let w = notTrade,
      !(!["cost", "costs"].contains(w)
        || subject?.costVerb == nil && !paidCost(before: fi) && !ownCost(before: fi)
          && !((origins[.flow] == .previousFigure || anchor != nil) && atCostOf(fi))
          && !(anchor != nil && coordinatedCost(before: fi)))
    {
      notTrade = nil
    }
    // "Tatarstan's own trade with China": a part of a country, in this clause only.
    var ownPart = false
    if let a = anchor {
      ownPart =
        Self.ownPartTrade(t, a.index - 1)
        || (f.dimension.isAny(.money, .mass, .volume) && fromPlace(a.index, figure: fi))
    }
    // "The province's trade with Russia": a place on a side of the trade, not one the
    // sentence merely names ("border officials said trade between the countries ...").
    let placeSide = sentenceSubnational && subnationalSide(at: fi, end: end, clause: clause)
    let subnational = placeSide || ownPart
    if subnational, notTrade == nil {
      fr.flow = nil
      fr.reporter = nil
      fr.partner = nil
      origins[.flow] = FrameOrigin(.stated, "subnational: not a national series")
    } else if let w = notTrade {
      Self.dropTrade(&fr)
      // "shared 48,000 times", "expected to double": no multiple of any trade the text states.
      fr.multiple = nil
      origins[.flow] = FrameOrigin(.stated, "not recorded trade: '\(w)'", tag: .notRecorded)
    }
    // A count of actors ("the two neighbours", "20 companies") is no quantity of goods traded.
    if f.dimension == .count, let n = f.counted, Self.countsNoGoods(n) {
      fr.flow = nil
      fr.reporter = nil
      fr.partner = nil
      // The goods the businesses deal in, if named with the count ("40 firms selling cable"):
      // part of what it counts.
      let g = countedGoods(f, end: end, clause: clause)
      fr.hs = g?.entry.map { [$0.hs] } ?? []
      fr.commodity = g?.name
    }
    // A money figure carries its own currency: "in yuan terms" from an earlier figure does
    // not make "$146.9bn" a yuan claim. One that only took the unit of an earlier amount
    // ("$244.8bn ... In yuan terms it came to 1.74 trillion") is in the terms its sentence
    // states (see `flush`).
    if f.unit.isCurrency, Self.statesItsUnit(f.text) { fr.currency = nil }
    if let terms = statedVolume(f, fr, at: fi, end: end, clause: clause) {
      fr.currency = terms
      origins[.currency] = FrameOrigin(.stated, "volume named in the clause")
    }
    if fr.currency == nil || fr.currency == ClaimFrame.quantityTerms,
      followsVolumeLevel(f, at: fi, end: end)
    {
      fr.currency = ClaimFrame.volumeTerms
      origins[.currency] = FrameOrigin(.stated, "the quantity before it")
    }
    fr.measure = measure(f, fr)
    if fr.measure == .price, fr.flow != nil, let u = Self.perPeriodNumerator(f.unit) {
      // "paying roughly $12 million a month": a trade at a rate, not a price.
      var g = f
      g.unit = u
      fr.measure = measure(g, fr)
    }
    if subnational, notTrade == nil,
      isRegionalTrade(f, fr)
        || f.kind == .change && f.dimension == .percent && anchor != nil
          && (ownPart || placeSide)
    {
      // A province's or a port's trade (its level or its change): no national series.
      fr.measure = .regional
    }
    if fr.measure == .growth { fr.role = .change }
    if let (q, level) = boundPhrase(f, at: fi, end: end) {
      // "fell short of $250bn", "crossed the $200bn mark": a bound on a level.
      fr.qualifier = q
      if level, f.kind == .change, fr.multiple == nil {
        var g = f
        g.kind = .level
        fr.measure = measure(g, fr)
        fr.role = .level
      }
    }
    if let (r, p) = balanceAgainstOtherFlow(f, fr, end: end) {
      // "$2.7bn more than the flow in the other direction": the exporter's surplus.
      fr.measure = .balance
      fr.flow = .balance
      fr.reporter = r
      fr.partner = p
      fr.role = .level
      origins[.flow] = FrameOrigin(.stated, "an amount more or less than the other direction")
    }
    if sumOfBothFlows(f, fr, at: fi) {
      // "exports of $8.7bn and imports of $11.1bn added up to $19.8bn": both ways.
      fr.flow = .total
      origins[.flow] = FrameOrigin(.stated, "a sum of the exports and imports stated before it")
    }
    // "Russia's surplus in its trade with China": the balance, not the trade.
    var balanceWord = anchor.map { t.lower($0.index) }
    if fr.flow == .total, let a = anchor, let b = balanceNoun(before: a.index) {
      fr.flow = .balance
      fr.measure = .balance
      balanceWord = t.lower(b)
      origins[.flow] = FrameOrigin(.stated, "noun '\(t.lower(b))'")
    }
    // A balance is the reporter's surplus: "Russia's deficit with China" is China's surplus.
    if fr.flow == .balance, balanceWord?.hasPrefix("deficit") == true {
      swap(&fr.reporter, &fr.partner)
    }
    if let (r, p) = statedBalance(f, at: fi, end: end, clause: clause) {
      // "a gap of $2.4bn" after two flows, "imports exceeded exports by $11bn", "the surplus
      // in Russia's favour": the balance of the side the text shows to have the surplus.
      fr.measure = .balance
      fr.flow = .balance
      fr.reporter = r
      fr.partner = p
      fr.role = .level
      origins[.flow] = FrameOrigin(.stated, "a balance; its side from the flows the text states")
      origins[.reporter] = origins[.flow]
      origins[.partner] = origins[.flow]
    }

    let p = period(f, fr, at: fi, end: end, clause: clause)
    if let start = p.period?.start, let ref = reference, fr.flow != nil,
      start.monthOrdinal > ref.year * 12 + ref.month - 1
    {
      // "$300bn in annual trade by 2030": a period after the report is a target or a
      // forecast, never recorded trade.
      Self.dropTrade(&fr)
      fr.measure = measure(f, fr)
      origins[.flow] = FrameOrigin(
        .stated, "not recorded trade: a period after the report", tag: .notRecorded)
    }
    // "Our house view has bilateral trade back near $80bn this year": a target, a forecast
    // or a view, scored on the clause (``ForecastEvidence``).
    if fr.flow != nil,
      let w = forecastEvidence(f, at: fi, end: end, clause: clause, period: p.period)
    {
      Self.dropTrade(&fr)
      fr.measure = measure(f, fr)
      origins[.flow] = FrameOrigin(.stated, "not recorded trade: \(w)", tag: .notRecorded)
    }
    fr.period = p.period
    fr.cumulative = p.cumulative
    fr.base = p.base
    if let o = p.origin { origins[.period] = o }
    if let role = p.role { fr.role = role }
    if let period = fr.period, otherTradeComparison(f, at: fi, end: end) {
      // "imports exceeded exports by 59%": two trades of one period (ClaimVsDataset+Ratio).
      fr.measure = .growth
      fr.role = .change
      fr.base = period
      origins[.base] = FrameOrigin(.stated, "the same period: another trade compared")
    }
    fr.origins = origins
    return fr
  }

  /// The event the sentence names (`Events.event(in:)`), read once per sentence.
  mutating func eventOfSentence() -> String? {
    if let e = sentenceEvent { return e }
    let e = Events.event(in: sentence)?.name
    sentenceEvent = .some(e)
    return e
  }

  /// True when the figure follows "and <verb> (a further|another)" with no subject of its own.
  func continuesSubject(_ fi: Int) -> Bool {
    var k = fi - 1
    while tokens.has(k),
      ["a", "further", "another", "by", "some", "about", "nearly", "almost"].contains(
        tokens.lower(k))
    { k -= 1 }
    guard tokens.has(k), tokens[k].isWord, tokens.flowNoun(k) == nil else {
      return false
    }
    return tokens.id(k - 1) == W.and
      || (tokens.id(k - 1) == W.comma && tokens.lower(k - 2) != "")
        && tokens.id(k - 1) == W.and
  }

  /// "recorded by Beijing", "reported by Russian customs": a source right after the figure.
  ///
  /// "by" counts after a verb of publication ("recorded by", "reported by") or before the
  /// side's numbers ("by Chinese figures"), not after a cause ("driven by Russian
  /// deliveries"); "published in Beijing" names the side too.
  func sourceAfter(_ end: Int) -> String? {
    for k in end..<min(tokens.count, end + 3) where tokens.id(k).isAny(W.by, W.in) {
      guard let m = tokens.mentions(in: (k + 1)..<min(tokens.count, k + 3)).first else {
        continue
      }
      let verb = tokens.lower(k - 1)
      let published = Self.publishedWords.contains(verb)
      let numbers =
        tokens.has(m.end, .sourceNouns)
        || tokens.id(m.end).isAny(W.count, W.tally)
      if tokens.id(k) == W.by ? published || numbers || k == end : published {
        return m.iso3
      }
    }
    return nil
  }

  /// Participles of publication before "by" or "in" and a source ("published in Beijing").
  static let publishedWords: WordTable = [
    "recorded", "reported", "published", "released", "compiled", "counted", "given", "issued",
    "cited", "announced", "calculated", "estimated",
  ]

  /// A word that makes the figure something other than recorded trade: a price ("$60 a
  /// barrel"), an exchange rate, the economy, a target or forecast.
  func notTradeWord(_ f: Figure, at fi: Int, end: Int, clause: Range<Int>) -> String? {
    for phrase in ClaimWords.perWords where tokens.matches(phrase, at: end) != nil {
      return phrase.joined(separator: " ")
    }
    if let w = perUnitWords(end: end) ?? chargeWord(before: fi, clause: clause)
      ?? rateAdjective(f, before: fi, clause: clause)
    {
      return w
    }
    // "its full 38 billion cubic metres a year", "runs at 30 million tonnes a year": a
    // physical quantity per year or day is a rate (a capacity or a plan), not a period's
    // record; "a year earlier" is a base.
    if !f.unit.isCurrency, f.dimension != .percent, f.dimension != .count {
      for phrase in ClaimWords.ratePhrases {
        if let e = tokens.matches(phrase, at: end), !tokens.has(e, .afterYear) {
          return phrase.joined(separator: " ")
        }
      }
    }
    // "set a goal of $100bn in annual trade by 2015 and $200bn by 2020": a target for a year.
    if tokens.id(end) == W.by, tokens.has(end + 1), tokens[end + 1].isNumber,
      tokens.tokens.contains(where: { ClaimWords.targetWords.contains($0.lower) })
    {
      return "by " + tokens[end + 1].text
    }
    if let w = quotedAt(fi) ?? policyRate(f, before: fi, clause: clause)
      ?? nonTradeWhole(f, at: end) ?? projectionWords(at: fi, clause: clause)
    {
      return w
    }
    // "A near-tripling would have taken trade to well over $400bn": a counterfactual, no
    // record ("which would make the total $97bn" is arithmetic on records: no "have").
    if let m = (clause.lowerBound..<fi).first(where: {
      isModal($0) && tokens.id($0 + 1) == W.have
    }) {
      return tokens.lower(m) + " have"
    }
    var stop = end
    // "rose 37% on higher prices", "fell 6% amid weak demand": words of reason after the
    // figure say why, not what it measures.
    while stop < min(clause.upperBound, end + 7),
      ![",", "and", ";", "as", "because", "while", "when", "after"].contains(tokens.lower(stop)),
      !tokens.has(stop, .reasonAfterWords)
    {
      stop += 1
    }
    let near = max(clause.lowerBound, fi - 6)..<stop
    for k in near where tokens.has(k, .notTrade) {
      // The currency of the figure itself ("2.5 million roubles") is its unit.
      if k >= fi && k < end { continue }
      if inReasonAside(k, before: fi, clause: clause) { continue }
      return tokens.lower(k)
    }
    // "sells for $300": a price.
    if tokens.id(fi - 1) == W.for
      || (tokens.id(fi - 2) == W.for && tokens.has(fi - 1, .qualifierWords))
    {
      let v = tokens.lower(fi - 2 - (tokens.id(fi - 1) == W.for ? 0 : 1))
      if v.isAny("sells", "sold", "sell", "costs", "cost", "priced", "bought", "buys") {
        return v + " for"
      }
    }
    return nil
  }

  /// The commodity an earlier clause of the sentence opens with ("Lithium-ion batteries, the
  /// other component in short supply, followed the same path: sales to Russia came to ...").
  func sentenceGoods(outside clause: Range<Int>) -> Commodities.Entry? {
    // "Purchases of LNG climbed to 9.8 Mt, and exports were $8.9bn": goods that measured a
    // figure of their own in the earlier clause are that figure's.
    guard clause.lowerBound > 0,
      !sentenceFrames.contains(where: { $0.index < clause.lowerBound && !$0.frame.hs.isEmpty })
    else { return nil }
    for k in 0..<min(4, clause.lowerBound) {
      if let (c, _) = tokens.commodity(at: k), !Self.isComposition(tokens, k) { return c }
    }
    return nil
  }

  func inherit(_ p: ClaimFrame, into fr: inout ClaimFrame) {
    fr.flow = p.flow
    fr.hs = p.hs
    fr.commodity = p.commodity
    fr.reporter = p.reporter
    fr.partner = p.partner
    if fr.currency == nil { fr.currency = p.currency }
    if fr.source == nil { fr.source = p.source }
  }

  /// Makes `fr` no recorded trade: no flow, sides, goods or whole of a share.
  static func dropTrade(_ fr: inout ClaimFrame) {
    fr.flow = nil
    fr.reporter = nil
    fr.partner = nil
    fr.hs = []
    fr.commodity = nil
    fr.shareOf = nil
  }

  /// Words that make a figure refer back to the last trade named.
  static let anaphors: WordTable = [
    "it", "they", "them", "this", "that", "these", "those", "total", "figure", "level", "volumes",
    "volume", "value", "sum", "amount", "record", "tally", "deliveries", "shipments", "purchases",
    "sales", "supplies", "imports", "exports", "cargoes", "flows", "trade",
  ]
  static let determiners: WordTable = ["the", "these", "those", "such", "this", "that"]

  /// True when a figure with no trade of its own refers to the last trade named: its clause
  /// refers back ("it", "these shipments", "the total") or names no flow at all, and the
  /// figure measures the same kind of quantity.
  func isAnaphoric(
    _ f: Figure, anchor: Anchor?, sides: Sides, goods: Goods?, clause: Range<Int>,
    last: (frame: ClaimFrame, dimension: TallyCore.Dimension)
  ) -> Bool {
    guard f.kind != .share, f.dimension != .count, f.dimension != .duration else { return false }
    // "Their value reached $15bn" after a count or tonnage: the value of the same trade.
    let valueOf =
      f.unit.isCurrency && last.dimension != .percent
      && clause.contains {
        tokens.has($0, .valueNouns)
          // "Those cargoes cost $8bn", "June's cargoes cost $8bn": the cost of the goods
          // named before.
          || tokens.id($0).isAny(W.cost, W.costs)
            && tokens.has($0 - 1, .commodityAnaphors)
            && (tokens.has($0 - 2, .determiners)
              || periodPossessive(before: $0 - 1))
      }
    // A multiple ("tripled", "2.6 times the 2015 level") is a change by a factor: like a
    // percentage change, it measures whatever the trade named before measured.
    // "Turnover grew 29% in 2022. Last year the total reached $240bn": after a trade stated
    // only by its change, a level of any kind measures it.
    let sameKind =
      f.dimension == last.dimension || (f.kind == .change && f.dimension == .percent) || valueOf
      || f.unit.rawValue == "times"
      || last.dimension == .percent && f.kind == .level
        && f.dimension != .percent
      // "The crude bill came to $58.8bn. In December volumes slipped to 6.47 Mt": the quantity
      // of the goods whose value was stated.
      || (f.dimension == .mass || f.dimension == .volume) && f.kind == .level
        && !last.frame.hs.isEmpty && clause.contains { tokens.has($0, .volumeWords) }
    guard sameKind else { return false }
    if sides.reporter != nil || sides.partner != nil { return false }
    if case .named(let g)? = goods, !last.frame.hs.contains(g.hs) { return false }
    if let a = anchor {
      // "These shipments", "the imports": a determiner before a flow noun of no country.
      // A flow one way after a total both ways ("Turnover grew 29%. ... Sales in the other
      // direction rose to $111bn") names one side's trade, which the total does not tell.
      guard !a.verb, (a.flow == .total) == (last.frame.flow == .total) else { return false }
      return tokens.has(a.index - 1, .determiners)
        || tokens.lower(a.index - 1).isEmpty
        // "The year's deliveries cost $45bn": what the goods of that period cost.
        || tokens.id(a.index + 1).isAny(W.cost, W.costs) && periodPossessive(before: a.index)
        || Self.monthNumber(tokens.lower(a.index - 1)) != nil
    }
    // "A new terminal can store 300,000 tonnes", "the terminal stores 300,000 tonnes": a
    // capacity or a possibility, no record.
    if clause.contains(where: { isModal($0) || tokens.has($0, .holdingVerbs) }) {
      return false
    }
    return clause.contains { tokens.has($0, .anaphors) }
      // A sentence, or a clause after a semicolon, with no flow word of its own ("June alone
      // brought 958,500 tonnes").
      || (clause.lowerBound == 0 || tokens.id(clause.lowerBound - 1) == W.semicolon)
        && (f.kind == .level || f.kind == .change)
      // "growth slowed to 3.4%": a change noun with no trade of its own is the last trade's.
      || f.kind == .change && clause.contains { tokens.has($0, .changeNouns) }
  }

  /// Words after "a year" that make it a comparison's base ("a year earlier").
  static let afterYear: WordTable = ["earlier", "ago", "before", "on", "-", "later", "after"]

  /// Words that make an amount of money the value of the goods or trade named before ("the
  /// value", "worth", "the bill", "the import bill").
  static let valueNouns: WordTable = ["value", "worth", "valued", "bill"]

  /// Nouns of a change that name no measure of their own ("growth slowed to 3.4%").
  static let changeNouns: WordTable = [
    "growth", "increase", "increases", "rise", "decline", "decrease", "drop", "fall", "gain",
    "gains", "expansion", "contraction", "slowdown", "rebound", "jump",
  ]

}
