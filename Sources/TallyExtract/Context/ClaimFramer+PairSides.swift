import TallyCore

/// The story's pair for sides carried from a trade with a third country (see
/// ``ClaimFramer/readings(of:_:at:)``).
///
/// "Australia shipped China about 24 Mt. Monthly volumes were uneven: 751,000 tonnes in
/// September" in a story on Russian LNG: the monthly figure names no sides, and the last
/// trade named is Australia's; the story is about Russia's. When one side of a carried trade
/// is outside the story's pair and the other inside it, the reading puts the pair's other
/// country in its place; it is tried only when the first reading fails and accepted only when
/// it is the single one the written figure matches within its rounding.
extension ClaimFramer {
  /// The story-pair reading of `fr`, or `nil` when its sides were stated, are the pair's
  /// already, or the story has no pair.
  func storyPairSides(of fr: ClaimFrame, _ prov: [FramePart: PartProvenance]) -> ClaimReading? {
    guard prov[.sides]?.kind == .carried, let r = fr.reporter, let p = fr.partner,
      r != "WLD", p != "WLD", let pair = storyPair()
    else { return nil }
    // A sentence that names the third country ("Australian cargoes came to 751,000 t") keeps
    // it, whatever side the framer carried.
    let named = tokens.mentions(in: 0..<tokens.count)
    guard !named.contains(where: { !pair.contains($0.iso3) && ($0.iso3 == r || $0.iso3 == p) })
    else { return nil }
    switch (pair.contains(r), pair.contains(p)) {
    case (true, false):
      // Only a side the sentence does not state.
      guard fr.origins[.partner] != .sentence, let other = pair.first(where: { $0 != r })
      else { return nil }
      return ClaimReading(
        part: .sides,
        why: "read as \(r)'s trade with \(other): the partner \(p) was carried, the story is "
          + "about \(pair[0])-\(pair[1])", partner: other)
    case (false, true):
      guard fr.origins[.reporter] != .sentence, let other = pair.first(where: { $0 != p })
      else { return nil }
      return ClaimReading(
        part: .sides,
        why: "read as \(other)'s trade with \(p): the reporter \(r) was carried, the story is "
          + "about \(pair[0])-\(pair[1])", reporter: other)
    default:
      return nil
    }
  }

  /// True when a side of `fr` was carried from an earlier figure or the story rather than
  /// stated with it (the kind ``provenance(of:)`` counts as carried).
  static func sidesCarried(_ fr: ClaimFrame) -> Bool {
    fr.origins[.reporter]?.kind == .carried || fr.origins[.partner]?.kind == .carried
  }

}
