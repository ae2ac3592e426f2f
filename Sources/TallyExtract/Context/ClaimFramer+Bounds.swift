import TallyCore

/// Bounds stated by phrases the number recognizer does not read as bounds (see
/// ``ClaimFramer``).
extension ClaimFramer {
  /// Verbs before "the $200bn mark": passing a threshold is more than it.
  ///
  /// Every form of each verb: the present of a timeline or a headline ("2018: trade passes
  /// $100bn") as well as the past and the participle; not the bare "top", "pass", "break",
  /// "clear", which are other words too ("the top 10 suppliers").
  static let thresholdVerbs: WordTable = [
    "crossed", "passed", "broke", "breached", "topped", "cleared", "surpassed", "exceeded",
    "crossing", "passing", "breaking", "topping", "surpassing", "exceeding", "breaching",
    "clearing", "crosses", "passes", "breaks", "breaches", "tops", "clears", "surpasses",
    "exceeds", "cross", "breach", "surpass", "exceed",
  ]
  /// Verbs of a rise before "past $100bn": moving past a figure is more than it.
  static let pastVerbs: WordTable = [
    "climbed", "climbing", "rose", "rising", "risen", "moved", "moving", "pushed", "pushing",
    "went", "going", "gone", "surged", "surging", "jumped", "jumping", "shot", "edged", "edging",
    "soared", "soaring", "grew", "growing", "got", "getting", "crept", "creeping",
  ]
  /// Prepositions before "the $100bn mark" and the side of the threshold they state (strict:
  /// above a mark is more than it).
  static let thresholdSides: WordMap<Qualifier> = [
    "above": .moreThan, "over": .moreThan, "beyond": .moreThan, "past": .moreThan,
    "below": .lessThan, "under": .lessThan,
  ]
  /// Nouns after the figure that make it a threshold.
  static let thresholdNouns: WordTable = [
    "mark", "barrier", "threshold", "milestone", "level", "line",
  ]

  /// The qualifier a phrase around the figure states, and whether the figure is then a level
  /// even if a verb of change stands before it.
  ///
  /// | phrase                                   | qualifier  | level |
  /// |------------------------------------------|------------|-------|
  /// | "just shy of $241bn", "shy of"           | `nearly`   | yes   |
  /// | "fell short of $250bn", "short of"       | `lessThan` | yes   |
  /// | "crossed (passed, broke through) the $200bn mark" | `moreThan` | yes |
  /// | "passed $250bn", "topped 1 million tonnes" | `moreThan` | yes |
  /// | "climbed past $100bn", "edged past 1 million tonnes" | `moreThan` | yes |
  /// | "above (over, past) the $100bn mark"     | `moreThan` | yes   |
  /// | "below (under) the $100bn mark"          | `lessThan` | yes   |
  func boundPhrase(_ f: Figure, at fi: Int, end: Int) -> (Qualifier, level: Bool)? {
    let t = tokens
    var k = fi - 1
    while t.has(k), t.id(k) == W.dollarSign || t.id(k) == W.us { k -= 1 }
    if t.id(k) == W.of, t.id(k - 1) == W.shy { return (.nearly, true) }
    if t.id(k) == W.of, t.id(k - 1) == W.short {
      return (t.id(k - 2) == W.just ? .nearly : .lessThan, true)
    }
    // "Trade passed $250 billion last year", "exports topped 1 million tonnes"; not "must not
    // exceed $5bn", whose bound the recogniser reads.
    if t.has(k, .thresholdVerbs), !t.lower(k - 1).isAny("not", "never", "n't") {
      return (.moreThan, true)
    }
    // "before climbing past $100 billion in 2018", "exports edged past 1 million tonnes".
    if t.id(k) == W.past, t.has(k - 1, .pastVerbs) { return (.moreThan, true) }
    if t.id(k) == W.the, t.has(end, .thresholdNouns) {
      var v = k - 1
      if t.id(v) == W.through { v -= 1 }
      if t.has(v, .thresholdVerbs) { return (.moreThan, true) }
      // "commerce with Russia above the $100 billion mark", "still below the 1 million tonne
      // line": a preposition of side before the threshold.
      if let q = Self.thresholdSides[t.lower(k - 1)] { return (q, true) }
    }
    return nil
  }
}
