/// Examples for ages stated as a threshold after a group of people ("adults over 65"),
/// beside thresholds that are no ages; metres written with a lone "m" ("4,806 m,"); and
/// the unit an elliptical amount takes from its sentence or story.
extension QuantityCorpus {
  static let thresholds: [CorpusExample] =
    Corpus.examples(
      family, Expected(value: 65, unit: "year", bound: .moreThan),
      [
        "adults over 65 sleep less on hot nights", "people over 65 lost the most",
        "a discount for pensioners above 65",
      ])
    + Corpus.examples(
      family, Expected(value: 12, unit: "year", bound: .lessThan),
      ["children under 12 travel free", "free for kids under 12"])
    + Corpus.examples(
      family, Expected(value: 19, unit: "year", bound: .lessThan),
      ["under-19s still pay a flat fare", "a team of under-19s"])
    + Corpus.examples(
      family, Expected(value: 65, unit: "year", bound: .moreThan),
      ["free travel for the over-65s", "most over-65s own a phone"])
    + [
      // Thresholds after other nouns keep their own reading.
      Corpus.inSentence(
        family, Expected(value: 300, unit: "count", bound: .moreThan, counted: "crash"),
        span: "300", "Police reported over 300 crashes overnight."),
      Corpus.inSentence(
        family, Expected(value: 10, unit: "percent", bound: .moreThan), span: "10%",
        "Unemployment is above 10% in most regions."),
    ]
    + Corpus.examples(
      family, Expected(value: 4_806, unit: "m"),
      ["the summit stands at 4,806 m, the highest in the Alps", "a peak of 4,806 m."])
    + [
      Corpus.inSentence(
        family, Expected(value: 300e6, unit: "GBP"), span: "£300m",
        "The club paid £300m, a record.")
    ]
    + [
      // "of them" after an age counts things, not years.
      Corpus.inSentence(
        family, Expected(value: 3, unit: "count"), span: "three",
        "Wing Sipho Dlamini, 23, scored three of them."),
      // The amount of the same size, not the bag's weight.
      Corpus.inSentence(
        family, Expected(value: 27.9e6, unit: "count"), span: "27.9 million",
        "Traders expect 29.5 million bags of 60 kg, up from 27.9 million."),
      // A conversion after a comma does not set the unit of the next sentence.
      Corpus.inSentence(
        family, Expected(value: 28e6, unit: "MXN"), span: "28 million",
        "Strikers want 42 million pesos each, roughly $44,000. The firm has offered 28 million."),
      // The comparison word before a qualifier.
      Corpus.inSentence(
        family, Expected(value: 530_000, unit: "tonne", bound: .approx), span: "530,000",
        "Output fell from more than 900,000 tonnes five seasons ago to about 530,000 last season."),
    ]
}
