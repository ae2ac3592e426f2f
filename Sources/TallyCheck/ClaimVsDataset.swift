import Foundation
import TallyCore

/// Figures checked against imported series.
///
/// A figure is matched to series by its subject (``ClaimSubject``: commodity code from
/// ``CommodityLexicon``, flow and actors) and by the granularity of its period. Then:
///
/// - a **level** is compared with the data point for its period, after converting the figure
///   into the series' unit (miles vs km, tonnes vs kg); currencies never convert;
/// - a **change** in percent is recomputed over its span (see `growth`), reporting every
///   reading the data allows (total, exports only, imports only);
/// - a **share** is recomputed against the same series with partner `WLD`;
/// - "highest on record" and similar claims are checked against the series' maximum up to the
///   figure's period, and the finding states the coverage window the record rests on.
public enum ClaimVsDataset {
  public static func check(_ figures: [Figure], series: [Series], context: CheckContext)
    -> [Finding]
  {
    let index = SeriesIndex(series)
    var findings: [Finding] = []
    for (f, subject) in zip(figures, ClaimSubject.of(figures)) {
      guard subject.isCommodity, subject.flow != nil, subject.actors.from != nil,
        subject.actors.to != nil
      else { continue }
      switch f.kind {
      case .level where f.dimension != .percent && f.dimension != .duration:
        findings += level(f, subject: subject, index: index, context: context)
        findings += record(f, subject: subject, index: index, context: context)
      case .change where f.unit == .percent:
        findings += growth(f, subject: subject, index: index, context: context)
      case .share where f.unit == .percent:
        findings += share(f, subject: subject, index: index, context: context)
      default:
        continue
      }
    }
    return findings
  }

  /// Series that state `subject` at the frequency of `period` (in any unit).
  static func candidates(_ subject: ClaimSubject, _ period: Period, _ index: SeriesIndex)
    -> [Series]
  {
    index.matching(subject, frequency: Frequency(period.granularity))
  }

  static func level(
    _ f: Figure, subject: ClaimSubject, index: SeriesIndex, context: CheckContext
  ) -> [Finding] {
    guard let t = f.period else { return [] }
    if let last = t.end {
      return cumulative(f, from: t.start, to: last, subject: subject, index: index, context: context)
    }
    let p = t.start
    var matched = candidates(subject, p, index)
    // No series states the claim from its own side: compare with the partner's mirror
    // series, where a disagreement needs review rather than proves an error (CIF/FOB
    // valuation, timing and partner attribution separate the two sides of a flow).
    var viaMirror = false
    if matched.filter({ $0.point(at: p) != nil }).isEmpty {
      let mirrors = index.mirror(subject, frequency: Frequency(p.granularity))
      if !mirrors.isEmpty {
        matched = mirrors
        viaMirror = true
      }
    }
    let usable = matched.filter { context.estimate(of: f, in: $0.key.unit) != nil }
    let subjectText = "\(f.measure ?? subject.code) @\(p)"
    guard !usable.isEmpty else {
      let why =
        matched.isEmpty
        ? "no imported series for \(subject)"
        : "series exist only in \(matched.map(\.key.unit.rawValue).joined(separator: ", ")), not comparable with \(f.unit)"
      return [
        Finding(
          check: .claimVsDataset, verdict: .unverifiable, subject: subjectText,
          evidence: [Evidence(f)], rule: "match by commodity, actors, flow, frequency",
          explanation: why)
      ]
    }
    let withPoint = usable.filter { $0.point(at: p) != nil }
    guard !withPoint.isEmpty else {
      let cov = usable.map { s in
        "\(s.key): " + (s.coverage.map { "\($0.lowerBound)...\($0.upperBound)" } ?? "empty")
      }
      return [
        Finding(
          check: .claimVsDataset, verdict: .unverifiable, subject: subjectText,
          evidence: [Evidence(f)], rule: "match by period",
          explanation: "no data point for \(p) (coverage \(cov.joined(separator: "; ")))")
      ]
    }
    return withPoint.compactMap { s in
      guard let point = s.point(at: p), let claim = context.estimate(of: f, in: s.key.unit) else {
        return nil
      }
      let agreement = context.tolerance.compare(claim, .data(point.value))
      let converted = f.unit == s.key.unit ? [] : [Computation(label: "'\(f.text)' in \(s.key.unit)", claim, unit: s.key.unit)]
      let pct = point.value == 0 ? 0 : (claim.point / point.value - 1) * 100
      let side = viaMirror ? " (mirror: \(s.key.reporter)'s \(s.key.flow.rawValue)s)" : ""
      return Finding(
        check: .claimVsDataset,
        verdict: agreement.agrees ? .consistent : (viaMirror ? .needsReview : .inconsistent),
        subject: subjectText, evidence: [Evidence(f), Evidence(point, of: s)],
        computed: converted + [Computation(label: "claim vs data", value: pct, unit: .percent)],
        rule: agreement.rule + (viaMirror ? "; compared with the partner's mirror series" : ""),
        explanation: agreement.agrees
          ? "'\(f.text)' matches \(Rounding.format(point.value)) \(s.key.unit) for \(p)\(side)"
          : "'\(f.text)' is \(String(format: "%+.1f%%", pct)) off the data (\(Rounding.format(point.value)) \(s.key.unit) for \(p))\(side)"
      )
    }
  }

  /// Phrases claiming a maximum; a phrase preceded by "from"/"below" ("down from a record")
  /// refers to another period and is ignored.
  static let recordPhrases = [
    "highest", "on record", "record high", "all-time high", "largest ever", "biggest ever",
    "a record", "record-breaking", "reached a record",
  ]

  static func claimsRecord(_ sentence: String) -> Bool {
    let s = sentence.lowercased()
    for phrase in recordPhrases {
      var search = s.startIndex..<s.endIndex
      while let r = s.range(of: phrase, range: search) {
        let before = s[..<r.lowerBound].suffix(12)
        if !(before.contains("from") || before.contains("below") || before.contains("short of")) {
          return true
        }
        search = r.upperBound..<s.endIndex
      }
    }
    return false
  }

  /// Checks a record claim: the point for the figure's period must be the series' maximum
  /// among points up to that period. Fewer than three years of history makes it `needs review`.
  /// Of several comparable series, the one with the longest history decides.
  static func record(
    _ f: Figure, subject: ClaimSubject, index: SeriesIndex, context: CheckContext
  ) -> [Finding] {
    guard let t = f.period, !t.isSpan, claimsRecord(f.sentence) else { return [] }
    let p = t.start
    // The comparable series with the longest history up to the period decides.
    let best = candidates(subject, p, index)
      .filter { $0.point(at: p) != nil && context.estimate(of: f, in: $0.key.unit) != nil }
      .max { a, b in
        a.points.filter { $0.period <= p }.count < b.points.filter { $0.period <= p }.count
      }
    return [best].compactMap { $0 }.compactMap { s in
      let history = s.points.filter { $0.period <= p }
      guard let here = s.point(at: p), let first = history.first,
        let top = history.max(by: { $0.value < $1.value })
      else { return nil }
      let months = p.monthOrdinal - first.period.monthOrdinal + (p.lastMonth - p.firstMonth + 1)
      let window = "\(first.period)...\(p), \(history.count) point\(history.count == 1 ? "" : "s")"
      // `top` is drawn from `history`, which contains `here`: equality means `here` is the max.
      let isMax = here.value >= top.value
      let verdict: Verdict = !isMax ? .inconsistent : (months < 36 ? .needsReview : .consistent)
      let explanation: String
      switch verdict {
      case .inconsistent:
        explanation = "not a record: \(top.period) was higher (\(Rounding.format(top.value)) \(s.key.unit))"
      case .needsReview:
        explanation = "highest in the data, but the data cover only \(window): a record needs a longer history"
      default:
        explanation = "highest in the data (\(window))"
      }
      return Finding(
        check: .claimVsDataset, verdict: verdict, subject: "record: \(f.measure ?? subject.code) @\(p)",
        evidence: [Evidence(f), Evidence(here, of: s)] + (top.period == p ? [] : [Evidence(top, of: s)]),
        computed: [Computation(label: "series maximum up to \(p)", value: top.value, unit: s.key.unit)],
        rule: "record = maximum of \(s.key) over \(window); fewer than 36 months of history = needs review",
        explanation: explanation)
    }
  }

  /// Recomputes a share: the matched series over the same series with partner `WLD`.
  static func share(
    _ f: Figure, subject: ClaimSubject, index: SeriesIndex, context: CheckContext
  ) -> [Finding] {
    guard let t = f.period, !t.isSpan else { return [] }
    let p = t.start
    var findings: [Finding] = []
    for part in candidates(subject, p, index) {
      guard
        let whole = index.series(
          code: subject.code, reporter: part.key.reporter, partner: "WLD", flow: part.key.flow,
          frequency: part.frequency
        ).first(where: { $0.key.unit == part.key.unit }),
        let a = part.point(at: p), let b = whole.point(at: p),
        let computed = Estimate.share(
          of: .data(a.value), in: .data(b.value), rule: "share \(part.key.partner) of \(whole.key.partner)")
      else { continue }
      let agreement = context.tolerance.compare(f.estimate, computed)
      findings.append(
        Finding(
          check: .claimVsDataset, verdict: agreement.agrees ? .consistent : .inconsistent,
          subject: "share: \(f.measure ?? subject.code) @\(p)",
          evidence: [Evidence(f), Evidence(a, of: part), Evidence(b, of: whole)],
          computed: [Computation(label: "share \(p)", computed, unit: .percent)],
          rule: agreement.rule,
          explanation: String(
            format: "%@ / %@ = %.2f%% vs '%@'", Rounding.format(a.value), Rounding.format(b.value),
            computed.point, f.text)))
    }
    if findings.isEmpty {
      findings.append(
        Finding(
          check: .claimVsDataset, verdict: .unverifiable,
          subject: "share: \(f.measure ?? subject.code) @\(p)", evidence: [Evidence(f)],
          rule: "share = series / the same series with partner WLD",
          explanation: "no pair of series (partner and world total) with data for \(p)"))
    }
    return findings
  }
}
