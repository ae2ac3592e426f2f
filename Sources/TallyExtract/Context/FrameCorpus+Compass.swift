/// Examples for goods sent toward a compass point between two neighbours ("goods going north
/// were worth $2bn", "$900m of goods shipped south"): the bearing of the story's pair
/// (`CountryReferences.northOf`) gives the exporter, see ``ClaimFramer/compassSides(_:)``;
/// and goods of a country crossing into or entering the other ("Mexican goods worth $40bn
/// crossed into the United States", "Kazakh goods entering Russia").
///
/// Written for the rules, in wording of our own, with other pairs than the claim sets; each
/// positive failed before them; the negatives (a pair with no bearing in the table, trains
/// rather than goods heading north, prices of goods heading north) pass with and without
/// them.
extension FrameCorpus {
  static let compass: [FrameExample] = [
    .init(
      rule: "sides.compass",
      text: "Trade between Mongolia and China rose in May. Goods going north were worth "
        + "$410m, and goods coming south $1.2bn.",
      date: "2024-06-20", span: "$410m",
      expect: ["flow": "export", "exporter": "CHN", "importer": "MNG"]),
    .init(
      rule: "sides.compass",
      text: "Trade between Mongolia and China rose in May. Goods going north were worth "
        + "$410m, and goods coming south $1.2bn.",
      date: "2024-06-20", span: "$1.2bn",
      expect: ["flow": "export", "exporter": "MNG", "importer": "CHN"]),
    .init(
      rule: "sides.compass",
      text: "Trade between Canada and the United States slowed in March. Shipments heading "
        + "north came to $29bn, a 3% fall.",
      date: "2024-04-20", span: "$29bn",
      expect: ["flow": "export", "exporter": "USA", "importer": "CAN"]),
    .init(
      rule: "sides.compass",
      text: "Kazakhstan and Uzbekistan traded more in 2023. Northbound goods were worth "
        + "$1.1bn over the year.",
      date: "2024-02-20", span: "$1.1bn",
      expect: ["flow": "export", "exporter": "UZB", "importer": "KAZ"]),
    .init(
      rule: "sides.compass",
      text: "Trade between Turkey and Iraq reached $2bn in March. Goods heading south were "
        + "worth $1.6bn.",
      date: "2024-04-20", span: "$1.6bn",
      expect: ["flow": "total", "reporter": "TUR", "partner": "IRQ"]),
    .init(
      rule: "sides.compass",
      text: "Trade between Mongolia and China rose in May. Prices of goods heading north "
        + "rose 5%.",
      date: "2024-06-20", span: "5%",
      expect: ["flow": "-"]),
    .init(
      rule: "sides.compass",
      text: "Trade between Mongolia and China rose in May. Trains going north carried "
        + "1,200 containers.",
      date: "2024-06-20", span: "1,200",
      expect: ["exporter": "-"]),
    .init(
      rule: "flow.goods-crossing",
      text: "Trade between Mexico and the United States hit a record in 2023. Mexican goods "
        + "worth $475bn crossed into the United States.",
      date: "2024-02-20", span: "$475bn",
      expect: ["flow": "export", "exporter": "MEX", "importer": "USA"]),
    .init(
      rule: "flow.goods-crossing",
      text: "Russia's exports to Kazakhstan rose 5% in June. Kazakh goods entering Russia "
        + "came to $800m.",
      date: "2024-07-20", span: "$800m",
      expect: ["flow": "export", "exporter": "KAZ", "importer": "RUS"]),
  ]
}
