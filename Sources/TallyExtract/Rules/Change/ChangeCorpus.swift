/// Examples for ``ChangeRules``: verbs before, nouns after, levels after "to"/"from",
/// shares, and lists of changes.
enum ChangeCorpus {
  static let family = "change"
  static let all: [CorpusExample] =
    news + elsewhere + moves + margins + copulas + gaps + totals + nouns
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

  /// Moves written the way general news writes them: signs on counts, the verbs of beating
  /// a mark, stock draws and builds, a bracketed conversion before the change noun, and
  /// an amount restating a percentage before "to".
  static let elsewhere: [CorpusExample] =
    Corpus.examples(
      family, Expected(value: 24_000, unit: "count", change: .up, kind: .change),
      ["retail (+24,000)", "payrolls in retail +24,000", "construction hired (+24,000 workers)"])
    + Corpus.examples(
      family, Expected(value: 6_000, unit: "count", change: .down, kind: .change),
      ["mining (-6,000)", "payrolls in mining -6,000", "energy shed staff (-6,000 posts)"])
    + Corpus.examples(
      family, Expected(value: 0.4, unit: "percent", change: .up, kind: .change),
      ["wages +0.4% on the month", "hourly pay (+0.4%)"])
    + Corpus.examples(
      family, Expected(value: 5, unit: "percent", change: .up, kind: .change),
      [
        "sales beat forecasts by 5%", "the fund beating its benchmark by 5%",
        "exports outpaced imports by 5%",
      ])
    + Corpus.examples(
      family, Expected(value: 0.8e6, unit: "tonne", change: .up, kind: .change),
      [
        "surpassing last year's crop by 0.8 million tonnes",
        "beating the previous season's record by 0.8 million tonnes",
      ])
    + Corpus.examples(
      family, Expected(value: 700_000, unit: "barrel", change: .down, kind: .change),
      [
        "crude stocks showed a draw of 700,000 barrels", "a stock draw of 700,000 barrels",
        "an inventory draw of 700,000 barrels",
      ])
    + Corpus.examples(
      family, Expected(value: 2.1e6, unit: "barrel", change: .up, kind: .change),
      ["inventories posted a 2.1 million barrel build", "a surprise 2.1 million barrel build"])
    + Corpus.examples(
      family, Expected(value: 3, unit: "percent", change: .up, kind: .change),
      ["sales posted a 3% lift", "a 3% lift in takings", "a 3 per cent lift"])
    + [
      Corpus.inSentence(
        family, Expected(value: 0.6, unit: "GBP", change: .up, kind: .change), span: "60p",
        "The shares put on a 60p (2.6%) lift to 2,370p."),
      Corpus.inSentence(
        family, Expected(value: 4e6, unit: "GBP", change: .down, kind: .change), span: "£4m",
        "The unit reported a £4m (3.2%) fall in profit."),
      Corpus.inSentence(
        family, Expected(value: 3.2, unit: "percent", change: .down, kind: .change),
        span: "3.2%", "The unit reported a £4m (3.2%) fall in profit."),
      // "fell 11% or $412 to $3,333": the amount is a change, the end a level.
      Corpus.inSentence(
        family, Expected(value: 412, unit: "USD", change: .down, kind: .change), span: "$412",
        "Spot rates fell 11% or $412 to $3,333."),
      Corpus.inSentence(
        family, Expected(value: 3333, unit: "USD", kind: .level), span: "$3,333",
        "Spot rates fell 11% or $412 to $3,333."),
      Corpus.inSentence(
        family, Expected(value: 20, unit: "USD", change: .up, kind: .change), span: "$20",
        "Fares rose 5%, or $20, to $420."),
      // "by 1% to 12.1%": an end twelve times the start is the new level.
      Corpus.inSentence(
        family, Expected(value: 12.1, unit: "percent", kind: .level), span: "12.1 percent",
        "The jobless rate rose by one percent to 12.1 percent."),
      // A range after "by" stays one figure when its ends are close.
      Corpus.inSentence(
        family,
        Expected(
          value: 10, unit: "percent", valueHigh: 13, bound: .range, change: .up,
          kind: .change), span: "10% to 13%", "Sales should grow by 10% to 13% this year."),
      // The end of a move is a level, whatever follows it.
      Corpus.inSentence(
        family, Expected(value: 1296.8, unit: "USD/ounce", kind: .level),
        span: "$1,296.80 an ounce", "Gold rose to $1,296.80 an ounce ahead of the speech."),
      Corpus.inSentence(
        family, Expected(value: 84.1, unit: "USD", kind: .level), span: "$84.10",
        "The stock climbed to $84.10 ahead of results."),
      Corpus.inSentence(
        family, Expected(value: 2.5, unit: "percent", kind: .level), span: "2.5%",
        "The yield fell to 2.5% ahead of the auction."),
      // A rate with an article before a noun is no item of a list of changes.
      Corpus.inSentence(
        family, Expected(value: 15, unit: "percent", kind: .level), span: "15%",
        "Aluminium rose 0.8% as the EU planned a 15% export tax."),
      Corpus.inSentence(
        family, Expected(value: 5, unit: "percent", kind: .level), span: "5%",
        "Rents rose 13%, while loans with a 5% deposit cost more."),
      Corpus.inSentence(
        family, Expected(value: 12, unit: "percent", kind: .level), span: "12%",
        "Wheat fell 2%, and traders now expect a 12% tariff."),
      // A judged size between "by" and the number.
      Corpus.inSentence(
        family, Expected(value: 0.75, unit: "percentage_point", change: .up, kind: .change),
        span: "0.75 percentage points",
        "The bank raised its rate by a substantial 0.75 percentage points."),
      Corpus.inSentence(
        family, Expected(value: 9, unit: "percent", change: .down, kind: .change),
        span: "9%", "Orders dropped by a hefty 9% in May."),
      Corpus.inSentence(
        family, Expected(value: 0.1, unit: "percent", change: .up, kind: .change),
        span: "0.1%", "Output grew by a mere 0.1%."),
      // A change noun, "in" what moved, "of", the figure; the end after "to" is a level.
      Corpus.inSentence(
        family, Expected(value: 1.2e9, unit: "USD", change: .down, kind: .change),
        span: "$1.2 billion",
        "It reflected a decrease in the goods deficit of $1.2 billion to $65.7 billion."),
      Corpus.inSentence(
        family, Expected(value: 65.7e9, unit: "USD", kind: .level), span: "$65.7 billion",
        "It reflected a decrease in the goods deficit of $1.2 billion to $65.7 billion."),
      Corpus.inSentence(
        family, Expected(value: 5, unit: "percent", change: .down, kind: .change), span: "5%",
        "A fall in exports of 5% hurt the yen."),
      Corpus.inSentence(
        family, Expected(value: 2e9, unit: "GBP", change: .up, kind: .change), span: "£2bn",
        "An increase in net revenue of £2bn was booked."),
      // "up" closing a hyphenated noun moves nothing.
      Corpus.inSentence(
        family, Expected(value: 100, unit: "foot", bound: .approx, kind: .level),
        span: "100 feet", "The wave had a run-up of about 100 feet."),
      Corpus.inSentence(
        family, Expected(value: 20, unit: "percent", kind: .level), span: "20%",
        "Stores applied a mark-up of 20%."),
      // A range of fines stays a range however far apart its ends.
      Corpus.inSentence(
        family, Expected(value: 1000, unit: "USD", valueHigh: 50000, bound: .range, kind: .level),
        span: "$1,000 to $50,000", "Fines ranged from $1,000 to $50,000."),
      // An "or" restatement or the price's denominator before the comparative.
      Corpus.inSentence(
        family, Expected(value: 223, unit: "GBP", change: .up, kind: .change), span: "£223",
        "A flat now costs £223 or 10.11% per month more than a year ago."),
      Corpus.inSentence(
        family, Expected(value: 8.07, unit: "percent", change: .up, kind: .change),
        span: "8.07%", "Rents are £90 (8.07%) per month higher than last year."),
      Corpus.inSentence(
        family, Expected(value: 2, unit: "USD/barrel", change: .down, kind: .change),
        span: "$2 a barrel", "Heavy crude sold $2 a barrel cheaper than Brent."),
      Corpus.inSentence(
        family, Expected(value: 2121, unit: "GBP/month", kind: .level), span: "£2,121 a month",
        "The flat costs £2,121 a month on average."),
      // "climb", "heavier", "lighter" after the figure.
      Corpus.inSentence(
        family, Expected(value: 4, unit: "percent", change: .up, kind: .change), span: "4%",
        "The chain posted a 4% climb in same-store sales."),
      Corpus.inSentence(
        family, Expected(value: 2.35e6, unit: "GBP", change: .up, kind: .change),
        span: "£2.35 million", "The champion's purse was £2.35 million heavier."),
      Corpus.inSentence(
        family, Expected(value: 3, unit: "kg", change: .down, kind: .change), span: "3kg",
        "The new frame is 3kg lighter."),
      // A share of value lost is a fall; a share of a whole held is a share.
      Corpus.inSentence(
        family, Expected(value: 21.7, unit: "percent", change: .down, kind: .change),
        span: "21.7 percent", "The token has lost 21.7 percent of its value."),
      Corpus.inSentence(
        family, Expected(value: 16, unit: "percent", change: .down, kind: .change), span: "16%",
        "The fund shed 16% of its USD worth."),
      Corpus.inSentence(
        family, Expected(value: 5, unit: "percent", kind: .share), span: "5%",
        "The bank holds 5% of its reserves in gold."),
      // ", up from": the base follows, the figures before it are levels.
      Corpus.inSentence(
        family, Expected(value: 0.71, unit: "USD/share", kind: .level),
        span: "71 cents per share",
        "Profit grew to $281.9 million, or 71 cents per share, up from $258.6 million."),
      Corpus.inSentence(
        family, Expected(value: 4.2, unit: "percent", kind: .level), span: "4.2%",
        "Unemployment stood at 1.1 million, or 4.2%, down from 4.4%."),
      Corpus.inSentence(
        family, Expected(value: 10.6, unit: "percent", change: .up, kind: .change),
        span: "10.6 pct", "Exports were 7.2 billion dlrs, or 10.6 pct, higher than a year ago."),
      // Jobs created are a move in employment; jobs that exist are a level.
      Corpus.inSentence(
        family, Expected(value: 158_000, unit: "count", change: .up, kind: .change),
        span: "158,000", "Economists had forecast 158,000 new jobs."),
      Corpus.inSentence(
        family, Expected(value: 158_000, unit: "count", change: .up, kind: .change),
        span: "158,000", "Revisions showed 158,000 jobs were created in May."),
      Corpus.inSentence(
        family, Expected(value: 158_000, unit: "count", change: .up, kind: .change),
        span: "158,000", "The survey said 158,000 jobs had been added."),
      Corpus.inSentence(
        family, Expected(value: 20, unit: "count", kind: .level), span: "20",
        "The site has 20 jobs open."),
      // The period of comparison abbreviated before the change noun.
      Corpus.inSentence(
        family, Expected(value: 0.3, unit: "percent", change: .up, kind: .change),
        span: "0.3 percent", "Economists expected a 0.3 percent m-o-m advance."),
      Corpus.inSentence(
        family, Expected(value: 0.3, unit: "percent", change: .up, kind: .change), span: "0.3%",
        "Prices posted a 0.3% y/y rise."),
      Corpus.inSentence(
        family, Expected(value: 0.3, unit: "percent", change: .down, kind: .change), span: "0.3%",
        "Output saw a 0.3% q/q fall."),
      Corpus.inSentence(
        family, Expected(value: 5, unit: "percent", kind: .level), span: "5%",
        "It holds a 5% stake in Y Combinator."),
      // A loss of points, percent or jobs is a fall; a loss of money is a result.
      Corpus.inSentence(
        family, Expected(value: 2.89, unit: "index_point", change: .down, kind: .change),
        span: "2.89 points", "The VIX ended at 32.39 for a loss of 2.89 points."),
      Corpus.inSentence(
        family, Expected(value: 6000, unit: "count", change: .down, kind: .change),
        span: "6,000", "The sector saw a loss of 6,000 jobs."),
      Corpus.inSentence(
        family, Expected(value: 1.2, unit: "percent", change: .down, kind: .change),
        span: "1.2%", "Tin closed with losses of 1.2%."),
      Corpus.inSentence(
        family, Expected(value: 5e6, unit: "USD", kind: .level), span: "$5m",
        "The firm made a net loss of $5m."),
      // Negative: the verb "draws" takes a level, "build" before a count is no change.
      Corpus.inSentence(
        family, Expected(value: 57, unit: "cubic_metre", kind: .level), span: "57 cubic metres",
        "The plant draws 57 cubic metres of water a second."),
      Corpus.inSentence(
        family, Expected(value: 300, unit: "count", kind: .level, counted: "home"), span: "300",
        "The council plans to build 300 homes."),
      Corpus.inSentence(
        family, Expected(value: -6, unit: "degree_celsius", kind: .level), span: "-6C",
        "The low was -6C overnight."),
    ]

  /// Moves of market and company copy: "over" sizing a move, a change noun before "at" or
  /// a bracket, stock builds and drawdowns, comparatives after a count, colours of a
  /// market close, "off" inside a verb, objects up to eight words before "by", and a
  /// change of nothing.
  static let moves: [CorpusExample] =
    Corpus.examples(
      family, Expected(value: 4, unit: "percent", bound: .moreThan, change: .up, kind: .change),
      [
        "the shares climbed over 4% by noon", "chipmakers jumped by over 4%",
        "tin gained over 4 per cent on the week",
      ])
    + Corpus.examples(
      family, Expected(value: 3e6, unit: "barrel", bound: .moreThan, change: .down, kind: .change),
      [
        "inventories dropped by over 3 million barrels",
        "stocks were cut by over 3 million barrels",
      ])
    + Corpus.examples(
      family, Expected(value: 2.4, unit: "percent", change: .up, kind: .change),
      [
        "the miner posted a solid gain at 2.4%", "the increase, at 2.4%, was the largest",
        "sales showed a modest rise (2.4%) in May",
      ])
    + Corpus.examples(
      family, Expected(value: 6.3, unit: "percent", change: .down, kind: .change),
      [
        "the west saw the biggest drop at 6.3 per cent", "a steep decline (6.3%) in orders",
        "the fall, at 6.3%, was steeper than forecast",
      ])
    + Corpus.examples(
      family, Expected(value: 1.2e6, unit: "barrel", change: .up, kind: .change),
      [
        "analysts had forecast a build of 1.2 million barrels",
        "a stock build of 1.2 million barrels", "an inventory build of 1.2 million barrels",
      ])
    + Corpus.examples(
      family, Expected(value: 900_000, unit: "barrel", change: .down, kind: .change),
      [
        "traders expected a 900,000-barrel drawdown", "a 900,000 barrel drawdown in stocks",
      ])
    + Corpus.examples(
      family, Expected(value: 0.2, unit: "percent", change: .down, kind: .change),
      [
        "economists predicted a 0.2 per cent dip", "a 0.2% dip in prices", "a 0.2% slip in output",
      ])
    + Corpus.examples(
      family, Expected(value: 0.12, unit: "USD", change: .up, kind: .change),
      ["earnings were $0.12 better than forecast", "a profit $0.12 better than expected"])
    + Corpus.examples(
      family, Expected(value: 3e6, unit: "USD", change: .down, kind: .change),
      ["sales came in $3 million worse than forecast", "a result $3 million worse than hoped"])
    + Corpus.examples(
      family, Expected(value: 2150, unit: "count", change: .down, kind: .change),
      [
        "2,150 fewer homes were sold", "2,150 fewer cars were registered",
        "the census found 2,150 fewer farms",
      ])
    + Corpus.examples(
      family, Expected(value: 1200, unit: "count", change: .up, kind: .change),
      ["hospitals hired 1,200 more nurses", "there were 1,200 more passengers"])
    + Corpus.examples(
      family, Expected(value: 212.4, unit: "index_point", change: .up, kind: .change),
      [
        "the index closed 212.4 points in the green", "the Dow ended 212.4 points in the green",
      ])
    + Corpus.examples(
      family, Expected(value: 0.4, unit: "percent", change: .down, kind: .change),
      ["gold ended 0.4% in the red", "the Nikkei finished 0.4% in the red"])
    + Corpus.examples(
      family, Expected(value: 25, unit: "basis_point", change: .up, kind: .change),
      [
        "the board increased the interest rate on exchange settlement balances by 25 basis points",
        "the bank raised the country's benchmark interest rate by another 25 basis points",
        "it lifted the rate it pays on overnight deposits by 25 basis points",
      ])
    + Corpus.examples(
      family, Expected(value: 0, unit: "percent", kind: .level),
      ["a 0% growth reading", "growth of 0% in May", "prices rose 0% on the month"])
    + Corpus.examples(
      family, Expected(value: 38e9, unit: "USD", kind: .level),
      [
        "the Treasury auctioned off $38 billion", "the firm paid off $38 billion of debt",
        "the bank sold off $38 billion of bonds",
      ])
    + Corpus.examples(
      family, Expected(value: 2, unit: "percent", change: .down, kind: .change),
      ["shares were off 2% at noon", "stocks sold off 2% in the afternoon"])
    + Corpus.examples(
      family, Expected(value: 6.1, unit: "percent", change: .up, kind: .change),
      [
        "the economy grew at a slightly faster-than-expected 6.1 percent",
        "output rose a better-than-forecast 6.1%", "sales jumped a stronger-than-hoped 6.1%",
      ])
    + Corpus.examples(
      family, Expected(value: 10, unit: "point", change: .down, kind: .change),
      [
        "the club got a 10-point deduction", "a 10-point deduction for the breach",
        "they were hit with 10-point deductions",
      ])
    + Corpus.examples(
      family, Expected(value: 5, unit: "percent", bound: .moreThan, change: .down, kind: .change),
      [
        "they expect a cut in output in excess of 5%", "a fall in sales of more than 5%",
        "a drop in exports upwards of 5%",
      ])
    + Corpus.examples(
      family, Expected(value: 2, unit: "point", change: .up, kind: .change),
      [
        "the champions cut the gap to two points", "they extended their lead to two points",
        "the leaders stretched their advantage at the top to two points",
      ])
    + Corpus.examples(
      family, Expected(value: 10, unit: "point", change: .up, kind: .change),
      ["the champions are 10 points clear at the top", "a win put them 10 points clear"])
    + [
      Corpus.inSentence(
        family, Expected(value: 1, unit: "point", change: .up, kind: .change),
        span: "one point", "Liverpool went one point clear of City."),
      // Negative: a clearance in metres is a height.
      Corpus.inSentence(
        family, Expected(value: 12, unit: "m", kind: .level), span: "12 metres",
        "The bridge stands 12 metres clear of the water."),
    ]
    + [
      // A restatement set off by dashes takes the move it restates.
      Corpus.inSentence(
        family, Expected(value: 30, unit: "USD", change: .up, kind: .change), span: "$30",
        "Fares rose 6% - or $30 - this year."),
      Corpus.inSentence(
        family, Expected(value: 40, unit: "GBP", change: .down, kind: .change), span: "£40",
        "Costs fell 2% \u{2013} or £40 \u{2013} last year."),
      Corpus.inSentence(
        family, Expected(value: 2300, unit: "USD", bound: .approx, change: .down, kind: .change),
        span: "$2,300", "Sales fell 4.1 per cent - or about $2,300 - in the year."),
      Corpus.inSentence(
        family, Expected(value: 900, unit: "USD", kind: .level), span: "$900",
        "Prices rose 3% - while rents of $900 held."),
      // A target named after one modifier is no item of a list of changes.
      Corpus.inSentence(
        family, Expected(value: 2, unit: "percent", kind: .level), span: "2%",
        "Prices rose 0.5% but stayed below the 2% annual target."),
      Corpus.inSentence(
        family, Expected(value: 3, unit: "percent", kind: .level), span: "3%",
        "Wages grew 4%, above the 3% inflation goal."),
      Corpus.inSentence(
        family, Expected(value: 1.5, unit: "percent", kind: .level), span: "1.5%",
        "Yields fell 0.2%, below the 1.5% official ceiling."),
      Corpus.inSentence(
        family, Expected(value: 2, unit: "percent", change: .up, kind: .change), span: "2%",
        "Exports rose 4% and imports 2% in May."),
      // Negative: a margin that moves itself is a ratio; a qualifier without a change noun.
      Corpus.inSentence(
        family, Expected(value: 4.3, unit: "percent", kind: .level), span: "4.3%",
        "The profit margin fell to 4.3% in the year."),
      Corpus.inSentence(
        family, Expected(value: 2e6, unit: "barrel_per_day", bound: .moreThan, kind: .level),
        span: "2 million barrels a day", "Output was in excess of 2 million barrels a day."),
      // Negative: "above" and "below" still say where a level ended; "over" a level too.
      Corpus.inSentence(
        family, Expected(value: 5, unit: "percent", bound: .moreThan, kind: .level), span: "5%",
        "Unemployment climbed above 5% in June."),
      Corpus.inSentence(
        family, Expected(value: 5000, unit: "index_point", bound: .moreThan, kind: .level),
        span: "5,000", "The index rose over 5,000 for the first time."),
      Corpus.inSentence(
        family, Expected(value: 5, unit: "percent", bound: .moreThan, kind: .level), span: "5%",
        "The jobless rate rose over 5% in March."),
      // Negative: a verb, not a change noun, before "at"; a level noun before the bracket.
      Corpus.inSentence(
        family, Expected(value: 4, unit: "percent", kind: .level), span: "4%",
        "Mortgage rates peaked at 4% in May."),
      Corpus.inSentence(
        family, Expected(value: 20, unit: "percent", kind: .level), span: "20%",
        "The store kept the discount at 20% all week."),
      // Negative: a deficit in money is no fall, more years are a duration.
      Corpus.inSentence(
        family, Expected(value: 5e6, unit: "USD", kind: .level), span: "$5m",
        "The club is $5m in the red."),
      Corpus.inSentence(
        family, Expected(value: 0.1, unit: "percent", change: .up, kind: .change), span: "0.1%",
        "Growth of 0.1% was reported."),
    ]

  /// A change noun as the subject of "was", "is", "amounted to": the size of that change.
  ///
  /// Negatives: a change noun that is not the head of its phrase, and a level.
  static let copulas: [CorpusExample] =
    Corpus.examples(
      family, Expected(value: 12, unit: "percent", change: .down, kind: .change),
      [
        "Sales fell again in June. The decline was 12%.",
        "Orders slipped; the drop amounted to 12 per cent.",
        "Output shrank, and its fall was 12%.",
        "That decrease is 12 percent, the bank said.",
      ])
    + Corpus.examples(
      family, Expected(value: 7, unit: "percent", change: .up, kind: .change),
      [
        "The increase was 7% last year.", "Rents went up again: the rise came to 7%.",
        "This gain is 7 percent above the forecast.",
      ])
    + Corpus.examples(
      family, Expected(value: 2e9, unit: "USD", change: .down, kind: .change),
      ["Exports shrank and the drop amounted to $2 billion."])
    + Corpus.examples(
      family, Expected(value: 19.8e9, unit: "USD", kind: .level),
      [
        "Border trade added up to $19.8 billion last year.",
        "Fees and fines add up to $19.8 billion.",
        "All told, the purchases adding up to $19.8 billion were the largest.",
        "Its costs have added up to $19.8 billion.",
      ])
    + Corpus.examples(
      family, Expected(value: 3, unit: "percent", bound: .atMost, change: .up, kind: .change),
      ["Shares added up to 3% in early trade before paring gains."])
    // A span or base between the noun and its verb (years and period nouns only).
    + Corpus.examples(
      family, Expected(value: 41, unit: "percent", change: .up, kind: .change),
      [
        "The increase from 2019 to 2022 was 41%.",
        "Rents kept climbing; the rise on the year was 41%.",
        "The gain since 2015 is 41 percent, the agency said.",
      ])
    + Corpus.examples(
      family, Expected(value: 41, unit: "percent", change: .down, kind: .change),
      ["Output shrank again: the drop over the previous quarter was 41%."])
    + Corpus.examples(
      family, Expected(value: 5, unit: "percent", kind: .level),
      [
        "The decline in factory jobs was slow; unemployment was 5%.",
        "The fall season was quiet and the vacancy rate is 5%.",
        "The rise in 2023 rents was 5%.",
      ])

  /// Leads and margins after "by": differences, so changes up.
  static let margins: [CorpusExample] =
    Corpus.examples(
      family, Expected(value: 9, unit: "point", change: .up, kind: .change),
      [
        "the visitors trailed by 9 points at half-time", "they led by 9 points at the break",
        "the Hawks were trailing by 9 points",
      ])
    + Corpus.examples(
      family, Expected(value: 4.5, unit: "percent", change: .up, kind: .change),
      ["the challenger leads by 4.5% in the latest poll"])
    + Corpus.examples(
      family, Expected(value: 212, unit: "count", change: .up, kind: .change, counted: "vote"),
      ["the mayor won by 212 votes", "she leads by 212 votes with one ward to count"])
    + [
      Corpus.inSentence(
        family, Expected(value: 3, unit: "point", change: .up, kind: .change), span: "3 points",
        "The draw cuts the Lions' lead at the top to 3 points."),
      Corpus.inSentence(
        family, Expected(value: 3, unit: "point", change: .up, kind: .change), span: "3 points",
        "Saturday's win extended the club's lead to 3 points."),
    ]
    + Corpus.examples(
      family, Expected(value: 12, unit: "count", counted: "scientist"),
      ["a team led by 12 scientists", "a study led by 12 scientists found"])
    // Money taken off: a discount, value wiped off.
    + Corpus.examples(
      family, Expected(value: 40, unit: "GBP", change: .down, kind: .change),
      ["shoppers get a £40 discount at the till", "the sale knocks a £40 markdown off"])
    + Corpus.examples(
      family, Expected(value: 3e9, unit: "EUR", bound: .approx, change: .down, kind: .change),
      ["the slump, wiping about €3 billion off its value", "which erased about €3 billion"])
    // A discount to another price is a spread; adding range or capacity states a level.
    + Corpus.examples(
      family, Expected(value: 2.15, unit: "USD"),
      ["Dubai crude traded at a $2.15 discount to Brent", "a $2.15 discount against WTI"])
    + Corpus.examples(
      family, Expected(value: 250, unit: "km"),
      ["a fast charger can add 250km of range", "the detour is adding 250km to each trip"])
    // "up from": the same move's rate a period before.
    + [
      Corpus.inSentence(
        family, Expected(value: 3.1, unit: "percent", change: .up, kind: .change), span: "3.1%",
        "Prices in Lima rose 3.6% in May, up from 3.1% in April."),
      Corpus.inSentence(
        family, Expected(value: 4.2, unit: "percent", change: .up, kind: .change), span: "4.2%",
        "Wages grew 3.9% on the year, down from 4.2% a quarter earlier."),
      Corpus.inSentence(
        family, Expected(value: 4.1, unit: "percent"), span: "4.1%",
        "The jobless rate rose to 4.4%, up from 4.1%."),
      Corpus.inSentence(
        family, Expected(value: 8.5, unit: "percent"), span: "8.5%",
        "Sales rose 31%, lifting its share up from 8.5% to 9.9%."),
    ]
    // "more" in an order adds items: no difference stated.
    + [
      Corpus.inSentence(
        family, Expected(value: 30, unit: "count", counted: "tram"), span: "30",
        "The city has 120 trams and ordered 30 more trams last week."),
      Corpus.inSentence(
        family, Expected(value: 30, unit: "count"), span: "30",
        "The airline flies 12 jets and has orders for 30 more."),
      Corpus.inSentence(
        family, Expected(value: 30, unit: "count", change: .up, kind: .change, counted: "tram"),
        span: "30", "The city ran 30 more trams than a year ago."),
    ]
}
