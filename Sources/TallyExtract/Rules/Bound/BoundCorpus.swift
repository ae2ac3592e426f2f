/// Examples for ``BoundRules``: every qualifier kind, ranges winning, inheritance by
/// conversions and coordinated equivalents.
enum BoundCorpus {
  static let family = "bound"
  static let all: [CorpusExample] =
    Corpus.examples(
      family, Expected(value: 47e6, unit: "USD", bound: .approx),
      [
        "around $47 million", "about $47 million", "some $47 million", "roughly $47 million",
        "approximately $47 million",
      ])
    + Corpus.examples(
      family, Expected(value: 60e9, unit: "USD", bound: .moreThan),
      [
        "more than $60bn", "over $60bn", "in excess of $60bn", "topped $60bn",
      ])
    + Corpus.examples(
      family, Expected(value: 1, unit: "percent", bound: .lessThan, kind: .share),
      [
        "less than 1% of India's exports", "nearly 1% of India's exports",
        "almost 1% of India's exports",
      ])
    + Corpus.examples(
      family, Expected(value: 155, unit: "count", bound: .atLeast),
      [
        "at least 155 nationals", "no less than 155 nationals",
      ])
    + Corpus.examples(
      family, Expected(value: 40, unit: "percent", bound: .atMost),
      [
        "up to 40%", "as much as 40%", "at most 40%",
      ])
    + Corpus.examples(
      family, Expected(value: 4e9, unit: "DEM", bound: .lessThan),
      [
        "exports fell below four billion marks"
      ])
    + Corpus.examples(
      family, Expected(value: 285, unit: "count", counted: "jet"),
      [
        "Boeing handed over 285 jets", "the top 285 jets",
      ])
    + Corpus.examples(
      family, Expected(value: 129.3e9, unit: "USD"),
      [
        "exports edged up to $129.3bn", "imports climbed up to $129.3bn",
        "the deficit was revised up to $129.3bn", "sales have been inching up to $129.3bn",
      ])
    + Corpus.examples(
      family, Expected(value: 129.3e9, unit: "USD", bound: .atMost),
      [
        "exports of up to $129.3bn", "a loan worth up to $129.3bn",
        "a bid of up to $129.3bn",
      ])
    + [
      Corpus.inSentence(
        family, Expected(value: 31.7e9, unit: "GBP", bound: .moreThan), span: "£31.7bn",
        "The deficit widened to more than $60bn (£31.7bn), a record."),
      Corpus.inSentence(
        family, Expected(value: 2e11, unit: "tonne_mile", bound: .lessThan, change: .down),
        span: "200 billion tonne miles",
        "Demand will fall by almost 10 pct, or 200 billion tonne miles, by 2000."),
    ]
}
