import TallyCore

/// A figure equated with a "what" clause that states a trade ("$76.1bn was what China sold to
/// Russia in 2022", "What Korea bought from Qatar in 2023 was $9bn"): the figure is that
/// trade, see ``ClaimFramer``.
extension ClaimFramer {
  /// Copulas between a figure and a "what" clause.
  static let cleftCopulas: WordTable = ["was", "is", "were", "are"]

  /// The trade of the "what" clause equated with the figure at `fi`, or `nil`.
  ///
  /// After the figure: a copula and "what" right after it, the clause running to the end of
  /// the sentence. Before it: "what" opening the clause and a copula right before the figure.
  func cleftTrade(at fi: Int, end: Int, clause: Range<Int>) -> ClaimFrame? {
    var r: Range<Int>?
    if tokens.has(end, .cleftCopulas), tokens.id(end + 1) == W.what {
      let stop =
        ((end + 2)..<tokens.count).first {
          !tokens[$0].isWord && tokens.has($0, .sentenceEnds)
        } ?? tokens.count
      r = (end + 2)..<stop
    } else if tokens.has(fi - 1, .cleftCopulas),
      tokens.id(clause.lowerBound) == W.what,
      clause.lowerBound + 1 < fi - 1
    {
      r = (clause.lowerBound + 1)..<(fi - 1)
    }
    guard let r, !r.isEmpty else { return nil }
    let fr = tradeStated(tokens, r, tokens.mentions(in: r), sentenceSource.1)
    return fr?.flow == nil ? nil : fr
  }
}
