/// Examples for ``CountRules``: counted nouns, modifiers, irregular plurals, "of them",
/// bare numbers and elliptical units.
enum CountCorpus {
  static let family = "count"
  static let all: [CorpusExample] =
    elsewhere + elliptical + parts + kinds
    + Corpus.examples(
      family, Expected(value: 20, unit: "count", bound: .atLeast, counted: "factory"),
      [
        "at least 20 Russian military factories", "at least 20 factories",
        "at least twenty factories",
      ])
    + Corpus.examples(
      family, Expected(value: 2, unit: "count", counted: "soldier"),
      [
        "two Chinese soldiers", "2 soldiers",
      ])
    + Corpus.examples(
      family, Expected(value: 6, unit: "count", counted: "shipment"),
      [
        "six significant shipments", "six shipments",
      ])
    + Corpus.examples(
      family, Expected(value: 3600, unit: "count", counted: "agent"), ["3,600 trade agents"])
    + Corpus.examples(
      family, Expected(value: 2.2e6, unit: "count", counted: "ethiopian"),
      ["2.2 million Ethiopians"])
    + Corpus.examples(
      family, Expected(value: 5e6, unit: "count", counted: "person"),
      ["5m people", "five million people"])
    + Corpus.examples(family, Expected(value: 38, unit: "count"), ["38 of them"])
    + Corpus.examples(
      family, Expected(value: 131.0, unit: "index_point"), ["the volume index stood at 131.0"])
    + [
      // A qualifier after a dateline's dash opens the story: no name with a number.
      Corpus.inSentence(
        family, Expected(value: 80, unit: "count", bound: .approx), span: "80",
        "MOSCOW, March 7 - Around 80 small and regional banks in China have stopped taking "
          + "payments."),
      Corpus.inSentence(
        family, Expected(value: 80, unit: "count", bound: .approx), span: "80",
        "MOSCOW, March 7 - About 80 small and regional banks have stopped taking payments."),
      Corpus.inSentence(
        family, Expected(value: 123.6e6, unit: "tonne"), span: "123.6 mln",
        "EC imports will fall to 91.7 mln tonnes in 2000 from 123.6 mln in 1985."),
      Corpus.inSentence(
        family, Expected(value: 700e6, unit: "USD"), span: "700\nmln",
        "The list includes 1.13 billion dlrs of capital goods and 700\nmln of farm products."),
      Corpus.inSentence(
        family, Expected(value: 8.61e9, unit: "USD"), span: "8.61 billion",
        "Exports rose to 16.74 billion dlrs. Imports fell to 8.61 billion."),
      Corpus.inSentence(
        family, Expected(value: 5.6, unit: "percent"), span: "5.6",
        "Unemployment fell to 5.2 pct from 5.6 in January."),
    ]
    // Members of a named group, and a hyphenated noun.
    + Corpus.examples(
      family, Expected(value: 4, unit: "count"),
      ["Four of the GCC states are members", "the four ex-partners of Aramco"])
    + [
      Corpus.inSentence(
        family, Expected(value: 4, unit: "count", counted: "lap"), span: "four",
        "He led all but four of the 53 laps.")
    ]
    + Corpus.none(
      family,
      [
        "(1) the first item", "Mr Smith said the two were close", "one of them",
        "one of the biggest",
      ])

  /// Counts of a named group's members after a possessive, and counts of things named by a
  /// brand of three words.
  static let elsewhere: [CorpusExample] =
    Corpus.examples(
      family, Expected(value: 2, unit: "count", counted: "tanker"),
      [
        "rebels attacked two of its tankers", "two of their tankers were hit",
        "the insurer covered two of our tankers",
      ])
    + Corpus.examples(
      family, Expected(value: 2, unit: "count", counted: "pickup"),
      ["it sold two GMC Hummer EV pickups", "only two Ford Super Duty pickups"])
    + [
      // Lower-case modifiers stop after two words.
      Corpus.inSentence(
        family, Expected(value: 20, unit: "count", bound: .atLeast, counted: "factory"),
        span: "20", "at least 20 Russian military factories"),
      // "one of its" stays a pronoun.
      CorpusExample(family: family, text: "one of its tankers was hit", expected: nil, span: nil),
    ]
    + [
      "a crop of 51.8 million 60-kg bags", "growers filled 51.8 million 60-kg bags",
      "exports of 51.8 million 50-kg bags",
    ].map {
      Corpus.inSentence(
        family, Expected(value: 51.8e6, unit: "count", counted: "bag"), span: "51.8 million", $0)
    }
    + [
      "he made five of his six free throw attempts",
      "she hit five of her seven field goal attempts",
      "five of their nine penalty attempts went in",
    ].map {
      Corpus.inSentence(
        family, Expected(value: 5, unit: "count", counted: "attempt"), span: "five", $0)
    }
    + [
      Corpus.inSentence(
        family, Expected(value: 2.3e6, unit: "count"), span: "2.3 million",
        "The mill paid 1,880 dlrs. The jobless total was 2.3 million."),
      Corpus.inSentence(
        family, Expected(value: 2.3e6, unit: "count"), span: "2.3 million",
        "Builders quoted €1.2 billion. Permits for new homes fell to 2.3 million."),
      Corpus.inSentence(
        family, Expected(value: 2.3e6, unit: "count"), span: "2.3 million",
        "The deal was worth $40 billion. Of its vehicles, 2.3 million were sold."),
      // Negative: a flow of goods or money keeps the earlier sentence's unit.
      Corpus.inSentence(
        family, Expected(value: 4.1e9, unit: "USD"), span: "4.1 billion",
        "Exports were worth $5.2 billion. Imports rose 4% to 4.1 billion."),
      // Negative: a number in digits stays the count of its own noun.
      Corpus.inSentence(
        family, Expected(value: 20, unit: "count", counted: "sack"), span: "20",
        "Farmers sold 20 sacks."),
    ]

  /// Spelled numbers that count the things a count just before them named, and the number
  /// of things as a count however large.
  static let elliptical: [CorpusExample] =
    [
      Corpus.inSentence(
        family, Expected(value: 5, unit: "count", counted: "flight"), span: "five",
        "The airline will run nine flights a week to Hanoi and five to Da Nang."),
      Corpus.inSentence(
        family, Expected(value: 4, unit: "count", counted: "shot"), span: "four",
        "City had 15 shots, four on target, and won eight corners."),
      Corpus.inSentence(
        family, Expected(value: 3.2e6, unit: "count"), span: "3.2 million",
        "Card spending reached $41 billion. The number of payments rose 4% to 3.2 million."),
    ]
}
