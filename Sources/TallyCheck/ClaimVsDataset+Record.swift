import Foundation
import TallyCore

extension ClaimVsDataset {
  /// Checks a record claim: the point for the claim's period must be the series' maximum
  /// among points up to that period; the finding states the window of data the record rests on
  /// (the data cannot know of records before it).
  ///
  /// Of the claim's direct series, the one with
  /// the longest history decides.
  func record(_ claim: Claim, _ fr: ClaimFrame, _ input: CheckInput) -> [Finding] {
    let f = claim.figure
    guard let t = fr.period, !t.isSpan else { return [] }
    let p = t.start
    let best = input.index.sides(fr, frequency: Frequency(p.granularity))
      .filter {
        $0.direct && $0.series.point(at: p) != nil
          && input.context.estimate(of: f, in: $0.series.key.unit) != nil
      }
      .map(\.series)
      .max { a, b in
        a.points.filter { $0.period <= p }.count < b.points.filter { $0.period <= p }.count
      }
    guard let s = best else { return [] }
    let history = s.points.filter { $0.period <= p }
    guard let here = s.point(at: p), let first = history.first,
      let top = history.max(by: { $0.value < $1.value })
    else { return [] }
    let months = p.monthOrdinal - first.period.monthOrdinal + (p.lastMonth - p.firstMonth + 1)
    let window = "\(first.period)...\(p), \(history.count) point\(history.count == 1 ? "" : "s")"
    let isMax = here.value >= top.value
    let verdict: Verdict = isMax ? .consistent : .inconsistent
    let explanation: String
    switch verdict {
    case .inconsistent:
      explanation =
        "not a record: \(top.period) was higher (\(Rounding.format(top.value)) \(s.key.unit))"
    default:
      explanation =
        months < 36
        ? "highest in the data, which cover only \(window)" : "highest in the data (\(window))"
    }
    return [
      Finding(
        check: .claimVsDataset, verdict: verdict, subject: "record: \(f.subjectText) @\(p)",
        evidence: [Evidence(f), Evidence(here, of: s)]
          + (top.period == p ? [] : [Evidence(top, of: s)]),
        computed: [
          Computation(label: "series maximum up to \(p)", value: top.value, unit: s.key.unit)
        ],
        rule: "record = maximum of \(s.key) over \(window)",
        explanation: explanation, weight: .primary)
    ]
  }
}
