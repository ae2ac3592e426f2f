import TallyCore

/// The terms of a change that qualifies the level just before it (see ``ClaimFramer``).
extension ClaimFramer {
  /// True when a change (a percent or a multiple) compares the physical quantity before it.
  ///
  /// That is when it follows a level in physical quantity within its sentence, with no other
  /// figure in between: "reached 4.7 million tonnes in May, twice as much as a year earlier", "shipped 3.1
  /// million tonnes, up 12% on a year before". No money series may then judge it: a coal
  /// bill that doubled is no tonnage that doubled.
  ///
  /// A change that leads to a later level ("up 12% to 3.1 million tonnes", "doubled to
  /// $4bn") is that level's, not the earlier one's.
  func followsVolumeLevel(_ f: Figure, at fi: Int, end: Int) -> Bool {
    guard (f.kind == .change && f.dimension == .percent) || f.unit == "times",
      let prev = sentenceFrames.last, prev.index < fi,
      [.mass, .volume, .energy].contains(prev.figure.dimension),
      prev.figure.kind == .level, !prev.frame.hs.isEmpty
    else { return false }
    // "up 12% to 3.1 million tonnes": the change belongs to the level after it.
    if (end..<min(tokens.count, end + 3)).contains(where: { tokens.id($0) == W.to }) {
      return false
    }
    // "72.5 Mt ..., and the pipeline gas bill was 2.5 times what it had been": a noun of
    // value between the level and the change puts the change in money.
    if ((prev.index + 1)..<fi).contains(where: { tokens.has($0, .moneyNouns) }) {
      return false
    }
    // The level and the change stand in one stretch of the sentence: no stop or ";" between.
    return !(prev.index..<fi).contains { tokens.id($0).isAny(W.semicolon, W.fullStop, W.colon) }
  }

  /// Nouns of what goods cost or earn, which put a change after a quantity in money.
  static let moneyNouns: WordTable = [
    "bill", "bills", "value", "worth", "payments", "revenue", "revenues", "earnings", "spending",
  ]
}
