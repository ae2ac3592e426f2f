import Foundation
import TallyCore

extension ClaimVsDataset {
  /// One direction of a trade that the data give only as the total and the other direction
  /// ("of which Chinese purchases were $11.3bn and sales $9.2bn" for a month with a total and
  /// imports but no exports row).
  ///
  /// | series of              | exports of X to Y                          |
  /// |------------------------|--------------------------------------------|
  /// | X (the exporter)       | X's total trade with Y minus X's imports from Y |
  /// | Y (mirror)             | Y's total trade with X minus Y's exports to X   |
  ///
  /// Imports are the same with the roles swapped. Both sides are direct unless the text cites
  /// one side's statistics, as for the flows read directly.
  static func derivedPart(_ fr: ClaimFrame, _ periods: [Period], _ input: CheckInput)
    -> [(side: SeriesIndex.Side, value: Estimate, points: [SeriesPoint])]
  {
    guard let flow = fr.flow, flow == .export || flow == .import, let r = fr.reporter,
      let p = fr.partner, r != p, let g = periods.first?.granularity
    else { return [] }
    let other: Flow = flow == .export ? .import : .export
    var frequencies = [Frequency(g)]
    if g < .month { frequencies.append(.monthly) }
    var out: [(side: SeriesIndex.Side, value: Estimate, points: [SeriesPoint])] = []
    // The reporter's total minus its other flow; the partner's total minus its flow the same
    // way round (its exports for the reporter's imports).
    for (a, b, minus) in [(r, p, other), (p, r, flow)] {
      let direct = fr.source == nil || fr.source == a
      for freq in frequencies where out.allSatisfy({ $0.side.series.key.reporter != a }) {
        for total in input.index.series(
          code: fr.seriesMeasure, reporter: a, partner: b, flow: .total, frequency: freq)
        {
          if let c = fr.currency, total.key.unit.isCurrency, total.key.unit.rawValue != c {
            continue
          }
          guard
            let rest = input.index.series(
              code: fr.seriesMeasure, reporter: a, partner: b, flow: minus, frequency: freq
            ).first(where: { $0.key.unit == total.key.unit }),
            let vt = value(total, periods), let vr = value(rest, periods)
          else { continue }
          out.append(
            (
              SeriesIndex.Side(series: total, direct: direct),
              .sum([vt.0, vr.0.negated()], rule: "total - \(minus.rawValue)s"), vt.1 + vr.1
            ))
          break
        }
      }
    }
    return out
  }
}
