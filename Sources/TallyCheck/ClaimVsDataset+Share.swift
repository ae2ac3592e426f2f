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
    guard let t = fr.period, !t.isSpan else { return .reason("no period") }
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
      guard let whole, whole.key != part.key, let a = part.point(at: p), let b = whole.point(at: p),
        let computed = Estimate.share(
          of: .data(a.value), in: .data(b.value),
          rule: "share \(part.key.partner) of \(whole.key.partner)")
      else { continue }
      let j = Judge.judge(f.estimate, computed, context: input.context)
      findings.append(
        Finding(
          check: .claimVsDataset, verdict: j.verdict, subject: "share: \(f.subjectText) @\(p)",
          evidence: [Evidence(f), Evidence(a, of: part), Evidence(b, of: whole)],
          computed: [Computation(label: "share \(p)", computed, unit: .percent)],
          rule: j.agreement.rule,
          explanation: String(
            format: "%@ / %@ = %.2f%% vs '%@'", Rounding.format(a.value), Rounding.format(b.value),
            computed.point, f.text),
          weight: .primary))
      break
    }
    if findings.isEmpty { return Self.noData(fr, input) }
    return .findings(findings)
  }
}
