/// A region or bloc on one side of a flow ("Europe still bought 15 Mt of Russian LNG",
/// "Russia's coal sales to Asia", "the EU imported"): that side is the region, not a country
/// taken from the last trade or the story, so the frame reaches no China-Russia series.
extension ClaimFramer {
  /// Words between a region and its verb that leave the region the verb's subject.
  static let regionAdverbs: WordTable = ["still", "also", "alone", "only", "even", "then"]

  /// Last words of the two-word regions of `CountryReferences.regionPairs`.
  static let regionEnds: WordTable = ["america", "east"]

  /// The region code of the region ending at token `k` (one word, or two), if any.
  func region(endingAt k: Int) -> String? {
    let t = tokens
    guard t.has(k) else { return nil }
    if let code = CountryReferences.regions[t.lower(k)] { return code }
    guard t.has(k - 1), Self.regionEnds.contains(t.lower(k)) else { return nil }
    return CountryReferences.regionPairs[t.lower(k - 1) + " " + t.lower(k)]
  }

  /// Fills a missing side of `s` with the region that is the flow's subject (right before a
  /// verb, or the possessor of a flow noun) or its object ("to"/"from"/"with" a region after
  /// the anchor, in the clause).
  func regionSides(_ s: inout Sides, _ a: Anchor, clause: Range<Int>) {
    let t = tokens
    guard !a.passive else { return }
    let flow = a.flow
    var k = a.index - 1
    if a.verb {
      while k > clause.lowerBound, Self.regionAdverbs.contains(t.lower(k)) { k -= 1 }
    } else if t.id(k) == W.possessive {
      k -= 1
    } else {
      k = -1
    }
    if k >= clause.lowerBound, let code = region(endingAt: k) {
      s.reporter = code
      return
    }
    guard s.partner == nil, flow != .balance else { return }
    let end = min(clause.upperBound, a.index + 16)
    for j in (a.index + 1)..<end where t.has(j + 1) {
      let w = t.id(j)
      guard w.isAny(W.to, W.into, W.from, W.with) else { continue }
      if flow == .export, w == W.from { continue }
      if flow == .import, w.isAny(W.to, W.into) { continue }
      let at = t.id(j + 1) == W.the ? j + 2 : j + 1
      if let code = CountryReferences.regions[t.lower(at)]
        ?? (Self.regionEnds.contains(t.lower(at + 1)) ? region(endingAt: at + 1) : nil)
      {
        s.partner = code
        return
      }
    }
  }
}
