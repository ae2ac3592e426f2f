/// Negative examples for elapsed time that dates ("five years ago"), kinds named by a
/// count ("two-wheeler"), benchmark windows and tenors ("the five-year average", "the
/// one-week repo rate", "three-month copper") and video formats ("1080p"), each beside a
/// figure of the same words that stays one.
extension NotFigureCorpus {
  static let kindsAndElapsed: [CorpusExample] =
    Corpus.none(
      family,
      [
        "the team won it two seasons ago", "three elections ago", "electric two-wheeler sales",
        "a maker of two-wheelers", "a two-seater roadster", "four-stroke engines",
        "a three-pronged plan", "listings sit below the five-year average",
        "the 200-day moving average", "the one-week repo rate", "its seven-day reverse repo",
        "Three-month copper on the London Metal Exchange", "three-month aluminium",
        "the webcam records at 1080p", "streams in 720p",
      ])
    + [
      Corpus.inSentence(
        family, Expected(value: 37, unit: "percent"), span: "37%",
        "Solar supplied 37% five years ago."),
      Corpus.inSentence(
        family, Expected(value: 5, unit: "year"), span: "five years",
        "The bank has five years to repay the loan."),
      // Elapsed years stay durations (the report checks them against the story's dates).
      Corpus.inSentence(
        family, Expected(value: 2, unit: "year", bound: .moreThan), span: "two years",
        "Trade has grown since the war broke out more than two years ago."),
      Corpus.inSentence(
        family, Expected(value: 2, unit: "count", counted: "door"), span: "two-door",
        "The two-door coupe is the cheapest."),
      Corpus.inSentence(
        family, Expected(value: 3, unit: "month"), span: "three-month",
        "A three-month trial is free."),
      Corpus.inSentence(
        family, Expected(value: 0.45, unit: "GBP"), span: "45p", "A loaf costs 45p."),
    ]
}
