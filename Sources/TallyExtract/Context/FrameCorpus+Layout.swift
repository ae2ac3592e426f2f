/// Examples of the document's layout as context (``DocumentLayout``,
/// ``ClaimFramer/enterBlock(_:)``): a dated entry's label is the period of the entry's figures
/// that state none, and a new entry ends what the last one set; a numbered answer takes the
/// trade and period of the question of the same number; a labelled item's figure with no trade
/// of its own is about the label's goods in the lead's trade. Negatives: a year opening a
/// wrapped line of prose; a labelled item's figure with a country of its own, or a count.
extension FrameCorpus {
  static let layouts: [FrameExample] = [
    // A dated entry: the label's year, not the year of the entry before.
    .init(
      rule: "layout.dated-entry",
      text: "*A year-by-year record of Kazakhstan's trade with China.*\n\n"
        + "**2016.** A flat year: turnover edges up to $13.1bn.\n\n"
        + "**2017.** Recovery, helped by metal prices. Total commerce climbs to $18bn.",
      date: "2024-03-01", span: "$18bn", expect: ["period": "2017", "flow": "total"]),
    .init(
      rule: "layout.dated-entry",
      text: "Kazakhstan's trade with China, year by year:\n\n"
        + "2019: a steady year. Turnover was $22bn.\n"
        + "2020: the pandemic. Border posts closed for weeks. Trade slipped 2.7%.",
      date: "2024-03-01", span: "2.7%", expect: ["period": "2020"]),
    // A new entry ends the trade the last one named: "A record $31bn" is the pair's total,
    // not the exports the entry before stated.
    .init(
      rule: "layout.dated-entry-trade",
      text: "*A year-by-year record of Kazakhstan's trade with China.*\n\n"
        + "**2020.** The pandemic year. Kazakh exports to China rise to $9.5bn.\n\n"
        + "**2021.** Metal prices soar in the autumn. A record $25.3bn.",
      date: "2024-03-01", span: "$25.3bn", expect: ["period": "2021", "flow": "total"]),
    // Negative: a year opening a wrapped line of prose is no label; the figure after it keeps
    // the period its paragraph carried (December 2019), not the year as an entry's label.
    .init(
      rule: "layout.dated-entry-wrapped",
      text: "Kazakh exports to China reached $9.5bn in December 2019 and then fell early in\n"
        + "2020. Imports from China, by contrast, rose to $1.1bn. That compares with $0.9bn.",
      date: "2020-03-01", span: "$1.1bn", expect: ["period": "2019-12"]),
    // A numbered answer answers the question of the same number.
    .init(
      rule: "layout.numbered-answer",
      text: "**Questions**\n\n"
        + "1. How much did China and Kazakhstan trade in 2024?\n"
        + "2. How much coal did China buy from Kazakhstan in 2023?\n\n"
        + "**Answers**\n\n"
        + "1. $43.8bn, a record.\n"
        + "2. 1.2 million tonnes.",
      date: "2025-01-20", span: "$43.8bn", expect: ["period": "2024", "flow": "total"]),
    .init(
      rule: "layout.numbered-answer",
      text: "**Questions**\n\n"
        + "1. How much did China and Kazakhstan trade in 2024?\n"
        + "2. How much coal did China buy from Kazakhstan in 2023?\n\n"
        + "**Answers**\n\n"
        + "1. $43.8bn, a record.\n"
        + "2. 1.2 million tonnes.",
      date: "2025-01-20", span: "1.2 million tonnes",
      expect: ["period": "2023", "hs": "2701", "importer": "CHN", "exporter": "KAZ"]),
    // A labelled item: the label's goods, in the trade the lead states.
    .init(
      rule: "layout.labelled-item",
      text: "Key figures on China's energy purchases from Kazakhstan, from Chinese customs "
        + "data.\n\n"
        + "* Crude oil: 8.2 million tonnes in 2022, worth $5.4 billion.\n"
        + "* LNG: 0.5 million tonnes in 2022, worth $0.4 billion; in 2021, 0.3 million tonnes.\n"
        + "* Coal: 20.1 million tonnes in 2022; value in 2021 of $1.9 billion.",
      date: "2023-02-14", span: "0.3 million tonnes",
      expect: ["hs": "271111", "importer": "CHN", "exporter": "KAZ", "period": "2021"]),
    // Negatives: a country of the figure's own clause; a count.
    .init(
      rule: "layout.labelled-item-own-side",
      text: "Key figures on China's energy purchases from Kazakhstan, from Chinese customs "
        + "data:\n\n"
        + "* Crude oil: 8.2 million tonnes in 2022, worth $5.4 billion.\n"
        + "* LNG: 0.5 million tonnes in 2022; Qatar shipped 20 million tonnes.",
      date: "2023-02-14", span: "20 million tonnes", expect: ["exporter": "QAT"]),
    .init(
      rule: "layout.labelled-item-count",
      text: "Key figures on China's energy purchases from Kazakhstan, from Chinese customs "
        + "data:\n\n"
        + "* Crude oil: 8.2 million tonnes in 2022, worth $5.4 billion.\n"
        + "* Coal: the mines near the border employ 5,000 people.",
      date: "2023-02-14", span: "5,000", expect: ["flow": "-"]),
  ]
}
