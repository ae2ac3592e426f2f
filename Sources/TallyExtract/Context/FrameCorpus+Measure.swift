/// Examples for the measure rules of round 21: "at a cost of" after a trade its own sentence
/// states, goods a period owns as the subject of "cost" ("March's cargoes cost $600m"), the
/// payer's buyers after "cost" ("cost Thai refiners $4bn"), "its cost" as the last trade's, a
/// sum of goods as no one series, and the whole of a share named by a pronoun ("made up 45% of
/// it") or by a dated amount ("of the month's $2bn total") after the pair's trade both ways,
/// or by "the market" after a buyer's imports.
///
/// Written for the rules, in wording of our own, with other pairs and goods than the claim
/// sets; each positive failed before its rule; the negatives pass with and without it.
extension FrameCorpus {
  static let measure: [FrameExample] = [
    // "at a cost of" after a trade stated with its own flow word, not only after a quantity.
    .init(
      rule: "goods.cost-of-stated",
      text: "Japan's imports of Qatari LNG reached 900,000 tonnes in May, customs data showed, "
        + "at a cost of $480m.",
      date: "2024-07-01", span: "$480m",
      expect: ["flow": "import", "importer": "JPN", "exporter": "QAT", "hs": "271111"]),
    .init(
      rule: "goods.cost-of-stated",
      text: "Korean imports of Australian coal came to 3 million tonnes in April, official "
        + "figures show, at a total cost of about $600m.",
      date: "2024-06-01", span: "$600m",
      expect: ["flow": "import", "importer": "KOR", "exporter": "AUS", "hs": "2701"]),
    // Negative: the cost of something else in a later clause.
    .init(
      rule: "goods.cost-of-stated",
      text: "Japan's imports of Qatari LNG reached 900,000 tonnes in May, while a new "
        + "terminal in Osaka opened at a cost of $480m.",
      date: "2024-07-01", span: "$480m",
      expect: ["flow": "-"]),
    // Goods a period owns ("March's cargoes", "the year's deliveries") as the subject of
    // "cost": the goods of the trade named before, as "those cargoes" are.
    .init(
      rule: "goods.period-cost",
      text: "Korea imported 3 million tonnes of Australian coal in March. March's cargoes "
        + "cost $600m.",
      date: "2024-05-01", span: "$600m",
      expect: ["flow": "import", "importer": "KOR", "exporter": "AUS", "hs": "2701"]),
    .init(
      rule: "goods.period-cost",
      text: "India imported 90 million tonnes of Russian crude oil in 2023. The year's "
        + "deliveries cost $45bn, customs data show.",
      date: "2024-02-01", span: "$45bn",
      expect: ["flow": "import", "importer": "IND", "exporter": "RUS", "hs": "2709"]),
    // Negative: a period's freight is no goods.
    .init(
      rule: "goods.period-cost",
      text: "Korea imported 3 million tonnes of Australian coal in March. March's freight "
        + "cost $60m.",
      date: "2024-05-01", span: "$60m",
      expect: ["flow": "-"]),
    // The payer's buyers after "cost": "cost Thai refiners $4bn".
    .init(
      rule: "goods.cost-buyers",
      text: "Thailand imported 9 million tonnes of Malaysian LNG in 2023. Crude oil alone "
        + "cost Thai refiners $4bn.",
      date: "2024-02-01", span: "$4bn",
      expect: ["flow": "import", "importer": "THA", "exporter": "MYS", "hs": "2709"]),
    // Negative: two goods together cost a sum no one series holds, whatever came before.
    .init(
      rule: "goods.cost-buyers",
      text: "Japan bought 30 million tonnes of Australian coal in 2023. Combined, LNG and "
        + "crude oil cost Japanese buyers $5bn over the year.",
      date: "2024-02-01", span: "$5bn",
      expect: ["flow": "-"]),
    // "Its cost rose 76%", "Their cost fell 12%": what the trade named before cost.
    .init(
      rule: "goods.own-cost",
      text: "Korea's imports of Australian coal reached 30 million tonnes in 2023. Its cost "
        + "rose 76% on the previous year.",
      date: "2024-05-01", span: "76%",
      expect: ["measure": "growth", "flow": "import", "importer": "KOR", "hs": "2701"]),
    .init(
      rule: "goods.own-cost",
      text: "Korea's imports of Australian coal reached $9bn in 2023. Their cost fell 12% from "
        + "2022, customs data show.",
      date: "2024-05-01", span: "12%",
      expect: ["measure": "growth", "flow": "import", "importer": "KOR", "hs": "2701"]),
    // Negatives: the cost of something named, and a cost per unit (a price).
    .init(
      rule: "goods.own-cost",
      text: "Korea's imports of Australian coal reached 30 million tonnes in 2023. The cost of "
        + "freight rose 76% on the previous year.",
      date: "2024-05-01", span: "76%",
      expect: ["flow": "-"]),
    .init(
      rule: "goods.own-cost",
      text: "Korea's imports of Australian coal reached 30 million tonnes in 2023. Its cost per "
        + "tonne rose 16% on the previous year.",
      date: "2024-05-01", span: "16%",
      expect: ["flow": "-"]),
    // "made up 45% of it", "60% of that": the pair's trade both ways stated just before is
    // the whole; the goods of one country named before the figure are the part.
    .init(
      rule: "share.pronoun-total",
      text: "Trade between Chile and Peru reached $2bn in May. Chilean goods made up 45% of "
        + "it.",
      date: "2024-07-01", span: "45%",
      expect: ["measure": "share", "shareOf": "total", "flow": "export", "exporter": "CHL"]),
    .init(
      rule: "share.pronoun-total",
      text: "In June Vietnam and Korea traded goods worth $4bn; Korean goods accounted for "
        + "60% of that.",
      date: "2024-08-01", span: "60%",
      expect: ["measure": "share", "shareOf": "total", "flow": "export", "exporter": "KOR"]),
    .init(
      rule: "share.pronoun-total",
      text: "Chile and Peru traded goods worth $2bn in April. Overall the month's trade was "
        + "26% above March. Chilean goods made up 57% of it, Peruvian goods 43%.",
      date: "2024-07-01", span: "57%",
      expect: ["measure": "share", "shareOf": "total", "flow": "export", "exporter": "CHL"]),
    // "of the month's $2bn total": a dated whole with its amount.
    .init(
      rule: "share.pronoun-total",
      text: "Trade between Chile and Peru reached $2bn in May. Chilean goods made up more "
        + "than 40% of the month's $2bn total.",
      date: "2024-07-01", span: "40%",
      expect: ["measure": "share", "shareOf": "total", "flow": "export", "exporter": "CHL"]),
    // "of the market" after a buyer's imports, with the seller named before the figure: a
    // share of what the buyer imports ("market" is then no word of a non-trade figure).
    .init(
      rule: "share.market-whole",
      text: "Korea's imports of Australian coal rose to 30 million tonnes in 2023. That left "
        + "Australian mines with more than a fifth of the market.",
      date: "2024-02-01", span: "a fifth",
      expect: ["measure": "share", "shareOf": "world", "importer": "KOR", "exporter": "AUS"]),
    .init(
      rule: "share.market-whole",
      text: "Korea's imports of Australian coal rose to 30 million tonnes in 2023; Australian "
        + "mines held 22% of the market.",
      date: "2024-02-01", span: "22%",
      expect: ["measure": "share", "shareOf": "world", "importer": "KOR", "exporter": "AUS"]),
    // Negatives: a seller the share would set as the buyer; a company's market share.
    .init(
      rule: "share.market-whole",
      text: "Japan imported 66 million tonnes of LNG in 2023. Qatari cargoes took 12% of the "
        + "market.",
      date: "2024-02-01", span: "12%",
      expect: ["flow": "-"]),
    .init(
      rule: "share.market-whole",
      text: "Japan's imports of Korean cars rose to $3bn in 2023. Toyota held 30% of the car "
        + "market.",
      date: "2024-02-01", span: "30%",
      expect: ["flow": "-"]),
    // Negative: "it" after one way's trade is no total of both ways.
    .init(
      rule: "share.pronoun-total",
      text: "Chile's exports to Peru reached $2bn in May. Chilean copper made up 45% of it.",
      date: "2024-07-01", span: "45%",
      expect: ["shareOf": "-"]),
  ]
}
