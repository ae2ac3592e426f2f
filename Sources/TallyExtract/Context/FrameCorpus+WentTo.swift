/// Examples for goods that moved to a country named right after the verb ("Steel worth $300m
/// went to Vietnam", "Some 2 million tonnes travelled to Korea"): exports to that country,
/// whatever the goods' origin, see ``ClaimFramer/participleAfter(_:clause:)``.
///
/// Written for the rule, in wording of our own, with other country pairs and goods than the
/// claim sets; each positive failed before the rule, the negative (a motion verb to no country)
/// passes with and without it.
extension FrameCorpus {
  static let wentTo: [FrameExample] = [
    .init(
      rule: "flow.went-to",
      text: "Japan's trade with Vietnam grew in May. Steel worth $300m went to Vietnam.",
      date: "2024-06-20", span: "$300m",
      expect: ["flow": "export", "importer": "VNM", "exporter": "JPN"]),
    .init(
      rule: "flow.went-to",
      text: "Korea's chip trade boomed in June. Chips worth $2bn went to Vietnam, 10% more "
        + "than in May.",
      date: "2024-07-20", span: "$2bn",
      expect: ["flow": "export", "importer": "VNM", "exporter": "KOR"]),
    .init(
      rule: "flow.went-to",
      text: "Brazil's trade with Egypt rose in 2023. Soybeans worth $900m moved to Egypt.",
      date: "2024-02-20", span: "$900m",
      expect: ["flow": "export", "importer": "EGY", "exporter": "BRA"]),
    .init(
      rule: "flow.went-to",
      text: "Australia sold coal to Japan and Korea in May. Some 2 million tonnes travelled "
        + "to Korea.",
      date: "2024-06-20", span: "2 million tonnes",
      expect: ["importer": "KOR", "exporter": "AUS"]),
    .init(
      rule: "flow.went-to",
      text: "Japan's trade with Vietnam grew in May. Steel worth $300m went into storage.",
      date: "2024-06-20", span: "$300m",
      expect: ["importer": "-"]),
  ]
}
