import Foundation
import TallyCore

/// Multiples of two figures the text states: "Ukraine received 72 miles; Russia got more than
/// 4,000 times as much", "imports of $4.08bn and exports of $2.75bn ... Russian goods were
/// worth 1.5 times what moved north", "June's figure was 130,000 miles; August's was two and a
/// half times that", "August's volume was more than three times May's"; and percentages the
/// framer read as two trades of one period compared (base = period: "imports exceeded exports
/// by 59%", "60% more business than their Chinese counterparts").
///
/// Such a multiple is no growth of one trade over a year: it is the ratio of two trades, or of
/// one trade in two periods, each already stated as a level nearby. The levels give the two
/// trades; the data give their values, so the ratio is judged on the data (the written levels
/// may be wrong: "the data decides"), like a growth.
///
/// Which two levels (``comparedLevels(_:_:_:)``), among the levels of the multiple's sentence and
/// the three before it:
///
/// | step | rule |
/// |------|------|
/// | comparand | a level right after the multiple in its sentence with the role `base` ("twice the $5bn"); else the nearest level before it ("that", "as much", "what moved north") that has a subject to go with it |
/// | subject | a level of the multiple's period, before it or in its sentence, of the same trade as the comparand but for one part: the period, the direction (exports vs imports, never a total vs its part), the partner, or the goods when both are in the multiple's sentence |
/// | verbs | "doubled", "tripled", "halved", "tenfold" compare one trade over time: only the period may differ, and both levels are in the verb's sentence |
/// | the multiple's own parts | a part its sentence states (flow, sides, goods) must be the subject's |
/// | a base period of the multiple ("three times May's", "twice a year earlier") | the comparand's period, of as many months as the subject's |
/// | size | above one, the subject is the larger as written; below one, the smaller |
/// | ambiguity | two subjects (not one trade stated in two units) or none: no pair, and the multiple is left to the growth check |
extension ClaimVsDataset {
  typealias Framed = (claim: Claim, frame: ClaimFrame)

  /// Sentences before the multiple's whose levels may be its subject or comparand.
  static let ratioReach = 3

  /// The levels a multiple compares: its subject and its comparand; `nil` when the text does
  /// not single them out.
  static func comparedLevels(_ m: Claim, _ fr: ClaimFrame, _ input: CheckInput)
    -> (subject: Framed, comparand: Framed)?
  {
    let f = m.figure
    guard let times = fr.multiple ?? Self.withinPeriodFactor(f, fr), times > 0, times != 1,
      fr.role == .change, let period = fr.period
    else { return nil }
    let doc = input.framed.filter {
      $0.claim.figure.doc == f.doc && !$0.claim.figure.sentence.isEmpty
    }
    .sorted { $0.claim.figure.start < $1.claim.figure.start }
    // Sentences in the order their first figure comes in.
    var sentenceIndex: [String: Int] = [:]
    for c in doc where sentenceIndex[c.claim.figure.sentence] == nil {
      sentenceIndex[c.claim.figure.sentence] = sentenceIndex.count
    }
    guard let k = sentenceIndex[f.sentence] else { return nil }
    // A verb ("tripled") has its subject in its own clause: only its sentence's levels.
    let verb = Self.isVerbMultiple(f.text)
    let reach = verb ? 0 : ratioReach
    let levels = doc.filter { c in
      guard let s = sentenceIndex[c.claim.figure.sentence], s <= k, s >= k - reach,
        c.claim.id != m.id, Self.isStatedLevel(c)
      else { return false }
      return s < k || c.claim.figure.start < f.start || c.frame.role == .base
    }
    let after = levels.filter { $0.claim.figure.start > f.start && $0.frame.role == .base }
      .prefix(1)
    let before = levels.filter { $0.claim.figure.start < f.start }.reversed()
    for d in Array(after) + Array(before) {
      // A base period ("three times May's", "twice a year earlier") is the comparand's.
      if let base = fr.base, d.frame.period != base { continue }
      let subjects = levels.filter { n in
        n.claim.id != d.claim.id && n.frame.period == period
          && Self.differsInOnePart(
            n.frame, d.frame, periodOnly: verb,
            goods: n.claim.figure.sentence == f.sentence && d.claim.figure.sentence == f.sentence)
          // A percentage's own flow may be its comparand's ("imports exceeded exports by");
          // so may a bare ratio's ("imports $114bn and exports $76bn, a ratio of 1.5"), which
          // names no trade of its own.
          && (fr.multiple == nil || Self.isBareRatio(f.text) || Self.agreesWithStated(n.frame, fr))
          && Self.sized(n.claim.figure, over: d.claim.figure, times, input.context)
      }
      guard let first = subjects.first else { continue }
      // One trade stated twice (miles and kilometres) is one subject: the one in the
      // comparand's unit.
      guard subjects.allSatisfy({ Self.sameTrade($0.frame, first.frame) }) else { return nil }
      let n =
        subjects.first { $0.claim.figure.unit == d.claim.figure.unit } ?? first
      return (n, d)
    }
    return nil
  }

  /// The factor of a percentage comparing two trades of one period ("imports exceeded exports
  /// by 59%": x1.59), whose frame has its own period as its base; `nil` for any other figure.
  static func withinPeriodFactor(_ f: Figure, _ fr: ClaimFrame) -> Double? {
    guard f.unit == .percent, fr.multiple == nil, let p = fr.period, fr.base == p else {
      return nil
    }
    return 1 + f.estimate.point / 100
  }

  /// A level of a trade with a period, in money or a quantity.
  static func isStatedLevel(_ c: Framed) -> Bool {
    let f = c.claim.figure
    return f.kind == .level && f.dimension != .percent && f.dimension != .count
      && c.frame.isTrade && c.frame.period != nil && c.frame.multiple == nil
      && [.trade, .exports, .imports, .commodity].contains(c.frame.measure)
      && [.export, .import, .total].contains(c.frame.flow)
  }

  /// "1.5" in "a ratio of 1.5": a multiple written as a bare number, with no word of its own.
  static func isBareRatio(_ text: String) -> Bool {
    !text.unicodeScalars.contains { CharacterSet.letters.contains($0) }
  }

  /// "doubled", "tripling", "tenfold": a verb of one trade's change over time.
  static func isVerbMultiple(_ text: String) -> Bool {
    let t = text.lowercased()
    return t.hasSuffix("ed") || t.hasSuffix("ing") || t.hasSuffix("fold")
  }

  /// The parts of a trade a ratio may compare.
  struct TradeParts: Equatable {
    var exporter: String?
    var importer: String?
    var pair: Set<String>
    var total: Bool
    var goods: String
  }

  static func parts(_ fr: ClaimFrame) -> TradeParts {
    TradeParts(
      exporter: fr.exporter, importer: fr.importer,
      pair: Set([fr.reporter, fr.partner].compactMap { $0 }), total: fr.flow == .total,
      goods: fr.seriesMeasure)
  }

  static func sameTrade(_ a: ClaimFrame, _ b: ClaimFrame) -> Bool {
    parts(a) == parts(b) && a.period == b.period
  }

  /// True when `a` and `b` are one trade but for one part.
  ///
  /// The part is the period, the direction, the partner or the goods (only the period when
  /// `periodOnly`; the goods only when `goods`: a story lists many goods, and one named
  /// sentences away is no comparand). A total and one direction of it are no pair (that is a
  /// share).
  static func differsInOnePart(
    _ a: ClaimFrame, _ b: ClaimFrame, periodOnly: Bool, goods: Bool
  ) -> Bool {
    let pa = parts(a)
    let pb = parts(b)
    guard pa.total == pb.total else { return false }
    let samePeriod = a.period == b.period
    // Periods compared are alike: a month with a month, a span with a span as long.
    if !samePeriod, !Self.alike(a.period, b.period) { return false }
    let sameGoods = pa.goods == pb.goods
    let sameSides =
      pa.total ? pa.pair == pb.pair : pa.exporter == pb.exporter && pa.importer == pb.importer
    if periodOnly { return !samePeriod && sameGoods && sameSides }
    var differing = 0
    if !samePeriod { differing += 1 }
    if !sameGoods {
      guard goods else { return false }
      differing += 1
    }
    if !sameSides {
      // The other direction of one pair, or one side's trade with another partner.
      let otherWay = !pa.total && pa.exporter == pb.importer && pa.importer == pb.exporter
      let otherPartner =
        pa.total
        ? pa.pair.intersection(pb.pair).count == 1
        : (pa.exporter == pb.exporter) != (pa.importer == pb.importer)
      guard otherWay || otherPartner else { return false }
      differing += 1
    }
    return differing == 1
  }

  /// True when two periods are of one length: two months, two years, two spans of as many
  /// months.
  static func alike(_ a: TimeRef?, _ b: TimeRef?) -> Bool {
    guard let a, let b, a.start.granularity == b.start.granularity else { return false }
    switch (a.end, b.end) {
    case (nil, nil): return true
    case (let ae?, let be?):
      return ae.granularity == be.granularity
        && Self.months(a.start, ae).count == Self.months(b.start, be).count
    default: return false
    }
  }

  /// True when the subject has the parts the multiple's own sentence states.
  static func agreesWithStated(_ n: ClaimFrame, _ m: ClaimFrame) -> Bool {
    let pn = parts(n)
    let pm = parts(m)
    if m.provenance[.goods]?.kind == .stated, pn.goods != pm.goods { return false }
    if m.provenance[.sides]?.kind == .stated, m.isTrade {
      if pm.total != pn.total { return false }
      if pm.total ? pm.pair != pn.pair : (pm.exporter != pn.exporter || pm.importer != pn.importer)
      {
        return false
      }
    }
    if m.provenance[.flow]?.kind == .stated, m.flow != nil, m.isTrade, pm.total != pn.total {
      return false
    }
    return true
  }

  /// True when the subject is the larger of the two as written for a multiple above one, the
  /// smaller for one below.
  static func sized(_ n: Figure, over d: Figure, _ times: Double, _ context: CheckContext) -> Bool {
    guard comparableUnit(n.unit) == comparableUnit(d.unit),
      let dv = context.estimate(of: d, in: n.unit)?.point
    else { return false }
    return times > 1 ? n.value > dv : n.value < dv
  }

  /// The value of a stated level's trade in the data, and the side it came from; direct sides
  /// first, in `unit` when one is given and the data have it.
  static func dataValue(_ c: Framed, in unit: TallyCore.Unit?, _ input: CheckInput)
    -> (side: SeriesIndex.Side, value: Estimate, points: [SeriesPoint])?
  {
    guard let t = c.frame.period else { return nil }
    let periods = t.end.map { Self.months(t.start, $0) } ?? [t.start]
    var fr = c.frame
    if c.claim.figure.unit.isCurrency { fr.currency = nil }
    var found = Self.readings(fr, periods, input).readings
    if found.isEmpty, fr.flow == .total { found = Self.derivedTotal(fr, periods, input) }
    let direct = found.filter(\.side.direct)
    let pool = direct.isEmpty ? found : direct
    let own = c.claim.figure.unit
    return pool.first { $0.side.series.key.unit == unit }
      ?? pool.first { $0.side.series.key.unit == own }
      ?? pool.first { r in
        unit.map { UnitScale.factor(from: r.side.series.key.unit, to: $0) != nil } ?? true
      }
  }

  /// The multiple judged as the ratio of the two trades its text compares, in the data;
  /// `nil` when the text does not single them out or the data lack either.
  func ratioOfStatedTrades(_ claim: Claim, _ fr: ClaimFrame, _ input: CheckInput) -> [Finding]? {
    guard let (n, d) = Self.comparedLevels(claim, fr, input),
      let nv = Self.dataValue(n, in: nil, input),
      let dv = Self.dataValue(d, in: nv.side.series.key.unit, input)
    else { return nil }
    let unit = nv.side.series.key.unit
    var dEst = dv.value
    let dUnit = dv.side.series.key.unit
    if dUnit != unit {
      guard let k = UnitScale.factor(from: dUnit, to: unit) else { return nil }
      dEst = dEst.scaled(by: k, rule: "\(dUnit) in \(unit)")
    }
    let nText = n.claim.figure.text
    let dText = d.claim.figure.text
    guard
      let g = Estimate.growth(
        from: dEst, to: nv.value, rule: "'\(nText)' over '\(dText)' in the data")
    else { return nil }
    let f = claim.figure
    let j = Judge.judge(Self.claimed(claim, fr), g, context: input.context)
    let times = String(format: "x%.2f", g.point / 100 + 1)
    let what = "\(n.frame.summary) over \(d.frame.summary)"
    let lead: String
    switch j.verdict {
    case .consistent: lead = "'\(f.text)' agrees with the data"
    case .needsReview: lead = "'\(f.text)' is close to the data"
    default: lead = "'\(f.text)' disagrees with the data"
    }
    var finding = Finding(
      check: .claimVsDataset, verdict: j.verdict, subject: "\(f.subjectText): \(what)",
      evidence: [Evidence(f)] + nv.points.map { Evidence($0, of: nv.side.series) }
        + dv.points.map { Evidence($0, of: dv.side.series) },
      computed: [Computation(label: "ratio \(what)", g, unit: .percent)],
      rule: j.agreement.rule
        + "; the multiple compares '\(nText)' with '\(dText)', the levels its text states",
      explanation: "\(lead): \(what) is \(times)",
      weight: nv.side.direct && dv.side.direct ? .primary : .secondary)
    finding.withinRounding = Tolerance.none.compare(Self.claimed(claim, fr), g).agrees
    return [finding]
  }
}
