/// Examples for a place that is no country after "from" between the flow word and a money,
/// mass or volume figure ("Exports to Vietnam from Guangxi, mostly fruit, reached $800m"): a
/// province's, a port's or a firm's part of the trade, no national series, see
/// ``ClaimFramer/fromPlace(_:figure:)``.
///
/// Written for the rule, in wording of our own, with other country pairs and places than the
/// claim sets; each positive failed before the rule, the two negatives (a month after "from", a
/// country after "from") pass with and without it.
extension FrameCorpus {
  static let fromPlaces: [FrameExample] = [
    .init(
      rule: "subnational.from-place",
      text: "Russia's trade with Japan grew in 2023. Exports to Japan from Sakhalin alone "
        + "reached $2bn.",
      date: "2024-02-20", span: "$2bn",
      expect: ["flow": "-"]),
    .init(
      rule: "subnational.from-place",
      text: "Coal shipments from Kuzbass to China came to 5 million tonnes in May.",
      date: "2024-06-20", span: "5 million tonnes",
      expect: ["flow": "-"]),
    .init(
      rule: "subnational.from-place",
      text: "China's trade with Vietnam rose in June. Exports to Vietnam from Guangxi, "
        + "mostly fruit, reached $800m.",
      date: "2024-07-20", span: "$800m",
      expect: ["flow": "-"]),
    .init(
      rule: "subnational.from-place",
      text: "Kazakhstan sold more wheat to China in 2023. Deliveries from Kostanay made up "
        + "1.2 million tonnes.",
      date: "2024-02-20", span: "1.2 million tonnes",
      expect: ["flow": "-"]),
    .init(
      rule: "subnational.from-place",
      text: "China's imports from Russia from January to May reached $50bn.",
      date: "2024-06-20", span: "$50bn",
      expect: ["flow": "import", "importer": "CHN", "exporter": "RUS"]),
    .init(
      rule: "subnational.from-place",
      text: "Japan's trade with Australia grew. Imports to Japan from Australia reached "
        + "$5bn in May.",
      date: "2024-06-20", span: "$5bn",
      expect: ["flow": "import", "importer": "JPN", "exporter": "AUS"]),
  ]
}
