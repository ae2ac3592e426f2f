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
      let p = fr.partner, r != p
    else { return [] }
    let other: Flow = flow == .export ? .import : .export
    // The reporter's total minus its other flow; the partner's total minus its flow the same
    // way round (its exports for the reporter's imports).
    return differences(
      fr, periods, input,
      [
        Difference(
          reporter: r, partner: p, plus: .total, minus: other,
          rule: "total - \(other.rawValue)s"),
        Difference(
          reporter: p, partner: r, plus: .total, minus: flow, rule: "total - \(flow.rawValue)s"),
      ])
  }
}
