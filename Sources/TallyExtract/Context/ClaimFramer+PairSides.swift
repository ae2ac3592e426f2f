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
  func storyPairSides(of fr: ClaimFrame, _ prov: CaseMap<FramePart, PartProvenance>)
    -> ClaimReading?
  {
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

  /// The story-pair reading of a trade whose partner "all partners" (`WLD`) was carried from
  /// an earlier figure, or `nil`.
  ///
  /// "China imported 76.7 Mt of LNG from all sources. ... December, with 889,482 tonnes",
  /// "Imports from every supplier reached 9.8 Mt in 2023. Russian volumes aside, June came to
  /// 0.73 Mt": the world total is one figure of a story about one pair, and the figures after
  /// it that name no partner are most often the pair's again. The reading puts the pair's other
  /// country in place of `WLD`; tried only when the first reading fails, accepted only as the
  /// single match within rounding. Never when the sentence states the partner, and only for
  /// goods: for all goods "the total" is as often the pair's turnover misread as all partners
  /// ("exports of $9.62bn against imports of $9.61bn, for a total of $19.23bn"), and a
  /// one-way reading of the pair would then judge a claim about the turnover.
  func storyPairFromWorld(of fr: ClaimFrame, _ prov: CaseMap<FramePart, PartProvenance>)
    -> ClaimReading?
  {
    guard fr.partner == "WLD", !fr.hs.isEmpty, prov[.sides]?.kind == .carried,
      let r = fr.reporter,
      fr.origins[.partner]?.kind != .stated,
      let pair = storyPair(), pair.contains(r), let other = pair.first(where: { $0 != r })
    else { return nil }
    return ClaimReading(
      part: .sides,
      why: "read as \(r)'s trade with \(other): all partners (WLD) were carried, the story is "
        + "about \(pair[0])-\(pair[1])", partner: other)
  }

  /// True when a side of `fr` was carried from an earlier figure or the story rather than
  /// stated with it (the kind ``provenance(of:)`` counts as carried).
  static func sidesCarried(_ fr: ClaimFrame) -> Bool {
    fr.origins[.reporter]?.kind == .carried || fr.origins[.partner]?.kind == .carried
  }

}
