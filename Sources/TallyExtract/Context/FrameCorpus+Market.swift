/// Examples for moves of quoted prices in a trade story (``ClaimFramer/marketMove(_:at:)``):
/// a share, an index, futures or freight rates that rose or fell are no recorded trade, even
/// when the sentence names no trade of its own for the change to measure instead.
///
/// Written for this rule, in wording of our own, with other country pairs than the claim
/// sets; each positive failed before the rule, each negative passes with and without it.
extension FrameCorpus {
  static let market: [FrameExample] = [
    // A quote noun in the figure's own stretch.
    .init(
      rule: "distractor.market-move",
      text: "Japan's exports to Korea rose to $4bn in May. Traders said the figures lifted "
        + "shares of Osaka-based shipping firms, which rose 3.1%.",
      date: "2024-06-20", span: "3.1%", expect: ["flow": "-"]),
    .init(
      rule: "distractor.market-move",
      text: "Brazil's imports from India reached $2bn in March. The Bovespa index lost 1.4% "
        + "in Sao Paulo.",
      date: "2024-04-20", span: "1.4%", expect: ["flow": "-"]),
    .init(
      rule: "distractor.market-move",
      text: "Korea's exports to Vietnam came to $5bn in June. Few vessels were free, brokers said, "
        + "and tanker rates on the southern routes jumped 12% this week.",
      date: "2024-07-20", span: "12%", expect: ["flow": "-"]),
    // A company's name as the change's subject, in a story that opens as a market report.
    .init(
      rule: "distractor.market-move",
      text: "Tokyo shares ended higher, with the Nikkei index up 0.8%. Japan's exports to Korea "
        + "reached $4bn in May. Carmakers gained: Toyota rose 2.1%.",
      date: "2024-06-20", span: "2.1%", expect: ["flow": "-"]),
    // Negatives: a trade's own change in a market report; a change carried from the trade
    // before it, with a quote noun only elsewhere in the sentence.
    .init(
      rule: "distractor.market-move",
      text: "Tokyo shares ended higher, with the Nikkei index up 0.8%. Japan's exports to Korea "
        + "rose 5% in May, to $4bn.",
      date: "2024-06-20", span: "5%",
      expect: ["flow": "export", "reporter": "JPN", "partner": "KOR"]),
    .init(
      rule: "distractor.market-move",
      text: "Japan's exports to Korea reached $4bn in May. They rose 6% from April, while "
        + "carmakers' shares barely moved.",
      date: "2024-06-20", span: "6%",
      expect: ["flow": "export", "reporter": "JPN", "partner": "KOR"]),
    .init(
      rule: "distractor.market-move",
      text: "Tokyo shares ended higher, with the Nikkei index up 0.8%. Japan's exports to Korea "
        + "fell to $4bn in May, 9% below a year earlier, as importers ran down stocks of cars.",
      date: "2024-06-20", span: "9%",
      expect: ["flow": "export", "reporter": "JPN", "partner": "KOR"]),
  ]
}
