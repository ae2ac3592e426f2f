/// Examples for ``BoundRules``: every qualifier kind, ranges winning, inheritance by
/// conversions and coordinated equivalents.
enum BoundCorpus {
  static let family = "bound"
  static let all: [CorpusExample] =
    spans
    + Corpus.examples(
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

  /// Ranges written "X to Y" that are one figure: a charge window, a forecast move, an age
  /// span, an approximate price per unit; and the pairs that stay two figures.
  static let spans: [CorpusExample] =
    [
      Corpus.inSentence(
        family, Expected(value: 20, unit: "percent", valueHigh: 80, bound: .range),
        span: "20 to 80 per cent", "the pack charges from 20 to 80 per cent in 18 minutes"),
      Corpus.inSentence(
        family, Expected(value: 20, unit: "percent", valueHigh: 80, bound: .range),
        span: "20% to 80%", "it recharged from 20% to 80% in half an hour"),
      Corpus.inSentence(
        family, Expected(value: 20, unit: "percent", valueHigh: 80, bound: .range),
        span: "20 to 80 per cent", "charging from 20 to 80 per cent takes 31 minutes"),
      // Any verb, in a sentence about charging.
      Corpus.inSentence(
        family, Expected(value: 20, unit: "percent", valueHigh: 80, bound: .range),
        span: "20% to 80%", "A fast charger takes the battery from 20% to 80% in 45 minutes."),
      Corpus.inSentence(
        family, Expected(value: 1, unit: "percent", valueHigh: 100, bound: .range),
        span: "1% to 100%", "With 90W charging it goes from 1% to 100% in 38 minutes."),
      Corpus.inSentence(
        family, Expected(value: 10, unit: "percent", valueHigh: 80, bound: .range),
        span: "10% to 80%", "The battery gets from 10% to 80% in under half an hour."),
      // Without charging, a move from one share to another stays two levels.
      Corpus.inSentence(
        family, Expected(value: 80, unit: "percent"), span: "80%",
        "Its market share went from 20% to 80% in five years."),
    ]
    + Corpus.examples(
      family,
      Expected(value: 2, unit: "percent", valueHigh: 3, bound: .range, change: .up, kind: .change),
      [
        "brokers expect rents to rise 2% to 3% next year",
        "margins could grow 2 to 3 per cent", "output will climb 2% to 3% by 2027",
      ])
    + Corpus.examples(
      family, Expected(value: 8, unit: "gram", valueHigh: 10, bound: .range),
      ["shoppers now buy 8 or 10 grams at a time", "a ring of 8 or 10 grams"])
    + [
      Corpus.inSentence(
        family, Expected(value: 80, unit: "gram"), span: "80 grams",
        "Pick 2 or 80 grams, the label says."),
      Corpus.inSentence(
        family, Expected(value: 25, unit: "basis_point", change: .down, kind: .change),
        span: "25bp", "The central bank cut its policy rate by 25bp on Wednesday."),
    ]
    + Corpus.examples(
      family, Expected(value: 6, unit: "year", valueHigh: 11, bound: .range),
      ["pupils aged 6 to 11 were tested", "for members aged 6 to 11 only"])
    + Corpus.examples(
      family, Expected(value: 5, unit: "USD/barrel", valueHigh: 6, bound: .range),
      ["roughly $5 to $6 a barrel of the price", "about $5 to $6 a barrel"])
    + [
      // A past move and a level stay apart.
      Corpus.inSentence(
        family, Expected(value: 4, unit: "percent", change: .up, kind: .change), span: "4%",
        "Rents rose 4% to 5% of incomes in the survey."),
      Corpus.inSentence(
        family, Expected(value: 30, unit: "percent"), span: "30%",
        "The share climbed from 10% to 30% over the decade."),
      // Scaled money ranges with "roughly" stay two amounts (see `approxRange`).
      Corpus.inSentence(
        family, Expected(value: 8e6, unit: "USD", bound: .approx), span: "$8 million",
        "The repair bill came to roughly $8 million to $9 million."),
      Corpus.inSentence(
        family, Expected(value: 7, unit: "count", counted: "player"), span: "7",
        "Squads grew from 5 to 7 players this season."),
    ]
}
