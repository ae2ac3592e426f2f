/// Examples for counts of nouns that are their own plural ("five species"), counts out of
/// a whole ("four stars out of five"), and verbs in -s after a model's number that count
/// nothing ("the Book Air 14 weighs").
extension CountCorpus {
  static let kinds: [CorpusExample] =
    [
      Corpus.inSentence(
        family, Expected(value: 5, unit: "count", bound: .atLeast, counted: "species"),
        span: "five", "The crew filmed at least five species of fish."),
      Corpus.inSentence(
        family, Expected(value: 3, unit: "count", counted: "series"), span: "three",
        "The broadcaster ordered three series of the show."),
      Corpus.inSentence(
        family, Expected(value: 5, unit: "count", counted: "star"), span: "five",
        "It earns four stars out of five."),
    ]
    + Corpus.none(
      family, ["The Book Air 14 weighs little.", "The Tern X 9 measures up well."])
}
