import Foundation
import TallyCore

extension ClaimVsDataset {
  /// Recomputes the share of several goods together in a pair's trade one way ("Crude, coal,
  /// pipeline gas and LNG together made up about 65% of Chinese purchases from Russia"): the
  /// sum of each goods' value over the claim's period, over the same trade in all goods.
  ///
  /// The frame names the goods as several ``ClaimFrame/hs`` codes and the whole as
  /// ``ShareBase/allGoods``. The whole is the frame's own side of the trade, else the other
  /// side's (China's imports from Russia or Russia's exports to China); each goods' series
  /// must be of that side, in the whole's unit, at the period's frequency or in months. With
  /// a goods missing, the share is not recomputed ("no data").
  func goodsSumShare(_ claim: Claim, _ fr: ClaimFrame, _ input: CheckInput) -> Result {
    let f = claim.figure
    guard f.unit == .percent, fr.hs.count > 1, let t = fr.period, let flow = fr.flow,
      flow == .export || flow == .import, let e = fr.exporter, let i = fr.importer
    else { return .reason("a share of an unknown whole") }
    var periods = [t.start]
    if let last = t.end {
      guard t.start.granularity == .month, last.granularity == .month else {
        return .reason("no period")
      }
      periods = Self.months(t.start, last)
    }
    var frequencies = [Frequency(t.start.granularity)]
    if t.start.granularity < .month { frequencies.append(.monthly) }
    let own: (String, String, Flow) = fr.reporter == e ? (e, i, .export) : (i, e, .import)
    let other: (String, String, Flow) = fr.reporter == e ? (i, e, .import) : (e, i, .export)
    for (r, p, fl) in [own, other] {
      // The whole: the side's trade in all goods with a value for the period.
      var whole: (Series, Estimate, [SeriesPoint])?
      for freq in frequencies where whole == nil {
        for s in input.index.series(
          code: "trade", reporter: r, partner: p, flow: fl, frequency: freq)
        where s.key.unit.isCurrency {
          if let (v, pts) = Self.value(s, periods) {
            whole = (s, v, pts)
            break
          }
        }
      }
      guard let (wholeSeries, b, pb) = whole else { continue }
      var parts: [Estimate] = []
      var evidence = [Evidence(f)]
      for code in fr.hs {
        var found: (Estimate, [SeriesPoint], Series)?
        for freq in frequencies where found == nil {
          for s in input.index.series(
            code: "hs:" + code, reporter: r, partner: p, flow: fl, frequency: freq)
          where s.key.unit == wholeSeries.key.unit {
            if let (v, pts) = Self.value(s, periods) {
              found = (v, pts, s)
              break
            }
          }
        }
        guard let (v, pts, s) = found else { break }
        parts.append(v)
        evidence += pts.map { Evidence($0, of: s) }
      }
      guard parts.count == fr.hs.count,
        let computed = Estimate.share(
          of: .sum(parts, rule: "sum of \(parts.count) goods"), in: b,
          rule: "share of \(fr.hs.joined(separator: " + ")) in all goods")
      else { continue }
      let j = Judge.judge(f.estimate, computed, context: input.context)
      return .findings([
        Finding(
          check: .claimVsDataset, verdict: j.verdict,
          subject: "share: \(f.subjectText) @\(t)",
          evidence: evidence + pb.map { Evidence($0, of: wholeSeries) },
          computed: [Computation(label: "share \(t)", computed, unit: .percent)],
          rule: j.agreement.rule,
          explanation: String(
            format: "(%@) / %@ = %.2f%% vs '%@'",
            parts.map { Rounding.format($0.point) }.joined(separator: " + "),
            Rounding.format(b.point), computed.point, f.text),
          weight: .primary)
      ])
    }
    return Self.noData(fr, input)
  }
}
