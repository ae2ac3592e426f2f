/// Examples for ``QuantityRules``: percentages, physical units, rates, durations, ranges.
enum QuantityCorpus {
  static let family = "quantity"
  static let all: [CorpusExample] =
    Corpus.examples(family, Expected(value: 15, unit: "percent"), [
      "15%", "15 pct", "15 per cent", "15 percent", "15 PER CENT", "15\nper cent", "fifteen pct",
    ])
    + Corpus.examples(family, Expected(value: 0.5, unit: "percentage_point"), [
      "half a percentage point", "0.5 percentage points", "0.5 percentage point",
    ])
    + Corpus.examples(family, Expected(value: 2.43e6, unit: "barrel_per_day"), [
      "2.43 mln barrels per day", "2.43 million barrels a day", "2.43 mln bpd", "2.43 mln b/d",
      "2,430,000 bpd",
    ])
    + Corpus.examples(family, Expected(value: 7.2e6, unit: "gallon"), ["7.2 million gallons"])
    + Corpus.examples(family, Expected(value: 2e11, unit: "tonne_mile"), ["200 billion tonne\nmiles", "200 bln tonne-miles"])
    + Corpus.examples(family, Expected(value: 14.27e6, unit: "tonne"), ["14.27 million tonnes", "14.27 mln tonnes", "14.27m tons"])
    + Corpus.examples(family, Expected(value: 328_000, unit: "mile"), ["328,000 miles"])
    + Corpus.examples(family, Expected(value: 200, unit: "km"), ["200 kms", "200 km", "200 kilometres"])
    + Corpus.examples(family, Expected(value: 38e9, unit: "cubic_metre"), ["38 bcm", "38 billion cubic metres"])
    + Corpus.examples(family, Expected(value: 13, unit: "month"), ["a 13-month ban", "13 months"])
    + Corpus.examples(family, Expected(value: 3, unit: "year"), ["the three-year war", "three years"])
    + Corpus.examples(family, Expected(value: 6, unit: "percent", valueHigh: 6.5, bound: .range), [
      "6-6.5%", "6–6.5%", "between 6 and 6.5%", "6 to 6.5 pct",
    ])
    + Corpus.examples(family, Expected(value: 170, unit: "km", valueHigh: 200, bound: .range), [
      "170-200 kms", "about 170-200 kms",
    ])
    // Multipliers are ratios; "foot" is a length in compounds too.
    + Corpus.examples(family, Expected(value: 2.27, unit: "times", kind: .ratio), ["2.27 times New York May"])
    + Corpus.examples(family, Expected(value: 200, unit: "foot"), ["a 200-foot tower", "200 feet"])
    + Corpus.examples(family, Expected(value: 1, unit: "USD", valueHigh: 1.5, bound: .range, change: .down, kind: .change), ["prices fell one to 1.50 dlrs a barrel"])
    + Corpus.none(family, ["one to one talks", "one to watch"])
    + Corpus.examples(family, Expected(value: 7e9, unit: "USD", valueHigh: 9e9, bound: .range), [
      "7-9 billion dlrs", "$7-9bn", "between 7 and 9 billion dlrs",
    ])
}
