/// Examples for a place that is a side of a figure's trade and a place a sentence merely
/// names, see ``ClaimFramer/subnationalSide(at:end:clause:)``.
///
/// A province's, a port's or a city's trade has no national series (measure `regional`); a
/// national figure reported by officials who sit in a province, sourced to a regional official,
/// or followed by a clause about a region's traders is the countries' trade. Written for the
/// rule, in wording of our own, with other country pairs and places than the claim sets. The
/// `place.speaker`, `place.source`, `place.later-clause` and `place.own` rows failed before the
/// rule (read as regional); the `place.side` rows are regional with and without it.
extension FrameCorpus {
  static let placeSides: [FrameExample] = [
    .init(
      rule: "place.speaker",
      text: "Port officials in Busan said trade between South Korea and Vietnam reached $80bn "
        + "in 2023.",
      date: "2024-02-20", span: "$80bn",
      expect: ["flow": "total"]),
    .init(
      rule: "place.speaker",
      text: "The governor of the province told reporters that Kazakhstan's exports to China "
        + "came to $20bn in 2023.",
      date: "2024-02-20", span: "$20bn",
      expect: ["flow": "export", "exporter": "KAZ", "importer": "CHN"]),
    .init(
      rule: "place.source",
      text: "Trade between Kazakhstan and China reached $41bn last year, according to a "
        + "provincial official.",
      date: "2024-02-20", span: "$41bn",
      expect: ["flow": "total"]),
    .init(
      rule: "place.later-clause",
      text: "Japan's imports from Australia rose to $60bn in 2023, a gain that port operators "
        + "in Queensland welcomed.",
      date: "2024-02-20", span: "$60bn",
      expect: ["flow": "import", "importer": "JPN", "exporter": "AUS"]),
    .init(
      rule: "place.later-clause",
      text: "Vietnam's exports to South Korea came to $25bn in 2023, partly because the "
        + "border crossings with China slowed other routes.",
      date: "2024-02-20", span: "$25bn",
      expect: ["flow": "export", "exporter": "VNM", "importer": "KOR"]),
    .init(
      rule: "place.own",
      text: "Australia's resources ministry said its coal sales to Japan reached 60 million "
        + "tonnes in 2023.",
      date: "2024-02-20", span: "60 million tonnes",
      expect: ["flow": "export"]),
    .init(
      rule: "place.side",
      text: "Officials said the province's exports to Russia rose to $5bn in 2023.",
      date: "2024-02-20", span: "$5bn",
      expect: ["measure": "regional"]),
    .init(
      rule: "place.side",
      text: "Trade through the port of Vladivostok came to $12bn in 2023, officials said.",
      date: "2024-02-20", span: "$12bn",
      expect: ["measure": "regional"]),
    .init(
      rule: "place.side",
      text: "Heilongjiang province's trade with Russia reached $30bn in 2023.",
      date: "2024-02-20", span: "$30bn",
      expect: ["measure": "regional"]),
    .init(
      rule: "place.side",
      text: "Kazakhstan sold China goods worth $20bn in 2023, of which the region of Almaty "
        + "supplied $3bn.",
      date: "2024-02-20", span: "$3bn",
      expect: ["measure": "regional"]),
    .init(
      rule: "place.side",
      text: "Trade with Russia reached $2bn last year, the provincial government said.",
      date: "2024-02-20", span: "$2bn",
      expect: ["measure": "regional"]),
    .init(
      rule: "place.side",
      text: "Exports to Kazakhstan rose to $3bn in 2023, according to the regional customs "
        + "office.",
      date: "2024-02-20", span: "$3bn",
      expect: ["measure": "regional"]),
    .init(
      rule: "place.territory",
      text: "Japan's trade with Russia shrank in 2023. Primorsky territory accounted for $2bn "
        + "of it.",
      date: "2024-02-20", span: "$2bn",
      expect: ["measure": "regional"]),
    .init(
      rule: "place.territory",
      text: "Trade between Japan and Russia fell to $15bn in 2023, and the regional "
        + "government of Sakhalin wants more.",
      date: "2024-02-20", span: "$15bn",
      expect: ["flow": "total"]),
    // The pronoun's country, not the story's pair (these rows failed before the fix too: the
    // partner was read as the story's Australia).
    .init(
      rule: "place.pronoun-partner",
      text: "Japan's trade with Australia grew in 2023, and Australia's exports to Japan rose "
        + "as well. Vietnam, a rising supplier, saw its Japanese trade rise by about 8%.",
      date: "2024-02-20", span: "8%",
      expect: ["reporter": "JPN", "partner": "VNM"]),
    .init(
      rule: "place.pronoun-partner",
      text: "Japan's trade with Australia grew in 2023. Indonesia, once a small partner, saw "
        + "its Japanese trade climb by 12%.",
      date: "2024-02-20", span: "12%",
      expect: ["reporter": "JPN", "partner": "IDN"]),
  ]
}
