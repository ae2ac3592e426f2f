import TallyCore

/// Counts that are part of a set named elsewhere, and the trade of a province (see
/// ``ClaimFramer``): figures whose frame says what no national series or other report holds.
extension ClaimFramer {
  /// True when a figure in a sentence about a province's, region's or port's trade is that trade.
  ///
  /// The sentence is ``isSubnational(_:)``; the figure an amount of money or goods, or a share
  /// ("Heilongjiang province handled 217 billion yuan of trade with Russia, about a fifth of
  /// its foreign trade"). Such a claim is about trade the data could hold but do not
  /// (`unverifiable`); counts ("30 provinces exhibited") and changes are not.
  func isRegionalTrade(_ f: Figure, _ fr: ClaimFrame) -> Bool {
    guard f.kind == .level || f.kind == .share else { return false }
    switch f.dimension {
    case .money, .mass, .volume, .energy: return fr.measure == .other
    case .percent: return fr.measure == .share || fr.measure == .other
    default: return false
    }
  }

  /// Words after "of" that make a count a part of a set: "nine of the firms it identified",
  /// "six of them", "two of those suppliers".
  static let partitiveDeterminers: WordTable = [
    "the", "them", "those", "these", "its", "their", "our", "which", "whom",
  ]

  /// True when the count ending at token `end` is followed by "of" and a determiner: it
  /// counts some members of a set the text counts elsewhere ("The group says nine of the firms
  /// it identified also sell to Ukraine"), not the set, so it is compared with no other
  /// report's count of that set.
  func isPartitiveCount(_ f: Figure, end: Int) -> Bool {
    f.dimension == .count && tokens.id(end) == W.of
      && Self.partitiveDeterminers.contains(tokens.lower(end + 1))
  }
}
