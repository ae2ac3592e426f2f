import TallyCore

/// Counts that are part of a set named elsewhere (see ``ClaimFramer``).
extension ClaimFramer {
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
    f.dimension == .count && tokens.lower(end) == "of"
      && Self.partitiveDeterminers.contains(tokens.lower(end + 1))
  }
}
