import TallyCore

/// Lengths that are distances, not goods (see ``ClaimFramer``).
extension ClaimFramer {
  /// Words after a length that make it a distance between places: "600 km north of the
  /// Arctic Circle", "2,000 km away", "300 km inland" ("from" is no cue: "up to 119,000 km
  /// from 105,000" is a change).
  static let distanceWords: WordTable = [
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    "away", "inland", "offshore", "upstream", "downstream", "apart",
  ]

  /// The word that makes a length figure a distance, when one follows it at once.
  ///
  /// A length of goods ("shipped 208,000 km of cable", "1,200 km of pipe") is followed by
  /// "of" and stays a trade figure.
  func distanceWord(_ f: Figure, end: Int) -> String? {
    guard f.dimension == .length else { return nil }
    let w = tokens.lower(end)
    return Self.distanceWords.contains(w) ? w : nil
  }
}
