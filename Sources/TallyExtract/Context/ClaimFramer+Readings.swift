import Foundation
import TallyCore

/// What the framer remembers for other readings (``ClaimReading``): the trade levels and
/// growths of earlier sentences, with their lines.
struct ReadingMemory {
  /// A class: the readings copy and filter the remembered items for every figure, and a
  /// reference is copied with one retain where a frame's every field was copied.
  final class Item: Sendable {
    let frame: ClaimFrame
    let line: Int
    /// The index of the sentence (counted from the start of the document) it was read in.
    let sentence: Int
    /// The level's value and unit as written (the mirror-gap rule compares two counts).
    let value: Double?
    let unit: TallyCore.Unit?

    init(
      frame: ClaimFrame, line: Int, sentence: Int, value: Double? = nil,
      unit: TallyCore.Unit? = nil
    ) {
      self.frame = frame
      self.line = line
      self.sentence = sentence
      self.value = value
      self.unit = unit
    }
  }
  /// Trade levels with a period, oldest first (at most ``keep``).
  var levels: [Item] = []
  /// Growths with a period, oldest first (at most ``keep``).
  var growths: [Item] = []
  /// Sentences with figures read so far.
  var sentences = 0
  static let keep = 12
}

/// Typed provenance and other readings of a frame's parts (``ClaimFrame/provenance``,
/// ``ClaimFrame/readings``), set when a sentence's figures are final (`flush`).
///
/// A frame has parts the sentence states and parts the reader filled in: carried from an
/// earlier sentence or the headline, or defaulted. When a carried part is wrong, a true claim
/// looks false. As in AggChecker and Scrutinizer, the framer offers a few other readings of
/// the parts that were **not** stated, and the checks run them all: the claimed value is
/// evidence for which one the writer meant. The readings, in order:
///
/// | part     | when                                                    | other reading |
/// |----------|---------------------------------------------------------|---------------|
/// | `period` | a carried month, an earlier sentence stated a cumulative span ending with it | the span ("January to July ... July alone": the span) |
/// | `period` | a carried cumulative span                               | its last month alone |
/// | `period` | a carried year                                          | the other years of the last sentence's trade figures |
/// | `period` | a level where a change starts ("from $54m"), its period carried from that change | the change's base |
/// | `period` | any carried period                                      | the latest cumulative span the story stated |
/// | `period` | none: the story states no period before the figure      | the latest year, months and year to date before the story (``undatedReadings(_:resetsBase:)``) |
/// | `base`   | a growth with a carried period and no base of its own   | the span of the last growth stated before ("over the same two years") |
/// | `base`   | a growth with the default base, its sentence writing no base, the sentence before not writing the default year | a period the sentence before wrote ("since then") |
/// | `flow`   | exports or imports carried to a clause with no flow word ("The total was 26% higher") | the pair's total trade |
/// | `source` | a source carried from an earlier sentence (also a balance)  | no source: either side's series |
/// | `goods`  | an amount with no goods of its own                      | the goods of the figure before it in the sentence, then the story's |
/// | `goods`  | an amount whose goods were carried, its clause naming a flow | all goods |
/// | `sides`  | a flow whose clause names the reporter, the partner carried | the reporter's trade with all partners |
/// | `sides`  | all partners (`WLD`) carried from an earlier figure      | the story's pair |
/// | `sides`  | goods whose sides the sentence does not state           | the same goods the other way |
/// | `subject`| a figure no trade framed (``tentativeReadings(of:_:at:)``) | the story pair's candidate trades |
///
/// No reading is offered for a part the figure's sentence states: a sentence that writes a
/// period (not a comparison's base) gets no period readings, a clause with a flow word no flow
/// reading.
extension ClaimFramer {
  /// The provenance of the frame's parts, from the kinds of the origins the framer wrote
  /// (``FrameOrigin/Kind``): a part with no origin was defaulted.
  ///
  /// | part     | stated                          | carried                | defaulted |
  /// |----------|---------------------------------|------------------------|-----------|
  /// | `flow`   | any kind but `carried`          | `carried`              | |
  /// | `sides`  | neither side carried            | a side `carried`, or `source` with the source carried | |
  /// | `goods`  | `stated`                        | any other kind; no origin with goods | no origin, all goods |
  /// | `period` | `stated`, `relative`            | any other kind         | no origin |
  /// | `base`   | a base, the period's origin not ``FrameOrigin/defaultBase`` | | no base, or a default one |
  /// | `source` | any kind but `carried`          | `carried`              | |
  func provenance(of fr: ClaimFrame) -> CaseMap<FramePart, PartProvenance> {
    var out: CaseMap<FramePart, PartProvenance> = [:]
    let o = fr.origins
    func carried(_ origin: FrameOrigin?) -> Bool { origin?.kind == .carried }
    if fr.flow != nil {
      out[.flow] = carried(o[.flow]) ? .carried(line: line(ofTrade: fr)) : .stated
    }
    if fr.reporter != nil || fr.partner != nil {
      // "Chinese customs published its data. ... Crude deliveries came to 64 Mt": sides taken
      // from a source an earlier sentence named are no more stated than the source is.
      let sourceCarried = carried(o[.source])
      func fromSource(_ origin: FrameOrigin?) -> Bool { sourceCarried && origin?.kind == .source }
      out[.sides] =
        carried(o[.reporter]) || carried(o[.partner]) || fromSource(o[.reporter])
          || fromSource(o[.partner])
        ? .carried(line: line(ofTrade: fr)) : .stated
    }
    if fr.flow != nil {
      switch o[.commodity]?.kind {
      case .stated?: out[.goods] = .stated
      case nil: out[.goods] = fr.hs.isEmpty ? .defaulted : .carried()
      default: out[.goods] = .carried()
      }
    }
    if let p = fr.period {
      switch o[.period]?.kind {
      case .stated?, .relative?: out[.period] = .stated
      case nil: out[.period] = .defaulted
      default: out[.period] = .carried(line: line(ofPeriod: p))
      }
    }
    if fr.measure == .growth {
      out[.base] = fr.base == nil || o[.period]?.defaultBase == true ? .defaulted : .stated
    }
    if fr.source != nil {
      out[.source] = carried(o[.source]) ? .carried() : .stated
    }
    return out
  }

  /// The line of the latest remembered level with the frame's trade.
  func line(ofTrade fr: ClaimFrame) -> Int? {
    readingMemory.levels.last {
      $0.frame.flow == fr.flow && $0.frame.reporter == fr.reporter
        && $0.frame.partner == fr.partner
    }?.line
  }

  /// The line of the latest remembered figure with period `p`.
  func line(ofPeriod p: TimeRef) -> Int? {
    var best: Int?
    for items in [readingMemory.levels, readingMemory.growths] {
      for m in items where m.frame.period == p && best.map({ m.line > $0 }) ?? true {
        best = m.line
      }
    }
    return best
  }

  /// True when the current sentence writes a period that is not a comparison's base.
  var sentenceStatesPeriod: Bool {
    sentencePeriods.stated.contains { !$0.base } || sentencePeriods.firstMonths != nil
      || sentencePeriods.monthSpan != nil || sentencePeriods.saysTheMonth
      || sentencePeriods.saysThatYear
  }

  /// Other readings of a frame's parts that were not stated, best first (table above).
  func readings(of fr: ClaimFrame, _ f: Figure, at fi: Int) -> [ClaimReading] {
    if fr.measure == .share { return shareGoodsReadings(of: fr) }
    if fr.partner == "WLD", fr.isTrade, f.dimension != .count, f.dimension != .duration,
      fr.shareOf == nil, let r = storyPairFromWorld(of: fr, fr.provenance)
    {
      return [r]
    }
    guard fr.isTrade, fr.partner != "WLD", f.dimension != .count, f.dimension != .duration,
      fr.shareOf == nil
    else { return [] }
    let level = [.trade, .exports, .imports, .commodity].contains(fr.measure)
    let growth = fr.measure == .growth
    let prov = fr.provenance
    // A balance ("a Russian surplus of about $11bn") after a source named sentences before:
    // only the source reading (its other parts are the flows' it is derived from).
    if fr.measure == .balance {
      return prov[.source]?.kind == .carried ? [sourceReading(fr)] : []
    }
    guard level || growth else { return [] }
    var out: [ClaimReading] = []
    // A period read otherwise moves a growth's default base with it, never a stated one.
    let resetsBase = growth && prov[.base]?.kind != .stated
    let mem = readingMemory
    // Periods.
    if let p = fr.period, let pv = prov[.period], pv.kind != .stated, !sentenceStatesPeriod {
      let from = pv.line.map { " from line \($0)" } ?? ""
      if !p.isSpan, p.start.granularity == .month,
        let span = mem.levels.last(where: {
          $0.frame.cumulative && $0.frame.period?.end == p.start
            && $0.frame.period?.start.year == p.start.year
        })
      {
        // "Coal shipped in January and February totalled 14.7 Mt. Coking coal accounted for
        // 4.4 Mt of it": the month the reader carried is the end of the span stated before.
        out.append(
          ClaimReading(
            part: .period,
            why: "read as \(span.frame.period?.description ?? "?"), the cumulative span "
              + "stated on line \(span.line); the month \(p) was carried\(from)",
            period: span.frame.period, cumulative: true, setsBase: resetsBase))
      }
      if level, let e = p.end, fr.cumulative, e.granularity == .month {
        out.append(
          ClaimReading(
            part: .period,
            why: "read as \(e) alone, the last month of the span \(p)\(from)",
            period: TimeRef(e), cumulative: false))
      }
      if !p.isSpan, p.start.granularity == .year {
        let last = mem.sentences
        let recent = (mem.levels + mem.growths).filter {
          $0.sentence == last && $0.frame.role != .base && $0.frame.role != .from
        }
        var seen: Set<TimeRef> = [p]
        for r in recent.sorted(by: { $0.line < $1.line }) {
          guard let q = r.frame.period, !q.isSpan, q.start.granularity == .year,
            seen.insert(q).inserted
          else { continue }
          out.append(
            ClaimReading(
              part: .period,
              why: "read as \(q), the period of the figure on line \(r.line); \(p) was carried"
                + from,
              period: q, cumulative: false, setsBase: resetsBase))
        }
      }
      // "our report said China's trade in 2022 had been ... Chinese exports grew 13%": the
      // period of the story's lead.
      if !p.isSpan, let lead = leadPeriod, lead != p, !lead.isSpan,
        lead.start.granularity == p.start.granularity
      {
        out.append(
          ClaimReading(
            part: .period,
            why: "read as \(lead), the period of the story's lead; \(p) was carried"
              + from, period: lead, cumulative: false, setsBase: resetsBase))
      }
    }
    // No period anywhere before the figure: the latest periods published before the story.
    if fr.period == nil, let ref = reference {
      out += undatedReadings(ref, resetsBase: resetsBase)
    }
    // "Battery sales fell between June and August. They went from $54m to $47m": a level at
    // the start of a change ('from'), its period carried from a change that ends there, may
    // stand at that change's base.
    if level, fr.role == .from, let p = fr.period,
      prov[.period].map({ $0.kind != .stated }) ?? false,
      !sentenceStatesPeriod,
      let g = mem.growths.last(where: { $0.frame.base != nil && $0.frame.period == p }),
      let b = g.frame.base, !b.isSpan, b.start.granularity == p.start.granularity, b.start < p.start
    {
      out.append(
        ClaimReading(
          part: .period,
          why: "read as \(b), the base of the change on line \(g.line): the figure is where "
            + "a change starts, \(p) was carried", period: b, cumulative: false))
    }
    // "Coal purchases rose 11% on the same period of 2021, to 6.28 Mt": a carried period
    // may be the cumulative span the story stated last (a month, a quarter, "the first two
    // months").
    if let p = fr.period, let pv = prov[.period], pv.kind != .stated, !sentenceStatesPeriod,
      let span = (mem.levels + mem.growths).filter({
        $0.frame.cumulative && $0.frame.period?.isSpan == true && $0.frame.period != p
          && $0.frame.role != .base && $0.frame.role != .from
      }).max(by: { $0.line < $1.line }), let q = span.frame.period,
      !out.contains(where: { $0.period == q })
    {
      out.append(
        ClaimReading(
          part: .period,
          why: "read as \(q), the span stated on line \(span.line); \(p) was carried",
          period: q, cumulative: true, setsBase: resetsBase))
    }
    // The span of the growth before.
    if growth, prov[.period].map({ $0.kind != .stated }) ?? true,
      prov[.base]?.kind != .stated, !sentenceStatesPeriod,
      let g = mem.growths.last(where: {
        $0.frame.period != nil && ($0.frame.base != nil || $0.frame.period?.isSpan == true)
      }),
      g.frame.period != fr.period || g.frame.base != fr.base
    {
      out.append(
        ClaimReading(
          part: .base,
          why: "read over the span of the growth on line \(g.line) ("
            + "\(g.frame.base.map { "\($0)->" } ?? "")\(g.frame.period?.description ?? "?"))",
          period: g.frame.period, cumulative: g.frame.cumulative, base: g.frame.base,
          setsBase: true, event: g.frame.event))
    }
    // Base: "Trade is 2.6 times what it was in 2014. Imports alone have tripled since then":
    // a growth whose base is the year-earlier default, in a sentence that writes no base,
    // may count from a period the sentence before wrote. Not when that sentence wrote the
    // default itself ("$84.1 billion in 2017 and $72.5 billion in 2016. Turnover rose by more
    // than 30% in 2018"): the year before is then the text's own base, and an older year
    // beside it is a further level, not the growth's start.
    let lastFrames = (mem.levels + mem.growths).filter { $0.sentence == mem.sentences }
    if growth, let p = fr.period, !p.isSpan, prov[.base]?.kind != .stated,
      !sentencePeriods.stated.contains(where: \.base),
      !lastFrames.contains(where: { r in
        [r.frame.base, r.frame.period].contains { $0 == TimeRef(p.start.yearEarlier()) }
      })
    {
      var seen: Set<TimeRef> = [TimeRef(p.start.yearEarlier())]
      for r in lastFrames.sorted(by: { $0.line < $1.line }) {
        for q in [r.frame.base, r.frame.period].compactMap({ $0 }) {
          guard !q.isSpan, q.start.granularity == p.start.granularity, q.start < p.start,
            seen.insert(q).inserted
          else { continue }
          out.append(
            ClaimReading(
              part: .base,
              why: "read from \(q), a period the sentence on line \(r.line) wrote: the base "
                + "was the default, a year before \(p)",
              base: q, setsBase: true))
        }
      }
    }
    // Base of a multiple: "In 2021 the figure had been 4.5 Mt; by 2025 it had more than
    // doubled", "tripled between 2016 and 2022, from $32bn, and by 2024 it had quadrupled": a
    // multiple with the default base may count from an earlier period at which its own
    // sentence states the same trade (a level's period, a change's base or end).
    if growth, fr.multiple != nil, let p = fr.period, !p.isSpan, prov[.base]?.kind != .stated {
      var seen: Set<TimeRef> = [TimeRef(p.start.yearEarlier())]
      for r in sentenceFrames
      where r.index < fi && r.frame.isTrade
        && r.frame.flow == fr.flow && r.frame.hs == fr.hs && r.frame.multiple == nil
      {
        for q in [r.frame.base, r.frame.period].compactMap({ $0 }) {
          guard !q.isSpan, q.start.granularity == p.start.granularity, q.start < p.start,
            !out.contains(where: { $0.base == q }), seen.insert(q).inserted
          else { continue }
          out.append(
            ClaimReading(
              part: .base,
              why: "read from \(q), where '\(r.figure.text)' before it in the sentence states "
                + "the same trade: the multiple's base was the default, a year before \(p)",
              base: q, setsBase: true))
        }
      }
    }
    // Flow: "the total", "the figure" after exports or imports.
    if let pf = prov[.flow], pf.kind == .carried, fr.flow == .export || fr.flow == .import,
      fr.hs.isEmpty, f.unit.isCurrency || growth, !clauseNamesFlow(around: fi, beforeOnly: true)
    {
      out.append(
        ClaimReading(
          part: .flow,
          why: "read as the pair's total trade: no flow word in the clause, and the flow "
            + "\(fr.flow?.rawValue ?? "?") was carried\(pf.line.map { " from line \($0)" } ?? "")",
          flow: .total, measure: level ? .trade : nil))
    }
    // Goods: "imported 79.9 Mt from Russia, worth $40.3bn" in a story on crude, "6.5 Mt of
    // LNG for the year, worth $6.74bn": an amount with no goods of its own may be the value of
    // the goods the sentence or the story is about.
    if level, fr.hs.isEmpty, prov[.goods]?.kind == .defaulted, fr.flow != .total,
      fr.flow != .balance
    {
      var goods: [(hs: String, name: String, why: String)] = []
      if let prev = sentenceFrames.last(where: {
        $0.index < fi && !$0.frame.hs.isEmpty && $0.frame.flow == fr.flow
      }), let hs = prev.frame.hs.first {
        goods.append(
          (hs, prev.frame.commodity ?? hs, "the goods of '\(prev.figure.text)' before it"))
      }
      if let c = commodity { goods.append((c.hs, c.name, "the story's goods")) }
      var seen: Set<String> = []
      for g in goods where seen.insert(g.hs).inserted {
        out.append(
          ClaimReading(
            part: .goods, why: "read as \(g.name), \(g.why): no goods named with the figure",
            measure: .commodity, hs: [g.hs], commodity: g.name))
      }
    }
    // Goods carried from an earlier clause or sentence to an amount of money whose clause
    // names a flow but no goods ("Purchases of Russian LNG climbed ..., and Chinese exports in
    // September were $8.85bn"): the flow in all goods.
    if level, !fr.hs.isEmpty, prov[.goods]?.kind == .carried, f.unit.isCurrency,
      fr.flow == .import || fr.flow == .export || fr.flow == .total, clauseNamesFlow(around: fi)
    {
      out.append(
        ClaimReading(
          part: .goods,
          why: "read as all goods: the clause names a flow but no goods, \(fr.commodity ?? "goods")"
            + " was carried",
          measure: fr.flow == .total ? .trade : fr.flow == .export ? .exports : .imports, hs: [],
          commodity: nil))
    }
    // Sides: "with 10.8% of China's 76.7 Mt of imports": a flow whose reporter the clause
    // names and whose partner was carried may be the reporter's trade with all partners.
    if level, fr.flow == .import || fr.flow == .export, fr.origins[.reporter] == .sentence,
      let po = fr.origins[.partner], po.tag == .lastTrade || po == .story
    {
      out.append(
        ClaimReading(
          part: .sides,
          why: "read as \(fr.reporter ?? "?")'s \(fr.flow?.rawValue ?? "")s with all partners: "
            + "the clause names no partner, \(fr.partner ?? "?") was carried",
          partner: "WLD"))
    }
    // Goods: coal and its grades. "Coal" in a sentence that also names coking coal may be
    // the grade ("with coking coal making up 2.4 Mt" read as coal); a grade carried from
    // before may be all coal.
    if let hs = fr.hs.first, fr.hs.count == 1 {
      var alts: [Commodities.Entry] = []
      if hs == Commodities.coal.hs {
        // Coal the sentence states: only a grade its own clause names.
        let within = prov[.goods]?.kind == .stated ? clauseRange(around: fi) : nil
        alts = Self.coalGrades.filter { namesGoods($0.hs, within: within) }
      } else if Self.coalGrades.contains(where: { $0.hs == hs }), prov[.goods]?.kind != .stated {
        alts = [Commodities.coal]
      }
      for g in alts {
        out.append(
          ClaimReading(
            part: .goods,
            why:
              "read as \(g.name): \(fr.commodity ?? hs) was \(prov[.goods]?.description ?? "read")"
              + (hs == Commodities.coal.hs ? ", the sentence names \(g.name)" : ""),
            measure: growth ? nil : .commodity, hs: [g.hs], commodity: g.name))
      }
    }
    // Sides: "Crude alone brought Russian producers $40.3bn", "Coal deliveries totalled
    // 54.6 Mt" after China's sales: goods whose sides the sentence does not state may go the
    // other way. Only for goods (a commodity's trade one way is seldom near its trade the
    // other way; all goods' two flows often are).
    if !fr.hs.isEmpty, fr.flow == .import || fr.flow == .export, let r = fr.reporter,
      let pa = fr.partner, pa != "WLD", fr.origins[.reporter] != .sentence,
      fr.origins[.partner] != .sentence,
      prov[.sides]?.kind != .stated
        || fr.origins[.flow]?.tag == .goodsSubject
    {
      out.append(
        ClaimReading(
          part: .sides,
          why: "read the other way (\(fr.flow == .export ? pa : r)->\(fr.flow == .export ? r : pa)"
            + "): the sides were not stated with the figure", partner: r, reporter: pa))
    }
    // Sides carried from a trade with a third country ("Australia shipped about 24 Mt.
    // Monthly volumes: 751,000 t in September"): the story's pair.
    if let r = storyPairSides(of: fr, prov) { out.append(r) }
    // Sides carried over a clause that names the seller ("Russian goods, $3.22bn").
    if let r = clauseRoleSides(of: fr, at: fi) { out.append(r) }
    // Sides the chooser decided: the reading it did not choose.
    if let r = sideRunnerUp(of: fr, at: fi) { out.append(r) }
    // Source.
    if let ps = prov[.source], ps.kind == .carried, fr.flow != nil {
      out.append(sourceReading(fr))
    }
    // Readings that come to the same frame count once (and not at all when they come to the
    // frame itself): two readings that agree are one candidate, not two.
    guard !out.isEmpty else { return [] }
    // A few readings: looked for in a list, not hashed (the same answer as a set's).
    var seen: [ClaimReading.Effect] = [ClaimReading(part: .period, why: "").effect(on: fr)]
    return out.filter { r in
      let e = r.effect(on: fr)
      if seen.contains(e) { return false }
      seen.append(e)
      return true
    }
  }

  /// The reading of `fr` with either side's series: its source was carried from an earlier
  /// sentence.
  func sourceReading(_ fr: ClaimFrame) -> ClaimReading {
    ClaimReading(
      part: .source,
      why: "read with either side's series: the source \(fr.source ?? "?") was carried "
        + "from an earlier sentence", dropsSource: true)
  }

  /// The grades of coal the data keep apart.
  static let coalGrades = [Commodities.coking, Commodities.steam]

  /// True when the sentence names goods `hs` (a word for them, or a figure of them), or a
  /// figure of the sentence before was about them; with `within`, only a word in that range.
  func namesGoods(_ hs: String, within: Range<Int>? = nil) -> Bool {
    if within == nil,
      sentenceFrames.contains(where: { $0.frame.hs.first == hs })
        || lastSentenceFrames.contains(where: { $0.hs.first == hs })
    {
      return true
    }
    let range = within ?? 0..<tokens.count
    var k = range.lowerBound
    while k < range.upperBound {
      if let (c, e) = tokens.commodity(at: k) {
        if c.hs == hs { return true }
        k = e
      } else {
        k += 1
      }
    }
    return false
  }

  /// True when the clause around token `fi` holds a flow noun or verb; with `beforeOnly`,
  /// before the figure ("The March total of $8.09bn left Russian sellers with 60%": the
  /// sellers after it are another figure's subject).
  func clauseNamesFlow(around fi: Int, beforeOnly: Bool = false) -> Bool {
    var clause = clauseRange(around: fi)
    if beforeOnly {
      clause = clause.lowerBound..<max(clause.lowerBound, min(fi, clause.upperBound))
    }
    return clause.contains { k in
      tokens.flowNoun(k) != nil || tokens.flowVerb(k) != nil
    }
  }

  /// The sentence's frames with their provenance and readings set. (Not mutating: asked from
  /// `settleReadings`, each call of a reading function copied the whole framer.)
  func settledFrames() -> [ClaimFrame] {
    sentenceFrames.map { item in
      var fr = item.frame
      fr.provenance = provenance(of: fr)
      // "Kyiv received 115 km. ... $54 million of cells left China for Russia": the clause's
      // own countries over the carried sides.
      if fr.isTrade, let stated = clauseSides(of: fr, at: item.index) { fr = stated }
      if fr.isTrade {
        let chain =
          readings(of: fr, item.figure, at: item.index)
          + directionCandidates(of: fr, item.figure, at: item.index)
        let chosen =
          chosenPeriodReadings(of: fr, item.figure, at: item.index, offered: chain)
          + chosenBaseReadings(of: fr, item.figure, offered: chain)
        fr.readings = chosen.isEmpty ? chain : chain + chosen
        return fr
      }
      fr.readings =
        fr.measure == .regional
        ? regionalCandidates(of: fr, item.figure, at: item.index)
        : tentativeReadings(of: fr, item.figure, at: item.index)
      // "the release gives $196.48bn": a trade its clause states without naming its series.
      if unnamedTrade(fr, item.figure, at: item.index) { fr.provenance[.subject] = .stated }
      // "The monthly total, just under $19 billion": the story's trade carried as the frame.
      if let r = carriedSubject(of: fr, item.figure, at: item.index, among: fr.readings) {
        var t = r.applied(to: fr)
        t.provenance[.flow] = .stated
        t.provenance[.sides] = .carried()
        t.provenance[.subject] = nil
        return t
      }
      return fr
    }
  }

  /// Sets provenance and readings on the sentence's frames and remembers its levels and
  /// growths; called when the sentence's figures are final (origins still present).
  mutating func settleReadings() {
    guard !sentenceFrames.isEmpty else { return }
    for (i, fr) in zip(sentenceFrames.indices, settledFrames()) { sentenceFrames[i].frame = fr }
    settleMirrorGaps()
    readingMemory.sentences += 1
    for item in sentenceFrames {
      let fr = item.frame
      guard fr.isTrade, fr.period != nil, fr.shareOf == nil, fr.event != ClaimFrame.mirrorCounts
      else { continue }
      let m = ReadingMemory.Item(
        frame: fr, line: item.figure.line, sentence: readingMemory.sentences,
        value: item.figure.value, unit: item.figure.unit)
      if fr.measure == .growth {
        readingMemory.growths.append(m)
      } else if item.figure.kind == .level, fr.measure != .balance {
        readingMemory.levels.append(m)
      }
    }
    if readingMemory.levels.count > ReadingMemory.keep {
      readingMemory.levels.removeFirst(readingMemory.levels.count - ReadingMemory.keep)
    }
    if readingMemory.growths.count > ReadingMemory.keep {
      readingMemory.growths.removeFirst(readingMemory.growths.count - ReadingMemory.keep)
    }
  }
}
