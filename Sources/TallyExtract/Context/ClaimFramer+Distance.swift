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
  ///
  /// A length in millimetres or centimetres is the size of a thing ("a cable as thin as
  /// 0.25 millimetres"), never an amount of goods traded: no customs series counts goods in
  /// them.
  func distanceWord(_ f: Figure, end: Int) -> String? {
    guard f.dimension == .length else { return nil }
    if Self.sizeUnits.contains(f.unit) { return "a size in \(f.unit.rawValue)" }
    let w = tokens.lower(end)
    return Self.distanceWords.contains(w) ? w : nil
  }

  /// Units of length that measure the size of a thing, not goods.
  static let sizeUnits: Set<Unit> = ["mm", "cm"]
}
