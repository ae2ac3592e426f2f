import Foundation
import TallyCore

/// Claims checked against imported series, matched through their frames (``ClaimFrame``):
/// the goods (`hs` codes, or all goods), the trade (exporter and importer, or the pair for a
/// total), the flow and the frequency of the period.
///
/// - a **level** is compared with the data point for its period (a cumulative span with the
///   sum of its months, a January–December span with the year), after converting the figure
///   into the series' unit (miles vs km, tonnes vs kg); currencies never convert;
/// - a **growth** (a change in percent, or a multiple: "doubled") is recomputed over its span;
/// - a **share** is recomputed against the world total of the same flow, or the pair's total
///   trade ("47% of bilateral trade");
/// - a **record** is checked against the series' maximum up to the claim's period.
///
/// Which series judges: a claim citing one side's statistics ("according to Chinese customs")
/// is judged against that side's series; when that side has no data, the partner's mirror is
/// not its statistics and the claim is `unverifiable` (reason `only the partner's mirror
/// series`). A claim citing no source is judged
/// against both sides of its trade ("Russia's exports to China" is also China's imports from
/// Russia): it holds when either side bears it out.
///
/// Claims that reach no data get a reason instead of a finding: `no matching series`, `no data
/// for the period`; a count that names nothing counted, `a count of nothing named` (unchecked).
public struct ClaimVsDataset: ClaimCheck {
  public init() {}
  public var kind: CheckKind { .claimVsDataset }

  /// Convenience for tests and scripts: the findings over `figures` and `series`.
  public static func check(_ figures: [Figure], series: [Series], context: CheckContext)
    -> [Finding]
  {
    ClaimVsDataset().run(CheckInput(figures: figures, series: series, context: context)).findings
  }

  public func run(_ input: CheckInput) -> CheckOutput {
    var out = CheckOutput()
    // The last level in its sentence that matched only under another reading.
    var level: SettledLevel?
    // The levels first: a change beside a matched level may be read as its trade.
    let (matched, levelResults) = matchedLevels(input)
    // The last level in a currency of its own, for the changes after it (+LevelCurrency).
    var currencyLevel: CurrencyLevel?
    for (claim, framed) in input.framed {
      var fr = framed
      if let c = Self.levelCurrency(of: claim, fr, after: currencyLevel) { fr.currency = c }
      if let l = Self.currencyLevel(claim, fr) { currencyLevel = l }
      guard fr.isTrade else {
        // A multiple of two levels its text states (ClaimVsDataset+Ratio).
        if let r = ratioOfStatedTrades(claim, fr, input) {
          out.findings += r
          continue
        }
        // A figure no trade framed: its candidate trades (ClaimVsDataset+Readings).
        var (fs, why) = tentative(claim, fr, input)
        if fs.isEmpty,
          let m = levelReadings(claim, fr, matched[Self.sentenceKey(claim.figure)] ?? [], input)
        {
          (fs, why) = (m.findings, nil)
        }
        out.findings += fs
        if fs.isEmpty, let why {
          out.reasons[claim.id] = Self.unendedYearReason(why, claim, fr, input)
        }
        continue
      }
      if fr.measure == .count, (fr.counted ?? claim.figure.counted) == nil {
        // "for 13 consecutive years", "the two sides": a count of nothing named is no claim
        // about traded goods.
        out.reasons[claim.id] = Self.countOfNothing
        continue
      }
      // The frame is the first reading; the others run when it fails (ClaimVsDataset+Readings);
      // a change after a level read otherwise is read as its level (+SentenceReading); a
      // level's result is known from `matchedLevels`.
      var result: Result
      var reading: ClaimReading?
      if let known = levelResults[claim.id] {
        (result, reading) = known
      } else {
        guard let first = self.result(claim, fr, input) else { continue }
        (result, reading) =
          asSettledLevel(claim, fr, level, input).map { ($0, nil) }
          ?? withReadings(claim, fr, first: first, input)
      }
      if fr.measure == .growth, !Self.isMirrorGap(fr), Self.failure(result) != nil,
        let m = levelReadings(claim, fr, matched[Self.sentenceKey(claim.figure)] ?? [], input)
      {
        (result, reading) = (.findings(m.findings), m.reading)
      }
      if fr.role == .level { level = Self.settled(claim, fr, reading) }
      switch result {
      case .findings(let f): out.findings += f
      case .reason(let r): out.reasons[claim.id] = Self.unendedYearReason(r, claim, fr, input)
      }
      if fr.record, fr.measure != .growth, fr.measure != .share {
        out.findings += record(claim, fr, input)
      }
    }
    return out
  }

  /// The check of one reading of a claim: its findings, or why it reached no data; `nil` for a
  /// measure no series holds.
  func result(_ claim: Claim, _ fr: ClaimFrame, _ input: CheckInput) -> Result? {
    switch fr.measure {
    case .trade, .exports, .imports, .commodity, .balance: return level(claim, fr, input)
    case .growth: return mirrorGap(claim, fr, input) ?? growth(claim, fr, input)
    case .share: return share(claim, fr, input)
    default: return nil
    }
  }

  enum Result {
    case findings([Finding])
    case reason(String)
  }

  /// The reason of a count in a trade sentence that names nothing counted: `unchecked`, since
  /// no series could hold a count of nothing.
  static let countOfNothing = "a count of nothing named"

  /// The reason a claim reached no series.
  static func noData(_ fr: ClaimFrame, _ input: CheckInput) -> Result {
    .reason(input.index.hasTrade(fr) ? "no data for the period" : "no matching series")
  }

  // MARK: - Levels

  func level(_ claim: Claim, _ frame: ClaimFrame, _ input: CheckInput) -> Result {
    let f = claim.figure
    // A figure with a currency of its own ("The dollar figure compares with $146.9bn") is in
    // that currency, whatever "in yuan terms" the sentence before set.
    var fr = frame
    if f.unit.isCurrency { fr.currency = nil }
    guard f.dimension != .duration, f.dimension != .count else {
      return .reason("not a trade value")
    }
    // A percentage read as a level of a trade ("shipped 40% fewer vehicles"): a change or share
    // of something no series holds.
    guard f.dimension != .percent else { return .reason("no matching series") }
    guard let t = fr.period else { return .reason("no period") }
    // The periods whose values make the claim's: one period, or the months of a span.
    var variants: [[Period]] = []
    if let last = t.end {
      guard fr.cumulative || (t.start.granularity == .month && last.granularity == .month) else {
        return .reason("a level over several years")
      }
      let months = Self.months(t.start, last)
      if months.count == 12, t.start.firstMonth == 1, t.start.year == last.year {
        variants.append([.year(t.start.year)])
      }
      variants.append(months)
    } else {
      variants.append([t.start])
    }
    var readings: [(side: SeriesIndex.Side, value: Estimate, points: [SeriesPoint])] = []
    var sides: [SeriesIndex.Side] = []
    for periods in variants where readings.isEmpty {
      let found = Self.readings(fr, periods, input)
      sides += found.sides
      readings = found.readings
      if readings.isEmpty, fr.flow == .total { readings = Self.derivedTotal(fr, periods, input) }
      if readings.isEmpty, fr.flow == .balance {
        readings = Self.derivedBalance(fr, periods, input)
      }
      if readings.isEmpty { readings = Self.derivedPart(fr, periods, input) }
    }
    readings = readings.filter { input.context.estimate(of: f, in: $0.side.series.key.unit) != nil }
    guard !readings.isEmpty else {
      if !sides.isEmpty,
        sides.allSatisfy({ input.context.estimate(of: f, in: $0.series.key.unit) == nil })
      {
        return .reason("no series in a comparable unit")
      }
      return Self.noData(fr, input)
    }
    let judged = readings.compactMap {
      r -> (SeriesIndex.Side, Estimate, [SeriesPoint], Judge.Judgement, Estimate)? in
      guard let claimE = input.context.estimate(of: f, in: r.side.series.key.unit) else {
        return nil
      }
      let converted = Self.lossyConversion(f.unit, r.side.series.key.unit)
      return (
        r.side, r.value, r.points,
        Judge.judge(claimE, r.value, context: input.context, converted: converted), claimE
      )
    }
    guard let decision = Self.decide(judged.map { ($0.0, $0.3) }, unitOf: f) else {
      return judged.isEmpty ? Self.noData(fr, input) : .reason("only the partner's mirror series")
    }
    let (side, data, points, j, claimE) = judged[decision.index]
    let s = side.series
    let period = t.description
    let pct = data.point == 0 ? 0 : (claimE.point / data.point - 1) * 100
    let converted =
      f.unit == s.key.unit
      ? [] : [Computation(label: "'\(f.text)' in \(s.key.unit)", claimE, unit: s.key.unit)]
    let others = judged.enumerated().filter { $0.offset != decision.index }.map { o -> String in
      let pc = o.element.1.point == 0 ? 0 : (o.element.4.point / o.element.1.point - 1) * 100
      return String(
        format: "%@ %@ (%+.1f%%)", o.element.0.label, Rounding.format(o.element.1.point), pc)
    }
    let sum = points.count > 1 ? "sum of \(points.count) months " : ""
    let verdict = decision.verdict
    let explanation: String
    switch verdict {
    case .consistent:
      explanation =
        "'\(f.text)' matches \(sum)\(Rounding.format(data.point)) \(s.key.unit) for \(period) (\(side.label))"
    case .needsReview:
      explanation =
        "'\(f.text)' is \(String(format: "%+.1f%%", pct)) off \(sum)\(Rounding.format(data.point)) \(s.key.unit) for \(period) (\(side.label)): \(decision.why)"
    default:
      explanation =
        "'\(f.text)' is \(String(format: "%+.1f%%", pct)) off the data (\(sum)\(Rounding.format(data.point)) \(s.key.unit) for \(period), \(side.label))"
    }
    var finding = Finding(
      check: .claimVsDataset, verdict: verdict, subject: "\(f.subjectText) @\(period)",
      evidence: [Evidence(f)] + points.map { Evidence($0, of: s) },
      computed: converted + [Computation(label: "claim vs data", value: pct, unit: .percent)],
      rule: j.agreement.rule
        + (others.isEmpty ? "" : "; other readings: " + others.joined(separator: ", ")),
      explanation: explanation, weight: side.direct ? .primary : .secondary)
    // Consistent through the tolerance (a lossy unit conversion) is not a match of the
    // written figure's rounding: another reading may not rest on it.
    finding.withinRounding = Tolerance.none.compare(claimE, data).agrees
    return .findings([finding])
  }

  /// Of several readings (sides, units), the one that decides and the verdict: only direct
  /// sides decide (`nil` when there is none); a side's series in the claim's own unit decides
  /// for that side, its series in other units only when it has none (a statistic kept in km
  /// and in miles: "191,500 km" is judged on the km, not on the miles rounded and
  /// converted); among them, the best verdict (either side of a trade bears a claim that
  /// names no source), the claim's own unit first.
  static func decide(_ judged: [(SeriesIndex.Side, Judge.Judgement)], unitOf f: Figure)
    -> (index: Int, verdict: Verdict, why: String)?
  {
    guard !judged.isEmpty else { return nil }
    func rank(_ v: Verdict) -> Int {
      switch v {
      case .consistent: return 0
      case .needsReview: return 1
      case .inconsistent: return 2
      case .unverifiable: return 3
      }
    }
    // The series keys in the claim's unit of the direct sides: a key read in another unit
    // whose trade is among them is left to them.
    let ownUnit = Set(
      judged.lazy.map(\.0).filter { $0.direct && $0.series.key.unit == f.unit }.map(\.series.key))
    let direct = judged.indices.filter {
      var k = judged[$0].0.series.key
      guard judged[$0].0.direct, k.unit != f.unit else { return judged[$0].0.direct }
      k.unit = f.unit
      return !ownUnit.contains(k)
    }
    if direct.isEmpty { return nil }
    let i =
      direct.min { a, b in
        let ra = rank(judged[a].1.verdict)
        let rb = rank(judged[b].1.verdict)
        if ra != rb { return ra < rb }
        let ua = judged[a].0.series.key.unit == f.unit
        let ub = judged[b].0.series.key.unit == f.unit
        return ua && !ub
      } ?? direct[0]
    return (
      i, judged[i].1.verdict, judged[i].1.margin ? "outside the rounding, inside the tolerance" : ""
    )
  }

  /// The value of `periods` in each series of the frame's trade: one point per period from a
  /// series of their frequency, or the sum of each period's months from a monthly series
  /// (an annual claim against monthly customs data).
  ///
  /// A series' key reads once: its own
  /// frequency before monthly sums.
  static func readings(_ fr: ClaimFrame, _ periods: [Period], _ input: CheckInput)
    -> (
      sides: [SeriesIndex.Side],
      readings: [(side: SeriesIndex.Side, value: Estimate, points: [SeriesPoint])]
    )
  {
    guard let g = periods.first?.granularity else { return ([], []) }
    if fr.currency == ClaimFrame.quantityTerms {
      // Quantity where the data count the goods in quantity, else their value.
      var strict = fr
      strict.currency = ClaimFrame.volumeTerms
      let found = readings(strict, periods, input)
      if found.sides.contains(where: { !$0.series.key.unit.isCurrency }) { return found }
      strict.currency = nil
      return readings(strict, periods, input)
    }
    var frequencies = [Frequency(g)]
    if g < .month { frequencies.append(.monthly) }
    var sides: [SeriesIndex.Side] = []
    var out: [(side: SeriesIndex.Side, value: Estimate, points: [SeriesPoint])] = []
    var seen = Set<String>()
    for freq in frequencies {
      for side in input.index.sides(fr, frequency: freq) {
        if let c = fr.currency, side.series.key.unit.isCurrency, side.series.key.unit.rawValue != c
        {
          continue
        }
        sides.append(side)
        let k = side.series.key
        let id = "\(k.reporter)|\(k.partner)|\(k.flow)|\(k.unit)"
        guard !seen.contains(id), let v = value(side.series, periods) else { continue }
        seen.insert(id)
        out.append((side, v.0, v.1))
      }
    }
    return (sides, out)
  }

  /// A total the data give only as its parts: one reporter's exports plus its imports with
  /// the partner ("two-way trade for the month" when the month has no total row).
  static func derivedTotal(_ fr: ClaimFrame, _ periods: [Period], _ input: CheckInput)
    -> [(side: SeriesIndex.Side, value: Estimate, points: [SeriesPoint])]
  {
    guard let r = fr.reporter, let p = fr.partner, let g = periods.first?.granularity else {
      return []
    }
    var out: [(side: SeriesIndex.Side, value: Estimate, points: [SeriesPoint])] = []
    for (a, b) in [(r, p), (p, r)] {
      for ex in input.index.series(
        code: fr.seriesMeasure, reporter: a, partner: b, flow: .export, frequency: Frequency(g))
      {
        if let c = fr.currency, ex.key.unit.isCurrency, ex.key.unit.rawValue != c { continue }
        guard
          let im = input.index.series(
            code: fr.seriesMeasure, reporter: a, partner: b, flow: .import, frequency: Frequency(g)
          )
          .first(where: { $0.key.unit == ex.key.unit }),
          let ve = value(ex, periods), let vi = value(im, periods)
        else { continue }
        out.append(
          (
            SeriesIndex.Side(series: ex, direct: true),
            .sum([ve.0, vi.0], rule: "exports + imports"), ve.1 + vi.1
          ))
      }
    }
    return out
  }

  /// The sum over `periods` of a series' points, each period a point of the series'
  /// frequency or the sum of its months; `nil` when one is missing.
  static func value(_ s: Series, _ periods: [Period]) -> (Estimate, [SeriesPoint])? {
    var points: [SeriesPoint] = []
    for p in periods {
      if Frequency(p.granularity) == s.frequency {
        guard let point = s.point(at: p) else { return nil }
        points.append(point)
      } else if s.frequency == .monthly, p.granularity < .month {
        let months = (p.firstMonth...p.lastMonth).map { Period.month(p.year, $0) }
        let found = months.compactMap { s.point(at: $0) }
        guard found.count == months.count else { return nil }
        points += found
      } else {
        return nil
      }
    }
    guard !points.isEmpty else { return nil }
    let e: Estimate =
      points.count == 1
      ? .data(points[0].value)
      : .sum(points.map { .data($0.value) }, rule: "sum of \(points.count) points")
    return (e, points)
  }

  /// True when comparing the units goes through a factor that is not a power of ten (miles
  /// and km): such conversions between separately rounded reports carry noise the tolerance
  /// absorbs.
  ///
  /// Tonnes and kilograms, USD and thousands of USD scale exactly.
  static func lossyConversion(_ a: TallyCore.Unit, _ b: TallyCore.Unit) -> Bool {
    guard a != b, let k = UnitScale.factor(from: a, to: b), k > 0 else { return false }
    let l = log10(k)
    return abs(l - l.rounded()) > 1e-9
  }

  /// The months from `a` to `b` (at most 240).
  static func months(_ a: Period, _ b: Period) -> [Period] {
    var out: [Period] = []
    var p = Period.month(a.year, a.firstMonth)
    let last = Period.month(b.year, b.lastMonth)
    while p <= last, out.count <= 240 {
      out.append(p)
      p = p.next()
    }
    return out
  }
}
