/// Examples for the whole of a share that names one flow between two countries and no goods
/// (``ClaimFramer/pairFlowWhole(flow:goods:pairWords:owner:countries:)``) and several goods as
/// its part (``ClaimFramer/listedGoods(before:clause:)``), for a balance with a sign ("Russia's
/// positive balance in trade with China", ``ClaimFramer/balanceSigns``) or stated as one flow
/// beating the other, and for "a combined $6.8bn" after two flows
/// (``ClaimFramer/appendedTotal(before:)``).
///
/// Written for these rules, in wording of our own, with other country pairs than the claim
/// sets; each positive failed before its rule, each negative passes with and without it.
extension FrameCorpus {
  static let pairWholes: [FrameExample] = [
    // Goods over everything one country bought from the other: the pair's flow in all goods.
    .init(
      rule: "share.pair-flow-whole",
      text: "In 2023 Australian coal made up about 40% of everything Japan bought from "
        + "Australia.",
      date: "2024-02-20", span: "40%",
      expect: [
        "shareOf": "allGoods", "flow": "import", "reporter": "JPN", "partner": "AUS",
        "hs": "2701",
      ]),
    .init(
      rule: "share.pair-flow-whole",
      text: "Crude oil accounted for 31% of Korean purchases from Saudi Arabia in 2023.",
      date: "2024-02-20", span: "31%",
      expect: ["shareOf": "allGoods", "reporter": "KOR", "partner": "SAU"]),
    .init(
      rule: "share.pair-flow-whole",
      text: "LNG made up 62% of everything Qatar sold to Japan last year.",
      date: "2024-02-20", span: "62%",
      expect: ["shareOf": "allGoods", "flow": "export", "reporter": "QAT", "partner": "JPN"]),
    // A part that names no goods: the story's goods.
    .init(
      rule: "share.pair-flow-whole",
      text: "Japan buys ever more Australian coal. In 2023 that single commodity made up 40% "
        + "of everything Japan bought from Australia.",
      date: "2024-02-20", span: "40%", expect: ["shareOf": "allGoods", "hs": "2701"]),
    // Negative: several goods the clause does not list are not the story's one goods.
    .init(
      rule: "share.pair-flow-whole",
      text: "Japan buys ever more Australian coal. In 2023 those three items made up 40% "
        + "of everything Japan bought from Australia.",
      date: "2024-02-20", span: "40%", expect: ["shareOf": "allGoods", "hs": "-"]),
    // Several goods listed together: the part is their sum ("gas" in a list: both kinds).
    .init(
      rule: "share.goods-list",
      text: "Crude oil and coal together made up 55% of everything Japan bought from "
        + "Australia in 2023.",
      date: "2024-02-20", span: "55%", expect: ["shareOf": "allGoods", "hsAll": "2709+2701"]),
    .init(
      rule: "share.goods-list",
      text: "By one count coal, crude and gas made up about 70% of everything Australia sold "
        + "to Japan in 2023.",
      date: "2024-02-20", span: "70%", expect: ["hsAll": "2701+2709+271111+271121"]),
    // Negative: one goods "alone" is no list.
    .init(
      rule: "share.goods-list",
      text: "Australian coal alone made up 40% of everything Japan bought from Australia in "
        + "2023.",
      date: "2024-02-20", span: "40%", expect: ["hsAll": "2701"]),
    // Negatives: the owner's flow with all partners (also when the partner picks the part
    // out of it), and the pair's two-way trade.
    .init(
      rule: "share.pair-flow-whole",
      text: "In 2023 the share of Japan's coal imports coming from Australia was about 40%.",
      date: "2024-02-20", span: "40%", expect: ["shareOf": "world"]),
    .init(
      rule: "share.pair-flow-whole",
      text: "Australian coal made up about 40% of Japan's coal imports in 2023.",
      date: "2024-02-20", span: "40%", expect: ["shareOf": "world"]),
    .init(
      rule: "share.pair-flow-whole",
      text: "Coal made up 30% of bilateral trade between Japan and Australia in 2023.",
      date: "2024-02-20", span: "30%", expect: ["shareOf": "total"]),
    // A balance with a sign: "positive" is the owner's surplus, "negative" its deficit, also
    // before "in trade with" and after "for".
    .init(
      rule: "balance.signed",
      text: "Korea's exports to Chile were $4bn in 2023 and imports $7bn. Thus Chile's "
        + "positive balance in trade with Korea reached $3bn.",
      date: "2024-02-20", span: "$3bn",
      expect: ["measure": "balance", "reporter": "CHL", "partner": "KOR"]),
    .init(
      rule: "balance.signed",
      text: "Korea's exports to Chile were $4bn in 2023 and imports $7bn. Thus the "
        + "negative balance for the Korean side made up $3bn.",
      date: "2024-02-20", span: "$3bn",
      expect: ["measure": "balance", "reporter": "CHL", "partner": "KOR"]),
    // Negative: a difference before "in trade with" is no balance ("the difference in trade"
    // may be any change).
    .init(
      rule: "balance.signed",
      text: "Korea's exports to Chile were $4bn in 2023 and imports $7bn. The difference in "
        + "trade with Korea reached $3bn.",
      date: "2024-02-20", span: "$3bn", expect: ["flow": "total"]),
    // "beat ... by" an amount: one flow exceeding the other.
    .init(
      rule: "balance.gap",
      text: "In May Peru's exports to Chile were $1.2bn and its imports from Chile $0.9bn. "
        + "Exports beat imports by about $0.3bn.",
      date: "2024-06-20", span: "$0.3bn",
      expect: ["measure": "balance", "reporter": "PER", "partner": "CHL"]),
    // "a combined" total after both flows: the pair's trade both ways.
    .init(
      rule: "total.appended",
      text: "In May Peru's exports to Chile were $1.2bn and its imports from Chile $0.9bn, "
        + "a combined $2.1bn.",
      date: "2024-06-20", span: "$2.1bn", expect: ["flow": "total"]),
  ]
}
