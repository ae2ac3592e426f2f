/// Examples for "points" of a rate (percentage points) beside the points of an index and
/// of a game.
extension QuantityCorpus {
  static let ratePoints: [CorpusExample] =
    [
      Corpus.inSentence(
        family, Expected(value: 6.6, unit: "percentage_point", bound: .approx),
        span: "6.6 points",
        "Real interest rates are now about 6.6 points, among the highest in emerging markets."),
      Corpus.inSentence(
        family, Expected(value: 0.3, unit: "percentage_point", change: .down, kind: .change),
        span: "0.3 points", "The jobless rate fell 0.3 points to 4.1%."),
      Corpus.inSentence(
        family, Expected(value: 2, unit: "percentage_point", change: .up, kind: .change),
        span: "two points",
        "The policy rate is two points higher than in Chile."),
      // Points of an index or a game stay theirs.
      Corpus.inSentence(
        family, Expected(value: 120, unit: "index_point", change: .up, kind: .change),
        span: "120 points", "The Dow rose 120 points as bond yields fell."),
      Corpus.inSentence(
        family, Expected(value: 12, unit: "point"), span: "12 points",
        "The win rate of the side that scored 12 points was high."),
    ]
}
