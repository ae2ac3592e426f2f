import TallyCore

extension ClaimVsDataset {
  /// A level in a currency that the changes after it in its sentence may be stated in.
  struct CurrencyLevel {
    let doc: String
    let sentence: String
    let start: Int
    let frame: ClaimFrame
    /// The level's written currency (`CNY` for "1.74 trillion yuan").
    let currency: String
  }

  /// The level `claim` states in a currency of its own, for the changes after it in its
  /// sentence; `nil` for anything else (a change, a share, a volume, no trade).
  static func currencyLevel(_ claim: Claim, _ fr: ClaimFrame) -> CurrencyLevel? {
    let f = claim.figure
    guard fr.isTrade, fr.role == .level || fr.role == .to, fr.measure != .growth,
      fr.measure != .share, f.unit.isCurrency
    else { return nil }
    return CurrencyLevel(
      doc: f.doc, sentence: f.sentence, start: f.start, frame: fr, currency: f.unit.rawValue)
  }

  /// The currency of a change that follows a level of the same trade and period in its
  /// sentence ("the trade reached 1.74 trillion yuan, an increase of 2.9%"): the change is
  /// one of that level, in the level's currency, and only series in that currency judge it.
  ///
  /// | level before the change         | change's currency                         |
  /// |---------------------------------|-------------------------------------------|
  /// | "1.74 trillion yuan", same trade and period | `CNY`: a yuan series (none for the base: no data) |
  /// | "$244.8 billion"                | none set: every series, as before         |
  /// | another flow, sides or period   | none set                                  |
  /// | the change states its own ("in dollar terms") | its own                     |
  ///
  /// The dollar sets nothing, since a change stated with no currency is read against every
  /// series already; a yuan change read against dollar series is another figure (growth in
  /// yuan and in dollars differ by the exchange rate's move).
  static func levelCurrency(of claim: Claim, _ fr: ClaimFrame, after level: CurrencyLevel?)
    -> String?
  {
    let f = claim.figure
    guard fr.measure == .growth, fr.currency == nil, let l = level, l.doc == f.doc,
      l.sentence == f.sentence, l.start < f.start, l.currency != "USD",
      l.frame.flow == fr.flow, l.frame.period == fr.period, l.frame.hs == fr.hs,
      Set([l.frame.reporter, l.frame.partner]) == Set([fr.reporter, fr.partner])
    else { return nil }
    return l.currency
  }
}
