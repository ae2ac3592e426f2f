/// Examples for currencies in compound adjectives ("the 150,000-euro Model S") and for a
/// qualifier inside a list that shares its last item's currency ("over 2,300 and around
/// 1,700 US dollars per ounce").
extension MoneyCorpus {
  static let compounds: [CorpusExample] =
    Corpus.examples(
      family, Expected(value: 150_000, unit: "EUR"),
      ["the 150,000-euro Model S", "a 150,000-euro car"])
    + Corpus.examples(
      family, Expected(value: 80, unit: "USD"), ["the 80-dollar mark", "an 80-dollar ticket"])
    + [
      Corpus.inSentence(
        family, Expected(value: 2_300, unit: "USD/ounce", bound: .moreThan), span: "2,300",
        "Platinum and palladium hold at over 2,300 and around 1,700 US dollars per ounce."),
      Corpus.inSentence(
        family, Expected(value: 1_850, unit: "USD"), span: "1,850",
        "Offers came in at 1,850, 1,860 and about 1,880 dlrs."),
      // What a list's first item counts is its own.
      Corpus.inSentence(
        family, Expected(value: 2_300, unit: "count"), span: "2,300",
        "The mine employs 2,300 workers and about 1,700 contractors paid in dollars."),
      // A qualified figure after a bare comma restates the first; it lends no unit.
      Corpus.inSentence(
        family, Expected(value: 2_650, unit: "count"), span: "2,650",
        "Union membership rose to 2,650, roughly 40% of eligible staff."),
      Corpus.inSentence(
        family, Expected(value: 310, unit: "count"), span: "310",
        "The archive now holds 310, about 15% more than a year ago."),
    ]
}
