/// Examples for parts of a counted whole whose own count follows "of" directly ("five of
/// seven attempts", "9 of 12 greens") or after a name in the possessive ("three of Brazil's
/// five spot kicks"), and for "one" closing a list of counts.
extension CountCorpus {
  static let parts: [CorpusExample] =
    [
      ("five", "hitting five of seven three-point attempts"),
      ("5", "she made 5 of 9 attempts"),
      ("five", "five of eight field-goal attempts went in"),
    ].map {
      Corpus.inSentence(
        family, Expected(value: 5, unit: "count", counted: "attempt"), span: $0.0, $0.1)
    }
    + [("9", "he found 9 of 12 greens"), ("nine", "she hit nine of 14 greens in regulation")].map {
      Corpus.inSentence(
        family, Expected(value: 9, unit: "count", counted: "green"), span: $0.0, $0.1)
    }
    + [
      ("three", "the keeper saved three of Brazil's five spot kicks"),
      ("3", "he saved 3 of Brazil’s 5 kicks"),
    ].map {
      Corpus.inSentence(
        family, Expected(value: 3, unit: "count", counted: "kick"), span: $0.0, $0.1)
    }
    + [
      // "one" closing a list of counts counts its noun.
      Corpus.inSentence(
        family, Expected(value: 1, unit: "count", counted: "bogey"), span: "one",
        "She made six birdies and one bogey."),
      Corpus.inSentence(
        family, Expected(value: 1, unit: "count", counted: "assist"), span: "one",
        "He finished with 2 goals and one assist."),
      // A pronoun "one" after a list stays a word.
      Corpus.inSentence(
        family, Expected(value: 4, unit: "count", counted: "analyst"), span: "four",
        "We asked four analysts and one said no."),
      // A spelled number after a modifier opens another phrase: the scaled figure takes the
      // unit of the sentence's earlier amount.
      Corpus.inSentence(
        family, Expected(value: 24.3e6, unit: "tonne"), span: "24.3 million",
        "The crop reached 26.1 million tonnes, above the high of 24.3 million recorded three harvests ago."
      ),
      Corpus.inSentence(
        family, Expected(value: 2, unit: "count", counted: "flat"), span: "two",
        "They bought two three-bedroom flats."),
      Corpus.inSentence(
        family, Expected(value: 3, unit: "count", counted: "race"), span: "three",
        "She won three of the previous four races."),
      // A share of a count in percent stays a percentage.
      Corpus.inSentence(
        family, Expected(value: 40, unit: "percent", kind: .share), span: "40%",
        "Only 40% of 300 applicants were hired."),
    ]
}
