import Foundation
import TallyCore

/// A multiple of a figure the sentence states: "Russia sold China $9.74bn, nearly twice the $5bn
/// China sold in the other direction" is recomputed from the two levels (9.74 / 5 = x1.95),
/// over their rounding, as ``InternalArithmetic`` recomputes a change from its levels.
extension InternalArithmetic {
  /// The multiples in each sentence compared with a level stated right after them (the level's
  /// frame has the role `base`), recomputed from the level stated before them.
  func multiplesOfStatedFigures(_ input: CheckInput) -> [Finding] {
    var findings: [Finding] = []
    for sentence in Self.bySentence(input) {
      let group = sentence.sorted(by: { $0.0.figure.start < $1.0.figure.start })
      for (i, (c, fr)) in group.enumerated() where fr.multiple != nil && fr.role == .change {
        let isLevel: ((Claim, ClaimFrame)) -> Bool = {
          $0.0.figure.kind == .level && $0.0.figure.dimension != .percent
        }
        guard let compared = group[(i + 1)...].first(where: isLevel), compared.1.role == .base,
          let stated = group[..<i].last(where: { isLevel($0) && $0.1.role != .base }),
          comparableUnit(stated.0.figure.unit) == comparableUnit(compared.0.figure.unit),
          let finding = ratio(
            c, fr, of: stated.0.figure, to: compared.0.figure, context: input.context)
        else { continue }
        findings.append(finding)
      }
    }
    return findings
  }

  func ratio(_ c: Claim, _ fr: ClaimFrame, of a: Figure, to b: Figure, context: CheckContext)
    -> Finding?
  {
    guard let bE = context.estimate(of: b, in: a.unit),
      let g = Estimate.growth(
        from: bE, to: a.estimate, rule: "'\(a.text)' / '\(b.text)' - 1 over their rounding")
    else { return nil }
    let claimed = ClaimVsDataset.claimed(c, fr)
    let j = Judge.judge(claimed, g, context: context)
    let times = String(format: "x%.2f", g.point / 100 + 1)
    let f = c.figure
    return Finding(
      check: .internalArithmetic, verdict: j.verdict, subject: "\(f.subjectText) (\(f.place))",
      evidence: [Evidence(f), Evidence(a), Evidence(b)],
      computed: [Computation(label: "'\(a.text)' over '\(b.text)'", g, unit: .percent)],
      rule: j.agreement.rule,
      explanation: j.verdict == .consistent
        ? "'\(f.text)' matches the figures it compares (\(times))"
        : "'\(f.text)' does not follow from '\(a.text)' over '\(b.text)', which give \(times)")
  }
}
