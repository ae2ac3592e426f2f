import Foundation
import TallyCore

extension ClaimVsDataset {
  /// One way of reading a value as the difference of two of one side's flows: that side
  /// (`reporter`) with `partner`, `plus` minus `minus`, and the rule the finding shows.
  struct Difference {
    var reporter: String
    var partner: String
    var plus: Flow
    var minus: Flow
    var rule: String
  }

  /// The values of `periods` read as differences of two flows, at most one per side.
  ///
  /// A balance from exports and imports, one direction from the total and the other
  /// direction: the period's own frequency is tried before monthly sums. A side is direct
  /// unless the text cites the other side's statistics; the first series of `plus` in the
  /// claim's currency with a `minus` series in the same unit decides.
  static func differences(
    _ fr: ClaimFrame, _ periods: [Period], _ input: CheckInput, _ ways: [Difference]
  ) -> [(side: SeriesIndex.Side, value: Estimate, points: [SeriesPoint])] {
    guard let g = periods.first?.granularity else { return [] }
    var frequencies = [Frequency(g)]
    if g < .month { frequencies.append(.monthly) }
    var out: [(side: SeriesIndex.Side, value: Estimate, points: [SeriesPoint])] = []
    for way in ways {
      let (a, b) = (way.reporter, way.partner)
      let direct = fr.source == nil || fr.source == a
      for freq in frequencies where out.allSatisfy({ $0.side.series.key.reporter != a }) {
        for first in input.index.series(
          code: fr.seriesMeasure, reporter: a, partner: b, flow: way.plus, frequency: freq)
        {
          if let c = fr.currency, first.key.unit.isCurrency, first.key.unit.rawValue != c {
            continue
          }
          guard
            let second = input.index.series(
              code: fr.seriesMeasure, reporter: a, partner: b, flow: way.minus, frequency: freq
            ).first(where: { $0.key.unit == first.key.unit }),
            let v1 = value(first, periods), let v2 = value(second, periods)
          else { continue }
          out.append(
            (
              SeriesIndex.Side(series: first, direct: direct),
              .sum([v1.0, v2.0.negated()], rule: way.rule), v1.1 + v2.1
            ))
          break
        }
      }
    }
    return out
  }
}
