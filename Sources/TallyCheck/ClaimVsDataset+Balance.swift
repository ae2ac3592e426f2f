import Foundation
import TallyCore

extension ClaimVsDataset {
  /// A balance the data give only as its flows ("leaving Moscow with a surplus of $11.1bn").
  ///
  /// A balance frame is the reporter's surplus with the partner (the framer turns "a deficit
  /// with China" into China's surplus). It is computed from either side's statistics:
  ///
  /// | series of    | surplus of reporter R with partner P          |
  /// |--------------|-----------------------------------------------|
  /// | R            | R's exports to P minus R's imports from P     |
  /// | P (mirror)   | P's imports from R minus P's exports to R     |
  ///
  /// Both sides are direct unless the text cites one side's statistics, as for other flows.
  static func derivedBalance(_ fr: ClaimFrame, _ periods: [Period], _ input: CheckInput)
    -> [(side: SeriesIndex.Side, value: Estimate, points: [SeriesPoint])]
  {
    guard fr.flow == .balance, let r = fr.reporter, let p = fr.partner, r != p,
      let g = periods.first?.granularity
    else { return [] }
    var frequencies = [Frequency(g)]
    if g < .month { frequencies.append(.monthly) }
    var out: [(side: SeriesIndex.Side, value: Estimate, points: [SeriesPoint])] = []
    for (a, b, plus, minus) in [(r, p, Flow.export, Flow.import), (p, r, .import, .export)] {
      let direct = fr.source == nil || fr.source == a
      for freq in frequencies where out.allSatisfy({ $0.side.series.key.reporter != a }) {
        for credit in input.index.series(
          code: fr.seriesMeasure, reporter: a, partner: b, flow: plus, frequency: freq)
        {
          if let c = fr.currency, credit.key.unit.isCurrency, credit.key.unit.rawValue != c {
            continue
          }
          guard
            let debit = input.index.series(
              code: fr.seriesMeasure, reporter: a, partner: b, flow: minus, frequency: freq
            ).first(where: { $0.key.unit == credit.key.unit }),
            let vc = value(credit, periods), let vd = value(debit, periods)
          else { continue }
          let rule = plus == .export ? "exports - imports" : "mirror imports - mirror exports"
          out.append(
            (
              SeriesIndex.Side(series: credit, direct: direct),
              .sum([vc.0, vd.0.negated()], rule: rule), vc.1 + vd.1
            ))
          break
        }
      }
    }
    return out
  }
}
