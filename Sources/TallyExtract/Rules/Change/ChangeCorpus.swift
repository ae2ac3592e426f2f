/// Examples for ``ChangeRules``: verbs before, nouns after, levels after "to"/"from",
/// shares, and lists of changes.
enum ChangeCorpus {
  static let family = "change"
  static let all: [CorpusExample] =
    news
    + Corpus.examples(
      family, Expected(value: 3.3, unit: "percent", change: .up, kind: .change),
      [
        "imports rose 3.3 percent", "imports grew 3.3%", "imports were up 3.3 pct",
        "a 3.3 percent rise in imports", "growth of 3.3%", "a 3.3 pct year-on-year increase",
        "imports rose by 3.3%",
        "imports increased sharply by 3.3 pct", "3.3% higher than in 2003",
        "imports rose by a smaller 3.3%", "exports grew a more modest 3.3%",
        "a rise in volume of 3.3%", "shipments rose in value by 3.3%",
        "imports were 3.3% larger than in 2003",
      ])
    + Corpus.examples(
      family, Expected(value: 5.2, unit: "percent", change: .up, kind: .change),
      [
        "output rose at an annual rate of 5.2 pct", "GDP growth was 5.2%",
        "economic growth is expected to reach 5.2 per cent",
      ])
    + Corpus.examples(
      family, Expected(value: 7, unit: "percent", change: .down, kind: .change),
      [
        "exports fell 7%", "exports down 7%", "exports declined 7 pct", "a 7 pct drop in exports",
        "the deficit narrowed by 7%", "7% lower than a year ago",
      ])
    + Corpus.examples(
      family, Expected(value: 95, unit: "percent", kind: .share),
      [
        "95 per cent of the exported wine", "accounted for 95% of sales",
      ])
    + Corpus.examples(
      family, Expected(value: 7.38e9, unit: "USD", kind: .level),
      [
        "the surplus rose to 7.38 billion dlrs", "exports totalled 7.38 billion dlrs",
        "the surplus was 7.38 billion dlrs",
      ])
    + [
      Corpus.inSentence(
        family, Expected(value: 66, unit: "percent", change: .down, kind: .change),
        span: "66 pct", "Earnings from rice declined 18 pct, maize 66 pct and sugar 45 pct."),
      Corpus.inSentence(
        family, Expected(value: 24.4, unit: "percent", change: .down, kind: .change),
        span: "24.4 pct",
        "Exports fell 2.3 pct to 1.28 billion and imports 24.4 pct to 2.14 billion."),
      Corpus.inSentence(
        family, Expected(value: 2.14e9, unit: "USD", kind: .level),
        span: "2.14 billion",
        "Exports fell 2.3 pct to 1.28 billion dlrs and imports 24.4 pct to 2.14 billion."),
      Corpus.inSentence(
        family, Expected(value: 83, unit: "percent", kind: .level),
        span: "83%", "Passengers rose 22% on a year earlier, with a load factor of 83%."),
      Corpus.inSentence(
        family, Expected(value: 4e9, unit: "DEM", bound: .lessThan, kind: .level),
        span: "four billion marks", "Exports fell below four billion marks in January."),
      Corpus.inSentence(
        family, Expected(value: 8.2, unit: "percent", change: .up, kind: .change),
        span: "8.2%", "It forecasts growth of 6-6.5% in 2004, compared with 8.2% in 2003."),
      Corpus.inSentence(
        family, Expected(value: 3.3, unit: "percent", change: .up, kind: .change),
        span: "3.3%", "US growth would reach 4.4% in 2004, but fall to 3.3% next year."),
      Corpus.inSentence(
        family, Expected(value: 1.2, unit: "percent", change: .up, kind: .change),
        span: "1.2%", "Forecasts for German growth were cut to 1.2% from 1.5% this year."),
      Corpus.inSentence(
        family, Expected(value: 5.1, unit: "percent", kind: .level),
        span: "5.1%", "Despite strong growth, unemployment fell to 5.1% in March."),
      Corpus.inSentence(
        family, Expected(value: 17.7, unit: "percent", change: .up, kind: .change),
        span: "17.7%", "Imports from Russia also increased - by 17.7% to $11.42 bln."),
      Corpus.inSentence(
        family, Expected(value: 17.7, unit: "percent", kind: .share),
        span: "17.7%", "Russia's market share - by 17.7% of value - was small."),
      Corpus.inSentence(
        family, Expected(value: 40, unit: "percent", bound: .atMost, change: .down, kind: .change),
        span: "40%", "They claim China has undervalued the yuan by as much as 40%."),
      Corpus.inSentence(
        family, Expected(value: 9, unit: "percent", bound: .moreThan, change: .up, kind: .change),
        span: "9%", "The chief confirmed that growth had topped 9% in 2004."),
      // After "by", the verb's object may run to five words.
      Corpus.inSentence(
        family, Expected(value: 4.5, unit: "percent", change: .down, kind: .change),
        span: "4.5 pct", "The group agreed to cut its total crude output ceiling by 4.5 pct."),
      Corpus.inSentence(
        family, Expected(value: 12, unit: "percent", change: .down, kind: .change),
        span: "12 pct", "The bank decided to devalue the peso by 12 pct."),
      Corpus.inSentence(
        family, Expected(value: 8, unit: "percent", change: .down, kind: .change),
        span: "8 pct", "Spending is held at last year's level minus 8 pct."),
      // An elliptical change after a percentage change is a percentage.
      Corpus.inSentence(
        family, Expected(value: 0.4, unit: "percent", change: .up, kind: .change),
        span: "0.4", "Output dropped by 0.6 per cent, although manufacturing grew by 0.4."),
      Corpus.inSentence(
        family, Expected(value: 0.375, unit: "USD", change: .up, kind: .change),
        span: "3/8", "Sales rose 5 pct and the stock gained 3/8."),
      // Points that move a percentage are percentage points; index points stay.
      Corpus.inSentence(
        family, Expected(value: 2, unit: "percentage_point", change: .up, kind: .change),
        span: "two points", "The load factor rose two points to 51.9 pct from 49.9 pct."),
      Corpus.inSentence(
        family, Expected(value: 12, unit: "index_point", change: .up, kind: .change),
        span: "12 points", "The index rose 12 points to 1,640."),
      // Revision and rate phrases stand between the verb and the figure.
      Corpus.inSentence(
        family, Expected(value: 2.2, unit: "percent", change: .down, kind: .change),
        span: "2.2 pct",
        "Productivity fell at a seasonally adjusted, revised annual rate of 2.2 pct."),
      Corpus.inSentence(
        family, Expected(value: 3.5e9, unit: "USD", change: .down, kind: .change),
        span: "3.5 billion dlrs", "Spending in December fell a revised 3.5 billion dlrs."),
      // An amount and its percentage set off by ", or ...," share the change word after them.
      Corpus.inSentence(
        family, Expected(value: 7.2e9, unit: "USD", change: .up, kind: .change),
        span: "7.2 billion dlrs",
        "Outlays were 7.2 billion dlrs, or 10.6 pct, higher than a year before."),
      Corpus.inSentence(
        family, Expected(value: 10.6, unit: "percent", change: .up, kind: .change),
        span: "10.6 pct", "Outlays were 7.2 billion dlrs, or 10.6 pct, higher than a year before."),
      Corpus.inSentence(
        family, Expected(value: 5.1e9, unit: "USD", kind: .level),
        span: "5.1 billion dlrs", "Exports were 5.1 billion dlrs, or 20 pct, of the total."),
      // The figure after "than" is the base compared with, a level.
      Corpus.inSentence(
        family, Expected(value: 2.2e9, unit: "cubic_metre", kind: .level),
        span: "2.2 billion cubic metres",
        "Output was 4.1 pct higher than 2.2 billion cubic metres a year ago."),
    ]

  /// Changes in general news: inflation as a rate of change, phrasal verbs, comparatives,
  /// fractions of a point, ranges of growth; with the negatives beside them.
  static let news: [CorpusExample] = Array(
    ([
      Corpus.examples(
        family, Expected(value: 2.9, unit: "percent", change: .up, kind: .change),
        [
          "UK inflation eased to 2.9%", "inflation, which excludes food and energy, was 2.9%",
          "pay is growing at 2.9% a year",
        ]),
      Corpus.examples(
        family, Expected(value: 0.4, unit: "percent", change: .down, kind: .change),
        [
          "the Nasdaq gave up 0.4%", "the index shed 0.4%",
        ]),
      Corpus.examples(
        family, Expected(value: 41, unit: "percent", change: .up, kind: .change),
        [
          "posts a 41% profit jump", "it scored 41% ahead of last year's model",
        ]),
      Corpus.examples(
        family, Expected(value: 9.9, unit: "percent", change: .down, kind: .change),
        ["9.9% fewer cars than a year earlier"]),
      Corpus.examples(
        family, Expected(value: 3, unit: "degree_celsius", change: .up, kind: .change),
        ["heatwaves are now 3C hotter"]),
      Corpus.examples(
        family, Expected(value: 0.25, unit: "percentage_point", change: .down, kind: .change),
        [
          "the Fed cut rates by a quarter point",
          "lowered its rate by a quarter of a percentage point",
        ]),
      Corpus.examples(
        family,
        Expected(
          value: 10, unit: "percent", valueHigh: 13, bound: .range, change: .up, kind: .change),
        [
          "earnings are expected to grow by 10% to 13%"
        ]),
      Corpus.examples(
        family, Expected(value: 3.5, unit: "percent", valueHigh: 3.75, bound: .range),
        ["a range of 3.50%-3.75%"]),
      Corpus.examples(
        family, Expected(value: 61, unit: "percent", kind: .share),
        ["chips made up 61% of the total"]),
      Corpus.examples(
        family, Expected(value: 10, unit: "times", bound: .approx, kind: .ratio),
        ["roughly 10 times more likely"]),
      Corpus.examples(
        family, Expected(value: 2, unit: "percent"), ["the central bank's 2% target"]),
      Corpus.examples(
        family, Expected(value: 37, unit: "percent", bound: .approx, kind: .share),
        ["Brazil, which grows about 37% of the world's coffee"]),
      Corpus.examples(
        family, Expected(value: 27, unit: "degree_celsius", bound: .atLeast),
        ["the temperature did not fall below 27C"]),
      Corpus.examples(
        family, Expected(value: 2, unit: "percent", bound: .atMost),
        ["inflation should not rise above 2%"].map { $0 }),
      [
        Corpus.inSentence(
          family, Expected(value: 3.62, unit: "percent"), span: "3.62%",
          "The yield jumped 11 basis points to a record 3.62%.")
      ],
      Corpus.examples(
        family, Expected(value: 1.6, unit: "gw"), ["the reactor is adding 1.6GW to the grid"]),
    ] as [[CorpusExample]]).joined())
}
