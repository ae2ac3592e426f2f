import Foundation
import TallyCore

extension ClaimVsDataset {
  /// True when `fr` is the gap between two sources' counts of one trade: a growth whose base is
  /// its own period (a single period) and whose event is ``ClaimFrame/mirrorCounts``, from the other side's count to `source`'s (the framer's
  /// mirror-gap rule, `ClaimFramer+MirrorGap`).
  static func isMirrorGap(_ fr: ClaimFrame) -> Bool {
    guard fr.measure == .growth, fr.event == ClaimFrame.mirrorCounts, let p = fr.period,
      !p.isSpan, fr.base == p, let s = fr.source
    else { return false }
    return s == fr.reporter || s == fr.partner
  }

  /// A mirror gap checked against both sides' series: `source`'s count of the trade minus the
  /// other side's for the period ("The Russian figure is thus higher by $1.24 billion"), or in
  /// percent of the other side's count ("or 1.2 per cent").
  ///
  /// | side       | series of a total       | of a one-way flow                           |
  /// |------------|-------------------------|---------------------------------------------|
  /// | `source` S | S's total with the other | S's exports if S is the exporter, else its imports |
  /// | the other O| O's total with S        | the same trade as O states it               |
  ///
  /// A gap with no sign in the text ("The gap of $1.2 billion") has the side with the larger
  /// stated count as `source`; "lower by" has the smaller one, and its figure is negative.
  /// `nil` for a frame that is no mirror gap; `no data for the period` when one side has no
  /// count in the claim's currency.
  func mirrorGap(_ claim: Claim, _ fr: ClaimFrame, _ input: CheckInput) -> Result? {
    guard Self.isMirrorGap(fr), let t = fr.period, let s = fr.source, let flow = fr.flow,
      let r = fr.reporter, let p = fr.partner
    else { return nil }
    let o = s == r ? p : r
    let f = claim.figure
    let g = t.start.granularity
    var frequencies = [Frequency(g)]
    if g < .month { frequencies.append(.monthly) }
    func count(by side: String, with other: String, unit: TallyCore.Unit?)
      -> (series: Series, value: Estimate, points: [SeriesPoint])?
    {
      let own: Flow = flow == .total ? .total : (side == fr.exporter ? .export : .import)
      for freq in frequencies {
        for series in input.index.series(
          code: fr.seriesMeasure, reporter: side, partner: other, flow: own, frequency: freq)
        where series.key.unit.isCurrency && (unit == nil || series.key.unit == unit) {
          if f.unit.isCurrency, input.context.estimate(of: f, in: series.key.unit) == nil {
            continue
          }
          if let v = Self.value(series, [t.start]) { return (series, v.0, v.1) }
        }
      }
      return nil
    }
    guard let a = count(by: s, with: o, unit: nil),
      let b = count(by: o, with: s, unit: a.series.key.unit)
    else { return .reason("no data for the period") }
    let unit = a.series.key.unit
    let percent = f.unit == .percent
    let label = "\(s) count - \(o) count"
    let data: Estimate
    let claimed: Estimate
    if percent {
      guard let gr = Estimate.growth(from: b.value, to: a.value, rule: "\(label), in % of \(o)'s")
      else { return .reason("no data for the period") }
      (data, claimed) = (gr, f.estimate)
    } else {
      guard let c = input.context.estimate(of: f, in: unit) else {
        return .reason("no series in a comparable unit")
      }
      (data, claimed) = (.sum([a.value, b.value.negated()], rule: label), c)
    }
    let j = Judge.judge(claimed, data, context: input.context)
    let shown =
      percent ? String(format: "%+.1f%%", data.point) : Rounding.format(data.point) + " \(unit)"
    let lead: String
    switch j.verdict {
    case .consistent: lead = "'\(f.text)' agrees with the gap between the two counts"
    case .needsReview: lead = "'\(f.text)' is close to the gap between the two counts"
    default: lead = "'\(f.text)' disagrees with the gap between the two counts"
    }
    return .findings([
      Finding(
        check: .claimVsDataset, verdict: j.verdict, subject: "\(f.subjectText) @\(t)",
        evidence: [Evidence(f)] + (a.points.map { Evidence($0, of: a.series) })
          + b.points.map { Evidence($0, of: b.series) },
        computed: [Computation(label: label, data, unit: percent ? .percent : unit)],
        rule: j.agreement.rule + "; the gap between two sources' counts of one trade",
        explanation: lead + ": \(shown) for \(t)", weight: .primary)
    ])
  }
}
