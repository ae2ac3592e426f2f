/// Examples for goods of a country on the move before the figure ("Turkish goods heading south
/// were worth $1.6bn", "Brazilian soybeans moving across the Atlantic"): the figure is that
/// country's exports, see ``ClaimFramer/originGoods(endingAt:)``.
///
/// Written for the rule, in wording of our own, with other country pairs and goods than the
/// claim sets; each positive failed before the rule, the two negatives (goods after "prices
/// of", a total "heading towards" a level) pass with and without it.
extension FrameCorpus {
  static let moving: [FrameExample] = [
    .init(
      rule: "flow.goods-moving",
      text: "Trade between Turkey and Iraq reached $2bn in March. Turkish goods heading "
        + "south were worth $1.6bn.",
      date: "2024-04-20", span: "$1.6bn",
      expect: ["flow": "export", "exporter": "TUR", "importer": "IRQ"]),
    .init(
      rule: "flow.goods-moving",
      text: "Japan's trade with Vietnam grew in May. Japanese products going to Vietnam "
        + "came to $2bn.",
      date: "2024-06-20", span: "$2bn",
      expect: ["flow": "export", "exporter": "JPN", "importer": "VNM"]),
    .init(
      rule: "flow.goods-moving",
      text: "Vietnam's commerce with Cambodia slowed in June. Vietnamese products flowing "
        + "west reached $340m, 4% more than in May.",
      date: "2024-07-20", span: "$340m",
      expect: ["flow": "export", "exporter": "VNM", "importer": "KHM"]),
    .init(
      rule: "flow.goods-moving",
      text: "Brazil's trade with Egypt rose in 2023. Brazilian soybeans moving across the "
        + "Atlantic were worth $900m.",
      date: "2024-02-20", span: "$900m",
      expect: ["flow": "export", "exporter": "BRA", "importer": "EGY"]),
    .init(
      rule: "flow.goods-moving",
      text: "Trade between Turkey and Iraq reached $2bn in March. Prices of Turkish goods "
        + "heading south rose 5%.",
      date: "2024-04-20", span: "5%",
      expect: ["exporter": "-"]),
    .init(
      rule: "flow.goods-moving",
      text: "Trade between Turkey and Iraq is heading towards $20bn this year, officials "
        + "said.",
      date: "2024-04-20", span: "$20bn",
      expect: ["flow": "total"]),
  ]
}
