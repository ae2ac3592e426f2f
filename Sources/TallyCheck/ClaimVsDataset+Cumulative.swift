import Foundation
import TallyCore

extension ClaimVsDataset {
  /// Checks a level stated for a span of months ("$196.5bn in January-October", period
  /// `2023-01/2023-10`) against the sum of the monthly points, when every month is present.
  /// A span with missing months is `unverifiable`, naming them; spans of years or quarters are
  /// not summed (an annual figure for "2021/2022" usually means each year, not their sum).
  static func cumulative(
    _ f: Figure, from first: Period, to last: Period, subject: ClaimSubject, index: SeriesIndex,
    context: CheckContext
  ) -> [Finding] {
    guard first.granularity == .month, last.granularity == .month, first <= last else { return [] }
    var months: [Period] = []
    var p = first
    while p <= last, months.count <= 240 {
      months.append(p)
      p = p.next()
    }
    let subjectText = "\(f.measure ?? subject.code) @\(first)/\(last)"
    var findings: [Finding] = []
    for s in index.matching(subject, frequency: .monthly) {
      guard let claim = context.estimate(of: f, in: s.key.unit) else { continue }
      let points = months.compactMap { s.point(at: $0) }
      guard points.count == months.count else {
        let missing = months.filter { s.point(at: $0) == nil }.map(\.description)
        findings.append(
          Finding(
            check: .claimVsDataset, verdict: .unverifiable, subject: subjectText,
            evidence: [Evidence(f)], rule: "a span is the sum of its months",
            explanation: "\(s.key) lacks \(missing.count) of \(months.count) months (\(missing.prefix(4).joined(separator: ", "))\(missing.count > 4 ? ", ..." : ""))"))
        continue
      }
      let sum = Estimate.sum(points.map { .data($0.value) }, rule: "sum of \(points.count) months")
      let agreement = context.tolerance.compare(claim, sum)
      findings.append(
        Finding(
          check: .claimVsDataset, verdict: agreement.agrees ? .consistent : .inconsistent,
          subject: subjectText, evidence: [Evidence(f)] + points.map { Evidence($0, of: s) },
          computed: [Computation(label: "sum of \(points.count) months", sum, unit: s.key.unit)],
          rule: agreement.rule,
          explanation: "'\(f.text)' vs the months' sum \(Rounding.format(sum.point)) \(s.key.unit)"))
    }
    return findings
  }
}
