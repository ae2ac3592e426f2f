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
    guard fr.flow == .balance, let r = fr.reporter, let p = fr.partner, r != p else { return [] }
    return differences(
      fr, periods, input,
      [
        Difference(
          reporter: r, partner: p, plus: .export, minus: .import, rule: "exports - imports"),
        Difference(
          reporter: p, partner: r, plus: .import, minus: .export,
          rule: "mirror imports - mirror exports"),
      ])
  }
}
