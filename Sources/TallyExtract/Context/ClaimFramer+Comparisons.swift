import TallyCore

/// Changes whose base is stated by another figure (see ``ClaimFramer``): "up 176% from the
/// 119,000 miles recorded in May", and "That is an increase of 63%" after a sentence giving
/// the same trade in two years.
extension ClaimFramer {
  /// A change with no base of its own takes the period of the level it starts from when that
  /// level states its own time ("up 176% from the 119,000 miles recorded in May": May is the
  /// base, not the same month a year earlier).
  mutating func baseFromStartingLevel() {
    for i in sentenceFrames.indices {
      let fr = sentenceFrames[i].frame
      guard fr.measure == .growth, fr.base == nil, fr.multiple == nil,
        let from = sentenceFrames.first(where: {
          $0.index > sentenceFrames[i].index
            && ($0.frame.role == .from
              || (tokens.lower($0.index - 1) == "the" && tokens.lower($0.index - 2) == "from"))
            && $0.frame.origins["period"] == "stated" && $0.frame.flow == fr.flow
        }),
        let fp = from.frame.period, !fp.isSpan
      else { continue }
      let end = fr.period ?? lastMainPeriod
      guard let end, !end.isSpan, end.start.granularity == fp.start.granularity,
        fp.start < end.start
      else { continue }
      sentenceFrames[i].frame.base = fp
      sentenceFrames[i].frame.period = end
      sentenceFrames[i].frame.origins["period"] =
        (fr.period == nil ? "the period stated before" : "stated")
        + "; base: the level it starts from"
    }
  }

  /// Words opening a sentence that sums up the one before ("That is an increase of 63%").
  static let summingUp: [[String]] = [
    ["that", "is"], ["that", "was"], ["this", "is"], ["this", "was"], ["that", "represents"],
    ["this", "represents"], ["that", "marks"], ["this", "marks"], ["that", "means"],
    ["this", "means"], ["that", "'s"],
  ]

  /// A change summing up the sentence before compares the two periods it stated.
  ///
  /// "The two countries traded $146.9bn in 2021 and $240.1bn in 2023. That is an increase of
  /// 63%": a change opening with "that is" right after a sentence stating one trade at two
  /// periods compares those two periods.
  mutating func changeBetweenPreviousLevels() {
    for i in sentenceFrames.indices {
      let fr = sentenceFrames[i].frame
      guard fr.measure == .growth, fr.base == nil, fr.multiple == nil,
        fr.origins["flow"] == "the last trade named",
        Self.summingUp.contains(where: { tokens.matches($0, at: 0) != nil })
      else { continue }
      let levels = previousSentence.filter {
        $0.frame.measure != .growth && $0.frame.flow == fr.flow && $0.frame.hs == fr.hs
          && $0.frame.exporter == fr.exporter && $0.frame.importer == fr.importer
          && $0.frame.period.map { !$0.isSpan } == true
      }
      guard let first = levels.first?.frame.period, let last = levels.last?.frame.period,
        first.start.granularity == last.start.granularity, first.start < last.start
      else { continue }
      sentenceFrames[i].frame.base = first
      sentenceFrames[i].frame.period = last
      sentenceFrames[i].frame.origins["period"] = "the two levels of the sentence before"
    }
  }
}
