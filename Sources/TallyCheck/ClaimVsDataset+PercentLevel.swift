import TallyCore

extension ClaimVsDataset {
  /// Readings of a percentage framed as the level of a trade: the change of that trade over
  /// the same span a year before.
  ///
  /// "exports to China amounted to $114.15bn (plus 43.4%)", "practically unchanged at plus
  /// 0.2%", "grew by 1.8 percent to $50.58bn" read with the level beside it: the framer found
  /// the trade (its flow, sides, goods and period) but no change word it reads, so the
  /// percentage stands as a level no series holds. A writer who puts a percentage beside a
  /// level and names no base means the change on a year before; that part is unstated, the
  /// rest of the frame is kept.
  ///
  /// | first reading                     | reading                                  |
  /// |-----------------------------------|------------------------------------------|
  /// | a level (trade, exports, imports, goods) read for a percentage | growth, base a year before the period (the same months a year before for a span) |
  ///
  /// Accepted like every reading: only when it matches the written figure within its rounding
  /// (``withReadings(_:_:first:_:)``); a guessed base never makes a claim inconsistent. Only
  /// for a percentage written to a tenth of a point or finer ("43.4%", "0.2%"): a whole
  /// percentage ("13%") covers a point, and some year's change falls in so wide an interval
  /// by chance.
  func percentLevelReadings(_ claim: Claim, _ fr: ClaimFrame, _ input: CheckInput)
    -> [ClaimReading]
  {
    let f = claim.figure
    guard f.dimension == .percent, Self.levelMeasures.contains(fr.measure), fr.base == nil,
      fr.period != nil, let e = input.context.estimate(of: f, in: f.unit),
      e.high - e.low <= 0.1 + 1e-9
    else { return [] }
    return [
      ClaimReading(
        part: .base,
        why: "read as the change on the same period a year before: a percentage written with "
          + "the level of a trade, no base named",
        setsBase: true, measure: .growth)
    ]
  }

  /// The measures of a level, whose percentage ``percentLevelReadings(_:_:_:)`` reads.
  static let levelMeasures: Set<MeasureKind> = [.trade, .exports, .imports, .commodity]
}
