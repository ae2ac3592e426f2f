import TallyCore

/// Figures that a charge, a rate per unit or a place's throughput measures rather than goods
/// traded (see ``ClaimFramer/notTradeWord(_:at:end:clause:)``).
extension ClaimFramer {
  /// The words of a rate when the figure is an amount per unit of something other than a
  /// period: "10,500 roubles per declaration", "7.17 per dollar", "$1,150 per forty-foot
  /// box".
  ///
  /// "per cent" is the figure's own unit and "per month" a trade at a rate (see
  /// `perPeriodNumerator`); a year or a day after a physical quantity is `ratePhrases`'.
  func perUnitWords(end: Int) -> String? {
    guard tokens.id(end) == W.per, tokens.has(end + 1), tokens[end + 1].isWord else {
      return nil
    }
    let next = tokens.lower(end + 1)
    guard !Self.notUnitsAfterPer.contains(next) else { return nil }
    return "per " + next
  }

  /// Words after "per" that name no unit of a price: the percent sign spelled out and the
  /// periods of a rate.
  static let notUnitsAfterPer: WordTable = [
    "cent", "centum", "mille", "year", "annum", "month", "week", "day", "quarter", "capita",
  ]

  /// A charge noun before the figure in its own stretch of the clause ("the broker fee per
  /// declaration stays at 9,500 roubles", "Pilotage fees rise 4%"): the figure is what a
  /// service costs, not goods traded.
  ///
  /// A comma between ends the stretch ("carmakers, hit by
  /// a rise in the recycling fee, shipped 40% fewer vehicles": the fee says why).
  func chargeWord(before fi: Int, clause: Range<Int>) -> String? {
    var k = fi - 1
    while k >= max(clause.lowerBound, fi - 7) {
      if tokens.id(k).isAny(W.comma, W.semicolon) { return nil }
      if tokens.has(k, .chargeNouns) { return tokens.lower(k) }
      k -= 1
    }
    return nil
  }

  /// A rate adjective before a physical quantity in its clause ("daily flows through the
  /// pipeline hit 63 million cubic metres"): a flow per day, not what a period recorded.
  ///
  /// Capitalized words are names ("China Daily") and are skipped.
  func rateAdjective(_ f: Figure, before fi: Int, clause: Range<Int>) -> String? {
    guard f.dimension.isAny(.mass, .volume) else { return nil }
    for k in clause.lowerBound..<fi
    where tokens.has(k, .rateAdjectives) && !tokens[k].capitalized {
      return tokens.lower(k)
    }
    return nil
  }

  /// Adjectives of a rate per day or hour.
  static let rateAdjectives: WordTable = ["daily", "hourly"]

  /// Words after a figure that open its reason ("rose 37% on higher prices", "amid weak
  /// demand", "thanks to", "due to", "despite"): the non-trade words after them say why.
  static let reasonAfterWords: WordTable = ["on", "amid", "despite", "due", "thanks", "owing"]

  /// Nouns of a charge for a service.
  static let chargeNouns: WordTable = [
    "fee", "fees", "commission", "commissions", "toll", "tolls", "levy", "levies",
  ]

  /// Words right before the base of a comparison: "down from $1,400", "against $20",
  /// "compared with $900".
  static let baseOpeners: WordTable = ["from", "against", "with", "than", "versus", "vs"]

  /// True when the figure at `fi` is the base of the sentence's figure before it and that
  /// figure is a price or was read as no recorded trade ("$1,150 per box in late August, down from $1,400 in spring"):
  /// the base is the same kind of number, a price or a fee, not the last trade named.
  func baseOfNoTrade(_ f: Figure, at fi: Int) -> Bool {
    guard let prev = sentenceFrames.last, prev.frame.flow == nil,
      prev.frame.measure == .price
        || prev.frame.origins[.flow]?.tag == .notRecorded,
      prev.figure.unit.isCurrency == f.unit.isCurrency, prev.figure.dimension == f.dimension
    else { return false }
    var k = fi - 1
    while tokens.has(k), tokens.has(k, .qualifierWords) { k -= 1 }
    return tokens.has(k, .baseOpeners)
      && !(prev.index..<k).contains { tokens.id($0) == W.semicolon }
  }
}
