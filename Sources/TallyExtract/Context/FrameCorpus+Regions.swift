/// Examples for a region or bloc on one side of a flow ("Asia still bought 20 Mt of Norwegian
/// LNG", "exports of soybeans to Africa", "trade with Latin America"), see
/// ``ClaimFramer/regionSides(_:_:clause:)``: the side is the region, never the country of
/// the last trade or the story.
///
/// Written for the rule, in wording of our own, with other country pairs and goods than the
/// claim sets; each positive failed before the rule, the negatives (a region that is no
/// side, a region after a flow whose partner is named, "EU sanctions") pass with and without
/// it.
extension FrameCorpus {
  static let regions: [FrameExample] = [
    .init(
      rule: "sides.region",
      text: "Norway shipped 9 million tonnes of LNG to Poland in March. Asia still bought "
        + "about 20 million tonnes of Norwegian LNG last year.",
      date: "2024-04-20", span: "20 million tonnes",
      expect: ["flow": "import", "importer": "XAS", "exporter": "NOR"]),
    .init(
      rule: "sides.region",
      text: "Brazil sold $4bn of soybeans to Egypt in May. Brazil's exports of soybeans to "
        + "Africa came to $0.8bn.",
      date: "2024-06-20", span: "$0.8bn",
      expect: ["flow": "export", "exporter": "BRA", "importer": "XAF"]),
    .init(
      rule: "sides.region",
      text: "Kazakhstan's wheat exports to Iran reached $300m in 2023. Africa's imports of "
        + "Kazakh wheat were $90m.",
      date: "2024-02-20", span: "$90m",
      expect: ["flow": "import", "importer": "XAF", "exporter": "KAZ"]),
    .init(
      rule: "sides.region",
      text: "Qatar sold 5 million tonnes of LNG to India in June. Shipments to the Middle "
        + "East reached 1.1 million tonnes.",
      date: "2024-07-20", span: "1.1 million tonnes",
      expect: ["importer": "XME"]),
    .init(
      rule: "sides.region",
      text: "Chile's trade with Peru was $4bn in 2023. Its trade with Latin America as a "
        + "whole reached $30bn.",
      date: "2024-02-20", span: "$30bn",
      expect: ["flow": "total", "partner": "XLA"]),
    .init(
      rule: "sides.region",
      text: "Vietnam bought $2bn of Thai rice in 2023. Europe also imported $500m of Thai "
        + "rice.",
      date: "2024-02-20", span: "$500m",
      expect: ["flow": "import", "importer": "XEU", "exporter": "THA"]),
    .init(
      rule: "sides.region",
      text: "Unlike Europe, Japan bought 6 million tonnes of Australian coal in May.",
      date: "2024-06-20", span: "6 million tonnes",
      expect: ["flow": "import", "importer": "JPN", "exporter": "AUS"]),
    .init(
      rule: "sides.region",
      text: "Australia exported 8 million tonnes of coal to Japan in May, more than it sent "
        + "to Europe all year.",
      date: "2024-06-20", span: "8 million tonnes",
      expect: ["flow": "export", "exporter": "AUS", "importer": "JPN"]),
    // "EU" in capitals is the bloc (`ClaimTokens.capitalForms`), as "the European Union" is:
    // a trade with it is no trade of the story's pair.
    .init(
      rule: "sides.region",
      text: "Chile's trade with Peru was $4bn in 2023. Peru's trade with the EU has shrunk to "
        + "roughly $12bn.",
      date: "2024-02-20", span: "$12bn",
      expect: ["flow": "total", "reporter": "PER", "partner": "EUU"]),
    .init(
      rule: "sides.region",
      text: "Vietnam bought $2bn of Thai rice in 2023. Thailand also sold $300m of rice to "
        + "the EU.",
      date: "2024-02-20", span: "$300m",
      expect: ["flow": "export", "exporter": "THA", "importer": "EUU"]),
    .init(
      rule: "sides.region",
      text: "Canada's trade with Mexico came to $40bn in 2023, and its trade with the EU some "
        + "$90bn.",
      date: "2024-02-20", span: "$90bn",
      expect: ["flow": "total", "partner": "EUU"]),
    // A part of a region ("Central Asia", "Western Europe") and a bloc ("the EAEU", "BRICS")
    // after "to"/"with": the region is the partner (``ClaimFramer/region(startingAt:)``).
    .init(
      rule: "sides.region",
      text: "Turkey sold $3bn of steel to Egypt in 2023. Turkey's exports to Central Asia came "
        + "to $9bn.",
      date: "2024-02-20", span: "$9bn",
      expect: ["flow": "export", "exporter": "TUR", "importer": "XAS"]),
    .init(
      rule: "sides.region",
      text: "Morocco's trade with Spain was $20bn in 2023. Morocco's trade with Western Europe "
        + "as a whole reached $45bn.",
      date: "2024-02-20", span: "$45bn",
      expect: ["flow": "total", "partner": "XEU"]),
    .init(
      rule: "sides.region",
      text: "Kazakhstan sold $2bn of grain to Iran in 2023. Kazakhstan's trade with the EAEU "
        + "reached $28bn.",
      date: "2024-02-20", span: "$28bn",
      expect: ["flow": "total", "reporter": "KAZ", "partner": "XEA"]),
    .init(
      rule: "sides.region",
      text: "India's trade with Nepal was $9bn in 2023. India's trade with BRICS members rose "
        + "to $190bn.",
      date: "2024-02-20", span: "$190bn",
      expect: ["flow": "total", "reporter": "IND", "partner": "XBR"]),
    // Negative: "South Africa" is a country, not the south of a region.
    .init(
      rule: "sides.region",
      text: "Brazil sold $1bn of beef to Chile in 2023. Brazil's exports to South Africa rose "
        + "to $2bn.",
      date: "2024-02-20", span: "$2bn",
      expect: ["flow": "export", "exporter": "BRA", "importer": "ZAF"]),
    // Negative: "EU" naming rules, not a side; the flow names both its sides.
    .init(
      rule: "sides.region",
      text: "Despite EU sanctions, Brazil's exports of beef to Egypt rose to $700m in 2023.",
      date: "2024-02-20", span: "$700m",
      expect: ["flow": "export", "exporter": "BRA", "importer": "EGY"]),
  ]
}
