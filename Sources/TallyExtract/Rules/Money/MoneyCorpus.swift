/// Examples for ``MoneyRules``: signs, codes and words, scales in every spelling,
/// the story's dollar.
enum MoneyCorpus {
  static let family = "money"
  static let all: [CorpusExample] =
    news + elsewhere + morePrices + signsAndPrefixes + subunits + story + lending + freight
    + compounds + shareKinds
    + Corpus.examples(
      family, Expected(value: 47e6, unit: "USD"),
      [
        "$47 million", "US$47 million", "USD47 million", "USD 47 million", "47 mln dlrs",
        "47 million dollars", "47 mln U.S. Dlrs", "$47m", "47 million US dollars", "$47mn",
      ])
    + Corpus.examples(
      family, Expected(value: 34.6e6, unit: "USD"), ["USD34.6 million", "34.6 million USD"])
    + Corpus.examples(
      family, Expected(value: 97e6, unit: "GBP"),
      ["£97m", "97 mln stg", "97 million pounds sterling", "GBP 97 million"])
    + Corpus.examples(
      family, Expected(value: 2.2201e13, unit: "JPY"),
      ["22,201bn yen", "22,201 billion yen", "¥22,201bn"])
    + Corpus.examples(
      family, Expected(value: 2.572e12, unit: "CNY"),
      ["2.572 trillion yuan", "RMB 2.572 trillion", "2.572 tn yuan"])
    + Corpus.examples(
      family, Expected(value: 3e9, unit: "RUB"), ["3 billion roubles", "3bn rubles", "₽3bn"])
    + Corpus.examples(
      family, Expected(value: 5e9, unit: "EUR"),
      ["€5bn", "5 billion euros", "EUR 5 billion", "5 bln euros"])
    + Corpus.examples(
      family, Expected(value: 4.5e9, unit: "THB"), ["4.5 billion baht", "4.5\nbillion baht"])
    + Corpus.examples(
      family, Expected(value: 3.85e9, unit: "DEM"), ["3.85 billion marks", "3.85 bln marks"])
    + Corpus.examples(
      family, Expected(value: 3.51e9, unit: "HKD"),
      ["3.51 billion\nH.K. Dlrs", "HK$3.51bn", "3.51 billion Hong Kong dollars"])
    + Corpus.examples(family, Expected(value: 0.12, unit: "USD"), ["12 cts", "12 cents"])
    + Corpus.examples(family, Expected(value: 0.015, unit: "USD"), ["a cent and a half"])
    + Corpus.examples(
      family, Expected(value: 200e6, unit: "CHF"),
      ["a 200 mln Swiss franc bond", "200 mln Swiss francs"])
    + Corpus.examples(
      family, Expected(value: 200e6, unit: "FRF"),
      ["a 200 mln French franc loan", "200 mln francs"])
    + Corpus.examples(family, Expected(value: 1.28e9, unit: "USD"), ["a 1.28 billion dlr deficit"])
    + Corpus.examples(family, Expected(value: 10e3, unit: "USD"), ["$10k", "10,000 dlrs"])
    + Corpus.examples(
      family, Expected(value: 7e9, unit: "USD", bound: .approx), ["the seven billion dollar level"])
    + [
      Corpus.inSentence(
        family, Expected(value: 4.2e9, unit: "HKD"), span: "4.2 billion dlrs",
        "The deficit was 3.5 billion H.K. Dlrs, against 4.2 billion dlrs a year before."),
      // Plain francs take the currency of a Swiss or Belgian story; elsewhere French.
      Corpus.inSentence(
        family, Expected(value: 3.1e9, unit: "CHF", change: .up, kind: .change),
        span: "3.10 billion francs", "Swiss sight deposits rose 3.10 billion francs."),
      Corpus.inSentence(
        family, Expected(value: 3.1e9, unit: "FRF", change: .up, kind: .change),
        span: "3.10 billion francs", "French reserves rose 3.10 billion francs."),
      // An elliptical amount before a conjunction takes the unit of the amount before it.
      Corpus.inSentence(
        family, Expected(value: 24.79e9, unit: "FRF"), span: "24.79 billion",
        "Banknotes rose by 834 mln francs to 24.79 billion while other deposits fell."),
      // A bare quote with as many decimals as the price before it is that price again.
      Corpus.inSentence(
        family, Expected(value: 1.2898, unit: "USD", kind: .ratio), span: "1.2898",
        "The euro touched $1.2896, just short of its record 1.2898 set on 12 January."),
      Corpus.inSentence(
        family, Expected(value: 6.9e9, unit: "USD"), span: "6.9 billion",
        "Exports rose to 8.1 billion dlrs from 6.9 billion."),
      Corpus.inSentence(
        family, Expected(value: 8.3, unit: "CNY", bound: .approx, kind: .ratio), span: "8.30",
        "The peg keeps the yuan around 8.30 to the dollar."),
      Corpus.inSentence(
        family, Expected(value: 5.8e9, unit: "USD"), span: "$5.8bn",
        "Profits reached £3.1bn ($5.8bn) last year."),
    ]
    // A bare number in a list takes the unit the list ends with.
    + [
      Corpus.inSentence(
        family, Expected(value: 1850, unit: "USD/tonne"), span: "1,850",
        "Sales were booked at 1,850 and 1,880 dlrs per tonne."),
      Corpus.inSentence(
        family, Expected(value: 4340, unit: "USD"), span: "4,340",
        "Butter sold at 4,340, 4,345 and 4,350 dlrs."),
      Corpus.inSentence(
        family, Expected(value: 5e6, unit: "USD"), span: "5",
        "Bids came in at 5 and 6 mln dlrs."),
      Corpus.inSentence(
        family, Expected(value: 0.64, unit: "CAD/barrel", change: .down, kind: .change),
        span: "64 Canadian cts a barrel",
        "It cut the price by 64 Canadian cts a barrel."),
      // Riyals are the story's country's: a Qatari budget in Qatari riyals.
      Corpus.inSentence(
        family, Expected(value: 5.4e9, unit: "QAR"), span: "5.4 billion riyals",
        "Qatar projected a deficit of 5.4 billion riyals."),
      Corpus.inSentence(
        family, Expected(value: 5.4e9, unit: "SAR"), span: "5.4 billion riyals",
        "Saudi Arabia projected a deficit of 5.4 billion riyals."),
    ]
    + [
      // A bracketed conversion does not lend its currency to later elliptical figures.
      Corpus.inSentence(
        family, Expected(value: 60.4e9, unit: "GBP"), span: "60.4 billion",
        "The deficit rose to 65.5 billion pounds (US$ 113.9 billion) from 60.4 billion in 2004."),
      // Share prices quoted in dollar fractions.
      Corpus.inSentence(
        family, Expected(value: 72.625, unit: "USD"), span: "72-5/8",
        "The stock closed at 72-5/8, up 4-1/8 on heavy volume."),
      // A bare fraction moved by a price verb is a share price move in dollars.
      Corpus.inSentence(
        family, Expected(value: 0.375, unit: "USD", change: .down, kind: .change), span: "3/8",
        "The company's stock slipped 3/8 today to close at 34-3/4."),
      Corpus.inSentence(
        family, Expected(value: 0.125, unit: "USD", change: .down, kind: .change), span: "1/8",
        "The stock traded around 12, down 1/8."),
      // A list's unit is not lent across sizes: "from 205,000 or 12.8 pct" is shares, then a share.
      Corpus.inSentence(
        family, Expected(value: 205000, unit: "count"), span: "205,000",
        "It raised its stake to 238,000 shares, or 14.6 pct, from 205,000 or 12.8 pct."),
      // Bid/offer quotes of an exchange rate, and a later quote in the same sentence.
      Corpus.inSentence(
        family, Expected(value: 3.7495, unit: "SAR", kind: .ratio), span: "3.7495",
        "The spot riyal was firmer at 3.7495/98 to the dollar after quotes of 3.7500/03."),
      Corpus.inSentence(
        family, Expected(value: 3.75, unit: "SAR", kind: .ratio), span: "3.7500",
        "The spot riyal was firmer at 3.7495/98 to the dollar after quotes of 3.7500/03."),
    ]
    + Corpus.none(
      family, ["the dollar fell", "dollar-denominated assets", "a strong dollar policy"])

  /// Currencies by prefix, cents and pence, prices per unit.
  static let news: [CorpusExample] = Array(
    ([
      // Currencies by prefix, and cents and pence of their currency.
      Corpus.examples(family, Expected(value: 12.5e9, unit: "HKD"), ["HK$12.5bn", "HK$ 12.5bn"]),
      Corpus.examples(family, Expected(value: 3.4e9, unit: "CAD"), ["C$3.4bn", "C$3.4 billion"]),
      Corpus.examples(family, Expected(value: 2e9, unit: "AUD"), ["A$2 billion"]),
      Corpus.examples(family, Expected(value: 150, unit: "TWD"), ["NT$150"]),
      Corpus.examples(family, Expected(value: 80e6, unit: "SGD"), ["S$80m"]),
      Corpus.examples(family, Expected(value: 5e9, unit: "BRL"), ["R$5bn"]),
      Corpus.examples(family, Expected(value: 40e6, unit: "USD"), ["US $40m", "US$40m"]),
      Corpus.examples(family, Expected(value: 0.5, unit: "USD"), ["50 cents"]),
      Corpus.examples(family, Expected(value: 0.2, unit: "GBP"), ["20p", "20 pence"]),
      // Prices per unit are compound units.
      Corpus.examples(
        family, Expected(value: 82, unit: "USD/barrel"),
        ["$82 a barrel", "$82 per barrel", "$82/bbl"]),
      Corpus.examples(
        family, Expected(value: 150, unit: "USD/share"), ["$150 per share", "$150 a share"]),
      Corpus.examples(
        family, Expected(value: 2400, unit: "GBP/month"), ["£2,400 a month", "£2,400 per month"]),
      Corpus.examples(
        family, Expected(value: 45_000, unit: "USD/year"), ["$45,000 a year", "$45,000 per annum"]),
      Corpus.examples(
        family, Expected(value: 60, unit: "USD/square_foot"),
        ["$60 per square foot", "$60 a sq ft"]),
      Corpus.examples(family, Expected(value: 2934, unit: "USD/ounce"), ["$2,934 an ounce"]),
      [
        Corpus.inSentence(
          family, Expected(value: 5e9, unit: "USD"), span: "$5bn", "Profit was $5bn a year earlier."
        )
      ],
      // Denominators lent within a sentence, stated before the prices, and cents of the
      // sentence's dollar.
      [
        Corpus.inSentence(
          family, Expected(value: 74, unit: "USD/barrel"), span: "$74",
          "Brent averaged $68 a barrel, against $74 in May.")
      ],
      [
        Corpus.inSentence(
          family, Expected(value: 2.04, unit: "USD/barrel", change: .up, kind: .change),
          span: "$2.04", "Brent climbed $2.04, or 3.1%, to $66.82 a barrel.")
      ],
      [
        Corpus.inSentence(
          family, Expected(value: 5e9, unit: "USD"), span: "$5bn",
          "It earned $5bn, or $2.10 a share.")
      ],
      [
        Corpus.inSentence(
          family, Expected(value: 18.9, unit: "USD/tonne"), span: "US$18.90 per wet metric tonne",
          "Costs were US$18.90 per wet metric tonne.")
      ],
      [
        Corpus.inSentence(
          family, Expected(value: 32.8, unit: "EUR/square_metre"), span: "€32.80",
          "Measured per square metre, Paris is dearest at €32.80.")
      ],
      [
        Corpus.inSentence(
          family, Expected(value: 1.71, unit: "CAD/share"), span: "C$1.71",
          "Adjusted earnings per share of C$1.71 beat forecasts.")
      ],
      [
        Corpus.inSentence(
          family, Expected(value: 17_500, unit: "HKD/month"), span: "HK$17,500",
          "Monthly rents average HK$17,500.")
      ],
      [
        Corpus.inSentence(
          family, Expected(value: 0.05, unit: "CAD/share", change: .up, kind: .change),
          span: "5 cents", "It raised its dividend by 5 cents to C$0.95 per share.")
      ],
      [
        Corpus.inSentence(
          family, Expected(value: 159, unit: "JPY", kind: .ratio), span: "159",
          "Yen slides past 159 per dollar")
      ],
      [
        Corpus.inSentence(
          family, Expected(value: 5.79, unit: "BRL", kind: .ratio), span: "5.79",
          "The real has weakened to 5.79 per dollar.")
      ],
      Corpus.none(family, ["the real economy grew", "a real risk"]),
      Corpus.examples(family, Expected(value: 25e6, unit: "USD"), ["the start-up raised $25mn"]),
      [
        Corpus.inSentence(
          family, Expected(value: 0.87, unit: "USD/share"), span: "$0.87",
          "EPS was $0.87, up from $0.80.")
      ],
      Corpus.examples(family, Expected(value: 0.95, unit: "USD/share"), ["95 cents a share"]),
      [
        Corpus.inSentence(
          family, Expected(value: 3, unit: "USD"), span: "$3", "It cost $3 a day ago.")
      ],
    ] as [[CorpusExample]]).joined())

  /// Money as written by papers outside the wire services: the code after the sign
  /// ("$US", "$A"), the cent sign, prices per tonne written "/t".
  static let elsewhere: [CorpusExample] =
    Corpus.examples(
      family, Expected(value: 52.1, unit: "USD"),
      ["a stake worth $US52.1", "at $US52.1 apiece", "$US 52.1 in cash"])
    + Corpus.examples(
      family, Expected(value: 3.4e9, unit: "AUD"),
      ["It raised $A3.4bn", "a $A3.4 billion takeover", "$A3.4bn of bonds"])
    + Corpus.examples(
      family, Expected(value: 12e6, unit: "NZD"),
      ["It holds $NZ12m in cash", "a $NZ12 million grant"])
    + Corpus.examples(
      family, Expected(value: 0.03, unit: "USD/kwh"),
      ["power at 3¢ a kilowatt hour", "contracts signed at 3¢/kWh", "3¢ per kWh"])
    + Corpus.examples(family, Expected(value: 0.02, unit: "USD"), ["a stamp dearer by 2¢"])
    + Corpus.examples(
      family, Expected(value: 412, unit: "USD/tonne"),
      ["iron ore at $412/t", "thermal coal at US$412/mt", "spot zinc quoted at $412/t"])
    + [
      // "t" is a tonne only after a slash.
      Corpus.inSentence(
        family, Expected(value: 5, unit: "USD"), span: "$5", "Fans paid $5 a T-shirt at the gate.")
    ]
    + Corpus.none(family, ["the $US-listed shares", "sums quoted in $A terms", "the ¢ key"])

  /// Prices per day stated by "daily" before them, rupees written "Rs.", cents written
  /// "41c", and the end of a move per unit far above its step.
  static let morePrices: [CorpusExample] =
    Corpus.examples(
      family, Expected(value: 18_250, unit: "USD/day"),
      [
        "average daily earnings for the ships reached $18,250",
        "daily charter rates averaged $18,250", "the daily hire for a capesize is $18,250",
      ])
    + Corpus.examples(
      family, Expected(value: 18_999, unit: "INR"),
      ["the handset costs Rs. 18,999", "a ticket at Rs. 18,999", "Rs. 18,999 for the base model"])
    + Corpus.examples(
      family, Expected(value: 4.48, unit: "USD/share"),
      [
        "analysts predicted $4.48 in adjusted earnings per share",
        "it paid $4.48 in dividends a share", "$4.48 in diluted earnings per share",
      ])
    + [
      Corpus.inSentence(
        family,
        Expected(value: 17.6, unit: "USD/share", valueHigh: 18, bound: .range),
        span: "$17.60 to $18.00",
        "The forecast was $17.60 to $18.00 in adjusted earnings per share."),
      // Negative: "in" before a place or a time is no denominator.
      Corpus.inSentence(
        family, Expected(value: 4.48, unit: "USD"), span: "$4.48",
        "Shares closed at $4.48 in New York per the exchange."),
    ]
    + Corpus.examples(
      family, Expected(value: 16, unit: "USD/person"),
      [
        "average revenue per user came in at $16", "revenue per subscriber rose to $16",
        "the app earns $16 per member",
      ])
    + Corpus.examples(
      family, Expected(value: 0.41, unit: "USD"),
      ["a payout of 41c", "the token is worth 41c", "a fee of 41c applies"])
    + [
      Corpus.inSentence(
        family, Expected(value: 0.41, unit: "USD/share"), span: "41c",
        "Adjusted EPS was 41c, against 39c a year earlier."),
      // Negative: an upper-case C glued to the digits is Celsius.
      Corpus.inSentence(
        family, Expected(value: 41, unit: "degree_celsius"), span: "41C",
        "It was 41C in the shade."),
      Corpus.inSentence(
        family, Expected(value: 1674.8, unit: "USD/ounce"), span: "$1,674.80",
        "Gold fell $1.60 an ounce to $1,674.80."),
      Corpus.inSentence(
        family, Expected(value: 0.01, unit: "USD/bushel", change: .down, kind: .change),
        span: "1 cent", "Corn settled 1 cent lower at $6.02 a bushel."),
      Corpus.inSentence(
        family, Expected(value: 310, unit: "USD/day", change: .up, kind: .change), span: "$310",
        "Average daily earnings for panamaxes rose $310 to $18,250."),
      // Negative: a daily total with a scale is no price per day; a later "a share" does
      // not make an amount with a scale per share.
      Corpus.inSentence(
        family, Expected(value: 5e9, unit: "USD"), span: "$5 billion",
        "Daily trading reached $5 billion."),
      Corpus.inSentence(
        family, Expected(value: 4e9, unit: "USD"), span: "$4bn",
        "Profit was $4bn, or $2.10 a share."),
    ]

  /// Currency signs and letter prefixes of papers outside the dollar, pound and euro areas,
  /// with the letters that look like a prefix and are none.
  static let signsAndPrefixes: [CorpusExample] =
    Corpus.examples(
      family, Expected(value: 2.75e9, unit: "NGN"),
      ["₦2.75 billion", "₦2.75bn", "2.75 billion naira", "NGN 2.75 billion"])
    + Corpus.examples(
      family, Expected(value: 1_350, unit: "KES"),
      ["KSh 1,350", "KSh1,350", "1,350 Kenyan shillings"])
    + Corpus.examples(
      family, Expected(value: 41_500, unit: "GHS"), ["GH¢41,500", "GH₵41,500", "41,500 cedis"])
    + Corpus.examples(
      family, Expected(value: 6.4e12, unit: "IDR"), ["Rp 6.4 trillion", "Rp6.4 trillion"])
    + Corpus.examples(
      family, Expected(value: 85e6, unit: "PHP"), ["₱85 million", "85 million Philippine pesos"])
    + Corpus.examples(family, Expected(value: 3.6e9, unit: "KRW"), ["₩3.6 billion"])
    + Corpus.examples(family, Expected(value: 2.2e9, unit: "MYR"), ["RM2.2 billion", "RM2.2bn"])
    + Corpus.examples(
      family, Expected(value: 1.64, unit: "ZAR"), ["R1.64", "a price of R1.64 for the loaf"])
    + Corpus.examples(family, Expected(value: 12_450, unit: "ZAR"), ["R12,450", "12,450 rand"])
    + Corpus.examples(family, Expected(value: 55e9, unit: "ZAR"), ["R55 billion", "R55bn"])
    + Corpus.examples(
      family, Expected(value: 18, unit: "ZAR/kg"),
      ["tomatoes cost R18 a kilogram", "up from R18 a kilogram", "sold at R18 per kg"])
    + Corpus.examples(
      family, Expected(value: 0.0875, unit: "USD"), ["8.75 US cents", "8.75 U.S. cents"])
    + [
      Corpus.inSentence(
        family, Expected(value: 3.15, unit: "ZAR/litre"), span: "R3.15 a litre",
        "Diesel in Durban went up to R3.15 a litre on the coast."),
      Corpus.inSentence(
        family, Expected(value: 0.0342, unit: "USD/kwh"), span: "3.42 US cents per kilowatt-hour",
        "The solar farm sells power at 3.42 US cents per kilowatt-hour under its contract."),
      Corpus.inSentence(
        family, Expected(value: 14.2, unit: "GHS", kind: .ratio), span: "14.2",
        "The cedi closed at 14.2 per dollar on Tuesday."),
      // The unit a price is for, named with its article before it.
      Corpus.inSentence(
        family, Expected(value: 2310, unit: "USD/container"), span: "$2,310",
        "The rate for a 40-foot container on the route fell 5% to $2,310."),
      Corpus.inSentence(
        family, Expected(value: 455, unit: "USD/tonne"), span: "$455",
        "A tonne of urea now costs $455 in Lagos."),
      Corpus.inSentence(
        family, Expected(value: 1020, unit: "NGN/litre"), span: "₦1,020",
        "In Kano a litre sells for ₦1,020 at the pump."),
      Corpus.inSentence(
        family, Expected(value: 129.3, unit: "KES", kind: .ratio), span: "129.3",
        "The Kenyan shilling traded at 129.3 per dollar."),
      Corpus.inSentence(
        family, Expected(value: 58.4, unit: "PHP", kind: .ratio), span: "58.4",
        "The Philippine peso slipped to 58.4 per dollar."),
      Corpus.inSentence(
        family, Expected(value: 400, unit: "USD"), span: "$400",
        "Each fan gets a share of the $400 prize."),
      Corpus.inSentence(
        family, Expected(value: 900, unit: "USD"), span: "$900",
        "Bookings for a year ahead cost $900 in deposits."),
      // A price per a unit the vocabulary does not code borrows no other denominator.
      Corpus.inSentence(
        family, Expected(value: 41, unit: "KES", bound: .approx), span: "KSh 41",
        "The bundle is 25GB for KSh 1,025 a month, or about KSh 41 a gigabyte."),
      Corpus.inSentence(
        family, Expected(value: 0.99, unit: "USD"), span: "$0.99",
        "Albums cost $9.99 a month to stream or $0.99 per song to buy."),
      // An amount per another currency is an exchange rate, not a price per night.
      Corpus.inSentence(
        family, Expected(value: 109, unit: "JPY", kind: .ratio), span: "¥109",
        "The yen slid to ¥109 per Australian dollar, and rooms cost ¥21,000 a night."),
    ]
    + [
      // The shekel and the Czech crown named in an exchange rate, quoted per dollar, per
      // euro or against it; a rate quoted again in brackets after it.
      Corpus.inSentence(
        family, Expected(value: 3.412, unit: "ILS", kind: .ratio), span: "3.412",
        "The shekel was quoted at 3.412 per dollar, up 0.6%, and at 3.951 against the euro."),
      Corpus.inSentence(
        family, Expected(value: 3.951, unit: "ILS", kind: .ratio), span: "3.951",
        "The shekel was quoted at 3.412 per dollar, up 0.6%, and at 3.951 against the euro."),
      Corpus.inSentence(
        family, Expected(value: 24.31, unit: "CZK", kind: .ratio), span: "24.31",
        "The koruna was steady at 24.31 per euro."),
      Corpus.inSentence(
        family, Expected(value: 17.11, unit: "ZAR", kind: .ratio), span: "17.11",
        "Rand: R16.92 per dollar (17.11 on Thursday)"),
      // "NIS" before the amount is the new shekel.
      Corpus.inSentence(
        family, Expected(value: 3.1e9, unit: "ILS"), span: "NIS 3.1 billion",
        "Trading volume was NIS 3.1 billion."),
      Corpus.inSentence(
        family, Expected(value: 4.2e9, unit: "ILS"), span: "NIS4.2bn",
        "The bank set aside NIS4.2bn."),
      // A strict prefix after a move: "closing up RM62" (per tonne, lent by the level).
      Corpus.inSentence(
        family, Expected(value: 62, unit: "MYR/tonne", change: .up, kind: .change), span: "RM62",
        "The contract closed up RM62, or 1.4%, at RM4,486 a tonne."),
      // Pounds after a price per pound in dollars, in a story without sterling, weigh.
      Corpus.inSentence(
        family, Expected(value: 180e6, unit: "pound_mass"), span: "180 million pounds",
        "Uranium fetched $101.25 per pound. Reactors burn 180 million pounds of it a year."),
      Corpus.inSentence(
        family, Expected(value: 2e6, unit: "GBP"), span: "2 million pounds",
        "Tea cost £4 per pound in London. The firm raised 2 million pounds."),
      Corpus.inSentence(
        family, Expected(value: 2e6, unit: "GBP"), span: "2 million pounds",
        "The firm raised 2 million pounds. Uranium fetched $101.25 per pound."),
      // A bracketed number after a rate with other decimals is no quote of it.
      Corpus.inSentence(
        family, Expected(value: 3, unit: "count"), span: "3",
        "Rand: R16.92 per dollar (3 dealers quoting)"),
    ]
    + Corpus.none(
      family,
      [
        "the NIS2 directive applies",
        "spending on R&D rose", "the R2 pickup goes on sale", "an R5 engine", "RM5 was locked",
        "the R 40 motorway", "a ksh of", "r2.5 is the file",
      ])
}
