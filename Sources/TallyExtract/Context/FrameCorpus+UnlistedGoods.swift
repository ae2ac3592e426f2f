/// Examples of goods the vocabulary does not know, named as a modifier of a flow noun
/// (``ClaimFramer/unlistedGoods(_:clause:)``): a trade in those goods, which no series holds,
/// not the pair's trade in all goods; with negatives whose modifiers qualify the flow (its
/// extent, time) or name goods of the table. Of totals appended to both flows in words of their
/// own ("for a monthly total of", "so the total was", ", together";
/// ``ClaimFramer/appendedTotal(before:)``). And of a country right before a flow verb as its
/// subject (``ClaimFramer/sides(_:mentions:clause:figure:)``).
extension FrameCorpus {
  static let unlistedGoods: [FrameExample] = [
    // A goods modifier between the country and the flow noun.
    .init(
      rule: "goods.unlisted-modifier",
      text: "Trade between Japan and Vietnam reached $48bn in 2023. A blogger claimed Japanese "
        + "robot exports to Vietnam were worth $9 billion.",
      date: "2024-03-01", span: "$9 billion", expect: ["flow": "export", "hs": "unlisted"]),
    .init(
      rule: "goods.unlisted-modifier",
      text: "Trade between Japan and Vietnam reached $48bn in 2023. Cross-border online sales "
        + "reached $1.5 billion.",
      date: "2024-03-01", span: "$1.5 billion", expect: ["hs": "unlisted"]),
    // Negatives: modifiers of extent and time; goods of the table.
    .init(
      rule: "goods.unlisted-modifier",
      text: "Trade between Japan and Vietnam reached $48bn in 2023. Japan's total exports to "
        + "Vietnam were $25 billion.",
      date: "2024-03-01", span: "$25 billion",
      expect: ["flow": "export", "reporter": "JPN", "hs": "-"]),
    .init(
      rule: "goods.unlisted-modifier",
      text: "Trade between Japan and Vietnam reached $48bn in 2023. Japanese monthly exports "
        + "to Vietnam peaked at $2.4 billion in December.",
      date: "2024-03-01", span: "$2.4 billion", expect: ["flow": "export", "hs": "-"]),
    .init(
      rule: "goods.unlisted-modifier",
      text: "Trade between Japan and Vietnam reached $48bn in 2023. Japanese cable exports to "
        + "Vietnam were $300 million.",
      date: "2024-03-01", span: "$300 million", expect: ["flow": "export", "hs": "854470"]),
    .init(
      rule: "goods.unlisted-modifier",
      text: "Trade between Japan and Vietnam reached $48bn in 2023. Cross-border deliveries to "
        + "Vietnam came to $2 billion.",
      date: "2024-03-01", span: "$2 billion", expect: ["flow": "export", "hs": "-"]),
    // A total appended to both flows in words of its own.
    .init(
      rule: "flow.sum-both-words",
      text: "In December alone, Japan's sales to Vietnam were $2.3 billion and purchases $1.67 "
        + "billion, for a monthly total of $3.97 billion.",
      date: "2024-01-20", span: "$3.97 billion",
      expect: ["flow": "total", "reporter": "JPN", "partner": "VNM"]),
    .init(
      rule: "flow.sum-both-words",
      text: "In 2023 Japanese exports to Vietnam had been $24.5 billion and imports from Vietnam "
        + "$23.4 billion, so the total was $47.9 billion.",
      date: "2024-02-10", span: "$47.9 billion",
      expect: ["flow": "total", "reporter": "JPN", "partner": "VNM"]),
    .init(
      rule: "flow.sum-both-words",
      text: "Japanese exports to Vietnam were $24.5 billion in 2023 and imports from Vietnam "
        + "$23.4 billion, together $47.9 billion.",
      date: "2024-02-10", span: "$47.9 billion",
      expect: ["flow": "total", "reporter": "JPN", "partner": "VNM"]),
    // Negatives: one flow's own total; a total with no comma or "so" before it.
    .init(
      rule: "flow.sum-both-words",
      text: "Japanese exports of cars to Vietnam were $2.5 billion in 2023 and of steel $1.4 "
        + "billion, for a monthly total of $3.9 billion.",
      date: "2024-02-10", span: "$3.9 billion", expect: ["flow": "export"]),
    // A country right before a flow verb is its subject: a seller noun of an earlier clause
    // ("Japanese exporters shipped ...") is another subject's.
    .init(
      rule: "sides.verb-subject",
      text: "Japanese exporters shipped $7.9 billion south in 2023, and Vietnam sold $10.6 "
        + "billion to Japan.",
      date: "2024-02-10", span: "$10.6 billion",
      expect: ["flow": "export", "reporter": "VNM", "partner": "JPN"]),
    .init(
      rule: "sides.verb-subject",
      text: "Japanese exporters shipped $7.9 billion to Vietnam in 2023.",
      date: "2024-02-10", span: "$7.9 billion",
      expect: ["flow": "export", "reporter": "JPN", "partner": "VNM"]),
  ]
}
