/// Examples for freight rates: a price per container named with its size label ("per
/// 40-feet container", "per 40ft box", "per FEU", "for a 40-foot container"), lent to the
/// move before it; a size label before anything else, or "for a" before a thing, states no
/// denominator.
extension MoneyCorpus {
  static let freight: [CorpusExample] =
    Corpus.examples(
      family, Expected(value: 2_512, unit: "USD/container"),
      [
        "$2,512 per 40-feet container", "$2,512 per 40ft container", "$2,512 per FEU",
        "$2,512 per 40-foot box", "2,512 dollars per feu", "$2,512 per 20ft container",
      ])
    + [
      Corpus.inSentence(
        family, Expected(value: 3_468, unit: "USD/container"),
        span: "3,468 US dollars for a 40-foot container",
        "The spot rate climbed again this week, reaching 3,468 US dollars for a 40-foot container."),
      Corpus.inSentence(
        family, Expected(value: 1_980, unit: "USD/container"),
        span: "$1,980 for a 40ft container",
        "Shippers now pay $1,980 for a 40ft container from Ningbo."),
      // The move and the earlier level take the denominator of the level they reach.
      Corpus.inSentence(
        family, Expected(value: 124, unit: "USD/container", change: .down, kind: .change),
        span: "$124", "The Asia to Europe index dropped 5% or $124 to $2,512 per FEU."),
      Corpus.inSentence(
        family, Expected(value: 3_751, unit: "USD/container"), span: "3,751 dollars",
        "A 9% fall took the rate below 4,000 dollars per feu, to 3,751 dollars."),
      // No container after the label, or no label after "for a": no denominator.
      Corpus.inSentence(
        family, Expected(value: 2e9, unit: "USD"), span: "$2bn",
        "The group paid $2bn for a container terminal in Valencia."),
      Corpus.inSentence(
        family, Expected(value: 3e6, unit: "USD"), span: "$3 million",
        "The yard asks $3 million for a 40-foot yacht."),
      Corpus.inSentence(
        family, Expected(value: 1_500, unit: "USD"), span: "$1,500",
        "The charter costs $1,500 for a container ship's crew of 20."),
      // A gallon abbreviated after a slash, lent to the move restated after it.
      Corpus.inSentence(
        family, Expected(value: 1.94, unit: "USD/gallon"), span: "$1.94/gal",
        "RBOB gasoline for October: $1.94/gal, up 1.04% or 2 cents."),
      Corpus.inSentence(
        family, Expected(value: 0.02, unit: "USD/gallon", change: .up, kind: .change),
        span: "2 cents", "RBOB gasoline for October: $1.94/gal, up 1.04% or 2 cents."),
      Corpus.inSentence(
        family, Expected(value: 5, unit: "USD"), span: "$5",
        "She met a gal from Ohio who paid $5 for it."),
    ]
}

/// Examples for the kind of share named between "per" and "share" ("per basic and diluted
/// share", "a loss per basic share of $15.26"); a price per thing that is no share keeps
/// its currency.
extension MoneyCorpus {
  static let shareKinds: [CorpusExample] = [
    Corpus.inSentence(
      family, Expected(value: 0.99, unit: "USD/share"),
      span: "$0.99 per basic and diluted share",
      "It reported a net loss of $50.0 million, or $0.99 per basic and diluted share."),
    Corpus.inSentence(
      family, Expected(value: 15.26, unit: "USD/share"), span: "$15.26",
      "The airline reported a net loss of $1.8 billion, or a loss per basic share of $15.26."),
    Corpus.inSentence(
      family, Expected(value: 1.23, unit: "USD/share"), span: "$1.23",
      "Earnings per diluted common share of $1.23 beat forecasts."),
    Corpus.inSentence(
      family, Expected(value: 40, unit: "USD"), span: "$40",
      "Tickets cost $40 per adult and child entering the show."),
  ]
}
