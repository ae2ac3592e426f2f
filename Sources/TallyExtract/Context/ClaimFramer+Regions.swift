/// A region or bloc on one side of a flow ("Europe still bought 15 Mt of Russian LNG",
/// "Russia's coal sales to Asia", "the EU imported"): that side is the region, not a country
/// taken from the last trade or the story, so the frame reaches no China-Russia series.
extension ClaimFramer {
  /// Words between a region and its verb that leave the region the verb's subject.
  static let regionAdverbs: WordTable = ["still", "also", "alone", "only", "even", "then"]

  /// Last words of the two-word regions of `CountryReferences.regionPairs`.
  static let regionEnds: WordTable = ["america", "east"]

  /// Blocs of countries no dataset keeps as one side, beside `CountryReferences.regions`
  /// ("Russia's trade with the EAEU", "exports to BRICS members"), to codes of the user range.
  static let blocs: WordMap<String> = [
    "eaeu": "XEA", "brics": "XBR", "cis": "XCS", "opec": "XOP",
  ]

  /// Words that make a part of a region before its name ("Central Asia", "Western Europe",
  /// "North Africa"): still a region, not the story's country.
  static let regionParts: WordTable = [
    "central", "southeast", "eastern", "western", "northern", "southern", "east", "west",
    "north", "south",
  ]

  /// The region or bloc code of the word at `k`, if any.
  func regionWord(_ k: Int) -> String? {
    let w = tokens.lower(k)
    return CountryReferences.regions[w] ?? Self.blocs[w]
  }

  /// The region at token `k`: a region or bloc word, a part of one ("Central Asia", not a
  /// country such as "South Africa"), or a two-word region; `nil` otherwise.
  func region(startingAt k: Int) -> String? {
    let t = tokens
    guard t.has(k) else { return nil }
    if let code = regionWord(k) { return code }
    guard t.has(k + 1) else { return nil }
    if t.has(k, .regionParts), let code = regionWord(k + 1),
      t.mentions(in: k..<min(t.count, k + 2)).first?.start != k
    {
      return code
    }
    return t.has(k + 1, .regionEnds) ? region(endingAt: k + 1) : nil
  }

  /// The region code of the region ending at token `k` (one word, or two), if any.
  func region(endingAt k: Int) -> String? {
    let t = tokens
    guard t.has(k) else { return nil }
    if let code = regionWord(k) { return code }
    guard t.has(k - 1), t.has(k, .regionEnds) else { return nil }
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
      while k > clause.lowerBound, t.has(k, .regionAdverbs) { k -= 1 }
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
      if let code = region(startingAt: at) {
        s.partner = code
        return
      }
    }
  }
}
