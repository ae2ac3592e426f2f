/// Examples for a country written with its state's formal name ("the Kingdom of Saudi
/// Arabia", "the Republic of Indonesia") after the preposition that gives its side, see
/// ``ClaimFramer/formalNameStart(_:)``.
///
/// Written for the rule, in wording of our own, with other country pairs than the claim sets.
/// The `side.formal-name` rows failed before the rule (the preposition before the name was
/// read as "of", so the figure carried the last trade's partner); the `side.formal-name-not`
/// row names a region with "of", no state's formal form, and reads the same with and without
/// it (a region's trade).
extension FrameCorpus {
  static let formalNames: [FrameExample] = [
    .init(
      rule: "side.formal-name",
      text: "Japan bought 20 million tonnes of coal from Australia in 2023. Imports from the "
        + "Republic of Indonesia were 30 million tonnes.",
      date: "2024-02-20", span: "30 million tonnes",
      expect: ["flow": "import", "partner": "IDN"]),
    .init(
      rule: "side.formal-name",
      text: "India imported 40 million tonnes of crude oil from Iraq in 2023. Imports from the "
        + "Kingdom of Saudi Arabia were 33 million tonnes.",
      date: "2024-02-20", span: "33 million tonnes",
      expect: ["flow": "import", "partner": "SAU"]),
    .init(
      rule: "side.formal-name-not",
      text: "Japan bought 20 million tonnes of coal from Australia in 2023. Imports from the "
        + "region of Kyushu were 30 million tonnes.",
      date: "2024-02-20", span: "30 million tonnes",
      expect: ["measure": "regional"]),
  ]
}
