import Foundation
import TallyCore

extension ClaimVsDataset {
  /// Recomputes a share: the claim's trade over its whole, the same reporter's flow with all
  /// partners (`WLD`), the pair's total trade, or the same trade in all goods.
  func share(_ claim: Claim, _ fr: ClaimFrame, _ input: CheckInput) -> Result {
    let f = claim.figure
    guard f.unit == .percent, let base = fr.shareOf else {
      return .reason("a share of an unknown whole")
    }
    guard let t = fr.period else { return .reason("no period") }
    // A span of months ("an 11% share of China's LNG imports year to date") is the share of
    // the sums of its months; a span of years has no one share.
    var periods = [t.start]
    if let last = t.end {
      guard t.start.granularity == .month, last.granularity == .month else {
        return .reason("no period")
      }
      periods = Self.months(t.start, last)
    }
    let p = t.start
    let freq = Frequency(p.granularity)
    var findings: [Finding] = []
    for side in input.index.sides(fr, frequency: freq) where side.direct {
      let part = side.series
      let whole: Series?
      switch base {
      case .world:
        whole = input.index.series(
          code: fr.seriesMeasure, reporter: part.key.reporter, partner: "WLD", flow: part.key.flow,
          frequency: freq
        ).first { $0.key.unit == part.key.unit }
      case .allGoods:
        whole = input.index.series(
          code: "trade", reporter: part.key.reporter, partner: part.key.partner,
          flow: part.key.flow,
          frequency: freq
        ).first { $0.key.unit == part.key.unit }
      case .total:
        whole = input.index.series(
          code: fr.seriesMeasure, reporter: part.key.reporter, partner: part.key.partner,
          flow: .total,
          frequency: freq
        ).first { $0.key.unit == part.key.unit }
      }
      guard let whole, whole.key != part.key, let (a, pa) = Self.value(part, periods),
        let (b, pb) = Self.value(whole, periods),
        let computed = Estimate.share(
          of: a, in: b, rule: "share \(part.key.partner) of \(whole.key.partner)")
      else { continue }
      let j = Judge.judge(f.estimate, computed, context: input.context)
      findings.append(
        Finding(
          check: .claimVsDataset, verdict: j.verdict, subject: "share: \(f.subjectText) @\(t)",
          evidence: [Evidence(f)] + pa.map { Evidence($0, of: part) }
            + pb.map { Evidence($0, of: whole) },
          computed: [Computation(label: "share \(t)", computed, unit: .percent)],
          rule: j.agreement.rule,
          explanation: String(
            format: "%@ / %@ = %.2f%% vs '%@'", Rounding.format(a.point), Rounding.format(b.point),
            computed.point, f.text),
          weight: .primary))
      break
    }
    if findings.isEmpty { return Self.noData(fr, input) }
    return .findings(findings)
  }
}
