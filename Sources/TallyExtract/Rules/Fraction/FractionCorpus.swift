/// Examples for ``FractionRules``: fractions as percent shares, "one in five", vague plurals.
enum FractionCorpus {
  static let family = "fraction"
  static let all: [CorpusExample] =
    Corpus.examples(
      family, Expected(value: 50, unit: "percent", kind: .share),
      [
        "half the flats were empty", "half of the staff left", "half its revenue",
      ])
    + Corpus.examples(
      family, Expected(value: 100.0 / 3, unit: "percent", kind: .share),
      [
        "a third of voters", "one-third of the fleet", "one third of sales",
      ])
    + Corpus.examples(
      family, Expected(value: 200.0 / 3, unit: "percent", kind: .share),
      [
        "two-thirds of exports", "two thirds of exports",
      ])
    + Corpus.examples(
      family, Expected(value: 75, unit: "percent", kind: .share), ["three-quarters of homes"])
    + Corpus.examples(
      family, Expected(value: 20, unit: "percent", kind: .share),
      [
        "one in five adults", "1 in 5 adults", "one out of five adults",
      ])
    + Corpus.examples(
      family, Expected(value: 100.0 / 7, unit: "percent", kind: .share),
      ["a seventh of the market", "one-seventh of the budget", "one seventh of all cars"])
    + Corpus.examples(
      family, Expected(value: 12.5, unit: "percent", kind: .share),
      ["an eighth of the harvest", "one-eighth of its output"])
    + Corpus.examples(
      family, Expected(value: 12, unit: "count", bound: .moreThan), ["dozens of people were hurt"])
    + Corpus.examples(
      family, Expected(value: 100, unit: "count", bound: .moreThan), ["hundreds of homes"])
    + Corpus.examples(
      family, Expected(value: 10_000, unit: "count", bound: .moreThan),
      ["tens of thousands of fans"])
    + Corpus.examples(
      family, Expected(value: 1e6, unit: "tonne", bound: .moreThan), ["millions of tonnes"])
    + Corpus.examples(
      family, Expected(value: 1e9, unit: "USD", bound: .moreThan), ["billions of dollars"])
    + Corpus.none(
      family,
      [
        "the first half of the year", "in the second half", "a quarter of a century",
        "the first quarter", "one in the morning", "tens of",
        "three in a row", "a sixth straight month", "the seventh day", "an eighth title",
      ])
}
