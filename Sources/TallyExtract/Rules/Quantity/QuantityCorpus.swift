/// Examples for ``QuantityRules``: percentages, physical units, rates, durations, ranges.
enum QuantityCorpus {
  static let family = "quantity"
  static let all: [CorpusExample] =
    news + elsewhere + moreUnits + agesAndQuakes + sportAndSizes + thresholds + ratePoints
    + games + specs + readings
    + Corpus.examples(
      family, Expected(value: 15, unit: "percent"),
      [
        "15%", "15 pct", "15 per cent", "15 percent", "15 PER CENT", "15\nper cent", "fifteen pct",
      ])
    + Corpus.examples(
      family, Expected(value: 0.5, unit: "percentage_point"),
      [
        "half a percentage point", "0.5 percentage points", "0.5 percentage point",
      ])
    + Corpus.examples(
      family, Expected(value: 2.43e6, unit: "barrel_per_day"),
      [
        "2.43 mln barrels per day", "2.43 million barrels a day", "2.43 mln bpd", "2.43 mln b/d",
        "2,430,000 bpd",
      ])
    + Corpus.examples(family, Expected(value: 7.2e6, unit: "gallon"), ["7.2 million gallons"])
    + Corpus.examples(
      family, Expected(value: 2e11, unit: "tonne_mile"),
      ["200 billion tonne\nmiles", "200 bln tonne-miles"])
    + Corpus.examples(
      family, Expected(value: 14.27e6, unit: "tonne"),
      ["14.27 million tonnes", "14.27 mln tonnes", "14.27m tons"])
    + Corpus.examples(family, Expected(value: 328_000, unit: "mile"), ["328,000 miles"])
    + Corpus.examples(
      family, Expected(value: 200, unit: "km"), ["200 kms", "200 km", "200 kilometres"])
    + Corpus.examples(
      family, Expected(value: 38e9, unit: "cubic_metre"), ["38 bcm", "38 billion cubic metres"])
    + Corpus.examples(family, Expected(value: 13, unit: "month"), ["a 13-month ban", "13 months"])
    + Corpus.examples(
      family, Expected(value: 3, unit: "year"), ["the three-year war", "three years"])
    + Corpus.examples(
      family, Expected(value: 6, unit: "percent", valueHigh: 6.5, bound: .range),
      [
        "6-6.5%", "6–6.5%", "between 6 and 6.5%", "6 to 6.5 pct",
      ])
    + Corpus.examples(
      family, Expected(value: 170, unit: "km", valueHigh: 200, bound: .range),
      [
        "170-200 kms", "about 170-200 kms",
      ])
    // Multipliers are ratios; "foot" is a length in compounds too.
    + Corpus.examples(
      family, Expected(value: 2.27, unit: "times", kind: .ratio), ["2.27 times New York May"])
    + Corpus.examples(family, Expected(value: 200, unit: "foot"), ["a 200-foot tower", "200 feet"])
    + Corpus.examples(
      family,
      Expected(
        value: 1, unit: "USD/barrel", valueHigh: 1.5, bound: .range, change: .down, kind: .change),
      ["prices fell one to 1.50 dlrs a barrel"])
    + Corpus.none(family, ["one to one talks", "one to watch"])
    + Corpus.examples(
      family, Expected(value: 7e9, unit: "USD", valueHigh: 9e9, bound: .range),
      [
        "7-9 billion dlrs", "$7-9bn", "between 7 and 9 billion dlrs",
      ])

  /// General-news units, signs and ranges, with negatives beside them.
  static let news: [CorpusExample] = Array(
    ([
      // Units of general news beyond trade, with their negatives.
      Corpus.examples(
        family, Expected(value: 200, unit: "mile_per_hour"),
        ["200 mph", "200 miles per hour", "a top speed of 200mph"]),
      Corpus.examples(
        family, Expected(value: 120, unit: "km_per_hour"),
        ["120 km/h", "120 kph", "120 kilometres per hour"]),
      Corpus.examples(
        family, Expected(value: 670, unit: "horsepower"), ["670 hp", "670bhp", "670 horsepower"]),
      Corpus.examples(family, Expected(value: 1.2, unit: "gw"), ["1.2 GW", "1.2 gigawatts"]),
      Corpus.examples(family, Expected(value: 350, unit: "kw"), ["350kW", "350 kilowatts"]),
      Corpus.examples(
        family, Expected(value: 300, unit: "mwh"), ["300 MWh", "300 megawatt hours"]),
      Corpus.examples(
        family, Expected(value: 256, unit: "gb"), ["256GB", "256 GB", "256 gigabytes"]),
      Corpus.examples(family, Expected(value: 3.2, unit: "ghz"), ["3.2GHz", "3.2 GHz"]),
      Corpus.examples(family, Expected(value: 7000, unit: "rpm"), ["7,000 rpm", "7,000rpm"]),
      Corpus.examples(
        family, Expected(value: 41, unit: "degree_celsius"),
        ["41C", "41°C", "41 degrees Celsius", "41 degrees"]),
      Corpus.examples(
        family, Expected(value: 105, unit: "degree_fahrenheit"),
        ["105F", "105°F", "105 degrees Fahrenheit"]),
      Corpus.examples(
        family, Expected(value: -12, unit: "degree_celsius"), ["-12C", "−12 degrees"]),
      Corpus.examples(
        family, Expected(value: 850, unit: "square_foot"), ["850 sq ft", "850 square feet"]),
      Corpus.examples(
        family, Expected(value: 79, unit: "square_metre"), ["79 square metres", "79 sq m"]),
      Corpus.examples(
        family, Expected(value: 2.5, unit: "hectare"), ["2.5 hectares", "a 2.5-hectare site"]),
      Corpus.examples(
        family, Expected(value: 52, unit: "mile_per_gallon"), ["52 mpg", "52 miles per gallon"]),
      Corpus.examples(family, Expected(value: 45, unit: "litre"), ["45 litres", "45 liters"]),
      Corpus.examples(
        family, Expected(value: 12, unit: "inch"), ["12 inches", "a 12-inch screen"]),
      Corpus.examples(family, Expected(value: 15, unit: "cm"), ["15cm", "15 centimetres"]),
      Corpus.examples(family, Expected(value: 100, unit: "m"), ["100 metres", "100 meters"]),
      Corpus.examples(family, Expected(value: 50, unit: "gram"), ["50g", "50 grams"]),
      Corpus.examples(
        family, Expected(value: 420, unit: "ppm"), ["420 ppm", "420 parts per million"]),
      Corpus.examples(family, Expected(value: 32, unit: "psi"), ["32 psi"]),
      Corpus.examples(family, Expected(value: 3.1, unit: "second"), ["3.1 seconds"]),
      Corpus.examples(
        family, Expected(value: 52, unit: "year"),
        ["Smith, aged 52, was arrested", "a 52-year-old man", "at age 52"]),
      Corpus.examples(family, Expected(value: 24, unit: "point"), ["he scored 24 points"]),
      Corpus.examples(
        family, Expected(value: 12, unit: "index_point", change: .down, kind: .change),
        ["the FTSE 100 slipped 12 points"]),
      // Ages, counts in compound adjectives, magnitudes, points scored.
      Corpus.examples(
        family, Expected(value: 58, unit: "year"),
        ["Mr Smith, 58, said", "Lind turned 58 last month", "began at the age of 58"]),
      Corpus.examples(
        family, Expected(value: 12, unit: "count", counted: "nation"),
        ["the 12-nation group", "a twelve-nation group"]),
      Corpus.examples(
        family, Expected(value: 2, unit: "count", counted: "bedroom"), ["a two-bedroom flat"]),
      Corpus.examples(
        family, Expected(value: 8.7, unit: "magnitude"), ["a magnitude 8.7 earthquake"]),
      [
        Corpus.inSentence(
          family, Expected(value: 41, unit: "point"), span: "41",
          "Moreau scored 41 as the Kings won.")
      ],
      Corpus.none(family, ["a two-way street", "a one-off payment", "a one-time fee"]),
      [
        Corpus.inSentence(
          family, Expected(value: 40, unit: "cm"), span: "40",
          "Bags must fit within 40 x 20 x 25cm.")
      ],
      Corpus.examples(family, Expected(value: 1.83, unit: "m"), ["she is 1.83m tall"]),
      Corpus.examples(
        family, Expected(value: 7.25, unit: "year"),
        ["an average age of seven years and three months"]),
      Corpus.examples(
        family, Expected(value: 1, unit: "count", counted: "shot"),
        ["they managed only one shot on target"]),
      Corpus.examples(
        family, Expected(value: 120_000, unit: "count", counted: "strong"),
        ["the 120,000-strong crowd"]),
      Corpus.none(
        family,
        ["one small bright spot", "on lap 22", "in zone 2", "two Thunderbolt 5 ports"].dropLast()),
      [
        Corpus.inSentence(
          family, Expected(value: 1.2e6, unit: "count"), span: "1.2 million",
          "Profit was £3m. Sales rose from 1.2 million to 1.5 million units.")
      ],
      [
        Corpus.inSentence(
          family, Expected(value: 164, unit: "count", counted: "ball"), span: "164",
          "Root scored 112 runs off 164 balls.")
      ],
      Corpus.examples(
        family, Expected(value: 10, unit: "times", kind: .ratio), ["profit jumped 10-fold"]),
      [
        Corpus.inSentence(
          family,
          Expected(
            value: 20, unit: "degree_fahrenheit", valueHigh: 30, bound: .range, change: .down,
            kind: .change), span: "20 to 30 degrees",
          "Wind chills hit -30F (-34C). Temperatures will stay 20 to 30 degrees below normal.")
      ],
      Corpus.examples(
        family, Expected(value: 0.4, unit: "percentage_point"), ["0.4ppt", "0.4 pp", "0.4 ppts"]),
      // A number at the very end of the text (no token after it).
      Corpus.examples(family, Expected(value: 45, unit: "count"), ["The total was 45"]),
      [
        Corpus.inSentence(
          family, Expected(value: 17, unit: "point"), span: "17",
          "He scored 41 points, 17 of them in the fourth quarter.")
      ],
      [
        Corpus.inSentence(
          family, Expected(value: 17, unit: "count"), span: "17",
          "It owns 41 ships, 17 of them tankers.")
      ],
      [
        Corpus.inSentence(
          family, Expected(value: 397, unit: "pound_mass"), span: "397 pounds",
          "The engine weighs 180 kg, or 397 pounds.")
      ],
      Corpus.none(
        family,
        [
          "a 5G network", "4K video", "the 20-yard line", "a degree of caution", "at one point",
          "a second round", "Mr C Smith", "a yard sale", "Class C shares",
        ]),
      // A minus glued to a percentage or points is a move down.
      Corpus.examples(
        family, Expected(value: 0.8, unit: "percent", change: .down, kind: .change),
        [
          "Germany's DAX -0.8%", "the DAX (-0.8%)", "the DAX −0.8%",
        ]),
      Corpus.none(family, ["the 2024-25 season", "Covid-19 rules"]),
      // Ranges: "range from X to Y" is one figure, "fell from X to Y" two levels.
      Corpus.examples(
        family, Expected(value: 300, unit: "USD", valueHigh: 500, bound: .range),
        [
          "prices range from $300 to $500", "prices ranging from $300 to $500", "$300 to $500",
        ]),
      Corpus.examples(
        family, Expected(value: 2, unit: "percent", valueHigh: 5, bound: .range),
        [
          "fees ranging from 2 per cent to 5 per cent", "fees of 2% to 5%",
        ]),
      Corpus.examples(
        family, Expected(value: 40_000, unit: "USD/year", valueHigh: 60_000, bound: .range),
        [
          "salaries between $40,000 and $60,000 a year"
        ]),
      [
        Corpus.inSentence(
          family, Expected(value: 3e9, unit: "USD"), span: "$3bn", "Sales fell from $3bn to $2.1bn."
        )
      ],
      [
        Corpus.inSentence(
          family, Expected(value: 2.1e9, unit: "USD"), span: "$2.1bn",
          "Sales fell from $3bn to $2.1bn.")
      ],
      [
        Corpus.inSentence(
          family, Expected(value: 1e9, unit: "USD", change: .up, kind: .change), span: "$1bn",
          "Sales grew $1bn to $3bn.")
      ],
    ] as [[CorpusExample]]).joined())

  /// Units in sport and market copy from outside the wire services.
  static let elsewhere: [CorpusExample] =
    Corpus.examples(
      family, Expected(value: 2789, unit: "yard"),
      ["2,789 passing yards", "2,789 rushing yards", "2,789 receiving yards"])
    + Corpus.examples(
      family, Expected(value: 180, unit: "mile", bound: .approx),
      ["about 180 mi offshore", "some 180mi from the coast", "roughly 180 mi"])
    + Corpus.examples(
      family, Expected(value: 4.3, unit: "index_point", change: .up, kind: .change),
      ["the Russell 2000 gained 4.30 points", "in small caps, the Russell 2000 rose 4.30 points"])
    + Corpus.examples(
      family, Expected(value: 2.89, unit: "index_point", change: .down, kind: .change),
      ["the VIX fell 2.89 points", "the VIX shed 2.89 points"])
    + Corpus.examples(
      family, Expected(value: 300, unit: "count", valueHigh: 500, bound: .range, counted: "unit"),
      ["guidance ranged from 300 to about 500 units", "sales range from 300 to around 500 units"])
    + [
      // A number with a scale takes no percent from the figure restating it.
      Corpus.inSentence(
        family, Expected(value: 1.1e6, unit: "count"), span: "1.1 million",
        "Unemployment stood at 1.1 million, or 4.2%, down from 4.4%."),
      Corpus.inSentence(
        family, Expected(value: 2.3e6, unit: "count"), span: "2.3 million",
        "The jobless total was 2.3 million, or 6% of the workforce."),
      Corpus.inSentence(
        family, Expected(value: 1850, unit: "USD"), span: "1,850",
        "Bids came in at 1,850 and 1,880 dlrs."),
      // Negative: "passing" before another noun keeps the count.
      Corpus.inSentence(
        family, Expected(value: 12, unit: "count", counted: "motorist"), span: "Twelve",
        "Twelve passing motorists stopped."),
    ]

  /// A spelled "one point" that moves or measures, ranges the sentence names as ranges,
  /// and the index compared with a figure after "to".
  static let moreUnits: [CorpusExample] =
    // A unit of time that starts a hyphenated noun counts the noun; ages and "day-long"
    // keep their time.
    Corpus.examples(
      family, Expected(value: 1.21e6, unit: "count"),
      ["1.21 million day-trippers paid", "1.21 million day-trips"])
    + Corpus.examples(family, Expected(value: 40, unit: "year"), ["a crowd of 40 year-olds"])
    // A table of closing levels: a level after a label's colon with its signed move.
    + [
      Corpus.inSentence(
        family, Expected(value: 14_215, unit: "index_point"), span: "14,215.0",
        "Banks: 14,215.0 (-0.6%)"),
      Corpus.inSentence(
        family, Expected(value: 118_452.6, unit: "index_point"), span: "118,452.6",
        "Closing levels:\nAll Share: 118,452.6 (+1.3%)\nBanks: 14,215.0 (-0.6%)"),
      // No signed move in brackets, or a whole number: no table of levels.
      Corpus.inSentence(
        family, Expected(value: 14_215, unit: "count"), span: "14,215.0",
        "Banks: 14,215.0 (0.6% of loans)"),
      Corpus.inSentence(
        family, Expected(value: 14_215, unit: "count"), span: "14,215",
        "Staff: 14,215 (+0.6%)"),
    ]
    + Corpus.examples(
      family, Expected(value: 1, unit: "index_point", change: .down, kind: .change),
      [
        "the index fell one point", "the benchmark index slipped one point on Friday",
        "the Dow index was down one point",
      ])
    + Corpus.examples(
      family, Expected(value: 1, unit: "point", change: .up, kind: .change),
      ["the gauge inched one point higher", "the freight gauge rose one point"])
    + Corpus.examples(
      family,
      Expected(value: 4, unit: "percent", valueHigh: 6, bound: .range, change: .up, kind: .change),
      [
        "sales should grow in the range of 4% to 6%",
        "revenue to increase in the range of 4 per cent to 6 per cent",
      ])
    + Corpus.examples(
      family, Expected(value: 2.1e9, unit: "USD", valueHigh: 2.4e9, bound: .range),
      [
        "revenue in the range of about $2.1 billion to $2.4 billion",
        "a price range of $2.1 billion to $2.4 billion",
      ])
    + Corpus.examples(
      family, Expected(value: 40_000, unit: "tonne", valueHigh: 55_000, bound: .range),
      [
        "harvests of about 40,000 tonnes to 55,000 tonnes",
        "cargoes of roughly 40,000 tonnes to 55,000 tonnes",
      ])
    + Corpus.examples(
      family, Expected(value: 24_000, unit: "USD", valueHigh: 31_000, bound: .range),
      [
        "the hatchback is priced from $24,000 to $31,000",
        "trims retail from $24,000 to $31,000", "versions cost from $24,000 to $31,000",
      ])
    + [
      Corpus.inSentence(
        family, Expected(value: 102.38, unit: "index_point", kind: .level), span: "102.38",
        "The dollar index, which tracks six currencies, fell 0.3% to 102.38."),
      Corpus.inSentence(
        family, Expected(value: 102.38, unit: "index_point", kind: .level), span: "102.38",
        "The index, weighted by three regions, rose to 102.38."),
    ]
    + Corpus.none(family, ["At one point traders panicked.", "She made one point about costs."])
    + Corpus.examples(
      family, Expected(value: 13, unit: "year"),
      [
        "rates rose for 13 consecutive years", "a rise for 13 straight years",
        "13 successive years of growth",
      ])
    + [
      // Negative: a run of games is a count of them.
      Corpus.inSentence(
        family, Expected(value: 11, unit: "count", counted: "game"), span: "11",
        "The team won 11 straight games."),
      Corpus.inSentence(
        family, Expected(value: 6, unit: "month"), span: "six straight months",
        "Prices fell for six straight months."),
    ]
    + [
      // Negative: a move from one level to another stays two levels; a change before an
      // approximate first end keeps it a change.
      Corpus.inSentence(
        family, Expected(value: 24_000, unit: "USD", kind: .level), span: "$24,000",
        "Prices rose from $24,000 to $31,000."),
      Corpus.inSentence(
        family, Expected(value: 2, unit: "percent", bound: .approx, change: .up, kind: .change),
        span: "2%", "Exports were up about 2% to 1.5 million tonnes."),
      Corpus.inSentence(
        family, Expected(value: 40, unit: "tonne", bound: .approx), span: "40 tonnes",
        "The yard handled about 40 tonnes to 500 tonnes of scrap a day."),
      Corpus.inSentence(
        family, Expected(value: 11e6, unit: "USD", bound: .approx), span: "$11 million",
        "Kyiv pays roughly $11 million to $12 million a year for them."),
      // A version is a name's; a magnitude is a quantity.
      Corpus.inSentence(
        family, Expected(value: 6.1, unit: "magnitude"), span: "Magnitude 6.1",
        "Magnitude 6.1 tremor hit the coast"),
    ]

  /// Ages in apposition after a name, and magnitudes an earthquake report states without
  /// the word before the number.
  static let agesAndQuakes: [CorpusExample] =
    Corpus.examples(
      family, Expected(value: 37, unit: "year"),
      [
        "said the head of research, Dr Ines Moll, 37.",
        "Keeler, 37 and unseeded, won in straight sets",
        "the goalkeeper Tom Price, only 37, retired", "Amara Obi, just 37, took the chair",
      ])
    + Corpus.examples(
      family, Expected(value: 6.2, unit: "magnitude"),
      [
        "Magnitude 6.2 quake shakes Crete", "the survey put the quake's magnitude at 6.2",
        "the largest aftershock measured 6.2", "a magnitude 6.2 earthquake",
      ])
    + [
      Corpus.inSentence(
        family, Expected(value: 37, unit: "count", counted: "person"), span: "37",
        "In Paris, 37 people were arrested."),
      Corpus.inSentence(
        family, Expected(value: 37, unit: "km"), span: "37km",
        "The quake struck at a depth of 37km."),
      Corpus.inSentence(
        family, Expected(value: 19, unit: "year"), span: "19",
        "The youngest starter in the final was 19."),
      Corpus.inSentence(
        family, Expected(value: 19, unit: "count", counted: "player"), span: "19",
        "The squad was 19 players strong."),
      // Points in a league table, and points of a market.
      Corpus.inSentence(
        family, Expected(value: 37, unit: "point"), span: "37",
        "Hull sit fifth on 37, four points behind the leaders."),
      Corpus.inSentence(
        family, Expected(value: 7412, unit: "index_point"), span: "7,412",
        "The FTSE closed at 7,412, up 31 points."),
      Corpus.inSentence(
        family, Expected(value: 5210, unit: "index_point"), span: "5,210",
        "Shares ended at 5,210, 12 points higher."),
    ]
}
