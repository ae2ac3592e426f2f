import TallyCore

/// A country outside the frame's pair whose volumes the figure measures ("China's crude
/// imports fell, with Saudi volumes down 4.5%"): that country is the flow's other side, so the
/// claim reaches no series of the story's pair (unverifiable), see ``ClaimFramer``.
extension ClaimFramer {
  /// The country of a demonym or possessive right before a neutral volume noun just before
  /// the figure ("Saudi volumes down 4.5%", "Australia's shipments at 24 Mt"), when it is
  /// neither side of the one-way flow `fr`; `nil` otherwise.
  ///
  /// Only nouns that fit either side of a flow count: "Saudi exports" states a flow of its
  /// own (read by `sides`), "Indian purchases" of an import would name the buyer.
  func thirdSideVolumes(_ fi: Int, clause: Range<Int>, _ fr: ClaimFrame) -> String? {
    guard fr.flow == .import || fr.flow == .export, let r = fr.reporter, let p = fr.partner
    else { return nil }
    var k = fi - 1
    while k >= max(clause.lowerBound, fi - 4) {
      if tokens[k].isNumber || tokens.id(k).isAny(W.comma, W.semicolon) { return nil }
      if tokens.has(k, .sideVolumeNouns) {
        let end = tokens.id(k - 1) == W.possessive ? k - 1 : k
        guard let m = tokens.mentions(in: max(0, end - 3)..<end).last, m.end == end,
          m.iso3 != r, m.iso3 != p
        else { return nil }
        return m.iso3
      }
      k -= 1
    }
    return nil
  }

  /// Volume nouns that fit either side of a flow.
  static let sideVolumeNouns: WordTable = [
    "volumes", "volume", "shipments", "deliveries", "cargoes", "flows", "tonnages", "tonnage",
  ]
}
