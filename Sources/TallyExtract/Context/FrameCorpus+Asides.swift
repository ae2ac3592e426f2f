/// Examples for a small trade set beside the story's ("Cambodia received just 2,000 tonnes",
/// "Thailand, by contrast, bought only $0.4bn"): the figures after it that name no trade keep
/// the story's trade, see ``ClaimFramer/isContrastAside(_:)``.
///
/// Written for the rule, in wording of our own, with other country pairs and goods than the
/// claim sets; each positive failed before the rule, the two negatives (a third country
/// without an aside word; a figure in the aside's own sentence) pass with and without it.
extension FrameCorpus {
  static let asides: [FrameExample] = [
    .init(
      rule: "sides.contrast-aside",
      text: "Japan shipped 50,000 tonnes of steel to Vietnam in May. Cambodia received just "
        + "2,000 tonnes. The May volume was more than double April's 20,000 tonnes.",
      date: "2024-06-20", span: "20,000 tonnes",
      expect: ["exporter": "JPN", "importer": "VNM"]),
    .init(
      rule: "sides.contrast-aside",
      text: "Korea exported $3bn of chips to Vietnam in June. Thailand, by contrast, bought "
        + "only $0.4bn. The June figure was 12% above May's $2.7bn.",
      date: "2024-07-20", span: "$2.7bn",
      expect: ["exporter": "KOR", "importer": "VNM"]),
    .init(
      rule: "sides.contrast-aside",
      text: "India imported 2 million tonnes of Australian coal in March. Sri Lanka got "
        + "just 50,000 tonnes. The March total was down from 2.4 million tonnes in "
        + "February.",
      date: "2024-04-20", span: "2.4 million tonnes",
      expect: ["exporter": "AUS", "importer": "IND"]),
    .init(
      rule: "sides.contrast-aside",
      text: "Brazil sold 4 million tonnes of soybeans to Egypt in 2023. Morocco took a mere "
        + "300,000 tonnes. The 2023 volume was 25% above the 3.2 million tonnes of 2022.",
      date: "2024-02-20", span: "3.2 million tonnes",
      expect: ["exporter": "BRA", "importer": "EGY"]),
    .init(
      rule: "sides.contrast-aside",
      text: "Japan shipped 50,000 tonnes of steel to Vietnam in May. Cambodia received "
        + "30,000 tonnes. Its May volume was up from 20,000 tonnes in April.",
      date: "2024-06-20", span: "20,000 tonnes",
      expect: ["importer": "KHM"]),
    .init(
      rule: "sides.contrast-aside",
      text: "Japan shipped 50,000 tonnes of steel to Vietnam in May. Cambodia received just "
        + "2,000 tonnes, down from 3,000 tonnes in April.",
      date: "2024-06-20", span: "3,000 tonnes",
      expect: ["importer": "KHM"]),
  ]
}
